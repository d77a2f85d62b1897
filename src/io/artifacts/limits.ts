/**
 * Limits on what one artifact may unpack to and on all artifacts of a run together (how many, how
 * many bytes), the `artifact-limits` input that sets them, and the byte meter that enforces them
 * while data streams. Artifact content comes from a job that may have run untrusted code (a fork's
 * pull request), so sizes in zip headers are claims, not facts: the meter counts the bytes that
 * really come out of the decompressor.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { formatBytes } from '../../core/format.js';
import { parseLimitLines, resolveLimits, type LimitKeySpec } from '../limit-lines.js';

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

/**
 * Bounds on all artifacts of one run together, checked before each download (with the sizes the
 * list API gives) and while unpacking (with the bytes that really come out).
 */
export interface ArtifactLimits extends ExtractLimits {
  /** Most artifacts read per run; those past it (by name) are not downloaded. */
  maxArtifacts: number;
  /** Most bytes all artifacts of the run may unpack to together. */
  maxRunTotalBytes: number;
}

/**
 * Defaults for a run: 100 artifacts (one page of the list API; a 64-node matrix fits), and 8 GiB
 * unpacked in all, which with one zip waiting to be unpacked (at most 1 GiB) stays well inside a
 * hosted runner's 14 GB of free disk.
 */
export const DEFAULT_ARTIFACT_LIMITS: Readonly<ArtifactLimits> = Object.freeze({
  ...DEFAULT_EXTRACT_LIMITS,
  maxArtifacts: 100,
  maxRunTotalBytes: 8 * GiB
});

/** Which limit an entry or artifact crossed; maps one-to-one to a diagnostic code. */
export type LimitKind = 'total-bytes' | 'entries' | 'compression-ratio' | 'zip-bytes' | 'run-total';

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
  /** Which limit `maxTotalBytes` is, for the error (`total-bytes`, `zip-bytes` or `run-total`). */
  totalKind?: 'total-bytes' | 'zip-bytes' | 'run-total';
  /** Compressed size of the entry (bounded by the zip's real size); omit to skip the ratio check. */
  compressedBytes?: number;
  maxCompressionRatio?: number;
  ratioFloorBytes?: number;
}

/** How the message of a crossed total names it. */
const TOTAL_TEXT: Readonly<Record<'total-bytes' | 'zip-bytes' | 'run-total', string>> = {
  'total-bytes': ' in total',
  'zip-bytes': ' of zip data',
  'run-total': " (what was left of the limit for all the run's artifacts together)"
};

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
          new LimitExceededError(kind, `unpacked more than ${formatBytes(options.maxTotalBytes)}${TOTAL_TEXT[kind]}`)
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
  return resolveLimits(DEFAULT_EXTRACT_LIMITS, pick(partial, Object.keys(DEFAULT_EXTRACT_LIMITS)));
}

/** Checks the run's artifact limits (one artifact's and the run's) and fills the rest with defaults. */
export function resolveArtifactLimits(partial: Partial<ArtifactLimits> = {}): {
  limits: ArtifactLimits;
  problems: string[];
} {
  return resolveLimits(DEFAULT_ARTIFACT_LIMITS, partial);
}

function pick<T extends object>(partial: Partial<T>, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(partial).filter(([k]) => keys.includes(k))) as Partial<T>;
}

/** Keys of the `artifact-limits` input and the limit each sets. */
const LIMIT_KEYS: Readonly<Record<string, LimitKeySpec<keyof ArtifactLimits>>> = {
  total: { field: 'maxTotalBytes', kind: 'size' },
  entries: { field: 'maxEntries', kind: 'count' },
  ratio: { field: 'maxCompressionRatio', kind: 'count' },
  zip: { field: 'maxZipBytes', kind: 'size' },
  count: { field: 'maxArtifacts', kind: 'count' },
  'run-total': { field: 'maxRunTotalBytes', kind: 'size' }
};

/**
 * Parses the `artifact-limits` action input: one `key: value` per line (or `;`-separated), keys
 * `total` (size), `entries` (count), `ratio` (number) and `zip` (size) per artifact, and `count`
 * (number) and `run-total` (size) per run; sizes take B, KB, MB, GB, KiB, MiB or GiB (`2 GiB`,
 * `500MB`). Blank lines and `#` comments are ignored. Every bad line is reported (`input/invalid`,
 * naming the line, what was expected, and the closest key) and leaves that limit at its default.
 */
export function parseExtractLimits(
  text: string,
  inputName = 'artifact-limits'
): { limits: Partial<ArtifactLimits>; problems: string[] } {
  return parseLimitLines(text, inputName, LIMIT_KEYS);
}
