/**
 * The built bundle (`node dist/index.js`, as the runner starts it) writes the ledger on a push to
 * the default branch: two merges, the second judged against the first, each appending its one
 * new run; a re-run appends nothing. CI builds the bundle before the tests (`npm run bundle`).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../../support/github-server.js';
import { mountGitData, type GitData } from '../../support/github-git-data.js';
import { mountRepository, type ServedRepository } from '../../support/github-repository.js';
import { EXPECTED_KG, MANIFEST } from '../fixtures.js';
import { OWNER, prepareRunner, REPO, runActionBundle, TOKENS, type RunnerSetup } from '../harness.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
let server: GitHubServer;
let git: GitData;
let repository: ServedRepository;
const setups: RunnerSetup[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  git = mountGitData(server, OWNER, REPO);
  repository = mountRepository(server, OWNER, REPO);
});
afterAll(async () => {
  for (const s of setups) s.cleanup();
  await server.close();
});

test("dist/index.js appends each merge's new run to the ledger branch, and a re-run nothing", async () => {
  const a = { 'a/carbon-manifest.yml': MANIFEST.replace('finetune', 'alpha') };
  const b = { ...a, 'b/carbon-manifest.yml': MANIFEST.replace('finetune', 'beta') };
  const c0 = repository.addCommit({ 'README.md': 'x\n' });
  const c1 = repository.addCommit({ 'README.md': 'x\n', ...a });
  const c2 = repository.addCommit({ 'README.md': 'x\n', ...b });
  const pushOf = (before: string, after: string, files: Record<string, string>, runId: number) => {
    const setup = prepareRunner({
      server,
      eventName: 'push',
      payload: {
        ref: 'refs/heads/main',
        before,
        after,
        repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, default_branch: 'main' }
      },
      inputs: { ledger: 'write' },
      files,
      env: { GITHUB_SHA: after, GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: '1' }
    });
    setups.push(setup);
    return runActionBundle(setup);
  };
  for (const [before, after, files, runId] of [
    [c0, c1, a, 71],
    [c1, c2, b, 72],
    [c1, c2, b, 72]
  ] as const) {
    const r = await pushOf(before, after, files, runId);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // This server has no pull-request routes: the lookup fails, in one warning, and costs no record.
    expect(r.stdout.split('\n').filter((l) => l.includes('could not look up the pull request'))).toHaveLength(1);
  }
  // Every shard at the tip, in month order (the writes may straddle a month's end).
  const tip = git.objects.get(git.refs.get('carbon-ledger') as string) as { tree: string };
  const lines = [...git.files(tip.tree).keys()]
    .filter((p) => p.startsWith('ledger/') && p.endsWith('.jsonl'))
    .sort()
    .flatMap((p) => (git.fileAt('carbon-ledger', p) as string).split('\n'))
    .filter((l) => l !== '');
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(records.map((r) => [r.manifest, r.run, r.commit])).toEqual([
    ['a/carbon-manifest.yml', 'alpha', c1],
    ['b/carbon-manifest.yml', 'beta', c2]
  ]);
  expect(records[0].id).toBe(sha256(`${OWNER}/${REPO}\n${c1}\n71\na/carbon-manifest.yml\nalpha`));
  expect(records[1].prev).toBe(sha256(lines[0]));
  for (const r of records) expect(r.emissionsKg).toBeCloseTo(EXPECTED_KG, 9);
  expect(records.map((r) => r.pr)).toEqual([null, null]);
  expect(git.history('carbon-ledger')).toHaveLength(2);
}, 120_000);
