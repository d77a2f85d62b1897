/**
 * Manifest discovery against a real temporary folder: default globs, folders, files and globs as
 * named, what is skipped, and every problem reported at once.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findManifests } from '../../src/io/discovery.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

describe('findManifests', () => {
  beforeEach(() => {
    put(tmp.dir, 'b/carbon-manifest.yml');
    put(tmp.dir, 'a/deep/er/carbon-manifest.yaml');
    put(tmp.dir, 'c/carbon-manifest.json');
    put(tmp.dir, 'node_modules/pkg/carbon-manifest.yml');
    put(tmp.dir, '.git/carbon-manifest.yml');
    put(tmp.dir, 'other/run.yml');
  });

  it('searches the default globs, skipping node_modules and .git, sorted, named from cwd', async () => {
    const found = await findManifests([], { cwd: tmp.dir });
    expect(found).toEqual({
      files: ['a/deep/er/carbon-manifest.yaml', 'b/carbon-manifest.yml', 'c/carbon-manifest.json'],
      diagnostics: []
    });
  });

  it('takes a folder as the default globs under it, a file as named, and a glob as expanded', async () => {
    const found = await findManifests(['a', 'other/run.yml', 'c/*.json', 'b/carbon-manifest.yml', 'b'], {
      cwd: tmp.dir
    });
    expect(found).toEqual({
      files: ['a/deep/er/carbon-manifest.yaml', 'b/carbon-manifest.yml', 'c/carbon-manifest.json', 'other/run.yml'],
      diagnostics: []
    });
  });

  it.each([
    [['missing.yml'], 'io/not-found', 'missing.yml'],
    [['nothing/**/*.yml'], 'io/no-match', 'nothing/**/*.yml'],
    [['other'], 'io/no-manifests', 'other']
  ])('reports %j as %s', async (args, code, file) => {
    const found = await findManifests(args, { cwd: tmp.dir });
    expect(found.files).toEqual([]);
    expect(found.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', code, file]]);
  });

  it('reports a folder without manifests when searching by default', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'carbon-gate-empty-'));
    try {
      const found = await findManifests([], { cwd: empty });
      expect(found.diagnostics.map((d) => d.code)).toEqual(['io/no-manifests']);
      expect(found.diagnostics[0].message).toContain('carbon-manifest.{yml,yaml,json}');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('collects every problem, not only the first', async () => {
    const found = await findManifests(['x.yml', 'b', 'y.yml'], { cwd: tmp.dir });
    expect(found.files).toEqual(['b/carbon-manifest.yml']);
    expect(found.diagnostics.map((d) => d.file)).toEqual(['x.yml', 'y.yml']);
  });
});

describe('findManifests and symbolic links', () => {
  beforeEach(() => {
    put(tmp.dir, '.git/config', 'extraheader = AUTHORIZATION: basic x');
    put(tmp.dir, 'real/carbon-manifest.yml');
    put(tmp.outside, 'carbon-manifest.yml');
  });

  const found = (args: string[]) => findManifests(args, { cwd: tmp.dir });
  const problems = (r: { diagnostics: { severity: string; code: string; file?: string }[] }) =>
    r.diagnostics.map((d) => [d.severity, d.code, d.file]);

  it('refuses a named manifest that is a link (to .git/config, or a dangling one), naming it', async () => {
    symlinkSync('.git/config', path.join(tmp.dir, 'carbon-manifest.yml'));
    symlinkSync('nowhere.yml', path.join(tmp.dir, 'dangling.yml'));
    const r = await found(['carbon-manifest.yml', 'dangling.yml']);
    expect(r.files).toEqual([]);
    expect(problems(r)).toEqual([
      ['error', 'io/symbolic-link', 'carbon-manifest.yml'],
      ['error', 'io/symbolic-link', 'dangling.yml']
    ]);
    expect(r.diagnostics[0].message).toContain('Commit the file itself');
  });

  it('does not search a named folder that is a link, nor return what a glob finds through one', async () => {
    symlinkSync('real', path.join(tmp.dir, 'linked'));
    symlinkSync(tmp.outside, path.join(tmp.dir, 'away'));
    expect(problems(await found(['linked']))).toEqual([['error', 'io/symbolic-link', 'linked']]);
    const globbed = await found(['linked/**/carbon-manifest.yml', 'away/*.yml', 'linked/carbon-manifest.yml']);
    expect(globbed.files).toEqual([]);
    expect(problems(globbed)).toEqual([
      ['error', 'io/symbolic-link', 'linked/carbon-manifest.yml'],
      ['error', 'io/symbolic-link', 'away/carbon-manifest.yml']
    ]);
    expect(globbed.diagnostics[0].message).toContain('"linked", which is a symbolic link to a folder');
  });

  it('skips linked manifests and linked folders in a search, and keeps the real ones', async () => {
    mkdirSync(path.join(tmp.dir, 'models'));
    symlinkSync('../.git/config', path.join(tmp.dir, 'models/carbon-manifest.yml'));
    symlinkSync(tmp.outside, path.join(tmp.dir, 'away'));
    expect(await found([])).toEqual({ files: ['real/carbon-manifest.yml'], diagnostics: [] });
    expect(problems(await found(['models']))).toEqual([['error', 'io/no-manifests', 'models']]);
  });

  it('refuses anything inside .git, named in any case or through ..', async () => {
    put(tmp.dir, '.GIT/carbon-manifest.yml');
    for (const arg of ['.git/config', 'real/../.git/config', '.GIT/carbon-manifest.yml', '.git']) {
      const r = await found([arg]);
      expect([arg, r.files, r.diagnostics.map((d) => d.code)]).toEqual([arg, [], ['io/git-folder']]);
    }
  });
});
