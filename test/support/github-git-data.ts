/**
 * The Git Data API on the local GitHub server ({@link GitHubServer}): a real object store (blob,
 * tree and commit SHAs computed as git computes them, so equal content has equal SHAs) and refs,
 * served with the fields GitHub sends:
 *
 * - `GET /repos/{o}/{r}/git/ref/heads/{branch}` (404 when absent), `POST .../git/refs` (422
 *   "Reference already exists"), `PATCH .../git/refs/heads/{branch}` (`force: false`: 422 "Update
 *   is not a fast forward" unless the new commit descends from the tip);
 * - `GET`/`POST .../git/commits`, `GET .../git/trees/{sha}` (`?recursive=1`), `POST .../git/trees`
 *   (`base_tree`, paths with folders), `GET`/`POST .../git/blobs` (base64 wrapped at 60 as GitHub's).
 *
 * Hooks for concurrency tests: {@link GitData.beforeRefUpdate} runs once just before a ref update
 * is applied (another writer can move the branch there, so the update is genuinely refused), and
 * {@link GitData.refuseUpdates} makes updates answer 422 without moving anything.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { GitHubServer } from './github-server.js';

type GitObject =
  | { type: 'blob'; bytes: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; date: string };

interface TreeEntry {
  name: string;
  mode: '100644' | '100755' | '040000' | '120000' | '160000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

/** The object store and refs of one repository, served by the routes {@link mountGitData} adds. */
export class GitData {
  readonly objects = new Map<string, GitObject>();
  /** Branch name -> commit SHA. */
  readonly refs = new Map<string, string>();
  /** Runs once, just before the next ref update or creation is applied; cleared when it has run. */
  beforeRefUpdate: ((branch: string) => void | Promise<void>) | undefined;
  /** The next this-many ref updates answer 422 "Update is not a fast forward" and move nothing. */
  refuseUpdates = 0;
  private clockMs = Date.UTC(2026, 2, 1);

  constructor(
    readonly owner: string,
    readonly repo: string
  ) {}

