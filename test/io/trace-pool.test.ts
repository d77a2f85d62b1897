/**
 * The pool's limit of held parts bounds reading ahead, never the part the main thread waits for:
 * the parts held are replayed after it, so they cannot make room for it.
 */
import { closeSync, openSync } from 'node:fs';
import { TracePool } from '../../src/io/trace-pool.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

/** Reads every page to the end. */
async function drain(pages: AsyncIterable<unknown>): Promise<void> {
  for await (const page of pages) void page;
}

describe('a pool holding one part', () => {
  it('starts the part the main thread reads even while a file listed later holds the limit', async () => {
    const line = (s: number): string => `{"timestamp": "2026-11-27T10:00:0${s}Z", "device": "cpu0", "energy_j": ${s}}`;
    const text = [0, 1, 2].map(line).join('\n') + '\n';
    const first = openSync(put(tmp.dir, 'first.jsonl', text), 'r');
    const later = openSync(put(tmp.dir, 'later.jsonl', text), 'r');
    const pool = new TracePool({ workerScript: null, maxHeldParts: 1 });
    try {
      const job = (file: string): { file: string; format: string } => ({ file, format: 'jsonl' });
      // The later file's offload finished first: its part is submitted first and held, unread.
      const laterPart = pool.submit({ fd: later, start: 0, end: Infinity, job: job('later.jsonl') });
      const firstPart = pool.submit({ fd: first, start: 0, end: Infinity, job: job('first.jsonl') });
      await drain(firstPart.read());
      expect(await firstPart.outcome).toEqual({ bytes: Buffer.byteLength(text) });
      await drain(laterPart.read());
      expect(await laterPart.outcome).toEqual({ bytes: Buffer.byteLength(text) });
    } finally {
      closeSync(first);
      closeSync(later);
    }
  }, 10000);

  it('queues parts in the order their files were asked for, not the order they were opened in', async () => {
    const line = (s: number): string => `{"timestamp": "2026-11-27T10:00:0${s}Z", "device": "cpu0", "energy_j": ${s}}`;
    const text = [0, 1, 2].map(line).join('\n') + '\n';
    const fds = ['x', 'a', 'b'].map((n) => openSync(put(tmp.dir, `${n}.jsonl`, text), 'r'));
    const pool = new TracePool({ workerScript: null, maxHeldParts: 1 });
    try {
      const task = (k: number): { fd: number; start: number; end: number; job: { file: string; format: string } } => ({
        fd: fds[k],
        start: 0,
        end: Infinity,
        job: { file: `${k}.jsonl`, format: 'jsonl' }
      });
      // x holds the limit; a is asked for before b, but b is opened (and submitted) first.
      const x = pool.submit(task(0));
      const turnA = pool.turn();
      const turnB = pool.turn();
      const b = pool.submit(task(2), false, turnB);
      const a = pool.submit(task(1), false, turnA);
      let bEnded = false;
      void b.outcome.then(() => (bEnded = true));
      // Once x is replayed, the one part let ahead is a's, unread: it ends, b does not start.
      await drain(x.read());
      expect(await a.outcome).toEqual({ bytes: Buffer.byteLength(text) });
      await new Promise((resolve) => setImmediate(resolve));
      expect(bEnded).toBe(false);
      await drain(a.read());
      await drain(b.read());
      expect(await b.outcome).toEqual({ bytes: Buffer.byteLength(text) });
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }, 10000);
});
