import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createClient } from '../../../src/action/github.js';
import { LedgerWriteError, MAX_TRIES, writeLedgerRecords } from '../../../src/action/ledger/writer.js';
import type { UnchainedRecord } from '../../../src/core/ledger/append.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../../support/github-server.js';
import { mountGitData, type GitData } from '../../support/github-git-data.js';

const OWNER = 'octo';
const REPO = 'models';
const BRANCH = 'carbon-ledger';
const TOKEN = 'ghs_ledgerWriterTOKEN0123456789';
const repo = { owner: OWNER, repo: REPO };

let server: GitHubServer;
let git: GitData;

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKEN, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
});
afterAll(() => server.close());

let repoName = 0;
beforeEach(() => {
  // A fresh repository per test: routes are matched by owner/name.
  repoName++;
  repo.repo = `${REPO}-${repoName}`;
  git = mountGitData(server, OWNER, repo.repo);
  server.clearFaults();
});

const client = () => createClient({ token: TOKEN, apiUrl: server.url, retryBaseDelayMs: 1 });

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** A valid unchained record named `name` (its id is the name's hash), recorded in March 2026. */
function record(name: string): UnchainedRecord {
  return {
    v: 1,
    id: sha256(name),
    repo: `${OWNER}/${REPO}`,
    commit: 'c'.repeat(40),
    pr: null,
    workflowRun: { id: 4242, attempt: 1 },
    event: 'push',
    manifest: 'train/carbon-manifest.yml',
    run: name,
    method: 'estimated',
    energyKWh: 1.5,
    emissionsKg: 0.6,
    intensityGPerKWh: 400,
    intensitySource: 'test',
    pue: 1.2,
    dataVersion: 'test',
    spentAt: '2026-03-05T10:00:00Z',
    recordedAt: '2026-03-05T10:00:00Z',
    estimateOf: null
  };
}

/** A record's line as the format fixes it: keys in the record's order, `prev` third. */
function lineOf(name: string, prev: string, month = '03'): string {
  const { v, id, ...rest } = record(name);
  const at = `2026-${month}-05T10:00:00Z`;
  return JSON.stringify({ v, id, prev, ...rest, spentAt: at, recordedAt: at, estimateOf: null });
}

/** The writer under test, with a 1 ms backoff unit. */
const append = (names: string[]) =>
  writeLedgerRecords(client(), repo, BRANCH, names.map(record), { retryBaseDelayMs: 1 });

/** The records on the branch, in shard order, each with its line. */
function onBranch(month = '2026-03'): { run: string; prev: string; line: string }[] {
  const text = git.fileAt(BRANCH, `ledger/${month}.jsonl`) ?? '';
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => ({ ...(JSON.parse(line) as { run: string; prev: string }), line }));
}

/** The lines of March's shard. */
const text = () => (git.fileAt(BRANCH, 'ledger/2026-03.jsonl') ?? '').split('\n').filter((l) => l !== '');

/** The totals the dashboard at the branch's tip shows: runs counted, and emissions (kg). */
function page(): { runs: number; kg: number } {
  const html = git.fileAt(BRANCH, 'index.html') ?? '';
  return {
    runs: Number(/id="total-runs">(\d+)</.exec(html)?.[1]),
    kg: Number(/id="total-kg" data-kg="([^"]+)"/.exec(html)?.[1])
  };
}

/** Checks the chain: each record's prev is the hash of the line before it; the first's is "". */
function expectChained(lines: { prev: string; line: string }[]): void {
  lines.forEach((r, i) => expect(r.prev).toBe(i === 0 ? '' : sha256(lines[i - 1].line)));
}

