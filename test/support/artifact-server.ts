/**
 * A local stand-in for the GitHub endpoints that artifacts and the fork-safe `workflow_run` mode
 * use, on 127.0.0.1, for tests that drive the real Octokit client over real HTTP:
 *
 * - `GET /repos/{o}/{r}/actions/runs/{run_id}/artifacts` (paginated, `Link` header)
 * - `GET /repos/{o}/{r}/actions/artifacts/{id}/zip`: 302 to a pre-signed storage URL on a
 *   *different origin* (as GitHub redirects to blob storage), 410 for an expired artifact
 * - `GET /repos/{o}/{r}/pulls` (`state`, `head=owner:branch`, paginated), `GET .../pulls/{n}`,
 *   `GET .../commits/{sha}/pulls`: as GitHub, the merged pull requests that brought the commit
 *   (its merge commit, or one of its own commits for a rebase merge) where there are any, else
 *   the open ones whose head it is; each with every field of GitHub's `pull-request-simple`
 * - `POST /repos/{o}/{r}/statuses/{sha}` (422 over 140 characters of description, as GitHub)
 *
 * The storage server, like Azure Blob Storage, refuses a request that carries an `Authorization`
 * header next to its signature, so a client that forwards the token fails the test.
 *
 * The route handlers are plain functions over a state object, so they can be mounted into another
 * test server: `gh.route((req, res) => handleArtifactRoutes(req, res, state))` (set
 * `serveStatuses: false` where that server keeps its own statuses), and the storage routes served
 * by {@link startStorageServer}.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An artifact of some run, with its zip bytes. */
export interface ServedArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  expired?: boolean;
  /** `sha256:<hex>` reported by the list; default the zip's real digest; `null` reports none. */
  digest?: string | null;
  headSha?: string;
}

/** A pull request as the server serves it. */
export interface ServedPullRequest {
  number: number;
  state?: 'open' | 'closed';
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository (a fork's), or null where the fork was deleted. */
  headRepo: string | null;
  /** `owner/name` of the base repository (default the server's repository). */
  baseRepo?: string;
  baseRef?: string;
  /** The base commit (`base.sha`); default forty `b`s. */
  baseSha?: string;
  /** The PR's author (`user.login`); default `contributor-carol`. */
  author?: string;
  /** When it was merged (ISO time); its `state` is then `closed`. */
  mergedAt?: string;
  /** The commit the merge made on the base branch (merge, squash or rebase tip). */
  mergeCommitSha?: string;
  /** Commits of the PR besides its head (for a rebase merge, these land on the base as they are). */
  commits?: string[];
}

/** A commit status the server received. */
export interface ServedStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

/** A scripted fault: the next `times` matching API requests get this answer. */
export interface ServedFault {
  method?: string;
  path: RegExp;
  status: number;
  times: number;
  body?: unknown;
}

/** Everything the routes serve and record. Tests fill it and read it back. */
export interface ArtifactServerState {
  owner: string;
  repo: string;
  artifacts: ServedArtifact[];
  pulls: ServedPullRequest[];
  statuses: ServedStatus[];
  /** False when mounted beside another server's statuses route. */
  serveStatuses: boolean;
  /** `redirect` (GitHub's way, default) or `direct` (answer 200 with the zip, like some proxies). */
  downloadMode: 'redirect' | 'direct';
  /** Origin of the storage server, for `Location`; set by {@link startArtifactServer}. */
  storageUrl: string;
  /** Signature per artifact id, as in a pre-signed URL. */
  signatures: Map<number, string>;
  faults: ServedFault[];
  /** API requests seen: method, path, query. */
  apiRequests: { method: string; path: string; query: string; authorization?: string }[];
  /** Storage requests seen, with the Authorization header if one (wrongly) came. */
  storageRequests: { path: string; authorization?: string }[];
}

/** A request as the handlers need it (a subset of the other test server's ParsedRequest). */
export interface RouteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  raw: IncomingMessage;
}

