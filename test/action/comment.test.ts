/**
 * Which comments are the sticky comment (src/action/comment.ts), over real HTTP to the local
 * GitHub API server: only a comment by the token's identity whose first line is exactly the tag's
 * marker. Quoting the marker, a marker with text after it on its line, or another tag's marker do
 * not make a comment ours.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { markerFor } from '../../src/action/comment-body.js';
import { upsertComment } from '../../src/action/comment.js';
import { createClient } from '../../src/action/github.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';

const TOKEN = 'ghs_commentTestTOKEN';
const OWNER = 'o';
const REPO = 'r';
const MARKER = markerFor('carbon-gate');
let server: GitHubServer;
let issue = 100;

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKEN, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
});
afterAll(() => server.close());

async function upsert(issueNumber: number, body: string) {
  const client = createClient({ token: TOKEN, apiUrl: server.url, retryBaseDelayMs: 0 });
  return upsertComment(
    client,
    { owner: OWNER, repo: REPO, issueNumber },
    { tag: 'carbon-gate', body, mode: 'update', authorLogin: GITHUB_ACTIONS_BOT.login }
  );
}

describe('upsertComment: the marker is the first line, exactly', () => {
  it.each([
    ['the marker quoted further down', `See this:\n${MARKER}\n`],
    ['the marker quoted in a code span on the first line', `\`${MARKER}\` is how it finds its comment`],
    ['the marker followed by other text on its line', `${MARKER} (copied)\nold`],
    ["another tag's marker", `${markerFor('carbon-gate-2')}\nold`],
    ['the marker indented', ` ${MARKER}\nold`]
  ])('a bot comment with %s is left alone; a new comment is posted', async (_what, body) => {
    const n = issue++;
    const other = server.addComment(OWNER, REPO, n, GITHUB_ACTIONS_BOT, body);
    const result = await upsert(n, `${MARKER}\nnew report`);
    expect(result.action).toBe('created');
    const after = server.comments(OWNER, REPO, n);
    expect(after.map((c) => [c.id, c.body])).toEqual([
      [other.id, body],
      [result.id, `${MARKER}\nnew report`]
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF (edited in the browser)', '\r\n']
  ])('our comment, marker then %s, is updated in place', async (_what, eol) => {
    const n = issue++;
    const ours = server.addComment(OWNER, REPO, n, GITHUB_ACTIONS_BOT, `${MARKER}${eol}old report`);
    const result = await upsert(n, `${MARKER}\nnew report`);
    expect([result.action, result.id]).toEqual(['updated', ours.id]);
    expect(server.comments(OWNER, REPO, n).map((c) => c.body)).toEqual([`${MARKER}\nnew report`]);
  });
});
