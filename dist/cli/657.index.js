export const id = 657;
export const ids = [657];
export const modules = {

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ createTraceReader),
  z: () => (/* binding */ splitPattern)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/traces/access.ts
var access = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/read.ts
var read = __webpack_require__(9322);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/io/block-read.ts
/**
 * Large synchronous block reads of a trace file into one reused buffer: at disk speed the cost of a
 * read is its call, not its bytes, so a few 4 MiB reads beat a stream's many 64 KiB chunks and
 * their promises. The same reader serves the main thread and the worker threads (./trace-pool.ts),
 * so both hand the parsers the same blocks.
 */

/** Bytes per read: large enough that per-call overhead is negligible, small enough to stay flat in memory. */
const TRACE_BLOCK_BYTES = 4 * 1024 * 1024;
/**
 * Opens a regular file read-only, without following a symbolic link in its last component (the
 * caller has checked the real path; a link swapped in since is refused, not followed). Throws the
 * file system's error (ELOOP for a link, ENOENT, EACCES ...); `io/not-a-file` is the caller's
 * to report from {@link isRegularFile}.
 */
function openNoFollow(realPath) {
    // O_NOFOLLOW is undefined on Windows, where the real-path check alone applies.
    return (0,external_node_fs_.openSync)(realPath, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
}
/** True when the open descriptor is a regular file (not a folder, a FIFO or a device). */
function isRegularFile(fd) {
    return (0,external_node_fs_.fstatSync)(fd).isFile();
}
/** The size in bytes of the open file now. */
function fileSize(fd) {
    return (0,external_node_fs_.fstatSync)(fd).size;
}
/** Closes a descriptor, ignoring a failure (it is being released after an error or at the end). */
function closeQuietly(fd) {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // Nothing to do: the descriptor is released either way.
    }
}
/**
 * Reads `fd` from `start` up to `end` (the end of the file when `Infinity`) into `buffer`, and
 * yields a view of the bytes of each block. Every view aliases `buffer`: it is valid only until
 * the next block is requested, so a consumer that keeps bytes past that (a line cut by the block's
 * end) copies them. Each block but the last is full, so a consumer that peeks at the first bytes
 * never needs a second block for them.
 */
function* readBlocks(fd, buffer, start = 0, end = Infinity) {
    let position = start;
    for (;;) {
        const want = Math.min(buffer.length, end - position);
        if (want <= 0)
            return;
        let got = 0;
        // A regular file's read returns fewer bytes than asked only at its end; loop anyway.
        while (got < want) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, got, want - got, position + got);
            if (n === 0)
                break;
            got += n;
        }
        if (got === 0)
            return;
        position += got;
        yield buffer.subarray(0, got);
        if (got < want)
            return;
    }
}

// EXTERNAL MODULE: ./src/core/traces/formats/index.ts + 10 modules
var formats = __webpack_require__(4478);
// EXTERNAL MODULE: ./src/core/traces/parts.ts
var traces_parts = __webpack_require__(1476);
// EXTERNAL MODULE: ./src/core/traces/stream.ts
var stream = __webpack_require__(5492);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/core/traces/recording.ts
var recording = __webpack_require__(3109);
;// CONCATENATED MODULE: ./src/io/trace-part.ts
/**
 * One part of a trace file read from an open descriptor and parsed with a recording sink: the
 * work a pool thread does (./trace-worker.ts), and the main thread where it reads a part again.
 */




/**
 * Reads and parses the part in blocks into `buffer` (reused), handing each recorded page to
 * `onPage`, its sample columns taken from `store`. A read error ends the part as it ends the single-threaded read: with the diagnostic
 * `open` would throw.
 */
function runPartTask(task, buffer, onPage, store) {
    async function* chunks() {
        const blocks = readBlocks(task.fd, buffer, task.start, task.end);
        for (;;) {
            let r;
            try {
                r = blocks.next();
            }
            catch (err) {
                throw new access/* TraceAccessError */.g(...(0,read/* describeFsError */.TQ)(err, 'trace file'), task.job.file);
            }
            if (r.done)
                return;
            yield r.value;
        }
    }
    return (0,traces_parts/* recordPart */.pY)(chunks(), task.job, onPage, store);
}

;// CONCATENATED MODULE: ./src/io/trace-pool.ts
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







