/**
 * Brings a run's artifacts onto the runner: list (every page) -> download (streamed) -> extract
 * (checked) each into `RUNNER_TEMP/carbon-gate-artifacts/<artifact-name>/`. One artifact at a
 * time, so at most one zip is on disk, and each zip is deleted once extracted.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic, type Severity } from '../../core/diagnostics.js';
import { formatBytes } from '../../core/format.js';
import { extractZip, runTotalDiagnostic } from '../../io/artifacts/extract.js';
import { resolveArtifactLimits, type ArtifactLimits } from '../../io/artifacts/limits.js';
import { assignFolders } from '../../io/artifacts/names.js';
import type { GitHubClient } from '../github.js';
import { downloadArtifact } from './download.js';
import { listArtifacts, type ArtifactInfo } from './list.js';

/** The folder under `RUNNER_TEMP` that holds extracted artifacts, one sub-folder each. */
const ARTIFACTS_FOLDER = 'carbon-gate-artifacts';
/** The folder under `RUNNER_TEMP` where zips wait between download and extraction. */
const DOWNLOADS_FOLDER = 'carbon-gate-downloads';

/** Options for {@link fetchArtifacts}. */
export interface FetchArtifactsOptions {
  owner: string;
  repo: string;
  /** The run whose artifacts to read (`workflow_run.id` in `workflow_run` mode). */
  runId: number;
  /** Artifact names or globs (the `artifacts` input, one per line). */
  patterns: readonly string[];
  /** `RUNNER_TEMP`: private to the job and emptied after it. */
  tempDir: string;
  /** Limits per artifact and per run; unset ones take `DEFAULT_ARTIFACT_LIMITS`. */
  limits?: Partial<ArtifactLimits>;
  /** Severity of missing/expired artifacts (default `error`); hostile content is always an error. */
  missingSeverity?: Severity;
  /** fetch for the storage URLs (default the global one). */
  fetch?: typeof fetch;
}

/** One artifact on disk. */
export interface ExtractedArtifact {
  id: number;
  /** Name as uploaded. */
  name: string;
  /** Absolute path of its folder. */
  root: string;
  /** Files extracted, relative to `root` with `/`. */
  files: string[];
  bytes: number;
}

/** What {@link fetchArtifacts} brought and what it could not. */
export interface FetchedArtifacts {
  /** `RUNNER_TEMP/carbon-gate-artifacts`. */
  baseDir: string;
  /** Artifacts extracted, sorted by name. */
  artifacts: ExtractedArtifact[];
  /** Patterns that matched nothing, and artifacts that expired: the data that is missing. */
  unmatchedPatterns: string[];
  expired: ArtifactInfo[];
  /** Artifacts matched but not extracted (download failed, refused as hostile). */
  failed: ArtifactInfo[];
  diagnostics: Diagnostic[];
}

/** Skipped artifacts named one by one before the rest are counted in one diagnostic. */
const MAX_NAMED_SKIPS = 20;

/**
 * Lists, downloads and extracts the artifacts matching `patterns`. Never throws for API or content
 * problems: everything missing, expired or refused is a diagnostic (see {@link listArtifacts},
 * {@link downloadArtifact}, {@link extractZip}), and the caller decides to fail or warn by
 * `missingSeverity`. An artifact folder left by an earlier step of the same job is replaced.
 *
 * The run's limits are kept before anything is downloaded: artifacts past `count` (in name order)
 * are skipped, and so is one whose listed zip size alone is more than what is left of `run-total`;
 * while unpacking, the bytes that really come out count against `run-total` too. Each skipped
 * artifact is an error (`artifact/limit-count`, `artifact/limit-run-total`): its data is missing.
 */
