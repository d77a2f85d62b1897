/**
 * Writing a report against a real temporary folder: folders created, a failure as a diagnostic.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeTextFile } from '../../src/io/write.js';
import { useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

describe('writeTextFile', () => {
  it('creates the folder and writes the text', async () => {
    expect(await writeTextFile('out/deep/report.md', '# r\n', { baseDir: tmp.dir })).toEqual([]);
    expect(readFileSync(path.join(tmp.dir, 'out/deep/report.md'), 'utf8')).toBe('# r\n');
  });

  it('returns a diagnostic when the target is a folder', async () => {
    mkdirSync(path.join(tmp.dir, 'taken'));
    expect((await writeTextFile('taken', 'x', { baseDir: tmp.dir })).map((d) => [d.code, d.file])).toEqual([
      ['io/write-failed', 'taken']
    ]);
  });
});