/** The recording of one part, handed out as it arrives. */
class PartRecording {
    pages = [];
    wake = null;
    finished = false;
    resolveOutcome;
    /** How the part ended, once it has. */
    outcome = new Promise((resolve) => (this.resolveOutcome = resolve));
    /** Called once the pages were read to the end and the part has ended. */
    onDrained = () => undefined;
    /**
     * Called when the pages are first asked for: the reader now waits for this part, so the pool
     * must start it even past its limit of held parts (set by the pool).
     */
    onWanted = () => undefined;
    /** Hands a replayed page's columns back to where they were recorded (set by the pool). */
    recycle = () => undefined;
    /** A recorded page arrived. */
    push(page) {
        this.pages.push(page);
        this.wake?.();
    }
    /** The part ended. */
    finish(outcome) {
        this.finished = true;
        this.resolveOutcome(outcome);
        this.wake?.();
    }
    /** The pages in order, each handed out once (and then no longer held). */
    async *read() {
        this.onWanted();
        for (;;) {
            const page = this.pages.shift();
            if (page !== undefined) {
                yield page;
                continue;
            }
            if (this.finished)
                break;
            await new Promise((resolve) => (this.wake = resolve));
            this.wake = null;
        }
        this.onDrained();
    }
}
/** Young-generation size of a pool thread, MB (see startWorker). */
const WORKER_YOUNG_MB = 2;
/** The largest pool: beyond it, threads contend for memory bandwidth more than they add. */
const MAX_THREADS = 16;
/** The default worker script: `trace-worker.js` next to the running bundle, when it is there. */
function defaultWorkerScript() {
    // Built from a variable, so the bundler does not take the path for an asset of its own.
    const name = 'trace-worker.js';
    const url = new URL(name, import.meta.url);
    try {
        return (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)) ? url : null;
    }
    catch {
        return null;
    }
}
/** A pool of threads that read parts of trace files; see the module comment. */
class TracePool {
    /** Threads the pool runs (1 when it has no worker script). */
    threads;
    /** True when the parts run on worker threads (not on the main thread). */
    parallel;
    script;
    maxHeld;
    queue = [];
    slots;
    held = 0;
    nextId = 1;
    nextTurn = 0;
    byId = new Map();
    inlineBuffer = null;
    /** Page columns of the parts run on this thread. */
    inlineStore = new recording/* ColumnStore */.Co();
    /** Started parts whose recording is held, by recording. */
    startedParts = new Map();
    constructor(options = {}) {
        this.script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
        this.parallel = this.script !== null;
        const cores = Math.max(1, Math.min(MAX_THREADS, options.threads ?? (0,external_node_os_.availableParallelism)()));
        this.threads = this.parallel ? cores : 1;
        this.maxHeld = Math.max(1, options.maxHeldParts ?? this.threads + 1);
        this.slots = Array.from({ length: this.threads }, () => ({ worker: null, running: null }));
    }
    /**
     * A place in the order of reading, taken when a file is asked for (in the order the files are
     * replayed): its parts are queued by it, so the parts of a file whose opening took longer do not
     * queue behind those of files listed after it.
     */
    turn() {
        return this.nextTurn++;
    }
    /**
     * Queues a part after the queued parts of its turn and of earlier ones (default: a turn of its
     * own, after every queued part); its recording fills as the part is read. `first`: the main
     * thread is about to wait for it, see {@link want}. A part is also wanted once its pages are
     * asked for.
     */
    submit(task, first = false, turn = this.turn()) {
        const recording = new PartRecording();
        const part = { task, recording, started: false, cancelled: false, turn, wanted: false };
        part.recording.onDrained = () => this.release(part);
        part.recording.onWanted = () => this.want(part);
        const later = this.queue.findIndex((p) => !p.wanted && p.turn > turn);
        if (later < 0)
            this.queue.push(part);
        else
            this.queue.splice(later, 0, part);
        if (first)
            this.want(part);
        else
            this.pump();
        return part.recording;
    }
    /**
     * The main thread waits for this part: not started yet, it goes before every queued part and
     * starts on the next free thread even past the limit of held parts. The limit is for reading
     * ahead; the parts held are later ones (later parts, files listed later, whose reading may have
     * started first), replayed only after this one, so they cannot be drained to make room for it.
     */
    want(part) {
        const i = this.queue.indexOf(part);
        if (i < 0)
            return;
        part.wanted = true;
        this.queue.splice(i, 1);
        this.queue.unshift(part);
        this.pump();
    }
    /** Drops a part: not started, it never will be; started, its recording is let go once it ends. */
    cancel(recording) {
        const i = this.queue.findIndex((p) => p.recording === recording);
        if (i >= 0) {
            this.queue.splice(i, 1);
            recording.finish({ bytes: 0 });
            return;
        }
        const part = this.startedParts.get(recording);
        if (part === undefined)
            return;
        part.cancelled = true;
        if (!this.slots.some((s) => s.running === part))
            this.release(part);
    }
    /** A started part whose recording is no longer held. */
    release(part) {
        if (!part.started)
            return;
        part.started = false;
        this.startedParts.delete(part.recording);
        this.held--;
        this.pump();
    }
    /** Starts queued parts on free threads: in order while under the limit of held parts, wanted ones always. */
    pump() {
        for (const slot of this.slots) {
            if (this.queue.length === 0)
                return;
            if (slot.running !== null)
                continue;
            // Wanted parts are at the front of the queue.
            if (this.held >= this.maxHeld && !this.queue[0].wanted)
                return;
            const part = this.queue.shift();
            part.started = true;
            this.startedParts.set(part.recording, part);
            this.held++;
            slot.running = part;
            if (this.script === null)
                this.runInline(slot, part);
            else
                this.runOnWorker(slot, part);
        }
    }
    done(slot, part, outcome) {
        slot.running = null;
        slot.worker?.unref();
        part.recording.finish(outcome);
        // A cancelled part is not read by anyone: let its recording go now.
        if (part.cancelled)
            this.release(part);
        this.pump();
    }
    runInline(slot, part) {
        this.inlineBuffer ??= new Uint8Array(TRACE_BLOCK_BYTES);
        part.recording.recycle = (page) => {
            if (page.columns)
                this.inlineStore.give(page.columns);
        };
        runPartTask(part.task, this.inlineBuffer, (page) => part.recording.push(page), this.inlineStore).then((outcome) => this.done(slot, part, outcome), (err) => this.done(slot, part, { bytes: 0, error: { message: String(err) } }));
    }
    runOnWorker(slot, part) {
        const worker = (slot.worker ??= this.startWorker(slot));
        // The columns go back to the thread that recorded them (if it is gone, they are let go).
        part.recording.recycle = (page) => {
            if (page.columns && slot.worker === worker)
                worker.postMessage({ recycle: page.columns }, (0,recording/* columnTransfers */.FK)(page.columns));
        };
        const id = this.nextId++;
        this.byId.set(id, part);
        // Held while it works, so the process waits for it; let go when idle, so it never keeps the
        // process alive.
        worker.ref();
        worker.postMessage({ id, task: part.task });
    }
    startWorker(slot) {
        // A small young generation: a thread's garbage is short-lived page copies, and a large
        // nursery per thread would be most of the memory the pool adds.
        const worker = new external_node_worker_threads_.Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
        worker.on('message', (m) => {
            const part = this.byId.get(m.id);
            if (part === undefined)
                return;
            if (m.page !== undefined) {
                if (!part.cancelled)
                    part.recording.push(m.page);
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
                for (const [id, p] of this.byId)
                    if (p === part)
                        this.byId.delete(id);
                this.done(slot, part, { bytes: 0, error: { message: `a reader thread failed: ${err.message}` } });
            }
        });
        worker.unref();
        return worker;
    }
    /** Stops the threads (tests; a process that ends does not need it). */
    async close() {
        await Promise.all(this.slots.map((s) => s.worker?.terminate()));
        for (const s of this.slots)
            s.worker = null;
    }
}
let shared;
/**
 * The environment variable that sets the process pool's threads: `0` reads every file on the main
 * thread (the single-threaded path, for comparisons such as `npm run bench -- --compare-env`), a
 * whole number from 1 to 16 sets the threads. Unset, or anything else: the default (see
 * {@link traceThreads}).
 */
