/**
 * Limits on what one artifact may unpack to, and the byte meter that enforces them while data
 * streams. Artifact content comes from a job that may have run untrusted code (a fork's pull
 * request), so sizes in zip headers are claims, not facts: the meter counts the bytes that really
 * come out of the decompressor.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { closestNames, didYouMean } from '../../core/suggest.js';

/** Bounds on one artifact's extraction. */
export interface ExtractLimits {
  /** Most bytes all entries of one artifact may unpack to together. */
  maxTotalBytes: number;
  /** Most entries (files and folders) one artifact may hold. */
  maxEntries: number;
  /**
   * Highest uncompressed/compressed ratio of one entry. Power logs compress about 5-20x; a zip
   * bomb (a run of zeros) compresses about 1000x.
   */
  maxCompressionRatio: number;
  /**
   * The ratio is judged only once an entry has unpacked more than this many bytes: a small file
   * of repeated values legitimately compresses far better than 100x and is harmless.
   */
  ratioFloorBytes: number;
  /** Most bytes a downloaded artifact zip may have. */
  maxZipBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Defaults: generous for real training logs (a week of 1 Hz nvidia-smi rows on 8 GPUs is about
 * 500 MB), small enough that a hostile artifact cannot fill a hosted runner's disk (14 GB free).
 */
export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxTotalBytes: 1 * GiB,
  maxEntries: 10_000,
  maxCompressionRatio: 100,
  ratioFloorBytes: 1 * MiB,
  maxZipBytes: 1 * GiB
});

/** Which limit an entry or artifact crossed; maps one-to-one to a diagnostic code. */
export type LimitKind = 'total-bytes' | 'entries' | 'compression-ratio' | 'zip-bytes';

/** Thrown inside a stream pipeline when a limit is crossed; caught and turned into a diagnostic. */
export class LimitExceededError extends Error {
  /** Which limit was crossed. */
  readonly kind: LimitKind;
  constructor(kind: LimitKind, message: string) {
    super(message);
    this.name = 'LimitExceededError';
    this.kind = kind;
  }
}

/** A running byte total shared by all entries of one artifact. */
export interface ByteTally {
  bytes: number;
}

/** What one {@link createByteMeter} watches. */
export interface ByteMeterOptions {
  /** Shared running total across entries (or a fresh `{ bytes: 0 }` for one stream). */
  tally: ByteTally;
  /** Limit on `tally.bytes`. */
  maxTotalBytes: number;
  /** Which limit `maxTotalBytes` is, for the error (`total-bytes` or `zip-bytes`). */
  totalKind?: 'total-bytes' | 'zip-bytes';
  /** Compressed size of the entry (bounded by the zip's real size); omit to skip the ratio check. */
  compressedBytes?: number;
  maxCompressionRatio?: number;
  ratioFloorBytes?: number;
}

/**
 * A pass-through stream that counts bytes and fails with a {@link LimitExceededError} the moment
 * the running total or the entry's compression ratio crosses its limit, before the chunk that
 * crossed it is written anywhere.
 */
export function createByteMeter(options: ByteMeterOptions): Transform {
  let entryBytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
      entryBytes += chunk.length;
      options.tally.bytes += chunk.length;
      if (options.tally.bytes > options.maxTotalBytes) {
        const kind = options.totalKind ?? 'total-bytes';
        callback(
          new LimitExceededError(
            kind,
            `unpacked more than ${formatBytes(options.maxTotalBytes)}${kind === 'zip-bytes' ? ' of zip data' : ' in total'}`
          )
        );
        return;
      }
      const { compressedBytes, maxCompressionRatio, ratioFloorBytes = 0 } = options;
      if (compressedBytes !== undefined && maxCompressionRatio !== undefined && entryBytes > ratioFloorBytes) {
        const ratio = entryBytes / Math.max(compressedBytes, 1);
        if (ratio > maxCompressionRatio) {
          callback(
            new LimitExceededError(
              'compression-ratio',
              `unpacked ${formatBytes(entryBytes)} from ${formatBytes(compressedBytes)} (ratio above ${maxCompressionRatio}), which looks like a zip bomb`
            )
          );
          return;
        }
      }
      callback(null, chunk);
    }
  });
}

