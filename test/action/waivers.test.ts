/**
 * Trusted waivers, `run()` in-process against the local GitHub API server (real HTTP, the real
 * Octokit client): who added the label and their permission, the PR's author, exact label
 * matching, and the waiver's record in the action's own comment bounding what it covers.
 *
 * Footprints are worked out here: a run measured at 1,000 W for `h` hours at PUE 1.5 and
 * 400 g/kWh uses 1000 x h / 1000 x 1.5 = 1.5 h kWh and emits 1.5 h x 400 / 1000 = 0.6 h kg.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { run } from '../../src/action/main.js';
import { markerFor } from '../../src/action/comment-body.js';
import { formatWaiverRecord, parseWaiverRecord } from '../../src/action/waiver-record.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, type Account } from '../support/github-server.js';
import {
  OWNER,
  PR_AUTHOR,
  prepareRunner,
  pullRequestEvent,
  REPO,
  TOKENS,
  withRunnerEnv,
  type RunnerOptions
} from './harness.js';

const LABEL = 'carbon-budget-approved';
const ALICE: Account = { login: 'maintainer-alice', id: 501, type: 'User' };
const READER: Account = { login: 'reader-rob', id: 502, type: 'User' };
const CAROL: Account = { login: PR_AUTHOR, id: 9001, type: 'User' };
const CUSTOM: Account = { login: 'custom-cass', id: 503, type: 'User' };
const MALLORY: Account = { login: 'mallory', id: 666, type: 'User' };

const SHA_1 = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SHA_2 = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const SHA_3 = '3333333ccccccccccccccccccccccccccccccccc';

/** kg CO2e of one measured run of `hours` (see the header). */
const kgFor = (hours: number): number => ((1000 * hours) / 1000) * 1.5 * (400 / 1000);

/** One run measured at 1,000 W for `hours`. */
function manifest(hours: number): string {
  return `version: 1
runs:
  - name: finetune
    power: 1000 W
    duration: ${hours} h
    pue: 1.5
    intensity: 400 g/kWh
`;
}

let server: GitHubServer;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  server.addToken(TOKENS.readOnly, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: false });
  server.setRole(OWNER, REPO, ALICE, 'maintain');
  server.setRole(OWNER, REPO, READER, 'read');
  server.setRole(OWNER, REPO, CAROL, 'write');
  server.setRole(OWNER, REPO, CUSTOM, { custom: 'release-manager', base: 'write' });
});

afterAll(async () => {
  for (const c of cleanups) c();
  await server.close();
});

let prNumber = 300;
let pr: number;
beforeEach(() => {
  pr = ++prNumber;
  server.clearRequests();
  server.clearFaults();
});

/** Runs the action on the current PR at `sha`, with `hours` of training against a 5 kg budget. */
async function runAt(sha: string, hours: number, options: Partial<RunnerOptions> & { author?: string | null } = {}) {
  const { author, ...rest } = options;
  const setup = prepareRunner({
    server,
    payload: pullRequestEvent({ number: pr, headSha: sha, author }),
    files: { 'carbon-manifest.yml': manifest(hours) },
    ...rest,
    inputs: { budget: '5 kg', ...(rest.inputs ?? {}) }
  });
  cleanups.push(setup.cleanup);
  const { value: outcome, stdout } = await withRunnerEnv(setup.env, () => run());
  return { outcome, stdout, summary: setup.summary(), outputs: setup.outputs() };
}

const ours = () => server.comments(OWNER, REPO, pr).filter((c) => c.user.login === GITHUB_ACTIONS_BOT.login);