export async function fetchArtifacts(octokit: GitHubClient, options: FetchArtifactsOptions): Promise<FetchedArtifacts> {
  const baseDir = path.join(path.resolve(options.tempDir), ARTIFACTS_FOLDER);
  const downloadsDir = path.join(path.resolve(options.tempDir), DOWNLOADS_FOLDER);
  const { limits, problems } = resolveArtifactLimits(options.limits);
  const listed = await listArtifacts(octokit, options);
  const diagnostics: Diagnostic[] = [
    ...problems.map((p) => diagnostic('warning', 'artifact/bad-limit', `Extraction limit: ${p}.`)),
    ...listed.diagnostics
  ];
  const result: FetchedArtifacts = {
    baseDir,
    artifacts: [],
    unmatchedPatterns: listed.unmatchedPatterns,
    expired: listed.expired,
    failed: [],
    diagnostics
  };
  if (listed.matched.length === 0) return result;

  const skips = new SkipReport();
  const byName = [...listed.matched].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const kept = new Set(byName.slice(0, limits.maxArtifacts));
  const allowed = listed.matched.filter((a) => kept.has(a));
  for (const artifact of byName.slice(limits.maxArtifacts)) {
    result.failed.push(artifact);
    skips.add(
      diagnostic(
        'error',
        'artifact/limit-count',
        `Artifact "${artifact.name}" was not read: ${listed.matched.length} artifacts match, and at most ${limits.maxArtifacts} are read per run (\`count\` in \`artifact-limits\`; the first ${limits.maxArtifacts} by name are read). Name fewer artifacts, or raise the limit if they are trusted.`
      )
    );
  }

  await mkdir(baseDir, { recursive: true, mode: 0o700 });
  const folders = assignFolders(allowed);
  let runBytes = 0;
  for (const artifact of allowed) {
    const run = { leftBytes: limits.maxRunTotalBytes - runBytes, totalBytes: limits.maxRunTotalBytes };
    if (artifact.sizeInBytes > run.leftBytes) {
      // Not downloaded: an artifact's content is about as large as its zip (stored entries add only
      // headers) or larger (compressed ones), so one whose zip alone exceeds what is left cannot fit.
      result.failed.push(artifact);
      skips.add(runTotalDiagnostic(artifact.name, `its zip alone is ${formatBytes(artifact.sizeInBytes)}`, run));
      continue;
    }
    const root = path.join(baseDir, folders.get(artifact.id) as string);
    const zipPath = path.join(downloadsDir, `${artifact.id}.zip`);
    // Both paths are ours alone (RUNNER_TEMP is per job); leftovers come from an earlier step.
    await rm(root, { recursive: true, force: true });
    await rm(zipPath, { force: true });

    const download = await downloadArtifact(
      octokit,
      {
        owner: options.owner,
        repo: options.repo,
        artifactId: artifact.id,
        artifactName: artifact.name,
        maxZipBytes: limits.maxZipBytes,
        expectedDigest: artifact.digest,
        missingSeverity: options.missingSeverity,
        fetch: options.fetch
      },
      zipPath
    );
    for (const d of download.diagnostics) diagnostics.push(d);
    if (!download.ok) {
      result.failed.push(artifact);
      continue;
    }
    const extracted = await extractZip(zipPath, root, {
      artifactName: artifact.name,
      limits,
      runBytesLeft: run.leftBytes,
      runTotalBytes: run.totalBytes
    });
    await rm(zipPath, { force: true });
    for (const d of extracted.diagnostics) diagnostics.push(d);
    if (!extracted.ok) {
      result.failed.push(artifact);
      continue;
    }
    runBytes += extracted.bytes;
    result.artifacts.push({
      id: artifact.id,
      name: artifact.name,
      root,
      files: extracted.files,
      bytes: extracted.bytes
    });
  }
  for (const d of skips.diagnostics()) diagnostics.push(d);
  return result;
}

/** Diagnostics of skipped artifacts: the first {@link MAX_NAMED_SKIPS} one by one, the rest counted. */
class SkipReport {
  private readonly named: Diagnostic[] = [];
  private more = 0;

  add(d: Diagnostic): void {
    if (this.named.length < MAX_NAMED_SKIPS) this.named.push(d);
    else this.more++;
  }

  diagnostics(): Diagnostic[] {
    if (this.more === 0) return this.named;
    return [
      ...this.named,
      diagnostic(
        'error',
        'artifact/more-problems',
        `${this.more} more artifacts were not read for the same limits; they are not listed one by one.`
      )
    ];
  }
}
