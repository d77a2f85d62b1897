/**
 * `run()` in-process in the fork-safe two-workflow setup: a `workflow_run` event for a fork PR's
 * training run (GitHub lists no PR in the event for forks). The gate reads the triggering run's
 * artifacts, finds the PR through the API, verifies its head commit, comments on it, and posts
 * pending then the verdict as a commit status on the head commit; and posts nothing to a PR whose
 * head moved on, or to a PR that only an artifact names.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/action/main.js';
import { PENDING_DESCRIPTION } from '../../src/action/verdict-status.js';
import type { Account } from '../support/github-server.js';
import { buildZip } from '../support/zip.js';
import { expectedTotals, nodeZip } from './artifact-fixtures.js';
import { MANIFEST } from './fixtures.js';
import {
  annotations,
  decodeCommand,
  OWNER,
  prepareRunner,
  REPO,
  useArtifactApi,
  withRunnerEnv,
  workflowRunEvent
} from './harness.js';

/** The gate's own run (the `workflow_run` workflow), on the default branch's commit. */
const GATE_RUN = 5555;
const MAIN_SHA = 'ba5eba11ba5eba11ba5eba11ba5eba11ba5eba11';
const FORK = `contributor/${REPO}`;
const BUDGET_CONFIG = 'budget:\n  emissions: 10 kg\n';
const MAINTAINER: Account = { login: 'maintainer-alice', id: 501, type: 'User' };

const gh = useArtifactApi();

/** Each test gets its own training run, PR number and commit, so server state cannot leak. */
let n = 0;
let trainRun: number;
let prNumber: number;
let headSha: string;
let nextArtifactId = 9000;
beforeEach(() => {
  n += 1;
  trainRun = 800 + n;
  prNumber = 40 + n;
  headSha = `${String(n).padStart(2, '0')}`.repeat(20);
  gh.server.clearRequests();
  gh.mounted.state.apiRequests.length = 0;
});

function serveNodes(runId: number, nodes: readonly number[], extra: { name: string; zip: Buffer }[] = []): void {
  for (const node of nodes)
    gh.mounted.state.artifacts.push({ id: nextArtifactId++, runId, name: `carbon-node-${node}`, zip: nodeZip(node) });
  for (const a of extra) gh.mounted.state.artifacts.push({ id: nextArtifactId++, runId, ...a });
}

/** The fork's PR, as the pulls API serves it. */
function forkPr(number: number, sha: string): void {
  gh.mounted.state.pulls.push({ number, headSha: sha, headRef: 'feature', headRepo: FORK });
}

/**
 * Runs the gate as the `workflow_run` workflow does: checkout of the default branch (its budget
 * config and a manifest of its own, which must not be judged), GITHUB_SHA of main, its own run id.
 */
async function runGate(options: { inputs?: Record<string, string>; payload?: Record<string, unknown> } = {}) {
  const setup = prepareRunner({
    server: gh.server,
    eventName: 'workflow_run',
    payload: options.payload ?? workflowRunEvent({ runId: trainRun, headSha, headRepo: FORK }),
    files: { '.github/carbon-budget.yml': BUDGET_CONFIG, 'carbon-manifest.yml': MANIFEST },
    env: { GITHUB_SHA: MAIN_SHA, GITHUB_RUN_ID: String(GATE_RUN), GITHUB_REF: 'refs/heads/main' },
    inputs: { artifacts: 'carbon-node-*', 'status-context': 'carbon-gate', ...options.inputs }
  });
  gh.setups.push(setup);
  const { value: outcome, stdout } = await withRunnerEnv(setup.env, () => run());
  const report = outcome.reportPath ? JSON.parse(readFileSync(outcome.reportPath, 'utf8')) : undefined;
  return { outcome, stdout, setup, outputs: setup.outputs(), summary: setup.summary(), report };
}

const statusesOn = (sha: string) => gh.server.statuses(OWNER, REPO, sha).map((s) => [s.context, s.state]);
const codes = (report: { diagnostics: { code: string; severity: string }[] }) =>
  report.diagnostics.map((d) => `${d.severity} ${d.code}`);
