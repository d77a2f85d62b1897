/**
 * `run()` in-process against the local GitHub API server, over real HTTP with the real Octokit
 * client, retry and throttling plugins.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { run } from '../../src/action/main.js';
import { markerFor } from '../../src/action/comment-body.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, SECONDARY_RATE_LIMIT_BODY, type Account } from '../support/github-server.js';
import { BAD_MANIFEST, EXPECTED_KG, EXPECTED_KWH, MANIFEST, manyRunsManifest, RUN_LINE } from './fixtures.js';
import {
  annotations,
  decodeCommand,
  OWNER,
  prepareRunner,
  pullRequestEvent,
  pushEvent,
  REPO,
  TOKENS,
  withRunnerEnv,
  type RunnerOptions
} from './harness.js';

const ALICE: Account = { login: 'maintainer-alice', id: 501, type: 'User' };
const MALLORY: Account = { login: 'mallory', id: 666, type: 'User' };
const GATEKEEPER: Account = { login: 'gatekeeper', id: 777, type: 'User' };
const OTHER_APP_BOT: Account = { login: 'budget-app[bot]', id: 888, type: 'Bot' };

let server: GitHubServer;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  server.addToken(TOKENS.readOnly, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: false });
  server.addToken(TOKENS.pat, { account: GATEKEEPER, kind: 'user', canWrite: true });
  server.addToken(TOKENS.otherApp, { account: OTHER_APP_BOT, kind: 'installation', canWrite: true });
});

afterAll(async () => {
  for (const c of cleanups) c();
  await server.close();
});

let prNumber = 100;
/** Each test gets its own PR so server state does not leak between tests. */
let pr: number;
beforeEach(() => {
  pr = ++prNumber;
  server.clearRequests();
  server.clearFaults();
});

/** Runs the action once for the current test's PR (or the given event). */
async function runOnce(options: Partial<RunnerOptions> & { budget?: string } = {}) {
  const { budget, ...rest } = options;
  const setup = prepareRunner({
    server,
    payload: pullRequestEvent({ number: pr }),
    files: { 'carbon-manifest.yml': MANIFEST },
    ...rest,
    inputs: { budget: budget ?? '10 kg', ...(rest.inputs ?? {}) }
  });
  cleanups.push(setup.cleanup);
  const { value: outcome, stdout, exitCode } = await withRunnerEnv(setup.env, () => run());
  return { outcome, stdout, exitCode, outputs: setup.outputs(), summary: setup.summary(), setup };
}

const commentsOnPr = () => server.comments(OWNER, REPO, pr);
const writes = () => server.requests.filter((r) => r.method !== 'GET');

