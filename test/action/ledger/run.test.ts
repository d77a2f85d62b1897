/**
 * The ledger written by the action's run(), in-process, against the local GitHub API server with
 * the Git Data endpoints and the repository's history (the push's `before` and `after` commits).
 * Expected numbers come from test/action/fixtures.ts's hand-worked manifest; ids and the chain are
 * recomputed here with node:crypto, not with the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { run } from '../../../src/action/main.js';
import { writeLedgerRecords } from '../../../src/action/ledger/writer.js';
import { createClient } from '../../../src/action/github.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../../support/github-server.js';
import { mountGitData, type GitData } from '../../support/github-git-data.js';
import { mountRepository, type ServedRepository, type Tree } from '../../support/github-repository.js';
import { EXPECTED_KG, EXPECTED_KWH, MANIFEST } from '../fixtures.js';
import { OWNER, prepareRunner, REPO, TOKENS, withRunnerEnv, type RunnerSetup } from '../harness.js';

const BRANCH = 'carbon-ledger';
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

let server: GitHubServer;
let git: GitData;
let repository: ServedRepository;
const setups: RunnerSetup[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  // The Git Data routes first: they answer only for their own objects, the repository's for its commits.
  git = mountGitData(server, OWNER, REPO);
  repository = mountRepository(server, OWNER, REPO);
});
afterAll(async () => {
  for (const s of setups) s.cleanup();
  await server.close();
});

/** The manifest of merge `i`: the fixture's run, renamed `run-i`. */
const manifestPath = (i: number) => `models/m${i}/carbon-manifest.yml`;
const manifestOf = (i: number) => MANIFEST.replace('name: finetune', `name: run-${i}`);

/** A push event to the default branch, `before` -> `after`. */
function pushPayload(before: string, after: string, ref = 'refs/heads/main'): Record<string, unknown> {
  return {
    ref,
    before,
    after,
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, default_branch: 'main' }
  };
}

/** Runs the action for a push of `after` (whose files the workspace holds) on top of `before`. */
async function push(before: string, after: string, runId: number, options: { attempt?: number; ref?: string } = {}) {
  const files = Object.fromEntries(
    [...(repository.commits.get(after) ?? new Map<string, Buffer>())].map(([p, b]) => [p, b.toString('utf8')])
  );
  const setup = prepareRunner({
    server,
    eventName: 'push',
    payload: pushPayload(before, after, options.ref),
    inputs: { ledger: 'write' },
    files,
    env: { GITHUB_SHA: after, GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1) }
  });
  setups.push(setup);
  const { value } = await withRunnerEnv(setup.env, () => run(setup.env));
  return value;
}

/** The ledger's records at the branch's tip, all shards in month order, each with its line. */
function ledgerLines(): { record: Record<string, unknown>; line: string; file: string }[] {
  const tip = git.refs.get(BRANCH);
  const commit = tip === undefined ? undefined : git.objects.get(tip);
  if (commit?.type !== 'commit') return [];
  const shards = [...git.files(commit.tree)].filter(([p]) => /^ledger\/\d{4}-\d{2}\.jsonl$/.test(p)).sort();
  return shards.flatMap(([p]) =>
    (git.fileAt(BRANCH, p) as string)
      .split('\n')
      .filter((l) => l !== '')
      .map((line) => ({ record: JSON.parse(line) as Record<string, unknown>, line, file: p }))
  );
}

/** Each record's prev is the SHA-256 of the line before it; the first's is "". */
function expectChained(lines: { record: Record<string, unknown>; line: string }[]): void {
  lines.forEach(({ record }, i) => expect(record.prev).toBe(i === 0 ? '' : sha256(lines[i - 1].line)));
}

/** Commits c0 (empty) .. c10, where c(i+1) adds merge i's manifest. */
const commits: string[] = [];
const tree: Tree = {};

