/**
 * The action's base against the local GitHub API server (real Octokit over HTTP): the PR's base
 * commit read through `pulls/{n}/files`, `git/trees` and `contents?ref=`, a merge group's through
 * `compare`, and failures that become warnings without a token in sight.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readActionBase } from '../../src/action/base.js';
import { actionRequest } from '../../src/action/collect.js';
import { startGateRun } from '../../src/action/gate-run.js';
import { run } from '../../src/action/main.js';
import { findPullRequests } from '../../src/action/trigger.js';
import { readRequest } from '../../src/io/request.js';
import { mountRepository, type ServedRepository, type Tree } from '../support/github-repository.js';
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

let server: GitHubServer;
let repository: ServedRepository;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  repository = mountRepository(server, OWNER, REPO);
});
afterAll(async () => {
  for (const c of cleanups) c();
  await server.close();
});
beforeEach(() => {
  server.clearRequests();
  server.clearFaults();
});

/** A manifest of one estimated run drawing `kwh` in one hour at PUE 1 and 500 g/kWh (so `kwh / 2` kg). */
const manifest = (run: string, kwh: number): string =>
  `version: 1\nruns:\n  - name: ${run}\n    power: ${kwh} kW\n    duration: 1 h\n    pue: 1\n    intensity: 500 g/kWh\n`;

const POLICY = 'version: 1\nbudget:\n  emissions: 250 kg\n';
const LOOSER_POLICY = 'version: 1\nbudget:\n  emissions: 9000 kg\n';

let nextPr = 300;

/** A PR from `base` to `head`; the workspace is the head's checkout. */
function pullRequest(base: Tree, head: Tree, renames?: { from: string; to: string }[]) {
  const number = ++nextPr;
  const baseSha = repository.addCommit(base);
  const headSha = repository.addCommit(head);
  repository.addPull(number, { baseSha, headSha, ...(renames ? { renames } : {}) });
  const payload = pullRequestEvent({ number });
  const pr = payload.pull_request as Record<string, unknown>;
  (pr.base as Record<string, unknown>).sha = baseSha;
  (pr.head as Record<string, unknown>).sha = headSha;
  pr.changed_files = repository.diff(baseSha, headSha, renames).length;
  return { number, baseSha, headSha, payload };
}

/** Runs stages 1 to 4 of the action (inputs, request, PRs, base) and returns the core's input. */
async function baseFor(options: Partial<RunnerOptions>) {
  const setup = prepareRunner({ server, ...options });
  cleanups.push(setup.cleanup);
  const { value } = await withRunnerEnv(setup.env, async () => {
    const start = startGateRun(setup.env);
    if (!start.ok) throw new Error(start.problems.map((p) => p.message).join('; '));
    const request = await readRequest(actionRequest(start.gate));
    const found = await findPullRequests(start.gate, request.loaded[0]);
    await readActionBase(start.gate, found.pullRequests, request);
    return request.input;
  });
  return value;
}

