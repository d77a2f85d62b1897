/**
 * actionRequest: the action's inputs as the one request. The workspace is the folder files are
 * read from and confined to; in `workflow_run` mode the checkout's manifests are read only when
 * the `manifests` input names them; artifacts become a source only when asked for.
 */
import { describe, expect, test } from '@jest/globals';
import { actionRequest } from '../../src/action/collect.js';
import type { RunContext } from '../../src/action/context.js';
import type { GateRun } from '../../src/action/gate-run.js';
import { createClient, type GitHubClient } from '../../src/action/github.js';
import { readSettings, type Settings } from '../../src/action/inputs.js';
import type { Trigger } from '../../src/action/trigger.js';
import { defaultInputEnv, inputVar, withRunnerEnv } from './harness.js';

const context: RunContext = {
  eventName: 'push',
  payload: {},
  owner: 'octo',
  repo: 'models',
  workspace: '/work/space',
  runnerTemp: '/runner/temp',
  serverUrl: 'https://github.example',
  apiUrl: 'http://127.0.0.1:9'
};
const direct: Trigger = { mode: 'direct', runId: 42 };
const workflowRun: Trigger = { mode: 'workflow-run', runId: 42 };

async function settingsWith(inputs: Record<string, string>) {
  const env: Record<string, string> = { ...defaultInputEnv(), [inputVar('github-token')]: 'ghs_x' };
  for (const [k, v] of Object.entries(inputs)) env[inputVar(k)] = v;
  const { value } = await withRunnerEnv(env, async () => readSettings(env));
  expect(value.diagnostics).toEqual([]);
  return value.settings!;
}

/** The gate context a stage gets, from the pieces a test varies. */
function gateOf(settings: Settings, trigger: Trigger, client: GitHubClient | undefined): GateRun {
  return { env: {}, settings, context, trigger, client };
}

describe('actionRequest', () => {
  test('reads from the workspace and keeps every file inside it; options pass through unchanged', async () => {
    const settings = await settingsWith({ timezone: '+02:00', budget: '5 kg', 'intensity-series': 'grid.csv' });
    const request = actionRequest(gateOf(settings, direct, undefined));
    expect(request.confinement).toEqual({ baseDir: '/work/space', rootDir: '/work/space' });
    expect(request.overrides).toEqual(settings.request.overrides);
    expect(request.overrides.timezone).toBe('+02:00');
    expect(request.intensity).toEqual(settings.request.intensity);
    expect(request.config).toEqual({ path: '.github/carbon-budget.yml', named: false });
    expect(request.sources).toEqual([]);
  });

  test.each([
    ['direct, default search', direct, {}, { patterns: [], named: false }],
    ['direct, named', direct, { manifests: 'ml/*.yml' }, { patterns: ['ml/*.yml'], named: true }],
    // The checkout is the default branch: its manifests describe the base, not the PR.
    ['workflow_run, default search', workflowRun, {}, undefined],
    ['workflow_run, named', workflowRun, { manifests: 'ml/*.yml' }, { patterns: ['ml/*.yml'], named: true }]
  ] as const)('%s: the workspace manifests', async (_label, trigger, inputs, expected) => {
    const request = actionRequest(gateOf(await settingsWith(inputs), trigger, undefined));
    expect(request.manifests).toEqual(expected);
  });

  test('artifacts are a source only when asked for and a client can fetch them', async () => {
    const client = createClient({ token: 'ghs_x', apiUrl: context.apiUrl, retryBaseDelayMs: 0 });
    const without = await settingsWith({});
    expect(actionRequest(gateOf(without, direct, client)).sources).toEqual([]);
    const withArtifacts = await settingsWith({ artifacts: 'carbon-node-*' });
    expect(actionRequest(gateOf(withArtifacts, direct, client)).sources).toHaveLength(1);
    expect(actionRequest(gateOf(withArtifacts, direct, undefined)).sources).toEqual([]);
    expect(actionRequest(gateOf(withArtifacts, { mode: 'direct' }, client)).sources).toEqual([]);
  });

  test('in workflow_run mode without artifacts, no manifest anywhere says where they should come from', async () => {
    const request = actionRequest(gateOf(await settingsWith({}), workflowRun, undefined));
    const d = request.noManifests!([]);
    expect([d.severity, d.code]).toEqual(['error', 'artifact/no-manifests']);
    expect(d.message).toContain('set the `artifacts` input');
  });

  test("the trigger's notes are the adapter's own diagnostics", async () => {
    const failed: Trigger = {
      mode: 'workflow-run',
      runId: 42,
      workflowRun: {
        runId: 42,
        headSha: 'c0ffee',
        headRepoFullName: 'octo/models',
        conclusion: 'failure',
        workflowName: 'Train'
      }
    };
    const request = actionRequest(gateOf(await settingsWith({}), failed, undefined));
    expect(request.diagnostics?.map((d) => d.code)).toEqual(['workflow-run/run-not-successful']);
  });
});
