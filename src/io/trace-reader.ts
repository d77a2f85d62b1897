/**
 * The `TraceReader` through which the core streams power logs without touching the file system:
 * a manifest's trace globs expanded relative to its folder, confined to a root folder (through
 * `..`, absolute paths and symbolic links alike), and each file streamed in chunks, never read
 * whole. Listing reports problems as diagnostics; a stream can only signal a failure by throwing,
 * so it throws the core's `TraceAccessError` carrying its diagnostic, which the core reports as is.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { TraceReader } from '../core/model.js';
import { TraceAccessError } from '../core/traces/access.js';
import type { OffloadedFile, OffloadRequest } from '../core/traces/parts.js';
import { displayPath, isInGitFolder, isInside } from './paths.js';
import { describeFsError, gitFolderProblem } from './read.js';
import { closeQuietly, isRegularFile, openNoFollow, readBlocks, TRACE_BLOCK_BYTES } from './block-read.js';
import { offloadFile, offloadPool, type OffloadOptions } from './trace-offload.js';
import { traceThreads, traceThreadsFromEnv } from './trace-pool.js';
import { createCrawlBudget, walkGlob, type CrawlBudget, type WalkResult } from './walk.js';

/** Options for {@link createTraceReader}. */
export interface TraceReaderOptions {
  /**
   * Folder that file names (manifests' and the traces' returned by `list`) are relative to;
   * default `rootDir`. The CLI names files from the working directory, which may lie below the
   * root that contains every manifest.
   */
  baseDir?: string;
  /**
   * The folder entries the globs may read, shared by every reader of one check; default a budget
   * of its own with the default limit (see ./walk.ts).
   */
  crawl?: CrawlBudget;
  /**
   * How large files are read on the pool of threads (./trace-offload.ts); `false`: every file on
   * the main thread. Default: the process's pool, for plain files of 8 MiB and more.
   */
  offload?: OffloadOptions | false;
}

/**
 * A TraceReader confined to `rootDir`: a manifest's trace globs are expanded relative to the
 * manifest's folder, and nothing outside `rootDir` is listed or opened — not through `..`, not
 * through an absolute path, not through a symbolic link (checked on the real path; a link out of
 * the root is not even listed, see ./walk.ts). Files are read in {@link TRACE_BLOCK_BYTES} blocks
 * into one reused buffer (each chunk `open` yields is valid until the next is asked for); nothing
 * is read whole.
 *
 * Nothing inside a `.git` folder is listed or opened (as written, after `..`, or on the real path).
 *
 * `list` diagnostics: `io/outside-root` (a pattern or a matched file that leaves the root),
 * `io/outside-link` (warning: a folder link out of the root was not searched), `io/crawl-limit`
 * (the crawl budget ran out), `io/git-folder` (a pattern or a match inside `.git`),
 * `io/duplicate-trace` (notice: two matches are one file through a symbolic link).
 * `open` throws a {@link TraceAccessError} (`io/not-found`, `io/unreadable`, `io/not-a-file`,
 * `io/outside-root`, `io/git-folder`).
 */