describe('sticky comment', () => {
  test('a pull_request run posts one comment with the marker and sets every output', async () => {
    const r = await runOnce({ budget: '10 kg' });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.exitCode).toBeUndefined();
    const comments = commentsOnPr();
    expect(comments).toHaveLength(1);
    expect(comments[0].user.login).toBe('github-actions[bot]');
    expect(comments[0].body.startsWith(`${markerFor('carbon-gate')}\n`)).toBe(true);
    expect(comments[0].body).toContain('Within budget');

    const expectedUsed = EXPECTED_KG / 10;
    expect(r.outputs.status).toBe('pass');
    expect(Number(r.outputs['emissions-kg'])).toBeCloseTo(EXPECTED_KG, 9);
    expect(Number(r.outputs['energy-kwh'])).toBeCloseTo(EXPECTED_KWH, 9);
    expect(Number(r.outputs['budget-kg'])).toBe(10);
    expect(Number(r.outputs['budget-used'])).toBeCloseTo(expectedUsed, 9);
    expect(r.outputs['comment-id']).toBe(String(comments[0].id));
    expect(r.outputs['comment-url']).toBe(comments[0].html_url);
    expect(r.outputs['report-path'].startsWith(r.setup.env.RUNNER_TEMP)).toBe(true);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.status).toBe('pass');
    expect(report.totals.emissionsKg).toBeCloseTo(EXPECTED_KG, 9);

    // The same Markdown (less the hidden marker) is the job summary.
    expect(r.summary).toContain(comments[0].body.slice(markerFor('carbon-gate').length + 1).trim());
  });

  test('re-runs keep exactly one comment: unchanged -> no write, changed -> one PATCH in place', async () => {
    await runOnce({ budget: '10 kg' });
    const first = { ...commentsOnPr()[0] };

    server.clearRequests();
    const again = await runOnce({ budget: '10 kg' });
    expect(writes()).toEqual([]);
    expect(again.outputs['comment-id']).toBe(String(first.id));
    expect(commentsOnPr()).toHaveLength(1);

    server.clearRequests();
    await runOnce({ budget: '20 kg' });
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${first.id}`
    ]);
    const after = commentsOnPr();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(first.id);
    expect(after[0].body).not.toBe(first.body);
  });

  test('two tags give two comments, each kept single across re-runs', async () => {
    for (let i = 0; i < 2; i++) {
      await runOnce({ inputs: { 'comment-tag': 'gpu-cluster' } });
      await runOnce({ inputs: { 'comment-tag': 'tpu-pod' }, budget: '8 kg' });
    }
    const comments = commentsOnPr();
    expect(comments).toHaveLength(2);
    expect(comments.filter((c) => c.body.includes(markerFor('gpu-cluster')))).toHaveLength(1);
    expect(comments.filter((c) => c.body.includes(markerFor('tpu-pod')))).toHaveLength(1);
  });

  test('finds our comment on page 3 of a PR with more than 250 comments', async () => {
    for (let i = 0; i < 230; i++) server.addComment(OWNER, REPO, pr, i % 2 ? ALICE : MALLORY, `review note ${i}`);
    const ours = server.addComment(OWNER, REPO, pr, GITHUB_ACTIONS_BOT, `${markerFor('carbon-gate')}\nold report`);
    for (let i = 0; i < 40; i++) server.addComment(OWNER, REPO, pr, ALICE, `later note ${i}`);
    expect(commentsOnPr().length).toBeGreaterThan(250);

    const r = await runOnce();
    const pages = server.requestsTo('GET', /\/issues\/\d+\/comments$/).map((q) => q.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${ours.id}`
    ]);
    expect(r.outputs['comment-id']).toBe(String(ours.id));
    expect(commentsOnPr().filter((c) => c.body.includes(markerFor('carbon-gate')))).toHaveLength(1);
  });

  test('a marker planted by another user is never edited; our own comment is posted beside it', async () => {
    const planted = server.addComment(OWNER, REPO, pr, MALLORY, `${markerFor('carbon-gate')}\nWithin budget, trust me`);
    await runOnce();
    await runOnce({ budget: '20 kg' });
    const comments = commentsOnPr();
    expect(comments.find((c) => c.id === planted.id)?.body).toBe(
      `${markerFor('carbon-gate')}\nWithin budget, trust me`
    );
    expect(server.requests.some((q) => q.path.endsWith(`/comments/${planted.id}`))).toBe(false);
    const ours = comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
  });

  test('with a personal token, GET /user names the author, and bot comments are not ours', async () => {
    const botComment = server.addComment(
      OWNER,
      REPO,
      pr,
      GITHUB_ACTIONS_BOT,
      `${markerFor('carbon-gate')}\nfrom the default token`
    );
    const r = await runOnce({ token: TOKENS.pat });
    expect(server.requestsTo('GET', /^\/user$/)).toHaveLength(1);
    const mine = commentsOnPr().filter((c) => c.user.login === GATEKEEPER.login);
    expect(mine).toHaveLength(1);
    expect(r.outputs['comment-id']).toBe(String(mine[0].id));
    expect(commentsOnPr().find((c) => c.id === botComment.id)?.body).toBe(
      `${markerFor('carbon-gate')}\nfrom the default token`
    );
  });

  test("another GitHub App's token: the comment is posted, with a warning that its identity could not be known", async () => {
    const r = await runOnce({ token: TOKENS.otherApp });
    const comments = commentsOnPr();
    expect(comments.map((c) => c.user.login)).toEqual([OTHER_APP_BOT.login]);
    const warning = annotations(r.stdout, 'warning').find((w) => w.includes('budget-app[bot]'));
    expect(warning).toContain('github-actions[bot]');
    expect(r.outcome.exitCode).toBe(0);
  });

  test('our own duplicates (from an older bug or a race) are removed so one remains', async () => {
    const a = server.addComment(OWNER, REPO, pr, GITHUB_ACTIONS_BOT, `${markerFor('carbon-gate')}\none`);
    const b = server.addComment(OWNER, REPO, pr, GITHUB_ACTIONS_BOT, `${markerFor('carbon-gate')}\ntwo`);
    await runOnce();
    const left = commentsOnPr();
    expect(left.map((c) => c.id)).toEqual([a.id]);
    expect(server.requestsTo('DELETE', new RegExp(`/comments/${b.id}$`))).toHaveLength(1);
  });

  test('comment: recreate deletes ours and posts a new one', async () => {
    await runOnce();
    const [first] = commentsOnPr();
    server.clearRequests();
    const r = await runOnce({ inputs: { comment: 'recreate' } });
    const after = commentsOnPr();
    expect(after).toHaveLength(1);
    expect(after[0].id).not.toBe(first.id);
    expect(writes().map((w) => w.method)).toEqual(['DELETE', 'POST']);
    expect(r.outputs['comment-id']).toBe(String(after[0].id));
  });

  test('comment: off makes no API call and leaves the comment outputs empty', async () => {
    const r = await runOnce({ inputs: { comment: 'off' } });
    expect(server.requests).toEqual([]);
    expect(r.outputs['comment-id']).toBe('');
    expect(r.outputs['comment-url']).toBe('');
    expect(r.outputs.status).toBe('pass');
  });

  test('a report too long for one comment is cut below 65,536 characters with a note pointing to the summary', async () => {
    const r = await runOnce({ files: { 'carbon-manifest.yml': manyRunsManifest(700) }, budget: '100 t' });
    const [comment] = commentsOnPr();
    expect(comment.body.length).toBeLessThanOrEqual(65536);
    expect(comment.body).toContain('job summary');
    expect(comment.body).toContain('actions/runs/4242');
    expect(r.summary.length).toBeGreaterThan(comment.body.length);
    expect(r.summary).toContain('run-00699');
  });

  test('the token is never printed (only handed to the runner to mask)', async () => {
    const r = await runOnce({ token: TOKENS.pat });
    const lines = r.stdout.split('\n').filter((l) => l.includes(TOKENS.pat));
    expect(lines).toEqual([`::add-mask::${TOKENS.pat}`]);
    expect(r.summary).not.toContain(TOKENS.pat);
  });
});

