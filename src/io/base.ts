/**
 * The change's base as the core reads it (`AnalyzeInput.base`): the head's manifests as they are
 * at the base commit, a TraceReader over the base's power logs, and the base's policy file. Both
 * adapters describe their base as a {@link BaseSource} (the action through the REST API, the CLI
 * through git), and {@link buildBaseSnapshot} overlays it on what the head already read, so the
 * rules live here once:
 *
 * - a manifest the change does not touch has the head's text (when the source lists the base's
 *   files, it must also be one of them: a manifest the workflow wrote into the checkout was never
 *   committed, and its runs are new);
 * - a modified manifest has its base text; a renamed one the base text of its previous name,
 *   under the name the head gives it (runs are matched by manifest path and run name, and a
 *   rename is not a change of the runs); a removed one (that the manifest search would have
 *   found) its base text under its own name; an added one is absent;
 * - a manifest from an artifact has a base only when its bytes are, by git's blob SHA, a manifest
 *   committed at the change's head (then it stands for that path; in `workflow_run` mode the PR's
 *   manifests arrive this way); otherwise its runs are new;
 * - a trace the change does not touch is read from the working tree (same bytes); a changed or
 *   removed one through the source, within the same byte limits;
 * - the policy file at the base applies when it exists there: a change cannot loosen its own policy.
 *
 * A problem reading one base file is a warning, and the file counts as absent at the base (its
 * runs count in full: never fewer kilograms than the change may add). A base that cannot be read
 * at all gives no snapshot and one warning; the core then judges every run as new.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { BaseSnapshot, TextInput, TraceReader } from '../core/model.js';
import { TraceAccessError } from '../core/traces/access.js';
import { IGNORED_GLOBS, MANIFEST_GLOBS } from './discovery.js';
import { displayPath, isInside } from './paths.js';
import type { RequestResult } from './request.js';
import { splitPattern } from './trace-reader.js';

/** How a file differs between the base and the head. */
export type BaseFileStatus = 'added' | 'modified' | 'removed' | 'renamed';

/** One file the change touches, by repository-relative path (`/`-separated). */
export interface ChangedFile {
  path: string;
  status: BaseFileStatus;
  /** A rename's name at the base. */
  previous?: string;
  /** git's blob SHA of the file at the head, where the source says it (not for a removed file). */
  blobSha?: string;
}

/** What reading one file at the base found. */
export type BaseRead =
  | { kind: 'found'; bytes: Uint8Array }
  | { kind: 'absent' }
  /** Larger than the limit asked for (the size, when the source knows it). */
  | { kind: 'too-large'; sizeBytes?: number }
  /** Could not be read: one sentence, free of secrets. */
  | { kind: 'failed'; message: string };

/** A file at the base, as a listing of the base's tree gives it. */
export interface BaseFileInfo {
  /** Size in bytes, where known. */
  sizeBytes?: number;
  /** git's blob SHA of the file at the base, where known. */
  blobSha?: string;
}

/**
 * The base of a change, as an adapter reaches it. Paths are repository-relative with `/`.
 * Nothing here throws for a failed read: failures are answers.
 */
export interface BaseSource {
  /** The base as the report names it: a short SHA, or the ref given to `--base`. */
  ref: string;
  /** The full commit SHA. */
  sha?: string;
  /** Every file the change touches, or why they could not be listed (one sentence). */
  changedFiles(): Promise<{ files: ChangedFile[] } | { failed: string }>;
  /**
   * Every regular file at the base (no symbolic links, no submodules), or undefined when the
   * source cannot list them (the API's tree was truncated). With it, a head file that the change
   * does not touch but that is not at the base is known to be new.
   */
  baseFiles?(): Promise<ReadonlyMap<string, BaseFileInfo> | undefined>;
  /** Reads a file at the base, at most `maxBytes` of it. */
  read(path: string, maxBytes: number): Promise<BaseRead>;
  /**
   * Streams a file at the base (for power logs, which the core meters itself); throws a
   * `TraceAccessError` on failure. Absent: traces are read whole with {@link read}.
   */
  stream?(path: string, name: string): AsyncIterable<Uint8Array>;
}

