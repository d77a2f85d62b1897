/**
 * The built bundle, run as GitHub runs it: `node dist/index.js` in the workspace, with `INPUT_*`,
 * `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `GITHUB_API_URL` pointing at the
 * local API server. CI builds the bundle before the tests (`npm run bundle`).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { markerFor } from '../../src/action/comment.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';
import { EXPECTED_KG, MANIFEST } from './fixtures.js';
import { annotations, OWNER, PR_NUMBER, prepareRunner, pullRequestEvent, REPO, ROOT, TOKENS, type RunnerSetup } from './harness.js';

const BUNDLE = path.join(ROOT, 'dist/index.js');

let server: GitHubServer;
const setups: RunnerSetup[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
});

afterAll(async () => {
  for (const s of setups) s.cleanup();
  await server.close();
});

/** Spawns the bundle (never spawnSync: the API server shares this process's event loop). */
function runBundle(setup: RunnerSetup): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && k !== 'RUNNER_TEMP' && k !== 'NODE_OPTIONS') env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: setup.workspace, env: { ...env, ...setup.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('dist/index.js posts one comment, updates it in place, sets outputs and summary, and exits per the verdict', async () => {
  expect([BUNDLE, existsSync(BUNDLE)]).toEqual([BUNDLE, true]); // run `npm run bundle` first

  const workspace = prepareRunner({ server, files: { 'carbon-manifest.yml': MANIFEST } }).workspace;
  const first = prepareRunner({ server, workspace, payload: pullRequestEvent(), inputs: { budget: '10 kg' } });
  setups.push(first);
  const r1 = await runBundle(first);
  expect(r1.stderr).toBe('');
  expect(r1.code).toBe(0);

  const comments = server.comments(OWNER, REPO, PR_NUMBER);
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
  const second = prepareRunner({ server, workspace, payload: pullRequestEvent(), inputs: { budget: '5 kg' } });
  setups.push(second);
  const r2 = await runBundle(second);
  expect(r2.code).toBe(1);
  const after = server.comments(OWNER, REPO, PR_NUMBER);
  expect(after.map((c) => c.id)).toEqual([comments[0].id]);
  expect(after[0].body).toContain('Over budget');
  expect(second.outputs().status).toBe('fail');
  expect(second.summary()).toContain('Over budget');
  expect(annotations(r2.stdout, 'error').some((l) => l.includes('over budget'))).toBe(true);
  expect(r2.stdout).not.toMatch(new RegExp(`^(?!::add-mask::).*${TOKENS.installation}`, 'm'));
});