describe('faults', () => {
  test("a fork PR's read-only token: 403 is a warning, the step passes, the summary explains", async () => {
    const r = await runOnce({ token: TOKENS.readOnly, payload: pullRequestEvent({ number: pr, fork: true }) });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.exitCode).toBeUndefined();
    expect(commentsOnPr()).toHaveLength(0);
    const warnings = annotations(r.stdout, 'warning');
    expect(warnings.some((w) => w.includes('403') && w.includes('Resource not accessible by integration'))).toBe(true);
    expect(r.summary).toContain('workflow_run');
    expect(r.summary).toContain('fork');
    expect(r.summary).toContain('Within budget');
    expect(r.outputs['comment-id']).toBe('');
  });

  test('a 403 does not hide an over-budget failure: the step still fails on the budget', async () => {
    const r = await runOnce({ token: TOKENS.readOnly, budget: '5 kg' });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toMatch(/over budget/);
    expect(r.summary).toContain('Over budget');
  });

  test('500 twice, then success: the comment is posted after retries', async () => {
    server.inject({ method: 'POST', path: /\/issues\/\d+\/comments$/, times: 2, status: 500 });
    const r = await runOnce();
    expect(r.outcome.exitCode).toBe(0);
    expect(server.requestsTo('POST', /\/issues\/\d+\/comments$/).map((q) => q.status)).toEqual([500, 500, 201]);
    expect(commentsOnPr()).toHaveLength(1);
  });

  test('500 on every try: retries are bounded, the failure is a plain warning, the check is not failed for it', async () => {
    server.inject({
      method: 'GET',
      path: /\/issues\/\d+\/comments$/,
      times: 50,
      status: 502,
      body: { message: 'Server Error' }
    });
    const r = await runOnce();
    const tries = server.requestsTo('GET', /\/issues\/\d+\/comments$/).length;
    expect(tries).toBe(4); // the first try and 3 retries
    expect(r.outcome.exitCode).toBe(0);
    const warning = annotations(r.stdout, 'warning').find((w) => w.includes('Posting the PR comment'));
    expect(warning).toContain('GitHub answered 502');
    expect(warning).toContain('re-run the job later');
  });

  test.each([
    ['429', 429],
    ['403', 403]
  ])('a secondary rate limit (%s with retry-after) is waited out and retried', async (_name, status) => {
    server.inject({
      method: 'GET',
      path: /\/issues\/\d+\/comments$/,
      times: 1,
      status,
      headers: { 'retry-after': '1' },
      body: SECONDARY_RATE_LIMIT_BODY
    });
    const r = await runOnce();
    expect(server.requestsTo('GET', /\/issues\/\d+\/comments$/).map((q) => q.status)).toEqual([status, 200]);
    expect(commentsOnPr()).toHaveLength(1);
    expect(annotations(r.stdout, 'warning').some((w) => w.includes('secondary rate limit'))).toBe(true);
  });
});