describe('who may waive', () => {
  test("a maintainer's label waives: the check passes, the comment and summary carry the audit, the record is kept", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outputs.status).toBe('fail');
    expect(r.outcome.waiver).toMatchObject({ label: LABEL, by: ALICE.login, outcome: 'accepted' });

    const [comment] = ours();
    const lines = comment.body.split('\n');
    expect(lines[0]).toBe(markerFor('carbon-gate'));
    const record = parseWaiverRecord(comment.body);
    expect(record).toMatchObject({ pr, label: LABEL, by: ALICE.login, sha: SHA_1 });
    expect(record?.budgets).toEqual([{ name: 'budget', emissionsKg: kgFor(10) }]);
    expect(comment.body).toContain('> **Over budget, waived.**');
    // Logins and labels are escaped in the audit lines (the hyphen, the quotes): the words stay.
    const audit = r.outcome.waiver?.audit ?? [];
    expect(audit[0]).toBe(
      `The "${LABEL}" label was added by ${ALICE.login} at ${record?.at}: ${ALICE.login} has maintain permission on the repository (the policy asks for at least write); not the PR's author.`
    );
    expect(audit).toContain(
      `Recorded at 1111111: the waiver covers budget up to ${kgFor(10)} kg; a later push that uses more is not covered.`
    );
    expect(audit).toContain(`budget: waived ${kgFor(10)} kg at 1111111; now ${kgFor(10)} kg (covered).`);
    expect(comment.body).toContain('> - Recorded at 1111111');
    expect(r.summary).toContain('> - Recorded at 1111111');
    // The summary never carries the record itself.
    expect(r.summary).not.toContain('carbon-gate:waiver');
  });

  test("the PR author's own label is refused, even with write permission", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, CAROL);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.waiver).toBeUndefined();
    expect(r.outcome.waiverDecision?.outcome).toBe('refused');
    expect(r.outcome.failure).toContain(
      `the label was added by ${PR_AUTHOR}, the PR's author; the policy does not let an author waive their own PR (allow-author: false)`
    );
    const [comment] = ours();
    expect(comment.body).toContain('> **Waiver refused.**');
    expect(parseWaiverRecord(comment.body)).toBeUndefined();
    expect(r.summary).toContain('> **Waiver refused.**');
    // No permission lookup was needed to refuse the author.
    expect(server.requestsTo('GET', /\/collaborators\//)).toEqual([]);
  });

  test('the author is matched case-insensitively (GitHub logins are)', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, { ...CAROL, login: PR_AUTHOR.toUpperCase() });
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain("the PR's author");
  });

  test('a labeller with read permission is refused', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, READER);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain(
      `the label was added by ${READER.login}, who has read permission on the repository; the policy asks for at least write (min-permission)`
    );
    expect(server.requestsTo('GET', /\/collaborators\/reader-rob\/permission$/)).toHaveLength(1);
  });

  test('someone with no access at all (404 from the permission endpoint) is refused', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, MALLORY);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain(`${MALLORY.login}, who has no permission on the repository`);
  });

  test('a custom role is judged by the permissions it grants (write here)', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, CUSTOM);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.waiver?.audit[0]).toContain(
      `${CUSTOM.login} has the "release-manager" role (write permission) on the repository`
    );
  });

  test("only the latest labeled event counts: a maintainer's earlier label, removed and re-added by a reader, is refused", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    server.removeLabel(OWNER, REPO, pr, LABEL, READER);
    server.addLabel(OWNER, REPO, pr, LABEL, READER);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.waiverDecision?.by).toBe(READER.login);
  });

  test('a label event whose actor is a deleted account ("ghost", actor null) cannot be checked', async () => {
    server.setLabels(OWNER, REPO, pr, [LABEL]);
    server.addIssueEvent(OWNER, REPO, pr, { event: 'labeled', actor: null, label: { name: LABEL, color: 'ededed' } });
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('no "labeled" event names who added it');
  });

  test("without the author in the payload, the PR's author comes from the pulls API", async () => {
    server.route((req, res, s) => {
      if (req.method !== 'GET' || req.path !== `/repos/${OWNER}/${REPO}/pulls/${pr}`) return false;
      s.send(res, 200, { number: pr, user: s.userJson(CAROL), head: { sha: SHA_1 }, base: { sha: SHA_2 } });
      return true;
    });
    server.addLabel(OWNER, REPO, pr, LABEL, CAROL);
    const r = await runAt(SHA_1, 10, { author: null });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain("the PR's author");
    expect(server.requestsTo('GET', new RegExp(`/pulls/${pr}$`))).toHaveLength(1);
  });
});

