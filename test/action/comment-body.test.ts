/**
 * The texts of the PR comment and the job summary (comment-body.ts), from real reports of the
 * core and a gate context read from a runner environment as the action reads it.
 */
import { describe, expect, test } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { diagnostic } from '../../src/core/diagnostics.js';
import type { Report } from '../../src/core/model.js';
import {
  commentBody,
  invalidSetupSummary,
  markerFor,
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_CHARS,
  summaryBody
} from '../../src/action/comment-body.js';
import { startGateRun, type GateRun } from '../../src/action/gate-run.js';
import type { WaiverDecision } from '../../src/action/waiver.js';
import { formatWaiverRecord, parseWaiverRecord } from '../../src/action/waiver-record.js';
import { EXPECTED_KG, MANIFEST, manyRunsManifest } from './fixtures.js';
import { defaultInputEnv, HEAD_SHA, inputVar, OWNER, REPO, TOKENS, withRunnerEnv } from './harness.js';

const SERVER = 'https://github.example';
const RUN_ID = '4242';
const RUN_URL = `${SERVER}/${OWNER}/${REPO}/actions/runs/${RUN_ID}`;

/**
 * The gate context of a `pull_request` run, with `inputs` and `env` on top of the defaults. Its
 * client is never called: the texts are pure.
 */
async function gateRun(options: { inputs?: Record<string, string>; env?: Record<string, string> } = {}) {
  const env: Record<string, string> = {
    ...defaultInputEnv(),
    [inputVar('github-token')]: TOKENS.installation,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_SERVER_URL: SERVER,
    ...options.env
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVar(name)] = value;
  const { value: start } = await withRunnerEnv(env, async () => startGateRun(env));
  if (!start.ok) throw new Error(`the test's runner environment is invalid: ${start.problems[0].message}`);
  return start.gate;
}

/** The core's report for manifests (file -> text), with a budget. */
function reportOf(manifests: Record<string, string>, budget: string): Promise<Report> {
  return analyze({
    manifests: Object.entries(manifests).map(([file, text]) => ({ file, text })),
    overrides: { budget },
    toolVersion: '0.1.0'
  });
}

const lines = (text: string) => text.split('\n');

/** An accepted waiver decision with no audit lines: the banner alone. */
const accepted = (label: string, by?: string): WaiverDecision => ({
  label,
  by,
  outcome: 'accepted',
  recordIsNew: false,
  audit: []
});

/** The fixture's run emits EXPECTED_KG (6 kg); against 5 kg that is 120%. */
const OVER_PHRASE = `${EXPECTED_KG} kg CO2e of 5 kg (${Math.round((EXPECTED_KG / 5) * 100)}%)`;

