/**
 * The pull request behind a default-branch commit, for the ledger record's `pr`: GitHub's "list
 * pull requests associated with a commit" (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`), which
 * for a commit on the default branch lists the merged pull request that brought it. Of those, the
 * one merged into the default branch whose merge commit is this commit (a merge or squash merge),
 * else the latest merged into the default branch (a rebase merge: the commit is one of the PR's
 * own), else none. The call needs `pull-requests: read`; a failed lookup is said in one log line
 * and the record is written with `pr: null`, since a missing number must not lose the spend.
 */
import { describeFailure, type GitHubClient } from '../github.js';
import type { RepoRef } from './git-data.js';

/** The fields of a listed pull request this reads. */
interface ListedPull {
  number: number;
  merged_at: string | null;
  merge_commit_sha: string | null;
  base: { ref: string };
}

/** The pull request number, or null with why when the lookup failed. */
export type PullLookup = { pr: number | null } | { pr: null; failure: string };

/** The PR that brought `commit` into `defaultBranch` (see the file's comment for the choice). */
export async function pullRequestOf(
  client: GitHubClient,
  repo: RepoRef,
  commit: string,
  defaultBranch: string
): Promise<PullLookup> {
  let pulls: ListedPull[];
  try {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: commit,
      per_page: 100
    });
    pulls = data;
  } catch (error) {
    return { pr: null, failure: describeFailure(error) };
  }
  return { pr: choosePull(pulls, commit, defaultBranch) };
}

/** The merged PR whose merge commit is `commit`, else the latest merged into the default branch. */
function choosePull(pulls: readonly ListedPull[], commit: string, defaultBranch: string): number | null {
  const merged = pulls.filter(
    (p) =>
      typeof p.merged_at === 'string' && p.base.ref === defaultBranch && Number.isSafeInteger(p.number) && p.number > 0
  );
  const exact = merged.find((p) => p.merge_commit_sha === commit);
  if (exact) return exact.number;
  const latest = [...merged].sort((a, b) => Date.parse(b.merged_at as string) - Date.parse(a.merged_at as string))[0];
  return latest?.number ?? null;
}
