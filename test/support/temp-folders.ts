/**
 * Two fresh temporary folders for every test of a file: `dir`, the folder under test, and
 * `outside`, a place that confined readers must not reach. Both are removed after each test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from '@jest/globals';

/** The current test's folders; replaced before each test. */
export interface TempFolders {
  dir: string;
  outside: string;
}

/**
 * Registers a `beforeEach` that creates the folders and an `afterEach` that removes them. Call it
 * at the top of a test file; read the fields in tests.
 */
export function useTempFolders(): TempFolders {
  const folders = {} as TempFolders;
  beforeEach(() => {
    folders.dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-files-'));
    folders.outside = mkdtempSync(path.join(tmpdir(), 'carbon-gate-outside-'));
  });
  afterEach(() => {
    rmSync(folders.dir, { recursive: true, force: true });
    rmSync(folders.outside, { recursive: true, force: true });
  });
  return folders;
}

/** Creates `rel` under `base` with `content`, making folders as needed; returns its absolute path. */
export function put(base: string, rel: string, content: string | Buffer = 'x'): string {
  const abs = path.join(base, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}
