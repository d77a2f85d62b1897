/**
 * The evidence a waiver rests on, read from GitHub's own records (never from anything the PR's
 * author can write): whether the PR carries the waiver label, exactly; who added it last (the
 * latest `labeled` event); that person's permission on the repository; their membership of the
 * teams the policy names; and the PR's author. waiver.ts turns the evidence into a decision.
 */
import type { RepoPermission } from '../core/model.js';
import { errorStatus, type GitHubClient } from './github.js';

/** The repository and PR the evidence is about. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Whether the PR carries the label, and the event that added it. */
export interface LabelEvidence {
  /** The PR carries a label whose name is exactly the waiver label. */
  carried: boolean;
  /** The latest `labeled` event for exactly that label; absent when the events name none. */
  added?: { login?: string; at: string; id?: number };
  /** Labels on the PR that look like the waiver label without being it (case, dashes, invisible characters). */
  lookAlikes: string[];
}

/** Permissions, weakest first: a level's index is its rank. */
const PERMISSION_ORDER: readonly RepoPermission[] = ['read', 'triage', 'write', 'maintain', 'admin'];

/** A collaborator's permission, as far as the API tells it. */
export interface PermissionEvidence {
  /** The effective level; `none` for no access at all. */
  level: RepoPermission | 'none';
  /** The role as GitHub names it (`role_name`): a custom role's own name, where one is set. */
  roleName?: string;
}

/** A team membership as the API answers it; `unreadable` when the token may not read it. */
export type TeamEvidence = 'active' | 'pending' | 'not-member' | 'unreadable';

/** True when `name` is the waiver label: the same code units, nothing folded. */
function sameLabel(name: string, label: string): boolean {
  return name === label;
}

/**
 * Characters that make a label look like another without being it: controls, format characters
 * (zero-width, bidirectional marks and overrides, the BOM), line and paragraph separators, and
 * spaces other than U+0020.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/** True when a label name holds a character that makes it look like something it is not. */
export function hasInvisible(name: string): boolean {
  return INVISIBLE.test(name);
}

/** A name reduced so that look-alikes meet: compatibility-normalised, lower case, without invisibles, dashes unified. */
function skeleton(name: string): string {
  return name
    .normalize('NFKC')
    .replace(new RegExp(INVISIBLE.source, 'gu'), '')
    .replace(/\p{Pd}/gu, '-')
    .toLowerCase();
}

/**
 * Reads the PR's labels and issue events (every page of each), and finds the latest `labeled`
 * event whose label is exactly `label`: it may have been removed and added again, and only the
 * last addition says who stands behind it now.
 */
export async function readLabelEvidence(
  client: GitHubClient,
  pr: PullRequestRef,
  label: string
): Promise<LabelEvidence> {
  const base = { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 };
  const labels = (await client.paginate(client.rest.issues.listLabelsOnIssue, base)).map((l) => l.name);
  const carried = labels.some((name) => sameLabel(name, label));
  const lookAlikes = labels.filter((name) => !sameLabel(name, label) && skeleton(name) === skeleton(label));
  if (!carried) return { carried, lookAlikes };

  const events = (await client.paginate(client.rest.issues.listEvents, base)) as {
    id?: number;
    event?: string;
    actor?: { login?: string } | null;
    label?: { name?: string };
    created_at?: string;
  }[];
  const latest = events
    .filter((e) => e.event === 'labeled' && typeof e.label?.name === 'string' && sameLabel(e.label.name, label))
    .pop();
  if (!latest) return { carried, lookAlikes };
  const added: NonNullable<LabelEvidence['added']> = {
    at: typeof latest.created_at === 'string' ? latest.created_at : ''
  };
  if (typeof latest.actor?.login === 'string' && latest.actor.login !== '') added.login = latest.actor.login;
  if (typeof latest.id === 'number' && Number.isSafeInteger(latest.id)) added.id = latest.id;
  return { carried, added, lookAlikes };
}

/**
 * The PR's author (`user.login` of `GET /repos/{o}/{r}/pulls/{n}`), for events whose payload did
 * not name one. Throws the API's error.
 */
export async function readPullRequestAuthor(client: GitHubClient, pr: PullRequestRef): Promise<string | undefined> {
  const { data } = await client.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
  const login = (data as { user?: { login?: unknown } | null }).user?.login;
  return typeof login === 'string' && login !== '' ? login : undefined;
}

/**
 * `login`'s permission on the repository, from `GET /repos/{o}/{r}/collaborators/{login}/permission`.
 * `role_name` names the role (read, triage, write, maintain, admin); a custom role has its own
 * name there, and its effective level comes from `user.permissions` (the booleans admin, maintain,
 * push, triage, pull), else from the legacy `permission` (admin, write, read, none; which reports
 * maintain as write and triage as read, so it never overstates). A 404 (no such user, or not a
 * collaborator) is no access. Other errors are thrown.
 */
export async function readPermission(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  login: string
): Promise<PermissionEvidence> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login }));
  } catch (error) {
    if (errorStatus(error) === 404) return { level: 'none' };
    throw error;
  }
  return permissionFrom(data);
}

/** The level an answer of the permission endpoint grants (see {@link readPermission}). */
export function permissionFrom(data: unknown): PermissionEvidence {
  const d = (typeof data === 'object' && data !== null ? data : {}) as {
    role_name?: unknown;
    permission?: unknown;
    user?: { permissions?: Record<string, unknown> } | null;
  };
  const roleName = typeof d.role_name === 'string' ? d.role_name : undefined;
  const named = (PERMISSION_ORDER as readonly string[]).includes(roleName ?? '')
    ? (roleName as RepoPermission)
    : undefined;
  if (named) return { level: named, roleName };
  const out = (level: PermissionEvidence['level']): PermissionEvidence =>
    roleName === undefined ? { level } : { level, roleName };
  const p = d.user?.permissions;
  if (p && typeof p === 'object') {
    if (p.admin === true) return out('admin');
    if (p.maintain === true) return out('maintain');
    if (p.push === true) return out('write');
    if (p.triage === true) return out('triage');
    if (p.pull === true) return out('read');
    return out('none');
  }
  const legacy = d.permission;
  if (legacy === 'admin' || legacy === 'write' || legacy === 'read') return out(legacy);
  return out('none');
}

/** True when `level` is at least `needed`. */
export function atLeast(level: RepoPermission | 'none', needed: RepoPermission): boolean {
  if (level === 'none') return false;
  return PERMISSION_ORDER.indexOf(level) >= PERMISSION_ORDER.indexOf(needed);
}

/**
 * `login`'s membership of `org/team-slug`, from `GET /orgs/{org}/teams/{slug}/memberships/{login}`
 * (`state`: active or pending). A 404 means not a member, except for an installation token (the
 * default GITHUB_TOKEN), which cannot see organization teams at all and gets 404 or 403 alike: that
 * is `unreadable`, as is any 403.
 */
export async function readTeamMembership(
  client: GitHubClient,
  team: string,
  login: string,
  installationToken: boolean
): Promise<TeamEvidence> {
  const [org, slug] = team.split('/');
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
    return (data as { state?: unknown }).state === 'active' ? 'active' : 'pending';
  } catch (error) {
    const status = errorStatus(error);
    if (status === 403 || status === 401) return 'unreadable';
    if (status === 404) return installationToken ? 'unreadable' : 'not-member';
    throw error;
  }
}
