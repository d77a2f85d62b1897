/**
 * One part of a trace file read from an open descriptor and parsed with a recording sink: the
 * work a pool thread does (./trace-worker.ts), and the main thread where it reads a part again.
 */
import { TraceAccessError } from '../core/traces/access.js';
import { recordPart, type PartJob, type PartOutcome } from '../core/traces/parts.js';
import type { ColumnStore, RecordedPage } from '../core/traces/recording.js';
import { readBlocks } from './block-read.js';
import { describeFsError } from './read.js';

/** A part to read: bytes [start, end) of the open file `fd` (end Infinity: to the file's end). */
export interface PartTask {
  fd: number;
  start: number;
  end: number;
  job: PartJob;
}

/**
 * Reads and parses the part in blocks into `buffer` (reused), handing each recorded page to
 * `onPage`, its sample columns taken from `store`. A read error ends the part as it ends the single-threaded read: with the diagnostic
 * `open` would throw.
 */
export function runPartTask(
  task: PartTask,
  buffer: Uint8Array,
  onPage: (page: RecordedPage) => void,
  store: ColumnStore
): Promise<PartOutcome> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const blocks = readBlocks(task.fd, buffer, task.start, task.end);
    for (;;) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = blocks.next();
      } catch (err) {
        throw new TraceAccessError(...describeFsError(err, 'trace file'), task.job.file);
      }
      if (r.done) return;
      yield r.value;
    }
  }
  return recordPart(chunks(), task.job, onPage, store);
}
