/** The local GitHub API server speaks the REST conventions the client relies on. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { GITHUB_ACTIONS_BOT, GitHubServer, MAX_COMMENT_CHARS } from '../support/github-server.js';

let server: GitHubServer;
const TOKEN = 'ghs_serverTestTOKEN';
const READ_ONLY = 'ghs_serverTestREADONLY';
const USER = { login: 'octocat', id: 1, type: 'User' as const };

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKEN, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  server.addToken(READ_ONLY, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: false });
});
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown, token = TOKEN) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  return {
    status: res.status,
    link: res.headers.get('link'),
    retryAfter: res.headers.get('retry-after'),
    json: text ? JSON.parse(text) : undefined
  };
}

describe('GitHubServer', () => {
  test('paginates with per_page/page and a Link header, as GitHub does', async () => {
    for (let i = 0; i < 260; i++) server.addComment('o', 'r', 1, USER, `c${i}`);
    // 260 comments at 100 a page: pages of 100, 100, 60.
    const pages = [
      [1, 100, '<URL?per_page=100&page=2>; rel="next", <URL?per_page=100&page=3>; rel="last"'],
      [
        2,
        100,
        '<URL?per_page=100&page=1>; rel="prev", <URL?per_page=100&page=1>; rel="first", <URL?per_page=100&page=3>; rel="next", <URL?per_page=100&page=3>; rel="last"'
      ],
      [3, 60, '<URL?per_page=100&page=2>; rel="prev", <URL?per_page=100&page=1>; rel="first"']
    ] as const;
    for (const [page, count, link] of pages) {
      const r = await call('GET', `/repos/o/r/issues/1/comments?per_page=100&page=${page}`);
      expect(r.json).toHaveLength(count);
      expect(r.link).toBe(link.replace(/URL/g, `${server.url}/repos/o/r/issues/1/comments`));
    }
    // Default page size is 30; at most 100.
    expect((await call('GET', '/repos/o/r/issues/1/comments')).json).toHaveLength(30);
    expect((await call('GET', '/repos/o/r/issues/1/comments?per_page=500')).json).toHaveLength(100);
  });

  test('creates, edits and deletes comments; refuses bodies over the limit', async () => {
    const created = await call('POST', '/repos/o/r/issues/2/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.json.user.login).toBe('github-actions[bot]');
    const edited = await call('PATCH', `/repos/o/r/issues/comments/${created.json.id}`, { body: 'edited' });
    expect(edited.json.body).toBe('edited');
    expect(
      (await call('POST', '/repos/o/r/issues/2/comments', { body: 'x'.repeat(MAX_COMMENT_CHARS + 1) })).status
    ).toBe(422);
    expect((await call('POST', '/repos/o/r/issues/2/comments', { body: 'x'.repeat(MAX_COMMENT_CHARS) })).status).toBe(
      201
    );
    expect((await call('DELETE', `/repos/o/r/issues/comments/${created.json.id}`)).status).toBe(204);
    expect(server.comments('o', 'r', 2)).toHaveLength(1);
  });

  test('answers like GitHub to identities: 401 unknown token, 403 GET /user for installations, 403 writes for read-only', async () => {
    expect((await call('GET', '/user', undefined, 'nope')).status).toBe(401);
    expect((await call('GET', '/user')).status).toBe(403);
    expect((await call('POST', '/repos/o/r/issues/3/comments', { body: 'x' }, READ_ONLY)).status).toBe(403);
    expect((await call('GET', '/repos/o/r/issues/3/comments', undefined, READ_ONLY)).status).toBe(200);
  });

  test('serves labels and issue events, and stores commit statuses (newest first on GET)', async () => {
    server.addLabel('o', 'r', 4, 'carbon-budget-approved', USER);
    expect((await call('GET', '/repos/o/r/issues/4/labels')).json.map((l: { name: string }) => l.name)).toEqual([
      'carbon-budget-approved'
    ]);
    const events = (await call('GET', '/repos/o/r/issues/4/events')).json;
    expect(events).toMatchObject([
      { event: 'labeled', actor: { login: 'octocat' }, label: { name: 'carbon-budget-approved' } }
    ]);

    const sha = 'a'.repeat(40);
    expect(
      (await call('POST', `/repos/o/r/statuses/${sha}`, { state: 'pending', context: 'carbon-gate' })).status
    ).toBe(201);
    expect(
      (
        await call('POST', `/repos/o/r/statuses/${sha}`, {
          state: 'failure',
          context: 'carbon-gate',
          description: 'over budget'
        })
      ).status
    ).toBe(201);
    expect((await call('POST', `/repos/o/r/statuses/${sha}`, { state: 'red' })).status).toBe(422);
    expect(server.statuses('o', 'r', sha).map((s) => s.state)).toEqual(['pending', 'failure']);
    expect(
      (await call('GET', `/repos/o/r/commits/${sha}/statuses`)).json.map((s: { state: string }) => s.state)
    ).toEqual(['failure', 'pending']);
  });

  test('injected faults answer the next N matching requests, then the route works again; all are recorded', async () => {
    server.clearRequests();
    server.inject({
      method: 'GET',
      path: /\/issues\/5\/comments$/,
      times: 2,
      status: 429,
      headers: { 'retry-after': '3' }
    });
    const first = await call('GET', '/repos/o/r/issues/5/comments');
    expect([first.status, first.retryAfter]).toEqual([429, '3']);
    expect((await call('GET', '/repos/o/r/issues/5/comments')).status).toBe(429);
    expect((await call('GET', '/repos/o/r/issues/5/comments')).status).toBe(200);
    expect(server.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  test('extra routes (for later endpoints) are tried first', async () => {
    server.route((req, res, s) => {
      if (req.path !== '/repos/o/r/actions/artifacts') return false;
      s.sendPage(req, res, [{ id: 1 }, { id: 2 }]);
      return true;
    });
    expect((await call('GET', '/repos/o/r/actions/artifacts?per_page=1')).json).toEqual([{ id: 1 }]);
  });
});
