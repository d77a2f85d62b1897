/**
 * A folder to write into that stays inside a root folder (the workspace), for the record step's
 * `out` input, which is hostile: a workflow may pass anything, and the checked-out repository may
 * hold symbolic links where the folder should be (`carbon -> /home/runner/.ssh`).
 *
 * The path is judged as written (no `..` out, not absolute elsewhere, not in `.git`), then each of
 * its components below the root's real path is looked at with `lstat` and created one level at a
 * time where missing: a symbolic link anywhere on the way is refused rather than followed, so the
 * folder returned is the real one, inside the real root.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { excerpt } from '../core/excerpt.js';
import { isInGitFolder, isInside } from './paths.js';

/** The folder, or why there is none. */
export type ConfinedDir = { ok: true; dir: string; relative: string } | { ok: false; problem: string };

/**
 * Resolves `wanted` against `rootDir`, checks that it stays inside it without passing through a
 * symbolic link, and creates what is missing. `what` names the value in messages (`` `out` ``).
 */
export async function confinedDir(rootDir: string, wanted: string, what: string): Promise<ConfinedDir> {
  const shown = `${what} "${excerpt(wanted)}"`;
  if (wanted.trim() === '') return { ok: false, problem: `${what} is empty; expected a folder inside the workspace.` };
  // Control characters have no place in a folder name and would make the log line lie.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(wanted))
    return { ok: false, problem: `${shown} holds control characters; expected a plain folder path.` };
  let root: string;
  try {
    root = await realpath(rootDir);
  } catch {
    return { ok: false, problem: `the workspace ${rootDir} cannot be read.` };
  }
  const abs = path.resolve(root, wanted);
  if (!isInside(root, abs))
    return { ok: false, problem: `${shown} is outside the workspace; expected a folder inside it, such as carbon/.` };
  // Judged below the root only: the workspace's own path may hold anything.
  if (isInGitFolder(path.join(path.sep, path.relative(root, abs))))
    return { ok: false, problem: `${shown} is inside .git; expected a folder of the working tree.` };

  let current = root;
  for (const part of path
    .relative(root, abs)
    .split(path.sep)
    .filter((p) => p !== '')) {
    current = path.join(current, part);
    const found = await kindOf(current);
    if (found === 'missing') {
      try {
        await mkdir(current);
      } catch (err) {
        // Another process may have made it meanwhile: judge what is there now.
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
          return { ok: false, problem: `${shown}: cannot create ${current}: ${(err as NodeJS.ErrnoException).code}.` };
      }
    }
    const kind = found === 'missing' ? await kindOf(current) : found;
    if (kind === 'link')
      return {
        ok: false,
        problem: `${shown}: ${path.relative(root, current)} is a symbolic link; it is not followed (it could lead out of the workspace). Name a real folder.`
      };
    if (kind !== 'dir') return { ok: false, problem: `${shown}: ${path.relative(root, current)} is not a folder.` };
  }
  return { ok: true, dir: abs, relative: path.relative(root, abs).split(path.sep).join('/') || '.' };
}

/**
 * Whether `file` may be written (created or appended to): absent, or a regular file that is not a
 * symbolic link. Returns the problem otherwise (a link put in the folder by the repository would
 * make an append write through it).
 */
export async function writableSlot(file: string): Promise<string | undefined> {
  const kind = await kindOf(file);
  if (kind === 'missing' || kind === 'file') return undefined;
  if (kind === 'link') return `${file} is a symbolic link; it is not written through.`;
  return `${file} is not a regular file.`;
}

/** What is at a path, without following a link. */
async function kindOf(abs: string): Promise<'missing' | 'link' | 'dir' | 'file' | 'other'> {
  try {
    const s = await lstat(abs);
    if (s.isSymbolicLink()) return 'link';
    if (s.isDirectory()) return 'dir';
    return s.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
