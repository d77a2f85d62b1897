/**
 * The entry of a trace-pool thread (bundled to `trace-worker.js` next to each bundle, see
 * scripts/bundle.mjs): it reads the parts it is sent, one at a time, from descriptors the main
 * thread opened (threads share them), and posts each recorded page as it is made, its sample
 * arrays moved rather than copied, then the part's outcome.
 */
import { parentPort } from 'node:worker_threads';
import { ColumnStore, columnTransfers, type PageColumns, type RecordedPage } from '../core/traces/recording.js';
import { runPartTask, type PartTask } from './trace-part.js';

/** A message from the pool: a part to read, with the id its answers carry, or columns to reuse. */
type PoolMessage = { id: number; task: PartTask } | { recycle: PageColumns };

/** Bytes per read on a pool thread. */
const WORKER_BLOCK_BYTES = 1024 * 1024;

const port = parentPort;
if (port !== null) {
  // One block buffer for every part this thread reads; 1 MiB (not the main thread's 4 MiB): the
  // reads are as cheap, and each thread's share of memory smaller.
  const buffer = new Uint8Array(WORKER_BLOCK_BYTES);
  // Page columns, moved to the main thread with each page and handed back once replayed.
  const store = new ColumnStore();
  port.on('message', (message: PoolMessage) => {
    if ('recycle' in message) {
      store.give(message.recycle);
      return;
    }
    const { id, task } = message;
    const post = (page: RecordedPage): void => port.postMessage({ id, page }, columnTransfers(page.columns));
    runPartTask(task, buffer, post, store).then(
      (outcome) => port.postMessage({ id, outcome }),
      (err: unknown) => port.postMessage({ id, outcome: { bytes: 0, error: { message: String(err) } } })
    );
  });
}
