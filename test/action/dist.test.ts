/**
 * The built bundle, run as GitHub runs it: `node dist/index.js` in the workspace, with `INPUT_*`,
 * `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `GITHUB_API_URL` pointing at the
 * local API server. CI builds the bundle before the tests (`npm run bundle`).
 *
 * Two setups: the one-workflow `pull_request` gate, and the fork-safe two-workflow setup's second
 * workflow (`workflow_run`), which reads the training run's artifacts from the server (with a
 * separate storage host), comments on the fork's PR and sets the commit status on its head.
 */
import { expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markerFor } from '../../src/action/comment-body.js';
import { buildZip } from '../support/zip.js';
import { expectedTotals, nodeZip } from './artifact-fixtures.js';
import { EXPECTED_KG, MANIFEST } from './fixtures.js';
import {
  annotations,
  decodeCommand,
  OWNER,
  PR_NUMBER,
  prepareRunner,
  pullRequestEvent,
  REPO,
  TOKENS,
  useArtifactApi,
  workflowRunEvent,
  runActionBundle
} from './harness.js';

const gh = useArtifactApi();

test('dist/index.js posts one comment, updates it in place, sets outputs and summary, and exits per the verdict', async () => {
  // The checkout both runs share; its folder is removed with theirs after the file's tests.
  const checkout = prepareRunner({ server: gh.server, files: { 'carbon-manifest.yml': MANIFEST } });
  gh.setups.push(checkout);
  const workspace = checkout.workspace;
  const first = prepareRunner({
    server: gh.server,
    workspace,
    payload: pullRequestEvent(),
    inputs: { budget: '10 kg' }
  });
  gh.setups.push(first);
  const r1 = await runActionBundle(first);
  expect(r1.stderr).toBe('');
  expect(r1.code).toBe(0);

  const comments = gh.server.comments(OWNER, REPO, PR_NUMBER);
  expect(comments).toHaveLength(1);
  expect(comments[0].body.startsWith(markerFor('carbon-gate'))).toBe(true);
  const outputs = first.outputs();
  expect(outputs.status).toBe('pass');
  expect(Number(outputs['emissions-kg'])).toBeCloseTo(EXPECTED_KG, 9);
  expect(outputs['comment-id']).toBe(String(comments[0].id));
  expect(outputs['comment-url']).toBe(comments[0].html_url);
  expect(existsSync(outputs['report-path'])).toBe(true);
  expect(first.summary()).toContain('Within budget');

  // Over budget on a re-run: the same comment is edited, then the step fails with exit code 1.
  const second = prepareRunner({
    server: gh.server,
    workspace,
    payload: pullRequestEvent(),
    inputs: { budget: '5 kg' }
  });
  gh.setups.push(second);
  const r2 = await runActionBundle(second);
  expect(r2.code).toBe(1);
  const after = gh.server.comments(OWNER, REPO, PR_NUMBER);
  expect(after.map((c) => c.id)).toEqual([comments[0].id]);
  expect(after[0].body).toContain('Over budget');
  expect(second.outputs().status).toBe('fail');
  expect(second.summary()).toContain('Over budget');
  expect(annotations(r2.stdout, 'error').some((l) => l.includes('over budget'))).toBe(true);
  expect(r2.stdout).not.toMatch(new RegExp(`^(?!::add-mask::).*${TOKENS.installation}`, 'm'));
});

