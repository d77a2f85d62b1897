/**
 * The adapters' side of time-resolved intensity: reading the series file a flag or input names
 * (size cap, gzip, UTF-8, confinement), and what `loadIntensitySeries` makes of the options.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadIntensitySeries, MAX_SERIES_FILE_BYTES, readIntensitySeriesFile } from '../../src/io/intensity.js';

const CSV = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-io-intensity-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, content: string | Buffer): void {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

describe('readIntensitySeriesFile', () => {
  it('reads plain and gzip-compressed CSV, keeping the name it was given', async () => {
    put('a.csv', CSV);
    put('b.csv.gz', gzipSync(Buffer.from(CSV)));
    expect(await readIntensitySeriesFile('a.csv', { baseDir: dir })).toEqual({
      input: { file: 'a.csv', text: CSV },
      diagnostics: []
    });
    expect(await readIntensitySeriesFile('b.csv.gz', { baseDir: dir })).toEqual({
      input: { file: 'b.csv.gz', text: CSV },
      diagnostics: []
    });
  });

  it.each<[string, () => void, string, string]>([
    ['missing', () => undefined, 'nope.csv', 'io/not-found'],
    ['a folder', () => mkdirSync(path.join(dir, 'folder')), 'folder', 'io/not-a-file'],
    ['not UTF-8', () => put('latin1.csv', Buffer.from([0x74, 0xe9, 0x0a])), 'latin1.csv', 'io/not-utf8'],
    ['corrupt gzip', () => put('bad.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02])), 'bad.gz', 'io/unreadable'],
    // Zeros compress about 1000:1: 33 MiB of them is a small file that inflates past the cap.
    [
      'a gzip that inflates past the cap',
      () => put('bomb.gz', gzipSync(Buffer.alloc(MAX_SERIES_FILE_BYTES + 1024 * 1024))),
      'bomb.gz',
      'io/too-large'
    ]
  ])('%s: one error naming the file', async (_case, setup, file, code) => {
    setup();
    const result = await readIntensitySeriesFile(file, { baseDir: dir });
    expect(result.input).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', code, file]]);
  });

  it('a series file that is a symbolic link is refused, confined or not', async () => {
    put('outside/grid.csv', CSV);
    mkdirSync(path.join(dir, 'work'));
    symlinkSync(path.join(dir, 'outside/grid.csv'), path.join(dir, 'work/grid.csv'));
    for (const confine of [{ confineTo: path.join(dir, 'work') }, {}]) {
      const result = await readIntensitySeriesFile('grid.csv', { baseDir: path.join(dir, 'work'), ...confine });
      expect(result.diagnostics.map((d) => d.code)).toEqual(['io/symbolic-link']);
      expect(result.input).toBeUndefined();
    }
  });

  it('confined: a file in a linked folder outside the folder is refused; unconfined, it is read', async () => {
    put('outside/grid.csv', CSV);
    mkdirSync(path.join(dir, 'work'));
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'work/data'));
    const result = await readIntensitySeriesFile('data/grid.csv', {
      baseDir: path.join(dir, 'work'),
      confineTo: path.join(dir, 'work')
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/outside-root']);
    // Unconfined (the CLI: the user named the path), the file is read.
    expect((await readIntensitySeriesFile('data/grid.csv', { baseDir: path.join(dir, 'work') })).input?.text).toBe(CSV);
  });

  it('a series file inside .git is refused', async () => {
    put('.git/grid.csv', CSV);
    const result = await readIntensitySeriesFile('.git/grid.csv', { baseDir: dir });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/git-folder']);
  });
});

describe('loadIntensitySeries', () => {
  it.each([
    ['nothing asked', {}, { series: false, provider: false, codes: [] }],
    ['a token', { electricityMapsToken: 'tk-5e1' }, { series: false, provider: true, codes: [] }],
    [
      'a blank token (a fork without secrets)',
      { electricityMapsToken: '  ' },
      { series: false, provider: false, codes: [] }
    ],
    [
      'a URL without a token',
      { electricityMapsUrl: 'http://127.0.0.1:9/v3' },
      { series: false, provider: false, codes: ['notice intensity/no-token'] }
    ],
    [
      'a URL that is not http(s)',
      { electricityMapsToken: 'tk-5e1', electricityMapsUrl: 'file:///etc/passwd' },
      { series: false, provider: false, codes: ['error intensity/bad-provider-url'] }
    ],
    ['a series file', { seriesFile: 'grid.csv' }, { series: true, provider: false, codes: [] }],
    ['a blank series file (an empty input)', { seriesFile: '' }, { series: false, provider: false, codes: [] }]
  ])('%s', async (_case, options, want) => {
    put('grid.csv', CSV);
    const loaded = await loadIntensitySeries({ baseDir: dir, ...options });
    expect({
      series: loaded.intensitySeries !== undefined,
      provider: loaded.intensityProvider !== undefined,
      codes: loaded.diagnostics.map((d) => `${d.severity} ${d.code}`)
    }).toEqual(want);
    for (const d of loaded.diagnostics) expect(d.message).not.toContain('tk-5e1');
  });

  it('a provider against nothing listening fails as an answer, never an exception', async () => {
    const loaded = await loadIntensitySeries({
      baseDir: dir,
      electricityMapsToken: 'tok-123',
      electricityMapsUrl: 'http://127.0.0.1:9/v3',
      retries: 0,
      timeoutMs: 2000
    });
    const answer = await loaded.intensityProvider!.fetch({ zone: 'DE', startMs: 0, endMs: 3_600_000 });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.message).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:9\/v3\/carbon-intensity\/past-range/);
      expect(answer.message).not.toContain('tok-123');
    }
  });
});
