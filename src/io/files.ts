/**
 * File I/O shared by the CLI and the action: finding manifests (files, folders, globs), reading
 * manifests and config files with a size cap, writing reports, and the `TraceReader` through which
 * the core streams power logs without touching the file system itself.
 *
 * Every problem becomes a Diagnostic naming the file; nothing here throws for bad input, except a
 * trace stream, which can only signal a failure by throwing (a `FileAccessError` carrying its
 * diagnostic).
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../core/diagnostics.js';
import type { TextInput, TraceReader } from '../core/model.js';
import { displayPath, isInside } from './paths.js';

/** Where manifests are searched when no file is named, relative to the search folder. */
export const MANIFEST_GLOBS: readonly string[] = ['**/carbon-manifest.{yml,yaml,json}'];

/** Folders never searched for manifests: dependencies and VCS data hold no manifests of ours. */
export const IGNORED_GLOBS: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/** Largest manifest or config file read: 1 MiB. Real manifests are a few KiB; more is a mistake or an attack. */
const MAX_TEXT_BYTES = 1024 * 1024;

/** Read size for trace streams: large chunks keep per-chunk overhead negligible at disk speed. */
const TRACE_CHUNK_BYTES = 1024 * 1024;

/** Manifest paths found, named relative to the search base, sorted, and problems met. */
export interface FoundFiles {
  files: string[];
  diagnostics: Diagnostic[];
}

/** Options for {@link findManifests}. */
export interface FindOptions {
  /** Folder that relative arguments and default globs start from; files are named relative to it. */
  cwd: string;
}

/**
 * Turns command-line style arguments into manifest files. An existing file is taken as named; a
 * folder means {@link MANIFEST_GLOBS} under it; anything else with glob syntax is expanded. No
 * arguments means the default globs under `cwd`. Globs skip `node_modules` and `.git`, and do not
 * follow symbolic links (a link to a large data folder would make the search crawl it); name a
 * linked manifest explicitly.
 *
 * Diagnostics: `io/not-found` (a plain path that does not exist), `io/no-match` (a glob that
 * matches nothing), `io/no-manifests` (a folder or the default search without any manifest).
 */
export async function findManifests(args: readonly string[], options: FindOptions): Promise<FoundFiles> {
  const { cwd } = options;
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  const add = (abs: string): void => {
    found.add(displayPath(abs, cwd));
  };

  if (args.length === 0) {
    const matches = await globFiles(MANIFEST_GLOBS, cwd);
    if (matches.length === 0) diagnostics.push(noManifests(displayPath(cwd, cwd)));
    matches.forEach(add);
  }

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const matches = await globFiles(MANIFEST_GLOBS, abs);
      if (matches.length === 0) diagnostics.push(noManifests(arg));
      matches.forEach(add);
    } else if (info) {
      add(abs);
    } else if (isDynamicPattern(arg)) {
      const matches = await globFiles([arg], cwd);
      if (matches.length === 0) {
        diagnostics.push(
          diagnostic(
            'error',
            'io/no-match',
            `The pattern "${arg}" matches no file (searched from ${displayPath(cwd, cwd)}, skipping node_modules and .git).`,
            { file: arg }
          )
        );
      }
      matches.forEach(add);
    } else {
      diagnostics.push(
        diagnostic(
          'error',
          'io/not-found',
          `No such file or folder: expected a manifest file, a folder containing carbon-manifest.yml, or a glob.`,
          { file: arg }
        )
      );
    }
  }
  return { files: [...found].sort(), diagnostics };
}

function noManifests(dir: string): Diagnostic {
  return diagnostic(
    'error',
    'io/no-manifests',
    `No manifest found: expected files matching ${MANIFEST_GLOBS.join(', ')} under "${dir}" (node_modules and .git are skipped); name manifest files or globs explicitly.`,
    { file: dir }
  );
}

async function globFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const matches = await glob([...patterns], {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: [...IGNORED_GLOBS]
  });
  return matches.map((m) => path.resolve(m)).sort();
}

/** Options for {@link readTextFile}. */
export interface ReadTextOptions {
  /** Folder that a relative `file` is resolved against. */
  baseDir: string;
  /** Size limit in bytes (default {@link MAX_TEXT_BYTES}). */
  maxBytes?: number;
  /** What the file is, for messages: "manifest", "config file". */
  what?: string;
  /** When set, refuse a file whose real path (after symlinks) lies outside this folder. */
  confineTo?: string;
}

/** The text read, or the diagnostics saying why there is none. */
export interface ReadTextResult {
  input?: TextInput;
  diagnostics: Diagnostic[];
}

/**
 * Reads a small UTF-8 text file (a manifest or a config). Its size is checked before reading, and
 * the read stops after `maxBytes + 1` bytes whatever the file claims, so a huge or endless file
 * (a FIFO, `/dev/zero`) is refused rather than read.
 *
 * Diagnostics: `io/not-found`, `io/not-a-file`, `io/unreadable`, `io/too-large`, `io/not-utf8`,
 * `io/outside-root`.
 */
