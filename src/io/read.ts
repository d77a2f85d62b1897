/**
 * Reading the small text files the adapters hand to the core (manifests, config files): a size cap
 * checked before and while reading, UTF-8 only, optional confinement to a folder, never a symbolic
 * link and never anything inside a `.git` folder; and the file checks other readers share (those
 * refusals, a regular file, at most so many bytes, a file-system error in words). Every problem
 * becomes a Diagnostic naming the file; nothing here throws for bad input.
 */
import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../core/diagnostics.js';
import type { TextInput } from '../core/model.js';
import { isInGitFolder, isRealPathInside } from './paths.js';

/** Largest manifest or config file read: 1 MiB. Real manifests are a few KiB; more is a mistake or an attack. */
const MAX_TEXT_BYTES = 1024 * 1024;

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
 * Reads a small UTF-8 text file (a manifest or a config). A file inside a `.git` folder or a
 * symbolic link is refused before anything else is looked at (see {@link refusedFile}). Its size
 * is checked before reading, and the read stops after `maxBytes + 1` bytes whatever the file
 * claims, so a huge or endless file (a FIFO, `/dev/zero`) is refused rather than read.
 *
 * Diagnostics: `io/git-folder`, `io/symbolic-link`, `io/not-found`, `io/not-a-file`,
 * `io/unreadable`, `io/too-large`, `io/not-utf8`, `io/outside-root`.
 */
export async function readTextFile(file: string, options: ReadTextOptions): Promise<ReadTextResult> {
  const maxBytes = options.maxBytes ?? MAX_TEXT_BYTES;
  const what = options.what ?? 'file';
  const abs = path.resolve(options.baseDir, file);
  const fail = (code: DiagnosticCode, message: string): ReadTextResult => ({
    diagnostics: [diagnostic('error', code, message, { file })]
  });

  const refused = await refusedFile(abs, what);
  if (refused) return fail(...refused);
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

/** Opening flags that make `open` fail on a symbolic link (where the platform has the flag). */
const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Why a file that a user, a manifest or a config names must not be read at all, or undefined
 * when it may be: a path inside a `.git` folder (as written, after `..` is resolved, or on its
 * real path, through a linked folder), or a symbolic link. Links are refused rather than followed
 * because the file's name is all a reviewer sees: `.github/carbon-budget.yml -> ../.git/config`
 * would make a pull request's own change read the checkout's token, and the parse error quote it.
 * A path that does not exist is not refused here (the read says it is missing).
 */
export async function refusedFile(
  abs: string,
  what: string
): Promise<[code: DiagnosticCode, message: string] | undefined> {
  if (isInGitFolder(abs)) return gitFolderProblem(what);
  const info = await lstat(abs).catch(() => undefined);
  if (info === undefined) return undefined;
  if (info.isSymbolicLink()) return symbolicLinkProblem(what);
  const real = await realpath(abs).catch(() => abs);
  return isInGitFolder(real) ? gitFolderProblem(what) : undefined;
}

/** The refusal of a symbolic link, for {@link refusedFile} and the manifest search alike. */
export function symbolicLinkProblem(what: string): [code: DiagnosticCode, message: string] {
  return [
    'io/symbolic-link',
    `The ${what} is a symbolic link; carbon-gate does not follow links for manifests, config files and intensity series, so that no link can make it read another file (such as .git/config, which holds the checkout's token). Commit the file itself in place of the link.`
  ];
}

/** The refusal of a path inside a `.git` folder, for {@link refusedFile} and the manifest search alike. */
export function gitFolderProblem(what: string): [code: DiagnosticCode, message: string] {
  return [
    'io/git-folder',
    `The ${what} lies inside a .git folder, which carbon-gate never reads: it holds the repository's own data and, after actions/checkout, the job's token. Name a file in the working tree.`
  ];
}

/**
 * Reads at most `limitBytes` of a file, whatever its size claims (a FIFO, a growing file,
 * `/dev/zero`), so a caller can tell "over the limit" from one byte more than it allows. A
 * symbolic link fails to open (`ELOOP`) where the platform can say so, so a link put in place
 * after {@link refusedFile} looked is not followed either.
 */
export async function readAtMost(abs: string, limitBytes: number): Promise<Buffer> {
  const handle = await open(abs, NO_FOLLOW);
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
