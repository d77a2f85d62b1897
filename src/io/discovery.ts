/**
 * Finding manifests for the CLI and the action: files, folders and globs as a user names them, or
 * the default search, never inside dependencies or VCS data, and never through a symbolic link.
 */
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../core/diagnostics.js';
import { displayPath, isInGitFolder, isInside } from './paths.js';
import { gitFolderProblem, symbolicLinkProblem } from './read.js';

/** Where manifests are searched when no file is named, relative to the search folder. */
export const MANIFEST_GLOBS: readonly string[] = ['**/carbon-manifest.{yml,yaml,json}'];

/** Folders never searched for manifests: dependencies and VCS data hold no manifests of ours. */
export const IGNORED_GLOBS: readonly string[] = ['**/node_modules/**', '**/.git/**'];

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
 * arguments means the default globs under `cwd`. Globs skip `node_modules` and `.git`.
 *
 * No symbolic link is returned: not a linked manifest (named or matched), not a manifest in a
 * folder reached through a link below `cwd` (or below a named folder outside it), and a named
 * folder that is a link is not searched. A link's target is not what a reviewer sees in the
 * change (a link can name `.git/config`, or a large data folder the search would crawl), so each
 * is an error naming the link; nothing inside a `.git` folder is returned either.
 *
 * Diagnostics: `io/not-found` (a plain path that does not exist), `io/no-match` (a glob that
 * matches nothing), `io/no-manifests` (a folder or the default search without any manifest),
 * `io/symbolic-link`, `io/git-folder`.
 */
export async function findManifests(args: readonly string[], options: FindOptions): Promise<FoundFiles> {
  const { cwd } = options;
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  const refused = new Set<string>();
  /** Adds a file unless it is refused; `from` is where the search for links in its path starts. */
  const add = async (abs: string, from: string): Promise<void> => {
    const name = displayPath(abs, cwd);
    if (found.has(name) || refused.has(name)) return;
    const problem = await refusal(abs, isInside(cwd, abs) ? cwd : from, cwd);
    if (problem) {
      refused.add(name);
      diagnostics.push(diagnostic('error', problem[0], problem[1], { file: name }));
    } else found.add(name);
  };
  const addAll = async (matches: readonly string[], from: string): Promise<void> => {
    for (const abs of matches) await add(abs, from);
  };

  if (args.length === 0) {
    const matches = await globFiles(MANIFEST_GLOBS, cwd);
    if (matches.length === 0) diagnostics.push(noManifests(displayPath(cwd, cwd)));
    await addAll(matches, cwd);
  }

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    // A link that leads nowhere is still a link, refused as one rather than reported missing.
    const info = (await stat(abs).catch(() => undefined)) ?? (await lstat(abs).catch(() => undefined));
    if (info?.isDirectory()) {
      // A named folder that is (or lies under) a link is not searched at all: the search would
      // crawl wherever the link points.
      const problem = await refusal(abs, isInside(cwd, abs) ? cwd : path.dirname(abs), cwd, 'folder');
      if (problem) {
        diagnostics.push(diagnostic('error', problem[0], problem[1], { file: arg }));
        continue;
      }
      const matches = await globFiles(MANIFEST_GLOBS, abs);
      if (matches.length === 0) diagnostics.push(noManifests(arg));
      await addAll(matches, abs);
    } else if (info) {
      await add(abs, path.dirname(abs));
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
      // A match outside the working folder has only its own name checked for a link.
      await addAll(matches, cwd);
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

/**
 * Why a path is not returned: it lies inside a `.git` folder, or it or a folder on its way from
 * `from` (exclusive) is a symbolic link. `what` names it in the message.
 */
async function refusal(
  abs: string,
  from: string,
  cwd: string,
  what = 'manifest'
): Promise<[code: DiagnosticCode, message: string] | undefined> {
  if (isInGitFolder(abs)) return gitFolderProblem(what);
  const link = await firstLink(from, abs);
  if (link === undefined) return undefined;
  if (link === abs && what === 'folder') {
    return [
      'io/symbolic-link',
      'The folder is a symbolic link; manifests are not searched through links (a link can point anywhere, such as .git). Name the folder it points to, or commit the files themselves in place of the link.'
    ];
  }
  if (link === abs) return symbolicLinkProblem(what);
  return [
    'io/symbolic-link',
    `The ${what} lies in "${displayPath(link, cwd)}", which is a symbolic link to a folder; manifests are not searched or read through links (a link can point anywhere, such as .git). Commit the files themselves in place of the link.`
  ];
}

/**
 * The first path from `from` (exclusive) down to `abs` (inclusive) that is a symbolic link; only
 * `abs` itself is looked at when it does not lie below `from`.
 */
async function firstLink(from: string, abs: string): Promise<string | undefined> {
  const rel = path.relative(from, abs);
  const parts = rel !== '' && isInside(from, abs) ? rel.split(path.sep) : [];
  const steps = parts.length === 0 ? [abs] : parts.map((_, i) => path.join(from, ...parts.slice(0, i + 1)));
  for (const step of steps) {
    const info = await lstat(step).catch(() => undefined);
    if (info?.isSymbolicLink()) return step;
  }
  return undefined;
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
