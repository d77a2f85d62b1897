/** readSettings: every input read once, validated, and every problem reported with what was expected. */
import { describe, expect, test } from '@jest/globals';
import { readSettings, RETRY_BASE_ENV, type Settings } from '../../src/action/inputs.js';
import { defaultInputEnv, inputVar, withRunnerEnv } from './harness.js';

/** Reads settings with action.yml's defaults, a token, and the given inputs. */
async function settingsWith(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const env: Record<string, string> = { ...defaultInputEnv(), [inputVar('github-token')]: 'ghs_x', ...extraEnv };
  for (const [k, v] of Object.entries(inputs)) env[inputVar(k)] = v;
  const { value } = await withRunnerEnv(env, async () => readSettings(env));
  return value;
}

describe('readSettings', () => {
  test('action.yml defaults give the documented settings', async () => {
    const { settings, diagnostics } = await settingsWith({});
    expect(diagnostics).toEqual([]);
    const expected: Settings = {
      request: {
        manifests: { patterns: [], named: false },
        config: { path: '.github/carbon-budget.yml', named: false },
        overrides: {},
        intensity: {}
      },
      failOn: 'over-budget',
      comment: 'update',
      commentTag: 'carbon-gate',
      overrideLabel: 'carbon-budget-approved',
      token: 'ghs_x',
      retryBaseDelayMs: 1000,
      artifacts: [],
      runId: undefined,
      statusContext: undefined,
      artifactsMissing: 'fail',
      artifactLimits: {},
      ledger: 'auto'
    };
    expect(settings).toEqual(expected);
  });

  test.each([
    [
      'manifests',
      'models/**/carbon-manifest.yml\n\n  # a comment\nexperiments/run.json  ',
      { request: { manifests: { patterns: ['models/**/carbon-manifest.yml', 'experiments/run.json'], named: true } } }
    ],
    // The runner sets the default when the input is not given: the default search, not a named glob.
    ['manifests', '**/carbon-manifest.{yml,yaml,json}', { request: { manifests: { patterns: [], named: false } } }],
    ['manifests', '', { request: { manifests: { patterns: [], named: false } } }],
    ['artifacts', 'carbon-node-*\n\n  power-log  \n', { artifacts: ['carbon-node-*', 'power-log'] }],
    ['run-id', '9001', { runId: 9001 }],
    ['status-context', ' carbon-gate / budget ', { statusContext: 'carbon-gate / budget' }],
    ['if-artifacts-missing', 'warn', { artifactsMissing: 'warn' }],
    [
      'artifact-limits',
      'total: 2 GiB\nentries: 20000\n# a comment\nratio: 200\nzip: 500 MB',
      {
        artifactLimits: {
          maxTotalBytes: 2 * 1024 ** 3,
          maxEntries: 20000,
          maxCompressionRatio: 200,
          maxZipBytes: 500 * 1000 ** 2
        }
      }
    ],
    ['config', 'ci/budget.yml', { request: { config: { path: 'ci/budget.yml', named: true } } }],
    [
      'config',
      '.github/carbon-budget.yml',
      { request: { config: { path: '.github/carbon-budget.yml', named: false } } }
    ],
    ['config', '', { request: { config: { path: '.github/carbon-budget.yml', named: false } } }],
    ['budget', ' 500 kg ', { request: { overrides: { budget: '500 kg' } } }],
    ['warn-at', '90%', { request: { overrides: { warnAt: '90%' } } }],
    ['timezone', 'Europe/Berlin', { request: { overrides: { timezone: 'Europe/Berlin' } } }],
    ['intensity-series', 'grid.csv', { request: { intensity: { seriesFile: 'grid.csv' } } }],
    [
      'electricity-maps-url',
      'http://127.0.0.1:9/v3',
      { request: { intensity: { electricityMapsUrl: 'http://127.0.0.1:9/v3' } } }
    ],
    ['fail-on', 'warning', { failOn: 'warning' }],
    ['fail-on', 'never', { failOn: 'never' }],
    ['comment', 'recreate', { comment: 'recreate' }],
    ['comment', 'off', { comment: 'off' }],
    ['comment-tag', 'gpu.cluster_2-a', { commentTag: 'gpu.cluster_2-a' }],
    ['override-label', '', { overrideLabel: '' }],
    ['location', 'gcp:europe-west4', { request: { overrides: { location: 'gcp:europe-west4' } } }]
  ] as const)('%s = %j', async (name, value, expected) => {
    const { settings, diagnostics } = await settingsWith({ [name]: value });
    expect(diagnostics).toEqual([]);
    expect(settings).toMatchObject(expected);
  });

  test.each([
    ['fail-on', 'over_budget', ['`over-budget`, `warning`, `never`', 'Did you mean "over-budget"']],
    ['fail-on', 'always', ['`over-budget`, `warning`, `never`']],
    ['comment', 'updat', ['`update`, `recreate`, `off`', 'Did you mean "update"']],
    ['comment-tag', 'my tag', ['not a valid tag', 'letters, digits']],
    ['comment-tag', 'a--b', ['not a valid tag']],
    ['comment-tag', 'x-->', ['not a valid tag']],
    ['comment-tag', 'a'.repeat(65), ['up to 64']],
    ['run-id', '12abc', ['not a workflow run id', 'positive whole number']],
    ['run-id', '0', ['not a workflow run id']],
    ['run-id', '-3', ['not a workflow run id']],
    ['if-artifacts-missing', 'warning', ['`fail`, `warn`', 'Did you mean "warn"']],
    ['artifact-limits', 'totl: 2 GiB', ['line 1', 'unknown limit "totl"', 'Did you mean "total"']],
    ['artifact-limits', 'total: lots', ['line 1', 'not a size']],
    ['location', 'gcp:europe-wes4', ['unknown location "gcp:europe-wes4"', 'Did you mean "gcp:europe-west4"']],
    ['location', 'Mars', ['unknown location "Mars"', 'a country (ISO 3166 code']],
    ['timezone', 'Europe/Berln', ['unknown time zone "Europe/Berln"', 'Did you mean "Europe/Berlin"']],
    ['electricity-maps-url', 'ftp://example.org/v3', ['"ftp://example.org/v3" is not an http(s) URL']]
  ])('%s = %j is refused, saying what was expected', async (name, value, phrases) => {
    const { settings, diagnostics } = await settingsWith({ [name]: value });
    expect(settings).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].severity).toBe('error');
    expect(diagnostics[0].message).toContain(`\`${name}\``);
    for (const p of phrases) expect(diagnostics[0].message).toContain(p);
  });

  test('every problem is reported, not only the first', async () => {
    const { diagnostics } = await settingsWith({ 'fail-on': 'x', comment: 'y', 'comment-tag': '!' });
    expect(diagnostics.map((d) => d.message.split(':')[0])).toEqual([
      'Input `fail-on`',
      'Input `comment`',
      'Input `comment-tag`'
    ]);
  });

  test('an empty token is an error unless comments are off and no artifacts or status are wanted', async () => {
    expect((await settingsWith({ 'github-token': '' })).diagnostics[0].message).toContain('github-token');
    expect((await settingsWith({ 'github-token': '', comment: 'off' })).diagnostics).toEqual([]);
    const artifacts = await settingsWith({ 'github-token': '', comment: 'off', artifacts: 'carbon-*' });
    expect(artifacts.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('`artifacts` needs one')]);
    const status = await settingsWith({ 'github-token': '', comment: 'off', 'status-context': 'carbon-gate' });
    expect(status.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('`status-context` needs one')]);
  });

  test('every bad line of artifact-limits is reported, naming its line', async () => {
    const { settings, diagnostics } = await settingsWith({ 'artifact-limits': 'total: 1 GiB\nratio: x\nentries: 0' });
    expect(settings).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('line 2'),
      expect.stringContaining('line 3')
    ]);
  });

  test.each([
    ['1', 1, 0],
    ['0', 0, 0],
    ['-5', 1000, 1],
    ['fast', 1000, 1],
    ['60001', 1000, 1]
  ])(`${RETRY_BASE_ENV}=%s -> %i ms (%i problems)`, async (value, expectedMs, problems) => {
    const { settings, diagnostics } = await settingsWith({}, { [RETRY_BASE_ENV]: value });
    expect(diagnostics).toHaveLength(problems);
    if (problems === 0) expect(settings?.retryBaseDelayMs).toBe(expectedMs);
  });
});