/** Largest manifest or policy file read at the base: the limit the head's reads have (src/io/read.ts). */
const MAX_BASE_TEXT_BYTES = 1024 * 1024;

/**
 * Largest power log read whole at the base when the source cannot stream (the REST API answers a
 * file's raw content up to 100 MB). A larger one is a warning; its base run is then estimated.
 */
const MAX_BASE_TRACE_READ_BYTES = 100 * 1024 * 1024;

/** Options for {@link buildBaseSnapshot}. */
export interface BaseSnapshotOptions {
  source: BaseSource;
  /**
   * The head's manifests read from the working tree, named as the report names them (relative to
   * {@link baseDir}). Manifests from elsewhere (artifacts) go in {@link uploaded}.
   */
  manifests: readonly TextInput[];
  /** Absolute folder the names are relative to (the CLI's current folder, the action's workspace). */
  baseDir: string;
  /** Absolute folder of the repository's root (the working tree's top). */
  repoRoot: string;
  /**
   * The manifest search as the user gave it (files, folders, globs, relative to {@link baseDir});
   * empty: the default search. A manifest the change removes counts only where the search would
   * have found it.
   */
  manifestPatterns: readonly string[];
  /**
   * Manifests that arrived from elsewhere (the action's artifacts) and have no repository path of
   * their own. One whose bytes are, by git's blob SHA, exactly the manifest committed at one path
   * of the change's head (a file the change adds, modifies or renames, as the source's change list
   * says; or a file the change leaves as it is at the base) is judged against that path's base
   * version, under its own name (notice `base/artifact-matched`). Any other counts as new.
   */
  uploaded?: readonly TextInput[];
  /** The head's trace reader: unchanged logs are read through it. */
  headTraces?: TraceReader;
  /** The head's policy file, when one was read. */
  config?: TextInput;
  /** Where the policy file was looked for (names relative to {@link baseDir}), the first found wins. */
  configCandidates: readonly string[];
  /** See {@link MAX_BASE_TRACE_READ_BYTES}. */
  maxTraceReadBytes?: number;
}

/** The snapshot, or none (the base could not be read at all), and problems for the report. */
export interface BaseSnapshotResult {
  snapshot?: BaseSnapshot;
  /** The uploaded manifests that are a committed one: see AnalyzeInput.committedAs. */
  committedAs?: Record<string, string>;
  /** Problems that belong in the report's diagnostics when there is no snapshot to carry them. */
  diagnostics: Diagnostic[];
}

/** What the base holds at a repository path, relative to the head. */
type BaseState =
  { kind: 'same' } | { kind: 'absent'; uncommitted: boolean } | { kind: 'read'; from: string; changed: boolean };

/**
 * Builds the base snapshot (see the module comment). Never throws: a source that cannot list the
 * change gives no snapshot and a `base/unavailable` warning.
 */