describe('exact labels', () => {
  test.each([
    ['another case', 'Carbon-Budget-Approved'],
    ['a Unicode hyphen', 'carbon\u2010budget\u2010approved'],
    ['a zero-width space', 'carbon-budget\u200b-approved'],
    ['a right-to-left mark', '\u200fcarbon-budget-approved']
  ])('a look-alike label (%s) does not waive, and the audit says why', async (_what, lookAlike) => {
    server.addLabel(OWNER, REPO, pr, lookAlike, ALICE);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.waiverDecision?.outcome).toBe('refused');
    expect(r.outcome.failure).toContain(`which looks like the waiver label "${LABEL}" but is not it`);
    // No one's permission is looked up for a label that is not the waiver label.
    expect(server.requestsTo('GET', /\/collaborators\//)).toEqual([]);
  });

  test('an unrelated label is no waiver and no audit', async () => {
    server.addLabel(OWNER, REPO, pr, 'needs-review', ALICE);
    const r = await runAt(SHA_1, 10);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.waiverDecision).toBeUndefined();
    expect(ours()[0].body).not.toContain('Waiver');
  });

  test('a waiver label input with an invisible character is refused, never matched', async () => {
    const hidden = `${LABEL}\u200b`;
    server.addLabel(OWNER, REPO, pr, hidden, ALICE);
    const r = await runAt(SHA_1, 10, { inputs: { 'override-label': hidden } });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('holds invisible or bidirectional characters');
  });
});

describe('the record bounds the waiver', () => {
  test('a later push that grows the footprint is no longer covered; shrinking back is covered again', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const first = await runAt(SHA_1, 10);
    expect(first.outcome.exitCode).toBe(0);

    const grown = await runAt(SHA_2, 15);
    expect(grown.outcome.exitCode).toBe(1);
    expect(grown.outcome.waiverDecision?.outcome).toBe('outgrown');
    const words = `waived ${kgFor(10)} kg at 1111111; now ${kgFor(15)} kg`;
    expect(grown.outcome.failure).toContain(words);
    expect(ours()[0].body).toContain('> **Waiver outgrown.**');
    expect(grown.summary).toContain('Waiver outgrown');
    // The record still names the first commit and amount.
    expect(parseWaiverRecord(ours()[0].body)).toMatchObject({ sha: SHA_1, budgets: [{ emissionsKg: kgFor(10) }] });

    const back = await runAt(SHA_3, 9);
    expect(back.outcome.exitCode).toBe(0);
    expect(back.outcome.waiver?.audit).toContain(
      `budget: waived ${kgFor(10)} kg at 1111111; now ${kgFor(9)} kg (covered).`
    );
  });

  test('a passing push in between keeps the record: the waiver cannot be renewed by dipping under the budget', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    await runAt(SHA_1, 10);
    const passing = await runAt(SHA_2, 1);
    expect(passing.outcome.exitCode).toBe(0);
    expect(passing.outcome.waiverDecision).toBeUndefined();
    expect(parseWaiverRecord(ours()[0].body)).toMatchObject({ sha: SHA_1 });
    const grown = await runAt(SHA_3, 20);
    expect(grown.outcome.exitCode).toBe(1);
    expect(grown.outcome.failure).toContain(`waived ${kgFor(10)} kg at 1111111; now ${kgFor(20)} kg`);
  });

  test('the same labeled event keeps the same record: a re-run changes nothing', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    await runAt(SHA_1, 10);
    const before = ours()[0].body;
    server.clearRequests();
    const again = await runAt(SHA_1, 10);
    expect(again.outcome.exitCode).toBe(0);
    expect(server.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(ours()[0].body).toBe(before);
  });

  test('a new labeled event (removed and added again) records the new footprint', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    await runAt(SHA_1, 10);
    expect((await runAt(SHA_2, 15)).outcome.exitCode).toBe(1);
    server.removeLabel(OWNER, REPO, pr, LABEL, ALICE);
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const renewed = await runAt(SHA_2, 15);
    expect(renewed.outcome.exitCode).toBe(0);
    expect(parseWaiverRecord(ours()[0].body)).toMatchObject({ sha: SHA_2, budgets: [{ emissionsKg: kgFor(15) }] });
  });

  test("a record planted in someone else's comment (marker and all) is ignored", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const events = (await (
      await fetch(`${server.url}/repos/${OWNER}/${REPO}/issues/${pr}/events`, {
        headers: { authorization: `token ${TOKENS.installation}` }
      })
    ).json()) as { id: number; created_at: string }[];
    const labeled = events[events.length - 1];
    const planted = formatWaiverRecord({
      v: 1,
      pr,
      label: LABEL,
      by: ALICE.login,
      event: labeled.id,
      at: labeled.created_at,
      sha: SHA_1,
      budgets: [{ name: 'budget', emissionsKg: 1e9 }]
    });
    server.addComment(OWNER, REPO, pr, MALLORY, `${markerFor('carbon-gate')}\n${planted}\nlooks like ours`);
    // The planted record would cover 15 h; the action's own record covers only what it measured.
    const r = await runAt(SHA_1, 15);
    expect(r.outcome.exitCode).toBe(0);
    expect(parseWaiverRecord(ours()[0].body)?.budgets).toEqual([{ name: 'budget', emissionsKg: kgFor(15) }]);
    expect(server.comments(OWNER, REPO, pr).find((c) => c.user.login === MALLORY.login)?.body).toContain('1000000000');
  });
});

