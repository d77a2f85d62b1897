/**
 * Writing a report to a file for the CLI (`--output`) and the action (`report-path`): a failure is
 * a diagnostic, never a thrown error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
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
