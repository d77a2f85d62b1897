/**
 * A trace file read in parts on other threads, and joined back exactly. The adapter (src/io's
 * worker pool) reads each part's bytes and runs {@link recordPart} there; `measureTraces` replays
 * the recorded parts in the order of the file into its one integrator ({@link replayParts}).
 *
 * Only nvidia-smi `--query-gpu` CSV is cut into several parts (the large logs are these): its rows
 * stand alone once the column layout is known, and the layout a part starts from is taken from the
 * file's first lines. Where the part before ended in another state (a different header, a fallback
 * power column), the part is read again from the state it really starts in. Other formats are read
 * as one part (CodeCarbon groups rows, JSON Lines and Prometheus answers span lines), in parallel
 * with the other files only.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { TraceAccessError } from './access.js';
import { formatById } from './formats/index.js';
import {
  nvidiaSmiHeadState,
  partNotes,
  readNvidiaSmiPart,
  sameNvidiaSmiState,
  type NvidiaSmiPartEnd,
  type NvidiaSmiState
} from './formats/nvidia-smi-csv.js';
import type { Integrator } from './integrator.js';
import { RecordingSink, replayPage, replayState, type ColumnStore, type RecordedPage } from './recording.js';
import { resolveZone } from './timezone.js';
import type { ParseOptions } from './types.js';

/** The one format read in several parts. */
export const SPLIT_FORMAT = 'nvidia-smi-csv';

/** What a part's parser needs: plain data, sent to a worker thread as it is. */
export interface PartJob {
  /** The file as the report names it (diagnostics, device keys). */
  file: string;
  /** The format id (detected from the file's first bytes on the main thread, or forced). */
  format: string;
  /** The timezone setting, resolved on each thread alike; absent: UTC. */
  timezone?: string;
  columns?: string[] | Record<string, string>;
  /**
   * nvidia-smi CSV only: the state the part starts from; absent for the file's first part (a
   * format read whole is always one first part).
   */
  seed?: NvidiaSmiState;
}

/** How a recorded part ended. */
export interface PartOutcome {
  /** Bytes of the part that were read. */
  bytes: number;
  /** nvidia-smi CSV: the part's lines, end state and counts. */
  end?: NvidiaSmiPartEnd;
  /** Reading stopped at an error: the reader's own diagnostic where it gave one, else a message. */
  error?: { diagnostic?: Diagnostic; message: string };
}

/** The parse options of a job (the zone resolved here: a setting `measureTraces` already accepted). */
function parseOptions(job: PartJob): ParseOptions {
  const zone = resolveZone(job.timezone);
  return {
    file: job.file,
    ...('zone' in zone ? { zone: zone.zone } : {}),
    columns: job.columns,
    devicePrefix: `${job.file}#`
  };
}

/**
 * Parses a part's bytes with a recording sink: `onPage` receives the recorded calls in order. A
 * read error ends the part with the rows before it recorded, as the single-threaded read keeps them.
 */
export async function recordPart(
  chunks: AsyncIterable<Uint8Array>,
  job: PartJob,
  onPage: (page: RecordedPage) => void,
  store?: ColumnStore
): Promise<PartOutcome> {
  const sink = new RecordingSink(onPage, store);
  let bytes = 0;
  const counted = (async function* () {
    for await (const c of chunks) {
      bytes += c.length;
      yield c;
    }
  })();
  const options = parseOptions(job);
  const outcome: PartOutcome = { bytes: 0 };
  try {
    if (job.format === SPLIT_FORMAT) {
      outcome.end = await readNvidiaSmiPart(counted, sink, options, job.seed);
    } else {
      const f = formatById(job.format);
      if ('error' in f) throw new Error(f.error);
      await f.format.parse(counted, sink, options);
    }
  } catch (e) {
    outcome.error = {
      ...(e instanceof TraceAccessError ? { diagnostic: e.diagnostic } : {}),
      message: e instanceof Error ? e.message : String(e)
    };
  }
  sink.end();
  outcome.bytes = bytes;
  return outcome;
}

/**
 * The state a later part of an nvidia-smi file is assumed to start from: the state after the
 * complete lines of the file's first bytes.
 */
export function assumedSeed(head: Uint8Array, job: PartJob): Promise<NvidiaSmiState> {
  return nvidiaSmiHeadState(head, parseOptions(job));
}

/** One part as the adapter hands it back: its recording, read once, in order. */
export interface OffloadedPart {
  /** The state the part was read from; absent for the first part. */
  seed?: NvidiaSmiState;
  /** The recorded calls. */
  pages: AsyncIterable<RecordedPage>;
  /** How the part ended (after its last page). */
  outcome: Promise<PartOutcome>;
  /** The same bytes read again from `seed` (the part before ended in another state). */
  again(seed: NvidiaSmiState): OffloadedPart;
  /** Hands a replayed page's columns back to the thread that recorded it, for its next pages. */
  recycle(page: RecordedPage): void;
}

/** A file read in parts elsewhere. */
export interface OffloadedFile {
  /** The format id its parts were read as. */
  format: string;
  /** Its size when opened, bytes: what it will count against the trace byte limits. */
  sizeBytes: number;
  parts: OffloadedPart[];
  /** Releases the file: parts not yet started are not read; call it once done, always. */
  release(): void;
}

/** What `measureTraces` asks of an adapter that can read files elsewhere. */
export interface OffloadRequest {
  /** A format forced for every file; absent: detected from the file's first bytes. */
  format?: string;
  timezone?: string;
  columns?: string[] | Record<string, string>;
}

/**
 * Replays a file's parts into the integrator in order (between its beginFile and endFile), each
 * part's lines after the parts before it, and writes the notes counted over the whole file. A
 * part whose seed is not the state the part before it ended in is read again from that state. A
 * read error is reported as the single-threaded read reports it, and ends the file. Returns the
 * bytes read.
 */
export async function replayParts(file: OffloadedFile, integrator: Integrator, path: string): Promise<number> {
  const ends: NvidiaSmiPartEnd[] = [];
  let offset = 0;
  let bytes = 0;
  for (let k = 0; k < file.parts.length; k++) {
    let part = file.parts[k];
    const before = ends[ends.length - 1];
    if (k > 0 && before !== undefined && part.seed !== undefined && !sameNvidiaSmiState(part.seed, before.state)) {
      // Drain what was read from the wrong state, then read the part again from the right one.
      for await (const page of part.pages) void page;
      await part.outcome;
      part = part.again(before.state);
    }
    const state = replayState();
    for await (const page of part.pages) {
      replayPage(page, integrator, offset, state);
      part.recycle(page);
    }
    const outcome = await part.outcome;
    bytes += outcome.bytes;
    if (outcome.error) {
      integrator.report(
        outcome.error.diagnostic ??
          diagnostic(
            'error',
            'traces/read-failed',
            `Reading stopped at an error (${outcome.error.message}); the samples before it are integrated, the rest of the file is not.`,
            { file: path }
          )
      );
      return bytes;
    }
    if (outcome.end) {
      ends.push(outcome.end);
      offset += outcome.end.lines;
    }
  }
  if (file.format === SPLIT_FORMAT && ends.length > 0) partNotes(integrator, path, ends);
  return bytes;
}
