/**
 * Issue 9, "Output that cannot be spoofed" and "Secrets", against the built action
 * (`node dist/index.js`, every action.yml default set, the local GitHub API server): a pull
 * request's manifest holds run names, GPU names and a folder name with line breaks, forged
 * workflow commands, ANSI and OSC 8 sequences, a bidi override, and the workflow's own token.
 * Nothing of it may act or leak on any surface: the log, the annotations, the job summary, the PR
 * comment, the step outputs, the report file and the commit status. Invalid input sets `status`
 * to `invalid` and leaves the result outputs empty. And the sticky comment is only a comment whose
 * first line is the marker: another bot comment that quotes the marker is left alone.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { markerFor } from '../../src/action/comment-body.js';
import { GITHUB_ACTIONS_BOT } from '../support/github-server.js';
import { MANIFEST } from './fixtures.js';
import {
  annotations,
  decodeCommand,
  HEAD_SHA,
  OWNER,
  PR_NUMBER,
  prepareRunner,
  pullRequestEvent,
  REPO,
  TOKENS,
  useArtifactApi,
  runActionBundle
} from './harness.js';

const gh = useArtifactApi();

/** A folder named like a command: it starts the diagnostics' file name. */
const COMMAND_DIR = '::warning::lead-dir';

/**
 * A run whose name carries a line break and `::error::`, ESC sequences (CSI colour, an OSC 8
 * link), BEL, a bidi override and the workflow's own token; its GPU name another forged command.
 * With `bad`, an unknown GPU whose quoted name holds `::stop-commands::`, the input is invalid.
 */
function hostileRuns(options: { invalid: boolean }): string {
  const runs = `version: 1
runs:
  - name: "x\\n::error::forged-name\\e[31mred\\e]8;;https://evil.example\\alink\\e]8;;\\a\\u202eevil\\u200b ${TOKENS.installation}"
    gpu: { model: "hw\\n::add-mask::forged-hw\\e[2J", watts: 300, count: 1 }
    duration: 1 h
    location: DE
`;
  const bad = `  - name: bad
    gpu: { model: "A100\\n::stop-commands::forged-gpu\\e[2J", count: 1 }
    duration: 1 h
    location: DE
`;
  return options.invalid ? runs + bad : runs;
}

/** Raw characters that act on a terminal or log viewer, or hide text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the test.
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The workflow commands the action itself may write. */
const OUR_COMMANDS = new Set(['add-mask', 'error', 'warning', 'notice', 'debug']);

/**
 * Checks the log as the runner reads it: every line that is a workflow command (`::name` at the
 * start after blanks) is one of ours with one-line, inert data; no `##[` older-syntax command; no
 * raw escape; the token only in the runner's own `::add-mask::` line.
 */
function expectInertLog(stdout: string): void {
  const lines = stdout.split('\n');
  expect(lines.filter((l) => l.includes('##['))).toEqual([]);
  for (const line of lines.filter((l) => /^\s*::/.test(l))) {
    const name = /^\s*::([^\s:]+)/.exec(line)?.[1] ?? '';
    expect([name, OUR_COMMANDS.has(name)]).toEqual([name, true]);
    const data = decodeCommand(line.slice(line.indexOf('::', 2) + 2));
    // The runner decodes %0A in annotation data into a line break: a message of several lines.
    expect(data).not.toContain('\n');
    expect(data).not.toMatch(RAW_UNSAFE);
  }
  expect(stdout).not.toMatch(RAW_UNSAFE);
  expect(lines.filter((l) => l.includes(TOKENS.installation))).toEqual([`::add-mask::${TOKENS.installation}`]);
}

/** Markdown as GitHub gets it: no raw escape (its own zero-width joiners aside), no token. */
function expectInertMarkdown(markdown: string): void {
  expect(markdown).not.toMatch(RAW_UNSAFE);
  expect(markdown).not.toContain(TOKENS.installation);
  expect(markdown).not.toContain('installationTOKEN');
  // The line break in the run name is shown (a Markdown-escaped backslash and `n`), not acted on.
  expect(markdown).toContain('x\\\\n::error::forged-name\\\\x1b');
}