const commentWrites = (pr: number) =>
  gh.server.requests.filter((r) => r.method !== 'GET' && r.path.includes(`/issues/${pr}/`));

describe('workflow_run: a fork PR (no PR listed in the event)', () => {
  test("reads the triggering run's artifacts, comments on the PR found by head, and sets pending then success on its head commit", async () => {
    serveNodes(trainRun, [0, 1]);
    serveNodes(trainRun + 1000, [2]); // another run's artifact: never read
    forkPr(prNumber, headSha);
    const r = await runGate();
    const expected = expectedTotals([0, 1]);

    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.pullRequests).toEqual([prNumber]);
    // The PR's manifest arrived in the artifacts; the default branch's own manifest is not judged.
    expect(r.report.runs.map((x: { name: string; manifest: string }) => [x.name, x.manifest])).toEqual([
      ['bert-finetune', 'artifact:carbon-node-0/carbon-manifest.yml']
    ]);
    expect(r.report.runs[0].measurement.files).toEqual([
      'artifact:carbon-node-0/logs/power-node-0.csv',
      'artifact:carbon-node-1/logs/power-node-1.csv'
    ]);
    expect(Number(r.outputs['energy-kwh'])).toBeCloseTo(expected.kWh, 12);
    expect(Number(r.outputs['emissions-kg'])).toBeCloseTo(expected.kg, 12);
    // The budget is the default branch's config: 10 kg.
    expect(Number(r.outputs['budget-used'])).toBeCloseTo(expected.kg / 10, 12);

    // The PR was searched by the fork's owner and branch, then re-read to verify its head.
    const prCalls = gh.mounted.state.apiRequests
      .filter((q) => q.path.includes('/pulls'))
      .map((q) => `${q.path}${q.query.includes('head=') ? `?head=${new URLSearchParams(q.query).get('head')}` : ''}`);
    expect(prCalls).toEqual([
      `/repos/${OWNER}/${REPO}/pulls?head=contributor:feature`,
      `/repos/${OWNER}/${REPO}/pulls/${prNumber}`
    ]);
    // Artifacts listed for the triggering run, not the gate's own.
    expect(gh.mounted.state.apiRequests.filter((q) => q.path.endsWith('/artifacts')).map((q) => q.path)).toEqual([
      `/repos/${OWNER}/${REPO}/actions/runs/${trainRun}/artifacts`
    ]);

    const comments = gh.server.comments(OWNER, REPO, prNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Within budget');
    expect(r.outputs['comment-id']).toBe(String(comments[0].id));

    const statuses = gh.server.statuses(OWNER, REPO, headSha);
    expect(statuses.map((s) => [s.context, s.state, s.description])).toEqual([
      ['carbon-gate', 'pending', PENDING_DESCRIPTION],
      ['carbon-gate', 'success', expect.stringMatching(/^Within budget: .* CO2e of 10 kg \(\d+(\.\d+)?%\)$/)]
    ]);
    for (const s of statuses) {
      expect(s.target_url).toBe(`https://github.example/${OWNER}/${REPO}/actions/runs/${GATE_RUN}`);
      expect(s.description).not.toContain('\n');
    }
    // Nothing on the default branch's commit the gate itself runs on.
    expect(statusesOn(MAIN_SHA)).toEqual([]);
  });

  test('over budget: the comment says so, the status is failure, and the step fails', async () => {
    serveNodes(trainRun, [0, 1, 2]);
    forkPr(prNumber, headSha);
    const expected = expectedTotals([0, 1, 2]);
    const budgetKg = expected.kg / 2;
    const r = await runGate({ inputs: { budget: `${budgetKg} kg` } });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('over budget');
    expect(gh.server.comments(OWNER, REPO, prNumber)[0].body).toContain('Over budget');
    expect(statusesOn(headSha)).toEqual([
      ['carbon-gate', 'pending'],
      ['carbon-gate', 'failure']
    ]);
    expect(gh.server.statuses(OWNER, REPO, headSha)[1].description).toMatch(/^Over budget: /);
  });

  test('a fork PR whose head moved on is not found for the old commit: no comment, no status on its new head', async () => {
    const newer = 'f'.repeat(40);
    serveNodes(trainRun, [0]);
    forkPr(prNumber, newer);
    const r = await runGate();
    expect(codes(r.report)).toContain('warning workflow-run/no-pull-request');
    expect(gh.server.comments(OWNER, REPO, prNumber)).toEqual([]);
    expect(commentWrites(prNumber)).toEqual([]);
    expect(statusesOn(newer)).toEqual([]);
    // The measured commit still gets its verdict (it is not the PR's head any more, so the PR does not show it).
    expect(statusesOn(headSha)).toEqual([
      ['carbon-gate', 'pending'],
      ['carbon-gate', 'success']
    ]);
  });

  test('a PR number that only the artifact claims (another PR) is refused: nothing on either PR, the check errors', async () => {
    const victim = 900 + n;
    const victimSha = 'e'.repeat(40);
    gh.mounted.state.pulls.push({
      number: victim,
      headSha: victimSha,
      headRef: 'victim-branch',
      headRepo: `${OWNER}/${REPO}`
    });
    forkPr(prNumber, headSha);
    serveNodes(trainRun, [0], [{ name: 'carbon-node-pr', zip: buildPrNumberZip(victim) }]);
    const r = await runGate();

    expect(r.outcome.exitCode).toBe(1);
    expect(codes(r.report)).toContain('error workflow-run/pr-hint-mismatch');
    expect(r.outcome.pullRequests).toEqual([]);
    for (const pr of [victim, prNumber]) {
      expect(gh.server.comments(OWNER, REPO, pr)).toEqual([]);
      expect(commentWrites(pr)).toEqual([]);
    }
    expect(statusesOn(victimSha)).toEqual([]);
    // The measured commit's status says the gate could not judge it.
    expect(statusesOn(headSha)).toEqual([
      ['carbon-gate', 'pending'],
      ['carbon-gate', 'error']
    ]);
    expect(gh.server.statuses(OWNER, REPO, headSha)[1].description).toBe(
      "Invalid input: 1 error; see the run's summary."
    );
  });

  test('a PR number the artifact claims that GitHub confirms is fine', async () => {
    forkPr(prNumber, headSha);
    serveNodes(trainRun, [0], [{ name: 'carbon-node-pr', zip: buildPrNumberZip(prNumber) }]);
    const r = await runGate();
    expect(r.outcome.exitCode).toBe(0);
    expect(gh.server.comments(OWNER, REPO, prNumber)).toHaveLength(1);
  });

  test('artifacts that disagree about the PR number: no PR at all', async () => {
    forkPr(prNumber, headSha);
    serveNodes(
      trainRun,
      [0],
      [
        { name: 'carbon-node-pr-a', zip: buildPrNumberZip(prNumber) },
        { name: 'carbon-node-pr-b', zip: buildPrNumberZip(prNumber + 1) }
      ]
    );
    const r = await runGate();
    expect(codes(r.report)).toContain('error workflow-run/pr-hint-conflict');
    expect(gh.server.comments(OWNER, REPO, prNumber)).toEqual([]);
    // The PR search is not even made.
    expect(gh.mounted.state.apiRequests.filter((q) => q.path.includes('/pulls'))).toEqual([]);
  });

  test('an expired artifact of the triggering run: error status by default, a warning with if-artifacts-missing: warn', async () => {
    forkPr(prNumber, headSha);
    serveNodes(trainRun, [0]);
    gh.mounted.state.artifacts.push({
      id: nextArtifactId++,
      runId: trainRun,
      name: 'carbon-node-1',
      zip: nodeZip(1),
      expired: true
    });
    const failing = await runGate();
    expect(failing.outcome.exitCode).toBe(1);
    expect(codes(failing.report)).toContain('error artifact/expired');
    expect(statusesOn(headSha)).toEqual([
      ['carbon-gate', 'pending'],
      ['carbon-gate', 'error']
    ]);

    const warned = await runGate({ inputs: { 'if-artifacts-missing': 'warn' } });
    expect(warned.outcome.exitCode).toBe(0);
    expect(codes(warned.report)).toContain('warning artifact/expired');
    expect(Number(warned.outputs['energy-kwh'])).toBeCloseTo(expectedTotals([0]).kWh, 12);
    expect(gh.server.comments(OWNER, REPO, prNumber)[0].body).toContain('expired');
    expect(statusesOn(headSha).slice(-1)).toEqual([['carbon-gate', 'success']]);
  });
});

