/**
 * Bounds on the bytes the trace readers decode: per file, per check (all files of all runs
 * together), and, for gzip, the ratio of decompressed to compressed bytes. Power logs come from
 * the change being judged (a pull request's files or its workflow's artifacts), and a few MB of
 * gzip can unpack to gigabytes of rows that keep a core busy for minutes; a plain file adds its
 * own bytes. The meter counts what really comes out of the decompressor and stops the stream
 * before the chunk that crosses a limit reaches a parser.
 */
import { formatBytes } from '../format.js';
import { TraceAccessError } from './access.js';

/** The limits, in bytes of decoded content (a plain file's bytes, a gzip file's once decompressed). */
export interface TraceByteLimits {
  /** Most bytes one trace file may hold. */
  maxFileBytes: number;
  /** Most bytes all trace files of one check may hold together. */
  maxTotalBytes: number;
  /** Highest decompressed/compressed ratio of a gzip trace, judged past {@link RATIO_FLOOR_BYTES}. */
  maxCompressionRatio: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Defaults, generous for real logs: a month of 1 Hz nvidia-smi rows for 8 GPUs is about 1 GB, so
 * a file may hold 4 GiB and a check 16 GiB (a matrix of many nodes). Honest logs compress 5-70x
 * (nvidia-smi rows of a constant idle power about 13x, DCGM scrapes of constant values up to 70x
 * at `gzip -9`); gzip cannot exceed about 1,030x, which is what a file of one repeated row or of
 * newlines reaches. A ratio of 250 leaves honest logs far inside it and stops such a bomb after
 * {@link RATIO_FLOOR_BYTES}.
 */
export const DEFAULT_TRACE_BYTE_LIMITS: Readonly<TraceByteLimits> = Object.freeze({
  maxFileBytes: 4 * GiB,
  maxTotalBytes: 16 * GiB,
  maxCompressionRatio: 250
});

/**
 * The ratio is judged only once a file has decoded more than this: a small, very regular log may
 * compress better than any ratio, and is harmless at this size.
 */
export const RATIO_FLOOR_BYTES = 16 * MiB;

/** The bytes one check has decoded so far, shared by every file of every run. */
export interface TraceBudget {
  readonly limits: Readonly<TraceByteLimits>;
  /** Decoded bytes counted so far. */
  usedBytes: number;
}

/** A fresh budget; unset limits take {@link DEFAULT_TRACE_BYTE_LIMITS}. */
export function createTraceBudget(limits: Partial<TraceByteLimits> = {}): TraceBudget {
  return { limits: { ...DEFAULT_TRACE_BYTE_LIMITS, ...limits }, usedBytes: 0 };
}

/** True when the budget is spent: the files that follow are not read. */
export function budgetSpent(budget: TraceBudget): boolean {
  return budget.usedBytes >= budget.limits.maxTotalBytes;
}

/** How a message tells the user to raise a limit (the option exists in both adapters). */
export function raiseHint(key: string, example: string): string {
  return `\`${key}: ${example}\` in --trace-limits / the \`trace-limits\` input`;
}

/**
 * Counts the decoded bytes of one file as they stream, and throws a {@link TraceAccessError}
 * (`traces/limit-compression-ratio`, `traces/limit-file-bytes`, `traces/limit-total-bytes`) before
 * passing on the chunk that crosses a limit. `compressedBytes` gives the gzip bytes the
 * decompressor has consumed so far (undefined for a plain file).
 */
export async function* meterTrace(
  chunks: AsyncIterable<Uint8Array>,
  budget: TraceBudget,
  file: string,
  compressedBytes: () => number | undefined
): AsyncGenerator<Uint8Array> {
  const { maxFileBytes, maxTotalBytes, maxCompressionRatio } = budget.limits;
  let fileBytes = 0;
  for await (const chunk of chunks) {
    fileBytes += chunk.length;
    budget.usedBytes += chunk.length;
    const packed = compressedBytes();
    if (
      packed !== undefined &&
      fileBytes > RATIO_FLOOR_BYTES &&
      fileBytes / Math.max(packed, 1) > maxCompressionRatio
    ) {
      throw new TraceAccessError(
        'traces/limit-compression-ratio',
        `This gzip trace unpacked ${formatBytes(fileBytes)} from ${formatBytes(packed)} (a ratio above ${maxCompressionRatio}), which power logs never reach and a decompression bomb does; reading stopped, and the run's measured energy is not used. If the file is genuine, raise the limit with ${raiseHint('ratio', String(maxCompressionRatio * 4))}.`,
        file
      );
    }
    if (fileBytes > maxFileBytes) {
      throw new TraceAccessError(
        'traces/limit-file-bytes',
        `This trace file holds more than ${formatBytes(maxFileBytes)}${packed !== undefined ? ' once decompressed' : ''}, the limit for one file; reading stopped, and the run's measured energy is not used. If the file is genuine, raise the limit with ${raiseHint('file', formatBytes(maxFileBytes * 2))}.`,
        file
      );
    }
    if (budget.usedBytes > maxTotalBytes) {
      throw new TraceAccessError(
        'traces/limit-total-bytes',
        `Reading stopped in this trace file: the trace files read so far hold more than ${formatBytes(maxTotalBytes)} together, the limit for all trace files of one check; the run's measured energy is not used. If the files are genuine, raise the limit with ${raiseHint('total', formatBytes(maxTotalBytes * 2))}.`,
        file
      );
    }
    yield chunk;
  }
}