/** A fresh, empty state for repository `owner/repo`. */
export function createArtifactState(owner: string, repo: string): ArtifactServerState {
  return {
    owner,
    repo,
    artifacts: [],
    pulls: [],
    statuses: [],
    serveStatuses: true,
    downloadMode: 'redirect',
    storageUrl: '',
    signatures: new Map(),
    faults: [],
    apiRequests: [],
    storageRequests: []
  };
}

/**
 * Answers the artifact, pulls and statuses API routes; returns false for any other request so the
 * caller can try its own routes.
 */
export function handleArtifactRoutes(req: RouteRequest, res: ServerResponse, state: ArtifactServerState): boolean {
  const { method, path } = req;
  const repoPrefix = `/repos/${state.owner}/${state.repo}/`;
  if (!path.startsWith(repoPrefix)) return false;
  const rest = path.slice(repoPrefix.length);
  const known =
    /^actions\/runs\/\d+\/artifacts$|^actions\/artifacts\/\d+\/zip$|^pulls(\/\d+)?$|^commits\/[0-9a-f]{40}\/pulls$/.test(
      rest
    ) ||
    (state.serveStatuses && /^statuses\/[0-9a-f]{40}$/.test(rest));
  if (!known) return false;
  state.apiRequests.push({ method, path, query: req.query.toString(), authorization: req.raw.headers.authorization });

  const fault = state.faults.find((f) => f.times > 0 && (!f.method || f.method === method) && f.path.test(path));
  if (fault) {
    fault.times -= 1;
    sendJson(res, fault.status, fault.body ?? { message: `injected ${fault.status}` });
    return true;
  }
  if (!req.raw.headers.authorization) {
    sendJson(res, 401, { message: 'Requires authentication' });
    return true;
  }
  let m: RegExpMatchArray | null;

  if (method === 'GET' && (m = rest.match(/^actions\/runs\/(\d+)\/artifacts$/))) {
    const runId = Number(m[1]);
    const items = state.artifacts.filter((a) => a.runId === runId).map((a) => artifactJson(req, state, a));
    sendPage(req, res, items, (page) => ({ total_count: items.length, artifacts: page }));
    return true;
  }
  if (method === 'GET' && (m = rest.match(/^actions\/artifacts\/(\d+)\/zip$/))) {
    const artifact = state.artifacts.find((a) => a.id === Number(m?.[1]));
    if (!artifact) {
      sendJson(res, 404, { message: 'Not Found' });
    } else if (artifact.expired) {
      sendJson(res, 410, {
        message: 'Artifact has expired',
        documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact'
      });
    } else if (state.downloadMode === 'direct') {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
      res.end(artifact.zip);
    } else {
      let signature = state.signatures.get(artifact.id);
      if (!signature) {
        signature = randomBytes(8).toString('hex');
        state.signatures.set(artifact.id, signature);
      }
      res.writeHead(302, {
        location: `${state.storageUrl || origin(req)}/blobs/${artifact.id}.zip?sig=${signature}`,
        'content-length': '0'
      });
      res.end();
    }
    return true;
  }
  if (method === 'GET' && rest === 'pulls') {
    const wantState = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const items = state.pulls
      .filter((p) => wantState === 'all' || (p.state ?? 'open') === wantState)
      .filter((p) => !head || `${headOwner(p)}:${p.headRef}` === head)
      .map((p) => pullJson(req, state, p));
    sendPage(req, res, items, (page) => page);
    return true;
  }
  if (method === 'GET' && (m = rest.match(/^pulls\/(\d+)$/))) {
    const pull = state.pulls.find((p) => p.number === Number(m?.[1]));
    if (pull) sendJson(res, 200, pullJson(req, state, pull));
    else sendJson(res, 404, { message: 'Not Found' });
    return true;
  }
  if (method === 'GET' && (m = rest.match(/^commits\/([0-9a-f]{40})\/pulls$/))) {
    const sha = m[1];
    const merged = state.pulls.filter(
      (p) => p.mergedAt !== undefined && (p.mergeCommitSha === sha || p.headSha === sha || p.commits?.includes(sha))
    );
    const items = (
      merged.length > 0 ? merged : state.pulls.filter((p) => p.headSha === sha && (p.state ?? 'open') === 'open')
    ).map((p) => pullJson(req, state, p));
    sendPage(req, res, items, (page) => page);
    return true;
  }
  if (method === 'POST' && (m = rest.match(/^statuses\/([0-9a-f]{40})$/))) {
    const b = (req.body ?? {}) as { state?: string; context?: string; description?: string; target_url?: string };
    if (!['error', 'failure', 'pending', 'success'].includes(b.state ?? '')) {
      sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Status', field: 'state', code: 'invalid' }]
      });
      return true;
    }
    if (b.description !== undefined && [...b.description].length > 140) {
      sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'Status',
            code: 'custom',
            field: 'description',
            message: 'description is too long (maximum is 140 characters)'
          }
        ]
      });
      return true;
    }
    const status: ServedStatus = {
      id: 5000 + state.statuses.length,
      sha: m[1],
      state: b.state as string,
      context: b.context ?? 'default',
      description: b.description ?? null,
      target_url: b.target_url ?? null
    };
    state.statuses.push(status);
    sendJson(res, 201, { ...status, url: `${origin(req)}${path}`, created_at: '2026-01-01T00:00:00Z' });
    return true;
  }
  sendJson(res, 404, { message: 'Not Found' });
  return true;
}

