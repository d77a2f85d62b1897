/**
 * The built action (`node dist/index.js`) when the GitHub API cannot be reached: `GITHUB_API_URL`
 * names a host that does not resolve (`.invalid` never does; no network is needed), a closed port
 * on 127.0.0.1 (connection refused), or a local server that accepts each connection and closes it
 * at once (reset) and counts them. The failure is named as what it is, with the host, and never as
 * a 500 with a permissions hint; a name that does not resolve is not retried; a refused or reset
 * connection is retried a bounded few times in the whole run. The existing rules hold: a failed
 * comment is a warning, never the check's failure; a failed commit status is a warning too.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { GitHubServer } from '../support/github-server.js';
import { MANIFEST } from './fixtures.js';
import {
  annotations,
  decodeCommand,
  prepareRunner,
  pullRequestEvent,
  type RunnerSetup,
  runActionBundle
} from './harness.js';

/** The retries the client allows for a server error, and so for a refused or reset connection. */
const RETRIES = 3;

let github: GitHubServer;
const setups: RunnerSetup[] = [];

beforeAll(async () => {
  github = await GitHubServer.start();
});
afterAll(async () => {
  for (const s of setups) s.cleanup();
  await github.close();
});

/** A pull_request run within its budget, with a commit status, against `apiUrl`. */
function gate(apiUrl: string): RunnerSetup {
  const setup = prepareRunner({
    server: github,
    payload: pullRequestEvent(),
    files: { 'carbon-manifest.yml': MANIFEST },
    inputs: { budget: '10 kg', 'status-context': 'carbon-gate' },
    env: { GITHUB_API_URL: apiUrl }
  });
  setups.push(setup);
  return setup;
}

/** A port nothing listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts every connection and resets it at once, counting them. */
async function resettingServer(): Promise<{ server: Server; port: number; connections: () => number }> {
  let count = 0;
  const server = createServer((socket: Socket) => {
    count++;
    socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, connections: () => count };
}

/** Lines the client logs before each retry of a request that did not reach GitHub. */
function retryLines(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((l) => /could not be reached .*retrying in/.test(l));
}

function warnings(stdout: string): string[] {
  return annotations(stdout, 'warning').map(decodeCommand);
}

describe('dist/index.js when the GitHub API cannot be reached', () => {
  test('a host name that does not resolve: named with the host, not retried, the check still passes', async () => {
    const setup = gate('http://carbon-gate.invalid');
    const r = await runActionBundle(setup);
    expect(r.code).toBe(0); // within budget: a comment that cannot be posted is a warning
    const said = warnings(r.stdout);
    const comment = said.find((w) => w.includes('Posting the PR comment'));
    expect(comment).toContain("GitHub's API at carbon-gate.invalid could not be reached");
    expect(comment).toMatch(/the host name does not resolve \(DNS lookup failed: (ENOTFOUND|EAI_AGAIN)\)/);
    expect(comment).toContain('not retried');
    expect(said.join('\n')).not.toMatch(/answered 500|server error|lacks permission|needs `statuses: write`/);
    expect(said.some((w) => w.includes('commit status') && w.includes('carbon-gate.invalid'))).toBe(true);
    expect(retryLines(r.stdout)).toEqual([]);
    expect(setup.outputs().status).toBe('pass');
    expect(setup.summary()).toContain('Within budget');
  });

  test('a closed port: connection refused, named with host and port, retried a bounded few times in the whole run', async () => {
    const port = await closedPort();
    const setup = gate(`http://127.0.0.1:${port}`);
    const r = await runActionBundle(setup);
    expect(r.code).toBe(0);
    const said = warnings(r.stdout);
    const comment = said.find((w) => w.includes('Posting the PR comment'));
    expect(comment).toContain(
      `GitHub's API at 127.0.0.1:${port} could not be reached: the connection was refused (ECONNREFUSED)`
    );
    expect(comment).toContain('not a permission problem');
    expect(said.join('\n')).not.toMatch(/answered 500|server error|lacks permission|needs `statuses: write`/);
    expect(retryLines(r.stdout)).toHaveLength(RETRIES);
    expect(setup.outputs().status).toBe('pass');
  });

  test('a connection reset on every try: the server sees each request once, and the retries of one, no more', async () => {
    const resetting = await resettingServer();
    try {
      const setup = gate(`http://127.0.0.1:${resetting.port}`);
      const r = await runActionBundle(setup);
      expect(r.code).toBe(0);
      const said = warnings(r.stdout);
      expect(said.find((w) => w.includes('Posting the PR comment'))).toContain(
        `GitHub's API at 127.0.0.1:${resetting.port} could not be reached: the connection was reset`
      );
      // Every failed call is reported once; the retries are the run's budget, spent on the first call.
      const failedCalls = said.filter((w) => w.includes(`127.0.0.1:${resetting.port}`)).length;
      expect(retryLines(r.stdout)).toHaveLength(RETRIES);
      expect(resetting.connections()).toBe(failedCalls + RETRIES);
    } finally {
      await new Promise<void>((resolve) => resetting.server.close(() => resolve()));
    }
  });
});