describe('the comment', () => {
  test('starts with the hidden marker for the tag, then the report under the default title', async () => {
    const gate = await gateRun();
    const body = commentBody(gate, await reportOf({ 'carbon-manifest.yml': MANIFEST }, '10 kg'));
    const [first, second] = lines(body);
    expect(first).toBe('<!-- carbon-gate:carbon-gate -->');
    expect(first).toBe(markerFor(gate.settings.commentTag));
    expect(second).toBe('### Carbon budget');
    expect(body).not.toContain('waived');
    expect(body).not.toContain('[!NOTE]');
  });

  test('a non-default tag names its marker and its title', async () => {
    const gate = await gateRun({ inputs: { 'comment-tag': 'gpu-cluster' } });
    const body = commentBody(gate, await reportOf({ 'carbon-manifest.yml': MANIFEST }, '10 kg'));
    expect(lines(body).slice(0, 2)).toEqual(['<!-- carbon-gate:gpu-cluster -->', '### Carbon budget (gpu-cluster)']);
  });

  test('a waiver is stated between the marker and the report: the label, who added it (linked), what it waived', async () => {
    const gate = await gateRun();
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '5 kg');
    expect(report.status).toBe('fail');
    const body = commentBody(gate, report, accepted('carbon-budget-approved', 'maintainer-alice'));
    expect(lines(body).slice(0, 5)).toEqual([
      '<!-- carbon-gate:carbon-gate -->',
      '> [!IMPORTANT]',
      `> **Over budget, waived.** The \`carbon-budget-approved\` label was added by [maintainer-alice](${SERVER}/maintainer-alice), so the check passes. Waived: ${OVER_PHRASE}.`,
      '',
      '### Carbon budget'
    ]);
  });

  test.each([
    ['a bot', 'renovate[bot]', `[renovate\\[bot\\]](${SERVER}/renovate)`],
    ['a name that is not a login (escaped, not linked)', 'x_<b>y</b>', 'x\\_&lt;b&gt;y&lt;/b&gt;'],
    ['nobody the events name', undefined, "someone (who added it could not be found in the PR's events)"]
  ])('the waiver banner names %s', async (_what, by, shown) => {
    const gate = await gateRun();
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '5 kg');
    const body = commentBody(gate, report, accepted('carbon-budget-approved', by));
    expect(lines(body)[2]).toContain(` label was added by ${shown}, so the check passes.`);
  });

  test('a near-budget waiver says so, and a backtick in the label cannot end its code span', async () => {
    const gate = await gateRun();
    // 6 kg of 7 kg is 86%, above the default warning at 80%.
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '7 kg');
    expect(report.status).toBe('warn');
    const body = commentBody(gate, report, accepted('ok`ay', 'maintainer-alice'));
    // escapeMarkdown turns the backtick into \`, and the code span's own escaping makes that \'.
    expect(lines(body)[2]).toMatch(/^> \*\*Near budget, waived\.\*\* The `ok\\'ay` label /);
  });

  test('a report too long for one comment is cut below 65,536 characters, with the note on where the full report is', async () => {
    const report = await reportOf({ 'carbon-manifest.yml': manyRunsManifest(700) }, '100 t');
    for (const [tag, waiver] of [
      ['carbon-gate', undefined],
      ['big', accepted('carbon-budget-approved', 'maintainer-alice')]
    ] as const) {
      const gate = await gateRun({ inputs: { 'comment-tag': tag } });
      const body = commentBody(gate, report, waiver);
      expect(MAX_COMMENT_CHARS).toBe(65536);
      expect(body.length).toBeLessThanOrEqual(65536);
      expect(lines(body)[0]).toBe(`<!-- carbon-gate:${tag} -->`);
      expect(body).toContain('Shortened to fit');
      expect(body).toContain(
        `The full report is in the job summary of [this workflow run](${RUN_URL}), and as JSON in \`$RUNNER_TEMP/carbon-gate/${tag}/report.json\``
      );
      expect(body).not.toContain('run-00699');
      // The summary has room for every run, and no note.
      const summary = summaryBody(gate, report, { waiver, commentForbidden: false });
      expect(summary).toContain('run-00699');
      expect(summary).not.toContain('Shortened to fit');
    }
  });

  test('without a run id, the truncation note names the run without a link', async () => {
    const gate = await gateRun({ env: { GITHUB_RUN_ID: '' } });
    const body = commentBody(gate, await reportOf({ 'carbon-manifest.yml': manyRunsManifest(700) }, '100 t'));
    expect(body).toContain('The full report is in the job summary of this workflow run, and as JSON');
    expect(body).not.toContain('/actions/runs/');
  });
});

describe('the waiver banner', () => {
  const record = {
    v: 1 as const,
    pr: 7,
    label: 'carbon-budget-approved',
    by: 'maintainer-alice',
    event: 12,
    at: '2026-01-01T00:00:05Z',
    sha: HEAD_SHA,
    budgets: [{ name: 'budget', emissionsKg: EXPECTED_KG }]
  };

  test('the record is the second line, hidden; the summary is the comment without marker and record', async () => {
    const gate = await gateRun();
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '5 kg');
    const waiver: WaiverDecision = {
      ...accepted('carbon-budget-approved', 'maintainer-alice'),
      record,
      audit: ['a', 'b']
    };
    const body = commentBody(gate, report, waiver, record);
    expect(lines(body)[1]).toBe(formatWaiverRecord(record));
    expect(parseWaiverRecord(body)).toEqual(record);
    expect(lines(body).slice(2, 8)).toEqual([
      '> [!IMPORTANT]',
      `> **Over budget, waived.** The \`carbon-budget-approved\` label was added by [maintainer-alice](${SERVER}/maintainer-alice), so the check passes. Waived: ${OVER_PHRASE}.`,
      '>',
      '> - a',
      '> - b',
      ''
    ]);
    const summary = summaryBody(gate, report, { waiver, commentForbidden: false });
    expect(summary).toBe(lines(body).slice(2).join('\n'));
  });

  test('refused and outgrown say so, and their audit lines are escaped: no mention, no HTML, no link', async () => {
    const gate = await gateRun();
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '5 kg');
    const audit = ['Refused: @octo/admins said <b>no</b> at https://evil.example'];
    const refused = commentBody(gate, report, { label: 'ok', outcome: 'refused', recordIsNew: false, audit });
    expect(lines(refused).slice(1, 3)).toEqual([
      '> [!CAUTION]',
      '> **Waiver refused.** The `ok` label does not waive this check, so it fails.'
    ]);
    const line = lines(refused).find((l) => l.startsWith('> - ')) ?? '';
    expect(line).not.toContain('@octo');
    expect(line).not.toContain('<b>');
    expect(line).not.toContain('https://evil');
    const outgrown = commentBody(gate, report, { ...accepted('ok', 'maintainer-alice'), outcome: 'outgrown' });
    expect(lines(outgrown)[2]).toMatch(/^> \*\*Waiver outgrown\.\*\* The `ok` label was added by \[maintainer-alice\]/);
  });
});