/**
 * Answers the storage routes (`/blobs/{id}.zip?sig=...`): 403 without the right signature, 400
 * when an `Authorization` header comes along (as Azure Blob Storage does with a SAS URL).
 */
function handleStorageRoutes(req: RouteRequest, res: ServerResponse, state: ArtifactServerState): boolean {
  const m = req.path.match(/^\/blobs\/(\d+)\.zip$/);
  if (!m || req.method !== 'GET') return false;
  const authorization = req.raw.headers.authorization;
  state.storageRequests.push({ path: req.path, authorization });
  const artifact = state.artifacts.find((a) => a.id === Number(m[1]));
  if (!artifact || req.query.get('sig') !== state.signatures.get(artifact.id)) {
    res.writeHead(403, { 'content-type': 'application/xml' });
    res.end('<Error><Code>AuthenticationFailed</Code></Error>');
    return true;
  }
  if (authorization) {
    res.writeHead(400, { 'content-type': 'application/xml' });
    res.end(
      '<Error><Code>InvalidAuthenticationInfo</Code><Message>Authentication information is not given in the correct format.</Message></Error>'
    );
    return true;
  }
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
  res.end(artifact.zip);
  return true;
}

/** A running pair of servers: the API and, on another port (another origin), the storage. */
export interface RunningArtifactServer {
  /** Base URL for Octokit's `baseUrl` / `GITHUB_API_URL`. */
  apiUrl: string;
  storageUrl: string;
  close(): Promise<void>;
}

/** Starts the API server and the storage server for `state` on 127.0.0.1, random free ports. */
export async function startArtifactServer(state: ArtifactServerState): Promise<RunningArtifactServer> {
  const api = await listen((req, res) => {
    if (!handleArtifactRoutes(req, res, state)) sendJson(res, 404, { message: 'Not Found' });
  });
  const storage = await startStorageServer(state);
  return {
    apiUrl: api.url,
    storageUrl: storage.url,
    async close() {
      await Promise.all([api.close(), storage.close()]);
    }
  };
}

/** Starts only the storage server and points the state's redirects at it. */
export async function startStorageServer(state: ArtifactServerState): Promise<{ url: string; close(): Promise<void> }> {
  const storage = await listen((req, res) => {
    if (!handleStorageRoutes(req, res, state)) {
      res.writeHead(404);
      res.end();
    }
  });
  state.storageUrl = storage.url;
  return storage;
}

async function listen(
  handler: (req: RouteRequest, res: ServerResponse) => void
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
      handler({ method: raw.method ?? 'GET', path: url.pathname, query: url.searchParams, body, raw }, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      })
  };
}

function origin(req: RouteRequest): string {
  return `http://${req.raw.headers.host ?? '127.0.0.1'}`;
}

function headOwner(p: ServedPullRequest): string {
  return (p.headRepo ?? 'ghost/deleted').split('/')[0];
}