const TRACE_THREADS_ENV = 'CARBON_GATE_TRACE_THREADS';
/**
 * The threads {@link TRACE_THREADS_ENV} asks for: 0 (no pool), 1 to 16, or undefined (the
 * default). An operator's setting, not a pull request's: a malformed value means the default.
 */
function traceThreadsFromEnv(env = process.env) {
    const text = env[TRACE_THREADS_ENV]?.trim() ?? '';
    if (!/^\d{1,2}$/.test(text))
        return undefined;
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
function traceThreads(env = process.env, cores = (0,external_node_os_.availableParallelism)()) {
    const asked = traceThreadsFromEnv(env);
    if (asked !== undefined)
        return asked;
    return cores >= MIN_POOL_CORES ? Math.min(MAX_THREADS, cores) : 0;
}
/** The process's pool, made on first use (its threads from {@link traceThreads}, at least one). */
function sharedTracePool() {
    return (shared ??= new TracePool({ threads: Math.max(1, traceThreads()) }));
}

;// CONCATENATED MODULE: ./src/io/trace-offload.ts
/**
 * Plans how a trace file is read on the pool (./trace-pool.ts): whether at all (a plain file large
 * enough to gain from it, in a format it knows), and where an nvidia-smi CSV log is cut: at the
 * first line start at or after each cut offset, so that no line is ever split.
 */






const MiB = 1024 * 1024;
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
async function offloadFile(fd, file, request, options = {}, turn) {
    const pool = offloadPool(options);
    const fileTurn = turn ?? pool.turn();
    let planned;
    try {
        planned = plan(fd, file, request, options, pool);
    }
    catch {
        planned = undefined;
    }
    if (planned === undefined) {
        closeQuietly(fd);
        return undefined;
    }
    const { cuts, format, head, size } = planned;
    const base = {
        file,
        format,
        ...(request.timezone !== undefined ? { timezone: request.timezone } : {}),
        ...(request.columns !== undefined ? { columns: request.columns } : {})
    };
    const seed = cuts.length > 0 ? await (0,traces_parts/* assumedSeed */.kb)(head, base) : undefined;
    const recordings = [];
    const bounds = [0, ...cuts, Infinity];
    const part = (k, job, urgent) => {
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
            for (const r of recordings)
                pool.cancel(r);
            void Promise.all(recordings.map((r) => r.outcome)).then(() => closeQuietly(fd));
        }
    };
}
/** The pool files are read on with these options. */
function offloadPool(options = {}) {
    return options.pool ?? sharedTracePool();
}
/** Whether and where to cut the file; undefined: read it on the main thread. */
function plan(fd, file, request, options, pool) {
    // Without threads the pool only helps tests that ask for it.
    if (!pool.parallel && options.pool === undefined)
        return undefined;
    const size = fileSize(fd);
    if (size < (options.minBytes ?? DEFAULT_MIN_BYTES))
        return undefined;
    const head = new Uint8Array(stream/* HEAD_BYTES */.Lq);
    const headLength = (0,external_node_fs_.readSync)(fd, head, 0, stream/* HEAD_BYTES */.Lq, 0);
    const first = head.subarray(0, headLength);
    if ((0,stream/* isGzip */.bf)(first))
        return undefined;
    const text = (0,stream/* headText */.WI)(first);
    if (text.trim() === '')
        return undefined;
    const format = request.format ?? (0,formats/* detectFormat */.Tz)(text, file)?.id;
    if (format === undefined)
        return undefined;
    if (format !== traces_parts/* SPLIT_FORMAT */.N1)
        return size <= MAX_WHOLE_BYTES ? { cuts: [], format, head: first, size } : undefined;
    const partBytes = options.partBytes ?? Math.max(MIN_PART_BYTES, Math.min(MAX_PART_BYTES, Math.ceil(size / pool.threads)));
    const wanted = options.cuts ?? Array.from({ length: Math.ceil(size / partBytes) - 1 }, (_, k) => (k + 1) * partBytes);
    const cuts = [];
    for (const offset of [...wanted].sort((a, b) => a - b)) {
        const at = lineStartFrom(fd, Math.max(1, offset), size);
        if (at < size && at > (cuts[cuts.length - 1] ?? 0))
            cuts.push(at);
    }
    return { cuts, format, head: first, size };
}
/** The first line start at or after `offset` (> 0): just past the first LF at or after offset - 1. */
function lineStartFrom(fd, offset, size) {
    const window = new Uint8Array(SEEK_BYTES);
    for (let at = offset - 1; at < size; at += SEEK_BYTES) {
        const n = (0,external_node_fs_.readSync)(fd, window, 0, SEEK_BYTES, at);
        if (n === 0)
            break;
        const lf = window.subarray(0, n).indexOf(10);
        if (lf >= 0)
            return at + lf + 1;
    }
    return size;
}