export async function buildBaseSnapshot(options: BaseSnapshotOptions): Promise<BaseSnapshotResult> {
  const { source } = options;
  const listed = await source.changedFiles().catch((error: unknown) => ({ failed: messageOf(error) }));
  if ('failed' in listed) return { diagnostics: [unavailable(source.ref, listed.failed)] };
  const files = source.baseFiles ? await source.baseFiles().catch(() => undefined) : undefined;
  const paths = new RepoPaths(options.baseDir, options.repoRoot);
  const change = new ChangeIndex(listed.files, files);
  const diagnostics: Diagnostic[] = [];
  const snapshot: BaseSnapshot = {
    ref: source.ref,
    manifests: [],
    changedManifests: [],
    diagnostics
  };
  if (source.sha !== undefined) snapshot.sha = source.sha;
  const touched = new Set<string>();
  /** Base path of each base manifest, by the name the snapshot gives it (for its trace globs). */
  const baseLocation = new Map<string, string>();

  const readText = async (repoPath: string, name: string, what: string): Promise<string | undefined> => {
    const read = await source
      .read(repoPath, MAX_BASE_TEXT_BYTES)
      .catch((error: unknown): BaseRead => ({ kind: 'failed', message: messageOf(error) }));
    const at = `at the base ${source.ref}`;
    switch (read.kind) {
      case 'absent':
        return undefined;
      case 'too-large':
        diagnostics.push(
          diagnostic(
            'warning',
            'base/too-large',
            `The ${what} ${at} (${repoPath}) is larger than ${MAX_BASE_TEXT_BYTES / (1024 * 1024)} MiB, the limit for ${what}s, so it was not read; ${what === 'manifest' ? 'its runs count as new' : "the head's copy applies"}.`,
            { file: name }
          )
        );
        return undefined;
      case 'failed':
        diagnostics.push(
          diagnostic(
            'warning',
            'base/unreadable',
            `The ${what} ${at} (${repoPath}) could not be read: ${read.message}; ${what === 'manifest' ? 'its runs count as new' : "the head's copy applies"}.`,
            { file: name }
          )
        );
        return undefined;
      case 'found':
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
        } catch {
          diagnostics.push(
            diagnostic(
              'warning',
              'base/unreadable',
              `The ${what} ${at} (${repoPath}) is not valid UTF-8 text; ${what === 'manifest' ? 'its runs count as new' : "the head's copy applies"}.`,
              { file: name }
            )
          );
          return undefined;
        }
    }
  };

  // The head's manifests, each as it is at the base: the working tree's by their path, and the
  // uploaded ones that are byte for byte a manifest committed at the head, by that manifest's path.
  const isManifest = manifestMatcher(options.manifestPatterns);
  const headManifests: { manifest: TextInput; repoPath: string }[] = [];
  const committedAs: Record<string, string> = {};
  for (const manifest of options.manifests) {
    const repoPath = paths.toRepo(manifest.file);
    if (repoPath !== undefined) headManifests.push({ manifest, repoPath });
  }
  const claimed = new Set(headManifests.map((m) => m.repoPath));
  for (const { manifest, repoPath } of matchUploaded(options.uploaded ?? [], claimed, change, paths, isManifest)) {
    headManifests.push({ manifest, repoPath });
    committedAs[manifest.file] = paths.toName(repoPath);
    diagnostics.push(
      diagnostic(
        'notice',
        'base/artifact-matched',
        `The manifest has exactly the bytes of ${repoPath} as committed at the change's head (same git blob), so its runs are judged against ${repoPath} as it is at the base ${source.ref}.`,
        { file: manifest.file }
      )
    );
  }

  const headRepoPaths = new Set<string>();
  for (const { manifest, repoPath } of headManifests) {
    headRepoPaths.add(repoPath);
    const state = change.stateOf(repoPath);
    if (state.kind === 'same') {
      snapshot.manifests.push({ file: manifest.file, text: manifest.text });
      baseLocation.set(manifest.file, repoPath);
      continue;
    }
    touched.add(manifest.file);
    if (state.kind === 'absent') {
      if (state.uncommitted) {
        diagnostics.push(
          diagnostic(
            'notice',
            'base/not-committed',
            `The manifest is not in the base ${source.ref} and the change does not add it: it was written in the working tree (by the workflow, or not yet committed), so its runs count as new.`,
            { file: manifest.file }
          )
        );
      }
      continue;
    }
    if (state.from !== repoPath) touched.add(paths.toName(state.from));
    const text = await readText(state.from, manifest.file, 'manifest');
    if (text === undefined) continue;
    snapshot.manifests.push({ file: manifest.file, text });
    baseLocation.set(manifest.file, state.from);
  }

  // Manifests the change removes (or renames to a name the search does not find): judged at the
  // base under their own name, where the head's search would have found them.
  for (const gone of change.goneAtHead()) {
    const name = paths.toName(gone);
    if (headRepoPaths.has(gone) || !isManifest(name) || baseLocation.has(name)) continue;
    // A rename's old name is already listed by the manifest it became, when the search finds that.
    touched.add(name);
    if ([...baseLocation.values()].includes(gone)) continue;
    const text = await readText(gone, name, 'manifest');
    if (text === undefined) continue;
    snapshot.manifests.push({ file: name, text });
    baseLocation.set(name, gone);
  }
  snapshot.changedManifests = [...touched].sort();

  // The policy file at the base: the first candidate that exists there.
  for (const candidate of options.configCandidates) {
    const repoPath = paths.toRepo(candidate);
    if (repoPath === undefined) continue;
    const state = change.stateOf(repoPath);
    if (state.kind === 'absent') continue;
    const headText = options.config?.file === candidate ? options.config.text : undefined;
    const text =
      state.kind === 'same' && headText !== undefined
        ? headText
        : await readText(state.kind === 'read' ? state.from : repoPath, candidate, 'policy file');
    if (text === undefined) continue;
    snapshot.config = { file: candidate, text };
    if (options.config === undefined || options.config.file !== candidate || options.config.text !== text) {
      diagnostics.push(
        diagnostic(
          'notice',
          'base/policy-changed',
          options.config === undefined
            ? `The change removes the policy file; the policy as it is at the base ${source.ref} applies to this check (a change cannot loosen its own policy).`
            : `The change edits the policy file; the policy as it is at the base ${source.ref} applies to this check (a change cannot loosen its own policy), and the edit takes effect once merged.`,
          { file: candidate }
        )
      );
    }
    break;
  }

  snapshot.traces = baseTraceReader({
    source,
    paths,
    change,
    baseLocation,
    headTraces: options.headTraces,
    maxReadBytes: options.maxTraceReadBytes ?? MAX_BASE_TRACE_READ_BYTES
  });
  return { snapshot, diagnostics: [], ...(Object.keys(committedAs).length > 0 ? { committedAs } : {}) };
}

