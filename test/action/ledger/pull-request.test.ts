/**
 * The PR behind a default-branch commit (src/action/ledger/pull-request.ts), looked up on the local
 * API server's `GET .../commits/{sha}/pulls`, which answers as GitHub does: the merged pull requests
 * that brought the commit, else the open ones whose head it is.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createClient } from '../../../src/action/github.js';
import { pullRequestOf } from '../../../src/action/ledger/pull-request.js';
import { mountArtifactRoutes, type MountedArtifacts } from '../../support/github-with-artifacts.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../../support/github-server.js';

const OWNER = 'octo';
const REPO = 'models';
const TOKEN = 'ghs_pullLookupTOKEN0123456789ab';
const repo = { owner: OWNER, repo: REPO };
let server: GitHubServer;
let mounted: MountedArtifacts;

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKEN, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: false });
  mounted = await mountArtifactRoutes(server, OWNER, REPO);
  const sha = (c: string) => c.repeat(40);
  mounted.state.pulls.push(
    // 1: squash-merged into main as commit 1…1.
    {
      number: 1,
      headSha: sha('a'),
      headRef: 'one',
      headRepo: `${OWNER}/${REPO}`,
      mergedAt: '2026-01-02T00:00:00Z',
      mergeCommitSha: sha('1')
    },
    // 2 and 3: rebase-merged into main; their commit 2…2 landed as it is (3 merged later, so it wins).
    {
      number: 2,
      headSha: sha('2'),
      headRef: 'two',
      headRepo: `${OWNER}/${REPO}`,
      mergedAt: '2026-01-03T00:00:00Z',
      mergeCommitSha: sha('c')
    },
    {
      number: 3,
      headSha: sha('d'),
      headRef: 'three',
      headRepo: `${OWNER}/${REPO}`,
      mergedAt: '2026-01-04T00:00:00Z',
      mergeCommitSha: sha('e'),
      commits: [sha('2')]
    },
    // 4: merged into another branch with commit 1…1 cherry-picked: never main's PR.
    {
      number: 4,
      headSha: sha('f'),
      headRef: 'four',
      headRepo: `${OWNER}/${REPO}`,
      baseRef: 'release',
      mergedAt: '2026-01-05T00:00:00Z',
      mergeCommitSha: sha('9'),
      commits: [sha('1')]
    },
    // 5: open, its head is 5…5: not merged, so not the PR that brought anything.
    { number: 5, headSha: sha('5'), headRef: 'five', headRepo: `${OWNER}/${REPO}` }
  );
});
afterAll(async () => {
  await mounted.close();
  await server.close();
});

const client = () => createClient({ token: TOKEN, apiUrl: server.url, retryBaseDelayMs: 1 });

test.each([
  ['the PR merged into main as this commit', '1', 1],
  ['for a commit of rebase-merged PRs, the latest merged into main', '2', 3],
  ['none for a commit only an open PR has', '5', null],
  ['none for a commit no PR has', '7', null]
])('%s', async (_name, c, want) => {
  expect(await pullRequestOf(client(), repo, c.repeat(40), 'main')).toEqual({ pr: want });
});

test('a failed lookup is not an error: no PR, and why', async () => {
  const other = createClient({ token: 'ghs_unknownTOKEN0000000000000000', apiUrl: server.url, retryBaseDelayMs: 1 });
  const got = await pullRequestOf(other, repo, '1'.repeat(40), 'main');
  expect(got.pr).toBeNull();
  expect('failure' in got && got.failure).toMatch(/401|Bad credentials/);
});