// EXTERNAL MODULE: ./src/io/walk.ts
var walk = __webpack_require__(5923);
;// CONCATENATED MODULE: ./src/io/trace-reader.ts
/**
 * The `TraceReader` through which the core streams power logs without touching the file system:
 * a manifest's trace globs expanded relative to its folder, confined to a root folder (through
 * `..`, absolute paths and symbolic links alike), and each file streamed in chunks, never read
 * whole. Listing reports problems as diagnostics; a stream can only signal a failure by throwing,
 * so it throws the core's `TraceAccessError` carrying its diagnostic, which the core reports as is.
 */











/**
 * A TraceReader confined to `rootDir`: a manifest's trace globs are expanded relative to the
 * manifest's folder, and nothing outside `rootDir` is listed or opened — not through `..`, not
 * through an absolute path, not through a symbolic link (checked on the real path; a link out of
 * the root is not even listed, see ./walk.ts). Files are read in {@link TRACE_BLOCK_BYTES} blocks
 * into one reused buffer (each chunk `open` yields is valid until the next is asked for); nothing
 * is read whole.
 *
 * Nothing inside a `.git` folder is listed or opened (as written, after `..`, or on the real path).
 *
 * `list` diagnostics: `io/outside-root` (a pattern or a matched file that leaves the root),
 * `io/outside-link` (warning: a folder link out of the root was not searched), `io/crawl-limit`
 * (the crawl budget ran out), `io/git-folder` (a pattern or a match inside `.git`),
 * `io/duplicate-trace` (notice: two matches are one file through a symbolic link).
 * `open` throws a {@link TraceAccessError} (`io/not-found`, `io/unreadable`, `io/not-a-file`,
 * `io/outside-root`, `io/git-folder`).
 */
