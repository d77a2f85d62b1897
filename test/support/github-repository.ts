/**
 * A repository's history on the local GitHub API server ({@link GitHubServer}): commits as whole
 * file trees, and pull requests between two of them, served with the fields GitHub sends:
 *
 * - `GET /repos/{o}/{r}/pulls/{n}/files` (paginated, `per_page` up to 100, at most 3000 files);
 * - `GET /repos/{o}/{r}/compare/{base}...{head}` (the comparison object, `files` on page 1, at
 *   most 300 of them);
 * - `GET /repos/{o}/{r}/contents/{path}?ref={sha}`: the raw bytes for
 *   `application/vnd.github.raw+json`, else the JSON object with base64 `content`; a folder's
 *   listing; 404 `Not Found` for a path or ref that does not exist;
 * - `GET /repos/{o}/{r}/git/trees/{sha}?recursive=1`: every folder and file, with blob SHAs and sizes.
 *
 * Blob SHAs are git's (`sha1("blob <size>\0" + bytes)`), so a file's SHA is the same in every
 * commit that holds it, as on GitHub.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { GitHubServer, ParsedRequest } from './github-server.js';

/** A commit's files: repository path -> content. */
export type Tree = Record<string, string | Buffer>;

/** A pull request between two commits; renames are said, as git's rename detection would find them. */
export interface ServedPull {
  baseSha: string;
  headSha: string;
  renames?: { from: string; to: string }[];
}