describe('verdict and fail-on', () => {
  // Budgets against the 6 kg run: 10 kg -> 60% (pass), 7 kg -> 85.7% (warn at 80%), 5 kg -> 120% (fail).
  test.each([
    ['10 kg', 'over-budget', 'pass', 0],
    ['7 kg', 'over-budget', 'warn', 0],
    ['7 kg', 'warning', 'warn', 1],
    ['7 kg', 'never', 'warn', 0],
    ['5 kg', 'over-budget', 'fail', 1],
    ['5 kg', 'warning', 'fail', 1],
    ['5 kg', 'never', 'fail', 0]
  ] as const)('budget %s, fail-on %s -> status %s, exit %i', async (budget, failOn, status, exitCode) => {
    const r = await runOnce({ budget, inputs: { 'fail-on': failOn } });
    expect(r.outputs.status).toBe(status);
    expect(r.outcome.exitCode).toBe(exitCode);
    expect(r.exitCode ?? 0).toBe(exitCode);
    // The comment and summary exist whatever the verdict: they are written before failing.
    expect(commentsOnPr()).toHaveLength(1);
    expect(r.summary.length).toBeGreaterThan(0);
    if (exitCode === 1) {
      expect(r.outcome.failure?.split('\n')).toHaveLength(1);
      const errors = annotations(r.stdout, 'error').map(decodeCommand);
      expect(errors[errors.length - 1]).toBe(`::error::${r.outcome.failure}`);
    }
  });

  test('over budget: the run is annotated on its own line in the manifest', async () => {
    const r = await runOnce({ budget: '5 kg' });
    const runErrors = annotations(r.stdout, 'error').filter((l) => l.includes('file=carbon-manifest.yml'));
    expect(runErrors).toHaveLength(1);
    expect(runErrors[0]).toContain(`line=${RUN_LINE}`);
    expect(runErrors[0]).toContain('finetune');
  });

  test('invalid input fails even with fail-on: never, annotated on the manifest line', async () => {
    const r = await runOnce({ files: { 'carbon-manifest.yml': BAD_MANIFEST }, inputs: { 'fail-on': 'never' } });
    expect(r.outcome.exitCode).toBe(1);
    const errors = annotations(r.stdout, 'error').filter((l) => l.includes('file=carbon-manifest.yml'));
    expect(errors.some((l) => l.includes('line=4') && l.includes('duraton'))).toBe(true);
    expect(commentsOnPr()).toHaveLength(1);
  });

  test('an invalid action input fails before any API call, saying what was expected', async () => {
    const r = await runOnce({ inputs: { 'fail-on': 'over_budget', comment: 'sometimes' } });
    expect(r.outcome.exitCode).toBe(1);
    expect(server.requests).toEqual([]);
    const errors = annotations(r.stdout, 'error');
    expect(
      errors.some(
        (l) => l.includes('fail-on') && l.includes('`over-budget`') && l.includes('Did you mean "over-budget"')
      )
    ).toBe(true);
    expect(errors.some((l) => l.includes('comment') && l.includes('`update`, `recreate`, `off`'))).toBe(true);
    expect(r.summary).toContain('invalid setup');
  });
});