describe('workflow_run: other cases', () => {
  test("a maintainer's override label on the verified PR waives over budget: success, saying so", async () => {
    forkPr(prNumber, headSha);
    serveNodes(trainRun, [0, 1]);
    gh.server.setRole(OWNER, REPO, MAINTAINER, 'maintain');
    gh.server.addLabel(OWNER, REPO, prNumber, 'carbon-budget-approved', MAINTAINER);
    const r = await runGate({ inputs: { budget: `${expectedTotals([0, 1]).kg / 2} kg` } });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.waiver).toMatchObject({ label: 'carbon-budget-approved', by: MAINTAINER.login });
    // The record names the commit the triggering run measured; the author came from the pulls API.
    expect(r.outcome.waiver?.record?.sha).toBe(headSha);
    expect(r.outcome.waiver?.audit.join('\n')).toContain(
      "maintain permission on the repository (the policy asks for at least write); not the PR's author"
    );
    expect(r.outputs.status).toBe('fail');
    expect(gh.server.comments(OWNER, REPO, prNumber)[0].body).toContain('waived');
    const final = gh.server.statuses(OWNER, REPO, headSha)[1];
    expect([final.state, final.description]).toEqual([
      'success',
      expect.stringMatching(/^Over budget, waived by the "carbon-budget-approved" label: /)
    ]);
  });

  test('an unexpected error after pending still ends the status (error), never leaving it pending', async () => {
    forkPr(prNumber, headSha);
    serveNodes(trainRun, [0]);
    const setup = prepareRunner({
      server: gh.server,
      eventName: 'workflow_run',
      payload: workflowRunEvent({ runId: trainRun, headSha, headRepo: FORK }),
      files: { '.github/carbon-budget.yml': BUDGET_CONFIG },
      inputs: { artifacts: 'carbon-node-*', 'status-context': 'carbon-gate' }
    });
    gh.setups.push(setup);
    // RUNNER_TEMP is a file: nothing can be written under it, which no stage expects.
    const notADir = path.join(setup.dir, 'event.json');
    const { value: outcome } = await withRunnerEnv({ ...setup.env, RUNNER_TEMP: notADir }, () => run());
    expect(outcome.exitCode).toBe(1);
    expect(outcome.failure).toContain('unexpected error');
    expect(statusesOn(headSha)).toEqual([
      ['carbon-gate', 'pending'],
      ['carbon-gate', 'error']
    ]);
  });

  test('a same-repository PR listed in the event is used after verification', async () => {
    gh.mounted.state.pulls.push({ number: prNumber, headSha, headRef: 'feature', headRepo: `${OWNER}/${REPO}` });
    serveNodes(trainRun, [0]);
    const r = await runGate({
      payload: workflowRunEvent({
        runId: trainRun,
        headSha,
        headRepo: `${OWNER}/${REPO}`,
        pullRequests: [listedPr(prNumber)]
      })
    });
    expect(r.outcome.pullRequests).toEqual([prNumber]);
    expect(gh.mounted.state.apiRequests.filter((q) => q.path.includes('/pulls')).map((q) => q.path)).toEqual([
      `/repos/${OWNER}/${REPO}/pulls/${prNumber}`
    ]);
    expect(gh.server.comments(OWNER, REPO, prNumber)).toHaveLength(1);
  });

  test('a listed PR whose head moved on: verified against the API, nothing is posted on it', async () => {
    const newer = 'f'.repeat(40);
    gh.mounted.state.pulls.push({ number: prNumber, headSha: newer, headRef: 'feature', headRepo: `${OWNER}/${REPO}` });
    serveNodes(trainRun, [0]);
    const r = await runGate({
      payload: workflowRunEvent({
        runId: trainRun,
        headSha,
        headRepo: `${OWNER}/${REPO}`,
        pullRequests: [listedPr(prNumber)]
      })
    });
    expect(codes(r.report)).toContain('warning workflow-run/pr-head-moved');
    expect(r.outcome.pullRequests).toEqual([]);
    expect(commentWrites(prNumber)).toEqual([]);
    expect(statusesOn(newer)).toEqual([]);
    expect(
      annotations(r.stdout, 'warning')
        .map(decodeCommand)
        .some((l) => l.includes(`#${prNumber} now points at fffffff`))
    ).toBe(true);
  });

  test('without `artifacts` there is nothing to judge: an error that says which input to set', async () => {
    forkPr(prNumber, headSha);
    const r = await runGate({ inputs: { artifacts: '' } });
    expect(r.outcome.exitCode).toBe(1);
    expect(codes(r.report)).toContain('error artifact/no-manifests');
    expect(r.report.diagnostics.find((d: { code: string }) => d.code === 'artifact/no-manifests').message).toContain(
      '`artifacts`'
    );
    expect(statusesOn(headSha).slice(-1)).toEqual([['carbon-gate', 'error']]);
  });

  test('a failed training run is noted in the report', async () => {
    forkPr(prNumber, headSha);
    serveNodes(trainRun, [0]);
    const r = await runGate({
      payload: workflowRunEvent({ runId: trainRun, headSha, headRepo: FORK, conclusion: 'failure' })
    });
    expect(codes(r.report)).toContain('notice workflow-run/run-not-successful');
  });

  test('an unusable workflow_run payload stops before any API call, saying why', async () => {
    const r = await runGate({ payload: { action: 'completed', repository: { full_name: `${OWNER}/${REPO}` } } });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('not a usable workflow_run event');
    expect(gh.server.requests).toEqual([]);
    expect(r.summary).toContain('invalid setup');
  });

  test('run-id overrides the triggering run', async () => {
    forkPr(prNumber, headSha);
    serveNodes(trainRun + 5000, [2]);
    const r = await runGate({ inputs: { 'run-id': String(trainRun + 5000) } });
    expect(r.report.runs[0].measurement.files).toEqual(['artifact:carbon-node-2/logs/power-node-2.csv']);
    expect(Number(r.outputs['energy-kwh'])).toBeCloseTo(expectedTotals([2]).kWh, 12);
  });

  test('annotations never point at artifact files as if they were in the repository', async () => {
    forkPr(prNumber, headSha);
    const bad = 'version: 1\nruns:\n  - name: bert\n    duraton: 1 h\n    power: 300 W\n';
    gh.mounted.state.artifacts.push({
      id: nextArtifactId++,
      runId: trainRun,
      name: 'carbon-node-0',
      zip: buildZipOf({ 'carbon-manifest.yml': bad })
    });
    const r = await runGate();
    const lines = [...annotations(r.stdout, 'error'), ...annotations(r.stdout, 'warning')].map(decodeCommand);
    const misspelt = lines.find((l) => l.includes('duraton'));
    expect(misspelt).toBeDefined();
    expect(misspelt).not.toMatch(/file=/);
    expect(misspelt).toContain('artifact:carbon-node-0/carbon-manifest.yml:4:5: ');
  });
});

/** An entry of `workflow_run.pull_requests` (GitHub's abbreviated form) for a same-repository PR. */
function listedPr(number: number): unknown {
  const repo = { id: 1, url: `https://api.github.com/repos/${OWNER}/${REPO}`, name: REPO };
  return {
    id: 100 + number,
    number,
    head: { ref: 'feature', sha: headSha, repo },
    base: { ref: 'main', sha: 'b'.repeat(40), repo }
  };
}

/** An artifact holding only a `pr-number` file, as the untrusted workflow may upload. */
function buildPrNumberZip(pr: number): Buffer {
  return buildZipOf({ 'pr-number': `${pr}\n` });
}

function buildZipOf(files: Record<string, string>): Buffer {
  return buildZip(Object.entries(files).map(([name, data]) => ({ name, data })));
}
