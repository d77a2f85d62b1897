/**
 * Path helpers shared by the adapters' file I/O: how files are named in reports and diagnostics
 * (relative, with `/`), and whether a path stays inside a root folder, as written or on its real
 * path (after symbolic links), which is how every confined read is checked.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Converts a path to forward slashes, so names in reports are the same on every platform. */
function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Names `absPath` relative to `baseDir` with `/` separators, the way diagnostics and reports show
 * files (`examples/bert/carbon-manifest.yml`). A path outside `baseDir` keeps its `../` prefix;
 * one on another drive stays absolute.
 */
export function displayPath(absPath: string, baseDir: string): string {
  const rel = path.relative(baseDir, absPath);
  if (rel === '') return '.';
  if (path.isAbsolute(rel)) return toPosix(absPath);
  return toPosix(rel);
}

/** True when `candidate` is `root` itself or lies below it (both absolute, compared lexically). */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  if (path.isAbsolute(rel)) return false;
  // A child may be called "..data"; only a whole ".." segment leaves the root.
  return rel !== '..' && !rel.startsWith('..' + path.sep);
}

/** The deepest folder that contains every one of `absPaths` (absolute paths; at least one). */
export function commonAncestor(absPaths: readonly string[]): string {
  const split = absPaths.map((p) => path.resolve(p).split(path.sep));
  const first = split[0];
  let depth = first.length;
  for (const parts of split.slice(1)) {
    let i = 0;
    while (i < depth && i < parts.length && parts[i] === first[i]) i++;
    depth = i;
  }
  const joined = first.slice(0, depth).join(path.sep);
  // Splitting "/a" gives ["", "a"]: an empty prefix means the filesystem root.
  return joined === '' ? path.parse(path.resolve(absPaths[0])).root : joined;
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
 * True when any component of the path is a `.git` folder (or file), compared case-insensitively
 * (`.GIT` is the same folder on macOS and Windows) and without the trailing dots and spaces that
 * Windows ignores (`.git.`). `..` is resolved first, so `logs/../.git/config` counts. Nothing under
 * `.git` is ever read: it holds the repository's own data, and after `actions/checkout` its
 * `config` holds the job's token in an `AUTHORIZATION` header.
 */
export function isInGitFolder(abs: string): boolean {
  return path
    .resolve(abs)
    .split(/[\\/]/)
    .some((part) => part.toLowerCase().replace(/[. ]+$/, '') === '.git');
}