/**
 * Checks limits given by a user (action inputs) and fills the rest with defaults. Each limit must
 * be a positive whole number; a bad one is reported and its default kept.
 */
export function resolveExtractLimits(partial: Partial<ExtractLimits> = {}): {
  limits: ExtractLimits;
  problems: string[];
} {
  const limits: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS };
  const problems: string[] = [];
  for (const key of Object.keys(DEFAULT_EXTRACT_LIMITS) as (keyof ExtractLimits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    if (Number.isSafeInteger(value) && value > 0) limits[key] = value;
    else problems.push(`${key} must be a positive whole number, got ${String(value)}; using ${limits[key]}`);
  }
  return { limits, problems };
}

/** Formats a byte count for messages: `1 GiB`, `12.5 MiB`, `300 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${trim(bytes / GiB)} GiB`;
  if (bytes >= MiB) return `${trim(bytes / MiB)} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** Keys of the `artifact-limits` input and the limit each sets. */
const LIMIT_KEYS: Readonly<Record<string, { key: keyof ExtractLimits; size: boolean }>> = {
  total: { key: 'maxTotalBytes', size: true },
  entries: { key: 'maxEntries', size: false },
  ratio: { key: 'maxCompressionRatio', size: false },
  zip: { key: 'maxZipBytes', size: true }
};

const SIZE_UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: MiB, gib: GiB };

/**
 * Parses the `artifact-limits` action input: one `key: value` per line, keys `total` (size),
 * `entries` (count), `ratio` (number) and `zip` (size); sizes take B, KB, MB, GB, KiB, MiB or GiB
 * (`2 GiB`, `500MB`). Blank lines and `#` comments are ignored. Every bad line is reported
 * (`input/invalid`, naming the line, what was expected, and the closest key) and leaves that
 * limit at its default.
 */
export function parseExtractLimits(
  text: string,
  inputName = 'artifact-limits'
): { limits: Partial<ExtractLimits>; problems: string[] } {
  const limits: Partial<ExtractLimits> = {};
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const where = `\`${inputName}\` line ${index + 1}`;
    const m = line.match(/^([A-Za-z-]+)\s*[:=]\s*(.+)$/);
    if (!m) {
      problems.push(
        `${where}: expected "key: value" (keys: ${Object.keys(LIMIT_KEYS).join(', ')}), got ${JSON.stringify(line)}`
      );
      return;
    }
    const name = m[1].toLowerCase();
    const spec = Object.hasOwn(LIMIT_KEYS, name) ? LIMIT_KEYS[name] : undefined;
    if (!spec) {
      problems.push(
        `${where}: unknown limit "${m[1]}"; expected one of ${Object.keys(LIMIT_KEYS).join(', ')}.${didYouMean(closestNames(name, Object.keys(LIMIT_KEYS)))}`
      );
      return;
    }
    const value = spec.size ? parseSize(m[2]) : parseCount(m[2]);
    if (value === undefined) {
      problems.push(
        `${where}: "${m[2].trim()}" is not ${spec.size ? 'a size such as "2 GiB" or "500 MB"' : 'a positive whole number'}`
      );
      return;
    }
    limits[spec.key] = value;
  });
  return { limits, problems };
}

function parseSize(text: string): number | undefined {
  const m = text.trim().match(/^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/);
  if (!m) return undefined;
  const symbol = (m[2] || 'b').toLowerCase();
  const unit = Object.hasOwn(SIZE_UNITS, symbol) ? SIZE_UNITS[symbol] : undefined;
  if (unit === undefined) return undefined;
  const bytes = Math.round(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

function parseCount(text: string): number | undefined {
  const t = text.trim().replace(/_/g, '');
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
