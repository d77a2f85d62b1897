/**
 * Trace files read on a pool of worker threads, one per core (by default on machines of three
 * cores or more, see {@link traceThreads}): a large nvidia-smi CSV log cut at line boundaries into
 * parts, other formats (and small logs in a list of many) one part per file.
 * Each thread parses its part with a recording sink (src/core/traces/parts.ts); the main thread
 * replays the parts in the order of the files into its one integrator, so the result is the
 * single-threaded one to the bit, and only the parsing runs in parallel.
 *
 * Memory stays flat: parts run in the order they are listed, and a part is started only while
 * fewer than {@link TracePoolOptions.maxHeldParts} parts are read and not yet replayed, so at most
 * that many parts' recordings (a few MB each) wait in memory whatever the size of the files.
 *
 * The threads run `trace-worker.js`, bundled next to the action's and the CLI's bundle. Where it
 * is absent (the TypeScript sources under test) the pool runs its parts on the main thread, one
 * at a time, through the same code: slower, the same result.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PartOutcome } from '../core/traces/parts.js';
import { ColumnStore, columnTransfers, type RecordedPage } from '../core/traces/recording.js';
import { TRACE_BLOCK_BYTES } from './block-read.js';
import { runPartTask, type PartTask } from './trace-part.js';

/** Settings of a {@link TracePool}. */
export interface TracePoolOptions {
  /** Threads; default the cores (`os.availableParallelism()`), at most 16. */
  threads?: number;
  /**
   * The worker script; default `trace-worker.js` next to this bundle when it exists. `null`: no
   * threads, every part runs on the main thread (tests of the split and join).
   */
  workerScript?: URL | null;
  /** Parts read and not yet replayed, at most; default threads + 1. */
  maxHeldParts?: number;
}

/** The recording of one part, handed out as it arrives. */
export class PartRecording {
  private readonly pages: RecordedPage[] = [];
  private wake: (() => void) | null = null;
  private finished = false;
  private resolveOutcome!: (o: PartOutcome) => void;
  /** How the part ended, once it has. */
  readonly outcome: Promise<PartOutcome> = new Promise((resolve) => (this.resolveOutcome = resolve));
  /** Called once the pages were read to the end and the part has ended. */
  onDrained: () => void = () => undefined;
  /**
   * Called when the pages are first asked for: the reader now waits for this part, so the pool
   * must start it even past its limit of held parts (set by the pool).
   */
  onWanted: () => void = () => undefined;
  /** Hands a replayed page's columns back to where they were recorded (set by the pool). */
  recycle: (page: RecordedPage) => void = () => undefined;

  /** A recorded page arrived. */
  push(page: RecordedPage): void {
    this.pages.push(page);
    this.wake?.();
  }

  /** The part ended. */
  finish(outcome: PartOutcome): void {
    this.finished = true;
    this.resolveOutcome(outcome);
    this.wake?.();
  }

