/**
 * A local HTTP server that speaks the part of the GitHub REST API that carbon-gate uses, for
 * adapter tests that exercise the real Octokit client (with its retry and throttling plugins)
 * over real HTTP instead of mocking it.
 *
 * State is in memory: issue comments (with `Link` pagination), the PR's labels, issue events,
 * commit statuses, collaborators' roles (`GET .../collaborators/{user}/permission`, custom roles
 * included) and team memberships (`GET /orgs/{org}/teams/{slug}/memberships/{user}`, which only a
 * token marked `canReadOrg` may read). Tokens map to identities: an installation token (like the default
 * `GITHUB_TOKEN`) is `github-actions[bot]` and cannot call `GET /user`; a user token (a PAT) can.
 * A read-only token (a fork PR's) answers 403 to every write, as GitHub does.
 *
 * Faults are scripted per route: "the next N requests matching this answer 500", or 403/429
 * with a `retry-after` header and a secondary-rate-limit body. Every request is recorded.
 *
 * Later work (artifacts, `workflow_run`) adds routes with {@link GitHubServer.route} without
 * touching this file's existing handlers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A GitHub account as the API shows it in `user` / `actor` fields. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** What a token stands for. */
export interface TokenIdentity {
  account: Account;
  /** Installation tokens (GITHUB_TOKEN, GitHub Apps) get 403 from `GET /user`. */
  kind: 'installation' | 'user';
  /** False for a fork PR's read-only token: every write answers 403. */
  canWrite: boolean;
  /**
   * True when the token may read organization team membership (a PAT with `read:org`, an App
   * with "Members: read"); the default GITHUB_TOKEN cannot, and gets 403.
   */
  canReadOrg?: boolean;
}

/** A repository role: the five built-in ones, or a custom role with the built-in one it extends. */
export type RepoRole =
  | 'read'
  | 'triage'
  | 'write'
  | 'maintain'
  | 'admin'
  | { custom: string; base: 'read' | 'triage' | 'write' | 'maintain' };

/** An issue comment as stored and served. */
export interface StoredComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: Account;
  created_at: string;
  updated_at: string;
  author_association: string;
}

/** A commit status as stored and served. */
export interface StoredStatus {
  id: number;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  creator: Account;
  created_at: string;
}

/** An issue event (`labeled`, `unlabeled`, ...) as recorded; served with every field GitHub sends. */
export interface StoredIssueEvent {
  id: number;
  event: string;
  /** Null for a deleted account ("ghost"). */
  actor: Account | null;
  label?: { name: string; color: string };
  created_at: string;
}

/** One request the server received, for assertions. The token is kept so tests can check use. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/issues/1/comments`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** Status the server answered. */
  status: number;
}

/** A scripted fault: the next `times` requests that match answer with this instead. */
export interface Fault {
  method?: string;
  /** Matched against the path (no query string). */
  path: RegExp;
  times: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A handler added by a test or a later feature: return true when it answered. */
export type RouteHandler = (
  req: ParsedRequest,
  res: ServerResponse,
  server: GitHubServer
) => boolean | Promise<boolean>;

/** A request after the server parsed it. */
export interface ParsedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  identity: TokenIdentity | undefined;
  raw: IncomingMessage;
}

/** The bot account behind the default `GITHUB_TOKEN`. */
export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** The longest comment body GitHub accepts (characters). */
export const MAX_COMMENT_CHARS = 65536;

/** Body of GitHub's secondary-rate-limit response, whose wording the throttling plugin matches. */
export const SECONDARY_RATE_LIMIT_BODY = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
};

/** Body of the 403 a read-only or installation token gets where it lacks permission. */
const NOT_ACCESSIBLE_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403'
};

const key = (owner: string, repo: string, n: number | string): string => `${owner}/${repo}#${n}`;

/** The in-memory GitHub. Start with {@link GitHubServer.start}; stop with {@link GitHubServer.close}. */
export class GitHubServer {
  /** Base URL for `GITHUB_API_URL`, e.g. `http://127.0.0.1:41234`. */
  url = '';
  /** Web URL used for `html_url` fields. */
  readonly htmlBase = 'https://github.example';
  readonly requests: RecordedRequest[] = [];
  readonly tokens = new Map<string, TokenIdentity>();