  /** Stores an object; returns its git SHA-1. */
  put(object: GitObject): string {
    let body: Buffer;
    if (object.type === 'blob') body = object.bytes;
    else if (object.type === 'tree')
      body = Buffer.concat(
        sortEntries(object.entries).map((e) =>
          Buffer.concat([
            Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`),
            Buffer.from(e.sha, 'hex')
          ])
        )
      );
    else
      body = Buffer.from(
        `tree ${object.tree}\n${object.parents.map((p) => `parent ${p}\n`).join('')}author carbon-gate <ledger@example.com> ${Date.parse(object.date) / 1000} +0000\ncommitter carbon-gate <ledger@example.com> ${Date.parse(object.date) / 1000} +0000\n\n${object.message}`
      );
    const sha = createHash('sha1')
      .update(Buffer.concat([Buffer.from(`${object.type} ${body.length}\0`), body]))
      .digest('hex');
    this.objects.set(sha, object);
    return sha;
  }

  /** Every file of a tree, recursively: path -> blob SHA. */
  files(treeSha: string, prefix = ''): Map<string, string> {
    const out = new Map<string, string>();
    const tree = this.objects.get(treeSha);
    if (tree?.type !== 'tree') return out;
    for (const e of tree.entries) {
      if (e.type === 'tree') for (const [p, s] of this.files(e.sha, `${prefix}${e.name}/`)) out.set(p, s);
      else out.set(`${prefix}${e.name}`, e.sha);
    }
    return out;
  }

  /** Builds (and stores) the nested trees of a flat path -> blob SHA map; returns the root's SHA. */
  treeOf(files: ReadonlyMap<string, string>): string {
    const here: TreeEntry[] = [];
    const folders = new Map<string, Map<string, string>>();
    for (const [p, sha] of files) {
      const slash = p.indexOf('/');
      if (slash < 0) here.push({ name: p, mode: '100644', type: 'blob', sha });
      else {
        const name = p.slice(0, slash);
        const sub = folders.get(name) ?? new Map<string, string>();
        sub.set(p.slice(slash + 1), sha);
        folders.set(name, sub);
      }
    }
    for (const [name, sub] of folders) here.push({ name, mode: '040000', type: 'tree', sha: this.treeOf(sub) });
    return this.put({ type: 'tree', entries: here });
  }

  /** A file's text at a branch's tip, or undefined. */
  fileAt(branch: string, path: string): string | undefined {
    const tip = this.refs.get(branch);
    const commit = tip === undefined ? undefined : this.objects.get(tip);
    if (commit?.type !== 'commit') return undefined;
    const sha = this.files(commit.tree).get(path);
    const blob = sha === undefined ? undefined : this.objects.get(sha);
    return blob?.type === 'blob' ? blob.bytes.toString('utf8') : undefined;
  }

  /** Commits `changes` (path -> text) on top of the branch (creating it) as another writer would; returns the SHA. */
  commitOnBranch(branch: string, changes: Record<string, string>, message = 'another writer'): string {
    const tip = this.refs.get(branch);
    const base = tip === undefined ? undefined : this.objects.get(tip);
    const files = base?.type === 'commit' ? this.files(base.tree) : new Map<string, string>();
    for (const [p, text] of Object.entries(changes)) files.set(p, this.put({ type: 'blob', bytes: Buffer.from(text) }));
    const sha = this.put({
      type: 'commit',
      tree: this.treeOf(files),
      parents: tip === undefined ? [] : [tip],
      message,
      date: this.tick()
    });
    this.refs.set(branch, sha);
    return sha;
  }

  /** The commits of a branch, newest first (first parents). */
  history(branch: string): string[] {
    const out: string[] = [];
    for (let sha = this.refs.get(branch); sha !== undefined;) {
      out.push(sha);
      const c = this.objects.get(sha);
      sha = c?.type === 'commit' ? c.parents[0] : undefined;
    }
    return out;
  }

  tick(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString().replace(/\.000Z$/, 'Z');
  }

  /** True when `ancestor` is `sha` or one of its ancestors. */
  descends(sha: string, ancestor: string): boolean {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const s = queue.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = this.objects.get(s);
      if (c?.type === 'commit') queue.push(...c.parents);
    }
    return false;
  }
}

/** git's tree order: names compared as bytes, a folder as if its name ended in `/`. */
function sortEntries(entries: TreeEntry[]): TreeEntry[] {
  const key = (e: TreeEntry): string => (e.type === 'tree' ? `${e.name}/` : e.name);
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Adds the Git Data routes for `owner/repo` to the server; returns the store to fill and inspect. */
export function mountGitData(server: GitHubServer, owner: string, repo: string): GitData {
  const git = new GitData(owner, repo);
  const prefix = `/repos/${owner}/${repo}/git/`;
  server.route(async (req, res, s) => {
    if (!req.path.startsWith(prefix)) return false;
    // Octokit sends a ref's slashes encoded (`heads%2Fcarbon-ledger`), as GitHub accepts them.
    const rest = decodeURIComponent(req.path.slice(prefix.length));
    const api = `${s.url}/repos/${owner}/${repo}`;
    if (req.method !== 'GET' && !req.identity?.canWrite) {
      s.send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403'
      });
      return true;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if (req.method === 'GET' && (m = rest.match(/^ref\/heads\/(.+)$/))) {
      const branch = m[1];
      const sha = git.refs.get(branch);
      if (sha === undefined) return notFound(s, res);
      s.send(res, 200, refJson(api, branch, sha));
      return true;
    }
    if (req.method === 'POST' && rest === 'refs') {
      const ref = String(body.ref ?? '');
      const sha = String(body.sha ?? '');
      const m2 = ref.match(/^refs\/heads\/(.+)$/);
      if (!m2) return unprocessable(s, res, `${ref} is not a valid ref name.`, 'create-a-reference');
      if (git.objects.get(sha)?.type !== 'commit')
        return unprocessable(s, res, 'Object does not exist', 'create-a-reference');
      await runHook(git, m2[1]);
      if (git.refs.has(m2[1])) return unprocessable(s, res, 'Reference already exists', 'create-a-reference');
      git.refs.set(m2[1], sha);
      s.send(res, 201, refJson(api, m2[1], sha));
      return true;
    }
    if (req.method === 'PATCH' && (m = rest.match(/^refs\/heads\/(.+)$/))) {
      const branch = m[1];
      const sha = String(body.sha ?? '');
      if (git.objects.get(sha)?.type !== 'commit')
        return unprocessable(s, res, 'Object does not exist', 'update-a-reference');
      await runHook(git, branch);
      if (git.refuseUpdates > 0) {
        git.refuseUpdates--;
        return unprocessable(s, res, 'Update is not a fast forward', 'update-a-reference');
      }
      const tip = git.refs.get(branch);
      if (tip === undefined) return unprocessable(s, res, 'Reference does not exist', 'update-a-reference');
      if (body.force !== true && !git.descends(sha, tip))
        return unprocessable(s, res, 'Update is not a fast forward', 'update-a-reference');
      git.refs.set(branch, sha);
      s.send(res, 200, refJson(api, branch, sha));
      return true;
    }
    if (req.method === 'GET' && (m = rest.match(/^commits\/([0-9a-f]{40})$/))) {
      const c = git.objects.get(m[1]);
      if (c?.type !== 'commit') return notFound(s, res);
      s.send(res, 200, commitJson(s, api, owner, repo, m[1], c));
      return true;
    }
    if (req.method === 'POST' && rest === 'commits') {
      const tree = String(body.tree ?? '');
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
      if (typeof body.message !== 'string') return unprocessable(s, res, 'message is missing', 'create-a-commit');
      if (git.objects.get(tree)?.type !== 'tree')
        return unprocessable(s, res, 'Tree SHA does not exist', 'create-a-commit');
      if (parents.some((p) => git.objects.get(p)?.type !== 'commit'))
        return unprocessable(s, res, 'Parent SHA does not exist or is not a commit object', 'create-a-commit');
      const c = { type: 'commit' as const, tree, parents, message: body.message, date: git.tick() };
      const sha = git.put(c);
      s.send(res, 201, commitJson(s, api, owner, repo, sha, c));
      return true;
    }
    if (req.method === 'GET' && (m = rest.match(/^trees\/([0-9a-f]{40})$/))) {
      const t = git.objects.get(m[1]);
      if (t?.type !== 'tree') return false;
      s.send(res, 200, treeJson(git, api, m[1], req.query.get('recursive') !== null));
      return true;
    }
    if (req.method === 'POST' && rest === 'trees') {
      const base = body.base_tree === undefined ? undefined : String(body.base_tree);
      if (base !== undefined && git.objects.get(base)?.type !== 'tree')
        return unprocessable(s, res, 'base_tree is not a valid tree', 'create-a-tree');
      const files = base === undefined ? new Map<string, string>() : git.files(base);
      for (const e of (Array.isArray(body.tree) ? body.tree : []) as Record<string, unknown>[]) {
        const p = String(e.path ?? '');
        if (e.sha === null) files.delete(p);
        else if (typeof e.content === 'string') files.set(p, git.put({ type: 'blob', bytes: Buffer.from(e.content) }));
        else if (git.objects.get(String(e.sha))?.type === 'blob') files.set(p, String(e.sha));
        else return unprocessable(s, res, `tree.sha ${String(e.sha)} is not a valid blob`, 'create-a-tree');
      }
      const sha = git.treeOf(files);
      s.send(res, 201, treeJson(git, api, sha, false));
      return true;
    }
    if (req.method === 'GET' && (m = rest.match(/^blobs\/([0-9a-f]{40})$/))) {
      const b = git.objects.get(m[1]);
      if (b?.type !== 'blob') return notFound(s, res);
      s.send(res, 200, {
        sha: m[1],
        node_id: `B_${m[1].slice(0, 12)}`,
        size: b.bytes.length,
        url: `${api}/git/blobs/${m[1]}`,
        content: `${b.bytes.toString('base64').replace(/.{60}/g, '$&\n')}\n`,
        encoding: 'base64'
      });
      return true;
    }
    if (req.method === 'POST' && rest === 'blobs') {
      if (typeof body.content !== 'string') return unprocessable(s, res, 'content is missing', 'create-a-blob');
      const bytes = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
      const sha = git.put({ type: 'blob', bytes });
      s.send(res, 201, { url: `${api}/git/blobs/${sha}`, sha });
      return true;
    }
    return false;
  });
  return git;
}

async function runHook(git: GitData, branch: string): Promise<void> {
  const hook = git.beforeRefUpdate;
  git.beforeRefUpdate = undefined;
  if (hook) await hook(branch);
}

function notFound(s: GitHubServer, res: ServerResponse): true {
  s.send(res, 404, NOT_FOUND);
  return true;
}

function unprocessable(s: GitHubServer, res: ServerResponse, message: string, doc: string): true {
  s.send(res, 422, {
    message,
    documentation_url: `https://docs.github.com/rest/git/${doc.includes('reference') ? 'refs' : doc.split('-').pop()}s#${doc}`,
    status: '422'
  });
  return true;
}

function refJson(api: string, branch: string, sha: string): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_${Buffer.from(branch).toString('base64')}`,
    url: `${api}/git/refs/heads/${branch}`,
    object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` }
  };
}

function commitJson(
  s: GitHubServer,
  api: string,
  owner: string,
  repo: string,
  sha: string,
  c: Extract<GitObject, { type: 'commit' }>
): Record<string, unknown> {
  const person = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
    date: c.date
  };
  return {
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    url: `${api}/git/commits/${sha}`,
    html_url: `${s.htmlBase}/${owner}/${repo}/commit/${sha}`,
    author: person,
    committer: person,
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${s.htmlBase}/${owner}/${repo}/commit/${p}`
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
  };
}

function treeJson(git: GitData, api: string, sha: string, recursive: boolean): Record<string, unknown> {
  const entries: Record<string, unknown>[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    const t = git.objects.get(treeSha);
    if (t?.type !== 'tree') return;
    for (const e of sortEntries(t.entries)) {
      const blob = git.objects.get(e.sha);
      entries.push({
        path: `${prefix}${e.name}`,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(blob?.type === 'blob' ? { size: blob.bytes.length } : {}),
        url: `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`
      });
      if (recursive && e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`);
    }
  };
  walk(sha, '');
  return { sha, url: `${api}/git/trees/${sha}`, tree: entries, truncated: false };
}
