/**
 * The one request both adapters make: what to read, which config, every override, where
 * intensities come from, which folder files are resolved from and must stay in, and any further
 * sources of manifests and traces (the action's artifacts). The CLI's arguments and the action's
 * inputs each map to an {@link AnalyzeRequest}; {@link readRequest} turns it into the core's
 * `AnalyzeInput`, so finding and reading files, the config rule ("a named config must exist, the
 * default may be missing, and is looked for up to the repository root"), intensity loading, the choice of trace reader and the collection of
 * every diagnostic are written once.
 */
import path from 'node:path';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../core/diagnostics.js';
import type { AnalyzeInput, TextInput, TraceReader } from '../core/model.js';
import { TOOL_VERSION } from '../core/version.js';
import { findDefaultConfig } from './config-search.js';
import { findManifests } from './discovery.js';
import { readOptionalTextFile, readTextFile, readTextFiles } from './read.js';
import { createTraceReader } from './trace-reader.js';
import { loadIntensitySeries } from './intensity.js';
import { commonAncestor } from './paths.js';
import type { TraceLimits } from './trace-limits.js';
import { createCrawlBudget, type CrawlBudget } from './walk.js';

/** Which manifests to find below the request's base folder. */
export interface ManifestSelection {
  /** Files, folders or globs, relative to the base folder; empty: the default search (`MANIFEST_GLOBS`). */
  patterns: readonly string[];
  /** True when the user named them; false for the default search. */
  named: boolean;
}

/** Which config file to read. */
export interface ConfigSelection {
  /** Relative to the base folder; when not named, looked for there and in the folders above it. */
  path: string;
  /**
   * True when the user named it: then it must exist. The default may be missing, and is looked
   * for from the base folder up to the repository root, never above the confining folder
   * (src/io/config-search.ts).
   */
  named: boolean;
}

/** The values that override the config file (strings as typed; the core parses them). */
export interface Overrides {
  budget?: string;
  warnAt?: string;
  location?: string;
  /** Zone for zone-less timestamps in power logs and intensity series. */
  timezone?: string;
}

/** Where hourly intensities come from, besides the manifests' own series files. */
export interface IntensityChoice {
  /** An hourly CSV, relative to the base folder. */
  seriesFile?: string;
  /** Electricity Maps token; empty or absent: no hourly intensities are fetched. Never printed. */
  electricityMapsToken?: string;
  /** Electricity Maps API base URL; absent: the public API. */
  electricityMapsUrl?: string;
}

/** Which folder files are named from and which they must stay in. */
export interface Confinement {
  /** Relative paths (manifests, config, series file) are resolved from here, and files are named from here. */
  baseDir: string;
  /**
   * When set, every file read (manifests, config, series file and traces) must really lie inside
   * this folder, symbolic links resolved (the action's workspace). Absent: files the user named may
   * lie anywhere, and traces inside the folder that holds `baseDir` and every manifest (the CLI).
   */
  rootDir?: string;
}

/** What a further source contributes once loaded. */
export interface LoadedSource {
  /** Manifests it brought. */
  manifests: TextInput[];
  /**
   * A reader for the traces, replacing the request's own: it must read the request's folder too.
   * The first loaded source that has one is used.
   */
  traces?: TraceReader;
  /** Problems met loading it. */
  diagnostics: Diagnostic[];
}

/** What a source shares with the request's own reading. */
export interface SourceContext {
  /** The folder entries the trace globs of the whole check may read: a source's trace reader takes from it too. */
  crawl: CrawlBudget;
}

/** A further source of manifests and traces, loaded after the request's own manifests are read. */
export interface ManifestSource<L extends LoadedSource = LoadedSource> {
  /** Loads the source; `ownManifests` are those read from the base folder (identical copies need not be read again). */
  load(ownManifests: readonly TextInput[], context: SourceContext): Promise<L>;
}

/**
 * The part of a request the user's options give (flags or inputs); the adapter adds where to read
 * and what else to read.
 */
export interface RequestOptions {
  manifests: ManifestSelection;
  config: ConfigSelection;
  overrides: Overrides;
  intensity: IntensityChoice;
  /** `trace-limits`: unset limits keep their defaults. */
  traceLimits?: Partial<TraceLimits>;
}

/** What to analyse, and how to read it. */
export interface AnalyzeRequest<L extends LoadedSource = LoadedSource> {
  /** The manifests to find in the base folder; absent: none are read there (they come from {@link sources}). */
  manifests?: ManifestSelection;
  config: ConfigSelection;
  overrides: Overrides;
  intensity: IntensityChoice;
  /** How much the traces may make the check read (`trace-limits`); unset limits keep their defaults. */
  traceLimits?: Partial<TraceLimits>;
  confinement: Confinement;
  /** Further sources of manifests and traces (the action's artifacts). */
  sources?: readonly ManifestSource<L>[];
  /**
   * What to report when the manifests were expected from the sources (no search of the base
   * folder, or only the default one next to a source) and none arrived anywhere. Default: a plain
   * `io/no-manifests` error.
   */
  noManifests?: (loaded: readonly L[]) => Diagnostic;
  /** The adapter's own findings, reported with the rest. */
  diagnostics?: readonly Diagnostic[];
}

