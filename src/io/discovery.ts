/**
 * Finding manifests for the CLI and the action: files, folders and globs as a user names them, or
 * the default search, never inside dependencies or VCS data.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { displayPath } from './paths.js';

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