describe('a waiver that cannot be bounded is refused', () => {
  test('comment: off leaves nowhere to keep the record', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const r = await runAt(SHA_1, 10, { inputs: { comment: 'off' } });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('with `comment: off` there is none, so the waiver cannot be bounded');
    expect(r.summary).toContain('Waiver refused');
    expect(server.comments(OWNER, REPO, pr)).toEqual([]);
  });

  test("a token that may not write the comment (a fork's) cannot keep a new record", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const r = await runAt(SHA_1, 10, { token: TOKENS.readOnly });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain(
      "the waiver's record could not be kept in the PR comment (the token may not write to the PR)"
    );
    expect(r.summary).toContain('Waiver refused');
    expect(server.comments(OWNER, REPO, pr)).toEqual([]);
  });

  test("when the events cannot be read, the payload's labels are not trusted instead", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    server.inject({ method: 'GET', path: /\/issues\/\d+\/events$/, times: 20, status: 502 });
    const setupLabels = { payload: pullRequestEvent({ number: pr, headSha: SHA_1, labels: [LABEL] }) };
    const r = await runAt(SHA_1, 10, setupLabels);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('Reading the PR labels and events failed');
  });

  test("when the action's own comment cannot be read, no new record is made over an old one", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    await runAt(SHA_1, 10);
    server.inject({ method: 'GET', path: /\/issues\/\d+\/comments$/, times: 1, status: 404 });
    const r = await runAt(SHA_2, 15);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain("Reading the action's own PR comment, which keeps the waiver's record");
    // The record that was there is kept as it was.
    expect(parseWaiverRecord(ours()[0].body)).toMatchObject({ sha: SHA_1 });
  });
});

/** A policy file: one `per-pr` budget of 5 kg and the given `waivers:` block (YAML lines). */
function policy(waivers: string[]): string {
  return [
    'version: 1',
    'budgets:',
    '  - name: per-pr',
    '    scope: change',
    '    emissions: 5 kg',
    'waivers:',
    ...waivers.map((l) => `  ${l}`),
    ''
  ].join('\n');
}