/** The core's input, and the sources as they loaded (the action reads its artifacts' PR hint from them). */
export interface RequestResult<L extends LoadedSource = LoadedSource> {
  input: AnalyzeInput & { diagnostics: Diagnostic[] };
  loaded: L[];
  /**
   * What was read from the base folder itself (not from the sources): the manifests, and a trace
   * reader over that folder alone. The change's base (src/io/base.ts) is built over these; a
   * source's manifests (the action's artifacts) have a base only where their bytes are a manifest
   * committed at the change's head.
   */
  own: { manifests: TextInput[]; traces: TraceReader };
}

/** Codes of "the manifest search found nothing", which manifests from a source make moot. */
const NOTHING_FOUND = new Set<DiagnosticCode>(['io/no-match', 'io/no-manifests']);

/**
 * Reads everything a request names into the core's input: finds and reads the manifests, reads the
 * config (a named one must exist; the default may be missing, and is looked for from the base
 * folder up to the repository root), loads the sources and the
 * intensity options, chooses the trace reader, and collects every problem as a diagnostic. Never
 * throws for bad input.
 */
export async function readRequest<L extends LoadedSource = LoadedSource>(
  request: AnalyzeRequest<L>
): Promise<RequestResult<L>> {
  const { baseDir, rootDir } = request.confinement;
  const confine = rootDir === undefined ? {} : { confineTo: rootDir };

  const search = request.manifests;
  const found = search ? await findManifests(search.patterns, { cwd: baseDir }) : { files: [], diagnostics: [] };
  const own = await readTextFiles(found.files, { baseDir, what: 'manifest', ...confine });

  const configSearch = request.config.named
    ? { file: request.config.path, searched: [request.config.path] }
    : await findDefaultConfig(baseDir, rootDir, request.config.path);
  const readConfig = request.config.named ? readTextFile : readOptionalTextFile;
  const config =
    configSearch.file === undefined
      ? { diagnostics: [] }
      : await readConfig(configSearch.file, { baseDir, what: 'config file', ...confine });

  const { maxCrawlEntries, ...byteLimits } = request.traceLimits ?? {};
  const crawl = createCrawlBudget(maxCrawlEntries);
  const sources = request.sources ?? [];
  const loaded: L[] = [];
  for (const source of sources) loaded.push(await source.load(own.inputs, { crawl }));
  const manifests = [...own.inputs, ...loaded.flatMap((l) => l.manifests)];

  // With a source, an empty default search of the base folder is not the problem to report: the
  // manifests were expected from the source, and whether any came is judged here.
  const expectedFromSources = search === undefined || (!search.named && sources.length > 0);
  const searchDiagnostics = expectedFromSources
    ? found.diagnostics.filter((d) => !NOTHING_FOUND.has(d.code))
    : found.diagnostics;
  const nothing: Diagnostic[] =
    expectedFromSources && manifests.length === 0 ? [(request.noManifests ?? noManifests)(loaded)] : [];

  const intensity = await loadIntensitySeries({ baseDir, ...confine, ...request.intensity });

  const ownTraces = ownTraceReader(request.confinement, found.files, crawl);
  const input: RequestResult<L>['input'] = {
    manifests,
    overrides: definedOnly(request.overrides),
    configSearched: configSearch.searched,
    toolVersion: TOOL_VERSION,
    traces: loaded.find((l) => l.traces)?.traces ?? ownTraces,
    diagnostics: [
      ...searchDiagnostics,
      ...own.diagnostics,
      ...config.diagnostics,
      ...loaded.flatMap((l) => l.diagnostics),
      ...nothing,
      ...intensity.diagnostics,
      ...(request.diagnostics ?? [])
    ]
  };
  if (Object.keys(byteLimits).length > 0) input.traceLimits = byteLimits;
  if (config.input) input.config = config.input;
  if (intensity.intensitySeries) input.intensitySeries = intensity.intensitySeries;
  if (intensity.intensityProvider) input.intensityProvider = intensity.intensityProvider;
  return { input, loaded, own: { manifests: own.inputs, traces: ownTraces } };
}

/**
 * The trace reader of the request's own files: confined to `rootDir` when there is one, else to the
 * folder that holds the base folder and every manifest found (and nowhere else).
 */
function ownTraceReader(confinement: Confinement, manifestFiles: readonly string[], crawl: CrawlBudget): TraceReader {
  const { baseDir } = confinement;
  const root =
    confinement.rootDir ??
    commonAncestor([baseDir, ...manifestFiles.map((f) => path.dirname(path.resolve(baseDir, f)))]);
  return createTraceReader(root, { baseDir, crawl });
}

function noManifests(): Diagnostic {
  return diagnostic('error', 'io/no-manifests', 'No manifest to read: none was searched for, and no source had one.');
}

function definedOnly(overrides: Overrides): Overrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== ''));
}