/** The warning for a base that cannot be read at all. */
function unavailable(ref: string, why: string): Diagnostic {
  return diagnostic(
    'warning',
    'base/unavailable',
    `The change's base (${ref}) could not be read: ${why}. There is no base to compare with, so every run counts as new.`
  );
}

/** An error's message in one line, for a failure that is not an API answer. */
function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Converts between the names the report gives files and repository-relative paths. */
class RepoPaths {
  constructor(
    private readonly baseDir: string,
    private readonly repoRoot: string
  ) {}

  /** The repository path of a name, or undefined for a file outside the repository. */
  toRepo(name: string): string | undefined {
    const abs = path.resolve(this.baseDir, name);
    if (!isInside(this.repoRoot, abs) || abs === path.resolve(this.repoRoot)) return undefined;
    return path.relative(this.repoRoot, abs).split(path.sep).join('/');
  }

  /** The name the report gives a repository path. */
  toName(repoPath: string): string {
    return displayPath(path.resolve(this.repoRoot, ...repoPath.split('/')), this.baseDir);
  }
}

/** The change, indexed by repository path. */
class ChangeIndex {
  /** Head path -> its change (renames under their new name). */
  private readonly byHeadPath = new Map<string, ChangedFile>();
  /** Paths the base has and the head does not: removed files and renames' old names. */
  private readonly gone = new Set<string>();

  constructor(
    files: readonly ChangedFile[],
    /** Every file at the base, when the source can list them. */
    readonly baseFiles: ReadonlyMap<string, BaseFileInfo> | undefined
  ) {
    for (const f of files) {
      if (f.status === 'removed') this.gone.add(f.path);
      else this.byHeadPath.set(f.path, f);
      if (f.status === 'renamed' && f.previous !== undefined) this.gone.add(f.previous);
    }
    // A path removed and added again (a rename's old name reused) is at the head.
    for (const p of this.byHeadPath.keys()) this.gone.delete(p);
  }

  /** What the base holds at a head path. */
  stateOf(repoPath: string): BaseState {
    const f = this.byHeadPath.get(repoPath);
    if (f?.status === 'added') return { kind: 'absent', uncommitted: false };
    if (f?.status === 'renamed' && f.previous !== undefined) return { kind: 'read', from: f.previous, changed: true };
    if (f !== undefined || this.gone.has(repoPath)) return { kind: 'read', from: repoPath, changed: true };
    if (this.baseFiles !== undefined && !this.baseFiles.has(repoPath)) return { kind: 'absent', uncommitted: true };
    return { kind: 'same' };
  }

