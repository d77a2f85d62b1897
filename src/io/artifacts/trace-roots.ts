/**
 * Where manifests and traces are looked for once artifacts are on disk: in the workspace and in
 * each extracted artifact. Files inside an artifact are named `artifact:<name>/<path>` in reports
 * and diagnostics, so a reviewer sees where a number came from (not a runner temp path).
 *
 * Resolution of a manifest's trace pattern:
 * - a workspace manifest: relative to the manifest's folder in the workspace; if that finds
 *   nothing, relative to the root of every artifact (a committed manifest whose logs arrive from
 *   the training job);
 * - a manifest inside an artifact: relative to the same folder in every artifact (matrix jobs
 *   each upload the same manifest beside their own node's logs, and the run's traces are the
 *   union); if that finds nothing, relative to the root of every artifact.
 * Every lookup goes through a reader confined to its own root (the workspace, or one artifact's
 * folder), so no pattern, `..` or link reaches outside them.
 */
import path from 'node:path';
import { glob } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { TextInput, TraceReader } from '../../core/model.js';
import { IGNORED_GLOBS, MANIFEST_GLOBS } from '../discovery.js';
import { readTextFile } from '../read.js';
import { createTraceReader } from '../trace-reader.js';
import { createCrawlBudget, type CrawlBudget } from '../walk.js';

/** How files inside an artifact are named: `artifact:power-node-0/logs/power.csv`. */
export const ARTIFACT_PATH_PREFIX = 'artifact:';

/** An extracted artifact: its name and its folder. */
export interface ArtifactRoot {
  name: string;
  /** Absolute path of the folder it was extracted into. */
  root: string;
}

/** Names a file inside an artifact for reports: `artifact:<name>/<relative path>`. */
export function artifactPath(artifactName: string, relativePath: string): string {
  return `${ARTIFACT_PATH_PREFIX}${artifactName}/${relativePath.split(path.sep).join('/')}`;
}

/**
 * Splits `artifact:<name>/<path>` into the artifact and the path inside it, matching the longest
 * known artifact name (names may contain characters that look like separators). Undefined for a
 * workspace path or an unknown artifact.
 */
export function parseArtifactPath(
  file: string,
  artifactNames: readonly string[]
): { name: string; relativePath: string } | undefined {
  if (!file.startsWith(ARTIFACT_PATH_PREFIX)) return undefined;
  const rest = file.slice(ARTIFACT_PATH_PREFIX.length);
  const name = [...artifactNames].sort((a, b) => b.length - a.length).find((n) => rest.startsWith(`${n}/`));
  return name === undefined ? undefined : { name, relativePath: rest.slice(name.length + 1) };
}

/** Options for {@link createArtifactTraceReader}. */
export interface ArtifactTraceReaderOptions {
  /** The checkout: workspace manifests and traces are confined to it. */
  workspaceDir: string;
  /** Extracted artifacts (from fetchArtifacts), each confined to its own folder. */
  artifacts: readonly ArtifactRoot[];
  /** The folder entries the trace globs may read, shared by the workspace and every artifact. */
  crawl?: CrawlBudget;
}

/**
 * A TraceReader over the workspace and the artifacts, resolving patterns as the module comment
 * describes. `list` returns workspace files relative to the workspace and artifact files as
 * `artifact:<name>/<path>`; `open` accepts both. A pattern refused in the workspace (it leaves
 * it) is not retried in the artifacts. Where only the artifact-root fallback would leave an
 * artifact's folder, that is a warning `artifact/trace-outside-root`.
 */