  /** The pages in order, each handed out once (and then no longer held). */
  async *read(): AsyncGenerator<RecordedPage> {
    this.onWanted();
    for (;;) {
      const page = this.pages.shift();
      if (page !== undefined) {
        yield page;
        continue;
      }
      if (this.finished) break;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    this.onDrained();
  }
}

/** A part waiting for, or running on, a thread. */
interface QueuedPart {
  task: PartTask;
  recording: PartRecording;
  /** True once started; its recording is then held until it is drained or cancelled. */
  started: boolean;
  cancelled: boolean;
  /** Its file's place in the order of reading (see {@link TracePool.turn}): queued parts start in it. */
  turn: number;
  /**
   * The main thread waits for it: it starts on the next free thread whatever the parts held. The
   * parts held are replayed only after it, so waiting for one of them to be drained first would
   * wait forever.
   */
  wanted: boolean;
}

/** One thread and the part it runs. */
interface Slot {
  worker: Worker | null;
  running: QueuedPart | null;
}

/** Young-generation size of a pool thread, MB (see startWorker). */
const WORKER_YOUNG_MB = 2;

/** The largest pool: beyond it, threads contend for memory bandwidth more than they add. */
const MAX_THREADS = 16;

/** The default worker script: `trace-worker.js` next to the running bundle, when it is there. */
function defaultWorkerScript(): URL | null {
  // Built from a variable, so the bundler does not take the path for an asset of its own.
  const name = 'trace-worker.js';
  const url = new URL(name, import.meta.url);
  try {
    return existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

/** A pool of threads that read parts of trace files; see the module comment. */
export class TracePool {
  /** Threads the pool runs (1 when it has no worker script). */
  readonly threads: number;
  /** True when the parts run on worker threads (not on the main thread). */
  readonly parallel: boolean;
  private readonly script: URL | null;
  private readonly maxHeld: number;
  private readonly queue: QueuedPart[] = [];
  private readonly slots: Slot[];
  private held = 0;
  private nextId = 1;
  private nextTurn = 0;
  private readonly byId = new Map<number, QueuedPart>();
  private inlineBuffer: Uint8Array | null = null;
  /** Page columns of the parts run on this thread. */
  private readonly inlineStore = new ColumnStore();
  /** Started parts whose recording is held, by recording. */
  private readonly startedParts = new Map<PartRecording, QueuedPart>();

  constructor(options: TracePoolOptions = {}) {
    this.script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
    this.parallel = this.script !== null;
    const cores = Math.max(1, Math.min(MAX_THREADS, options.threads ?? availableParallelism()));
    this.threads = this.parallel ? cores : 1;
    this.maxHeld = Math.max(1, options.maxHeldParts ?? this.threads + 1);
    this.slots = Array.from({ length: this.threads }, () => ({ worker: null, running: null }));
  }

  /**
   * A place in the order of reading, taken when a file is asked for (in the order the files are
   * replayed): its parts are queued by it, so the parts of a file whose opening took longer do not
   * queue behind those of files listed after it.
   */
  turn(): number {
    return this.nextTurn++;
  }

  /**
   * Queues a part after the queued parts of its turn and of earlier ones (default: a turn of its
   * own, after every queued part); its recording fills as the part is read. `first`: the main
   * thread is about to wait for it, see {@link want}. A part is also wanted once its pages are
   * asked for.
   */
  submit(task: PartTask, first = false, turn = this.turn()): PartRecording {
    const recording = new PartRecording();
    const part: QueuedPart = { task, recording, started: false, cancelled: false, turn, wanted: false };
    part.recording.onDrained = () => this.release(part);
    part.recording.onWanted = () => this.want(part);
    const later = this.queue.findIndex((p) => !p.wanted && p.turn > turn);
    if (later < 0) this.queue.push(part);
    else this.queue.splice(later, 0, part);
    if (first) this.want(part);
    else this.pump();
    return part.recording;
  }

  /**
   * The main thread waits for this part: not started yet, it goes before every queued part and
   * starts on the next free thread even past the limit of held parts. The limit is for reading
   * ahead; the parts held are later ones (later parts, files listed later, whose reading may have
   * started first), replayed only after this one, so they cannot be drained to make room for it.
   */
  private want(part: QueuedPart): void {
    const i = this.queue.indexOf(part);
    if (i < 0) return;
    part.wanted = true;
    this.queue.splice(i, 1);
    this.queue.unshift(part);
    this.pump();
  }

  /** Drops a part: not started, it never will be; started, its recording is let go once it ends. */
  cancel(recording: PartRecording): void {
    const i = this.queue.findIndex((p) => p.recording === recording);
    if (i >= 0) {
      this.queue.splice(i, 1);
      recording.finish({ bytes: 0 });
      return;
    }
    const part = this.startedParts.get(recording);
    if (part === undefined) return;
    part.cancelled = true;
    if (!this.slots.some((s) => s.running === part)) this.release(part);
  }

  /** A started part whose recording is no longer held. */
  private release(part: QueuedPart): void {
    if (!part.started) return;
    part.started = false;
    this.startedParts.delete(part.recording);
    this.held--;
    this.pump();
  }

  /** Starts queued parts on free threads: in order while under the limit of held parts, wanted ones always. */
  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.running !== null) continue;
      // Wanted parts are at the front of the queue.
      if (this.held >= this.maxHeld && !this.queue[0].wanted) return;
      const part = this.queue.shift()!;
      part.started = true;
      this.startedParts.set(part.recording, part);
      this.held++;
      slot.running = part;
      if (this.script === null) this.runInline(slot, part);
      else this.runOnWorker(slot, part);
    }
  }

  private done(slot: Slot, part: QueuedPart, outcome: PartOutcome): void {
    slot.running = null;
    slot.worker?.unref();
    part.recording.finish(outcome);
    // A cancelled part is not read by anyone: let its recording go now.
    if (part.cancelled) this.release(part);
    this.pump();
  }