test('invalid hostile input: every surface inert and masked, status `invalid`, result outputs empty', async () => {
  const setup = prepareRunner({
    server: gh.server,
    payload: pullRequestEvent(),
    files: { [`${COMMAND_DIR}/carbon-manifest.yml`]: hostileRuns({ invalid: true }) },
    inputs: { budget: '1 t', 'status-context': 'carbon-gate' }
  });
  gh.setups.push(setup);
  const r = await runActionBundle(setup);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);

  expectInertLog(r.stdout);
  const errors = annotations(r.stdout, 'error').map(decodeCommand);
  const gpu = errors.find((l) => l.includes('hardware/unknown-gpu'));
  // The annotation still points at the real file.
  // The quoted model is cut to its first line (an excerpt, src/core/excerpt.ts), so the forged
  // command after the newline is not even quoted.
  expect(gpu).toContain('unknown GPU model "A100…"');
  expect(gpu).not.toContain('stop-commands');
  expect(gpu).toContain(`file=${COMMAND_DIR}/carbon-manifest.yml,`);

  expectInertMarkdown(setup.summary());
  const [comment] = gh.server.comments(OWNER, REPO, PR_NUMBER);
  expectInertMarkdown(comment.body);

  const outputs = setup.outputs();
  expect(outputs).toMatchObject({
    status: 'invalid',
    'emissions-kg': '',
    'energy-kwh': '',
    'budget-used': '',
    'budget-kg': '1000'
  });
  for (const value of Object.values(outputs)) expect(value).not.toMatch(RAW_UNSAFE);

  const reportText = readFileSync(outputs['report-path'], 'utf8');
  expect(reportText).not.toContain(TOKENS.installation);
  expect(reportText).not.toMatch(RAW_UNSAFE);
  const report = JSON.parse(reportText);
  expect([report.status, report.totals.emissionsKg, report.runs[0].emissionsKg]).toEqual(['invalid', null, null]);

  const statuses = gh.server.statuses(OWNER, REPO, HEAD_SHA);
  expect(statuses.map((s) => s.state)).toEqual(['pending', 'error']);
  for (const s of statuses) expect(s.description ?? '').not.toMatch(RAW_UNSAFE);
});

test('valid hostile input over budget: the run annotations are inert, the outputs carry the numbers', async () => {
  const setup = prepareRunner({
    server: gh.server,
    payload: pullRequestEvent({ number: 8 }),
    files: { [`${COMMAND_DIR}/carbon-manifest.yml`]: hostileRuns({ invalid: false }) },
    inputs: { budget: '1 g' }
  });
  gh.setups.push(setup);
  const r = await runActionBundle(setup);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  expectInertLog(r.stdout);
  const over = annotations(r.stdout, 'error')
    .map(decodeCommand)
    .find((l) => l.includes('over budget'));
  expect(over).toContain('Run "x\\n::error::forged-name\\x1b[31mred\\x1b]8;;https://evil.example\\x07link');
  expect(over).toContain('\\u202eevil\\u200b ***"');
  expectInertMarkdown(setup.summary());
  const outputs = setup.outputs();
  expect(outputs.status).toBe('fail');
  // 300 W for 1 h is 0.3 kWh of IT energy: the facility energy is that times a PUE above 1.
  expect(Number(outputs['energy-kwh'])).toBeGreaterThan(0.3);
  expect(Number(outputs['emissions-kg'])).toBeGreaterThan(0);
});

test('the sticky comment is ours only with the marker as its first line: a bot comment quoting it is left alone', async () => {
  const pr = 9;
  const marker = markerFor('carbon-gate');
  // Another workflow's comment, by the same bot, older than ours, that merely quotes the marker.
  const quoting = gh.server.addComment(
    OWNER,
    REPO,
    pr,
    GITHUB_ACTIONS_BOT,
    `carbon-gate finds its comment by this marker:\n\n    ${marker}\n\n(quoted from the docs)`
  );
  const ours = gh.server.addComment(OWNER, REPO, pr, GITHUB_ACTIONS_BOT, `${marker}\n### Carbon budget\n\nold report`);
  const setup = prepareRunner({
    server: gh.server,
    payload: pullRequestEvent({ number: pr }),
    files: { 'carbon-manifest.yml': MANIFEST },
    inputs: { budget: '10 kg' }
  });
  gh.setups.push(setup);
  const r = await runActionBundle(setup);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);

  const after = gh.server.comments(OWNER, REPO, pr);
  expect(after.map((c) => c.id)).toEqual([quoting.id, ours.id]);
  expect(after[0].body).toBe(quoting.body);
  expect(after[1].body.startsWith(`${marker}\n`)).toBe(true);
  expect(after[1].body).toContain('Within budget');
  expect(setup.outputs()['comment-id']).toBe(String(ours.id));
});
