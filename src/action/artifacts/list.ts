/**
 * Lists a workflow run's artifacts (every page) and picks the ones the user asked for by name or
 * glob. Anything asked for and not usable — a pattern that matches nothing, an expired artifact,
 * a run that uploaded nothing — becomes a diagnostic, so missing data never passes silently.
 */
import { minimatch } from 'minimatch';
import { diagnostic, type Diagnostic, type Severity } from '../../core/diagnostics.js';
import { closestNames, didYouMean } from '../../core/suggest.js';
import { describeFailure, isUnreachable, type GitHubClient } from '../github.js';

/** One artifact as carbon-gate uses it. */
export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  /** ISO time it expires (or expired), where GitHub gives one. */
  expiresAt?: string;
  /** Commit the uploading run built, where GitHub gives one. */
  headSha?: string;
  /** `sha256:<hex>` of the zip, recorded at upload (upload-artifact v4+). */
  digest?: string;
}

/** Options for {@link listArtifacts}. */
export interface ListArtifactsOptions {
  owner: string;
  repo: string;
  runId: number;
  /** Artifact names or glob patterns (`power-node-*`); blank entries are ignored. */
  patterns: readonly string[];
  /**
   * Severity of "asked for but not there" (no match, expired, nothing uploaded): `error` (the
   * default) fails the check, `warning` only reports. API failures are always errors.
   */
  missingSeverity?: Severity;
}

/** The artifacts picked and what was not found. */
export interface ListedArtifacts {
  /** Unexpired artifacts matching a pattern, each once, sorted by name. */
  matched: ArtifactInfo[];
  /** Expired artifacts that matched a pattern (they cannot be downloaded). */
  expired: ArtifactInfo[];
  /** Patterns that matched no artifact at all. */
  unmatchedPatterns: string[];
  /** How many artifacts the run has in all. */
  total: number;
  diagnostics: Diagnostic[];
}

/** Shape of one item of `GET .../actions/runs/{run_id}/artifacts` that this module reads. */
interface ApiArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  expires_at?: string | null;
  workflow_run?: { head_sha?: string } | null;
  digest?: string | null;
}

/**
 * Lists the run's artifacts through `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts`,
 * following every page, and matches them against `patterns` (exact names, or globs with
 * minimatch, the matcher actions/download-artifact uses).
 *
 * Diagnostics: `artifact/list-failed` (error), and at `missingSeverity`: `artifact/none-in-run`,
 * `artifact/no-match` (with the closest names), `artifact/expired`.
 */
export async function listArtifacts(octokit: GitHubClient, options: ListArtifactsOptions): Promise<ListedArtifacts> {
  const { owner, repo, runId } = options;
  const severity = options.missingSeverity ?? 'error';
  const patterns = [...new Set(options.patterns.map((p) => p.trim()).filter((p) => p !== ''))];
  const empty: ListedArtifacts = { matched: [], expired: [], unmatchedPatterns: [], total: 0, diagnostics: [] };
  if (patterns.length === 0) return empty;

  let all: ApiArtifact[];
  try {
    all = (await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
      owner,
      repo,
      run_id: runId,
      per_page: 100
    })) as ApiArtifact[];
  } catch (error) {
    return {
      ...empty,
      unmatchedPatterns: patterns,
      diagnostics: [
        diagnostic(
          'error',
          'artifact/list-failed',
          `Could not list the artifacts of workflow run ${runId} in ${owner}/${repo}: ${describeFailure(error)}.${isUnreachable(error) ? '' : ' The workflow needs `actions: read` permission.'}`
        )
      ]
    };
  }

  const artifacts = all.map(toInfo).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const asked = patterns.join('", "');
  if (artifacts.length === 0) {
    return {
      ...empty,
      unmatchedPatterns: patterns,
      diagnostics: [
        diagnostic(
          severity,
          'artifact/none-in-run',
          `Workflow run ${runId} has no artifacts; expected ones matching "${asked}". Check that the training job uploads them with actions/upload-artifact and that it finished before this job (\`needs:\` or a \`workflow_run\` trigger).`
        )
      ]
    };
  }

  const picked = new Map<number, ArtifactInfo>();
  const unmatchedPatterns: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const pattern of patterns) {
    const hits = artifacts.filter((a) => matchesName(a.name, pattern));
    if (hits.length === 0) {
      unmatchedPatterns.push(pattern);
      const names = artifacts.map((a) => a.name);
      diagnostics.push(
        diagnostic(
          severity,
          'artifact/no-match',
          `No artifact of workflow run ${runId} matches "${pattern}"; the run has ${listNames(names)}.${didYouMean(closestNames(pattern, names))}`
        )
      );
    }
    for (const hit of hits) picked.set(hit.id, hit);
  }

  const matched = [...picked.values()].filter((a) => !a.expired);
  const expired = [...picked.values()].filter((a) => a.expired);
  for (const a of expired) {
    const when = a.expiresAt ? ` on ${a.expiresAt}` : '';
    diagnostics.push(
      diagnostic(
        severity,
        'artifact/expired',
        `Artifact "${a.name}" of workflow run ${runId} expired${when} and can no longer be downloaded; re-run the training workflow, or keep artifacts longer (upload-artifact's \`retention-days\`).`
      )
    );
  }
  return { matched, expired, unmatchedPatterns, total: artifacts.length, diagnostics };
}

/** True when an artifact name matches a pattern: equal, or a glob match (no path semantics). */
function matchesName(name: string, pattern: string): boolean {
  return name === pattern || minimatch(name, pattern, { dot: true, nonegate: true, nocomment: true });
}

function toInfo(a: ApiArtifact): ArtifactInfo {
  const info: ArtifactInfo = { id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired === true };
  if (a.expires_at) info.expiresAt = a.expires_at;
  if (a.workflow_run?.head_sha) info.headSha = a.workflow_run.head_sha;
  if (a.digest) info.digest = a.digest;
  return info;
}

function listNames(names: readonly string[]): string {
  const shown = names
    .slice(0, 10)
    .map((n) => `"${n}"`)
    .join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
