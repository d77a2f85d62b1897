/**
 * Safe extraction against real zip files built by test/support/zip.ts, honest and hostile. After
 * every refusal the whole temporary sandbox is listed: only the zip itself may remain, so nothing
 * was written outside the extraction folder (or left half-extracted inside it).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractZip } from '../../../src/io/artifacts/extract.js';
import { bombEntry, MODE, writeZip, type ZipEntrySpec } from '../../support/zip.js';
import { listTree } from '../../support/list-tree.js';

let sandbox: string;
let zipPath: string;
let dest: string;

beforeEach(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), 'cg-extract-'));
  zipPath = path.join(sandbox, 'artifact.zip');
  dest = path.join(sandbox, 'carbon-gate-artifacts', 'node-0');
});

afterEach(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('extractZip: honest artifacts', () => {
  it('extracts nested files and folders, stored and deflated, byte for byte', async () => {
    const csv = 'timestamp, index, power.draw [W]\n2026/01/01 00:00:00.000, 0, 300.00 W\n';
    const jsonl = '{"t":0,"w":250}\n'.repeat(200);
    await writeZip(zipPath, [
      { name: 'carbon-manifest.yml', data: 'version: 1\n', method: 'store' },
      { name: 'logs/', unixMode: MODE.dir },
      { name: 'logs/power-0.csv', data: csv },
      { name: 'logs/deep/power.jsonl', data: jsonl }
    ]);
    const result = await extractZip(zipPath, dest, { artifactName: 'node-0' });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toEqual(['carbon-manifest.yml', 'logs/power-0.csv', 'logs/deep/power.jsonl']);
    const expectedBytes = Buffer.byteLength('version: 1\n') + Buffer.byteLength(csv) + Buffer.byteLength(jsonl);
    expect(result.bytes).toBe(expectedBytes);
    expect(await readFile(path.join(dest, 'logs/power-0.csv'), 'utf8')).toBe(csv);
    expect(await readFile(path.join(dest, 'logs/deep/power.jsonl'), 'utf8')).toBe(jsonl);
    expect(await listTree(sandbox)).toEqual([
      'artifact.zip',
      'carbon-gate-artifacts/',
      'carbon-gate-artifacts/node-0/',
      'carbon-gate-artifacts/node-0/carbon-manifest.yml',
      'carbon-gate-artifacts/node-0/logs/',
      'carbon-gate-artifacts/node-0/logs/deep/',
      'carbon-gate-artifacts/node-0/logs/deep/power.jsonl',
      'carbon-gate-artifacts/node-0/logs/power-0.csv'
    ]);
  });

  it('accepts a small, very compressible file below the ratio floor (a log of constant values)', async () => {
    // 64 KiB of one repeated row deflates far beyond 100:1, but is under the 1 MiB floor.
    const constant = '0,300.0\n'.repeat(8192);
    await writeZip(zipPath, [{ name: 'flat.csv', data: constant }]);
    const result = await extractZip(zipPath, dest, { artifactName: 'flat' });
    expect(result.ok).toBe(true);
    expect(result.bytes).toBe(8 * 8192);
  });

  it('keeps folders made on Windows (MS-DOS directory attribute) as folders', async () => {
    await writeZip(zipPath, [
      { name: 'logs', versionMadeBy: 0x0014, externalAttributes: 0x10 },
      { name: 'logs/a.csv', versionMadeBy: 0x0014, externalAttributes: 0x20, data: 'x' }
    ]);
    const result = await extractZip(zipPath, dest, { artifactName: 'win' });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(['logs/a.csv']);
  });
});

interface HostileCase {
  title: string;
  entries: (sandboxDir: string) => ZipEntrySpec[];
  limits?: Parameters<typeof extractZip>[2]['limits'];
  /** Expected diagnostic codes, in order. */
  codes: string[];
  /** A text every message must contain (the entry's name, where there is one). */
  mentions?: string;
}

const good: ZipEntrySpec = { name: 'logs/good.csv', data: 'a,b\n1,2\n' };