function createTraceReader(rootDir, options = {}) {
    const root = external_node_path_default().resolve(rootDir);
    const baseDir = external_node_path_default().resolve(options.baseDir ?? root);
    let realRootPromise;
    const realRoot = () => (realRootPromise ??= (0,promises_.realpath)(root).catch(() => root));
    const name = (abs) => (0,paths/* displayPath */.Gt)(abs, baseDir);
    const crawl = options.crawl ?? (0,walk/* createCrawlBudget */.Fc)();
    return {
        async list(manifestFile, pattern) {
            const diagnostics = [];
            const refuse = (message) => ({
                files: [],
                diagnostics: [(0,core_diagnostics/* diagnostic */.YK)('error', 'io/outside-root', message, { file: manifestFile })]
            });
            const manifestDir = external_node_path_default().dirname(external_node_path_default().resolve(baseDir, manifestFile));
            const split = splitPattern(pattern);
            if (split.dynamicHasParent) {
                return refuse(`The trace pattern "${pattern}" has ".." after a wildcard, which could reach outside "${name(root)}"; put ".." only before the first wildcard.`);
            }
            const prefixAbs = external_node_path_default().resolve(manifestDir, split.staticPrefix);
            if ((0,paths/* isInGitFolder */.e9)(prefixAbs)) {
                const [code, message] = (0,read/* gitFolderProblem */.sW)(`trace pattern "${pattern}"`);
                return { files: [], diagnostics: [(0,core_diagnostics/* diagnostic */.YK)('error', code, message, { file: manifestFile })] };
            }
            if (!(0,paths/* isInside */.FK)(root, prefixAbs)) {
                return refuse(`The trace pattern "${pattern}" points outside "${name(root) === '.' ? 'the repository' : name(root)}" (to ${name(prefixAbs)}); traces must lie inside it.`);
            }
            const realRootDir = await realRoot();
            let candidates;
            if (split.dynamic === '') {
                const info = await (0,promises_.stat)(prefixAbs).catch(() => undefined);
                candidates = info?.isFile() ? [prefixAbs] : [];
            }
            else {
                const info = await (0,promises_.stat)(prefixAbs).catch(() => undefined);
                if (!info?.isDirectory())
                    return { files: [], diagnostics };
                const realPrefix = await (0,promises_.realpath)(prefixAbs).catch(() => prefixAbs);
                if (!(0,paths/* isInside */.FK)(realRootDir, realPrefix)) {
                    return refuse(`The trace pattern "${pattern}" starts in a folder that is a symbolic link to a place outside "${name(root)}"; traces must lie inside it.`);
                }
                // Links inside the root are followed (a link to a log is read); every match's real path is
                // checked again below, and aliases of one file are read once.
                const walked = await (0,walk/* walkGlob */.uF)(prefixAbs, split.dynamic, realRootDir, crawl);
                for (const d of walkDiagnostics(walked, { pattern, manifestFile, root: name(root), name, crawl }))
                    diagnostics.push(d);
                candidates = walked.files;
            }
            const files = [];
            const seen = new Map();
            for (const abs of candidates) {
                const real = await (0,promises_.realpath)(abs).catch(() => abs);
                const first = seen.get(real);
                if ((0,paths/* isInGitFolder */.e9)(abs) || (0,paths/* isInGitFolder */.e9)(real)) {
                    const [code, message] = (0,read/* gitFolderProblem */.sW)(`trace file "${name(abs)}" (matched by "${pattern}")`);
                    diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', code, message, { file: manifestFile }));
                }
                else if (first !== undefined) {
                    diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'io/duplicate-trace', `The trace file "${name(abs)}" is the same file as "${first}" (through a symbolic link); it is read once.`, { file: manifestFile }));
                }
                else if ((0,paths/* isInside */.FK)(realRootDir, real)) {
                    seen.set(real, name(abs));
                    files.push(name(abs));
                }
                else {
                    diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'io/outside-root', `The trace file "${name(abs)}" (matched by "${pattern}") is a symbolic link to a place outside "${name(root)}"; it was not read.`, { file: manifestFile }));
                }
            }
            return { files, diagnostics };
        },
        open(file) {
            return streamFile(file, external_node_path_default().resolve(baseDir, file), root, realRoot);
        },
        async offload(file, request) {
            // CARBON_GATE_TRACE_THREADS=0: the single-threaded path, whatever the caller asked; the
            // process's pool also has no threads by default on a machine of one or two cores.
            if (options.offload === false || traceThreadsFromEnv() === 0)
                return undefined;
            if (options.offload?.pool === undefined && traceThreads() === 0)
                return undefined;
            // Taken before the first wait: files are asked for in the order they are replayed, and
            // their parts queue in it however long each takes to open.
            const turn = offloadPool(options.offload).turn();
            let fd;
            try {
                fd = await openChecked(file, external_node_path_default().resolve(baseDir, file), root, realRoot);
            }
            catch {
                // Read on the main thread, which reports the problem.
                return undefined;
            }
            return offloadFile(fd, file, request, options.offload, turn);
        }
    };
}
/** Links named in one diagnostic before the rest are counted. */
const MAX_LINKS_NAMED = 5;
/** What a walk's refusals and its budget mean for the user, named by paths inside the root. */
function walkDiagnostics(walked, c) {
    const out = [];
    const at = { file: c.manifestFile };
    const where = `"${c.root}"`;
    for (const link of walked.outsideLinks.filter((l) => l.kind === 'file')) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'io/outside-root', `The trace file "${c.name(link.path)}" (matched by "${c.pattern}") is a symbolic link to a place outside ${where}; it was not read.`, at));
    }
    const folders = walked.outsideLinks.filter((l) => l.kind === 'folder').map((l) => `"${c.name(l.path)}"`);
    if (folders.length > 0) {
        const named = folders.slice(0, MAX_LINKS_NAMED).join(', ');
        const more = folders.length > MAX_LINKS_NAMED ? ` and ${folders.length - MAX_LINKS_NAMED} more` : '';
        out.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'io/outside-link', `The trace pattern "${c.pattern}" passes symbolic links to folders outside ${where} (${named}${more}); they were not searched: links are followed only inside it.`, at));
    }
    if (walked.truncated) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'io/crawl-limit', `The trace pattern "${c.pattern}" was not searched to the end: the trace search of this check has read ${c.crawl.maxEntries.toLocaleString('en-US')} files and folders, its limit, so matches may be missing and the measurement is not used. Name the logs' folder more narrowly, or raise the limit with \`crawl: ${(c.crawl.maxEntries * 2).toLocaleString('en-US').replaceAll(',', '_')}\` in --trace-limits / the \`trace-limits\` input.`, at));
    }
    return out;
}
/**
 * Opens a trace file for reading after the confinement checks: inside the root as written and on
 * its real path, not in `.git`, a regular file, and not through a link swapped in since the check.
 * Throws a {@link TraceAccessError}; returns the open descriptor.
 */
