/**
 * The byte meter counts what really streams through it (not what headers claim) and fails before
 * the chunk that crosses a limit is passed on.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatBytes } from '../../../src/core/format.js';
import {
  createByteMeter,
  LimitExceededError,
  parseExtractLimits,
  resolveExtractLimits,
  type ByteMeterOptions
} from '../../../src/io/artifacts/limits.js';

/** Streams `chunks` through a meter; returns the bytes that got past it and the error, if any. */
async function meter(
  chunks: number[],
  options: Omit<ByteMeterOptions, 'tally'>,
  tally = { bytes: 0 }
): Promise<{ passed: number; error?: LimitExceededError }> {
  let passed = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      passed += chunk.length;
      cb();
    }
  });
  try {
    await pipeline(Readable.from(chunks.map((n) => Buffer.alloc(n))), createByteMeter({ tally, ...options }), sink);
    return { passed };
  } catch (error) {
    return { passed, error: error as LimitExceededError };
  }
}

describe('createByteMeter', () => {
  const cases: {
    title: string;
    chunks: number[];
    options: Omit<ByteMeterOptions, 'tally'>;
    passed: number;
    kind?: string;
  }[] = [
    { title: 'under the total limit', chunks: [400, 400], options: { maxTotalBytes: 1000 }, passed: 800 },
    { title: 'exactly at the total limit', chunks: [500, 500], options: { maxTotalBytes: 1000 }, passed: 1000 },
    // 400 + 400 = 800 pass; 800 + 400 = 1200 > 1000 stops the third chunk.
    {
      title: 'over the total limit',
      chunks: [400, 400, 400],
      options: { maxTotalBytes: 1000 },
      passed: 800,
      kind: 'total-bytes'
    },
    {
      title: 'zip bytes over their limit',
      chunks: [600, 600],
      options: { maxTotalBytes: 1000, totalKind: 'zip-bytes' },
      passed: 600,
      kind: 'zip-bytes'
    },
    // Ratio: 10 compressed bytes may unpack to 10 * 100 = 1000 bytes; 1200 is over once past the floor of 500.
    {
      title: 'ratio over the limit past the floor',
      chunks: [300, 300, 600],
      options: { maxTotalBytes: 1e9, compressedBytes: 10, maxCompressionRatio: 100, ratioFloorBytes: 500 },
      passed: 600,
      kind: 'compression-ratio'
    },
    {
      title: 'ratio over the limit but under the floor',
      chunks: [300, 300],
      options: { maxTotalBytes: 1e9, compressedBytes: 1, maxCompressionRatio: 100, ratioFloorBytes: 1000 },
      passed: 600
    },
    {
      title: 'ratio at the limit',
      chunks: [500, 500],
      options: { maxTotalBytes: 1e9, compressedBytes: 10, maxCompressionRatio: 100, ratioFloorBytes: 0 },
      passed: 1000
    }
  ];
  it.each(cases)('$title', async ({ chunks, options, passed, kind }) => {
    const result = await meter(chunks, options);
    expect(result.passed).toBe(passed);
    expect(result.error?.kind).toBe(kind);
    if (kind) expect(result.error).toBeInstanceOf(LimitExceededError);
  });

  it('shares one running total across entries', async () => {
    const tally = { bytes: 0 };
    expect((await meter([700], { maxTotalBytes: 1000 }, tally)).error).toBeUndefined();
    // The second entry alone is small, but 700 + 400 = 1100 > 1000.
    const second = await meter([400], { maxTotalBytes: 1000 }, tally);
    expect(second.error?.kind).toBe('total-bytes');
    expect(second.passed).toBe(0);
  });
});

describe('resolveExtractLimits', () => {
  it('fills defaults: 1 GiB total, 10,000 entries, ratio 100', () => {
    const { limits, problems } = resolveExtractLimits();
    expect(limits.maxTotalBytes).toBe(1024 ** 3);
    expect(limits.maxEntries).toBe(10000);
    expect(limits.maxCompressionRatio).toBe(100);
    expect(problems).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p and keeps the default', (bad) => {
    const { limits, problems } = resolveExtractLimits({ maxTotalBytes: bad, maxEntries: 7 });
    expect(limits.maxTotalBytes).toBe(1024 ** 3);
    expect(limits.maxEntries).toBe(7);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('maxTotalBytes');
  });
});

describe('formatBytes', () => {
  it.each([
    [300, '300 bytes'],
    [2048, '2 KiB'],
    [1.5 * 1024 * 1024, '1.5 MiB'],
    [1024 ** 3, '1 GiB']
  ])('%p -> %p', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('parseExtractLimits (the artifact-limits input)', () => {
  it('reads sizes with units, counts, comments and blank lines', () => {
    const { limits, problems } = parseExtractLimits(
      'total: 2 GiB\n\n# matrix of 64 nodes\nentries: 20_000\nratio = 250\nzip: 500MB\n'
    );
    expect(problems).toEqual([]);
    expect(limits).toEqual({
      maxTotalBytes: 2 * 1024 ** 3,
      maxEntries: 20000,
      maxCompressionRatio: 250,
      maxZipBytes: 500 * 1000 ** 2
    });
  });

  it('reports every bad line with its number and keeps the others', () => {
    const { limits, problems } = parseExtractLimits(
      'totl: 1 GiB\nentries: many\nratio: 100\nzip: 2 parsecs\njust text'
    );
    expect(limits).toEqual({ maxCompressionRatio: 100 });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('line 1');
    expect(problems[0]).toContain('Did you mean "total"');
    expect(problems[1]).toContain('line 2');
    expect(problems[1]).toContain('positive whole number');
    expect(problems[2]).toContain('line 4');
    expect(problems[2]).toContain('"2 GiB"');
    expect(problems[3]).toContain('line 5');
  });

  it('an empty input sets nothing', () => {
    expect(parseExtractLimits('')).toEqual({ limits: {}, problems: [] });
  });
});
