/**
 * A fresh artifact API server (test/support/artifact-server.ts) for every test of a file, with an
 * Octokit client on it, so that no test sees another's artifacts, pulls, statuses or faults.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach } from '@jest/globals';
import {
  createArtifactState,
  startArtifactServer,
  type ArtifactServerState,
  type RunningArtifactServer
} from './artifact-server.js';

/** The current test's server, its state and a client with the token; replaced before each test. */
export interface ArtifactServerPerTest {
  state: ArtifactServerState;
  server: RunningArtifactServer;
  octokit: ReturnType<typeof getOctokit>;
}

/**
 * Registers a `beforeEach` that starts a server for `owner/repo` and a client sending `token`, and
 * an `afterEach` that stops the server. Call it at the top of a test file; read the fields in tests.
 */
export function useArtifactServerPerTest(owner: string, repo: string, token: string): ArtifactServerPerTest {
  const api = {} as ArtifactServerPerTest;
  beforeEach(async () => {
    api.state = createArtifactState(owner, repo);
    api.server = await startArtifactServer(api.state);
    api.octokit = getOctokit(token, { baseUrl: api.server.apiUrl });
  });
  afterEach(async () => {
    await api.server.close();
  });
  return api;
}
