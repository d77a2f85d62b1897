/**
 * The record step's `out` folder (src/io/confined-dir.ts): created inside the workspace, never
 * outside it, never through a symbolic link, never inside .git; and a log slot that is a link is
 * refused rather than written through.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { confinedDir, writableSlot } from '../../src/io/confined-dir.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const t = useTempFolders();

describe('confinedDir', () => {
  test.each([
    ['carbon/', 'carbon'],
    ['carbon', 'carbon'],
    ['a/b/c', 'a/b/c'],
    ['./logs/../carbon', 'carbon'],
    ['.', '.']
  ])('%s is created inside the workspace as %s', async (wanted, relative) => {
    const got = await confinedDir(t.dir, wanted, 'Input `out`');
    expect(got).toEqual({ ok: true, dir: path.join(realpathSync(t.dir), relative), relative });
    expect(lstatSync(path.join(t.dir, relative)).isDirectory()).toBe(true);
  });

  test('an absolute path inside the workspace is taken; one outside it is refused', async () => {
    expect(await confinedDir(t.dir, path.join(t.dir, 'carbon'), 'Input `out`')).toMatchObject({
      ok: true,
      relative: 'carbon'
    });
    const outside = await confinedDir(t.dir, path.join(t.outside, 'carbon'), 'Input `out`');
    expect(outside).toEqual({ ok: false, problem: expect.stringContaining('is outside the workspace') });
    expect(readdirSync(t.outside)).toEqual([]);
  });

  test.each(['..', '../x', 'carbon/../../x'])('%s leaves the workspace and is refused', async (wanted) => {
    const got = await confinedDir(t.dir, wanted, 'Input `out`');
    expect(got).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Input `out` ".*" is outside the workspace; expected a folder inside it/)
    });
  });

  test.each(['.git', '.git/x', 'sub/.GIT/x', '.git./x'])('%s is inside .git and refused', async (wanted) => {
    expect(await confinedDir(t.dir, wanted, 'Input `out`')).toEqual({
      ok: false,
      problem: expect.stringContaining('is inside .git')
    });
    expect(existsSync(path.join(t.dir, wanted))).toBe(false);
  });

  test('a symbolic link on the way is refused, even one that stays inside, and nothing is created through it', async () => {
    symlinkSync(t.outside, path.join(t.dir, 'carbon'));
    const got = await confinedDir(t.dir, 'carbon/logs', 'Input `out`');
    expect(got).toEqual({
      ok: false,
      problem: expect.stringContaining('carbon is a symbolic link; it is not followed')
    });
    expect(readdirSync(t.outside)).toEqual([]);
    mkdirSync(path.join(t.dir, 'real'));
    symlinkSync(path.join(t.dir, 'real'), path.join(t.dir, 'alias'));
    expect(await confinedDir(t.dir, 'alias', 'Input `out`')).toMatchObject({ ok: false });
  });

  test('a workspace reached through a link is resolved first, and works', async () => {
    const link = path.join(t.outside, 'ws');
    symlinkSync(t.dir, link);
    expect(await confinedDir(link, 'carbon', 'Input `out`')).toEqual({
      ok: true,
      dir: path.join(realpathSync(t.dir), 'carbon'),
      relative: 'carbon'
    });
  });

  test('a file in the way, an empty value and control characters are refused', async () => {
    put(t.dir, 'carbon', 'not a folder');
    expect(await confinedDir(t.dir, 'carbon/logs', 'Input `out`')).toEqual({
      ok: false,
      problem: expect.stringContaining('carbon is not a folder')
    });
    expect(await confinedDir(t.dir, '  ', 'Input `out`')).toEqual({
      ok: false,
      problem: expect.stringContaining('is empty')
    });
    expect(await confinedDir(t.dir, 'a\nb', 'Input `out`')).toEqual({
      ok: false,
      problem: expect.stringContaining('holds control characters')
    });
  });
});

describe('writableSlot', () => {
  test('a missing or regular file may be written; a link or a folder may not', async () => {
    expect(await writableSlot(path.join(t.dir, 'new.csv'))).toBeUndefined();
    expect(await writableSlot(put(t.dir, 'old.csv', 'x'))).toBeUndefined();
    symlinkSync(put(t.outside, 'target', 'secret'), path.join(t.dir, 'link.csv'));
    expect(await writableSlot(path.join(t.dir, 'link.csv'))).toContain('is a symbolic link; it is not written through');
    mkdirSync(path.join(t.dir, 'folder.csv'));
    expect(await writableSlot(path.join(t.dir, 'folder.csv'))).toContain('is not a regular file');
  });
});
