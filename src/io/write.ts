/**
 * Writing a report to a file for the CLI (`--output`) and the action (`report-path`), and
 * replacing a file the user keeps (a model card) whole: a failure is a diagnostic, never a thrown
 * error.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';

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
    return [
      diagnostic('error', 'io/write-failed', `Cannot write the report to this file: ${writeError(err)}.`, { file })
    ];
  }
}

/**
 * Replaces an existing file's text whole: the new text goes to a temporary file beside it, with the
 * old file's permissions, which is then renamed over it. A crash or a full disk leaves the old file
 * as it was, never half of each; and the rename replaces a symbolic link put there meanwhile
 * rather than writing through it.
 */
export async function replaceTextFile(
  file: string,
  text: string,
  options: WriteTextOptions & { what: string }
): Promise<Diagnostic[]> {
  const abs = path.resolve(options.baseDir, file);
  const temporary = path.join(path.dirname(abs), `.${path.basename(abs)}.carbon-gate-${process.pid}.tmp`);
  try {
    const mode = (await stat(abs)).mode & 0o7777;
    await writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    await rename(temporary, abs);
    return [];
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return [diagnostic('error', 'io/write-failed', `Cannot write the ${options.what}: ${writeError(err)}.`, { file })];
  }
}

/** A write error in words. */
function writeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  if (code === 'EEXIST') return 'a temporary file of another carbon-gate run is in the way';
  return code;
}
