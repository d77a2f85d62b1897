/**
 * The sticky PR comment: one per PR and tag, found again on every run by a hidden marker that is
 * the comment's whole first line, and only among comments the token's own identity wrote, so
 * nobody can plant a marker in their own comment and have the action overwrite it, and another
 * workflow's comment (written by the same bot) that merely quotes the marker is left alone.
 */
import { markerFor } from './comment-body.js';
import type { GitHubClient } from './github.js';
import { errorStatus } from './github.js';

/** How the comment is kept: edited in place, deleted and re-posted (to notify again), or not at all. */
export type CommentMode = 'update' | 'recreate' | 'off';

/** The PR (an issue, to the comments API) the comment goes on. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** What happened to the comment. */
export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'recreated';
  id: number;
  url: string;
  /** Login GitHub recorded as the comment's author (to check the identity we searched by). */
  author?: string;
  /** Our own older duplicates (same tag) that were removed, so exactly one remains. */
  deletedDuplicates: number[];
}

/** Who the token is, and how we know. */
export interface Identity {
  login: string;
  /** `GET /user` for user tokens; `fallback` for installation tokens, which cannot call it. */
  source: 'GET /user' | 'fallback';
}

/** The account behind the default `GITHUB_TOKEN` (an installation token of the Actions app). */
const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

/**
 * Finds the token's login. `GET /user` works for personal and user-to-server tokens; installation
 * tokens (the default `GITHUB_TOKEN`, GitHub App tokens) answer 403, and `GET /app` needs the
 * app's JWT, not an installation token, so there is no call that names the bot. For those we use
 * `github-actions[bot]`, the author of every comment the default token writes. (A custom GitHub
 * App token therefore needs its comments found some other way; docs/action.md says so.)
 */
export async function resolveIdentity(client: GitHubClient): Promise<Identity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, source: 'GET /user' };
  } catch (error) {
    const status = errorStatus(error);
    if (status === 403 || status === 401 || status === 404) return { login: DEFAULT_BOT_LOGIN, source: 'fallback' };
    throw error;
  }
}

/** An issue comment, reduced to what the search needs. */
interface CommentLite {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
}

/**
 * All of our comments for the tag, oldest first: written by `authorLogin`, with the tag's marker
 * as their first line, exactly. Every page is read (a busy PR has hundreds of comments and ours
 * may be anywhere).
 */
async function findOwnComments(
  client: GitHubClient,
  target: CommentTarget,
  tag: string,
  authorLogin: string
): Promise<CommentLite[]> {
  const marker = markerFor(tag);
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })) as CommentLite[];
  return all.filter((c) => c.user?.login === authorLogin && firstLine(c.body ?? '') === marker);
}

/** The body's first line, without the CR of a CRLF (a comment edited in the browser has them). */
function firstLine(body: string): string {
  const end = body.indexOf('\n');
  return (end === -1 ? body : body.slice(0, end)).replace(/\r$/, '');
}

/**
 * The body of our comment for the tag (the one {@link upsertComment} would keep: the oldest), or
 * undefined when there is none. Only comments `authorLogin` wrote with the marker as their first
 * line count, so text planted in anyone else's comment is never read back.
 */
export async function readOwnComment(
  client: GitHubClient,
  target: CommentTarget,
  tag: string,
  authorLogin: string
): Promise<string | undefined> {
  const [keep] = await findOwnComments(client, target, tag, authorLogin);
  return keep ? (keep.body ?? '') : undefined;
}

/** What {@link upsertComment} needs besides the client and target. */
export interface UpsertOptions {
  tag: string;
  /**
   * The complete body, marker included (comment-body.ts's `commentBody`), or a function of the
   * body our kept comment has now (undefined when there is none), for what a body carries over
   * from one run to the next (the waiver's record).
   */
  body: string | ((previous: string | undefined) => string);
  mode: Exclude<CommentMode, 'off'>;
  authorLogin: string;
}

/**
 * Creates, updates in place, or re-creates the tag's comment, leaving exactly one. An unchanged
 * body is not re-sent, so re-runs do not churn the PR's timeline or notifications.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  options: UpsertOptions
): Promise<CommentResult> {
  const { owner, repo, issueNumber } = target;
  const ours = await findOwnComments(client, target, options.tag, options.authorLogin);
  const [keep, ...duplicates] = ours;
  const body = typeof options.body === 'string' ? options.body : options.body(keep ? (keep.body ?? '') : undefined);
  const deletedDuplicates: number[] = [];
  const remove = async (id: number): Promise<void> => {
    await client.rest.issues.deleteComment({ owner, repo, comment_id: id });
    deletedDuplicates.push(id);
  };

  if (options.mode === 'recreate' || !keep) {
    for (const c of ours) await remove(c.id);
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body
    });
    return {
      action: keep ? 'recreated' : 'created',
      id: data.id,
      url: data.html_url,
      author: data.user?.login,
      deletedDuplicates: deletedDuplicates.filter((id) => id !== keep?.id)
    };
  }

  for (const c of duplicates) await remove(c.id);
  if ((keep.body ?? '') === body) {
    return { action: 'unchanged', id: keep.id, url: keep.html_url, author: keep.user?.login, deletedDuplicates };
  }
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
  return { action: 'updated', id: data.id, url: data.html_url, author: data.user?.login, deletedDuplicates };
}
