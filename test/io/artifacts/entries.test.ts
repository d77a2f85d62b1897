/** Judging zip entries by their central-directory record alone: names, types, flags. */
import { judgeEntry, type EntryRecord } from '../../../src/io/artifacts/entries.js';

const unix = (name: string, mode = 0o100644, flags = 0): EntryRecord => ({
  name,
  versionMadeBy: 0x031e,
  externalFileAttributes: (mode << 16) >>> 0,
  generalPurposeBitFlag: flags
});
const dos = (name: string, attributes: number): EntryRecord => ({
  name,
  versionMadeBy: 0x0014,
  externalFileAttributes: attributes,
  generalPurposeBitFlag: 0
});

describe('judgeEntry', () => {
  it.each([
    ['a.csv', 'file', ['a.csv']],
    ['logs/power-0.csv', 'file', ['logs', 'power-0.csv']],
    ['./logs//a.csv', 'file', ['logs', 'a.csv']],
    ['logs/', 'directory', ['logs']],
    ['./', 'directory', []],
    ['..data/a.csv', 'file', ['..data', 'a.csv']],
    ['a..b', 'file', ['a..b']]
  ])('accepts %p as a %s', (name, kind, segments) => {
    expect(judgeEntry(unix(name))).toEqual({ kind, segments });
  });

  it('takes the Unix directory mode as a folder without a trailing slash', () => {
    expect(judgeEntry(unix('logs', 0o040755))).toEqual({ kind: 'directory', segments: ['logs'] });
  });

  it('takes the MS-DOS directory bit as a folder only for zips made on MS-DOS/Windows', () => {
    expect(judgeEntry(dos('logs', 0x10))).toEqual({ kind: 'directory', segments: ['logs'] });
    expect(judgeEntry(dos('a.csv', 0x20))).toEqual({ kind: 'file', segments: ['a.csv'] });
  });

  it.each([
    ['', 'unsafe-path', 'empty'],
    ['../evil', 'unsafe-path', '".."'],
    ['a/../../evil', 'unsafe-path', '".."'],
    ['..', 'unsafe-path', '".."'],
    ['/etc/passwd', 'unsafe-path', 'absolute'],
    ['/', 'unsafe-path', 'absolute'],
    ['C:/evil', 'unsafe-path', 'drive letter'],
    ['c:evil', 'unsafe-path', 'drive letter'],
    ['..\\evil', 'unsafe-path', 'backslash'],
    ['logs\\..\\..\\evil', 'unsafe-path', 'backslash'],
    ['a.csv:stream', 'unsafe-path', '":"'],
    ['a\u0000.csv', 'unsafe-path', 'control'],
    ['a\n.csv', 'unsafe-path', 'control'],
    ['.', 'unsafe-path', 'does not name a file']
  ])('refuses the name %p (%s)', (name, problem, reason) => {
    const verdict = judgeEntry(unix(name));
    expect(verdict).toMatchObject({ kind: 'refused', problem });
    expect(verdict.kind === 'refused' && verdict.reason).toContain(reason);
  });

  it.each([
    ['a symbolic link', unix('link', 0o120777), 'link-entry'],
    ['a symbolic link even with a trailing slash', unix('link/', 0o120777), 'link-entry'],
    ['a Windows reparse point', dos('junction', 0x400 | 0x10), 'link-entry'],
    ['a FIFO', unix('fifo', 0o010644), 'special-entry'],
    ['a block device', unix('sda', 0o060644), 'special-entry'],
    ['a socket', unix('sock', 0o140755), 'special-entry'],
    ['an encrypted file', unix('a.csv', 0o100644, 0x1), 'encrypted-entry']
  ])('refuses %s', (_title, record, problem) => {
    expect(judgeEntry(record)).toMatchObject({ kind: 'refused', problem });
  });
});