describe('override label', () => {
  test('the label waives an over-budget verdict, and the comment names who added it', async () => {
    server.setRole(OWNER, REPO, ALICE, 'maintain');
    for (let i = 0; i < 120; i++) server.addIssueEvent(OWNER, REPO, pr, { event: 'subscribed', actor: MALLORY });
    server.addLabel(OWNER, REPO, pr, 'carbon-budget-approved', MALLORY);
    server.addIssueEvent(OWNER, REPO, pr, {
      event: 'unlabeled',
      actor: ALICE,
      label: { name: 'carbon-budget-approved', color: 'ededed' }
    });
    server.addLabel(OWNER, REPO, pr, 'carbon-budget-approved', ALICE);

    const r = await runOnce({ budget: '5 kg' });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs.status).toBe('fail');
    expect(r.outcome.waiver?.by).toBe(ALICE.login);
    const [comment] = commentsOnPr();
    expect(comment.body).toContain('waived');
    expect(comment.body).toContain(`[${ALICE.login}](https://github.example/${ALICE.login})`);
    expect(comment.body).not.toContain(`@${ALICE.login}`);
    expect(r.summary).toContain('waived');
    expect(server.requestsTo('GET', /\/issues\/\d+\/events$/).length).toBe(2);
  });

  test('without the label (or with it disabled) the over-budget check fails', async () => {
    server.setLabels(OWNER, REPO, pr, ['carbon-budget-approved']);
    const r = await runOnce({ budget: '5 kg', inputs: { 'override-label': '' } });
    expect(r.outcome.exitCode).toBe(1);
    server.setLabels(OWNER, REPO, pr, ['needs-review']);
    const again = await runOnce({ budget: '5 kg' });
    expect(again.outcome.exitCode).toBe(1);
  });

  test('the label does not waive invalid input', async () => {
    server.addLabel(OWNER, REPO, pr, 'carbon-budget-approved', ALICE);
    const r = await runOnce({ files: { 'carbon-manifest.yml': BAD_MANIFEST } });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.waiver).toBeUndefined();
    expect(commentsOnPr()[0].body).not.toContain('waived');
    expect(server.requestsTo('GET', /\/labels$/)).toEqual([]);
  });
});

describe('events without a pull request', () => {
  test.each(['push', 'workflow_dispatch', 'schedule'])(
    '%s: summary, outputs and the check, no API call',
    async (eventName) => {
      const r = await runOnce({ eventName, payload: pushEvent(), budget: '5 kg' });
      expect(server.requests).toEqual([]);
      expect(r.summary).toContain('Over budget');
      expect(r.outputs.status).toBe('fail');
      expect(r.outputs['comment-id']).toBe('');
      expect(r.outcome.exitCode).toBe(1);
      expect(existsSync(r.outputs['report-path'])).toBe(true);
    }
  );
});
