import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createClient } from '../../../src/action/github.js';
import { appendRecords, LedgerWriteError, MAX_TRIES, type PendingRecord } from '../../../src/action/ledger/writer.js';
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

/** A record whose line is a small JSON object with the keys the chain needs. */
function record(id: string, month = '2026-03'): PendingRecord {
  return { id, month, line: (prev) => JSON.stringify({ v: 1, id, prev }) };
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The records on the branch, in shard order, each with its line. */
function onBranch(month = '2026-03'): { id: string; prev: string; line: string }[] {
  const text = git.fileAt(BRANCH, `ledger/${month}.jsonl`) ?? '';
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => ({ ...(JSON.parse(line) as { id: string; prev: string }), line }));
}

/** Checks the chain: each record's prev is the hash of the line before it; the first's is "". */
function expectChained(lines: { prev: string; line: string }[]): void {
  lines.forEach((r, i) => expect(r.prev).toBe(i === 0 ? '' : sha256(lines[i - 1].line)));
}

describe('appendRecords', () => {
  it('creates the branch on the first write: a commit without parents holding the shard', async () => {
    const result = await appendRecords(client(), repo, BRANCH, [record('a'), record('b')], { retryBaseDelayMs: 1 });
    expect(result).toMatchObject({ written: 2, alreadyPresent: 0, createdBranch: true, tries: 1 });
    expect(git.history(BRANCH)).toHaveLength(1);
    expect(git.refs.get(BRANCH)).toBe(result.commitSha);
    const lines = onBranch();
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expectChained(lines);
    expect(server.requestsTo('POST', /\/git\/refs$/)).toHaveLength(1);
  });

  it('appends on top of the tip, keeps other files, and a re-run of the same records adds nothing', async () => {
    git.commitOnBranch(BRANCH, {
      'index.html': '<p>dashboard</p>',
      'ledger/2026-02.jsonl': `${JSON.stringify({ id: 'old', prev: '' })}\n`
    });
    const first = await appendRecords(client(), repo, BRANCH, [record('a')], { retryBaseDelayMs: 1 });
    expect(first).toMatchObject({ written: 1, createdBranch: false });
    // The chain runs across shards: the first March record follows February's last line.
    const feb = (git.fileAt(BRANCH, 'ledger/2026-02.jsonl') as string).trimEnd();
    expect(onBranch()[0].prev).toBe(sha256(feb));
    expect(git.fileAt(BRANCH, 'index.html')).toBe('<p>dashboard</p>');

    const tip = git.refs.get(BRANCH);
    server.clearRequests();
    const again = await appendRecords(client(), repo, BRANCH, [record('a')], { retryBaseDelayMs: 1 });
    expect(again).toEqual({ written: 0, alreadyPresent: 1, createdBranch: false, tries: 1 });
    expect(git.refs.get(BRANCH)).toBe(tip);
    expect(server.requestsTo('POST', /\/git\//)).toHaveLength(0);
  });

  it('retries a ref update refused once with 422, without loss or duplicate', async () => {
    git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': `${JSON.stringify({ v: 1, id: 'x', prev: '' })}\n` });
    git.refuseUpdates = 1;
    const result = await appendRecords(client(), repo, BRANCH, [record('a'), record('b')], { retryBaseDelayMs: 1 });
    expect(result).toMatchObject({ written: 2, tries: 2 });
    const lines = onBranch();
    expect(lines.map((l) => l.id)).toEqual(['x', 'a', 'b']);
    expectChained(lines);
    expect(server.requestsTo('PATCH', /\/git\/refs\//).map((r) => r.status)).toEqual([422, 200]);
  });

  it('two writers racing both land: the one refused re-reads the tip and chains after the other', async () => {
    git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': `${JSON.stringify({ v: 1, id: 'x', prev: '' })}\n` });
    let other: Promise<unknown> | undefined;
    // Writer B runs to completion just before writer A's ref update is applied.
    git.beforeRefUpdate = async () => {
      other = appendRecords(client(), repo, BRANCH, [record('b1'), record('b2')], { retryBaseDelayMs: 1 });
      await other;
    };
    const a = await appendRecords(client(), repo, BRANCH, [record('a1')], { retryBaseDelayMs: 1 });
    await other;
    expect(a.tries).toBe(2);
    const lines = onBranch();
    expect(lines.map((l) => l.id)).toEqual(['x', 'b1', 'b2', 'a1']);
    expectChained(lines);
    // Linear history: every commit has one parent, none was lost.
    expect(git.history(BRANCH)).toHaveLength(3);
  });

  it('two writers racing to create the branch both land', async () => {
    git.beforeRefUpdate = async () => {
      await appendRecords(client(), repo, BRANCH, [record('b')], { retryBaseDelayMs: 1 });
    };
    const a = await appendRecords(client(), repo, BRANCH, [record('a')], { retryBaseDelayMs: 1 });
    expect(a).toMatchObject({ written: 1, createdBranch: false, tries: 2 });
    expect(onBranch().map((l) => l.id)).toEqual(['b', 'a']);
  });

  it(`fails in words after ${MAX_TRIES} refused updates, leaving the branch as it was`, async () => {
    const tip = git.commitOnBranch(BRANCH, { 'ledger/2026-03.jsonl': `${JSON.stringify({ id: 'x', prev: '' })}\n` });
    git.refuseUpdates = MAX_TRIES;
    const write = appendRecords(client(), repo, BRANCH, [record('a')], { retryBaseDelayMs: 1 });
    await expect(write).rejects.toThrow(LedgerWriteError);
    await expect(write).rejects.toThrow(
      `${MAX_TRIES} attempts to append 1 record were each refused (GitHub answered 422`
    );
    expect(git.refs.get(BRANCH)).toBe(tip);
  });

  it('drops duplicates within one write', async () => {
    const result = await appendRecords(client(), repo, BRANCH, [record('a'), record('a')], { retryBaseDelayMs: 1 });
    expect(result).toMatchObject({ written: 1, alreadyPresent: 1 });
  });
});