export async function readTextFile(file: string, options: ReadTextOptions): Promise<ReadTextResult> {
  const maxBytes = options.maxBytes ?? MAX_TEXT_BYTES;
  const what = options.what ?? 'file';
  const abs = path.resolve(options.baseDir, file);
  const fail = (code: DiagnosticCode, message: string): ReadTextResult => ({
    diagnostics: [diagnostic('error', code, message, { file })]
  });

  const info = await statRegularFile(abs, what);
  if ('problem' in info) return fail(...info.problem);
  if (info.sizeBytes > maxBytes) return fail('io/too-large', tooLargeMessage(what, maxBytes, info.sizeBytes));
  if (options.confineTo !== undefined && !(await isRealPathInside(options.confineTo, abs))) {
    return fail(
      'io/outside-root',
      `The ${what} resolves (through a symbolic link) to a path outside "${options.confineTo}"; only files inside it are read.`
    );
  }

  let bytes: Buffer;
  try {
    bytes = await readAtMost(abs, maxBytes + 1);
  } catch (err) {
    return fail(...describeFsError(err, what));
  }
  if (bytes.length > maxBytes) return fail('io/too-large', tooLargeMessage(what, maxBytes));

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('io/not-utf8', `The ${what} is not valid UTF-8 text; expected a YAML or JSON file saved as UTF-8.`);
  }
  return { input: { file, text }, diagnostics: [] };
}

/**
 * Reads a file that need not exist (the default config): its absence gives neither text nor a
 * diagnostic; any other problem (a folder, unreadable, too large, not UTF-8) is reported as
 * {@link readTextFile} reports it.
 */
export async function readOptionalTextFile(file: string, options: ReadTextOptions): Promise<ReadTextResult> {
  const result = await readTextFile(file, options);
  const absent = result.input === undefined && result.diagnostics.every((d) => d.code === 'io/not-found');
  return absent ? { diagnostics: [] } : result;
}

/**
 * Reads several text files with {@link readTextFile}, keeping the ones that could be read and
 * every diagnostic, in the order given.
 */
export async function readTextFiles(
  files: readonly string[],
  options: ReadTextOptions
): Promise<{ inputs: TextInput[]; diagnostics: Diagnostic[] }> {
  const results = await Promise.all(files.map((f) => readTextFile(f, options)));
  return {
    inputs: results.flatMap((r) => (r.input ? [r.input] : [])),
    diagnostics: results.flatMap((r) => r.diagnostics)
  };
}

function tooLargeMessage(what: string, maxBytes: number, sizeBytes?: number): string {
  const size = sizeBytes === undefined ? 'larger than that' : `${formatMiB(sizeBytes)}`;
  return `The ${what} is ${size}; the limit is ${formatMiB(maxBytes)}, far above any real ${what}, so it was not read.`;
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}

/**
 * Reads at most `limitBytes` of a file, whatever its size claims (a FIFO, a growing file,
 * `/dev/zero`), so a caller can tell "over the limit" from one byte more than it allows.
 */
export async function readAtMost(abs: string, limitBytes: number): Promise<Buffer> {
  const handle = await open(abs, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limitBytes, 64 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limitBytes) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, limitBytes - total), null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * The size of a regular file, or the diagnostic code and message saying why it is not one (it does
 * not exist, cannot be read, or is a folder or a special file such as a FIFO).
 */
export async function statRegularFile(
  abs: string,
  what: string
): Promise<{ sizeBytes: number } | { problem: [code: DiagnosticCode, message: string] }> {
  let info;
  try {
    info = await stat(abs);
  } catch (err) {
    return { problem: describeFsError(err, what) };
  }
  if (!info.isFile())
    return {
      problem: [
        'io/not-a-file',
        `Expected the ${what} to be a regular file, but it is ${info.isDirectory() ? 'a folder' : 'a special file'}.`
      ]
    };
  return { sizeBytes: info.size };
}

/** Maps a Node file-system error to a diagnostic code and a one-sentence message. */
export function describeFsError(err: unknown, what = 'file'): [code: DiagnosticCode, message: string] {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return ['io/not-found', `No such ${what}: the path does not exist.`];
    case 'EACCES':
    case 'EPERM':
      return ['io/unreadable', `Cannot read the ${what}: permission denied (${code}).`];
    case 'EISDIR':
      return ['io/not-a-file', `Expected the ${what} to be a regular file, but it is a folder.`];
    case 'ELOOP':
      return ['io/unreadable', `Cannot read the ${what}: too many levels of symbolic links (ELOOP).`];
    default:
      return [
        'io/unreadable',
        `Cannot read the ${what}: ${code ?? (err instanceof Error ? err.message : String(err))}.`
      ];
  }
}