/** git's blob SHA of some bytes. */
function blobSha(content: string | Buffer): string {
  const bytes = Buffer.from(content);
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

/** The repository's commits and pull requests, served by the routes {@link mountRepository} adds. */
export class ServedRepository {
  readonly commits = new Map<string, Map<string, Buffer>>();
  readonly pulls = new Map<number, ServedPull>();
  /** When true, `contents` answers the JSON object (base64 `content`) even to a raw request, as a proxy that drops the media type would. */
  jsonOnly = false;
  private serial = 0;

  constructor(
    readonly owner: string,
    readonly repo: string,
    private readonly apiUrl: () => string
  ) {}

  /** Stores a commit holding exactly `files`; returns its (made-up, unique) SHA. */
  addCommit(files: Tree): string {
    const sha = createHash('sha1')
      .update(`commit ${++this.serial} ${JSON.stringify(Object.keys(files).sort())}`)
      .digest('hex');
    this.commits.set(sha, new Map(Object.entries(files).map(([p, c]) => [p, Buffer.from(c)])));
    return sha;
  }

  /** Stores a pull request between two commits. */
  addPull(number: number, pull: ServedPull): void {
    this.pulls.set(number, pull);
  }

  /** The diff entries GitHub lists between two commits, in path order. */
  diff(baseSha: string, headSha: string, renames: ServedPull['renames'] = []): Record<string, unknown>[] {
    const base = this.commits.get(baseSha) ?? new Map<string, Buffer>();
    const head = this.commits.get(headSha) ?? new Map<string, Buffer>();
    const renamedFrom = new Map(renames.map((r) => [r.to, r.from]));
    const renamedAway = new Set(renames.map((r) => r.from));
    const entries: Record<string, unknown>[] = [];
    const paths = [...new Set([...base.keys(), ...head.keys()])].sort();
    for (const p of paths) {
      const b = base.get(p);
      const h = head.get(p);
      if (h !== undefined && renamedFrom.has(p)) {
        const from = renamedFrom.get(p) as string;
        const changes = base.get(from)?.equals(h) ? 0 : 2;
        entries.push(this.entry(headSha, p, h, 'renamed', changes, from));
      } else if (b === undefined && h !== undefined) {
        entries.push(this.entry(headSha, p, h, 'added', lines(h)));
      } else if (b !== undefined && h === undefined) {
        if (!renamedAway.has(p)) entries.push(this.entry(baseSha, p, b, 'removed', lines(b)));
      } else if (b !== undefined && h !== undefined && !b.equals(h)) {
        entries.push(this.entry(headSha, p, h, 'modified', lines(b) + lines(h)));
      }
    }
    return entries;
  }

  private entry(
    commit: string,
    p: string,
    bytes: Buffer,
    status: string,
    changes: number,
    previous?: string
  ): Record<string, unknown> {
    const web = `https://github.example/${this.owner}/${this.repo}`;
    const entry: Record<string, unknown> = {
      sha: blobSha(bytes),
      filename: p,
      status,
      additions: status === 'removed' ? 0 : Math.ceil(changes / 2),
      deletions: status === 'added' ? 0 : Math.floor(changes / 2),
      changes,
      blob_url: `${web}/blob/${commit}/${p}`,
      raw_url: `${web}/raw/${commit}/${p}`,
      contents_url: `${this.apiUrl()}/repos/${this.owner}/${this.repo}/contents/${p}?ref=${commit}`,
      patch: '@@ -1 +1 @@'
    };
    if (previous !== undefined) entry.previous_filename = previous;
    return entry;
  }
}

function lines(bytes: Buffer): number {
  return bytes.toString('utf8').split('\n').length;
}

/** Adds the repository routes for `owner/repo` to the server; returns the repository to fill. */
export function mountRepository(server: GitHubServer, owner: string, repo: string): ServedRepository {
  const served = new ServedRepository(owner, repo, () => server.url);
  const prefix = `/repos/${owner}/${repo}/`;
  server.route((req, res, s) => {
    if (req.method !== 'GET' || !req.path.startsWith(prefix)) return false;
    const rest = req.path.slice(prefix.length);
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^pulls\/(\d+)\/files$/))) {
      const pull = served.pulls.get(Number(m[1]));
      if (!pull) return notFound(s, res);
      s.sendPage(req, res, served.diff(pull.baseSha, pull.headSha, pull.renames).slice(0, 3000));
      return true;
    }
    if ((m = rest.match(/^compare\/([0-9a-f]{40})\.\.\.([0-9a-f]{40})$/))) {
      const [, base, head] = m;
      if (!served.commits.has(base) || !served.commits.has(head)) return notFound(s, res);
      s.send(res, 200, comparison(served, s, base, head, req));
      return true;
    }
    if ((m = rest.match(/^git\/trees\/([0-9a-f]{40})$/))) {
      const files = served.commits.get(m[1]);
      if (!files) return notFound(s, res);
      s.send(res, 200, treeOf(served, s, m[1], files, req.query.get('recursive') !== null));
      return true;
    }
    if ((m = rest.match(/^contents\/(.+)$/))) {
      const p = m[1].split('/').map(decodeURIComponent).join('/');
      const ref = req.query.get('ref') ?? '';
      const files = served.commits.get(ref);
      if (!files) return notFound(s, res);
      return content(served, s, res, req, ref, files, p);
    }
    return false;
  });
  return served;
}

function notFound(s: GitHubServer, res: ServerResponse): true {
  s.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  return true;
}

/** A commit object as comparisons list them (trimmed to the fields a reader may use). */
function commitObject(served: ServedRepository, s: GitHubServer, sha: string): Record<string, unknown> {
  const api = `${s.url}/repos/${served.owner}/${served.repo}`;
  return {
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    url: `${api}/commits/${sha}`,
    html_url: `${s.htmlBase}/${served.owner}/${served.repo}/commit/${sha}`,
    commit: {
      message: 'commit',
      tree: { sha, url: `${api}/git/trees/${sha}` },
      author: { name: 'A', email: 'a@example.com', date: '2026-01-01T00:00:00Z' },
      committer: { name: 'A', email: 'a@example.com', date: '2026-01-01T00:00:00Z' }
    },
    parents: []
  };
}