describe('the ledger written on push to the default branch', () => {
  it('ten merges produce exactly their records, in order, on a branch created by the first', async () => {
    commits.push(repository.addCommit({ 'README.md': 'models\n' }));
    tree['README.md'] = 'models\n';
    for (let i = 0; i < 10; i++) {
      tree[manifestPath(i)] = manifestOf(i);
      commits.push(repository.addCommit({ ...tree }));
    }
    for (let i = 0; i < 10; i++) {
      const outcome = await push(commits[i], commits[i + 1], 5000 + i);
      expect(outcome.failure).toBeUndefined();
      expect(outcome.ledger?.written).toMatchObject({ written: 1, alreadyPresent: 0, createdBranch: i === 0 });
    }
    const lines = ledgerLines();
    expect(lines.map((l) => l.record.run)).toEqual(Array.from({ length: 10 }, (_, i) => `run-${i}`));
    expectChained(lines);
    lines.forEach(({ record }, i) => {
      expect(record).toMatchObject({
        v: 1,
        id: sha256(`${OWNER}/${REPO}\n${commits[i + 1]}\n${5000 + i}\n${manifestPath(i)}\nrun-${i}`),
        repo: `${OWNER}/${REPO}`,
        commit: commits[i + 1],
        pr: null,
        workflowRun: { id: 5000 + i, attempt: 1 },
        event: 'push',
        manifest: manifestPath(i),
        method: 'estimated',
        intensityGPerKWh: 400,
        pue: 1.5,
        estimateOf: null
      });
      expect(record.energyKWh).toBeCloseTo(EXPECTED_KWH, 9);
      expect(record.emissionsKg).toBeCloseTo(EXPECTED_KG, 9);
      expect(record.spentAt).toBe(record.recordedAt);
    });
    // Each record is in the shard of its recordedAt's UTC month.
    for (const { record, file } of lines) expect(file).toBe(`ledger/${String(record.recordedAt).slice(0, 7)}.jsonl`);
    // One commit per merge, each on the one before.
    expect(git.history(BRANCH)).toHaveLength(10);
  }, 180_000);

  it('a re-run of the last merge (a new attempt of the same workflow run) adds nothing', async () => {
    const tip = git.refs.get(BRANCH);
    const outcome = await push(commits[9], commits[10], 5009, { attempt: 2 });
    expect(outcome.ledger?.written).toMatchObject({ written: 0, alreadyPresent: 1 });
    expect(git.refs.get(BRANCH)).toBe(tip);
    expect(ledgerLines()).toHaveLength(10);
  }, 60_000);

  it('a ref update refused once with 422 is retried: the record lands once', async () => {
    tree[manifestPath(10)] = manifestOf(10);
    commits.push(repository.addCommit({ ...tree }));
    git.refuseUpdates = 1;
    const outcome = await push(commits[10], commits[11], 5010);
    expect(outcome.ledger?.written).toMatchObject({ written: 1, tries: 2 });
    const lines = ledgerLines();
    expect(lines.map((l) => l.record.run)).toEqual(Array.from({ length: 11 }, (_, i) => `run-${i}`));
    expectChained(lines);
  }, 60_000);

  it('two writers racing both land: the run refused re-chains after the other', async () => {
    tree[manifestPath(11)] = manifestOf(11);
    commits.push(repository.addCommit({ ...tree }));
    const other = {
      ...ledgerLines()[0].record,
      id: sha256('other writer'),
      run: 'other',
      workflowRun: { id: 6000, attempt: 1 }
    };
    delete (other as { prev?: unknown }).prev;
    git.beforeRefUpdate = async () => {
      const client = createClient({ token: TOKENS.installation, apiUrl: server.url, retryBaseDelayMs: 1 });
      await writeLedgerRecords(client, { owner: OWNER, repo: REPO }, BRANCH, [other as never], { retryBaseDelayMs: 1 });
    };
    const outcome = await push(commits[11], commits[12], 5011);
    expect(outcome.ledger?.written).toMatchObject({ written: 1, tries: 2 });
    const lines = ledgerLines();
    expect(lines.slice(-2).map((l) => l.record.run)).toEqual(['other', 'run-11']);
    expect(lines).toHaveLength(13);
    expectChained(lines);
  }, 60_000);

  it('a push to another branch writes nothing and says why', async () => {
    const tip = git.refs.get(BRANCH);
    server.clearRequests();
    const outcome = await push(commits[11], commits[12], 5012, { ref: 'refs/heads/feature' });
    expect(outcome.ledger?.skipped).toContain('not to the default branch main');
    expect(git.refs.get(BRANCH)).toBe(tip);
    expect(server.requestsTo('GET', /\/git\/ref\//)).toHaveLength(0);
  }, 60_000);
});