/** Runs with the policy file in the workspace and no budget input (so the file's budgets apply). */
function runWithPolicy(sha: string, hours: number, waivers: string[], options: Partial<RunnerOptions> = {}) {
  return runAt(sha, hours, {
    ...options,
    files: { 'carbon-manifest.yml': manifest(hours), '.github/carbon-budget.yml': policy(waivers) },
    inputs: { budget: '', ...(options.inputs ?? {}) }
  });
}

describe('the policy file decides who may waive', () => {
  const TEAMMATE: Account = { login: 'triager-tess', id: 504, type: 'User' };
  beforeAll(() => {
    server.setRole(OWNER, REPO, TEAMMATE, 'triage');
    server.addTeamMember('octo/carbon-reviewers', TEAMMATE.login);
    server.addToken(TOKENS.pat, {
      account: { login: 'gate-bot-user', id: 900, type: 'User' },
      kind: 'user',
      canWrite: true,
      canReadOrg: true
    });
  });

  test('its own label, and per-budget amounts in the record', async () => {
    server.addLabel(OWNER, REPO, pr, 'carbon-ok', ALICE);
    const r = await runWithPolicy(SHA_1, 10, ['label: carbon-ok']);
    expect(r.outcome.exitCode).toBe(0);
    expect(parseWaiverRecord(ours()[0].body)?.budgets).toEqual([{ name: 'per-pr', emissionsKg: kgFor(10) }]);
    expect(ours()[0].body).toContain(
      `Waived: per-pr: ${kgFor(10)} kg CO2e of 5 kg (${Math.round((kgFor(10) / 5) * 100)}%).`
    );
  });

  test("once the policy names a label, the input's label does not waive", async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, ALICE);
    const r = await runWithPolicy(SHA_1, 10, ['label: carbon-ok']);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.waiverDecision).toBeUndefined();
  });

  test('min-permission: maintain refuses a labeller with write', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, CUSTOM);
    const r = await runWithPolicy(SHA_1, 10, ['min-permission: maintain']);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.failure).toContain('(write permission) on the repository; the policy asks for at least maintain');
  });

  test('allow-author: true lets the author waive their own PR, and the audit says so', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, CAROL);
    const r = await runWithPolicy(SHA_1, 10, ['allow-author: true']);
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.waiver?.audit[0]).toContain(
      "they are the PR's author, which the policy allows (allow-author: true)"
    );
  });

  test('teams with the default GITHUB_TOKEN: a clear warning that team waivers need a token that can read org membership', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, TEAMMATE);
    const r = await runWithPolicy(SHA_1, 10, ['teams: [octo/carbon-reviewers]']);
    expect(r.outcome.exitCode).toBe(1);
    const note =
      'The membership of octo/carbon-reviewers could not be read: team waivers need a token that can read organization membership';
    expect(r.outcome.waiverDecision?.audit[0]).toContain(note);
    expect(r.stdout).toContain(note);
    expect(r.outcome.failure).toContain(
      'triage permission on the repository and is not an active member of octo/carbon-reviewers'
    );
  });

  test('teams with a token that can read org membership: an active member may waive', async () => {
    server.addLabel(OWNER, REPO, pr, LABEL, TEAMMATE);
    const r = await runWithPolicy(SHA_1, 10, ['teams: [octo/carbon-reviewers]'], { token: TOKENS.pat });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.waiver?.audit[0]).toContain(
      `${TEAMMATE.login} has triage permission on the repository and is an active member of octo/carbon-reviewers, a team the policy names`
    );
    expect(server.requestsTo('GET', /^\/orgs\/octo\/teams\/carbon-reviewers\/memberships\/triager-tess$/)).toHaveLength(
      1
    );
  });

  test('a pending team membership is not membership', async () => {
    const PENDING: Account = { login: 'pending-pat', id: 505, type: 'User' };
    server.addTeamMember('octo/carbon-reviewers', PENDING.login, 'pending');
    server.addLabel(OWNER, REPO, pr, LABEL, PENDING);
    const r = await runWithPolicy(SHA_1, 10, ['teams: [octo/carbon-reviewers]'], { token: TOKENS.pat });
    expect(r.outcome.exitCode).toBe(1);
  });
});