export function createTraceReader(rootDir: string, options: TraceReaderOptions = {}): TraceReader {
  const root = path.resolve(rootDir);
  const baseDir = path.resolve(options.baseDir ?? root);
  let realRootPromise: Promise<string> | undefined;
  const realRoot = (): Promise<string> => (realRootPromise ??= realpath(root).catch(() => root));
  const name = (abs: string): string => displayPath(abs, baseDir);
  const crawl = options.crawl ?? createCrawlBudget();

  return {
    async list(manifestFile: string, pattern: string) {
      const diagnostics: Diagnostic[] = [];
      const refuse = (message: string): { files: string[]; diagnostics: Diagnostic[] } => ({
        files: [],
        diagnostics: [diagnostic('error', 'io/outside-root', message, { file: manifestFile })]
      });
      const manifestDir = path.dirname(path.resolve(baseDir, manifestFile));
      const split = splitPattern(pattern);
      if (split.dynamicHasParent) {
        return refuse(
          `The trace pattern "${pattern}" has ".." after a wildcard, which could reach outside "${name(root)}"; put ".." only before the first wildcard.`
        );
      }
      const prefixAbs = path.resolve(manifestDir, split.staticPrefix);
      if (isInGitFolder(prefixAbs)) {
        const [code, message] = gitFolderProblem(`trace pattern "${pattern}"`);
        return { files: [], diagnostics: [diagnostic('error', code, message, { file: manifestFile })] };
      }
      if (!isInside(root, prefixAbs)) {
        return refuse(
          `The trace pattern "${pattern}" points outside "${name(root) === '.' ? 'the repository' : name(root)}" (to ${name(prefixAbs)}); traces must lie inside it.`
        );
      }
      const realRootDir = await realRoot();

      let candidates: string[];
      if (split.dynamic === '') {
        const info = await stat(prefixAbs).catch(() => undefined);
        candidates = info?.isFile() ? [prefixAbs] : [];
      } else {
        const info = await stat(prefixAbs).catch(() => undefined);
        if (!info?.isDirectory()) return { files: [], diagnostics };
        const realPrefix = await realpath(prefixAbs).catch(() => prefixAbs);
        if (!isInside(realRootDir, realPrefix)) {
          return refuse(
            `The trace pattern "${pattern}" starts in a folder that is a symbolic link to a place outside "${name(root)}"; traces must lie inside it.`
          );
        }
        // Links inside the root are followed (a link to a log is read); every match's real path is
        // checked again below, and aliases of one file are read once.
        const walked = await walkGlob(prefixAbs, split.dynamic, realRootDir, crawl);
        for (const d of walkDiagnostics(walked, { pattern, manifestFile, root: name(root), name, crawl }))
          diagnostics.push(d);
        candidates = walked.files;
      }

      const files: string[] = [];
      const seen = new Map<string, string>();
      for (const abs of candidates) {
        const real = await realpath(abs).catch(() => abs);
        const first = seen.get(real);
        if (isInGitFolder(abs) || isInGitFolder(real)) {
          const [code, message] = gitFolderProblem(`trace file "${name(abs)}" (matched by "${pattern}")`);
          diagnostics.push(diagnostic('error', code, message, { file: manifestFile }));
        } else if (first !== undefined) {
          diagnostics.push(
            diagnostic(
              'notice',
              'io/duplicate-trace',
              `The trace file "${name(abs)}" is the same file as "${first}" (through a symbolic link); it is read once.`,
              { file: manifestFile }
            )
          );
        } else if (isInside(realRootDir, real)) {
          seen.set(real, name(abs));
          files.push(name(abs));
        } else {
          diagnostics.push(
            diagnostic(
              'error',
              'io/outside-root',
              `The trace file "${name(abs)}" (matched by "${pattern}") is a symbolic link to a place outside "${name(root)}"; it was not read.`,
              { file: manifestFile }
            )
          );
        }
      }
      return { files, diagnostics };
    },

    open(file: string): AsyncIterable<Uint8Array> {
      return streamFile(file, path.resolve(baseDir, file), root, realRoot);
    },

    async offload(file: string, request: OffloadRequest): Promise<OffloadedFile | undefined> {
      // CARBON_GATE_TRACE_THREADS=0: the single-threaded path, whatever the caller asked; the
      // process's pool also has no threads by default on a machine of one or two cores.
      if (options.offload === false || traceThreadsFromEnv() === 0) return undefined;
      if (options.offload?.pool === undefined && traceThreads() === 0) return undefined;
      // Taken before the first wait: files are asked for in the order they are replayed, and
      // their parts queue in it however long each takes to open.
      const turn = offloadPool(options.offload).turn();
      let fd: number;
      try {
        fd = await openChecked(file, path.resolve(baseDir, file), root, realRoot);
      } catch {
        // Read on the main thread, which reports the problem.
        return undefined;
      }
      return offloadFile(fd, file, request, options.offload, turn);
    }
  };
}

/** Links named in one diagnostic before the rest are counted. */
const MAX_LINKS_NAMED = 5;

/** What a walk's refusals and its budget mean for the user, named by paths inside the root. */
function walkDiagnostics(
  walked: WalkResult,
  c: { pattern: string; manifestFile: string; root: string; name: (abs: string) => string; crawl: CrawlBudget }
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = { file: c.manifestFile };
  const where = `"${c.root}"`;
  for (const link of walked.outsideLinks.filter((l) => l.kind === 'file')) {
    out.push(
      diagnostic(
        'error',
        'io/outside-root',
        `The trace file "${c.name(link.path)}" (matched by "${c.pattern}") is a symbolic link to a place outside ${where}; it was not read.`,
        at
      )
    );
  }
  const folders = walked.outsideLinks.filter((l) => l.kind === 'folder').map((l) => `"${c.name(l.path)}"`);
  if (folders.length > 0) {
    const named = folders.slice(0, MAX_LINKS_NAMED).join(', ');
    const more = folders.length > MAX_LINKS_NAMED ? ` and ${folders.length - MAX_LINKS_NAMED} more` : '';
    out.push(
      diagnostic(
        'warning',
        'io/outside-link',
        `The trace pattern "${c.pattern}" passes symbolic links to folders outside ${where} (${named}${more}); they were not searched: links are followed only inside it.`,
        at
      )
    );
  }
  if (walked.truncated) {
    out.push(
      diagnostic(
        'error',
        'io/crawl-limit',
        `The trace pattern "${c.pattern}" was not searched to the end: the trace search of this check has read ${c.crawl.maxEntries.toLocaleString('en-US')} files and folders, its limit, so matches may be missing and the measurement is not used. Name the logs' folder more narrowly, or raise the limit with \`crawl: ${(c.crawl.maxEntries * 2).toLocaleString('en-US').replaceAll(',', '_')}\` in --trace-limits / the \`trace-limits\` input.`,
        at
      )
    );
  }
  return out;
}