  private readonly server: Server;
  private readonly issueComments = new Map<string, StoredComment[]>();
  private readonly issueLabels = new Map<string, string[]>();
  private readonly issueEvents = new Map<string, StoredIssueEvent[]>();
  private readonly commitStatuses = new Map<string, StoredStatus[]>();
  /** `owner/repo` -> login (lower case) -> role. */
  private readonly roles = new Map<string, Map<string, { account: Account; role: RepoRole }>>();
  /** `org/slug` -> login (lower case) -> membership state. */
  private readonly teamMembers = new Map<string, Map<string, 'active' | 'pending'>>();
  private readonly faults: Fault[] = [];
  private readonly extraRoutes: RouteHandler[] = [];
  private nextId = 1000;
  /** A fake clock: each write advances it one second, so timestamps are distinct and stable. */
  private clockMs = Date.UTC(2026, 0, 1);

  private constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.send(res, 500, { message: `test server error: ${String(error)}` });
      });
    });
  }

  /** Starts a server on 127.0.0.1 at a random free port. */
  static async start(): Promise<GitHubServer> {
    const s = new GitHubServer();
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    const { port } = s.server.address() as AddressInfo;
    s.url = `http://127.0.0.1:${port}`;
    return s;
  }

  /** Stops the server and drops kept-alive connections so the test process can exit. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  /** Registers a token. */
  addToken(token: string, identity: TokenIdentity): void {
    this.tokens.set(token, identity);
  }

  /** Adds a comment as if `user` had written it; returns it. */
  addComment(owner: string, repo: string, issue: number, user: Account, body: string): StoredComment {
    const list = this.commentList(owner, repo, issue);
    const id = this.nextId++;
    const at = this.tick();
    const comment: StoredComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `${this.htmlBase}/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user,
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER'
    };
    list.push(comment);
    return comment;
  }

  /** The comments on an issue or PR, oldest first (the live array's copy). */
  comments(owner: string, repo: string, issue: number): StoredComment[] {
    return [...this.commentList(owner, repo, issue)];
  }

  /** Sets the labels the PR carries. */
  setLabels(owner: string, repo: string, issue: number, names: string[]): void {
    this.issueLabels.set(key(owner, repo, issue), [...names]);
  }

  /** Records an issue event, e.g. who added a label. */
  addIssueEvent(owner: string, repo: string, issue: number, event: Omit<StoredIssueEvent, 'id' | 'created_at'>): void {
    const list = this.issueEvents.get(key(owner, repo, issue)) ?? [];
    list.push({ ...event, id: this.nextId++, created_at: this.tick() });
    this.issueEvents.set(key(owner, repo, issue), list);
  }

  /** Gives `account` a role on the repository (what `GET .../collaborators/{user}/permission` reports). */
  setRole(owner: string, repo: string, account: Account, role: RepoRole): void {
    const k = `${owner}/${repo}`.toLowerCase();
    const map = this.roles.get(k) ?? new Map<string, { account: Account; role: RepoRole }>();
    map.set(account.login.toLowerCase(), { account, role });
    this.roles.set(k, map);
  }

  /** Makes `login` a member of the team `org/slug` (state `active` unless said). */
  addTeamMember(team: string, login: string, state: 'active' | 'pending' = 'active'): void {
    const k = team.toLowerCase();
    const map = this.teamMembers.get(k) ?? new Map<string, 'active' | 'pending'>();
    map.set(login.toLowerCase(), state);
    this.teamMembers.set(k, map);
  }

  /** Removes `name` from the PR's labels and records the `unlabeled` event by `actor`. */
  removeLabel(owner: string, repo: string, issue: number, name: string, actor: Account): void {
    const labels = (this.issueLabels.get(key(owner, repo, issue)) ?? []).filter((l) => l !== name);
    this.issueLabels.set(key(owner, repo, issue), labels);
    this.addIssueEvent(owner, repo, issue, { event: 'unlabeled', actor, label: { name, color: 'ededed' } });
  }

  /** Adds `name` to the PR's labels and records the `labeled` event by `actor`. */
  addLabel(owner: string, repo: string, issue: number, name: string, actor: Account): void {
    const labels = this.issueLabels.get(key(owner, repo, issue)) ?? [];
    if (!labels.includes(name)) labels.push(name);
    this.issueLabels.set(key(owner, repo, issue), labels);
    this.addIssueEvent(owner, repo, issue, { event: 'labeled', actor, label: { name, color: 'ededed' } });
  }

  /** Commit statuses posted for a SHA, oldest first. */
  statuses(owner: string, repo: string, sha: string): StoredStatus[] {
    return [...(this.commitStatuses.get(`${owner}/${repo}@${sha}`) ?? [])];
  }

  /** Scripts a fault: the next `times` matching requests get this answer. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Drops every scripted fault not yet used up. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Adds a route handler tried before the built-in ones (for later endpoints). */
  route(handler: RouteHandler): void {
    this.extraRoutes.push(handler);
  }

  /** Recorded requests matching a method and a path pattern. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Forgets recorded requests (state stays), to look at one re-run at a time. */
  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Answers JSON with a status and optional headers. Exposed for route handlers. */
  send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      ...headers
    });
    res.end(text);
  }

  /** Serves one page of `items` with GitHub's `per_page`/`page` semantics and `Link` header. */
  sendPage(req: ParsedRequest, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(Math.max(Number(req.query.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
    const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams(req.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${this.url}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    this.send(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {});
  }

  private tick(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString();
  }

  private commentList(owner: string, repo: string, issue: number): StoredComment[] {
    const k = key(owner, repo, issue);
    let list = this.issueComments.get(k);
    if (!list) {
      list = [];
      this.issueComments.set(k, list);
    }
    return list;
  }

  private findComment(owner: string, repo: string, id: number): { list: StoredComment[]; index: number } | undefined {
    for (const [k, list] of this.issueComments) {
      if (!k.startsWith(`${owner}/${repo}#`)) continue;
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { list, index };
    }
    return undefined;
  }

  private async handle(raw: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const url = new URL(raw.url ?? '/', this.url);
    const authorization = raw.headers.authorization;
    const token = authorization?.replace(/^(token|bearer)\s+/i, '');
    const req: ParsedRequest = {
      method: raw.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      identity: token ? this.tokens.get(token) : undefined,
      raw
    };
    const record: RecordedRequest = {
      method: req.method,
      path: req.path,
      query: req.query,
      authorization,
      body,
      status: 0
    };
    this.requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });

    const fault = this.faults.find(
      (f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(req.path)
    );
    if (fault) {
      fault.times -= 1;
      this.send(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
      return;
    }
    if (!req.identity) {
      this.send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    for (const handler of this.extraRoutes) {
      if (await handler(req, res, this)) return;
    }
    if (req.method !== 'GET' && !req.identity.canWrite) {
      this.send(res, 403, NOT_ACCESSIBLE_BODY);
      return;
    }
    if (!this.builtIn(req, res)) {
      this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
  }

  private builtIn(req: ParsedRequest, res: ServerResponse): boolean {
    const identity = req.identity as TokenIdentity;
    const { method, path } = req;
    let m: RegExpMatchArray | null;

    if (method === 'GET' && path === '/user') {
      if (identity.kind === 'installation') this.send(res, 403, NOT_ACCESSIBLE_BODY);
      else this.send(res, 200, { ...identity.account });
      return true;
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const [, owner, repo, n] = m;
      if (method === 'GET') {
        this.sendPage(req, res, this.commentList(owner, repo, Number(n)));
        return true;
      }
      if (method === 'POST') {
        const text = (req.body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return this.unprocessable(res, 'body is missing');
        if ([...text].length > MAX_COMMENT_CHARS)
          return this.unprocessable(res, `Body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`);
        this.send(res, 201, this.addComment(owner, repo, Number(n), identity.account, text));
        return true;
      }
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/))) {
      const [, owner, repo, id] = m;
      const found = this.findComment(owner, repo, Number(id));
      if (!found) return false;
      const comment = found.list[found.index];
      if (method === 'GET') {
        this.send(res, 200, comment);
        return true;
      }
      if (method === 'PATCH') {
        const text = (req.body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return this.unprocessable(res, 'body is missing');
        if ([...text].length > MAX_COMMENT_CHARS)
          return this.unprocessable(res, `Body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`);
        comment.body = text;
        comment.updated_at = this.tick();
        this.send(res, 200, comment);
        return true;
      }
      if (method === 'DELETE') {
        found.list.splice(found.index, 1);
        res.writeHead(204);
        res.end();
        return true;
      }
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/))) {
      const [, owner, repo, n] = m;
      const names = this.issueLabels.get(key(owner, repo, n)) ?? [];
      this.sendPage(
        req,
        res,
        names.map((name, i) => ({
          id: i + 1,
          node_id: `LA_kw${i + 1}`,
          url: `${this.url}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
          name,
          description: null,
          color: 'ededed',
          default: false
        }))
      );
      return true;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/events$/))) {
      const [, owner, repo, n] = m;
      const events = (this.issueEvents.get(key(owner, repo, n)) ?? []).map((e) => this.issueEventJson(owner, repo, e));
      this.sendPage(req, res, events);
      return true;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/))) {
      const [, owner, repo, login] = m;
      const found = this.roles.get(`${owner}/${repo}`.toLowerCase())?.get(decodeURIComponent(login).toLowerCase());
      if (!found) {
        // GitHub answers 404 for a login that is not a user; carbon-gate reads it as no access.
        this.send(res, 404, {
          message: 'Not Found',
          documentation_url:
            'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user',
          status: '404'
        });
        return true;
      }
      this.send(res, 200, this.permissionJson(found.account, found.role));
      return true;
    }
    if (method === 'GET' && (m = path.match(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) {
      const [, org, slug, login] = m;
      if (!identity.canReadOrg) {
        this.send(res, 403, NOT_ACCESSIBLE_BODY);
        return true;
      }
      const state = this.teamMembers.get(`${org}/${slug}`.toLowerCase())?.get(decodeURIComponent(login).toLowerCase());
      if (!state) {
        this.send(res, 404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
          status: '404'
        });
        return true;
      }
      this.send(res, 200, {
        url: `${this.url}/teams/${slug.length}/memberships/${login}`,
        role: 'member',
        state
      });
      return true;
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/statuses\/([0-9a-f]{7,40})$/))) {
      const [, owner, repo, sha] = m;
      if (method === 'POST') {
        const b = (req.body ?? {}) as Partial<StoredStatus>;
        const states = ['error', 'failure', 'pending', 'success'];
        if (!b.state || !states.includes(b.state))
          return this.unprocessable(res, `state must be one of ${states.join(', ')}`);
        if (b.description && b.description.length > 140)
          return this.unprocessable(res, 'description is too long (maximum is 140 characters)');
        const status: StoredStatus = {
          id: this.nextId++,
          state: b.state,
          context: b.context ?? 'default',
          description: b.description ?? null,
          target_url: b.target_url ?? null,
          creator: identity.account,
          created_at: this.tick()
        };
        const k = `${owner}/${repo}@${sha}`;
        this.commitStatuses.set(k, [...(this.commitStatuses.get(k) ?? []), status]);
        this.send(res, 201, status);
        return true;
      }
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/statuses$/))) {
      const [, owner, repo, sha] = m;
      // GitHub lists the newest first.
      this.sendPage(req, res, [...(this.commitStatuses.get(`${owner}/${repo}@${sha}`) ?? [])].reverse());
      return true;
    }
    return false;
  }

  /** A user as the API embeds it (`simple-user`): every field GitHub sends. */
  userJson(account: Account): Record<string, unknown> {
    const api = `${this.url}/users/${account.login}`;
    return {
      login: account.login,
      id: account.id,
      node_id: `${account.type === 'Bot' ? 'BOT' : 'U'}_kg${account.id}`,
      avatar_url: `https://avatars.example/u/${account.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${this.htmlBase}/${account.login.replace(/\[bot\]$/, '')}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: account.type,
      user_view_type: 'public',
      site_admin: false
    };
  }

  /** An issue event as `GET /repos/{o}/{r}/issues/{n}/events` serves it (`labeled-issue-event` and kin). */
  private issueEventJson(owner: string, repo: string, e: StoredIssueEvent): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: e.id,
      node_id: `LE_kw${e.id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/events/${e.id}`,
      actor: e.actor ? this.userJson(e.actor) : null,
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.created_at,
      performed_via_github_app: null
    };
    if (e.label) json.label = { ...e.label };
    return json;
  }

  /**
   * `GET .../collaborators/{user}/permission` as GitHub answers it: `permission` is the legacy
   * level (maintain reported as write, triage as read), `role_name` the role's own name (a custom
   * role's name), and `user` a collaborator with the effective `permissions` booleans.
   */
  private permissionJson(account: Account, role: RepoRole): Record<string, unknown> {
    const level = typeof role === 'string' ? role : role.base;
    const roleName = typeof role === 'string' ? role : role.custom;
    const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(level);
    const permissions = {
      admin: rank >= 4,
      maintain: rank >= 3,
      push: rank >= 2,
      triage: rank >= 1,
      pull: rank >= 0
    };
    const legacy = level === 'admin' ? 'admin' : level === 'maintain' || level === 'write' ? 'write' : 'read';
    return {
      permission: legacy,
      role_name: roleName,
      user: { ...this.userJson(account), permissions, role_name: roleName }
    };
  }

  private unprocessable(res: ServerResponse, message: string): true {
    this.send(res, 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', message }]
    });
    return true;
  }
}
