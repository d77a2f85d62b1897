/**
 * Plans how a trace file is read on the pool (./trace-pool.ts): whether at all (a plain file large
 * enough to gain from it, in a format it knows), and where an nvidia-smi CSV log is cut: at the
 * first line start at or after each cut offset, so that no line is ever split.
 */
import { readSync } from 'node:fs';
import { detectFormat } from '../core/traces/formats/index.js';
import {
  assumedSeed,
  SPLIT_FORMAT,
  type OffloadedFile,
  type OffloadedPart,
  type OffloadRequest,
  type PartJob
} from '../core/traces/parts.js';
import { HEAD_BYTES, headText, isGzip } from '../core/traces/stream.js';
import { closeQuietly, fileSize } from './block-read.js';
import { sharedTracePool, type PartRecording, type TracePool } from './trace-pool.js';

const MiB = 1024 * 1024;

/** How files are handed to the pool; the defaults suit the action and the CLI. */
export interface OffloadOptions {
  /** The pool; default the process's (threads when its worker script is there, else none at all). */
  pool?: TracePool;
  /** Files smaller than this are read on the main thread: a thread would cost more than it saves. */
  minBytes?: number;
  /** Bytes per part of an nvidia-smi CSV log; default 8-16 MiB, depending on the size and the threads. */
  partBytes?: number;
  /** Tests: the offsets to cut at (each moved to the next line start) instead of every `partBytes`. */
  cuts?: number[];
}

/** Default smallest file read on the pool. */
const DEFAULT_MIN_BYTES = 8 * MiB;
/**
 * Largest file of a format that is not cut (one part): its whole recording waits in memory while
 * the files before it are replayed, so larger ones are read on the main thread.
 */
const MAX_WHOLE_BYTES = 64 * MiB;
/** Parts of a cut log: small enough that a few recordings held stay a few tens of MB. */
const MIN_PART_BYTES = 8 * MiB;
const MAX_PART_BYTES = 16 * MiB;
/** Bytes read at a time while looking for a line's end. */
const SEEK_BYTES = 64 * 1024;

/**
 * Starts reading the open file `fd` (named `file` in the report) on the pool, or returns
 * undefined where it is read on the main thread: too small, gzip (a stream cannot be cut; the
 * inflater already runs off the JavaScript thread), blank, of no known format, or too large for
 * one part. Takes the descriptor: it is closed once every part has ended and the file is released
 * (or at once, when undefined is returned). `turn`: the file's place in the pool's order of
 * reading ({@link offloadPool}'s `turn()`, taken when the file was asked for); default last.
 */
export async function offloadFile(
  fd: number,
  file: string,
  request: OffloadRequest,
  options: OffloadOptions = {},
  turn?: number
): Promise<OffloadedFile | undefined> {
  const pool = offloadPool(options);
  const fileTurn = turn ?? pool.turn();
  let planned: { cuts: number[]; format: string; head: Uint8Array; size: number } | undefined;
  try {
    planned = plan(fd, file, request, options, pool);
  } catch {
    planned = undefined;
  }
  if (planned === undefined) {
    closeQuietly(fd);
    return undefined;
  }
  const { cuts, format, head, size } = planned;
  const base: PartJob = {
    file,
    format,
    ...(request.timezone !== undefined ? { timezone: request.timezone } : {}),
    ...(request.columns !== undefined ? { columns: request.columns } : {})
  };
  const seed = cuts.length > 0 ? await assumedSeed(head, base) : undefined;
  const recordings: PartRecording[] = [];
  const bounds = [0, ...cuts, Infinity];
  const part = (k: number, job: PartJob, urgent: boolean): OffloadedPart => {
    const recording = pool.submit({ fd, start: bounds[k], end: bounds[k + 1], job }, urgent, fileTurn);
    recordings.push(recording);
    return {
      ...(job.seed !== undefined ? { seed: job.seed } : {}),
      pages: recording.read(),
      outcome: recording.outcome,
      again: (s) => part(k, { ...base, seed: s }, true),
      recycle: (page) => recording.recycle(page)
    };
  };
  const parts = bounds.slice(0, -1).map((_, k) => part(k, k === 0 ? base : { ...base, seed }, false));
  return {
    format,
    sizeBytes: size,
    parts,
    release() {
      for (const r of recordings) pool.cancel(r);
      void Promise.all(recordings.map((r) => r.outcome)).then(() => closeQuietly(fd));
    }
  };
}

/** The pool files are read on with these options. */
export function offloadPool(options: OffloadOptions = {}): TracePool {
  return options.pool ?? sharedTracePool();
}

/** Whether and where to cut the file; undefined: read it on the main thread. */
function plan(
  fd: number,
  file: string,
  request: OffloadRequest,
  options: OffloadOptions,
  pool: TracePool
): { cuts: number[]; format: string; head: Uint8Array; size: number } | undefined {
  // Without threads the pool only helps tests that ask for it.
  if (!pool.parallel && options.pool === undefined) return undefined;
  const size = fileSize(fd);
  if (size < (options.minBytes ?? DEFAULT_MIN_BYTES)) return undefined;
  const head = new Uint8Array(HEAD_BYTES);
  const headLength = readSync(fd, head, 0, HEAD_BYTES, 0);
  const first = head.subarray(0, headLength);
  if (isGzip(first)) return undefined;
  const text = headText(first);
  if (text.trim() === '') return undefined;
  const format = request.format ?? detectFormat(text, file)?.id;
  if (format === undefined) return undefined;
  if (format !== SPLIT_FORMAT) return size <= MAX_WHOLE_BYTES ? { cuts: [], format, head: first, size } : undefined;
  const partBytes =
    options.partBytes ?? Math.max(MIN_PART_BYTES, Math.min(MAX_PART_BYTES, Math.ceil(size / pool.threads)));
  const wanted = options.cuts ?? Array.from({ length: Math.ceil(size / partBytes) - 1 }, (_, k) => (k + 1) * partBytes);
  const cuts: number[] = [];
  for (const offset of [...wanted].sort((a, b) => a - b)) {
    const at = lineStartFrom(fd, Math.max(1, offset), size);
    if (at < size && at > (cuts[cuts.length - 1] ?? 0)) cuts.push(at);
  }
  return { cuts, format, head: first, size };
}

/** The first line start at or after `offset` (> 0): just past the first LF at or after offset - 1. */
function lineStartFrom(fd: number, offset: number, size: number): number {
  const window = new Uint8Array(SEEK_BYTES);
  for (let at = offset - 1; at < size; at += SEEK_BYTES) {
    const n = readSync(fd, window, 0, SEEK_BYTES, at);
    if (n === 0) break;
    const lf = window.subarray(0, n).indexOf(10);
    if (lf >= 0) return at + lf + 1;
  }
  return size;
}