/** Options for {@link writeTextFile}. */
export interface WriteTextOptions {
  /** Folder that a relative `file` is resolved against. */
  baseDir: string;
}

/**
 * Writes a report to a file, creating its folder. Returns an `io/write-failed` diagnostic instead
 * of throwing when that is not possible.
 */
export async function writeTextFile(file: string, text: string, options: WriteTextOptions): Promise<Diagnostic[]> {
  const abs = path.resolve(options.baseDir, file);
  try {
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text, 'utf8');
    return [];
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    const why =
      code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? `permission denied (${code})`
          : code;
    return [diagnostic('error', 'io/write-failed', `Cannot write the report to this file: ${why}.`, { file })];
  }
}

/**
 * True when the file's real path (after symbolic links) lies inside the root's real path. A path
 * that cannot be resolved is compared as written, so a missing file is judged by its name.
 */
export async function isRealPathInside(rootDir: string, abs: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([
    realpath(rootDir).catch(() => path.resolve(rootDir)),
    realpath(abs).catch(() => abs)
  ]);
  return isInside(realRoot, realFile);
}

/**
 * A trace stream could not be opened or read. Streams can only fail by throwing; this error
 * carries the diagnostic to report, and its message is that diagnostic's message (one line).
 */
export class FileAccessError extends Error {
  /** The problem, naming the trace file. */
  readonly diagnostic: Diagnostic;
  constructor(d: Diagnostic) {
    super(d.message);
    this.name = 'FileAccessError';
    this.diagnostic = d;
  }
}

/** Options for {@link createTraceReader}. */
export interface TraceReaderOptions {
  /**
   * Folder that file names (manifests' and the traces' returned by `list`) are relative to;
   * default `rootDir`. The CLI names files from the working directory, which may lie below the
   * root that contains every manifest.
   */
  baseDir?: string;
}

/**
 * A TraceReader confined to `rootDir`: a manifest's trace globs are expanded relative to the
 * manifest's folder, and nothing outside `rootDir` is listed or opened — not through `..`, not
 * through an absolute path, not through a symbolic link (checked on the real path). Files are
 * streamed in {@link TRACE_CHUNK_BYTES} chunks; nothing is read whole.
 *
 * `list` diagnostics: `io/outside-root` (a pattern or a match that leaves the root),
 * `io/duplicate-trace` (notice: two matches are one file through a symbolic link).
 * `open` throws a {@link FileAccessError} (`io/not-found`, `io/unreadable`, `io/not-a-file`,
 * `io/outside-root`).
 */
export function createTraceReader(rootDir: string, options: TraceReaderOptions = {}): TraceReader {
  const root = path.resolve(rootDir);
  const baseDir = path.resolve(options.baseDir ?? root);
  let realRootPromise: Promise<string> | undefined;
  const realRoot = (): Promise<string> => (realRootPromise ??= realpath(root).catch(() => root));
  const name = (abs: string): string => displayPath(abs, baseDir);

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
        const matches = await glob(split.dynamic, {
          cwd: prefixAbs,
          absolute: true,
          onlyFiles: true,
          expandDirectories: false,
          // Followed so that a link to a log inside the root is read; every match's real path is
          // checked below, and aliases of one file are read once.
          followSymbolicLinks: true
        });
        candidates = matches.map((m) => path.resolve(m)).sort();
      }

      const files: string[] = [];
      const seen = new Map<string, string>();
      for (const abs of candidates) {
        const real = await realpath(abs).catch(() => abs);
        const first = seen.get(real);
        if (first !== undefined) {
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
    }
  };
}

async function* streamFile(
  file: string,
  abs: string,
  root: string,
  realRoot: () => Promise<string>
): AsyncGenerator<Uint8Array> {
  const outsideRoot = (): FileAccessError =>
    new FileAccessError(
      diagnostic(
        'error',
        'io/outside-root',
        'The trace file lies outside the folder traces are read from (through "..", an absolute path or a symbolic link); it was not read.',
        { file }
      )
    );
  // Checked before touching the file, so nothing is learnt about paths outside the root.
  if (!isInside(root, abs)) throw outsideRoot();
  let real: string;
  try {
    real = await realpath(abs);
  } catch (err) {
    throw new FileAccessError(diagnostic('error', ...describeFsError(err, 'trace file'), { file }));
  }
  if (!isInside(await realRoot(), real)) throw outsideRoot();
  const info = await stat(real).catch(() => undefined);
  if (info && !info.isFile()) {
    throw new FileAccessError(
      diagnostic('error', 'io/not-a-file', 'Expected the trace file to be a regular file.', { file })
    );
  }
  const stream = createReadStream(real, { highWaterMark: TRACE_CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    throw new FileAccessError(diagnostic('error', ...describeFsError(err, 'trace file'), { file }));
  }
}

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