/**
 * Opens a trace file for reading after the confinement checks: inside the root as written and on
 * its real path, not in `.git`, a regular file, and not through a link swapped in since the check.
 * Throws a {@link TraceAccessError}; returns the open descriptor.
 */
async function openChecked(file: string, abs: string, root: string, realRoot: () => Promise<string>): Promise<number> {
  const outsideRoot = (): TraceAccessError =>
    new TraceAccessError(
      'io/outside-root',
      'The trace file lies outside the folder traces are read from (through "..", an absolute path or a symbolic link); it was not read.',
      file
    );
  // Checked before touching the file, so nothing is learnt about paths outside the root.
  if (!isInside(root, abs)) throw outsideRoot();
  if (isInGitFolder(abs)) throw new TraceAccessError(...gitFolderProblem('trace file'), file);
  let real: string;
  try {
    real = await realpath(abs);
  } catch (err) {
    throw new TraceAccessError(...describeFsError(err, 'trace file'), file);
  }
  if (!isInside(await realRoot(), real)) throw outsideRoot();
  if (isInGitFolder(real)) throw new TraceAccessError(...gitFolderProblem('trace file'), file);
  // Checked before opening too: opening a FIFO would wait for a writer.
  const info = await stat(real).catch(() => undefined);
  if (info && !info.isFile()) {
    throw new TraceAccessError('io/not-a-file', 'Expected the trace file to be a regular file.', file);
  }
  let fd: number;
  try {
    // Not following a link in the last component: one swapped in after the check is refused.
    fd = openNoFollow(real);
  } catch (err) {
    throw new TraceAccessError(...describeFsError(err, 'trace file'), file);
  }
  if (!isRegularFile(fd)) {
    closeQuietly(fd);
    throw new TraceAccessError('io/not-a-file', 'Expected the trace file to be a regular file.', file);
  }
  return fd;
}

async function* streamFile(
  file: string,
  abs: string,
  root: string,
  realRoot: () => Promise<string>
): AsyncGenerator<Uint8Array> {
  const fd = await openChecked(file, abs, root, realRoot);
  // One buffer per open file, reused for every block: memory stays flat whatever the size. Files
  // read one after another share it (a fresh 4 MiB each would wait for a full GC to be freed).
  const buffer = SPARE_BLOCK_BUFFERS.pop() ?? new Uint8Array(TRACE_BLOCK_BYTES);
  try {
    const blocks = readBlocks(fd, buffer);
    for (;;) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = blocks.next();
      } catch (err) {
        throw new TraceAccessError(...describeFsError(err, 'trace file'), file);
      }
      if (r.done) return;
      yield r.value;
    }
  } finally {
    closeQuietly(fd);
    // Its blocks are no longer valid (the parsers copy what they keep), so the buffer is free.
    if (SPARE_BLOCK_BUFFERS.length < MAX_SPARE_BLOCK_BUFFERS) SPARE_BLOCK_BUFFERS.push(buffer);
  }
}

/** Block buffers of files that were read to the end or closed, for the next file to read into. */
const SPARE_BLOCK_BUFFERS: Uint8Array[] = [];
/** Spare buffers kept at most: files are read one at a time, so one is the usual need. */
const MAX_SPARE_BLOCK_BUFFERS = 2;

/**
 * Splits a glob into the literal folder it starts from and the wildcard part, so the start can be
 * checked against the root before anything is crawled. `..` is allowed in the literal part (it is
 * resolved and checked) but not after a wildcard, where `**` could climb arbitrarily.
 */
export function splitPattern(pattern: string): { staticPrefix: string; dynamic: string; dynamicHasParent: boolean } {
  const segments = pattern.split('/');
  const isAbsolute = pattern.startsWith('/');
  let i = 0;
  while (i < segments.length && !isDynamicPattern(segments[i])) i++;
  if (i === segments.length) {
    return { staticPrefix: pattern, dynamic: '', dynamicHasParent: false };
  }
  const prefix = segments.slice(0, i).join('/');
  const dynamicSegments = segments.slice(i);
  return {
    staticPrefix: prefix === '' ? (isAbsolute ? '/' : '.') : prefix,
    dynamic: dynamicSegments.join('/'),
    dynamicHasParent: dynamicSegments.includes('..')
  };
}