describe('writeLedgerRecords', () => {
  it('creates the branch on the first write: a commit without parents holding the shard', async () => {
    const result = await append(['a', 'b']);
    expect(result).toMatchObject({ written: 2, alreadyPresent: 0, createdBranch: true, tries: 1 });
    expect(git.history(BRANCH)).toHaveLength(1);
    expect(git.refs.get(BRANCH)).toBe(result.commitSha);
    const lines = onBranch();
    expect(lines.map((l) => l.run)).toEqual(['a', 'b']);
    expectChained(lines);
    expect(server.requestsTo('POST', /\/git\/refs$/)).toHaveLength(1);
    // The same first commit holds the dashboard for GitHub Pages, the shard index it reads, and
    // .nojekyll, beside the shard.
    const tree = (git.objects.get(result.commitSha as string) as { tree: string }).tree;
    expect([...git.files(tree).keys()].sort()).toEqual([
      '.nojekyll',
      'index.html',
      'ledger/2026-03.jsonl',
      'ledger/index.json'
    ]);
    expect(page()).toEqual({ runs: 2, kg: 0.6 + 0.6 });
    expect(git.fileAt(BRANCH, 'index.html')).toContain('"shardIndex":"ledger/index.json"');
  });

  it('appends on top of the tip, keeps other files, and a re-run of the same records adds nothing', async () => {
    git.commitOnBranch(BRANCH, {
      'README.md': 'kept\n',
      'ledger/2026-02.jsonl': `${lineOf('old', '', '02')}\n`
    });
    const first = await append(['a']);
    expect(first).toMatchObject({ written: 1, createdBranch: false });
    // The chain runs across shards: the first March record follows February's last line.
    const feb = (git.fileAt(BRANCH, 'ledger/2026-02.jsonl') as string).trimEnd();
    expect(onBranch()[0].prev).toBe(sha256(feb));
    expect(git.fileAt(BRANCH, 'README.md')).toBe('kept\n');
    // The page and the shard index cover both shards: the old record and the new one.
    expect(page()).toEqual({ runs: 2, kg: 0.6 + 0.6 });
    expect(JSON.parse(git.fileAt(BRANCH, 'ledger/index.json') as string)).toEqual({
      v: 1,
      shards: ['ledger/2026-02.jsonl', 'ledger/2026-03.jsonl']
    });

    const tip = git.refs.get(BRANCH);
    server.clearRequests();
    const again = await append(['a']);
    expect(again).toEqual({ written: 0, alreadyPresent: 1, createdBranch: false, tries: 1 });
    expect(git.refs.get(BRANCH)).toBe(tip);
    expect(server.requestsTo('POST', /\/git\//)).toHaveLength(0);
  });

  it('retries a ref update refused once with 422, without loss or duplicate', async () => {
    git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': `${lineOf('x', '')}\n` });
    git.refuseUpdates = 1;
    const result = await append(['a', 'b']);
    expect(result).toMatchObject({ written: 2, tries: 2 });
    const lines = onBranch();
    expect(lines.map((l) => l.run)).toEqual(['x', 'a', 'b']);
    expectChained(lines);
    expect(server.requestsTo('PATCH', /\/git\/refs\//).map((r) => r.status)).toEqual([422, 200]);
  });

  it('two writers racing both land: the one refused re-reads the tip and chains after the other', async () => {
    git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': `${lineOf('x', '')}\n` });
    let other: Promise<unknown> | undefined;
    // Writer B runs to completion just before writer A's ref update is applied.
    git.beforeRefUpdate = async () => {
      other = append(['b1', 'b2']);
      await other;
    };
    const a = await append(['a1']);
    await other;
    expect(a.tries).toBe(2);
    const lines = onBranch();
    expect(lines.map((l) => l.run)).toEqual(['x', 'b1', 'b2', 'a1']);
    expectChained(lines);
    // A's page was recomputed after the refusal, from the records B had added.
    expect(page()).toEqual({ runs: 4, kg: 0.6 * 4 });
    // Linear history: every commit has one parent, none was lost.
    expect(git.history(BRANCH)).toHaveLength(3);
  });

  it('two writers racing to create the branch both land', async () => {
    git.beforeRefUpdate = async () => {
      await append(['b']);
    };
    const a = await append(['a']);
    expect(a).toMatchObject({ written: 1, createdBranch: false, tries: 2 });
    expect(onBranch().map((l) => l.run)).toEqual(['b', 'a']);
  });

  it(`fails in words after ${MAX_TRIES} refused updates, leaving the branch as it was`, async () => {
    const tip = git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': `${lineOf('x', '')}\n` });
    git.refuseUpdates = MAX_TRIES;
    const write = append(['a']);
    await expect(write).rejects.toThrow(LedgerWriteError);
    await expect(write).rejects.toThrow(
      `${MAX_TRIES} attempts to append 1 record were each refused (GitHub answered 422`
    );
    expect(git.refs.get(BRANCH)).toBe(tip);
  });

  it('refuses to chain onto a ledger that does not verify, and says where it is broken', async () => {
    const tampered = `${lineOf('x', '')}\n${lineOf('y', 'f'.repeat(64))}\n`;
    const tip = git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': tampered });
    const write = append(['a']);
    await expect(write).rejects.toThrow(LedgerWriteError);
    await expect(write).rejects.toThrow(/does not verify.*ledger\/2026-03\.jsonl:2/);
    expect(git.refs.get(BRANCH)).toBe(tip);
  });

  it('links a measured record to the latest estimate of the same manifest and run', async () => {
    await append(['a']);
    const measured = { ...record('m1'), run: 'a', method: 'measured' as const };
    const other = { ...record('m2'), run: 'zzz', method: 'measured' as const };
    await writeLedgerRecords(client(), repo, BRANCH, [measured, other], { retryBaseDelayMs: 1 });
    const lines = text().map((l) => JSON.parse(l) as { estimateOf: string | null });
    expect(lines.map((l) => l.estimateOf)).toEqual([null, sha256('a'), null]);
  });

  it('drops duplicates within one write', async () => {
    const result = await append(['a', 'a']);
    expect(result).toMatchObject({ written: 1, alreadyPresent: 1 });
  });
});
