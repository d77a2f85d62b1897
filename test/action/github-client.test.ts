/**
 * The client's failures in words: a request that never reached GitHub is named with its host and
 * what happened (not "500" with a permissions hint), a name that does not resolve is not retried,
 * a refused connection is retried at most the client's few times in all; an HTTP 500 that GitHub
 * did send is still reported as one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type AddressInfo } from 'node:net';
import {
  createClient,
  describeApiError,
  describeFailure,
  errorStatus,
  isUnreachable,
  type GitHubClient
} from '../../src/action/github.js';
import { withRunnerEnv } from './harness.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';

const TOKEN = 'ghs_clientTestTOKEN0123456789';

let github: GitHubServer;
beforeAll(async () => {
  github = await GitHubServer.start();
  github.addToken(TOKEN, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
});
afterAll(() => github.close());

const client = (apiUrl: string): GitHubClient => createClient({ token: TOKEN, apiUrl, retryBaseDelayMs: 1 });

/** The error of one call, and the lines the client logged (its retries) while making it. */
async function failure(c: GitHubClient, call: (c: GitHubClient) => Promise<unknown>) {
  const { value, stdout } = await withRunnerEnv({}, async () => {
    try {
      await call(c);
      return undefined;
    } catch (error) {
      return error;
    }
  });
  return { error: value, retries: stdout.split('\n').filter((l) => l.includes('retrying in')) };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a request that never reaches GitHub', () => {
  test('a host name that does not resolve: named with the host, no status, not retried', async () => {
    const { error, retries } = await failure(client('http://carbon-gate.invalid'), (c) =>
      c.rest.users.getAuthenticated()
    );
    expect(retries).toEqual([]);
    expect(errorStatus(error)).toBeUndefined();
    expect(isUnreachable(error)).toBe(true);
    const said = describeApiError('Posting the PR comment on #7', error);
    expect(said).toMatch(
      /^Posting the PR comment on #7 failed \(GET http:\/\/carbon-gate\.invalid\/user\): GitHub's API at carbon-gate\.invalid could not be reached: the host name does not resolve \(DNS lookup failed: (ENOTFOUND|EAI_AGAIN)\); not retried/
    );
    expect(said).not.toMatch(/500|server error|permission \(/);
    expect(describeFailure(error)).toMatch(/^GitHub's API at carbon-gate\.invalid could not be reached/);
  });

  test('a refused connection: retried three times by the first call, then no more by the client', async () => {
    const port = await closedPort();
    const c = client(`http://127.0.0.1:${port}`);
    const first = await failure(c, (cl) => cl.rest.users.getAuthenticated());
    expect(first.retries).toHaveLength(3);
    expect(describeFailure(first.error)).toBe(
      `GitHub's API at 127.0.0.1:${port} could not be reached: the connection was refused (ECONNREFUSED); still so after 3 retries`
    );
    const second = await failure(c, (cl) => cl.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 }));
    expect(second.retries).toEqual([]);
    expect(describeFailure(second.error)).toBe(
      `GitHub's API at 127.0.0.1:${port} could not be reached: the connection was refused (ECONNREFUSED)`
    );
  });
});

describe('an HTTP answer is still an HTTP answer', () => {
  test('a 500 GitHub sent is reported as a 500, with its retries', async () => {
    github.inject({ path: /^\/user$/, times: 10, status: 500, body: { message: 'boom' } });
    try {
      const { error } = await failure(client(github.url), (c) => c.rest.users.getAuthenticated());
      expect(errorStatus(error)).toBe(500);
      expect(isUnreachable(error)).toBe(false);
      expect(describeApiError('Checking', error)).toContain('GitHub answered 500 "boom"');
    } finally {
      github.clearFaults();
    }
  });
});
