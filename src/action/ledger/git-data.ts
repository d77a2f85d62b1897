/**
 * The Git Data API calls the ledger uses (refs, commits, trees, blobs), typed to the fields it
 * reads. The ledger branch is read and written through these alone: no checkout and no `git push`,
 * so the job needs no clone of the branch and a writer cannot rewrite history by accident
 * (`force: false` on every ref update).
 */
import type { GitHubClient } from '../github.js';
import { errorStatus } from '../github.js';

/** The repository the ledger lives in. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** One file of a tree, as the recursive tree listing gives it. */
export interface TreeFile {
  path: string;
  /** The blob's SHA. */
  sha: string;
  sizeBytes?: number;
}

/** The branch's tip commit and its tree's SHA. */
export interface Tip {
  commitSha: string;
  treeSha: string;
}

/**
 * The branch's tip, or undefined when the branch does not exist (GitHub answers 404). Other
 * failures are thrown as Octokit errors for the caller to describe.
 */
export async function readTip(client: GitHubClient, repo: RepoRef, branch: string): Promise<Tip | undefined> {
  let commitSha: string;
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    commitSha = data.object.sha;
  } catch (error) {
    if (errorStatus(error) === 404) return undefined;
    throw error;
  }
  const { data: commit } = await client.rest.git.getCommit({ ...repo, commit_sha: commitSha });
  return { commitSha, treeSha: commit.tree.sha };
}

/**
 * Every file under `folder/` in a tree (recursive listing). A truncated listing (over GitHub's
 * 100,000 entries or 7 MB) is refused: a ledger read from part of its shards would be wrong.
 */
export async function listFiles(
  client: GitHubClient,
  repo: RepoRef,
  treeSha: string,
  folder: string
): Promise<TreeFile[]> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: treeSha, recursive: 'true' });
  if (data.truncated) throw new Error(`the ledger branch's tree ${treeSha} is too large for the API to list in full`);
  return data.tree
    .filter((e) => e.type === 'blob' && typeof e.path === 'string' && e.path.startsWith(`${folder}/`))
    .map((e) => ({ path: e.path as string, sha: e.sha as string, sizeBytes: e.size }));
}

/** A blob's bytes as UTF-8 text (the API sends them base64, wrapped at 60 characters). */
export async function readBlobText(client: GitHubClient, repo: RepoRef, sha: string): Promise<string> {
  const { data } = await client.rest.git.getBlob({ ...repo, file_sha: sha });
  if (data.encoding === 'base64') return Buffer.from(data.content.replace(/\s+/g, ''), 'base64').toString('utf8');
  return data.content;
}

/**
 * A tree of `files` (path -> text, sent inline so no separate blob write is needed: the API spaces
 * writes a second apart) on top of `baseTree` (none: a tree of only these files).
 */
export async function createTree(
  client: GitHubClient,
  repo: RepoRef,
  files: ReadonlyMap<string, string>,
  baseTree: string | undefined
): Promise<string> {
  const { data } = await client.rest.git.createTree({
    ...repo,
    ...(baseTree === undefined ? {} : { base_tree: baseTree }),
    tree: [...files].map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content }))
  });
  return data.sha;
}

/** A commit of `tree` with `parents` (none for the branch's first commit); returns its SHA. */
export async function createCommit(
  client: GitHubClient,
  repo: RepoRef,
  message: string,
  tree: string,
  parents: string[]
): Promise<string> {
  const { data } = await client.rest.git.createCommit({ ...repo, message, tree, parents });
  return data.sha;
}

/** Creates the branch at `sha`; GitHub answers 422 when it already exists (another writer was first). */
export async function createBranch(client: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
}

/** Moves the branch to `sha`, fast-forward only; GitHub answers 422 when another writer moved it. */
export async function moveBranch(client: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
}
