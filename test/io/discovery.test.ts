/**
 * Manifest discovery against a real temporary folder: default globs, folders, files and globs as
 * named, what is skipped, and every problem reported at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