async function openChecked(file, abs, root, realRoot) {
    const outsideRoot = () => new access/* TraceAccessError */.g('io/outside-root', 'The trace file lies outside the folder traces are read from (through "..", an absolute path or a symbolic link); it was not read.', file);
    // Checked before touching the file, so nothing is learnt about paths outside the root.
    if (!(0,paths/* isInside */.FK)(root, abs))
        throw outsideRoot();
    if ((0,paths/* isInGitFolder */.e9)(abs))
        throw new access/* TraceAccessError */.g(...(0,read/* gitFolderProblem */.sW)('trace file'), file);
    let real;
    try {
        real = await (0,promises_.realpath)(abs);
    }
    catch (err) {
        throw new access/* TraceAccessError */.g(...(0,read/* describeFsError */.TQ)(err, 'trace file'), file);
    }
    if (!(0,paths/* isInside */.FK)(await realRoot(), real))
        throw outsideRoot();
    if ((0,paths/* isInGitFolder */.e9)(real))
        throw new access/* TraceAccessError */.g(...(0,read/* gitFolderProblem */.sW)('trace file'), file);
    // Checked before opening too: opening a FIFO would wait for a writer.
    const info = await (0,promises_.stat)(real).catch(() => undefined);
    if (info && !info.isFile()) {
        throw new access/* TraceAccessError */.g('io/not-a-file', 'Expected the trace file to be a regular file.', file);
    }
    let fd;
    try {
        // Not following a link in the last component: one swapped in after the check is refused.
        fd = openNoFollow(real);
    }
    catch (err) {
        throw new access/* TraceAccessError */.g(...(0,read/* describeFsError */.TQ)(err, 'trace file'), file);
    }
    if (!isRegularFile(fd)) {
        closeQuietly(fd);
        throw new access/* TraceAccessError */.g('io/not-a-file', 'Expected the trace file to be a regular file.', file);
    }
    return fd;
}
async function* streamFile(file, abs, root, realRoot) {
    const fd = await openChecked(file, abs, root, realRoot);
    // One buffer per open file, reused for every block: memory stays flat whatever the size. Files
    // read one after another share it (a fresh 4 MiB each would wait for a full GC to be freed).
    const buffer = SPARE_BLOCK_BUFFERS.pop() ?? new Uint8Array(TRACE_BLOCK_BYTES);
    try {
        const blocks = readBlocks(fd, buffer);
        for (;;) {
            let r;
            try {
                r = blocks.next();
            }
            catch (err) {
                throw new access/* TraceAccessError */.g(...(0,read/* describeFsError */.TQ)(err, 'trace file'), file);
            }
            if (r.done)
                return;
            yield r.value;
        }
    }
    finally {
        closeQuietly(fd);
        // Its blocks are no longer valid (the parsers copy what they keep), so the buffer is free.
        if (SPARE_BLOCK_BUFFERS.length < MAX_SPARE_BLOCK_BUFFERS)
            SPARE_BLOCK_BUFFERS.push(buffer);
    }
}
/** Block buffers of files that were read to the end or closed, for the next file to read into. */
const SPARE_BLOCK_BUFFERS = [];
/** Spare buffers kept at most: files are read one at a time, so one is the usual need. */
const MAX_SPARE_BLOCK_BUFFERS = 2;
/**
 * Splits a glob into the literal folder it starts from and the wildcard part, so the start can be
 * checked against the root before anything is crawled. `..` is allowed in the literal part (it is
 * resolved and checked) but not after a wildcard, where `**` could climb arbitrarily.
 */
function splitPattern(pattern) {
    const segments = pattern.split('/');
    const isAbsolute = pattern.startsWith('/');
    let i = 0;
    while (i < segments.length && !(0,dist/* isDynamicPattern */.ey)(segments[i]))
        i++;
    if (i === segments.length) {
        return { staticPrefix: pattern, dynamic: '', dynamicHasParent: false };
    }
    const prefix = segments.slice(0, i).join('/');
    const dynamicSegments = segments.slice(i);
    return {
        staticPrefix: prefix === '' ? (isAbsolute ? '/' : '.') : prefix,
        dynamic: dynamicSegments.join('/'),
        dynamicHasParent: dynamicSegments.includes('..')
    };
}


/***/ })

};