describe('pull_request: the base commit through the API', () => {
  test('modified, added, renamed and removed manifests, and an edited policy', async () => {
    const base: Tree = {
      '.github/carbon-budget.yml': POLICY,
      'same/carbon-manifest.yml': manifest('same', 10),
      'grown/carbon-manifest.yml': manifest('grown', 200),
      'old-name/carbon-manifest.yml': manifest('moved', 30),
      'dropped/carbon-manifest.yml': manifest('dropped', 40),
      'README.md': 'readme'
    };
    const head: Tree = {
      '.github/carbon-budget.yml': LOOSER_POLICY,
      'same/carbon-manifest.yml': manifest('same', 10),
      'grown/carbon-manifest.yml': manifest('grown', 300),
      'new-name/carbon-manifest.yml': manifest('moved', 30),
      'added/carbon-manifest.yml': manifest('added', 600),
      'README.md': 'readme, edited'
    };
    const pr = pullRequest(base, head, [{ from: 'old-name/carbon-manifest.yml', to: 'new-name/carbon-manifest.yml' }]);
    const input = await baseFor({ payload: pr.payload, files: head as Record<string, string> });

    expect(input.base?.sha).toBe(pr.baseSha);
    expect(input.base?.ref).toBe(pr.baseSha.slice(0, 7));
    const byName = Object.fromEntries((input.base?.manifests ?? []).map((m) => [m.file, m.text]));
    expect(byName).toEqual({
      'same/carbon-manifest.yml': manifest('same', 10),
      'grown/carbon-manifest.yml': manifest('grown', 200),
      'new-name/carbon-manifest.yml': manifest('moved', 30),
      'dropped/carbon-manifest.yml': manifest('dropped', 40)
    });
    expect(input.base?.changedManifests).toEqual([
      'added/carbon-manifest.yml',
      'dropped/carbon-manifest.yml',
      'grown/carbon-manifest.yml',
      'new-name/carbon-manifest.yml',
      'old-name/carbon-manifest.yml'
    ]);
    expect(input.base?.config).toEqual({ file: '.github/carbon-budget.yml', text: POLICY });
    expect(input.base?.diagnostics.map((d) => d.code)).toEqual(['base/policy-changed']);

    const files = server.requestsTo('GET', new RegExp(`/pulls/${pr.number}/files$`));
    expect(files.map((r) => r.query.get('per_page'))).toEqual(['100']);
    const contents = server.requestsTo('GET', /\/contents\//);
    expect(contents.every((r) => r.query.get('ref') === pr.baseSha)).toBe(true);
    // Only what the change touched is read; the unchanged manifest is not fetched.
    expect(contents.map((r) => decodeURIComponent(r.path.replace(/^.*\/contents\//, ''))).sort()).toEqual([
      '.github/carbon-budget.yml',
      'dropped/carbon-manifest.yml',
      'grown/carbon-manifest.yml',
      'old-name/carbon-manifest.yml'
    ]);
    expect(server.requestsTo('GET', /\/git\/trees\//).map((r) => r.query.get('recursive'))).toEqual(['true']);
  });

  test('every page of the changed files is read', async () => {
    const filler = (n: number, v: string): Tree =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`data/f${String(i).padStart(3, '0')}.txt`, v]));
    const base: Tree = { ...filler(230, 'a'), 'zz/carbon-manifest.yml': manifest('last', 5) };
    const head: Tree = { ...filler(230, 'b') };
    const pr = pullRequest(base, head);
    const input = await baseFor({ payload: pr.payload, files: head as Record<string, string> });
    // The removed manifest sorts after the 230 edited files, on the third page.
    expect(input.base?.manifests).toEqual([{ file: 'zz/carbon-manifest.yml', text: manifest('last', 5) }]);
    expect(server.requestsTo('GET', new RegExp(`/pulls/${pr.number}/files$`)).map((r) => r.query.get('page'))).toEqual([
      null,
      '2',
      '3'
    ]);
  });

  test('a manifest the workflow wrote into the checkout is new, with a notice', async () => {
    const tree: Tree = { 'README.md': 'x' };
    const pr = pullRequest(tree, tree);
    const input = await baseFor({
      payload: pr.payload,
      files: { 'README.md': 'x', 'out/carbon-manifest.yml': manifest('generated', 1) }
    });
    expect(input.base?.manifests).toEqual([]);
    expect(input.base?.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['base/not-committed', 'out/carbon-manifest.yml']
    ]);
  });

  test('a base that cannot be listed is a warning naming the failure, never the token', async () => {
    const tree: Tree = { 'carbon-manifest.yml': manifest('a', 1) };
    const pr = pullRequest(tree, tree);
    server.inject({
      method: 'GET',
      path: /\/pulls\/\d+\/files$/,
      times: 1,
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    });
    const input = await baseFor({ payload: pr.payload, files: tree as Record<string, string> });
    expect(input.base).toBeUndefined();
    const warning = input.diagnostics.find((d) => d.code === 'base/unavailable');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('403');
    expect(warning?.message).toContain('Resource not accessible by integration');
    expect(JSON.stringify(input.diagnostics)).not.toContain(TOKENS.installation);
  });

  test('a base file that cannot be read is a warning; the rest of the base stands', async () => {
    const base: Tree = { 'a/carbon-manifest.yml': manifest('a', 1), 'b/carbon-manifest.yml': manifest('b', 1) };
    const head: Tree = { 'a/carbon-manifest.yml': manifest('a', 2), 'b/carbon-manifest.yml': manifest('b', 2) };
    const pr = pullRequest(base, head);
    server.inject({ method: 'GET', path: /\/contents\/a\/carbon-manifest\.yml$/, times: 10, status: 500 });
    const input = await baseFor({ payload: pr.payload, files: head as Record<string, string> });
    expect(input.base?.manifests).toEqual([{ file: 'b/carbon-manifest.yml', text: manifest('b', 1) }]);
    expect(input.base?.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
      ['warning', 'base/unreadable', 'a/carbon-manifest.yml']
    ]);
  });

  test('a JSON answer to the raw request is decoded from its base64 content', async () => {
    const base: Tree = {
      'carbon-manifest.json': '{"version": 1, "runs": []}',
      'a/carbon-manifest.yml': manifest('a', 1)
    };
    const head: Tree = {
      'carbon-manifest.json': '{"version": 1, "runs": [ ]}',
      'a/carbon-manifest.yml': manifest('a', 2)
    };
    const pr = pullRequest(base, head);
    repository.jsonOnly = true;
    try {
      const input = await baseFor({ payload: pr.payload, files: head as Record<string, string> });
      expect(input.base?.manifests).toEqual([
        { file: 'a/carbon-manifest.yml', text: manifest('a', 1) },
        { file: 'carbon-manifest.json', text: '{"version": 1, "runs": []}' }
      ]);
    } finally {
      repository.jsonOnly = false;
    }
  });

  test('a push has no base and asks nothing about one', async () => {
    const input = await baseFor({
      eventName: 'push',
      payload: { ref: 'refs/heads/main', repository: { full_name: `${OWNER}/${REPO}` } },
      files: { 'carbon-manifest.yml': manifest('a', 1) }
    });
    expect(input.base).toBeUndefined();
    expect(server.requestsTo('GET', /\/(contents|git\/trees|compare)\//)).toEqual([]);
  });
});

/** The report file the action wrote, as far as these tests read it. */
type JsonReport = {
  status: string;
  diagnostics: { code: string }[];
  policy: {
    budgets: {
      name: string;
      status: string;
      used: { emissionsKg: number };
      limit: { emissionsKg?: number };
      preExisting: boolean;
      note?: string;
    }[];
    base: { ref: string; sha?: string } | null;
  };
  changes: { run: string; kind: string; deltaEmissionsKg: number }[] | null;
};

/** A per-PR change budget and a repository total, both 250 kg. */
const TWO_BUDGETS =
  'version: 1\nbudgets:\n  - name: per-pr\n    scope: change\n    emissions: 250 kg\n  - name: repo-total\n    scope: total\n    emissions: 250 kg\n';

/** Runs the whole action on a PR and reads its report. */
async function runOn(pr: ReturnType<typeof pullRequest>, head: Tree, extra: Partial<RunnerOptions> = {}) {
  const setup = prepareRunner({ server, payload: pr.payload, files: head as Record<string, string>, ...extra });
  cleanups.push(setup.cleanup);
  const { value: outcome } = await withRunnerEnv(setup.env, () => run());
  const report = JSON.parse(readFileSync(outcome.reportPath as string, 'utf8')) as JsonReport;
  return { outcome, report, summary: setup.summary() };
}

describe('end to end: the change judged against its base', () => {
  // 800 kW for 1 h at PUE 1 and 500 g/kWh: 800 kWh x 0.5 kg/kWh = 400 kg, over both 250 kg budgets.
  const BIG_BASE: Tree = {
    '.github/carbon-budget.yml': TWO_BUDGETS,
    'llm/carbon-manifest.yml': manifest('pretrain', 800),
    'README.md': 'readme'
  };

  test('a base already over budget: a PR that edits only the README passes; the total is pre-existing', async () => {
    const head: Tree = { ...BIG_BASE, 'README.md': 'readme, typo fixed' };
    const r = await runOn(pullRequest(BIG_BASE, head), head);
    expect(r.outcome.exitCode).toBe(0);
    const perPr = r.report.policy.budgets.find((b) => b.name === 'per-pr');
    const total = r.report.policy.budgets.find((b) => b.name === 'repo-total');
    expect(perPr).toMatchObject({ status: 'pass', preExisting: false });
    expect(perPr?.used.emissionsKg).toBeCloseTo(0, 9);
    expect(total).toMatchObject({ status: 'warn', preExisting: true });
    expect(total?.used.emissionsKg).toBeCloseTo(400, 9);
    expect(r.report.status).toBe('pass');
    expect(r.report.changes?.map((c) => [c.run, c.kind])).toEqual([['pretrain', 'unchanged']]);
    expect(r.report.policy.base?.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  test('a PR that adds a 300 kg run fails per-pr (and makes the total worse)', async () => {
    // 600 kW for 1 h: 600 kWh x 0.5 kg/kWh = 300 kg.
    const head: Tree = { ...BIG_BASE, 'new/carbon-manifest.yml': manifest('extra', 600) };
    const r = await runOn(pullRequest(BIG_BASE, head), head);
    expect(r.outcome.exitCode).toBe(1);
    const perPr = r.report.policy.budgets.find((b) => b.name === 'per-pr');
    expect(perPr?.status).toBe('fail');
    expect(perPr?.used.emissionsKg).toBeCloseTo(300, 9);
    const total = r.report.policy.budgets.find((b) => b.name === 'repo-total');
    expect(total).toMatchObject({ status: 'fail', preExisting: false });
    expect(r.report.changes?.find((c) => c.run === 'extra')).toMatchObject({ kind: 'added' });
  });

  test('a PR that raises its own limit is judged by the base policy', async () => {
    const head: Tree = {
      ...BIG_BASE,
      '.github/carbon-budget.yml': TWO_BUDGETS.replaceAll('250 kg', '9000 kg'),
      'new/carbon-manifest.yml': manifest('extra', 600)
    };
    const r = await runOn(pullRequest(BIG_BASE, head), head);
    expect(r.outcome.exitCode).toBe(1);
    const perPr = r.report.policy.budgets.find((b) => b.name === 'per-pr');
    expect(perPr?.status).toBe('fail');
    // The base's 250 kg, not the PR's 9000 kg.
    expect(perPr?.limit.emissionsKg).toBe(250);
    expect(r.report.diagnostics.map((d) => d.code)).toContain('base/policy-changed');
  });
});

describe("waivers: the base's policy decides, not the PR's copy", () => {
  const LABEL = 'carbon-budget-approved';
  const ALICE: Account = { login: 'maintainer-alice', id: 501, type: 'User' };
  const READER: Account = { login: 'reader-rob', id: 502, type: 'User' };
  const CAROL: Account = { login: PR_AUTHOR, id: 9001, type: 'User' };
  beforeAll(() => {
    server.setRole(OWNER, REPO, ALICE, 'maintain');
    server.setRole(OWNER, REPO, READER, 'read');
    server.setRole(OWNER, REPO, CAROL, 'write');
  });

  /** A 250 kg per-pr budget and the given `waivers:` lines. */
  const policyWith = (waivers: string[]): string =>
    [
      'version: 1',
      'budgets:',
      '  - name: per-pr',
      '    scope: change',
      '    emissions: 250 kg',
      'waivers:',
      ...waivers.map((l) => `  ${l}`),
      ''
    ].join('\n');
  const STRICT = policyWith([`label: ${LABEL}`, 'min-permission: maintain', 'allow-author: false']);
  const base: Tree = { '.github/carbon-budget.yml': STRICT, 'README.md': 'readme' };

  /** The PR adds a 300 kg run (600 kW for 1 h at 500 g/kWh) and rewrites the waiver policy as `loosened`. */
  function loosening(loosened: string[]) {
    const head: Tree = {
      ...base,
      '.github/carbon-budget.yml': policyWith(loosened),
      'new/carbon-manifest.yml': manifest('extra', 600)
    };
    return { pr: pullRequest(base, head), head };
  }

  test.each([
    [
      'allow-author: true, and the author labels',
      [`label: ${LABEL}`, 'allow-author: true'],
      LABEL,
      CAROL,
      "the PR's author"
    ],
    [
      'min-permission: read, and a reader labels',
      [`label: ${LABEL}`, 'min-permission: read'],
      LABEL,
      READER,
      'who has read permission on the repository; the policy asks for at least maintain'
    ],
    [
      'another label, added by the author',
      ['label: self-approved', 'allow-author: true'],
      'self-approved',
      CAROL,
      undefined
    ]
  ])(
    'a PR loosening its own waiver policy (%s) is refused by the base policy',
    async (_what, loosened, label, by, why) => {
      const { pr, head } = loosening(loosened);
      server.addLabel(OWNER, REPO, pr.number, label, by);
      const r = await runOn(pr, head);
      expect(r.outcome.exitCode).toBe(1);
      expect(r.outcome.waiver).toBeUndefined();
      const perPr = r.report.policy.budgets.find((b) => b.name === 'per-pr');
      expect(perPr?.status).toBe('fail');
      expect(perPr?.used.emissionsKg).toBeCloseTo(300, 9);
      expect(r.report.diagnostics.map((d) => d.code)).toContain('base/policy-changed');
      if (why === undefined) {
        // Not the base's label: nothing to judge, and no one's permission is asked.
        expect(r.outcome.waiverDecision).toBeUndefined();
        expect(server.requestsTo('GET', /\/collaborators\//)).toEqual([]);
      } else {
        expect(r.outcome.waiverDecision).toMatchObject({ outcome: 'refused', by: by.login });
        expect(r.outcome.failure).toContain(why);
      }
    }
  );

  test("the base's label, added by a maintainer, still waives (the same PR, so the refusals above are the policy's)", async () => {
    const { pr, head } = loosening([`label: ${LABEL}`, 'allow-author: true']);
    server.addLabel(OWNER, REPO, pr.number, LABEL, ALICE);
    const r = await runOn(pr, head);
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.waiver).toMatchObject({ label: LABEL, by: ALICE.login, outcome: 'accepted' });
    expect(r.outcome.waiver?.audit[0]).toContain('the policy asks for at least maintain');
  });
});

describe('merge_group', () => {
  function mergeGroupEvent(baseSha: string, headSha: string): Record<string, unknown> {
    return {
      action: 'checks_requested',
      merge_group: {
        head_sha: headSha,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-12-${baseSha}`,
        base_sha: baseSha,
        base_ref: 'refs/heads/main',
        head_commit: {
          id: headSha,
          tree_id: headSha,
          message: 'Merge pull request #12',
          timestamp: '2026-01-01T00:00:00Z'
        }
      },
      repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
    };
  }

  test("the group's head is judged against its base: compare lists the change; no comment, summary and outputs, status on the head", async () => {
    const base: Tree = { 'carbon-manifest.yml': manifest('train', 200) };
    const head: Tree = { 'carbon-manifest.yml': manifest('train', 300) };
    const baseSha = repository.addCommit(base);
    const headSha = repository.addCommit(head);
    const payload = mergeGroupEvent(baseSha, headSha);

    const input = await baseFor({ eventName: 'merge_group', payload, files: head as Record<string, string> });
    expect(input.base?.sha).toBe(baseSha);
    expect(input.base?.manifests).toEqual([{ file: 'carbon-manifest.yml', text: manifest('train', 200) }]);
    expect(input.base?.changedManifests).toEqual(['carbon-manifest.yml']);
    expect(server.requestsTo('GET', /\/compare\//).map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/compare/${baseSha}...${headSha}`
    ]);

    server.clearRequests();
    const setup = prepareRunner({
      server,
      eventName: 'merge_group',
      payload,
      files: head as Record<string, string>,
      inputs: { 'status-context': 'carbon-gate' },
      env: { GITHUB_SHA: headSha }
    });
    cleanups.push(setup.cleanup);
    const { value: outcome } = await withRunnerEnv(setup.env, () => run());
    expect(outcome.pullRequests).toEqual([]);
    expect(server.requests.filter((r) => /\/issues\//.test(r.path))).toEqual([]);
    expect(setup.summary()).toContain('carbon-gate');
    expect(setup.outputs().status).toBe(outcome.status);
    const statuses = server.statuses(OWNER, REPO, headSha);
    expect(statuses.map((s) => s.state)).toEqual(['pending', outcome.exitCode === 0 ? 'success' : 'failure']);
    const report = JSON.parse(readFileSync(outcome.reportPath as string, 'utf8')) as {
      diagnostics: { code: string }[];
    };
    expect(report.diagnostics.map((d) => d.code)).not.toContain('base/unavailable');
  });

  test('a group that adds 300 kg fails per-pr: a failing status on its head, the summary, no comment', async () => {
    const base: Tree = { '.github/carbon-budget.yml': TWO_BUDGETS, 'README.md': 'readme' };
    // 600 kW for 1 h at 500 g/kWh: 300 kg, over the 250 kg per-pr budget.
    const head: Tree = { ...base, 'new/carbon-manifest.yml': manifest('extra', 600) };
    const baseSha = repository.addCommit(base);
    const headSha = repository.addCommit(head);
    const setup = prepareRunner({
      server,
      eventName: 'merge_group',
      payload: mergeGroupEvent(baseSha, headSha),
      files: head as Record<string, string>,
      inputs: { 'status-context': 'carbon-gate' },
      env: { GITHUB_SHA: headSha }
    });
    cleanups.push(setup.cleanup);
    const { value: outcome } = await withRunnerEnv(setup.env, () => run());
    expect(outcome.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(outcome.reportPath as string, 'utf8')) as JsonReport;
    const perPr = report.policy.budgets.find((b) => b.name === 'per-pr');
    expect(perPr?.status).toBe('fail');
    expect(perPr?.used.emissionsKg).toBeCloseTo(300, 9);
    expect(report.policy.base?.sha).toBe(baseSha);
    expect(setup.summary()).toContain('per-pr');
    expect(setup.outputs().status).toBe('fail');
    expect(server.statuses(OWNER, REPO, headSha).map((s) => s.state)).toEqual(['pending', 'failure']);
    expect(server.requests.filter((r) => /\/issues\//.test(r.path))).toEqual([]);
  });

  test('waivers are not looked up for a group: a PR waived on its own check still fails in the queue, and no label, event or permission is asked', async () => {
    const base: Tree = { '.github/carbon-budget.yml': TWO_BUDGETS, 'README.md': 'readme' };
    // 600 kW for 1 h at 500 g/kWh: 300 kg, over the 250 kg per-pr budget.
    const head: Tree = { ...base, 'new/carbon-manifest.yml': manifest('extra', 600) };
    const baseSha = repository.addCommit(base);
    const headSha = repository.addCommit(head);
    // PR #12, the group's only PR (its head_ref names it), carries a maintainer's waiver label.
    const maintainer: Account = { login: 'maintainer-mia', id: 511, type: 'User' };
    server.setRole(OWNER, REPO, maintainer, 'admin');
    server.addLabel(OWNER, REPO, 12, 'carbon-budget-approved', maintainer);
    server.clearRequests();
    const setup = prepareRunner({
      server,
      eventName: 'merge_group',
      payload: mergeGroupEvent(baseSha, headSha),
      files: head as Record<string, string>,
      env: { GITHUB_SHA: headSha }
    });
    cleanups.push(setup.cleanup);
    const { value: outcome } = await withRunnerEnv(setup.env, () => run());
    expect(outcome.exitCode).toBe(1);
    expect(outcome.waiver).toBeUndefined();
    expect(outcome.waiverDecision).toBeUndefined();
    expect(outcome.failure).toContain('over budget');
    const asked = server.requests.map((r) => r.path);
    expect(asked.filter((p) => /\/(issues|pulls|collaborators)\/|^\/orgs\/|\/labels/.test(p))).toEqual([]);
    // What was asked: the comparison and the base's files, nothing about people or labels.
    expect(asked.every((p) => /\/(compare|git\/trees|contents)\//.test(p))).toBe(true);
    expect(setup.summary()).not.toContain('Waiver');
  });

  test('a merge_group payload without its commits is an error, not a guess', async () => {
    const setup = prepareRunner({
      server,
      eventName: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: { head_sha: 'nope' },
        repository: { full_name: `${OWNER}/${REPO}` }
      },
      files: { 'carbon-manifest.yml': manifest('a', 1) }
    });
    cleanups.push(setup.cleanup);
    const { value: outcome } = await withRunnerEnv(setup.env, () => run());
    expect(outcome.exitCode).toBe(1);
    expect(outcome.failure).toContain('merge_group.base_sha');
  });
});
