/**
 * Path helpers: names as reports show them, lexical containment, the common ancestor of manifests,
 * and containment on the real path (after symbolic links), against a real temporary folder.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { commonAncestor, displayPath, isInside, isRealPathInside } from '../../src/io/paths.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

describe('paths', () => {
  it.each([
    ['/a/b', '/a/b', true],
    ['/a/b', '/a/b/c/d.csv', true],
    ['/a/b', '/a/b/..data', true],
    ['/a/b', '/a/bc', false],
    ['/a/b', '/a', false],
    ['/a/b', '/x/y', false]
  ])('isInside(%s, %s) = %s', (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });

  it.each([
    [['/a/b/c', '/a/b/d/e'], '/a/b'],
    [['/a/b', '/a/b'], '/a/b'],
    [['/a/b', '/x'], '/'],
    [['/a/b/c'], '/a/b/c']
  ])('commonAncestor(%j) = %s', (paths, expected) => {
    expect(commonAncestor(paths)).toBe(expected);
  });

  it.each([
    ['/w/examples/a.yml', '/w', 'examples/a.yml'],
    ['/w', '/w', '.'],
    ['/other/a.yml', '/w', '../other/a.yml']
  ])('displayPath(%s, %s) = %s', (abs, base, expected) => {
    expect(displayPath(abs, base)).toBe(expected);
  });
});

describe('isRealPathInside', () => {
  it('judges a file by its real path: a link inside that leads out is outside', async () => {
    put(tmp.dir, 'a.csv');
    put(tmp.outside, 'secret.csv');
    symlinkSync(path.join(tmp.outside, 'secret.csv'), path.join(tmp.dir, 'link.csv'));
    expect(await isRealPathInside(tmp.dir, path.join(tmp.dir, 'a.csv'))).toBe(true);
    expect(await isRealPathInside(tmp.dir, path.join(tmp.dir, 'link.csv'))).toBe(false);
  });

  it('judges a root reached through a link by its real path too', async () => {
    mkdirSync(path.join(tmp.outside, 'root'));
    put(tmp.outside, 'root/a.csv');
    symlinkSync(path.join(tmp.outside, 'root'), path.join(tmp.dir, 'root-link'));
    expect(await isRealPathInside(path.join(tmp.dir, 'root-link'), path.join(tmp.outside, 'root/a.csv'))).toBe(true);
  });

  it('judges a missing file by its name', async () => {
    expect(await isRealPathInside(tmp.dir, path.join(tmp.dir, 'missing.csv'))).toBe(true);
    expect(await isRealPathInside(tmp.dir, path.join(tmp.outside, 'missing.csv'))).toBe(false);
  });
});
