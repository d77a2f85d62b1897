/**
 * One call for the adapter: bring the artifacts onto the runner and turn them into what the core
 * reads — the manifests that arrived in them, a TraceReader over the workspace and every
 * artifact, and the PR-number hint (to be checked, never trusted).
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import type { TextInput, TraceReader } from '../../core/model.js';
import { createArtifactTraceReader, findArtifactManifests } from '../../io/artifacts/trace-roots.js';
import type { CrawlBudget } from '../../io/walk.js';
import { readPrNumberHint } from '../workflow-run.js';
import type { GitHubClient } from '../github.js';
import { fetchArtifacts, type FetchArtifactsOptions, type FetchedArtifacts } from './fetch.js';

/** Options for {@link loadArtifactSources}. */
export interface ArtifactSourcesOptions extends FetchArtifactsOptions {
  /** The checkout (`GITHUB_WORKSPACE`). */
  workspaceDir: string;
  /** Manifests already read from the workspace: identical copies in artifacts are not read again. */
  workspaceManifests?: readonly TextInput[];
  /** Manifest globs inside each artifact (default: the action's manifest globs). */
  manifestPatterns?: readonly string[];
  /** The folder entries the trace globs of the whole check may read (default: a budget of their own). */
  crawl?: CrawlBudget;
}

/** What the artifacts contribute to an analysis. */
export interface ArtifactSources {
  fetched: FetchedArtifacts;
  /** Manifests found in the artifacts, named `artifact:<name>/<path>`, each distinct text once. */
  manifests: TextInput[];
  /** Reads traces from the workspace and the artifacts (see createArtifactTraceReader). */
  traces: TraceReader;
  /** A `pr-number` file's content, for resolvePullRequest's `claimedPrNumber`. */
  prNumberHint?: string;
  /** Everything reported on the way: fetch, manifests, hint. */
  diagnostics: Diagnostic[];
}

/** Fetches the artifacts and prepares manifests, traces and the PR hint from them. Never throws for bad content. */
export async function loadArtifactSources(
  octokit: GitHubClient,
  options: ArtifactSourcesOptions
): Promise<ArtifactSources> {
  const fetched = await fetchArtifacts(octokit, options);
  const roots = fetched.artifacts.map((a) => ({ name: a.name, root: a.root }));
  const manifests = await findArtifactManifests(roots, {
    patterns: options.manifestPatterns,
    workspaceManifests: options.workspaceManifests
  });
  const hint = await readPrNumberHint(roots);
  const sources: ArtifactSources = {
    fetched,
    manifests: manifests.inputs,
    traces: createArtifactTraceReader({
      workspaceDir: options.workspaceDir,
      artifacts: roots,
      ...(options.crawl ? { crawl: options.crawl } : {})
    }),
    diagnostics: [...fetched.diagnostics, ...manifests.diagnostics, ...hint.diagnostics]
  };
  if (hint.value !== undefined) sources.prNumberHint = hint.value;
  return sources;
}