export function createArtifactTraceReader(options: ArtifactTraceReaderOptions): TraceReader {
  const workspaceDir = path.resolve(options.workspaceDir);
  const crawl = options.crawl ?? createCrawlBudget();
  const workspace = createTraceReader(workspaceDir, { crawl });
  const artifacts = [...options.artifacts]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => ({ name: a.name, reader: createTraceReader(path.resolve(a.root), { crawl }) }));
  const names = artifacts.map((a) => a.name);
  // A manifest placed at an artifact's root: patterns are then relative to that root.
  const ROOT_MANIFEST = 'carbon-manifest.yml';

  /** Lists `pattern` relative to `manifestInArtifact` in every artifact; names are prefixed. */
  async function listInEachArtifact(
    manifestInArtifact: string,
    pattern: string
  ): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
    const files: string[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const a of artifacts) {
      const found = await a.reader.list(manifestInArtifact, pattern);
      for (const f of found.files) files.push(artifactPath(a.name, f));
      for (const d of found.diagnostics) diagnostics.push({ ...d, message: `In artifact "${a.name}": ${d.message}` });
    }
    return { files, diagnostics };
  }

  /** The artifact-root fallback; leaving an artifact's folder becomes one warning per pattern. */
  async function listAtArtifactRoots(
    manifestFile: string,
    pattern: string
  ): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
    const found = await listInEachArtifact(ROOT_MANIFEST, pattern);
    const outside = found.diagnostics.filter((d) => d.code === 'io/outside-root');
    const diagnostics = found.diagnostics.filter((d) => d.code !== 'io/outside-root');
    if (outside.length > 0) {
      diagnostics.push(
        diagnostic(
          'warning',
          'artifact/trace-outside-root',
          `The trace pattern "${pattern}" matched nothing beside the manifest, and relative to an artifact's root it would leave the artifact's folder, so artifacts were not searched for it.`,
          { file: manifestFile }
        )
      );
    }
    return { files: found.files, diagnostics };
  }

  return {
    async list(manifestFile: string, pattern: string) {
      const inArtifact = parseArtifactPath(manifestFile, names);
      const first = inArtifact
        ? await listInEachArtifact(inArtifact.relativePath, pattern)
        : await workspace.list(manifestFile, pattern);
      const refused = first.diagnostics.some((d) => d.severity === 'error');
      if (first.files.length > 0 || refused || artifacts.length === 0)
        return { files: dedupe(first.files), diagnostics: first.diagnostics };
      const fallback = await listAtArtifactRoots(manifestFile, pattern);
      return { files: dedupe(fallback.files), diagnostics: [...first.diagnostics, ...fallback.diagnostics] };
    },

    open(file: string): AsyncIterable<Uint8Array> {
      const inArtifact = parseArtifactPath(file, names);
      if (!inArtifact) return workspace.open(file);
      const reader = artifacts.find((a) => a.name === inArtifact.name)?.reader as TraceReader;
      return reader.open(inArtifact.relativePath);
    },

    // Workspace files may be read on the pool of threads; artifact files (named
    // `artifact:<name>/...` in the report) are read on the main thread.
    async offload(file, request) {
      if (parseArtifactPath(file, names)) return undefined;
      return workspace.offload?.(file, request);
    }
  };
}

function dedupe(files: readonly string[]): string[] {
  return [...new Set(files)];
}

/** Options for {@link findArtifactManifests}. */
export interface FindArtifactManifestsOptions {
  /** Globs relative to each artifact's root (default: the action's manifest globs). */
  patterns?: readonly string[];
  /**
   * Manifests already read from the workspace: an artifact manifest with the same text is the
   * committed one uploaded again and is not read twice (its runs would be counted twice).
   */
  workspaceManifests?: readonly TextInput[];
}

/**
 * Finds and reads the manifests inside extracted artifacts (size-capped, UTF-8, confined to each
 * artifact's folder), named `artifact:<name>/<path>`. The same manifest uploaded by several matrix
 * jobs (same text) is read once, from the first artifact by name: its runs are one set of runs,
 * whose traces {@link createArtifactTraceReader} gathers from every artifact. That merge is
 * reported as a notice `artifact/manifest-merged`.
 */
export async function findArtifactManifests(
  artifacts: readonly ArtifactRoot[],
  options: FindArtifactManifestsOptions = {}
): Promise<{ inputs: TextInput[]; diagnostics: Diagnostic[] }> {
  const patterns = options.patterns ?? MANIFEST_GLOBS;
  const inputs: TextInput[] = [];
  const diagnostics: Diagnostic[] = [];
  const byText = new Map<string, { kept: string; copies: string[] }>();
  for (const ws of options.workspaceManifests ?? []) byText.set(ws.text, { kept: ws.file, copies: [] });

  for (const artifact of [...artifacts].sort((a, b) => a.name.localeCompare(b.name))) {
    const root = path.resolve(artifact.root);
    const matches = await glob([...patterns], {
      cwd: root,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: false,
      ignore: [...IGNORED_GLOBS]
    });
    for (const rel of matches.sort()) {
      const display = artifactPath(artifact.name, rel);
      const read = await readTextFile(rel, { baseDir: root, confineTo: root, what: 'manifest' });
      for (const d of read.diagnostics) diagnostics.push({ ...d, file: display });
      if (!read.input) continue;
      const seen = byText.get(read.input.text);
      if (seen) {
        seen.copies.push(display);
        continue;
      }
      byText.set(read.input.text, { kept: display, copies: [] });
      inputs.push({ file: display, text: read.input.text });
    }
  }
  for (const { kept, copies } of byText.values()) {
    if (copies.length === 0) continue;
    diagnostics.push(
      diagnostic(
        'notice',
        'artifact/manifest-merged',
        `The same manifest arrived ${copies.length === 1 ? 'again' : `${copies.length} more times`} (${copies.join(', ')}); it was read once, from ${kept}, and its runs' traces are gathered from every artifact.`,
        { file: kept }
      )
    );
  }
  return { inputs, diagnostics };
}