describe('the job summary', () => {
  test('is the comment without its marker line', async () => {
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '5 kg');
    const waiver = accepted('carbon-budget-approved', 'maintainer-alice');
    for (const gate of [await gateRun(), await gateRun({ inputs: { 'comment-tag': 'tpu' } })]) {
      for (const w of [undefined, waiver]) {
        const comment = commentBody(gate, report, w);
        const summary = summaryBody(gate, report, { waiver: w, commentForbidden: false });
        expect(summary).toBe(comment.slice(`${markerFor(gate.settings.commentTag)}\n`.length));
      }
    }
  });

  test('a report longer than the summary allows is cut below its limit with the same note', async () => {
    const gate = await gateRun();
    // Four manifests (each under the 1 MiB manifest limit) of long-named runs: far over 340,000 characters.
    const manifests = Object.fromEntries(
      [0, 1, 2, 3].map((i) => [`m${i}/carbon-manifest.yml`, manyRunsManifest(600, 300)])
    );
    const report = await reportOf(manifests, '100 t');
    expect(report.runs).toHaveLength(2400);
    const summary = summaryBody(gate, report, { commentForbidden: false });
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(summary).toContain(`The full report is in the job summary of [this workflow run](${RUN_URL})`);
  });

  test('when the token may not write to a fork PR, the summary ends with the two-workflow help', async () => {
    const gate = await gateRun();
    const report = await reportOf({ 'carbon-manifest.yml': MANIFEST }, '10 kg');
    const plain = summaryBody(gate, report, { commentForbidden: false });
    const summary = summaryBody(gate, report, { commentForbidden: true });
    expect(summary.startsWith(`${plain}\n> [!NOTE]\n`)).toBe(true);
    const help = summary.slice(plain.length);
    expect(help).toContain("this workflow's token may not write to the pull request");
    expect(help).toContain('a `workflow_run` workflow');
    expect(help).toContain(`See ${SERVER}/${OWNER}/${REPO}/blob/${HEAD_SHA}/docs/action.md#fork-pull-requests.`);
    expect(help.endsWith('in the workflow.\n')).toBe(true);
  });

  test("the help links the action's own repository and ref when the runner names them", async () => {
    const gate = await gateRun({ env: { GITHUB_ACTION_REPOSITORY: 'acme/carbon-gate', GITHUB_ACTION_REF: 'v1' } });
    const summary = summaryBody(gate, await reportOf({ 'carbon-manifest.yml': MANIFEST }, '10 kg'), {
      commentForbidden: true
    });
    expect(summary).toContain(`See ${SERVER}/acme/carbon-gate/blob/v1/docs/action.md#fork-pull-requests.`);
  });

  test('in workflow-run mode the help is about the missing permission, not forks', async () => {
    const direct = await gateRun();
    const gate: GateRun = { ...direct, trigger: { mode: 'workflow-run', runId: 801 } };
    const summary = summaryBody(gate, await reportOf({ 'carbon-manifest.yml': MANIFEST }, '10 kg'), {
      commentForbidden: true
    });
    expect(summary).toContain("this `workflow_run` workflow's token may not write to the pull request");
    expect(summary).toContain('`permissions: pull-requests: write` (and `statuses: write` for `status-context`)');
    expect(summary).toContain(`See ${SERVER}/${OWNER}/${REPO}/blob/${HEAD_SHA}/docs/artifacts.md#permissions.`);
    expect(summary).not.toContain('forks');
  });

  test('a setup that cannot start lists every problem, escaped', () => {
    const text = invalidSetupSummary([
      diagnostic('error', 'input/invalid', 'Input `fail-on`: "x" is not one of `over-budget`.'),
      diagnostic('error', 'context/repository', 'GITHUB_REPOSITORY is <unset>.')
    ]);
    expect(lines(text)).toEqual([
      '## carbon-gate: invalid setup',
      '',
      'The gate did not run; fix these and re-run:',
      '',
      '- Input \\`fail-on\\`: "x" is not one of \\`over-budget\\`.',
      '- GITHUB\\_REPOSITORY is &lt;unset&gt;.',
      ''
    ]);
  });
});
