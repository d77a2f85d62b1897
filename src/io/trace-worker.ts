/**
 * The entry of a trace-pool thread (bundled to `trace-worker.js` next to each bundle, see
 * scripts/bundle.mjs): it reads the parts it is sent, one at a time, from descriptors the main
 * thread opened (threads share them), and posts each recorded page as it is made, its sample
 * arrays moved rather than copied, then the part's outcome.
 */
import { parentPort } from 'node:worker_threads';
import { pageTransfers } from '../core/traces/recording.js';
import { TRACE_BLOCK_BYTES } from './block-read.js';
import { runPartTask, type PartTask } from './trace-part.js';

/** A message from the pool: a part to read, with the id its answers carry. */
interface PartMessage {
  id: number;
  task: PartTask;
}

const port = parentPort;
if (port !== null) {
  // One block buffer for every part this thread reads.
  const buffer = new Uint8Array(TRACE_BLOCK_BYTES);
  port.on('message', (message: PartMessage) => {
    const { id, task } = message;
    runPartTask(task, buffer, (page) => port.postMessage({ id, page }, pageTransfers(page))).then(
      (outcome) => port.postMessage({ id, outcome }),
      (err: unknown) => port.postMessage({ id, outcome: { bytes: 0, error: { message: String(err) } } })
    );
  });
}
