/**
 * Stage 1 (gate-run.ts): the one context every later stage takes, read from a runner environment
 * as the action reads it.
 */
import { describe, expect, test } from '@jest/globals';
import { startGateRun } from '../../src/action/gate-run.js';
import { verdictStatusFor } from '../../src/action/verdict-status.js';
import { defaultInputEnv, HEAD_SHA, inputVar, OWNER, REPO, TOKENS, withRunnerEnv } from './harness.js';

/** A `pull_request` runner environment (no event file) with `inputs` and `env` on top of the defaults. */
function runnerEnv(inputs: Record<string, string> = {}, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    ...defaultInputEnv(),
    [inputVar('github-token')]: TOKENS.installation,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.example',
    ...extra
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVar(name)] = value;
  return env;
}

async function start(env: Record<string, string>) {
  return (await withRunnerEnv(env, async () => startGateRun(env))).value;
}

describe('startGateRun', () => {
  test('holds the settings, the context, the trigger, the client and the environment it was given', async () => {
    const env = runnerEnv({ 'comment-tag': 'gpu', 'status-context': 'carbon' });
    const s = await start(env);
    if (!s.ok) throw new Error(s.problems[0].message);
    expect(s.gate.env).toBe(env);
    expect(s.gate.settings.commentTag).toBe('gpu');
    expect([s.gate.context.owner, s.gate.context.repo]).toEqual([OWNER, REPO]);
    expect(s.gate.context.runUrl).toBe(`https://github.example/${OWNER}/${REPO}/actions/runs/4242`);
    expect(s.gate.trigger).toEqual({ mode: 'direct', runId: 4242, statusSha: HEAD_SHA });
    expect(s.gate.client).toBeDefined();
    expect(verdictStatusFor(s.gate)).toBeDefined();
  });

  test('without a token (allowed with comment: off) there is no client', async () => {
    const s = await start(runnerEnv({ 'github-token': '', comment: 'off' }));
    if (!s.ok) throw new Error(s.problems[0].message);
    expect(s.gate.client).toBeUndefined();
  });

  test('without status-context there is no commit status', async () => {
    const s = await start(runnerEnv());
    if (!s.ok) throw new Error(s.problems[0].message);
    expect(verdictStatusFor(s.gate)).toBeUndefined();
  });

  test('input and context problems are reported together', async () => {
    const s = await start(runnerEnv({ 'fail-on': 'sometimes' }, { GITHUB_REPOSITORY: '' }));
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.problems.map((p) => p.code)).toEqual(['input/invalid', 'context/repository']);
  });

  test('a trigger that cannot be read stops the run: artifacts with no run to read them from', async () => {
    const s = await start(runnerEnv({ artifacts: 'carbon-*' }, { GITHUB_RUN_ID: '' }));
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0].message).toContain('GITHUB_RUN_ID is not set');
  });
});
