/**
 * The crawl behind a trace glob, confined and bounded. A glob such as `logs/**\/*.csv` comes from a
 * manifest, which comes from the change being judged, and so do the folders it crawls: a symbolic
 * link to `/etc` would name files outside the repository, and one to `/` would crawl the whole
 * file system. So the walk
 *
 * - follows a symbolic link only where its real path lies inside the confinement root; a link out
 *   of it is never listed (its target is resolved to judge it, nothing below it is read), and it
 *   is reported by the link's own name, inside the root;
 * - walks each real folder once (a link back up the tree ends there, not in a loop);
 * - descends only into folders the pattern can match below (`*.csv` does not crawl subfolders,
 *   dot-folders such as `.git` are not entered by a wildcard);
 * - counts every folder entry it reads against a budget shared by all walks of one check, and
 *   stops where it is spent, saying so.
 */
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { isInside } from './paths.js';

/**
 * Default number of folder entries the trace globs of one check may read: a repository with a
 * hundred thousand files is searched whole twice over, in about a second; a tree made to stall the
 * check is cut there.
 */
export const DEFAULT_CRAWL_ENTRIES = 200_000;

/** The entries all walks of one check may read, and those read so far (shared, mutable). */
export interface CrawlBudget {
  readonly maxEntries: number;
  entries: number;
  /** Folder listings already read, by real path: a second walk over them costs nothing. */
  readonly listings: Map<string, Dirent[]>;
}

/** A fresh budget of `maxEntries` (default {@link DEFAULT_CRAWL_ENTRIES}). */
export function createCrawlBudget(maxEntries: number = DEFAULT_CRAWL_ENTRIES): CrawlBudget {
  return { maxEntries, entries: 0, listings: new Map() };
}

/** What one walk found. */
export interface WalkResult {
  /** Matching files, as absolute paths through the folders walked (links inside the root included), sorted. */
  files: string[];
  /**
   * Symbolic links whose real path lies outside the root, as absolute paths inside it: those the
   * pattern names as files, and folders it would have searched.
   */
  outsideLinks: { path: string; kind: 'file' | 'folder' }[];
  /** True when the budget ran out: matches may be missing. */
  truncated: boolean;
}

/**
 * Finds the files below `startDir` that match `pattern` (a glob relative to it, `/`-separated;
 * minimatch syntax, dot-files only where named), without leaving `realRoot` (the root's real
 * path) through a link, and within `budget`.
 */
export async function walkGlob(
  startDir: string,
  pattern: string,
  realRoot: string,
  budget: CrawlBudget
): Promise<WalkResult> {
  const matcher = new Minimatch(pattern, { dot: false, nonegate: true, nocomment: true });
  const result: WalkResult = { files: [], outsideLinks: [], truncated: false };
  const start = await realpath(startDir).catch(() => undefined);
  if (start === undefined || !isInside(realRoot, start)) return result;
  const walked = new Set<string>([start]);
  // Depth first, in name order; `real` is the folder's real path, `rel` its path in the pattern's terms.
  const stack: { abs: string; real: string; rel: string }[] = [{ abs: path.resolve(startDir), real: start, rel: '' }];
  while (stack.length > 0) {
    const dir = stack.pop() as { abs: string; real: string; rel: string };
    const entries = await list(dir.real, budget);
    if (entries === 'spent') {
      result.truncated = true;
      break;
    }
    const subfolders: typeof stack = [];
    for (const entry of entries) {
      const rel = dir.rel === '' ? entry.name : `${dir.rel}/${entry.name}`;
      const abs = path.join(dir.abs, entry.name);
      const named = matcher.match(rel);
      const below = matcher.match(rel, true);
      if (!named && !below) continue;
      let real = path.join(dir.real, entry.name);
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // Resolved only to judge it; a broken link is no file.
        const target = await realpath(abs).catch(() => undefined);
        if (target === undefined) continue;
        const info = await stat(target).catch(() => undefined);
        if (info === undefined) continue;
        isFolder = info.isDirectory();
        if (!isInside(realRoot, target)) {
          if (isFolder ? below : named) result.outsideLinks.push({ path: abs, kind: isFolder ? 'folder' : 'file' });
          continue;
        }
        real = target;
      }
      if (isFolder) {
        if (below && !walked.has(real)) {
          walked.add(real);
          subfolders.push({ abs, real, rel });
        }
      } else if (named) {
        result.files.push(abs);
      }
    }
    // Pushed in reverse, so the stack pops them in name order.
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]);
  }
  result.files.sort();
  return result;
}

/**
 * A folder's entries in name order, read once per check and counted against the budget as they
 * are read (a folder of millions of entries is not read whole before it is counted).
 */
async function list(realDir: string, budget: CrawlBudget): Promise<Dirent[] | 'spent'> {
  const known = budget.listings.get(realDir);
  if (known) return known;
  const entries: Dirent[] = [];
  try {
    // Iterating a Dir closes it at the end, and on the early return.
    for await (const entry of await opendir(realDir)) {
      if (++budget.entries > budget.maxEntries) return 'spent';
      entries.push(entry);
    }
  } catch {
    // A folder that cannot be read holds nothing to match, as for any glob.
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  budget.listings.set(realDir, entries);
  return entries;
}