  private runInline(slot: Slot, part: QueuedPart): void {
    this.inlineBuffer ??= new Uint8Array(TRACE_BLOCK_BYTES);
    part.recording.recycle = (page) => {
      if (page.columns) this.inlineStore.give(page.columns);
    };
    runPartTask(part.task, this.inlineBuffer, (page) => part.recording.push(page), this.inlineStore).then(
      (outcome) => this.done(slot, part, outcome),
      (err: unknown) => this.done(slot, part, { bytes: 0, error: { message: String(err) } })
    );
  }

  private runOnWorker(slot: Slot, part: QueuedPart): void {
    const worker = (slot.worker ??= this.startWorker(slot));
    // The columns go back to the thread that recorded them (if it is gone, they are let go).
    part.recording.recycle = (page) => {
      if (page.columns && slot.worker === worker)
        worker.postMessage({ recycle: page.columns }, columnTransfers(page.columns));
    };
    const id = this.nextId++;
    this.byId.set(id, part);
    // Held while it works, so the process waits for it; let go when idle, so it never keeps the
    // process alive.
    worker.ref();
    worker.postMessage({ id, task: part.task });
  }

  private startWorker(slot: Slot): Worker {
    // A small young generation: a thread's garbage is short-lived page copies, and a large
    // nursery per thread would be most of the memory the pool adds.
    const worker = new Worker(this.script!, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (m: { id: number; page?: RecordedPage; outcome?: PartOutcome }) => {
      const part = this.byId.get(m.id);
      if (part === undefined) return;
      if (m.page !== undefined) {
        if (!part.cancelled) part.recording.push(m.page);
        return;
      }
      this.byId.delete(m.id);
      this.done(slot, part, m.outcome ?? { bytes: 0 });
    });
    worker.on('error', (err) => {
      // The thread died: its part ends with the error, and a fresh thread takes the next one.
      slot.worker = null;
      const part = slot.running;
      if (part !== null) {
        for (const [id, p] of this.byId) if (p === part) this.byId.delete(id);
        this.done(slot, part, { bytes: 0, error: { message: `a reader thread failed: ${err.message}` } });
      }
    });
    worker.unref();
    return worker;
  }

  /** Stops the threads (tests; a process that ends does not need it). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }
}

let shared: TracePool | undefined;

/**
 * The environment variable that sets the process pool's threads: `0` reads every file on the main
 * thread (the single-threaded path, for comparisons such as `npm run bench -- --compare-env`), a
 * whole number from 1 to 16 sets the threads. Unset, or anything else: the default (see
 * {@link traceThreads}).
 */
export const TRACE_THREADS_ENV = 'CARBON_GATE_TRACE_THREADS';

/**
 * The threads {@link TRACE_THREADS_ENV} asks for: 0 (no pool), 1 to 16, or undefined (the
 * default). An operator's setting, not a pull request's: a malformed value means the default.
 */
export function traceThreadsFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const text = env[TRACE_THREADS_ENV]?.trim() ?? '';
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_THREADS ? n : undefined;
}

/**
 * Cores a machine needs before the process's pool starts threads by default. On the 2-core
 * development machine (docs/performance.md) two parsing threads run each other down: two
 * processes that read half a log each take 0.62-0.79 s where one alone takes 0.49 s, and with the
 * main thread's replay beside them the pool reads the 1 GB log and the 8 logs no faster than the
 * main thread alone, for 40 MB more memory (two V8 isolates). With fewer cores every file is read
 * on the main thread unless CARBON_GATE_TRACE_THREADS asks for threads.
 */
const MIN_POOL_CORES = 3;

/**
 * The threads the process's pool runs: what {@link TRACE_THREADS_ENV} asks for, else one per core
 * (at most 16) on a machine of {@link MIN_POOL_CORES} cores or more, else 0 (no pool: every file
 * on the main thread).
 */
export function traceThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const asked = traceThreadsFromEnv(env);
  if (asked !== undefined) return asked;
  return cores >= MIN_POOL_CORES ? Math.min(MAX_THREADS, cores) : 0;
}

/** The process's pool, made on first use (its threads from {@link traceThreads}, at least one). */
export function sharedTracePool(): TracePool {
  return (shared ??= new TracePool({ threads: Math.max(1, traceThreads()) }));
}
