/**
 * The local GitHub API server with the artifact, pull-request and storage routes of
 * artifact-server.ts mounted, so one `GITHUB_API_URL` serves everything the action calls: comments,
 * labels and commit statuses (GitHubServer's own, with its token identities and read-only tokens)
 * and artifacts and pulls (artifact-server.ts's state). The storage host stays a separate server on
 * another port, as blob storage is another origin that must never receive the token.
 */
import {
  createArtifactState,
  handleArtifactRoutes,
  startStorageServer,
  type ArtifactServerState
} from './artifact-server.js';
import type { GitHubServer } from './github-server.js';

/** The mounted routes' state, and how to stop the storage server. */
export interface MountedArtifacts {
  state: ArtifactServerState;
  close(): Promise<void>;
}

/**
 * Mounts the artifact routes for `owner/repo` into `server`. GitHubServer answers requests without
 * a known token with 401 before any mounted route, and keeps serving commit statuses itself.
 */
export async function mountArtifactRoutes(
  server: GitHubServer,
  owner: string,
  repo: string
): Promise<MountedArtifacts> {
  const state = createArtifactState(owner, repo);
  state.serveStatuses = false;
  server.route((req, res) => handleArtifactRoutes(req, res, state));
  const storage = await startStorageServer(state);
  return { state, close: () => storage.close() };
}