function artifactJson(req: RouteRequest, state: ArtifactServerState, a: ServedArtifact): unknown {
  const api = `${origin(req)}/repos/${state.owner}/${state.repo}/actions/artifacts/${a.id}`;
  const digest = a.digest === undefined ? `sha256:${createHash('sha256').update(a.zip).digest('hex')}` : a.digest;
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.zip.length,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: a.expired === true,
    created_at: '2026-01-01T00:00:00Z',
    expires_at: a.expired ? '2026-01-02T00:00:00Z' : '2026-04-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...(digest === null ? {} : { digest }),
    workflow_run: {
      id: a.runId,
      repository_id: 1,
      head_repository_id: 2,
      head_branch: 'main',
      head_sha: a.headSha ?? '0'.repeat(40)
    }
  };
}

function pullJson(req: RouteRequest, state: ArtifactServerState, p: ServedPullRequest): unknown {
  const base = p.baseRepo ?? `${state.owner}/${state.repo}`;
  const repoJson = (fullName: string): unknown => {
    const [owner, name] = fullName.split('/');
    return {
      id: fullName.length,
      name,
      full_name: fullName,
      owner: { login: owner },
      url: `${origin(req)}/repos/${fullName}`,
      fork: fullName !== base
    };
  };
  const author = p.author ?? 'contributor-carol';
  const api = `${origin(req)}/repos/${base}`;
  const web = `https://github.example/${base}`;
  const user = (login: string): unknown => ({
    login,
    id: login.length,
    node_id: `MDQ6VXNlcj${login.length}`,
    avatar_url: `https://avatars.github.example/u/${login.length}?v=4`,
    gravatar_id: '',
    url: `${origin(req)}/users/${login}`,
    html_url: `https://github.example/${login}`,
    type: 'User',
    site_admin: false
  });
  const state_ = p.mergedAt !== undefined ? 'closed' : (p.state ?? 'open');
  const created = '2026-01-05T09:00:00Z';
  return {
    url: `${api}/pulls/${p.number}`,
    id: 1_000_000 + p.number,
    node_id: `PR_kwDOtest${p.number}`,
    html_url: `${web}/pull/${p.number}`,
    diff_url: `${web}/pull/${p.number}.diff`,
    patch_url: `${web}/pull/${p.number}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.headSha}`,
    number: p.number,
    state: state_,
    locked: false,
    title: `Pull request #${p.number}`,
    user: user(author),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: created,
    updated_at: p.mergedAt ?? created,
    closed_at: state_ === 'closed' ? (p.mergedAt ?? created) : null,
    merged_at: p.mergedAt ?? null,
    // GitHub fills this for open PRs too (the test merge commit); null here until merged.
    merge_commit_sha: p.mergeCommitSha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      sha: p.headSha,
      ref: p.headRef,
      label: `${headOwner(p)}:${p.headRef}`,
      user: user(headOwner(p)),
      repo: p.headRepo === null ? null : repoJson(p.headRepo)
    },
    base: {
      sha: p.baseSha ?? 'b'.repeat(40),
      ref: p.baseRef ?? 'main',
      label: `${base.split('/')[0]}:${p.baseRef ?? 'main'}`,
      user: user(base.split('/')[0]),
      repo: repoJson(base)
    },
    _links: {
      self: { href: `${api}/pulls/${p.number}` },
      html: { href: `${web}/pull/${p.number}` },
      issue: { href: `${api}/issues/${p.number}` },
      comments: { href: `${api}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/pulls/${p.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${p.number}/commits` },
      statuses: { href: `${api}/statuses/${p.headSha}` }
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** One page of `items` by `per_page`/`page`, with GitHub's `Link` header; `wrap` shapes the body. */
function sendPage(req: RouteRequest, res: ServerResponse, items: unknown[], wrap: (page: unknown[]) => unknown): void {
  const perPage = Math.min(Math.max(Number(req.query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string): string => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${origin(req)}${req.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  sendJson(
    res,
    200,
    wrap(items.slice((page - 1) * perPage, page * perPage)),
    links.length > 0 ? { link: links.join(', ') } : {}
  );
}
