/**
 * The default config's search against real folders: from the current folder up to the repository
 * root (the nearest folder with a `.git`, folder or file), never above it nor above a confining
 * root; only the current folder outside any repository. Every expectation is a path written out
 * by hand from the folders each test makes.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { findDefaultConfig } from '../../src/io/config-search.js';
import { readRequest, type AnalyzeRequest } from '../../src/io/request.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const CONFIG = '.github/carbon-budget.yml';
const folders = useTempFolders();

/** Every folder from `dir` up to the file system's root that holds a `.git`. */
function gitAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) found.push(d);
    if (path.dirname(d) === d) return found;
  }
}

/** A repository in `dir/repo` (its `.git` a folder) with the config at its root. */
function repo(): string {
  const root = path.join(folders.dir, 'repo');
  mkdirSync(path.join(root, '.git'), { recursive: true });
  put(root, CONFIG, 'budget:\n  emissions: 1 kg\n');
  return root;
}

describe('findDefaultConfig', () => {
  test('from a subfolder, the repository root’s config is found, named from the current folder', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'training/bert'), { recursive: true });
    expect(await findDefaultConfig(path.join(root, 'training/bert'))).toEqual({
      file: `../../${CONFIG}`,
      searched: [CONFIG, `../${CONFIG}`, `../../${CONFIG}`]
    });
  });

  test('the nearest config wins over one further up', async () => {
    const root = repo();
    put(root, `training/${CONFIG}`, 'budget:\n  emissions: 2 kg\n');
    mkdirSync(path.join(root, 'training/bert'), { recursive: true });
    expect(await findDefaultConfig(path.join(root, 'training/bert'))).toEqual({
      file: `../${CONFIG}`,
      searched: [CONFIG, `../${CONFIG}`]
    });
  });

  test('in the repository root itself, only its own folder is looked at', async () => {
    const root = repo();
    expect(await findDefaultConfig(root)).toEqual({ file: CONFIG, searched: [CONFIG] });
  });

  test('a .git file (a worktree, a submodule) is a repository root too: nothing above it is read', async () => {
    const outer = repo();
    const inner = path.join(outer, 'vendor/model');
    put(inner, '.git', 'gitdir: ../../.git/modules/model\n');
    mkdirSync(path.join(inner, 'runs'), { recursive: true });
    expect(await findDefaultConfig(path.join(inner, 'runs'))).toEqual({ searched: [CONFIG, `../${CONFIG}`] });
  });

  test('outside any repository only the current folder is looked at', async () => {
    expect(gitAbove(folders.dir)).toEqual([]); // the rule under test needs a temporary folder outside any repository
    put(folders.dir, CONFIG, 'budget:\n  emissions: 1 kg\n');
    mkdirSync(path.join(folders.dir, 'sub'));
    expect(await findDefaultConfig(path.join(folders.dir, 'sub'))).toEqual({ searched: [CONFIG] });
    expect(await findDefaultConfig(folders.dir)).toEqual({ file: CONFIG, searched: [CONFIG] });
  });

  test('a confining root bounds the walk even below the repository root', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'ws/sub'), { recursive: true });
    const ws = path.join(root, 'ws');
    expect(await findDefaultConfig(path.join(ws, 'sub'), ws)).toEqual({ searched: [CONFIG, `../${CONFIG}`] });
    expect(await findDefaultConfig(ws, ws)).toEqual({ searched: [CONFIG] });
    // A base folder outside the root: its own folder only.
    expect(await findDefaultConfig(root, ws)).toEqual({ file: CONFIG, searched: [CONFIG] });
  });

  test('a symbolic link where the config belongs is the config (the read refuses it), not a reason to look further up', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'sub/.github'), { recursive: true });
    symlinkSync(path.join(root, '.git/config'), path.join(root, 'sub', CONFIG));
    expect(await findDefaultConfig(path.join(root, 'sub'))).toEqual({ file: CONFIG, searched: [CONFIG] });
  });
});

describe('readRequest with the default config', () => {
  function request(baseDir: string, rootDir?: string): AnalyzeRequest {
    return {
      manifests: { patterns: [], named: false },
      config: { path: CONFIG, named: false },
      overrides: {},
      intensity: {},
      confinement: rootDir === undefined ? { baseDir } : { baseDir, rootDir }
    };
  }

  test('reads the config found above, names it from the current folder and passes where it looked', async () => {
    const root = repo();
    put(root, 'training/carbon-manifest.yml', 'version: 1\nruns:\n  - name: a\n    power: 100 W\n    duration: 1 h\n');
    const { input } = await readRequest(request(path.join(root, 'training')));
    expect(input.config).toEqual({ file: `../${CONFIG}`, text: 'budget:\n  emissions: 1 kg\n' });
    expect(input.configSearched).toEqual([CONFIG, `../${CONFIG}`]);
    expect(input.diagnostics).toEqual([]);
  });

  test('a linked config found on the way is refused by name, so the budget does not silently vanish', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'sub/.github'), { recursive: true });
    symlinkSync(path.join(root, '.git/config'), path.join(root, 'sub', CONFIG));
    put(root, 'sub/carbon-manifest.yml', 'version: 1\nruns: []\n');
    const { input } = await readRequest(request(path.join(root, 'sub')));
    expect(input.config).toBeUndefined();
    expect(input.diagnostics.map((d) => [d.code, d.file])).toContainEqual(['io/symbolic-link', CONFIG]);
  });

  test('a named config is read where it is named, and nowhere else is looked at', async () => {
    const root = repo();
    put(root, 'ci/budget.yml', 'budget:\n  emissions: 3 kg\n');
    const { input } = await readRequest({
      ...request(path.join(root, 'ci')),
      config: { path: 'budget.yml', named: true }
    });
    expect(input.config?.file).toBe('budget.yml');
    expect(input.configSearched).toEqual(['budget.yml']);
  });
});