function comparison(
  served: ServedRepository,
  s: GitHubServer,
  base: string,
  head: string,
  req: ParsedRequest
): Record<string, unknown> {
  const web = `${s.htmlBase}/${served.owner}/${served.repo}`;
  const page = Number(req.query.get('page') ?? 1) || 1;
  const files = served.diff(base, head).slice(0, 300);
  return {
    url: `${s.url}/repos/${served.owner}/${served.repo}/compare/${base}...${head}`,
    html_url: `${web}/compare/${base}...${head}`,
    permalink_url: `${web}/compare/${served.owner}:${base}...${served.owner}:${head}`,
    diff_url: `${web}/compare/${base}...${head}.diff`,
    patch_url: `${web}/compare/${base}...${head}.patch`,
    base_commit: commitObject(served, s, base),
    merge_base_commit: commitObject(served, s, base),
    status: 'ahead',
    ahead_by: 1,
    behind_by: 0,
    total_commits: 1,
    commits: page === 1 ? [commitObject(served, s, head)] : [],
    // With paging, GitHub sends the files on page 1 only.
    ...(page === 1 ? { files } : {})
  };
}

function treeOf(
  served: ServedRepository,
  s: GitHubServer,
  sha: string,
  files: Map<string, Buffer>,
  recursive: boolean
): Record<string, unknown> {
  const api = `${s.url}/repos/${served.owner}/${served.repo}`;
  const folders = new Set<string>();
  for (const p of files.keys()) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  const entries = [
    ...[...folders].map((p) => ({
      path: p,
      mode: '040000',
      type: 'tree',
      sha: blobSha(p),
      url: `${api}/git/trees/${blobSha(p)}`
    })),
    ...[...files].map(([p, bytes]) => ({
      path: p,
      mode: '100644',
      type: 'blob',
      sha: blobSha(bytes),
      size: bytes.length,
      url: `${api}/git/blobs/${blobSha(bytes)}`
    }))
  ]
    .filter((e) => recursive || !e.path.includes('/'))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { sha, url: `${api}/git/trees/${sha}`, tree: entries, truncated: false };
}

function content(
  served: ServedRepository,
  s: GitHubServer,
  res: ServerResponse,
  req: ParsedRequest,
  ref: string,
  files: Map<string, Buffer>,
  p: string
): true {
  const api = `${s.url}/repos/${served.owner}/${served.repo}`;
  const web = `${s.htmlBase}/${served.owner}/${served.repo}`;
  const describe = (path: string, type: 'file' | 'dir', bytes?: Buffer): Record<string, unknown> => {
    const sha = blobSha(bytes ?? path);
    const self = `${api}/contents/${path}?ref=${ref}`;
    const git = `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
    const html = `${web}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`;
    return {
      type,
      size: bytes?.length ?? 0,
      name: path.split('/').pop(),
      path,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `https://raw.example/${served.owner}/${served.repo}/${ref}/${path}` : null,
      _links: { self, git, html }
    };
  };
  const bytes = files.get(p);
  if (bytes === undefined) {
    const children = [...files.keys()].filter((f) => f.startsWith(`${p}/`));
    if (children.length === 0) return notFound(s, res);
    const names = [...new Set(children.map((f) => f.slice(p.length + 1).split('/')[0]))].sort();
    s.send(
      res,
      200,
      names.map((n) => {
        const child = `${p}/${n}`;
        return files.has(child) ? describe(child, 'file', files.get(child)) : describe(child, 'dir');
      })
    );
    return true;
  }
  const accept = String(req.raw.headers.accept ?? '');
  if (accept.includes('raw') && !served.jsonOnly) {
    res.writeHead(200, {
      'content-type': 'application/vnd.github.raw; charset=utf-8',
      'x-github-media-type': 'github.v3; param=raw',
      'content-length': String(bytes.length)
    });
    res.end(bytes);
    return true;
  }
  const base64 = bytes.toString('base64').replace(/.{60}/g, '$&\n');
  s.send(res, 200, { ...describe(p, 'file', bytes), content: base64, encoding: 'base64' });
  return true;
}