  /** True when the base has the path with other bytes than the working tree, or only the base has it. */
  differs(repoPath: string): boolean {
    return this.byHeadPath.has(repoPath) || this.gone.has(repoPath);
  }

  /** True when the path is new at the head (added, or a rename's new name). */
  newAtHead(repoPath: string): boolean {
    const f = this.byHeadPath.get(repoPath);
    return f?.status === 'added' || f?.status === 'renamed';
  }

  /** Paths the base has and the head does not, sorted. */
  goneAtHead(): string[] {
    return [...this.gone].sort();
  }

  /**
   * The one head path (among those `eligible`) whose committed bytes are `text`, by git's blob
   * SHA: a file the change adds, modifies or renames (its SHA from the change list), or a file the
   * change leaves as it is at the base (its SHA from the base's listing). Undefined when none is,
   * when the source gives no SHAs, or when several are (the bytes do not say which one it is).
   */
  committedAt(text: string, eligible: (repoPath: string) => boolean): string | undefined {
    const shas = blobShasOf(text);
    const found = new Set<string>();
    for (const [p, f] of this.byHeadPath)
      if (f.blobSha !== undefined && shas.has(f.blobSha) && eligible(p)) found.add(p);
    for (const [p, info] of this.baseFiles ?? []) {
      if (this.byHeadPath.has(p) || this.gone.has(p)) continue;
      if (info.blobSha !== undefined && shas.has(info.blobSha) && eligible(p)) found.add(p);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The git blob SHAs a committed file read as `text` may have: its UTF-8 bytes, with or without a
 * byte-order mark (dropped when the text is read; the committed file may have had one).
 */
function blobShasOf(text: string): Set<string> {
  const body = Buffer.from(text, 'utf8');
  return new Set([gitBlobSha(body), gitBlobSha(Buffer.concat([UTF8_BOM, body]))]);
}

/**
 * The uploaded manifests that are byte for byte one committed manifest the search would find, each
 * with that manifest's repository path; a path is taken once (`claimed` grows with each match).
 */
function matchUploaded(
  uploaded: readonly TextInput[],
  claimed: Set<string>,
  change: ChangeIndex,
  paths: RepoPaths,
  isManifest: (name: string) => boolean
): { manifest: TextInput; repoPath: string }[] {
  const matches: { manifest: TextInput; repoPath: string }[] = [];
  for (const manifest of uploaded) {
    const repoPath = change.committedAt(manifest.text, (p) => !claimed.has(p) && isManifest(paths.toName(p)));
    if (repoPath === undefined) continue;
    claimed.add(repoPath);
    matches.push({ manifest, repoPath });
  }
  return matches;
}

/** git's blob SHA-1 of some bytes (`sha1("blob <size>\0" + bytes)`), as GitHub lists files by. */
function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

/**
 * A test of whether a name (relative to the search folder) is one the manifest search finds: a
 * named file, a manifest below a named folder, a match of a named glob, or (no patterns) a match
 * of the default globs; never inside `node_modules` or `.git`.
 */
function manifestMatcher(patterns: readonly string[]): (name: string) => boolean {
  const options = { dot: true, nonegate: true, nocomment: true };
  const ignored = (name: string): boolean => IGNORED_GLOBS.some((g) => minimatch(name, g, options));
  const defaults = (name: string, folder: string): boolean => {
    const rel = folder === '.' ? name : name.startsWith(`${folder}/`) ? name.slice(folder.length + 1) : undefined;
    return rel !== undefined && MANIFEST_GLOBS.some((g) => minimatch(rel, g, options));
  };
  const clean = (p: string): string => path.posix.normalize(p.split(path.sep).join('/')).replace(/\/+$/, '');
  return (name) => {
    if (ignored(name)) return false;
    if (patterns.length === 0) return defaults(name, '.');
    return patterns.some((raw) => {
      const p = clean(raw);
      if (isDynamicPattern(p)) return minimatch(name, p, options);
      return name === p || defaults(name, p);
    });
  };
}

/** What the base trace reader needs. */
interface BaseTraceContext {
  source: BaseSource;
  paths: RepoPaths;
  change: ChangeIndex;
  /** Base path of each base manifest, by its name in the snapshot. */
  baseLocation: ReadonlyMap<string, string>;
  headTraces: TraceReader | undefined;
  maxReadBytes: number;
}

/**
 * Lists and opens power logs as they are at the base. A manifest's globs are expanded from its
 * folder at the base (a renamed manifest's old folder); when the source lists the base's files,
 * over them, else over the working tree's matches less the change's new files plus its removed
 * ones. A file the change does not touch is opened in the working tree; any other through the
 * source.
 */
function baseTraceReader(c: BaseTraceContext): TraceReader {
  return {
    async list(manifestFile, pattern) {
      const refuse = (message: string): { files: string[]; diagnostics: Diagnostic[] } => ({
        files: [],
        diagnostics: [diagnostic('error', 'io/outside-root', message, { file: manifestFile })]
      });
      const location = c.baseLocation.get(manifestFile) ?? c.paths.toRepo(manifestFile);
      if (location === undefined) return { files: [], diagnostics: [] };
      const split = splitPattern(pattern);
      if (split.dynamicHasParent || pattern.startsWith('/'))
        return refuse(
          `The trace pattern "${pattern}" could reach outside the repository at the base; put ".." only before the first wildcard, and no absolute path.`
        );
      const full = path.posix.normalize(path.posix.join(path.posix.dirname(location), pattern));
      if (full === '..' || full.startsWith('../'))
        return refuse(`The trace pattern "${pattern}" points outside the repository at the base.`);
      if (full.split('/').some((s) => s.toLowerCase() === '.git')) return { files: [], diagnostics: [] };
      const matches = (p: string): boolean =>
        split.dynamic === '' ? p === full : minimatch(p, full, { dot: false, nonegate: true, nocomment: true });

      let found: string[];
      const diagnostics: Diagnostic[] = [];
      if (c.change.baseFiles !== undefined) {
        found = [...c.change.baseFiles.keys()].filter(matches);
      } else {
        const head = c.headTraces ? await c.headTraces.list(c.paths.toName(location), pattern) : undefined;
        for (const d of head?.diagnostics ?? []) diagnostics.push(d);
        const fromHead = (head?.files ?? [])
          .map((name) => c.paths.toRepo(name))
          .filter((p): p is string => p !== undefined && !c.change.newAtHead(p));
        found = [...new Set([...fromHead, ...c.change.goneAtHead().filter(matches)])];
      }
      return { files: found.sort().map((p) => c.paths.toName(p)), diagnostics };
    },

    open(file) {
      const repoPath = c.paths.toRepo(file);
      if (repoPath !== undefined && !c.change.differs(repoPath) && c.headTraces) return c.headTraces.open(file);
      return readAtBase(c, file, repoPath);
    }
  };
}

/** Streams one file at the base through the source; failures become the core's TraceAccessError. */
async function* readAtBase(
  c: BaseTraceContext,
  file: string,
  repoPath: string | undefined
): AsyncGenerator<Uint8Array> {
  const at = `at the base ${c.source.ref}`;
  if (repoPath === undefined)
    throw new TraceAccessError('io/outside-root', `The trace file lies outside the repository ${at}.`, file);
  if (c.source.stream) {
    yield* c.source.stream(repoPath, file);
    return;
  }
  const read = await c.source
    .read(repoPath, c.maxReadBytes)
    .catch((error: unknown): BaseRead => ({ kind: 'failed', message: messageOf(error) }));
  switch (read.kind) {
    case 'found':
      yield read.bytes;
      return;
    case 'absent':
      throw new TraceAccessError('io/not-found', `No such trace file ${at}.`, file);
    case 'too-large':
      throw new TraceAccessError(
        'io/too-large',
        `The trace file ${at} is larger than ${Math.round(c.maxReadBytes / (1024 * 1024))} MiB, the most read whole from the base${read.sizeBytes === undefined ? '' : ` (${read.sizeBytes} bytes)`}.`,
        file
      );
    case 'failed':
      throw new TraceAccessError('io/unreadable', `The trace file ${at} could not be read: ${read.message}.`, file);
  }
}

/** Where the adapter's base comes from, besides what the request read. */
export interface AttachBaseOptions {
  source: BaseSource;
  /** Absolute folder the request named files from (its `confinement.baseDir`). */
  baseDir: string;
  /** Absolute folder of the repository's root. */
  repoRoot: string;
  /** The manifest search as the user gave it; empty: the default search. */
  manifestPatterns: readonly string[];
  /** See {@link MAX_BASE_TRACE_READ_BYTES}. */
  maxTraceReadBytes?: number;
}

/**
 * Builds the base over what a request read from its own folder, and over a source's manifests
 * (the action's artifacts) only where their bytes are a manifest committed at the change's head
 * (see {@link BaseSnapshotOptions.uploaded}), and puts it into the request's input: `input.base`,
 * or, when the base cannot be read at all, a warning among the input's diagnostics.
 */
export async function attachBase(
  result: Pick<RequestResult, 'input' | 'own'>,
  options: AttachBaseOptions
): Promise<void> {
  const { input, own } = result;
  const ownNames = new Set(own.manifests.map((m) => m.file));
  const built = await buildBaseSnapshot({
    ...options,
    manifests: own.manifests,
    uploaded: input.manifests.filter((m) => !ownNames.has(m.file)),
    headTraces: own.traces,
    ...(input.config ? { config: input.config } : {}),
    configCandidates: input.configSearched ?? (input.config ? [input.config.file] : [])
  });
  if (built.snapshot) input.base = built.snapshot;
  if (built.committedAs) input.committedAs = built.committedAs;
  for (const d of built.diagnostics) input.diagnostics.push(d);
}

/** Options for {@link attachCommittedNames}. */
export interface CommittedNamesOptions {
  /** Every regular file at the commit, with its git blob SHA. */
  files: ReadonlyMap<string, BaseFileInfo>;
  /** The commit as messages name it (a short SHA). */
  ref: string;
  baseDir: string;
  repoRoot: string;
  /** The manifest search as the user gave it; empty: the default search. */
  manifestPatterns: readonly string[];
}

/**
 * Without a change to judge against (a `workflow_run` of a push to the default branch), still
 * names each uploaded manifest (an artifact's, not in the request's own folder) that is byte for
 * byte a manifest committed at the commit the artifact's run built: `input.committedAs`, with a
 * `base/artifact-matched` notice. The ledger then records its runs under the committed path, where
 * the merged change's estimate is, and budgets' `paths:` select it by that path.
 */
export function attachCommittedNames(
  result: Pick<RequestResult, 'input' | 'own'>,
  options: CommittedNamesOptions
): void {
  const { input, own } = result;
  const ownNames = new Set(own.manifests.map((m) => m.file));
  const paths = new RepoPaths(options.baseDir, options.repoRoot);
  const claimed = new Set(own.manifests.map((m) => paths.toRepo(m.file)).filter((p) => p !== undefined));
  // No change: every file is as it is at the commit, so the change index is its file list alone.
  const change = new ChangeIndex([], options.files);
  const uploaded = input.manifests.filter((m) => !ownNames.has(m.file));
  const committedAs: Record<string, string> = {};
  for (const { manifest, repoPath } of matchUploaded(
    uploaded,
    claimed,
    change,
    paths,
    manifestMatcher(options.manifestPatterns)
  )) {
    committedAs[manifest.file] = paths.toName(repoPath);
    input.diagnostics.push(
      diagnostic(
        'notice',
        'base/artifact-matched',
        `The manifest has exactly the bytes of ${repoPath} as committed at ${options.ref} (same git blob), so its runs are selected by budgets' paths and recorded in the ledger as ${repoPath}'s.`,
        { file: manifest.file }
      )
    );
  }
  if (Object.keys(committedAs).length > 0) input.committedAs = committedAs;
}