test('dist/index.js in the fork-safe workflow_run workflow: artifacts read, the fork PR commented, the status set on its head; hostile artifacts refused', async () => {
  // The training run (a `pull_request` run of a fork's PR) uploaded one artifact per matrix node.
  const trainRun = 31337;
  const headSha = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
  const pr = 61;
  gh.mounted.state.pulls.push({ number: pr, headSha, headRef: 'speedup', headRepo: `contributor/${REPO}` });
  gh.mounted.state.artifacts.push(
    { id: 1, runId: trainRun, name: 'carbon-node-0', zip: nodeZip(0) },
    { id: 2, runId: trainRun, name: 'carbon-node-1', zip: nodeZip(1) }
  );
  // The event lists no PR (GitHub leaves `pull_requests` empty for forks).
  const payload = workflowRunEvent({
    runId: trainRun,
    headSha,
    headRepo: `contributor/${REPO}`,
    headBranch: 'speedup',
    pullRequests: []
  });
  const gate = (budget: string, artifacts = 'carbon-node-*') =>
    prepareRunner({
      server: gh.server,
      eventName: 'workflow_run',
      payload,
      // The default branch's checkout: its budget config; its own manifest is not the PR's and is not judged.
      files: { '.github/carbon-budget.yml': `budget:\n  emissions: ${budget}\n`, 'carbon-manifest.yml': MANIFEST },
      env: { GITHUB_RUN_ID: '777', GITHUB_SHA: 'ba5eba11'.repeat(5) },
      inputs: { artifacts, 'status-context': 'carbon-gate' }
    });
  const expected = expectedTotals([0, 1]);

  const first = gate('10 kg');
  gh.setups.push(first);
  const r1 = await runActionBundle(first);
  expect(r1.stderr).toBe('');
  expect(r1.code).toBe(0);
  const comments = gh.server.comments(OWNER, REPO, pr);
  expect(comments).toHaveLength(1);
  expect(comments[0].body.startsWith(markerFor('carbon-gate'))).toBe(true);
  expect(comments[0].body).toContain('Within budget');
  expect(comments[0].body).toContain('bert-finetune');
  const outputs = first.outputs();
  expect(outputs.status).toBe('pass');
  expect(Number(outputs['energy-kwh'])).toBeCloseTo(expected.kWh, 12);
  expect(Number(outputs['emissions-kg'])).toBeCloseTo(expected.kg, 12);
  expect(outputs['comment-id']).toBe(String(comments[0].id));
  const statuses = () => gh.server.statuses(OWNER, REPO, headSha).map((s) => [s.context, s.state, s.target_url]);
  const runPage = `https://github.example/${OWNER}/${REPO}/actions/runs/777`;
  expect(statuses()).toEqual([
    ['carbon-gate', 'pending', runPage],
    ['carbon-gate', 'success', runPage]
  ]);
  expect(gh.server.statuses(OWNER, REPO, 'ba5eba11'.repeat(5))).toEqual([]);

  // Re-run over budget: the same comment is edited, the status becomes failure, the step fails.
  const second = gate(`${expected.kg / 2} kg`);
  gh.setups.push(second);
  const r2 = await runActionBundle(second);
  expect(r2.code).toBe(1);
  expect(gh.server.comments(OWNER, REPO, pr).map((c) => c.id)).toEqual([comments[0].id]);
  expect(gh.server.comments(OWNER, REPO, pr)[0].body).toContain('Over budget');
  expect(
    statuses()
      .slice(2)
      .map((s) => s[1])
  ).toEqual(['pending', 'failure']);

  // A hostile artifact in the same run: refused, the check errors, nothing escapes its folder.
  gh.mounted.state.artifacts.push({
    id: 3,
    runId: trainRun,
    name: 'carbon-node-evil',
    zip: buildZip([{ name: '../../../pwned.txt', data: 'owned' }])
  });
  const third = gate('10 kg');
  gh.setups.push(third);
  const r3 = await runActionBundle(third);
  expect(r3.code).toBe(1);
  expect(
    annotations(r3.stdout, 'error')
      .map(decodeCommand)
      .some((l) => l.includes('artifact/unsafe-path') && l.includes('carbon-node-evil'))
  ).toBe(true);
  expect(
    statuses()
      .slice(4)
      .map((s) => s[1])
  ).toEqual(['pending', 'error']);
  const written = (readdirSync(third.dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(third.dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  expect(written).toEqual([
    'event.json',
    'output.txt',
    'runner-temp/carbon-gate-artifacts/carbon-node-0/carbon-manifest.yml',
    'runner-temp/carbon-gate-artifacts/carbon-node-0/logs/power-node-0.csv',
    'runner-temp/carbon-gate-artifacts/carbon-node-1/carbon-manifest.yml',
    'runner-temp/carbon-gate-artifacts/carbon-node-1/logs/power-node-1.csv',
    'runner-temp/carbon-gate/carbon-gate/report.json',
    'summary.md',
    'workspace/.github/carbon-budget.yml',
    'workspace/carbon-manifest.yml'
  ]);
  const report = JSON.parse(readFileSync(third.outputs()['report-path'], 'utf8'));
  expect(report.inputValid).toBe(false);
  expect(r3.stdout).not.toMatch(new RegExp(`^(?!::add-mask::).*${TOKENS.installation}`, 'm'));
});