const hostile: HostileCase[] = [
  {
    title: 'a "../" entry',
    entries: () => [good, { name: '../evil.txt', data: 'pwned' }],
    codes: ['artifact/unsafe-path'],
    mentions: '../evil.txt'
  },
  {
    title: 'a ".." in the middle',
    entries: () => [{ name: 'logs/../../evil.txt', data: 'pwned' }],
    codes: ['artifact/unsafe-path'],
    mentions: 'logs/../../evil.txt'
  },
  {
    title: 'an absolute path (pointing into the sandbox)',
    entries: (dir) => [{ name: path.join(dir, 'evil-absolute.txt').split(path.sep).join('/'), data: 'pwned' }],
    codes: ['artifact/unsafe-path'],
    mentions: 'evil-absolute.txt'
  },
  {
    title: 'a drive letter',
    entries: () => [{ name: 'C:/Windows/evil.txt', data: 'pwned' }],
    codes: ['artifact/unsafe-path'],
    mentions: 'C:/Windows/evil.txt'
  },
  {
    title: 'backslash traversal',
    entries: () => [{ name: '..\\evil.txt', data: 'pwned' }],
    codes: ['artifact/unsafe-path'],
    mentions: 'backslash'
  },
  {
    title: 'an NTFS stream name',
    entries: () => [{ name: 'logs/a.csv:hidden', data: 'x' }],
    codes: ['artifact/unsafe-path'],
    mentions: 'a.csv:hidden'
  },
  {
    title: 'a control character',
    entries: () => [{ name: 'logs/a\u0007.csv', data: 'x' }],
    codes: ['artifact/unsafe-path']
  },
  {
    title: 'a symbolic link',
    entries: () => [good, { name: 'logs/link', data: '../../../../etc/passwd', unixMode: MODE.symlink }],
    codes: ['artifact/link-entry'],
    mentions: 'logs/link'
  },
  {
    title: 'a link followed by a file written through it',
    entries: (dir) => [
      { name: 'logs', data: dir, unixMode: MODE.symlink },
      { name: 'logs/through-link.txt', data: 'pwned' }
    ],
    codes: ['artifact/link-entry'],
    mentions: '"logs"'
  },
  {
    title: 'a Windows reparse point',
    entries: () => [{ name: 'junction', versionMadeBy: 0x0014, externalAttributes: 0x400 | 0x10 }],
    codes: ['artifact/link-entry']
  },
  { title: 'a FIFO', entries: () => [{ name: 'fifo', unixMode: MODE.fifo }], codes: ['artifact/special-entry'] },
  {
    title: 'a character device',
    entries: () => [{ name: 'dev/tty', unixMode: MODE.charDevice }],
    codes: ['artifact/special-entry']
  },
  {
    title: 'an encrypted entry',
    entries: () => [{ name: 'secret.csv', data: 'x', flags: 0x1 }],
    codes: ['artifact/encrypted-entry']
  },
  {
    title: 'two entries with one path',
    entries: () => [good, { ...good, data: 'overwrite' }],
    codes: ['artifact/duplicate-entry'],
    mentions: 'logs/good.csv'
  },
  {
    title: 'a file that is also a folder',
    entries: () => [{ name: 'logs', data: 'x' }, good],
    codes: ['artifact/duplicate-entry'],
    mentions: 'logs/good.csv'
  },
  {
    title: 'every hostile entry in one zip, all reported',
    entries: () => [
      { name: '../a', data: 'x' },
      { name: '/b', data: 'x' },
      { name: 'c', data: 'x', unixMode: MODE.symlink },
      good
    ],
    codes: ['artifact/unsafe-path', 'artifact/unsafe-path', 'artifact/link-entry']
  },
  // 20 MiB of zeros deflates to about 20 KiB: ratio about 1000, over the default 100.
  {
    title: 'a zip bomb (default limits)',
    entries: () => [good, bombEntry('logs/bomb.csv', 20 * 1024 * 1024)],
    codes: ['artifact/limit-compression-ratio'],
    mentions: 'logs/bomb.csv'
  },
  {
    title: 'a bomb whose header claims a small size',
    entries: () => [good, { ...bombEntry('logs/liar.csv', 20 * 1024 * 1024), declaredUncompressedSize: 1000 }],
    codes: ['artifact/entry-size-mismatch'],
    mentions: 'logs/liar.csv'
  },
  {
    title: 'a header claiming more data than there is',
    entries: () => [{ name: 'short.csv', data: 'abc', declaredUncompressedSize: 4096 }],
    codes: ['artifact/entry-size-mismatch'],
    mentions: 'short.csv'
  },
  {
    title: 'more bytes in total than allowed',
    entries: () => [
      { name: 'a.csv', data: 'x'.repeat(600), method: 'store' },
      { name: 'b.csv', data: 'y'.repeat(600), method: 'store' }
    ],
    limits: { maxTotalBytes: 1000 },
    codes: ['artifact/limit-total-bytes']
  },
  {
    title: 'more entries than allowed',
    entries: () => ['a', 'b', 'c', 'd'].map((n) => ({ name: `${n}.csv`, data: n })),
    limits: { maxEntries: 3 },
    codes: ['artifact/limit-entries']
  }
];

describe('extractZip: hostile artifacts are refused and nothing is left behind', () => {
  it.each(hostile)('$title', async ({ entries, limits, codes, mentions }) => {
    await writeZip(zipPath, entries(sandbox));
    const result = await extractZip(zipPath, dest, { artifactName: 'evil', limits });
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
    for (const d of result.diagnostics) {
      expect(d.severity).toBe('error');
      expect(d.message).toContain('Artifact "evil"');
      if (mentions) expect(d.message).toContain(mentions);
    }
    // Only the zip remains: no partial extraction, nothing beside or above the destination.
    expect(await listTree(sandbox)).toEqual(['artifact.zip', 'carbon-gate-artifacts/']);
  });

  it('refuses a file that is not a zip', async () => {
    await writeFile(zipPath, 'this is an HTML error page, not a zip');
    const result = await extractZip(zipPath, dest, { artifactName: 'broken' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['artifact/bad-zip']);
    expect(result.diagnostics[0].message).toContain('Artifact "broken"');
    expect(await listTree(sandbox)).toEqual(['artifact.zip', 'carbon-gate-artifacts/']);
  });

  it('removes the entries already written when a later entry fails while streaming', async () => {
    await writeZip(zipPath, [
      { name: 'logs/first.csv', data: 'written before the failure' },
      { name: 'logs/second.csv', data: 'short', declaredUncompressedSize: 100 }
    ]);
    const result = await extractZip(zipPath, dest, { artifactName: 'half' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['artifact/entry-size-mismatch']);
    expect(await listTree(sandbox)).toEqual(['artifact.zip', 'carbon-gate-artifacts/']);
  });

  it('never touches a destination that already holds files', async () => {
    await mkdir(dest, { recursive: true });
    await writeFile(path.join(dest, 'keep.txt'), 'mine');
    await writeZip(zipPath, [good]);
    const result = await extractZip(zipPath, dest, { artifactName: 'again' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['artifact/destination-not-empty']);
    expect(await readFile(path.join(dest, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('reports a limit that is not a positive whole number and uses the default', async () => {
    await writeZip(zipPath, [good]);
    const result = await extractZip(zipPath, dest, { artifactName: 'ok', limits: { maxEntries: -5 } });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'artifact/bad-limit']]);
    expect(result.diagnostics[0].message).toContain('maxEntries');
  });
});
