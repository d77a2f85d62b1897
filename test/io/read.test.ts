/**
 * Capped, UTF-8, optionally confined reads of manifests and config files, against a real temporary
 * folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { readOptionalTextFile, readTextFile } from '../../src/io/read.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

describe('readTextFile', () => {
  it('reads a UTF-8 file and names it as given', async () => {
    put(tmp.dir, 'm.yml', 'name: café\n');
    expect(await readTextFile('m.yml', { baseDir: tmp.dir })).toEqual({
      input: { file: 'm.yml', text: 'name: café\n' },
      diagnostics: []
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    put(tmp.dir, 'ten.yml', '0123456789');
    put(tmp.dir, 'eleven.yml', '0123456789A');
    expect((await readTextFile('ten.yml', { baseDir: tmp.dir, maxBytes: 10 })).input?.text).toBe('0123456789');
    const refused = await readTextFile('eleven.yml', { baseDir: tmp.dir, maxBytes: 10 });
    expect(refused.input).toBeUndefined();
    expect(refused.diagnostics.map((d) => [d.code, d.file])).toEqual([['io/too-large', 'eleven.yml']]);
  });

  it('refuses a manifest over 1 MiB by default', async () => {
    put(tmp.dir, 'big.yml', Buffer.alloc(1024 * 1024 + 1, 0x61));
    const refused = await readTextFile('big.yml', { baseDir: tmp.dir, what: 'manifest' });
    expect(refused.diagnostics.map((d) => d.code)).toEqual(['io/too-large']);
    expect(refused.diagnostics[0].message).toContain('1 MiB');
  });

  it('refuses a FIFO without blocking on it', async () => {
    execFileSync('mkfifo', [path.join(tmp.dir, 'pipe.yml')]);
    expect((await readTextFile('pipe.yml', { baseDir: tmp.dir })).diagnostics.map((d) => d.code)).toEqual([
      'io/not-a-file'
    ]);
  });

  it.each([
    ['missing.yml', 'io/not-found'],
    ['folder', 'io/not-a-file'],
    ['latin1.yml', 'io/not-utf8']
  ])('reports %s as %s', async (file, code) => {
    mkdirSync(path.join(tmp.dir, 'folder'));
    put(tmp.dir, 'latin1.yml', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await readTextFile(file, { baseDir: tmp.dir, what: 'manifest' });
    expect(result.input).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', code, file]]);
  });

  it('refuses a file that is a symbolic link, confined or not, wherever it points', async () => {
    put(tmp.outside, 'secret.yml', 'token: x');
    put(tmp.dir, 'inside.yml', 'budget: {}\n');
    symlinkSync(path.join(tmp.outside, 'secret.yml'), path.join(tmp.dir, 'link.yml'));
    symlinkSync('inside.yml', path.join(tmp.dir, 'near.yml'));
    symlinkSync('missing.yml', path.join(tmp.dir, 'dangling.yml'));
    for (const file of ['link.yml', 'near.yml', 'dangling.yml']) {
      for (const confine of [{ confineTo: tmp.dir }, {}]) {
        const result = await readTextFile(file, { baseDir: tmp.dir, what: 'config file', ...confine });
        expect(result.input).toBeUndefined();
        expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['io/symbolic-link', file]]);
        expect(result.diagnostics[0].message).toContain('The config file is a symbolic link');
      }
    }
  });

  it('refuses a file in a linked folder out of the confining folder; unconfined, it is read', async () => {
    put(tmp.outside, 'secret.yml', 'token: x');
    symlinkSync(tmp.outside, path.join(tmp.dir, 'linked'));
    expect(
      (await readTextFile('linked/secret.yml', { baseDir: tmp.dir, confineTo: tmp.dir })).diagnostics.map((d) => d.code)
    ).toEqual(['io/outside-root']);
    expect((await readTextFile('linked/secret.yml', { baseDir: tmp.dir })).input?.text).toBe('token: x');
  });

  it('never reads inside .git: named, through .., in another case, or through a linked folder', async () => {
    put(tmp.dir, '.git/config', 'token: x');
    put(tmp.dir, '.GIT/config', 'token: x');
    symlinkSync('.git', path.join(tmp.dir, 'meta'));
    for (const file of ['.git/config', 'sub/../.git/config', '.GIT/config', 'meta/config', '.git']) {
      const result = await readTextFile(file, { baseDir: tmp.dir });
      expect([file, result.diagnostics.map((d) => d.code)]).toEqual([file, ['io/git-folder']]);
      expect(result.input).toBeUndefined();
    }
  });
});

describe('readOptionalTextFile', () => {
  it.each([
    ['missing.yml', undefined, []],
    ['present.yml', 'budget: {}\n', []],
    ['folder', undefined, ['io/not-a-file']],
    ['latin1.yml', undefined, ['io/not-utf8']]
  ])('reads %s: text %j, diagnostics %j (only absence is silent)', async (file, text, codes) => {
    mkdirSync(path.join(tmp.dir, 'folder'));
    put(tmp.dir, 'present.yml', 'budget: {}\n');
    put(tmp.dir, 'latin1.yml', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await readOptionalTextFile(file, { baseDir: tmp.dir, what: 'config file' });
    expect(result.input?.text).toBe(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
