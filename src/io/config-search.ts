/**
 * Where the default budget config (`.github/carbon-budget.yml`) is looked for when none is named:
 * in the current folder, then in each folder above it, up to and including the repository root,
 * the nearest folder that holds a `.git` (a folder, or the file a worktree or submodule has).
 * The walk never goes above that root, nor above the confining folder when there is one (the
 * action's workspace), and when no folder up to the file system's root holds a `.git` only the
 * current folder is looked at: outside a repository nothing marks where a project ends, and a
 * config found in a home folder or in `/tmp` would judge a check it does not belong to.
 *
 * Candidates are named relative to the current folder (`../.github/carbon-budget.yml`), as every
 * file in a report is. The first one that exists in any form is the config: a symbolic link or a
 * folder there is then refused by the read, rather than skipped for one further up, so a link
 * cannot make the budget silently come from elsewhere (or disappear).
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../core/config-path.js';
import { isInside } from './paths.js';

/** What the search found: the config to read (if any), and every path looked at, in order. */
export interface ConfigSearch {
  /** The first candidate that exists, relative to the base folder; absent when none does. */
  file?: string;
  /** The candidates looked at, relative to the base folder, nearest first (the found one last). */
  searched: string[];
}

/**
 * Looks for the default config (`configPath`, relative to each folder) from `baseDir` up to the
 * repository root (see the module comment), never above `rootDir` when it is given. Never throws:
 * a folder that cannot be looked at counts as one without the file.
 */
export async function findDefaultConfig(
  baseDir: string,
  rootDir?: string,
  configPath: string = DEFAULT_CONFIG_PATH
): Promise<ConfigSearch> {
  const folders = await searchFolders(path.resolve(baseDir), rootDir === undefined ? undefined : path.resolve(rootDir));
  const searched: string[] = [];
  for (const [up, folder] of folders.entries()) {
    const candidate = `${'../'.repeat(up)}${configPath}`;
    searched.push(candidate);
    if (await exists(path.join(folder, configPath))) return { file: candidate, searched };
  }
  return { searched };
}

/**
 * The folders to look in, nearest first: `start` and its parents up to the first that holds a
 * `.git` or is `root`; only `start` when neither is met before the file system's root (or when
 * `start` does not lie inside `root`).
 */
async function searchFolders(start: string, root: string | undefined): Promise<string[]> {
  if (root !== undefined && !isInside(root, start)) return [start];
  const folders: string[] = [];
  for (let folder = start; ; folder = path.dirname(folder)) {
    folders.push(folder);
    if (folder === root || (await exists(path.join(folder, '.git')))) return folders;
    if (path.dirname(folder) === folder) return [start];
  }
}

/** True when something (a file, a folder, a link) is at `abs`; links are not followed. */
async function exists(abs: string): Promise<boolean> {
  return lstat(abs).then(
    () => true,
    () => false
  );
}
