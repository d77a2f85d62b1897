import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/core/traces/recording.ts
/** Samples a page's columns hold: pages of about 2 MB keep the messages few and the memory held small. */
const PAGE_SAMPLES = 65536;
/**
 * Where a recording sink takes its page columns from, and where a replayed page's columns go back
 * to: reused, so that reading a file of any size allocates a few pages' worth and no more (each
 * thread has its own; the main thread hands the columns back after replaying them).
 */
class ColumnStore {
    free = [];
    /** Columns for a page of at least `samples` samples: a returned one where it fits, else new ones. */
    take(samples) {
        if (samples <= PAGE_SAMPLES) {
            const reused = this.free.pop();
            if (reused !== undefined)
                return reused;
        }
        const n = Math.max(samples, PAGE_SAMPLES);
        return {
            slots: new Int32Array(n),
            times: new Float64Array(n),
            powers: new Float64Array(n),
            lines: new Float64Array(n)
        };
    }
    /** Columns back for reuse (a few are kept; more would only hold memory). */
    give(columns) {
        if (columns.slots.length === PAGE_SAMPLES && this.free.length < 4)
            this.free.push(columns);
    }
}
/** The array buffers of a page's columns, to transfer (not copy) them to another thread. */
function columnTransfers(columns) {
    if (columns === undefined)
        return [];
    // Plain typed arrays made by ColumnStore: never shared memory.
    return [columns.slots.buffer, columns.times.buffer, columns.powers.buffer, columns.lines.buffer];
}
/**
 * A SampleSink that records. `onPage` receives each full page, and the last one from `end()`.
 * Batches are copied out of the parser's arrays (which it reuses) into the page's columns.
 */
class RecordingSink {
    onPage;
    store;
    events = [];
    columns;
    samples = 0;
    lastNames = null;
    lastNamesLength = -1;
    constructor(onPage, store = new ColumnStore()) {
        this.onPage = onPage;
        this.store = store;
    }
    /** @inheritdoc */
    power(device, timeMs, powerW, line, component) {
        this.push({ k: 'power', device, timeMs, powerW, line, ...(component ? { component } : {}) });
    }
    /** @inheritdoc */
    powerBatch(devices, slots, timesMs, powersW, lines, count) {
        if (this.columns !== undefined && this.samples + count > this.columns.slots.length)
            this.cut();
        const columns = (this.columns ??= this.store.take(count));
        const at = this.samples;
        columns.slots.set(slots.subarray(0, count), at);
        columns.times.set(timesMs.subarray(0, count), at);
        columns.powers.set(powersW.subarray(0, count), at);
        columns.lines.set(lines.subarray(0, count), at);
        this.samples += count;
        const changed = devices !== this.lastNames || devices.length !== this.lastNamesLength;
        this.lastNames = devices;
        this.lastNamesLength = devices.length;
        this.events.push({ k: 'batch', ...(changed ? { names: [...devices] } : {}), at, count });
    }
    /** @inheritdoc */
    counter(device, timeMs, energyJ, line, wrapJ, component) {
        this.push({
            k: 'counter',
            device,
            timeMs,
            energyJ,
            line,
            ...(wrapJ !== undefined ? { wrapJ } : {}),
            ...(component ? { component } : {})
        });
    }
    /** @inheritdoc */
    interval(device, startMs, endMs, energyKWh, line, component) {
        this.push({ k: 'interval', device, startMs, endMs, energyKWh, line, ...(component ? { component } : {}) });
    }
    /** @inheritdoc */
    drop(reason, line, detail) {
        this.push({ k: 'drop', reason, line, ...(detail !== undefined ? { detail } : {}) });
    }
    /** @inheritdoc */
    report(d) {
        this.push({ k: 'report', diagnostic: d });
    }
    /** @inheritdoc */
    note(text) {
        this.push({ k: 'note', text });
    }
    /** @inheritdoc */
    untimed(device, reason) {
        this.push({ k: 'untimed', device, reason });
    }
    /** @inheritdoc */
    pueIncluded(included, pues) {
        this.push({ k: 'pue', included, ...(pues ? { pues: [...pues] } : {}) });
    }
    /** Hands over what is left as the last page (possibly empty). */
    end() {
        this.cut();
    }
    push(e) {
        this.events.push(e);
        // Pages of other calls (formats that call `power` per sample) are cut by count too.
        if (this.events.length >= PAGE_SAMPLES)
            this.cut();
    }
    cut() {
        const page = { events: this.events, ...(this.columns ? { columns: this.columns } : {}) };
        this.events = [];
        this.columns = undefined;
        this.samples = 0;
        // A new page repeats the device names: pages are replayed on their own.
        this.lastNames = null;
        this.onPage(page);
    }
}
/** A fresh replay state, one per recorded part. */
function recording_replayState() {
    return { names: [] };
}
/**
 * Calls `sink` as the recorded parser called its sink, with every line moved by `lineOffset`
 * (the lines of the file before the recorded part). The batches' line arrays are moved in place.
 */
function recording_replayPage(page, sink, lineOffset, state) {
    const at = (line) => (line > 0 ? line + lineOffset : line);
    const c = page.columns;
    for (const e of page.events) {
        switch (e.k) {
            case 'batch': {
                if (e.names)
                    state.names = e.names;
                const end = e.at + e.count;
                const slots = c.slots.subarray(e.at, end);
                const times = c.times.subarray(e.at, end);
                const powers = c.powers.subarray(e.at, end);
                const lines = c.lines.subarray(e.at, end);
                if (lineOffset !== 0)
                    for (let i = 0; i < lines.length; i++)
                        if (lines[i] > 0)
                            lines[i] += lineOffset;
                if (sink.powerBatch)
                    sink.powerBatch(state.names, slots, times, powers, lines, e.count);
                else
                    for (let i = 0; i < e.count; i++)
                        sink.power(state.names[slots[i]], times[i], powers[i], lines[i]);
                break;
            }
            case 'power':
                sink.power(e.device, e.timeMs, e.powerW, at(e.line), e.component);
                break;
            case 'counter':
                sink.counter(e.device, e.timeMs, e.energyJ, at(e.line), e.wrapJ, e.component);
                break;
            case 'interval':
                sink.interval(e.device, e.startMs, e.endMs, e.energyKWh, at(e.line), e.component);
                break;
            case 'drop':
                sink.drop(e.reason, at(e.line), e.detail);
                break;
            case 'report': {
                const d = e.diagnostic;
                const moved = { ...d };
                if (d.line !== undefined)
                    moved.line = at(d.line);
                if (d.endLine !== undefined)
                    moved.endLine = at(d.endLine);
                sink.report(moved);
                break;
            }
            case 'note':
                sink.note?.(e.text);
                break;
            case 'untimed':
                sink.untimed?.(e.device, e.reason);
                break;
            case 'pue':
                sink.pueIncluded?.(e.included, e.pues);
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/diagnostics.ts
/**
 * Builds a diagnostic at a position (or with no position, for whole-run problems). Only a
 * registered code is accepted, so an undocumented code does not compile.
 */
function diagnostics_diagnostic(severity, code, message, at) {
    const d = { severity, code, message };
    if (at?.file !== undefined)
        d.file = at.file;
    if (at?.line !== undefined)
        d.line = at.line;
    if (at?.column !== undefined)
        d.column = at.column;
    // An end means nothing without its start: a span is kept only where the start is.
    if (d.line !== undefined && at?.endLine !== undefined)
        d.endLine = at.endLine;
    if (d.column !== undefined && d.endLine !== undefined && at?.endColumn !== undefined)
        d.endColumn = at.endColumn;
    return d;
}
/** True when any diagnostic is an error, i.e. the input is invalid. */
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/**
 * Orders diagnostics by file, line, column, then severity and code, so output is stable across
 * runs (the sort is stable: ties keep the order they were found in). The end of a span does not
 * take part: two findings at one place read in the order of their severity.
 */
function sortDiagnostics(diagnostics) {
    const rank = { error: 0, warning: 1, notice: 2 };
    return [...diagnostics].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        rank[a.severity] - rank[b.severity] ||
        a.code.localeCompare(b.code));
}
/**
 * Formats a diagnostic as `file:line:col: severity code: message`, the compiler convention
 * editors understand; the end of a span is left out, as compilers do.
 */
function formatDiagnostic(d) {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}: ` : '';
    return `${where}${d.severity} ${d.code}: ${d.message}`;
}

;// CONCATENATED MODULE: ./src/core/traces/access.ts
/**
 * The error a `TraceReader` throws when a file cannot be opened or read. A byte stream can signal
 * a failure only by throwing, so the reader's own diagnostic (`io/not-found`, `io/outside-root`,
 * ...) travels on the error, and `measureTraces` reports it as it is instead of a generic
 * `traces/read-failed`. It is defined here, in the core, so the adapters' readers can throw it
 * without the core knowing about them.
 */

/** A trace file could not be opened or read; its message is the diagnostic's (one line). */
class access_TraceAccessError extends Error {
    /** The problem, an error naming the file. */
    diagnostic;
    /**
     * @param code The diagnostic code, e.g. `io/not-found`.
     * @param message One sentence saying what is wrong, for the user.
     * @param file The file as the reader was asked to open it (the name the report shows).
     */
    constructor(code, message, file) {
        super(message);
        this.name = 'TraceAccessError';
        // Always an error: a file that cannot be read leaves the run's measurement incomplete.
        this.diagnostic = diagnostics_diagnostic('error', code, message, { file });
    }
}

;// CONCATENATED MODULE: ./src/core/excerpt.ts
/**
 * Short excerpts of what a file holds, for messages. Whatever a diagnostic quotes from a file (a
 * cell, a header, a line that could not be parsed, a key) goes through {@link excerpt}, so that no
 * message carries more than a few dozen characters of any line: the file may not be what it
 * claims to be (a manifest that is really `.git/config`, whose `AUTHORIZATION: basic ...` header
 * holds a token), and messages travel to PR comments, job summaries and annotations.
 * Messages written by a library that may quote the input (the YAML parser's, `JSON.parse`'s) go
 * through {@link excerptMessage}.
 */
/** Most characters of file content one quote in a message shows; longer text is cut with `…`. */
const EXCERPT_MAX_CHARS = 40;
/** Most characters of a library's message kept (its own words are short; the rest was input). */
const MESSAGE_MAX_CHARS = 3 * EXCERPT_MAX_CHARS;
/** Most items {@link excerptList} names; the rest are counted. */
const LIST_MAX_ITEMS = 10;
const ELLIPSIS = '…';
/** A run of characters without white space too long to quote whole (a token, a base64 blob). */
const LONG_RUN = new RegExp(`\\S{${EXCERPT_MAX_CHARS + 1},}`, 'g');
/** The text up to its first line break (any of CR, LF, and the Unicode line and paragraph separators). */
function firstLine(text) {
    const end = text.search(/[\r\n\u2028\u2029]/);
    return end === -1 ? text : text.slice(0, end);
}
/**
 * The start of `text` as a message may quote it: its first line only, at most `maxChars`
 * characters (whole code points, so no surrogate pair is split), with `…` where anything was left
 * out (a longer line, or further lines).
 */
function excerpt(text, maxChars = EXCERPT_MAX_CHARS) {
    const line = firstLine(text);
    const cutAtLine = line.length < text.length && text.slice(line.length).trim() !== '';
    // A quick check first: most quoted values are short, and Array.from is not free.
    if (line.length <= maxChars && !cutAtLine)
        return line;
    const chars = Array.from(line);
    if (chars.length <= maxChars)
        return cutAtLine ? `${line}${ELLIPSIS}` : line;
    return `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}${ELLIPSIS}`;
}
/**
 * Names from a file (a header's columns) as a quoted list: each name an {@link excerpt}, at most
 * ten of them, then how many more there are: `"a", "b" and 30 more`.
 */
function excerptList(items, maxItems = LIST_MAX_ITEMS) {
    const shown = items.slice(0, maxItems).map((item) => `"${excerpt(item)}"`);
    const more = items.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
/**
 * A library's error message that may quote the input it failed on (the YAML parser quotes the
 * offending token whole, V8's `JSON.parse` a window around it), made safe to show: its first line,
 * every double-quoted part and every long unbroken run cut to an {@link excerpt}, and the whole
 * cut to a few excerpts' length.
 */
function excerptMessage(message) {
    const quotesCut = firstLine(message).replace(/"([^"]*)"/g, (_m, inner) => `"${excerpt(inner)}"`);
    const runsCut = quotesCut.replace(LONG_RUN, (run) => excerpt(run));
    return excerpt(runsCut, MESSAGE_MAX_CHARS);
}

;// CONCATENATED MODULE: ./src/core/suggest.ts
/**
 * "Did you mean" suggestions for names (GPU models, locations, manifest keys): the closest valid
 * names by a case- and punctuation-insensitive edit distance.
 */

/** Lower-cases and strips everything but letters and digits, so "A100-SXM4" ~ "a100 sxm4". */
function normalizeName(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
/** Levenshtein distance between two strings (insert, delete, substitute each cost 1). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const curr = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = curr;
    }
    return prev[b.length];
}
/**
 * Longest name (letters and digits) that gets suggestions. Real names (GPU models, keys, zones)
 * are far shorter; a longer one is not a typo of any of them, and bounding it keeps the edit
 * distances cheap whatever a hostile file names.
 */
const MAX_SUGGESTED_NAME_LENGTH = 64;
/**
 * Returns up to `limit` candidates closest to `input`, best first. A candidate that contains the
 * input (or is contained by it) after normalisation ranks ahead of mere edit-distance neighbours;
 * candidates further than half the input's length away are left out. An input longer than
 * {@link MAX_SUGGESTED_NAME_LENGTH} gets none. The work is linear in the candidates' length: the
 * edit distance, which is at least the difference in length, is computed only where that
 * difference is within the cut-off.
 */
function closestNames(input, candidates, limit = 3) {
    const needle = normalizeName(input);
    if (needle.length > MAX_SUGGESTED_NAME_LENGTH)
        return [];
    const cutoff = Math.max(2, Math.ceil(needle.length / 2));
    const scored = [];
    for (const name of candidates) {
        const hay = normalizeName(name);
        if (!hay)
            continue;
        const lengthDiff = Math.abs(hay.length - needle.length);
        let score;
        // Containment scores a tenth of the length difference, never more than the edit distance.
        if (needle && (hay.includes(needle) || needle.includes(hay)))
            score = lengthDiff * 0.1;
        else if (lengthDiff > cutoff)
            continue;
        else
            score = editDistance(needle, hay);
        if (score <= cutoff)
            scored.push({ name, score });
    }
    scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
    const seen = new Set();
    const out = [];
    for (const s of scored) {
        if (seen.has(s.name))
            continue;
        seen.add(s.name);
        out.push(s.name);
        if (out.length >= limit)
            break;
    }
    return out;
}
/**
 * Formats suggestions as a sentence tail: ` Did you mean "a", "b" or "c"?` (empty when none).
 * A suggestion may come from a file (a log's header), so each is quoted as a short excerpt.
 */
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    const quoted = suggestions.map((s) => `"${excerpt(s)}"`);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` Did you mean ${list}?`;
}

;// CONCATENATED MODULE: ./src/core/traces/fields.ts
/**
 * Which column (CSV header or JSON key) of a generic log holds the time, the power, the energy
 * and the device, and in which unit. Names are matched case-insensitively with their unit taken
 * from brackets (`power [W]`, `energy (kWh)`) or a suffix (`power_mw`, `energy_kwh`,
 * `timestamp_ms`); a `columns` map in the manifest overrides the guess.
 */


/** Our names for the roles a column can play; the keys of a `columns` map. */
const ROLES = ['timestamp', 'power', 'energy', 'device'];
/** Multipliers to W. */
const POWER_UNITS = {
    w: 1,
    watt: 1,
    watts: 1,
    mw: 1e-3,
    milliwatts: 1e-3,
    kw: 1e3,
    kilowatts: 1e3,
    uw: 1e-6,
    µw: 1e-6
};
/** Multipliers to J. */
const ENERGY_UNITS = {
    j: 1,
    joule: 1,
    joules: 1,
    mj: 1e-3,
    millijoules: 1e-3,
    uj: 1e-6,
    µj: 1e-6,
    microjoules: 1e-6,
    kj: 1e3,
    wh: 3600,
    kwh: 3.6e6,
    mwh: 3.6e9,
    ws: 1
};
const TIME_UNITS = {
    s: 's',
    sec: 's',
    secs: 's',
    seconds: 's',
    ms: 'ms',
    millis: 'ms',
    milliseconds: 'ms',
    us: 'us',
    µs: 'us',
    micros: 'us',
    ns: 'ns',
    nanos: 'ns'
};
const TIME_NAMES = new Set([
    'timestamp',
    'time',
    'datetime',
    'date_time',
    'ts',
    'date',
    'epoch',
    'unix_time',
    'unixtime',
    'time_utc',
    'timestamp_utc',
    'utc',
    'sample_time',
    'sampled_at',
    'at',
    'elapsed',
    'elapsed_time',
    'seconds',
    't'
]);
const POWER_NAMES = new Set([
    'power',
    'watts',
    'watt',
    'power_draw',
    'powerdraw',
    'power.draw',
    'power_usage',
    'draw',
    'gpu_power',
    'total_power',
    'node_power',
    'power_consumption'
]);
const ENERGY_NAMES = new Set([
    'energy',
    'energy_consumed',
    'total_energy',
    'total_energy_consumption',
    'energy_total',
    'cumulative_energy',
    'joules',
    'energy_counter'
]);
/** Device columns, host-like first: a key joins every one present (`node-3/0`). */
const HOST_NAMES = ['host', 'hostname', 'node', 'nodename', 'node_name', 'machine', 'instance', 'server'];
const DEVICE_NAMES = [
    'device',
    'device_id',
    'gpu',
    'gpu_id',
    'gpu_index',
    'index',
    'idx',
    'uuid',
    'gpu_uuid',
    'id',
    'card',
    'channel',
    'meter',
    'domain'
];
/**
 * A unit table's entry for a name from the file, own keys only: a column called `constructor` or
 * `__proto__` is an unknown unit, not Object's.
 */
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
/**
 * The base and unit of a trimmed header that ends in a bracketed unit, `power [W]` or
 * `energy (kWh)`: what `/^(.*?)\s*[[(]\s*([^\])]+?)\s*[\])]\s*$/` captures, found by scanning instead,
 * in linear time (the regex backtracks quadratically over a header of a million brackets). The
 * unit opens at the first `[` or `(` after the last `]` or `)` before the closing one, and is
 * what it holds without surrounding blanks (a blank where it holds only blanks).
 */
function bracketedUnit(t) {
    const end = t.length - 1;
    if (end < 0 || (t[end] !== ']' && t[end] !== ')'))
        return undefined;
    let open = -1;
    for (let i = end - 1; i >= 0; i--) {
        const c = t[i];
        if (c === ']' || c === ')')
            break;
        if (c === '[' || c === '(')
            open = i;
    }
    if (open < 0 || open === end - 1)
        return undefined;
    const base = t.slice(0, open).trimEnd();
    // `.` in the regex stops at a line break, so a base that holds one did not match.
    if (/[\n\r\u2028\u2029]/.test(base))
        return undefined;
    const inner = t.slice(open + 1, end);
    const unit = inner.trim();
    return { base, unit: unit === '' ? inner[inner.length - 1] : unit };
}
/**
 * Splits `power [W]`, `energy (kWh)`, `power_mw`, `Energy.kWh` into a lower-case base name and a
 * unit. A bracketed unit keeps its case so `MJ` (mega) and `mJ` (milli) stay apart; a suffix is
 * read lower-case (`_mj` is millijoules, the snake-case convention of NVML logs).
 */
function splitNameUnit(header) {
    const trimmed = header.trim();
    const br = bracketedUnit(trimmed);
    if (br)
        return { base: br.base.toLowerCase(), unit: br.unit };
    const lower = trimmed.toLowerCase();
    // A column named only by its unit: `kWh`, `joules`.
    if (lower.length > 1 && own(ENERGY_UNITS, lower) !== undefined)
        return { base: 'energy', unit: lower };
    const sfx = /^(.*?)[_.\s-]([a-zµ]+)$/.exec(lower);
    if (sfx &&
        (own(POWER_UNITS, sfx[2]) !== undefined ||
            own(ENERGY_UNITS, sfx[2]) !== undefined ||
            own(TIME_UNITS, sfx[2]) !== undefined)) {
        return { base: sfx[1], unit: sfx[2] };
    }
    return { base: lower, unit: undefined };
}
function unitKey(unit) {
    // Case matters only for M (mega) vs m (milli) in energy and power units.
    if (/^M(W|Wh|J)$/.test(unit))
        return `mega:${unit}`;
    return unit.toLowerCase().replace(/\s+/g, '');
}
/** W per unit of a power column, or undefined when the unit is not a power unit. */
function powerFactor(unit) {
    if (unit === undefined)
        return 1;
    const k = unitKey(unit);
    if (k === 'mega:MW')
        return 1e6;
    return own(POWER_UNITS, k);
}
/** J per unit of an energy column, or undefined when the unit is not an energy unit. */
function energyFactor(unit) {
    if (unit === undefined)
        return undefined;
    const k = unitKey(unit);
    if (k === 'mega:MJ')
        return 1e6;
    if (k === 'mega:MWh')
        return 3.6e9;
    return own(ENERGY_UNITS, k);
}
/** Epoch unit of a time column's header. */
function timeUnit(unit) {
    return unit === undefined ? 'auto' : (own(TIME_UNITS, unit.toLowerCase()) ?? 'auto');
}
function isPowerName(n) {
    if (powerFactor(n.unit) === undefined)
        return false;
    if (POWER_NAMES.has(n.base))
        return true;
    // `gpu_power`, `power_avg`, but not `power_limit`, `max_power` or `power_state`.
    return n.base.includes('power') && !/limit|cap|max|min|state|mode|manage|profile|smoothing/.test(n.base);
}
function isEnergyName(n) {
    if (energyFactor(n.unit) === undefined)
        return false;
    return ENERGY_NAMES.has(n.base) || (n.base.includes('energy') && !/rate|per|limit/.test(n.base));
}
/**
 * Finds the roles in a header. With a `columns` map, its entries name the header columns for each
 * role (an unknown role or header name is a problem with the closest names suggested). Energy is
 * preferred over power when both are present, because a counter integrates in hardware.
 */
function resolveFields(headers, columns) {
    const problems = [];
    const named = headers.map(splitNameUnit);
    const lowerHeaders = headers.map((h) => h.trim().toLowerCase());
    const map = {
        timestamp: -1,
        timeUnit: 'auto',
        power: -1,
        powerToW: 1,
        energy: -1,
        energyToJ: 1,
        devices: [],
        names: {}
    };
    const explicit = {};
    if (columns) {
        for (const [role, header] of Object.entries(columns)) {
            if (!ROLES.includes(role)) {
                problems.push({
                    message: `Unknown key "${excerpt(role)}" in the trace columns map: expected ${ROLES.join(', ')}.${didYouMean(closestNames(role, ROLES))}`
                });
                continue;
            }
            const i = lowerHeaders.indexOf(header.trim().toLowerCase());
            if (i < 0) {
                problems.push({
                    message: `The trace columns map names "${excerpt(header)}" for ${role}, but the header has no such column: it has ${excerptList(headers.map((h) => h.trim()))}.${didYouMean(closestNames(header, headers.map((h) => h.trim())))}`
                });
                continue;
            }
            explicit[role] = i;
        }
    }
    const pick = (role, test) => {
        const given = explicit[role];
        if (given !== undefined)
            return given;
        return named.findIndex(test);
    };
    map.timestamp = pick('timestamp', (n) => TIME_NAMES.has(n.base) || n.base.endsWith('timestamp'));
    map.energy = pick('energy', isEnergyName);
    map.power = pick('power', isPowerName);
    if (explicit.power !== undefined && explicit.energy === undefined)
        map.energy = -1;
    else if (map.energy >= 0 && explicit.power === undefined)
        map.power = -1;
    if (explicit.device !== undefined)
        map.devices = [explicit.device];
    else {
        for (const names of [HOST_NAMES, DEVICE_NAMES]) {
            const i = named.findIndex((n, k) => names.includes(n.base) && k !== map.timestamp && k !== map.power && k !== map.energy);
            if (i >= 0)
                map.devices.push(i);
        }
    }
    if (map.timestamp < 0) {
        problems.push({
            message: `No timestamp column in the header (${excerptList(headers.map((h) => h.trim()))}): expected one named timestamp, time or datetime, or a columns map entry "timestamp".`
        });
    }
    else {
        map.timeUnit = timeUnit(named[map.timestamp].unit);
        map.names.timestamp = headers[map.timestamp].trim();
    }
    if (map.power >= 0) {
        const f = powerFactor(named[map.power].unit);
        if (f === undefined)
            problems.push({
                message: `The power column "${excerpt(headers[map.power].trim())}" has unit "${excerpt(named[map.power].unit ?? '')}": expected W, mW or kW.`,
                column: map.power + 1
            });
        else
            map.powerToW = f;
        map.names.power = headers[map.power].trim();
    }
    if (map.energy >= 0) {
        const f = energyFactor(named[map.energy].unit);
        if (f === undefined) {
            problems.push({
                message: `The energy column "${excerpt(headers[map.energy].trim())}" needs a unit in its name: e.g. "energy [J]", "energy_wh" or "energy (kWh)".`,
                column: map.energy + 1
            });
        }
        else
            map.energyToJ = f;
        map.names.energy = headers[map.energy].trim();
    }
    const unitless = named.findIndex((n) => n.unit === undefined && n.base.includes('energy'));
    if (map.power < 0 && map.energy < 0 && unitless >= 0) {
        problems.push({
            message: `The energy column "${excerpt(headers[unitless].trim())}" needs a unit in its name: e.g. "energy [J]", "energy_wh" or "energy (kWh)".`,
            column: unitless + 1
        });
    }
    else if (map.power < 0 && map.energy < 0) {
        problems.push({
            message: `No power or energy column in the header (${excerptList(headers.map((h) => h.trim()))}): expected e.g. "power [W]", "power_w", "energy_j" or "energy (kWh)", or a columns map entry "power" or "energy".`
        });
    }
    if (map.devices.length > 0)
        map.names.device = map.devices.map((i) => headers[i].trim()).join(' + ');
    return problems.length > 0 ? { problems } : { map, problems };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/core/format.ts
/**
 * The one number and quantity formatter, used by the compute modules (diagnostics and notes) and
 * the renderers alike, so that a duration or an energy reads the same in a warning as in the
 * report's table. Everything goes through one fixed locale (en-US), so that text is byte-for-byte
 * the same on every machine, whatever the runner's `LANG`.
 *
 * One set of rules:
 * - Numbers: three significant digits below 1,000 (`12.3`, `0.0123`, `999`); whole numbers with
 *   thousands separators from 1,000 up (`1,438`, `626,155`); zero is `0`; non-finite values as
 *   JavaScript writes them (`NaN`, `Infinity`).
 * - Quantities take the unit that keeps the number readable: durations in s below 60 s, min below
 *   1 h, h below 240 h (training runs are quoted in hours), d beyond; energy in Wh below 1 kWh,
 *   kWh, MWh from 1,000 kWh, GWh from 10^6 kWh; and so on for mass, power and memory. The unit is
 *   chosen by the value before rounding, so 59.99 s is `60 s`, not `1 min`.
 * - Percentages are cut, not rounded (see {@link formatPercent}).
 *
 * Values a user wrote and a message quotes back (a PUE, a machine's measured power) keep their
 * given precision: {@link formatPue}, {@link formatWatts}.
 */
const LOCALE = 'en-US';
const significant3 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const plain4 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 4, useGrouping: false });
const pueFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const wattsFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
/** Seconds in a minute, an hour and a day. */
const S_PER_MIN = 60;
const S_PER_H = 3600;
const S_PER_D = 86400;
/** Durations are quoted in hours up to 10 days: training runs are talked of in hours. */
const HOURS_UP_TO_S = 240 * S_PER_H;
/**
 * Formats a number for people: three significant digits below 1,000 (`12.3`, `0.0123`), whole
 * numbers with thousands separators from 1,000 up (`1,438`, `626,155`). Whole numbers keep every
 * digit because rounding `1,438` to `1,440` would misquote the paper's figures.
 */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    return Math.abs(value) >= 1000 ? integer.format(value) : significant3.format(value);
}
/** Formats a number for machine-read contexts (Mermaid): 4 significant digits, no grouping. */
function formatPlainNumber(value) {
    return plain4.format(value);
}
/**
 * A value in the largest unit of `scales` (largest first) it reaches, the smallest below them all;
 * zero and non-finite values in the base unit `base` (`0 kWh`, not `0 Wh`).
 */
function scaled(value, scales, base) {
    if (value === 0 || !Number.isFinite(value))
        return `${formatNumber(value)} ${base}`;
    const abs = Math.abs(value);
    const [, symbol, mul, div] = scales.find(([min]) => abs >= min) ?? scales[scales.length - 1];
    return `${formatNumber((value * mul) / div)} ${symbol}`;
}
/** Energy scales in kWh, largest first. */
const ENERGY_SCALES = (/* unused pure expression or super */ null && ([
    [1e6, 'GWh', 1, 1e6],
    [1e3, 'MWh', 1, 1e3],
    [1, 'kWh', 1, 1],
    [0, 'Wh', 1e3, 1]
]));
/** Energy in the unit that keeps the number readable: Wh below 1 kWh, MWh and GWh above. */
function formatEnergy(energyKWh) {
    return scaled(energyKWh, ENERGY_SCALES, 'kWh');
}
/** Mass scales in kg, largest first. */
const MASS_SCALES = (/* unused pure expression or super */ null && ([
    [1e3, 't', 1, 1e3],
    [1, 'kg', 1, 1],
    [0, 'g', 1e3, 1]
]));
/** Emissions (CO2e mass) in g below 1 kg, t (metric tonnes) from 1,000 kg. */
function formatMass(emissionsKg) {
    return scaled(emissionsKg, MASS_SCALES, 'kg');
}
/** Power scales in W, largest first. */
const POWER_SCALES = (/* unused pure expression or super */ null && ([
    [1e6, 'MW', 1, 1e6],
    [1e3, 'kW', 1, 1e3],
    [0, 'W', 1, 1]
]));
/** Power in the unit that keeps the number readable: `400 W`, `1.42 kW`, `2.5 MW`. */
function formatPower(powerW) {
    return scaled(powerW, POWER_SCALES, 'W');
}
/** Power as written in a manifest, in W with up to two decimals: `1,515.43 W`, `400 W`. */
function formatWatts(powerW) {
    return `${wattsFormat.format(powerW)} W`;
}
/** Memory scales in GB (decimal), largest first. */
const MEMORY_SCALES = (/* unused pure expression or super */ null && ([
    [1e3, 'TB', 1, 1e3],
    [1, 'GB', 1, 1],
    [0, 'MB', 1e3, 1]
]));
/** Memory size in the unit that keeps the number readable: `512 GB`, `1.5 TB`, `500 MB`. */
function formatMemory(memoryGB) {
    return scaled(memoryGB, MEMORY_SCALES, 'GB');
}
/** Grid intensity, always in g/kWh so that runs compare at a glance. */
function formatIntensity(intensityGPerKWh) {
    return `${formatNumber(intensityGPerKWh)} g/kWh`;
}
/** A PUE as given: up to three decimals (`1.135`, `1.58`, `1.1`), never rounded to 1.14. */
function formatPue(pue) {
    return pueFormat.format(pue);
}
/**
 * A duration in the largest unit that keeps it readable: `45 s`, `12.5 min`, `84 h`, `12.3 d`.
 * Hours are used up to 10 days because training runs are usually quoted in hours.
 */
function formatDuration(durationS) {
    if (!Number.isFinite(durationS))
        return `${durationS} s`;
    const abs = Math.abs(durationS);
    if (abs < S_PER_MIN)
        return `${formatNumber(durationS)} s`;
    if (abs < S_PER_H)
        return `${formatNumber(durationS / S_PER_MIN)} min`;
    if (abs < HOURS_UP_TO_S)
        return `${formatNumber(durationS / S_PER_H)} h`;
    return `${formatNumber(durationS / S_PER_D)} d`;
}
/**
 * A fraction as a percentage with at most one decimal (`2.5%`, `80%`, `124.3%`). Digits are cut,
 * not rounded, so a share just under a threshold never displays as the threshold (79.96% shows as
 * `79.9%`, not `80%`); a share just over 100% shows as `>100%`. A nonzero share never shows as `0%`.
 */
function formatPercent(fraction) {
    const percent = fraction * 100;
    if (!Number.isFinite(percent))
        return `${percent}%`;
    if (percent === 0)
        return '0%';
    if (percent > 0 && percent < 0.1)
        return '<0.1%';
    if (percent < 0 && percent > -0.1)
        return '>-0.1%';
    // The epsilon absorbs binary error such as 0.57 * 100 = 56.99999999999999.
    const cut = Math.trunc(percent * 10 + (percent > 0 ? 1e-9 : -1e-9)) / 10;
    if (fraction > 1 && cut <= 100)
        return '>100%';
    return `${percentFormat.format(cut)}%`;
}
/** Tenths of a percent in a whole: shares are shown to one decimal. */
const TENTHS_IN_WHOLE = 1000;
/**
 * Parts of one whole as percentages with at most one decimal that add up to exactly 100% (the
 * largest-remainder method): each part gets its share cut to a tenth of a percent, and the tenths
 * still missing go to the parts whose cut lost the most (the earlier part on a tie). So 1/3 three
 * times is `33.4%`, `33.3%`, `33.3%`, never `33.3%` three times. A nonzero part whose rounded
 * share is zero shows as `<0.1%`. Parts must be finite and non-negative; all zero gives `0%` each.
 */
function formatShares(parts) {
    const total = parts.reduce((sum, p) => sum + p, 0);
    if (!(total > 0) || !Number.isFinite(total))
        return parts.map(() => '0%');
    const exact = parts.map((p) => (p / total) * TENTHS_IN_WHOLE);
    const tenths = exact.map((x) => Math.floor(x));
    let missing = TENTHS_IN_WHOLE - tenths.reduce((sum, t) => sum + t, 0);
    const order = exact
        .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
        .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
    for (const { i } of order) {
        if (missing <= 0)
            break;
        tenths[i]++;
        missing--;
    }
    return tenths.map((t, i) => (t === 0 && parts[i] > 0 ? '<0.1%' : `${percentFormat.format(t / 10)}%`));
}
/** Ratio for equivalents: `0.72 x`, `3.4 x`, `1,203 x`. */
function formatRatio(ratio) {
    return `${formatNumber(ratio)} x`;
}
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/**
 * Formats a byte count for limits and messages, in binary units: `1 GiB`, `12.5 MiB`, `300 bytes`
 * (whole values without a decimal, others with one).
 */
function format_formatBytes(bytes) {
    if (bytes >= GiB)
        return `${trimBytes(bytes / GiB)} GiB`;
    if (bytes >= MiB)
        return `${trimBytes(bytes / MiB)} MiB`;
    if (bytes >= KiB)
        return `${trimBytes(bytes / KiB)} KiB`;
    return `${bytes} bytes`;
}
function trimBytes(x) {
    return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

;// CONCATENATED MODULE: ./src/core/traces/limits.ts
/**
 * Bounds on the bytes the trace readers decode: per file, per check (all files of all runs
 * together), and, for gzip, the ratio of decompressed to compressed bytes. Power logs come from
 * the change being judged (a pull request's files or its workflow's artifacts), and a few MB of
 * gzip can unpack to gigabytes of rows that keep a core busy for minutes; a plain file adds its
 * own bytes. The meter counts what really comes out of the decompressor and stops the stream
 * before the chunk that crosses a limit reaches a parser.
 */


const limits_MiB = 1024 * 1024;
const limits_GiB = 1024 * limits_MiB;
/**
 * Defaults, generous for real logs: a month of 1 Hz nvidia-smi rows for 8 GPUs is about 1 GB, so
 * a file may hold 4 GiB and a check 16 GiB (a matrix of many nodes). Honest logs compress 5-70x
 * (nvidia-smi rows of a constant idle power about 13x, DCGM scrapes of constant values up to 70x
 * at `gzip -9`); gzip cannot exceed about 1,030x, which is what a file of one repeated row or of
 * newlines reaches. A ratio of 250 leaves honest logs far inside it and stops such a bomb after
 * {@link RATIO_FLOOR_BYTES}.
 */
const DEFAULT_TRACE_BYTE_LIMITS = Object.freeze({
    maxFileBytes: 4 * limits_GiB,
    maxTotalBytes: 16 * limits_GiB,
    maxCompressionRatio: 250
});
/**
 * The ratio is judged only once a file has decoded more than this: a small, very regular log may
 * compress better than any ratio, and is harmless at this size.
 */
const RATIO_FLOOR_BYTES = 16 * limits_MiB;
/** A fresh budget; unset limits take {@link DEFAULT_TRACE_BYTE_LIMITS}. */
function createTraceBudget(limits = {}) {
    return { limits: { ...DEFAULT_TRACE_BYTE_LIMITS, ...limits }, usedBytes: 0 };
}
/** True when the budget is spent: the files that follow are not read. */
function budgetSpent(budget) {
    return budget.usedBytes >= budget.limits.maxTotalBytes;
}
/** How a message tells the user to raise a limit (the option exists in both adapters). */
function raiseHint(key, example) {
    return `\`${key}: ${example}\` in --trace-limits / the \`trace-limits\` input`;
}
/**
 * Counts the decoded bytes of one file as they stream, and throws a {@link TraceAccessError}
 * (`traces/limit-compression-ratio`, `traces/limit-file-bytes`, `traces/limit-total-bytes`) before
 * passing on the chunk that crosses a limit. `compressedBytes` gives the gzip bytes the
 * decompressor has consumed so far (undefined for a plain file).
 */
async function* limits_meterTrace(chunks, budget, file, compressedBytes) {
    const { maxFileBytes, maxTotalBytes, maxCompressionRatio } = budget.limits;
    let fileBytes = 0;
    for await (const chunk of chunks) {
        fileBytes += chunk.length;
        budget.usedBytes += chunk.length;
        const packed = compressedBytes();
        if (packed !== undefined &&
            fileBytes > RATIO_FLOOR_BYTES &&
            fileBytes / Math.max(packed, 1) > maxCompressionRatio) {
            throw new TraceAccessError('traces/limit-compression-ratio', `This gzip trace unpacked ${formatBytes(fileBytes)} from ${formatBytes(packed)} (a ratio above ${maxCompressionRatio}), which power logs never reach and a decompression bomb does; reading stopped, and the run's measured energy is not used. If the file is genuine, raise the limit with ${raiseHint('ratio', String(maxCompressionRatio * 4))}.`, file);
        }
        if (fileBytes > maxFileBytes) {
            throw new TraceAccessError('traces/limit-file-bytes', `This trace file holds more than ${formatBytes(maxFileBytes)}${packed !== undefined ? ' once decompressed' : ''}, the limit for one file; reading stopped, and the run's measured energy is not used. If the file is genuine, raise the limit with ${raiseHint('file', formatBytes(maxFileBytes * 2))}.`, file);
        }
        if (budget.usedBytes > maxTotalBytes) {
            throw new TraceAccessError('traces/limit-total-bytes', `Reading stopped in this trace file: the trace files read so far hold more than ${formatBytes(maxTotalBytes)} together, the limit for all trace files of one check; the run's measured energy is not used. If the files are genuine, raise the limit with ${raiseHint('total', formatBytes(maxTotalBytes * 2))}.`, file);
        }
        yield chunk;
    }
}

;// CONCATENATED MODULE: ./src/core/traces/stream.ts
/**
 * Byte-stream plumbing shared by the trace readers: transparent gzip (by magic bytes, not by file
 * name), a peek at the first bytes for format detection, and a line splitter for the formats that
 * are read line by line. Everything streams; nothing holds a whole file.
 */



/** Bytes of the decoded stream that format detection looks at. */
const HEAD_BYTES = (/* unused pure expression or super */ null && (16 * 1024));
/** Longest line the line readers accept; a longer one is dropped as malformed, not buffered. */
const MAX_LINE_BYTES = 1 << 20;
async function* prepend(first, rest) {
    for (const c of first)
        yield c;
    for (;;) {
        const r = await rest.next();
        if (r.done)
            return;
        yield r.value;
    }
}
/**
 * Reads chunks until at least `bytes` bytes (or the end); returns them and, where reading failed
 * after some bytes, the error, so that the bytes before it are still read and the error is raised
 * where the parser would have met it.
 */
async function readAtLeast(source, bytes) {
    const chunks = [];
    let length = 0;
    while (length < bytes) {
        // A source may reuse its buffer for the next chunk (see TraceReader.open): what is kept is
        // copied before the next one is asked for. Sources that read large blocks rarely get here.
        for (let i = 0; i < chunks.length; i++)
            chunks[i] = chunks[i].slice();
        let r;
        try {
            r = await source.next();
        }
        catch (error) {
            if (chunks.length === 0)
                throw error;
            return { chunks, length, error };
        }
        if (r.done)
            break;
        if (r.value.length === 0)
            continue;
        chunks.push(r.value);
        length += r.value.length;
    }
    return { chunks, length };
}
/** An iterator whose next() fails with `error`. */
function failing(error) {
    return { next: () => Promise.reject(error) };
}
function concatHead(chunks, limit) {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(Math.min(total, limit));
    let at = 0;
    for (const c of chunks) {
        if (at >= out.length)
            break;
        const take = Math.min(c.length, out.length - at);
        out.set(take === c.length ? c : c.subarray(0, take), at);
        at += take;
    }
    return out;
}
/** True when the bytes start with the gzip magic number 1f 8b. */
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/**
 * Compressed bytes fed to the inflater at a time: it inflates a whole input chunk before it looks
 * at its reader again, so a 4 MiB block of a log that compresses 7x would be 28 MB of output held
 * at once; pieces of 256 KiB keep that under 2 MB.
 */
const INFLATE_INPUT_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
/** The source's chunks as copies (the source may reuse its buffer), in pieces the inflater takes at once. */
async function* copies(source) {
    for await (const chunk of source) {
        for (let at = 0; at < chunk.length; at += INFLATE_INPUT_BYTES)
            yield chunk.slice(at, at + INFLATE_INPUT_BYTES);
    }
}
function gunzip(source) {
    // Large output chunks keep the per-chunk overhead of the parsers negligible. Concatenated gzip
    // members (`cat a.gz b.gz`) are decoded one after another, as gzip(1) does.
    // The inflater runs on libuv's thread pool, off the JavaScript thread, and may still hold an
    // input chunk when the next is read: each is copied, as the source may reuse its buffer (the
    // compressed bytes are a fraction of the output, so the copy is cheap).
    const inflater = createGunzip({ chunkSize: 256 * 1024 });
    pipeline(Readable.from(copies(source), { objectMode: false }), inflater, () => {
        // Errors surface through the iteration of `inflater` below.
    });
    return inflater;
}
/**
 * Opens a trace's bytes: decompresses gzip when the content starts with its magic number, and
 * reads the first HEAD_BYTES of the decoded content for detection without losing them. With
 * `bounds`, every decoded byte (the head's too) is counted against the limits, and the stream
 * throws a `TraceAccessError` where one is crossed (see `meterTrace`).
 */
async function decode(source, bounds) {
    const raw = source[Symbol.asyncIterator]();
    const first = await readAtLeast(raw, 2);
    let stream = prepend(first.chunks, first.error === undefined ? raw : failing(first.error));
    let gzip = false;
    let inflater;
    if (first.chunks.length > 0 && isGzip(concatHead(first.chunks, 2))) {
        gzip = true;
        inflater = gunzip(stream);
        stream = inflater;
    }
    if (bounds) {
        // zlib's bytesWritten is the input the inflater has consumed for the output so far (not what
        // was read ahead), so the ratio is judged on what produced the bytes.
        stream = meterTrace(stream, bounds.budget, bounds.file, () => inflater?.bytesWritten);
    }
    const it = stream[Symbol.asyncIterator]();
    const headRead = await readAtLeast(it, HEAD_BYTES);
    const rest = headRead.error === undefined ? it : failing(headRead.error);
    const close = async () => {
        await it.return?.();
        await raw.return?.();
    };
    return { head: concatHead(headRead.chunks, HEAD_BYTES), gzip, chunks: prepend(headRead.chunks, rest), close };
}
/** The head's text up to its last complete line (a cut multi-byte character is not decoded). */
function headText(head) {
    let end = head.length;
    if (end === HEAD_BYTES) {
        const nl = head.lastIndexOf(10);
        if (nl > 0)
            end = nl;
    }
    return new TextDecoder('utf-8').decode(head.subarray(0, end)).replace(/^\uFEFF/, '');
}
/**
 * Streams a byte source as lines of text (UTF-8; LF or CRLF; a leading BOM removed). A line longer
 * than MAX_LINE_BYTES is passed to `onOverlong` with its number and skipped.
 */
async function forEachLine(chunks, onLine, onOverlong) {
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    let line = 0;
    let skipping = false;
    const emit = (text) => {
        line++;
        if (skipping) {
            skipping = false;
            return;
        }
        if (text.length > MAX_LINE_BYTES) {
            // Too long whether or not it straddled chunks: the result must not depend on chunk sizes.
            onOverlong(line);
            return;
        }
        const end = text.length > 0 && text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
        let t = end === text.length ? text : text.slice(0, end);
        if (line === 1 && t.charCodeAt(0) === 0xfeff)
            t = t.slice(1);
        onLine(t, line);
    };
    for await (const chunk of chunks) {
        const text = decoder.decode(chunk, { stream: true });
        let pos = 0;
        for (;;) {
            const nl = text.indexOf('\n', pos);
            if (nl < 0)
                break;
            emit(pos === 0 && carry !== '' ? carry + text.slice(0, nl) : text.slice(pos, nl));
            carry = '';
            pos = nl + 1;
        }
        carry = pos === 0 ? carry + text : text.slice(pos);
        if (carry.length > MAX_LINE_BYTES) {
            if (!skipping)
                onOverlong(line + 1);
            skipping = true;
            carry = '';
        }
    }
    carry += decoder.decode();
    if (carry !== '')
        emit(carry);
}

;// CONCATENATED MODULE: ./src/core/traces/timezone.ts
/**
 * Zones for timestamps that carry none (nvidia-smi prints local time without an offset). A zone
 * turns a local wall-clock time, written as if it were UTC milliseconds, into real UTC
 * milliseconds. Fixed offsets are arithmetic; IANA names use the platform's Intl time-zone data,
 * so daylight-saving changes are honoured.
 */


const MS_PER_MIN = 60_000;
const HALF_DAY_MS = 12 * 3_600_000;
/** Builds a zone with a fixed offset east of UTC, in minutes. */
function fixedZone(offsetMin, name) {
    const offsetMs = offsetMin * MS_PER_MIN;
    return {
        name: name ?? formatOffset(offsetMin),
        fixedOffsetMin: offsetMin,
        localToUtcMs: (localMs) => localMs - offsetMs
    };
}
/** UTC, the default zone. */
const UTC = fixedZone(0, 'UTC');
function formatOffset(offsetMin) {
    const sign = offsetMin < 0 ? '-' : '+';
    const abs = Math.abs(offsetMin);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
/**
 * Reads an offset written `+05:30`, `-0800`, `+5`, `UTC+2` or `GMT-03:00`; undefined when the
 * text is not an offset. Offsets beyond +-18:00 (ISO 8601's range) are not offsets.
 */
function parseOffsetMinutes(text) {
    const m = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
    if (!m)
        return undefined;
    const hours = Number(m[2]);
    const minutes = m[3] === undefined ? 0 : Number(m[3]);
    if (minutes >= 60 || hours * 60 + minutes > 18 * 60)
        return undefined;
    const total = hours * 60 + minutes;
    return m[1] === '-' ? -total : total;
}
/**
 * Resolves a zone setting: empty/`UTC`/`Z` → UTC, an offset, or an IANA name. An unknown name is
 * an error that lists the closest IANA names.
 */
function resolveZone(spec) {
    const text = (spec ?? '').trim();
    if (text === '' || /^(utc|z|gmt|etc\/utc)$/i.test(text))
        return { zone: UTC };
    const offset = parseOffsetMinutes(text);
    if (offset !== undefined)
        return { zone: fixedZone(offset) };
    let formatter;
    try {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone: text,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
    }
    catch {
        const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
        return {
            error: `Unknown time zone "${excerpt(text)}": expected UTC, an offset such as +05:30, or an IANA name such as Europe/Berlin.` +
                didYouMean(closestNames(text, names))
        };
    }
    return { zone: ianaZone(formatter.resolvedOptions().timeZone, formatter) };
}
function ianaZone(name, formatter) {
    // Offsets change at most a few times a year; caching the last minute asked makes a log's
    // thousands of look-ups per minute one Intl call.
    let cachedMinute = NaN;
    let cachedUtcMinute = NaN;
    const offsetMsAt = (utcMs) => {
        const secondMs = Math.floor(utcMs / 1000) * 1000;
        let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
        for (const part of formatter.formatToParts(secondMs)) {
            switch (part.type) {
                case 'year':
                    y = Number(part.value);
                    break;
                case 'month':
                    mo = Number(part.value);
                    break;
                case 'day':
                    d = Number(part.value);
                    break;
                case 'hour':
                    h = Number(part.value);
                    break;
                case 'minute':
                    mi = Number(part.value);
                    break;
                case 'second':
                    s = Number(part.value);
                    break;
            }
        }
        return Date.UTC(y, mo - 1, d, h, mi, s) - secondMs;
    };
    const minuteToUtc = (localMinuteMs) => {
        // The offset in force half a day before and after bound the two readings a local time can
        // have; a candidate is valid when the zone really has that offset at that instant.
        const before = offsetMsAt(localMinuteMs - HALF_DAY_MS);
        const after = offsetMsAt(localMinuteMs + HALF_DAY_MS);
        const c1 = localMinuteMs - before;
        const c2 = localMinuteMs - after;
        const v1 = offsetMsAt(c1) === before;
        const v2 = offsetMsAt(c2) === after;
        if (v1 && v2)
            return Math.min(c1, c2);
        if (v1)
            return c1;
        if (v2)
            return c2;
        return c1;
    };
    return {
        name,
        localToUtcMs(localMs) {
            const minute = Math.floor(localMs / MS_PER_MIN) * MS_PER_MIN;
            if (minute !== cachedMinute) {
                cachedMinute = minute;
                cachedUtcMinute = minuteToUtc(minute);
            }
            return cachedUtcMinute + (localMs - minute);
        }
    };
}

;// CONCATENATED MODULE: ./src/core/traces/timestamps.ts

// YYYY-MM-DD or YYYY/MM/DD, optional [T ]HH:MM[:SS[.frac]], optional zone (Z, +HH:MM, +HHMM, +HH).
const DATE_TIME = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/**
 * Parses ISO 8601 (`2026-11-27T05:02:35.377+00:00`, `2026-11-27 05:02:35Z`, a bare date) and
 * nvidia-smi's `2026/11/27 05:02:35.252`. Text without a zone is local time in `zone`. NaN when
 * the text is none of these or names an impossible date.
 */
function parseDateTime(text, zone) {
    const m = DATE_TIME.exec(text.trim());
    if (!m)
        return NaN;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
        return NaN;
    }
    const fractionMs = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
    const local = Date.UTC(year, month - 1, day, hour, minute, second) + fractionMs;
    if (m[8] === undefined)
        return zone.localToUtcMs(local);
    if (m[8] === 'Z' || m[8] === 'z')
        return local;
    const offset = parseOffsetMinutes(m[8]);
    return offset === undefined ? NaN : local - offset * 60_000;
}
/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * The unit of a numeric timestamp told by its magnitude: below 1e11 is seconds (1e11 s is the
 * year 5138), below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds.
 */
function epochUnitOf(value) {
    const abs = Math.abs(value);
    return abs < 1e11 ? 's' : abs < 1e14 ? 'ms' : abs < 1e17 ? 'us' : 'ns';
}
/** Epoch milliseconds of a numeric timestamp; with `auto`, `epochUnitOf` decides the unit. */
function epochToMs(value, unit) {
    const u = unit === 'auto' ? epochUnitOf(value) : unit;
    switch (u) {
        case 's':
            return value * 1000;
        case 'ms':
            return value;
        case 'us':
            return value / 1000;
        default:
            return value / 1e6;
    }
}

;// CONCATENATED MODULE: ./src/core/traces/lines.ts
/**
 * Text helpers for the CSV-shaped trace and series formats (CodeCarbon, RAPL logs, generic CSV,
 * intensity series): RFC 4180 records on top of the shared line splitter in `stream.ts`, and timestamps that
 * may be either date-times or Unix epoch numbers.
 */


/**
 * Most lines one CSV record may span. A line break inside a quoted field is legal, but no power
 * log writes more than a few; a quote still open after this many lines is a stray `"`, and
 * waiting longer would hold (and rescan) the rest of the file as one field.
 */
const MAX_RECORD_LINES = 100;
/** Most characters one CSV record (and so one quoted field) may hold: as many as one line. */
const MAX_RECORD_CHARS = MAX_LINE_BYTES;
/**
 * The sentence for a record whose quote is not closed within the limits: what was skipped, the
 * limit, and where reading resumed. Every CSV reader words it the same way.
 */
function unclosedQuoteMessage(startLine, endLine) {
    return `A quoted field opened on line ${startLine} is not closed within ${MAX_RECORD_LINES} lines or ${MAX_RECORD_CHARS} characters, the most one CSV record may span: lines ${startLine}-${endLine} are skipped as one malformed record and reading resumes on line ${endLine + 1}. Pair every quote (write "" for a quote inside a quoted field).`;
}
/**
 * Streams CSV records (RFC 4180: `"` quotes, `""` escapes, quoted fields may hold commas and line
 * breaks) out of byte chunks. Blank lines are skipped. pandas, which writes CodeCarbon's file,
 * quotes any field that holds a comma, so a record spans lines only inside quotes. A line too long
 * to be a record is passed to `onOverlong` and skipped (see `MAX_LINE_BYTES`).
 *
 * The work is linear in the input: each line's quotes are counted once, and an open record keeps
 * its lines in a list joined once. A record still open after MAX_RECORD_LINES lines or
 * MAX_RECORD_CHARS characters (a stray `"`) is handed to `onUnclosed` with its first and last line
 * and dropped, and reading resumes on the next line.
 */
async function forEachCsvRecord(chunks, onRecord, onOverlong, onUnclosed) {
    let parts = [];
    let partsChars = 0;
    let startLine = 0;
    const deliver = (record, line) => {
        if (record.trim().length === 0)
            return;
        onRecord(splitCsvRecord(record), line);
    };
    await forEachLine(chunks, (text, line) => {
        const odd = quoteCount(text) % 2 === 1;
        if (parts.length === 0) {
            if (!odd)
                return deliver(text, line);
            parts = [text];
            partsChars = text.length;
            startLine = line;
            return;
        }
        parts.push(text);
        partsChars += text.length + 1;
        if (odd) {
            const record = parts.join('\n');
            parts = [];
            return deliver(record, startLine);
        }
        if (parts.length > MAX_RECORD_LINES || partsChars > MAX_RECORD_CHARS) {
            parts = [];
            onUnclosed(startLine, line);
        }
    }, (line) => {
        onOverlong(line);
        // An overlong line inside an open record makes the record longer than any record may be.
        if (parts.length > 0) {
            parts = [];
            onUnclosed(startLine, line);
        }
    });
    // An unterminated quote at the end: deliver what there is rather than lose it silently.
    if (parts.length > 0)
        deliver(parts.join('\n'), startLine);
}
/** The number of `"` characters in a line. */
function quoteCount(text) {
    let count = 0;
    for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1))
        count++;
    return count;
}
/**
 * Splits one CSV record into fields at `sep` (a comma unless given: generic logs may use `;` or a
 * tab), unquoting quoted ones (`"a, b"` keeps its comma, `""` is a quote). Unquoted fields are
 * kept as written.
 */
function splitCsvRecord(record, sep = ',') {
    if (record.indexOf('"') === -1)
        return record.split(sep);
    const fields = [];
    let field = '';
    let inQuotes = false;
    for (let i = 0; i < record.length; i++) {
        const c = record[i];
        if (inQuotes) {
            if (c === '"') {
                if (record[i + 1] === '"') {
                    field += '"';
                    i++;
                }
                else
                    inQuotes = false;
            }
            else
                field += c;
        }
        else if (c === '"')
            inQuotes = true;
        else if (c === sep) {
            fields.push(field);
            field = '';
        }
        else
            field += c;
    }
    fields.push(field);
    return fields;
}
/** 1-based column at which field `index` of a CSV line starts (quotes counted as written). */
function csvColumnOf(line, index) {
    let col = 0;
    let inQuotes = false;
    for (let field = 0; field < index && col < line.length; col++) {
        const c = line[col];
        if (c === '"')
            inQuotes = !inQuotes;
        else if (c === ',' && !inQuotes)
            field++;
    }
    return col + 1;
}
/**
 * Milliseconds since the Unix epoch of a timestamp written as a date-time (ISO 8601 or
 * nvidia-smi's `YYYY/MM/DD HH:MM:SS.mmm`, local in `zone` when it names no zone) or as a Unix
 * epoch number (seconds, milliseconds, micro- or nanoseconds, told apart by magnitude, as
 * `date +%s.%N` and most loggers write). NaN when it is neither.
 */
function parseTimeMs(text, zone) {
    const s = text.trim();
    if (/^\d+(\.\d+)?$/.test(s))
        return epochToMs(Number(s), 'auto');
    return parseDateTime(s, zone);
}

;// CONCATENATED MODULE: ./src/core/traces/formats/generic.ts
/**
 * What generic CSV and JSON Lines share once a row's cells are found: reading the time, the
 * power or energy and the device of one record and handing it to the sink.
 */


/** Texts that mean "no value" in generic logs. */
const UNAVAILABLE = new Set(['', 'na', 'n/a', '[n/a]', 'nan', 'null', 'none', '-', '[not supported]', 'unknown']);
/** Epoch seconds below this (2001-09-09) are taken as elapsed seconds, not wall-clock time. */
const RELATIVE_TIME_BELOW_S = 1e9;
/**
 * A cell as text: JSON Lines cells may be lists or objects, which are named by their kind and
 * never converted to text (that would walk them, and a hostile line nests thousands deep).
 */
function cellText(value) {
    if (value === undefined || value === null)
        return '';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    return String(value);
}
/** Reads records of one file with a resolved field map. */
class RecordReader {
    sink;
    options;
    map;
    zone;
    /** How numeric timestamps are read, decided on the first one: epoch or relative seconds. */
    numericMode;
    unit = 'auto';
    declared = new Set();
    constructor(sink, options, map, zone) {
        this.sink = sink;
        this.options = options;
        this.map = map;
        this.zone = zone;
    }
    /** The UTC ms of a time cell (string or number); NaN when unreadable. */
    time(value) {
        if (typeof value === 'number')
            return this.numericTime(value);
        if (typeof value !== 'string')
            return NaN;
        const text = value.trim();
        if (/^-?\d+(\.\d+)?$/.test(text))
            return this.numericTime(Number(text));
        return parseDateTime(text, this.zone);
    }
    numericTime(v) {
        if (!Number.isFinite(v))
            return NaN;
        if (this.numericMode === undefined) {
            // The unit (given by the header, else by the first value's magnitude) and whether the
            // numbers are epoch or elapsed time are decided once, so a file is read one way.
            this.unit = this.map.timeUnit === 'auto' ? epochUnitOf(v) : this.map.timeUnit;
            this.numericMode = epochToMs(v, this.unit) / 1000 < RELATIVE_TIME_BELOW_S ? 'relative' : 'epoch';
        }
        return epochToMs(v, this.unit);
    }
    /** The device key of a record (host and device cells joined), prefixed by the file's. */
    device(cells) {
        if (this.map.devices.length === 0)
            return `${this.options.devicePrefix}total`;
        let key = '';
        for (let i = 0; i < this.map.devices.length; i++) {
            const v = cells[this.map.devices[i]];
            key += (i > 0 ? '/' : '') + cellText(v).trim();
        }
        return this.options.devicePrefix + key;
    }
    /** Hands one record to the sink, or drops it with the reason. */
    record(timeCell, valueCell, cells, line) {
        const isEnergy = this.map.energy >= 0;
        const raw = typeof valueCell === 'string' ? valueCell.trim() : valueCell;
        if (raw === undefined || raw === null || (typeof raw === 'string' && UNAVAILABLE.has(raw.toLowerCase()))) {
            this.sink.drop('unavailable', line, raw === undefined ? 'missing' : raw === null ? 'null' : excerpt(raw) || 'blank');
            return;
        }
        const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
        if (Number.isNaN(value)) {
            this.sink.drop('non-numeric', line, excerpt(cellText(raw)));
            return;
        }
        const timeMs = this.time(timeCell);
        if (Number.isNaN(timeMs)) {
            this.sink.drop('bad-timestamp', line, excerpt(cellText(timeCell)));
            return;
        }
        const device = this.device(cells);
        if (this.numericMode === 'relative' && !this.declared.has(device)) {
            this.declared.add(device);
            this.sink.untimed?.(device, `numeric times below ${RELATIVE_TIME_BELOW_S} s are read as elapsed seconds, not epoch time`);
        }
        if (isEnergy)
            this.sink.counter(device, timeMs, value * this.map.energyToJ, line);
        else
            this.sink.power(device, timeMs, value * this.map.powerToW, line);
    }
}
/** A note that says which columns were used, and how. */
function fieldsNote(file, map, zone) {
    const what = map.energy >= 0
        ? `the cumulative energy column "${excerpt(map.names.energy ?? '')}" (increases summed; a decrease is a reset)`
        : `the power column "${excerpt(map.names.power ?? '')}" (trapezoid)`;
    return `${file}: integrated ${what} over "${excerpt(map.names.timestamp ?? '')}" per ${map.names.device ? `"${excerpt(map.names.device)}"` : 'file (no device column)'}; timestamps without a zone read in ${zone.name}.`;
}

;// CONCATENATED MODULE: ./src/core/traces/formats/generic-csv.ts
/**
 * Generic CSV power logs: a header, then one row per reading with a timestamp (ISO 8601, epoch s
 * or ms, or elapsed seconds) and either power (W, mW, kW by the header's unit) or a cumulative
 * energy counter (J, mJ, uJ, Wh, kWh), and optionally host/device columns. Comma, semicolon or
 * tab separated (decided on the header); double-quoted cells allowed. A header-less file names
 * its columns with a `columns` list; a `columns` map picks the header's columns by role.
 */






/** Every diagnostic code of the generic CSV reader (documented in docs/diagnostics/traces.md). */
const GENERIC_CSV_CODES = (/* unused pure expression or super */ null && (['traces/csv-columns']));
/** The separator a header line uses: the most frequent of comma, semicolon and tab. */
function separatorOf(header) {
    const count = (c) => header.split(c).length - 1;
    const counts = [
        [',', count(',')],
        [';', count(';')],
        ['\t', count('\t')]
    ];
    counts.sort((a, b) => b[1] - a[1]);
    return counts[0][1] > 0 ? counts[0][0] : ',';
}
function generic_csv_firstLine(head) {
    return head
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .find((l) => l.trim() !== '' && !l.startsWith('#'));
}
/** The format, for the registry. */
const format = {
    id: 'csv',
    generic: true,
    detect(head) {
        const first = generic_csv_firstLine(head);
        if (first === undefined || first.trimStart().startsWith('{'))
            return false;
        const headers = splitCsvRecord(first, separatorOf(first));
        if (headers.length < 2)
            return false;
        return resolveFields(headers).map !== undefined;
    },
    async parse(chunks, sink, options) {
        const file = options.file;
        const zone = options.zone ?? UTC;
        let sep = null;
        let map = null;
        let reader = null;
        let headerText = null;
        let failed = false;
        let width = 0;
        const start = (headers, line) => {
            const r = resolveFields(headers, Array.isArray(options.columns) ? undefined : options.columns);
            for (const p of r.problems) {
                sink.report(diagnostics_diagnostic('error', 'traces/csv-columns', p.message, {
                    file,
                    line: line > 0 ? line : undefined,
                    column: p.column
                }));
            }
            if (!r.map) {
                failed = true;
                return;
            }
            map = r.map;
            width = headers.length;
            reader = new RecordReader(sink, options, map, zone);
            sink.note?.(fieldsNote(file, map, zone));
        };
        if (Array.isArray(options.columns)) {
            start(options.columns, 0);
        }
        await forEachLine(chunks, (text, line) => {
            if (text.trim() === '' || text.startsWith('#'))
                return;
            if (sep === null)
                sep = separatorOf(text);
            if (failed) {
                sink.drop('malformed-row', line, 'the header could not be used');
                return;
            }
            if (map === null) {
                headerText = text;
                start(splitCsvRecord(text, sep), line);
                return;
            }
            // A repeated header (concatenated logs) is skipped.
            if (text === headerText)
                return;
            const cells = splitCsvRecord(text, sep);
            if (cells.length < width) {
                sink.drop('malformed-row', line, `${cells.length} fields where the header has ${width}`);
                return;
            }
            const m = map;
            reader.record(cells[m.timestamp], cells[m.energy >= 0 ? m.energy : m.power], cells, line);
        }, (line) => sink.drop('malformed-row', line, 'an overlong line'));
    }
};

;// CONCATENATED MODULE: ./src/core/traces/formats/jsonl.ts
/**
 * JSON Lines power logs: one flat object per line, e.g.
 * `{"timestamp": "2026-11-27T05:02:35Z", "device": "0", "power_w": 79.1}` or with a cumulative
 * `energy_j` / `energy_kwh`. Keys are matched like CSV headers (see fields.ts), on the first
 * object; a `columns` map picks them by role.
 */





/** Every diagnostic code of the JSON Lines reader (documented in docs/diagnostics/traces.md). */
const JSONL_CODES = (/* unused pure expression or super */ null && (['traces/jsonl-keys']));
function parseObject(text) {
    try {
        const v = JSON.parse(text);
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The format, for the registry. */
const jsonl_format = {
    id: 'jsonl',
    generic: true,
    detect(head, fileName) {
        const first = head.split('\n').find((l) => l.trim() !== '');
        if (first === undefined || !first.trimStart().startsWith('{'))
            return false;
        const obj = parseObject(first);
        if (obj === undefined)
            return false;
        return resolveFields(Object.keys(obj)).map !== undefined || /\.jsonl(\.gz)?$|\.ndjson(\.gz)?$/i.test(fileName);
    },
    async parse(chunks, sink, options) {
        const file = options.file;
        const zone = options.zone ?? UTC;
        let keys = null;
        let map = null;
        let reader = null;
        let failed = false;
        await forEachLine(chunks, (text, line) => {
            if (text.trim() === '')
                return;
            const obj = parseObject(text);
            if (obj === undefined) {
                sink.drop('malformed-row', line, 'not a JSON object');
                return;
            }
            if (failed) {
                sink.drop('malformed-row', line, 'the keys could not be used');
                return;
            }
            if (map === null) {
                keys = Object.keys(obj);
                const r = resolveFields(keys, Array.isArray(options.columns) ? undefined : options.columns);
                for (const p of r.problems)
                    sink.report(diagnostics_diagnostic('error', 'traces/jsonl-keys', p.message.replace(/header/g, 'first object').replace(/column/g, 'key'), { file, line }));
                if (!r.map) {
                    failed = true;
                    sink.drop('malformed-row', line, 'the keys could not be used');
                    return;
                }
                map = r.map;
                reader = new RecordReader(sink, options, map, zone);
                sink.note?.(fieldsNote(file, map, zone).replace(/column/g, 'key'));
            }
            const m = map;
            const k = keys;
            // Own keys only: a line without the first object's `constructor` key must not read Object's.
            const cells = k.map((key) => (Object.hasOwn(obj, key) ? obj[key] : undefined));
            reader.record(cells[m.timestamp], cells[m.energy >= 0 ? m.energy : m.power], cells, line);
        }, (line) => sink.drop('malformed-row', line, 'an overlong line'));
    }
};

;// CONCATENATED MODULE: ./src/core/traces/bytes.ts
/**
 * Small byte-level helpers for the streaming parsers: ASCII classes and decimal numbers read
 * straight from a Uint8Array, so a hot loop allocates no strings.
 */
/** 10^k for k = 0..22: every one is exact in a double, so `int / POW10[k]` rounds correctly. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Outcome of `parseDecimal` besides the value: OK, UNAVAILABLE (blank or a bracketed word such
 * as `[N/A]` / `[Not Supported]`) or NON_NUMERIC. */
const NumStatus = { OK: 0, UNAVAILABLE: 1, NON_NUMERIC: 2 };
/**
 * Reads a decimal number (`-12.34`, `700.00 W`, `79`) from `b[start, end)` into `out[at]`,
 * allowing spaces around it and an optional unit suffix byte `unit` (e.g. `W`) after a space;
 * returns a NumStatus. Writing into a Float64Array (instead of returning the double) keeps the hot
 * loop free of boxed numbers. Values with more than 15 significant digits, or an exponent, fall
 * back to `Number()` on the text.
 */
function parseDecimalInto(b, start, end, unit, out, at) {
    let s = start;
    let e = end;
    while (s < e && (b[s] === 32 || b[s] === 9))
        s++;
    while (e > s && (b[e - 1] === 32 || b[e - 1] === 9))
        e--;
    if (s === e || b[s] === 91 /* [ */)
        return NumStatus.UNAVAILABLE;
    // A unit suffix: `700.00 W`.
    if (unit !== 0 && b[e - 1] === unit) {
        e--;
        while (e > s && b[e - 1] === 32)
            e--;
    }
    let i = s;
    const negative = b[i] === 45; /* - */
    if (negative || b[i] === 43 /* + */)
        i++;
    let int = 0;
    let digits = 0;
    let scale = 0;
    let c;
    while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
        int = int * 10 + c;
        digits++;
        i++;
    }
    if (i < e && b[i] === 46 /* . */) {
        i++;
        while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
            int = int * 10 + c;
            digits++;
            scale++;
            i++;
        }
    }
    if (i !== e || digits === 0 || digits > 15)
        return parseSlow(b, s, e, out, at);
    const v = scale === 0 ? int : int / POW10[scale];
    out[at] = negative ? -v : v;
    return NumStatus.OK;
}
function parseSlow(b, s, e, out, at) {
    const text = asciiText(b, s, e).trim();
    // Number() accepts what a log may hold (`1e3`, 20 digits) but also '', 'Infinity', '0x1F'.
    // One way to split the digits (`\d+(\.\d*)?`, not `\d+\.?\d*`): a long run of digits is read in
    // linear time, where the ambiguous form backtracks quadratically before failing.
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text))
        return NumStatus.NON_NUMERIC;
    out[at] = Number(text);
    return NumStatus.OK;
}
/** Decodes `b[s, e)` as UTF-8 (slow path only). */
function asciiText(b, s, e) {
    return new TextDecoder('utf-8').decode(b.subarray(s, e));
}
/** True when b[s, e) equals `other` byte for byte. */
function bytes_bytesEqual(b, s, e, other) {
    if (e - s !== other.length)
        return false;
    for (let i = other.length - 1; i >= 0; i--)
        if (b[s + i] !== other[i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/traces/formats/nvidia-smi-csv-layout.ts
/**
 * The column layout of `nvidia-smi --query-gpu=... --format=csv` logs: detecting the format,
 * reading a header line into column roles, and the tables of preferred columns. The streaming
 * reader (nvidia-smi-csv.ts) calls this once per header; its per-row loop only reads `roleOf`.
 *
 * Columns: `timestamp`; the power is `power.draw.average` where present, else `power.draw`, else
 * `power.draw.instant` (per row, the first of these that is available); the device is `uuid`,
 * else `index`, else `pci.bus_id`. A `columns` map may name other headers for `timestamp`,
 * `power` and `device`; header-less logs (`noheader`) take their column names from a `columns`
 * list.
 */



/** Power columns in order of preference. */
const POWER_COLUMNS = ['power.draw.average', 'power.draw', 'power.draw.instant'];
/** Device columns in order of preference. */
const DEVICE_COLUMNS = ['uuid', 'index', 'pci.bus_id'];
/** Column roles in `Layout.roleOf`: a column the reader skips, the time, the device. */
const ROLE_NONE = 0;
const ROLE_TIME = 1;
const ROLE_DEVICE = 2;
/** Power roles are ROLE_POWER + rank (0 = most preferred). */
const ROLE_POWER = 3;
/**
 * The time column and the first needed column after the device column, when the columns from the
 * time column to it hold nothing needed but the device (see `Layout.segmentFrom`); else -1s.
 */
function segmentOf(roleOf, lastNeeded) {
    const none = { segmentFrom: -1, segmentTo: -1 };
    const from = roleOf.indexOf(ROLE_TIME);
    if (from < 0)
        return none;
    let device = false;
    for (let col = from + 1; col <= lastNeeded; col++) {
        const role = roleOf[col];
        if (role === ROLE_DEVICE)
            device = true;
        else if (role !== ROLE_NONE)
            return device ? { segmentFrom: from, segmentTo: col } : none;
    }
    return none;
}
/**
 * Column name without its ` [unit]`: the trimmed header less a last `[...]` (no `]` inside) and
 * the blanks before it. Found by scanning back from the end, in linear time: the regex
 * `\s*\[[^\]]*\]\s*$` tried at every `[` of a header of a million `[` is quadratic.
 */
function baseName(header) {
    const t = header.trim();
    const end = t.length - 1;
    if (end < 1 || t[end] !== ']')
        return t;
    const open = t.indexOf('[', t.lastIndexOf(']', end - 1) + 1);
    if (open < 0 || open >= end)
        return t;
    return t.slice(0, open).trimEnd();
}
const FIELD_NAME = /^[a-z][a-z0-9_.]*$/i;
/** True when a line is an nvidia-smi CSV header: every field a field name, one a power.draw one. */
function isHeaderLine(text) {
    const fields = text.split(',').map(baseName);
    return (fields.every((f) => FIELD_NAME.test(f)) &&
        fields.some((f) => f.toLowerCase().startsWith('power.draw') || f === 'timestamp'));
}
const SLASH_TIME = /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/;
/**
 * True when a log's first line (comments skipped) is an nvidia-smi CSV header (field names joined
 * by ", " with a power.draw field or nvidia-smi's bracketed units), or a header-less row with
 * nvidia-smi's own timestamp layout.
 */
function detectNvidiaSmiCsv(head) {
    const first = head.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
    if (first === undefined)
        return false;
    // A header: field names joined by ", ", with a power.draw field or nvidia-smi's bracketed units.
    if (first.includes(',') && isHeaderLine(first) && /power\.draw|, \S+ \[(W|MiB|%|MHz)\]/i.test(first))
        return true;
    // noheader: `2026/11/27 05:02:35.255, 0, 79.11`, nvidia-smi's own timestamp layout.
    return first.includes(', ') && first.split(',').some((f) => SLASH_TIME.test(f.trim()) && f.trim().length <= 26);
}
/**
 * Builds the column layout of a header line (or of a `columns` list, `lineNo` 0): which column is
 * the time, the device and each power column, and how far a row must be scanned. Reports what is
 * missing to the sink, and notes which columns it integrates; a layout without the columns it
 * needs has no roles, so its rows are dropped as malformed until a usable header appears.
 */
function buildLayout(headers, headerBytes, lineNo, sink, options, zoneName) {
    const names = headers.map(baseName);
    const lower = names.map((n) => n.toLowerCase());
    const file = options.file;
    const at = lineNo > 0 ? { file, line: lineNo } : { file };
    const map = !Array.isArray(options.columns) ? options.columns : undefined;
    const find = (name) => lower.indexOf(baseName(name).toLowerCase());
    const roleOf = new Int8Array(names.length);
    let ok = true;
    const mapped = (role) => {
        const header = map?.[role];
        if (header === undefined)
            return undefined;
        const i = find(header);
        if (i < 0) {
            ok = false;
            sink.report(diagnostics_diagnostic('error', 'traces/unknown-column', `The columns map names "${excerpt(header)}" for ${role}, but this nvidia-smi log has no such column; it has ${excerptList(names)}.${didYouMean(closestNames(header, names))}`, at));
        }
        return i;
    };
    if (map) {
        for (const key of Object.keys(map)) {
            if (key !== 'timestamp' && key !== 'power' && key !== 'device') {
                sink.report(diagnostics_diagnostic('error', 'traces/unknown-column-role', `Unknown key "${excerpt(key)}" in the columns map for an nvidia-smi log: expected timestamp, power or device.${didYouMean(closestNames(key, ['timestamp', 'power', 'device']))}`, at));
            }
        }
    }
    const ts = mapped('timestamp') ?? find('timestamp');
    if (ts < 0) {
        if (map?.timestamp === undefined) {
            sink.report(diagnostics_diagnostic('error', 'traces/nvidia-smi-no-timestamp', `This nvidia-smi log has no timestamp column (columns: ${names.join(', ')}): record it with --query-gpu=timestamp,index,power.draw,...`, at));
        }
        ok = false;
    }
    else
        roleOf[ts] = ROLE_TIME;
    const powerNames = [];
    const powerCols = [];
    const mappedPower = mapped('power');
    if (mappedPower !== undefined) {
        if (mappedPower >= 0) {
            roleOf[mappedPower] = ROLE_POWER;
            powerNames.push(names[mappedPower]);
            powerCols.push(mappedPower);
        }
    }
    else {
        for (const p of POWER_COLUMNS) {
            const i = find(p);
            if (i >= 0) {
                roleOf[i] = ROLE_POWER + powerNames.length;
                powerNames.push(names[i]);
                powerCols.push(i);
            }
        }
        if (powerNames.length === 0) {
            ok = false;
            sink.report(diagnostics_diagnostic('error', 'traces/nvidia-smi-no-power', `This nvidia-smi log has no power column (columns: ${names.join(', ')}): expected one of ${POWER_COLUMNS.join(', ')}.${didYouMean(closestNames('power.draw', names))}`, at));
        }
    }
    let deviceName;
    const mappedDevice = mapped('device');
    let dev = mappedDevice ?? -1;
    if (mappedDevice === undefined) {
        for (const d of DEVICE_COLUMNS) {
            dev = find(d);
            if (dev >= 0)
                break;
        }
    }
    if (dev >= 0) {
        roleOf[dev] = ROLE_DEVICE;
        deviceName = names[dev];
    }
    if (!ok) {
        // Rows under an unusable header are dropped as malformed until a usable header appears.
        return {
            headerBytes,
            names,
            roleOf: new Int8Array(0),
            lastNeeded: -1,
            lastAll: -1,
            powerNames: [],
            deviceName: undefined,
            segmentFrom: -1,
            segmentTo: -1
        };
    }
    // Rows are scanned up to the preferred power column; the fallback columns only once a row
    // needs them (then for the rest of the layout).
    const lastNeeded = Math.max(ts, dev, powerCols[0]);
    const lastAll = powerCols.reduce((a, b) => Math.max(a, b), lastNeeded);
    const prefix = `${file}: integrated ${powerNames[0]}`;
    sink.note?.(`${prefix}${powerNames.length > 1 ? ` (preferred over ${powerNames.slice(1).join(', ')})` : ''} per ${deviceName ?? 'file (no device column: all rows are one GPU)'}; timestamps without a zone read in ${zoneName}.`);
    return { headerBytes, names, roleOf, lastNeeded, lastAll, powerNames, deviceName, ...segmentOf(roleOf, lastAll) };
}

;// CONCATENATED MODULE: ./src/core/traces/formats/nvidia-smi-csv.ts
/**
 * `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits] -l N` logs, read at disk speed.
 *
 * The reader works on the raw bytes of each chunk: it finds line ends with the native
 * `indexOf`, walks a row's fields only up to the last column it needs, reads numbers digit by
 * digit, and parses a timestamp's date, hour and minute only when they differ from the previous
 * row's (a per-minute cache), so a row costs no string and no object. The bytes between the time
 * and the power columns (index, uuid, name: the same on every row of a GPU) are compared with
 * that GPU's previous row's, four at a time, instead of being read field by field. Lines that
 * straddle two chunks are the only bytes copied.
 *
 * Which column holds what comes from the header (nvidia-smi-csv-layout.ts). Repeated header lines
 * (concatenated logs) are skipped; a different header starts a new column layout.
 */






/** Every diagnostic code of the nvidia-smi `--query-gpu` CSV reader (documented in docs/diagnostics/traces.md). */
const NVIDIA_SMI_CSV_CODES = (/* unused pure expression or super */ null && ([
    'traces/nvidia-smi-no-header',
    'traces/nvidia-smi-no-timestamp',
    'traces/nvidia-smi-no-power',
    'traces/unknown-column',
    'traces/unknown-column-role',
    'traces/columns-ignored'
]));
const LF = 10;
const CR = 13;
const SP = 32;
const COMMA = 44;
const ZERO = 48;
const W = 87;
/** The format, for the registry. */
const nvidia_smi_csv_format = {
    id: 'nvidia-smi-csv',
    component: 'gpu',
    detect: detectNvidiaSmiCsv,
    async parse(chunks, sink, options) {
        const end = await new NvidiaSmiCsvReader(sink, options).read(chunks, true);
        nvidia_smi_csv_partNotes(sink, options.file, [end]);
    }
};
/** True when two states read the rest of a file alike. */
function nvidia_smi_csv_sameNvidiaSmiState(a, b) {
    if (a.layout !== b.layout || a.wide !== b.wide || a.reportedNoHeader !== b.reportedNoHeader)
        return false;
    if (a.header === null || b.header === null)
        return a.header === b.header;
    return bytesEqual(a.header, 0, a.header.length, b.header);
}
/**
 * Reads one part of an nvidia-smi CSV file, from a line start: the first part (`seed` undefined)
 * as the whole file's reader starts; a later one from `seed`, the state at its start. Lines are
 * counted from 1 within the part. The notes made of counts over the whole file are not written:
 * {@link partNotes} writes them from every part's end.
 */
function readNvidiaSmiPart(chunks, sink, options, seed) {
    return new NvidiaSmiCsvReader(sink, options, seed).read(chunks, seed === undefined);
}
/**
 * The state after the complete lines of a file's first bytes: what a part that starts later is
 * expected to start from (a file whose header changes, or that falls back to another power column,
 * before that part is read again from the right state; see ../split.ts).
 */
async function nvidia_smi_csv_nvidiaSmiHeadState(head, options) {
    const nl = head.lastIndexOf(LF);
    const lines = head.subarray(0, nl + 1);
    const end = await readNvidiaSmiPart((async function* () {
        yield lines;
    })(), NULL_SINK, options);
    return end.state;
}
/**
 * The notes of a file read in parts, as the whole file's reader writes them at its end: repeated
 * headers, and the fallback column with the first line it was used on (counted over the file).
 */
function nvidia_smi_csv_partNotes(sink, file, ends) {
    let repeated = 0;
    let fallbackRows = 0;
    let fallbackFirstLine = 0;
    let offset = 0;
    for (const end of ends) {
        repeated += end.repeatedHeaders;
        if (fallbackRows === 0 && end.fallbackRows > 0)
            fallbackFirstLine = offset + end.fallbackFirstLine;
        fallbackRows += end.fallbackRows;
        offset += end.lines;
    }
    const last = ends[ends.length - 1];
    if (repeated > 0) {
        sink.note?.(`${file}: ${repeated} repeated header line(s) skipped (logs concatenated).`);
    }
    if (fallbackRows > 0 && last.state.layout) {
        sink.note?.(`${file}: ${last.powerNames[0]} was unavailable in ${fallbackRows} row(s) (first at line ${fallbackFirstLine}); the next available of ${last.powerNames.join(', ')} was used there.`);
    }
}
/** A sink that ignores everything: the calls of a head read only for its state. */
const NULL_SINK = {
    power: () => undefined,
    counter: () => undefined,
    interval: () => undefined,
    drop: () => undefined,
    report: () => undefined
};
/**
 * Index of the comma that ends the field starting at b[i], or `e` at the line's end. Four bytes
 * at a time (a word has a comma byte iff `x ^ 0x2c2c2c2c` has a zero byte), then byte by byte.
 */
function scanComma(b, dv, i, e) {
    let k = i;
    while (k + 4 <= e) {
        const x = dv.getInt32(k, true) ^ 0x2c2c2c2c;
        if (((x - 0x01010101) & ~x & 0x80808080) !== 0)
            break;
        k += 4;
    }
    while (k < e && b[k] !== COMMA)
        k++;
    return k;
}
/** Like scanComma, but bounded by the chunk's end and stopping at a line end (LF or CR) too. */
function scanField(b, dv, i, n) {
    let k = i;
    while (k + 4 <= n) {
        const w = dv.getInt32(k, true);
        const x = w ^ 0x2c2c2c2c;
        const y = w ^ 0x0a0a0a0a;
        if ((((x - 0x01010101) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080)
            break;
        k += 4;
    }
    for (; k < n; k++) {
        const c = b[k];
        if (c === COMMA || c === LF || c === CR)
            return k;
    }
    return k;
}
/** Index of the next LF at or after b[i] (before n), or -1. */
function scanLF(b, dv, i, n) {
    let k = i;
    while (k + 4 <= n) {
        const y = dv.getInt32(k, true) ^ 0x0a0a0a0a;
        if (((y - 0x01010101) & ~y & 0x80808080) !== 0)
            break;
        k += 4;
    }
    for (; k < n; k++)
        if (b[k] === LF)
            return k;
    return -1;
}
/** A byte that may end a field: a comma, or the line's end (LF, CR). */
function isFieldEnd(c) {
    return c === COMMA || c === LF || c === CR;
}
/**
 * True when b[s, s + bytes.length) holds `bytes` (the caller checked that they are there): compared
 * four at a time against `words` (wordsOf(bytes)), then the tail byte by byte.
 */
function sameBytesAt(b, dv, s, bytes, words) {
    const nw = words.length;
    for (let w = 0; w < nw; w++)
        if (dv.getInt32(s + 4 * w, true) !== words[w])
            return false;
    for (let k = nw * 4; k < bytes.length; k++)
        if (b[s + k] !== bytes[k])
            return false;
    return true;
}
/** The first length/4*4 bytes of `bytes` as little-endian 32-bit words, for comparing four at a time. */
function wordsOf(bytes) {
    const words = new Int32Array(bytes.length >> 2);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let w = 0; w < words.length; w++)
        words[w] = dv.getInt32(4 * w, true);
    return words;
}
/**
 * Segments kept per layout, at most: a log whose segments keep changing (a varying column between
 * the time and the power) stops keeping them, rather than copy bytes per row.
 */
const MAX_SEGMENTS_KEPT = 1024;
/** Samples buffered before they are handed to the sink in one call. */
const BATCH = 4096;
/** Streams one nvidia-smi CSV file into a sink. */
class NvidiaSmiCsvReader {
    options;
    zone;
    layout = null;
    lineNo = 0;
    carry = new Uint8Array(4096);
    /** A DataView of the buffer being read (chunk or carry), for four-byte reads. */
    dv = new DataView(new ArrayBuffer(0));
    carryLen = 0;
    overlong = false;
    // Per-minute timestamp cache: the 16 bytes `YYYY/MM/DD HH:MM`, as four little-endian 32-bit
    // words compared four bytes at a time, and their UTC epoch ms.
    tsW0 = 0;
    tsW1 = 0;
    tsW2 = 0;
    tsW3 = 0;
    tsKeyValid = false;
    tsMinuteMs = 0;
    // Device slots: key bytes and the sink's device name, with the next slot predicted.
    slotKeys = [];
    /** Each key's bytes as little-endian 32-bit words (its first length/4*4 bytes). */
    slotWords = [];
    slotNames = [];
    slotMap = null;
    lastSlot = -1;
    /** Per slot, its last segment's bytes and words (see segmentFast); how many were kept. */
    segBytes = [];
    segWords = [];
    segmentsKept = 0;
    fieldStart = new Int32Array(ROLE_POWER + POWER_COLUMNS.length + 8);
    fieldEnd = new Int32Array(ROLE_POWER + POWER_COLUMNS.length + 8);
    // The batch of samples not yet handed over.
    bSlots = new Int32Array(BATCH);
    bTimes = new Float64Array(BATCH);
    bPowers = new Float64Array(BATCH);
    bLines = new Float64Array(BATCH);
    bN = 0;
    reportedNoHeader = false;
    fallbackRows = 0;
    fallbackFirstLine = 0;
    repeatedHeaders = 0;
    sink;
    constructor(sink, options, seed) {
        this.options = options;
        this.zone = options.zone ?? UTC;
        // A later part's layout is rebuilt from its seed silently: its notes were the first part's.
        this.sink = seed ? NULL_SINK : sink;
        if (seed === undefined || (seed.layout && seed.header === null)) {
            if (Array.isArray(options.columns))
                this.layout = this.makeLayout(options.columns, null, 0);
        }
        else if (seed.layout && seed.header !== null) {
            const header = seed.header.slice();
            this.layout = this.makeLayout(asciiText(header, 0, header.length).split(','), header, 0);
        }
        if (seed) {
            if (seed.wide && this.layout !== null)
                this.layout.lastNeeded = this.layout.lastAll;
            this.reportedNoHeader = seed.reportedNoHeader;
        }
        this.sink = sink;
    }
    /**
     * Reads every chunk, then the last line if it has no newline; `first`: the file's first part
     * (a BOM is skipped). Returns how the part ended; a read error is thrown after the rows read
     * before it are handed over.
     */
    async read(chunks, isFirst) {
        let first = isFirst;
        try {
            for await (const chunk of chunks) {
                // A plain Uint8Array view (not a Buffer) keeps the byte loads monomorphic.
                let b = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
                if (first && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
                    b = b.subarray(3);
                first = false;
                this.chunk(b);
            }
        }
        catch (e) {
            // A read error or a truncated gzip: the rows read so far still count (the cut line does not).
            this.flush();
            throw e;
        }
        if (this.carryLen > 0 && !this.overlong) {
            this.dv = new DataView(this.carry.buffer, this.carry.byteOffset, this.carry.byteLength);
            this.line(this.carry, 0, this.carryLen);
        }
        this.carryLen = 0;
        this.flush();
        const layout = this.layout;
        return {
            lines: this.lineNo,
            state: {
                layout: layout !== null,
                header: layout?.headerBytes ?? null,
                wide: layout !== null && layout.lastNeeded === layout.lastAll,
                reportedNoHeader: this.reportedNoHeader
            },
            repeatedHeaders: this.repeatedHeaders,
            fallbackRows: this.fallbackRows,
            fallbackFirstLine: this.fallbackFirstLine,
            powerNames: layout?.powerNames ?? []
        };
    }
    /**
     * A drop, after the samples read before it: the sink sees everything in the order of the lines,
     * whatever the batch boundaries, so a file read in parts gives the same account as read whole.
     */
    drop(reason, line, detail) {
        this.flush();
        this.sink.drop(reason, line, detail);
    }
    /** A diagnostic, after the samples read before it (see `drop`). */
    report(d) {
        this.flush();
        this.sink.report(d);
    }
    /** Hands the buffered samples to the sink. */
    flush() {
        const n = this.bN;
        if (n === 0)
            return;
        this.bN = 0;
        const sink = this.sink;
        if (sink.powerBatch) {
            sink.powerBatch(this.slotNames, this.bSlots, this.bTimes, this.bPowers, this.bLines, n);
        }
        else {
            for (let i = 0; i < n; i++)
                sink.power(this.slotNames[this.bSlots[i]], this.bTimes[i], this.bPowers[i], this.bLines[i]);
        }
    }
    chunk(b) {
        let pos = 0;
        const n = b.length;
        if (this.carryLen > 0 || this.overlong) {
            const nl = b.indexOf(LF);
            if (nl < 0) {
                this.appendCarry(b, 0, n);
                return;
            }
            this.appendCarry(b, 0, nl);
            if (this.overlong) {
                this.overlong = false;
                this.lineNo++;
            }
            else {
                this.dv = new DataView(this.carry.buffer, this.carry.byteOffset, this.carry.byteLength);
                this.line(this.carry, 0, this.carryLen);
            }
            this.carryLen = 0;
            pos = nl + 1;
        }
        this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
        while (pos < n) {
            // Most lines are rows read by the fast path, which also finds their end; anything else
            // (headers, comments, bad values, a new device, a line cut by the chunk's end) is found
            // with indexOf and read by the general path.
            const next = this.fastRow(b, pos, n);
            if (next >= 0) {
                pos = next;
                continue;
            }
            const nl = b.indexOf(LF, pos);
            if (nl < 0)
                break;
            this.line(b, pos, nl);
            pos = nl + 1;
        }
        if (pos < n)
            this.appendCarry(b, pos, n);
    }
    appendCarry(b, s, e) {
        if (this.overlong)
            return;
        const need = this.carryLen + (e - s);
        if (need > MAX_LINE_BYTES) {
            // Not a log line (binary data, no newlines): count it once, keep nothing.
            this.overlong = true;
            this.carryLen = 0;
            this.drop('malformed-row', this.lineNo + 1, `a line longer than ${MAX_LINE_BYTES} bytes`);
            return;
        }
        if (need > this.carry.length) {
            const bigger = new Uint8Array(Math.max(need, this.carry.length * 2));
            bigger.set(this.carry.subarray(0, this.carryLen));
            this.carry = bigger;
        }
        this.carry.set(b.subarray(s, e), this.carryLen);
        this.carryLen = need;
    }
    /** One line `b[s, e)` without its LF. */
    line(b, s, end) {
        const lineNo = ++this.lineNo;
        if (end - s > MAX_LINE_BYTES) {
            // Too long whether or not it straddled blocks: the result must not depend on block sizes.
            this.drop('malformed-row', lineNo, `a line longer than ${MAX_LINE_BYTES} bytes`);
            return;
        }
        let e = end;
        if (e > s && b[e - 1] === CR)
            e--;
        let k = s;
        while (k < e && b[k] === SP)
            k++;
        if (k === e)
            return;
        const c0 = b[k];
        const layout = this.layout;
        // Data rows start with a digit (timestamp, index), `[` or an upper-case letter (name, uuid);
        // anything else may be a header or a comment, decided on the text.
        if (c0 < ZERO || c0 > 57) {
            if (c0 === 35 /* # */)
                return;
            if (layout !== null && layout.headerBytes !== null && bytes_bytesEqual(b, s, e, layout.headerBytes)) {
                this.repeatedHeaders++;
                return;
            }
            if (c0 >= 97 && c0 <= 122 && this.headerLine(b, s, e, lineNo))
                return;
        }
        if (layout === null) {
            this.noHeader(lineNo);
            return;
        }
        this.row(b, s, e, lineNo, layout);
    }
    headerLine(b, s, e, lineNo) {
        const text = asciiText(b, s, e);
        if (!isHeaderLine(text))
            return false;
        if (Array.isArray(this.options.columns) && this.layout !== null && this.layout.headerBytes === null) {
            this.report(diagnostics_diagnostic('notice', 'traces/columns-ignored', 'This nvidia-smi log has a header line, so the columns list given for header-less logs is not used.', { file: this.options.file, line: lineNo }));
        }
        // Samples of the old layout go out before its device slots are replaced.
        this.flush();
        this.layout = this.makeLayout(text.split(','), b.slice(s, e), lineNo);
        return true;
    }
    noHeader(lineNo) {
        if (!this.reportedNoHeader) {
            this.reportedNoHeader = true;
            this.report(diagnostics_diagnostic('error', 'traces/nvidia-smi-no-header', 'This nvidia-smi log has no header line (it was written with --format=csv,noheader): name its columns in the manifest, e.g. trace: { columns: [timestamp, index, power.draw] }, in the order of --query-gpu.', { file: this.options.file, line: lineNo }));
        }
        this.drop('malformed-row', lineNo, 'a row before any header');
    }
    /** Takes the layout of a header (or of the `columns` list): a new layout has new device slots. */
    makeLayout(headers, headerBytes, lineNo) {
        this.slotKeys = [];
        this.slotWords = [];
        this.slotNames = [];
        this.slotMap = null;
        this.lastSlot = -1;
        this.segBytes = [];
        this.segWords = [];
        this.segmentsKept = 0;
        return buildLayout(headers, headerBytes, lineNo, this.sink, this.options, this.zone.name);
    }
    /**
     * A common data row at b[s], read without knowing its end: every needed field must take the
     * fast reading (nvidia-smi timestamp, plain number, the predicted GPU), then the line end is
     * found from the last needed field. Returns the next line's start, or -1 with nothing
     * committed, for the general path to read the line.
     */
    fastRow(b, s, n) {
        const layout = this.layout;
        if (layout === null || layout.lastNeeded < 0 || layout.deviceName === undefined)
            return -1;
        const c0 = b[s];
        // A digit, an upper-case letter or `[`: not a header, comment, blank or indented line.
        if (!((c0 >= ZERO && c0 <= 57) || (c0 >= 65 && c0 <= 91)))
            return -1;
        const roleOf = layout.roleOf;
        const last = layout.lastNeeded;
        const dv = this.dv;
        const at = this.bN;
        let slot = -1;
        let i = s;
        let end;
        // Where this row's segment (see Layout.segmentFrom) starts, when it was read field by field.
        let segStart = -1;
        let segEnd = -1;
        for (let col = 0;; col++) {
            const role = roleOf[col];
            if (role === ROLE_TIME) {
                end = this.timeFast(b, i, n, at);
                if (col === layout.segmentFrom && end >= 0) {
                    const skip = this.segmentFast(b, end, n);
                    if (skip >= 0) {
                        // Go on at column segmentTo (the loop's col++ makes it so).
                        slot = this.lastSlot;
                        col = layout.segmentTo - 1;
                        i = skip;
                        continue;
                    }
                    segStart = end;
                }
            }
            else if (role === ROLE_POWER)
                end = this.powerFast(b, i, n, at);
            else if (role === ROLE_DEVICE) {
                end = this.deviceFast(b, i, n);
                slot = this.lastSlot;
            }
            else
                end = scanField(b, dv, i, n);
            if (end < 0 || end >= n)
                return -1;
            if (col === last)
                break;
            if (b[end] !== COMMA)
                return -1;
            i = end + 1;
            if (col + 1 === layout.segmentTo)
                segEnd = i;
        }
        const lf = b[end] === LF ? end : scanLF(b, dv, end, n);
        if (lf < 0 || lf - s > MAX_LINE_BYTES)
            return -1;
        if (segStart >= 0 && segEnd >= 0)
            this.keepSegment(b, slot, segStart, segEnd);
        const lineNo = ++this.lineNo;
        this.bSlots[at] = slot;
        this.bLines[at] = lineNo;
        if (++this.bN === BATCH)
            this.flush();
        return lf + 1;
    }
    /**
     * The predicted GPU's segment at b[s] (the bytes from the time field's end to the start of
     * column `segmentTo`, as the GPU's last row read field by field had them): when every byte is
     * the same, the fields between are the same too, the device included, so they need not be read.
     * Returns the index after the segment (and leaves the slot in `lastSlot`), or -1.
     */
    segmentFast(b, s, n) {
        const slot = this.predictedSlot();
        if (slot < 0)
            return -1;
        const seg = this.segBytes[slot];
        if (seg === undefined || s + seg.length >= n)
            return -1;
        if (!sameBytesAt(b, this.dv, s, seg, this.segWords[slot]))
            return -1;
        this.lastSlot = slot;
        return s + seg.length;
    }
    /** The slot after the last row's (rows cycle through the GPUs), or -1 when there is no prediction. */
    predictedSlot() {
        const nKeys = this.slotKeys.length;
        if (nKeys === 0 || this.slotMap !== null)
            return -1;
        return this.lastSlot + 1 < nKeys ? this.lastSlot + 1 : 0;
    }
    /** Keeps b[s, e) as `slot`'s segment, unless segments changed too often to pay (see MAX_SEGMENTS_KEPT). */
    keepSegment(b, slot, s, e) {
        if (this.segmentsKept > MAX_SEGMENTS_KEPT || slot < 0)
            return;
        this.segmentsKept++;
        const seg = b.slice(s, e);
        this.segBytes[slot] = seg;
        this.segWords[slot] = wordsOf(seg);
    }
    /**
     * One data row. Fields are consumed in order up to the last needed column, each needed field
     * parsed while it is scanned (the timestamp, the preferred power, the device key compared with
     * the predicted GPU's), so each byte is read about once; the rest of the line is never looked at.
     */
    row(b, s, e, lineNo, layout) {
        const roleOf = layout.roleOf;
        const last = layout.lastNeeded;
        if (last < 0) {
            this.drop('malformed-row', lineNo, 'a row under a header without usable columns');
            return;
        }
        const fs = this.fieldStart;
        const fe = this.fieldEnd;
        const n = this.bN;
        let timeOk = false;
        let status = NumStatus.UNAVAILABLE;
        let slot = 0;
        let i = s;
        for (let col = 0;; col++) {
            const role = roleOf[col];
            let end;
            if (role === ROLE_TIME) {
                end = this.timeFast(b, i, e, n);
                if (end < 0) {
                    end = scanComma(b, this.dv, i, e);
                    timeOk = this.time(b, i, end, n);
                }
                else
                    timeOk = true;
                fs[ROLE_TIME] = i;
                fe[ROLE_TIME] = end;
            }
            else if (role === ROLE_POWER) {
                end = this.powerFast(b, i, e, n);
                if (end < 0) {
                    end = scanComma(b, this.dv, i, e);
                    status = parseDecimalInto(b, i, end, W, this.bPowers, n);
                }
                else
                    status = NumStatus.OK;
                fs[ROLE_POWER] = i;
                fe[ROLE_POWER] = end;
            }
            else if (role === ROLE_DEVICE) {
                end = this.deviceFast(b, i, e);
                if (end < 0) {
                    end = scanComma(b, this.dv, i, e);
                    slot = this.device(b, i, end);
                }
                else
                    slot = this.lastSlot;
            }
            else {
                end = scanComma(b, this.dv, i, e);
                if (role !== ROLE_NONE) {
                    fs[role] = i;
                    fe[role] = end;
                }
            }
            if (col === last)
                break;
            if (end >= e) {
                this.drop('malformed-row', lineNo, `${col + 1} field(s) where at least ${last + 1} were expected`);
                return;
            }
            i = end + 1;
        }
        if (!timeOk) {
            this.drop('bad-timestamp', lineNo, asciiText(b, fs[ROLE_TIME], fe[ROLE_TIME]).trim());
            return;
        }
        if (status !== NumStatus.OK && !this.fallback(b, s, e, lineNo, layout, status, n))
            return;
        this.bSlots[n] = layout.deviceName === undefined ? this.singleDevice() : slot;
        this.bLines[n] = lineNo;
        if (++this.bN === BATCH)
            this.flush();
    }
    /**
     * nvidia-smi's own timestamp at b[i]: `YYYY/MM/DD HH:MM:SS.fff` followed by spaces and a comma
     * (or the line end). Writes the time into the batch and returns the comma's index; -1 when the
     * field is anything else (the caller then takes the general path).
     */
    timeFast(b, start, e, n) {
        let s = start;
        while (s < e && b[s] === SP)
            s++;
        if (s + 19 > e || b[s + 13] !== 58 || b[s + 16] !== 58)
            return -1;
        if (!this.sameMinute(s)) {
            if (!this.minute(b, s))
                return -1;
            this.setMinuteKey(s);
        }
        const s1 = b[s + 17] - ZERO;
        const s2 = b[s + 18] - ZERO;
        if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9)
            return -1;
        let ms = (s1 * 10 + s2) * 1000;
        let p = s + 19;
        if (p < e && b[p] === 46 /* . */) {
            p++;
            let frac = 0;
            let digits = 0;
            let c;
            while (p < e && (c = b[p] - ZERO) >= 0 && c <= 9) {
                frac = frac * 10 + c;
                digits++;
                p++;
            }
            if (digits === 3)
                ms += frac;
            else if (digits > 0)
                ms += (frac * 1000) / 10 ** digits;
            else
                return -1;
        }
        while (p < e && b[p] === SP)
            p++;
        if (p < e && !isFieldEnd(b[p]))
            return -1;
        this.bTimes[n] = this.tsMinuteMs + ms;
        return p;
    }
    /**
     * A plain power value at b[i]: digits with an optional fraction, an optional ` W`, then a comma
     * (or the line end). Writes it into the batch and returns the comma's index; -1 for anything
     * else (`[N/A]`, blanks, signs, exponents), which the caller reads with parseDecimalInto.
     */
    powerFast(b, start, e, n) {
        let p = start;
        while (p < e && b[p] === SP)
            p++;
        let int = 0;
        let digits = 0;
        let scale = 0;
        let c;
        while (p < e && (c = b[p] - ZERO) >= 0 && c <= 9) {
            int = int * 10 + c;
            digits++;
            p++;
        }
        if (p < e && b[p] === 46 /* . */) {
            p++;
            while (p < e && (c = b[p] - ZERO) >= 0 && c <= 9) {
                int = int * 10 + c;
                digits++;
                scale++;
                p++;
            }
        }
        if (digits === 0 || digits > 15)
            return -1;
        while (p < e && b[p] === SP)
            p++;
        if (p < e && b[p] === W) {
            p++;
            while (p < e && b[p] === SP)
                p++;
        }
        if (p < e && !isFieldEnd(b[p]))
            return -1;
        this.bPowers[n] = scale === 0 ? int : int / POW10[scale];
        return p;
    }
    /**
     * The device key at b[i] when it is the predicted GPU's (the one after the last row's): compares
     * the key's bytes and expects a comma (or the line end) after them. Returns the comma's index
     * and leaves the slot in `lastSlot`; -1 when it is another device (the caller looks it up).
     */
    deviceFast(b, start, e) {
        const slot = this.predictedSlot();
        if (slot < 0)
            return -1;
        let p = start;
        while (p < e && b[p] === SP)
            p++;
        const key = this.slotKeys[slot];
        if (p + key.length > e || !sameBytesAt(b, this.dv, p, key, this.slotWords[slot]))
            return -1;
        p += key.length;
        while (p < e && b[p] === SP)
            p++;
        if (p < e && !isFieldEnd(b[p]))
            return -1;
        this.lastSlot = slot;
        return p;
    }
    /**
     * The preferred power column is unavailable in this row: the next preferred column that has a
     * value stands in (power.draw.average is [N/A] on GA100). False (and a drop) when none has.
     */
    fallback(b, s, e, lineNo, layout, firstStatus, n) {
        const nPower = layout.powerNames.length;
        if (nPower > 1 && layout.lastNeeded < layout.lastAll) {
            // Scan the fallback columns from now on; this row again with them.
            layout.lastNeeded = layout.lastAll;
            this.row(b, s, e, lineNo, layout);
            return false;
        }
        let nonNumeric = firstStatus === NumStatus.NON_NUMERIC;
        const fs = this.fieldStart;
        const fe = this.fieldEnd;
        for (let r = 1; r < nPower; r++) {
            const st = parseDecimalInto(b, fs[ROLE_POWER + r], fe[ROLE_POWER + r], W, this.bPowers, n);
            if (st === NumStatus.OK) {
                if (this.fallbackRows++ === 0)
                    this.fallbackFirstLine = lineNo;
                return true;
            }
            if (st === NumStatus.NON_NUMERIC)
                nonNumeric = true;
        }
        const text = asciiText(b, fs[ROLE_POWER], fe[ROLE_POWER]).trim();
        this.drop(nonNumeric ? 'non-numeric' : 'unavailable', lineNo, text === '' ? 'blank' : text);
        return false;
    }
    singleDevice() {
        if (this.slotNames.length === 0)
            this.slotNames.push(`${this.options.devicePrefix}gpu`);
        return 0;
    }
    /** The slot of the device in b[s, e), found by comparing bytes (no string per row). */
    device(b, start, end) {
        let s = start;
        let e = end;
        while (s < e && b[s] === SP)
            s++;
        while (e > s && b[e - 1] === SP)
            e--;
        if (this.slotMap !== null)
            return this.deviceByMap(b, s, e);
        const keys = this.slotKeys;
        const n = keys.length;
        // Rows cycle through the GPUs in order, so the slot after the last one usually matches.
        for (let k = 0, slot = this.lastSlot + 1; k < n; k++, slot++) {
            if (slot >= n)
                slot = 0;
            if (bytes_bytesEqual(b, s, e, keys[slot])) {
                this.lastSlot = slot;
                return slot;
            }
        }
        const key = b.slice(s, e);
        keys.push(key);
        this.slotWords.push(wordsOf(key));
        this.slotNames.push(`${this.options.devicePrefix}${asciiText(b, s, e)}`);
        this.lastSlot = n;
        if (keys.length > 64) {
            // Beyond a node's worth of GPUs, a map is faster than comparing against every key.
            this.slotMap = new Map(this.slotNames.map((nm, idx) => [nm, idx]));
        }
        return n;
    }
    deviceByMap(b, s, e) {
        const name = `${this.options.devicePrefix}${asciiText(b, s, e)}`;
        const map = this.slotMap;
        const known = map.get(name);
        if (known !== undefined)
            return known;
        const slot = this.slotNames.length;
        map.set(name, slot);
        this.slotNames.push(name);
        return slot;
    }
    /**
     * Writes the UTC epoch ms of an nvidia-smi timestamp `YYYY/MM/DD HH:MM:SS.mmm` in b[s, e) (ISO's
     * `-` and `T` accepted too) into the batch at `n`; false when unreadable. The minute comes from a
     * one-entry cache; other layouts go to the text parser.
     */
    time(b, start, end, n) {
        let s = start;
        let e = end;
        while (s < e && b[s] === SP)
            s++;
        while (e > s && b[e - 1] === SP)
            e--;
        const len = e - s;
        if (len < 19 || b[s + 13] !== 58 || b[s + 16] !== 58)
            return this.slowTime(b, s, e, n);
        if (!this.sameMinute(s)) {
            if (!this.minute(b, s))
                return this.slowTime(b, s, e, n);
            this.setMinuteKey(s);
        }
        const s1 = b[s + 17] - ZERO;
        const s2 = b[s + 18] - ZERO;
        if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9)
            return this.slowTime(b, s, e, n);
        let ms = (s1 * 10 + s2) * 1000;
        if (len > 19) {
            if (b[s + 19] !== 46 /* . */)
                return this.slowTime(b, s, e, n);
            let frac = 0;
            let digits = 0;
            for (let i = s + 20; i < e; i++) {
                const c = b[i] - ZERO;
                if (c < 0 || c > 9)
                    return this.slowTime(b, s, e, n);
                frac = frac * 10 + c;
                digits++;
            }
            if (digits === 3)
                ms += frac;
            else if (digits > 0)
                ms += (frac * 1000) / 10 ** digits;
        }
        this.bTimes[n] = this.tsMinuteMs + ms;
        return true;
    }
    /**
     * True when the 16 bytes at `s` of the buffer being read (`this.dv`'s; the caller checked that
     * 19 are there) are the cached minute's: the seconds, at +17, change most, so the last word
     * goes first.
     */
    sameMinute(s) {
        const dv = this.dv;
        return (this.tsKeyValid &&
            dv.getInt32(s + 12, true) === this.tsW3 &&
            dv.getInt32(s + 8, true) === this.tsW2 &&
            dv.getInt32(s + 4, true) === this.tsW1 &&
            dv.getInt32(s, true) === this.tsW0);
    }
    /** Caches the minute's 16 bytes at `s` (already read by `minute`) as four words. */
    setMinuteKey(s) {
        const dv = this.dv;
        this.tsW0 = dv.getInt32(s, true);
        this.tsW1 = dv.getInt32(s + 4, true);
        this.tsW2 = dv.getInt32(s + 8, true);
        this.tsW3 = dv.getInt32(s + 12, true);
        this.tsKeyValid = true;
    }
    /** Reads the minute `YYYY/MM/DD HH:MM` at b[s] into the cache; false when not that layout. */
    minute(b, s) {
        const sep1 = b[s + 4];
        if ((sep1 !== 47 && sep1 !== 45) || b[s + 7] !== sep1 || (b[s + 10] !== SP && b[s + 10] !== 84))
            return false;
        const d = (i) => {
            const c = b[s + i] - ZERO;
            return c >= 0 && c <= 9 ? c : NaN;
        };
        const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
        const month = d(5) * 10 + d(6);
        const day = d(8) * 10 + d(9);
        const hour = d(11) * 10 + d(12);
        const min = d(14) * 10 + d(15);
        if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && min <= 59))
            return false;
        const local = Date.UTC(year, month - 1, day, hour, min);
        if (new Date(local).getUTCDate() !== day)
            return false;
        this.tsMinuteMs = this.zone.localToUtcMs(local);
        return true;
    }
    slowTime(b, s, e, n) {
        const t = parseDateTime(asciiText(b, s, e), this.zone);
        if (Number.isNaN(t))
            return false;
        this.bTimes[n] = t;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/core/traces/formats/nvidia-smi-dmon.ts
/**
 * `nvidia-smi dmon` logs: whitespace-aligned columns under a `# gpu pwr ...` header (repeated
 * every screenful), integer watts in `pwr`, `-` where a value is unavailable.
 *
 * Time: with `-o DT` each row carries `YYYYMMDD HH:MM:SS` (local time, read in the manifest's
 * timezone). Without a date (`-o T`, or no `-o` at all) the rows cannot be placed in wall-clock
 * time: times are relative (the time of day, rolled over at midnight, with `-o T`; otherwise
 * dmon's default interval of 1 s is assumed per row of each GPU), the energy still counts, and a
 * warning says so.
 */





/** Every diagnostic code of the nvidia-smi dmon reader (documented in docs/diagnostics/traces.md). */
const NVIDIA_SMI_DMON_CODES = (/* unused pure expression or super */ null && (['traces/dmon-no-power', 'traces/dmon-no-header']));
/** dmon's default sampling interval (`-d 1`), assumed when rows carry no time. */
const DMON_DEFAULT_INTERVAL_MS = 1000;
const DAY_MS = 86_400_000;
/** Column names of a `#` header line (`# gpu pwr`, `#Date Time gpu pwr`), lower-cased. */
function headerNames(line) {
    return line
        .replace(/^#/, '')
        .trim()
        .split(/\s+/)
        .map((n) => n.toLowerCase());
}
/** The format, for the registry. */
const nvidia_smi_dmon_format = {
    id: 'nvidia-smi-dmon',
    component: 'gpu',
    detect(head) {
        const first = head.split('\n').find((l) => l.trim() !== '');
        if (first === undefined || !first.startsWith('#'))
            return false;
        const names = headerNames(first);
        // pmon (per-process) shares the '# gpu' start but has a pid column.
        return (names.includes('gpu') &&
            !names.includes('pid') &&
            (names.includes('pwr') || names.includes('sm') || names.includes('gtemp')));
    },
    async parse(chunks, sink, options) {
        const file = options.file;
        const zone = options.zone ?? UTC;
        let names = null;
        let gpuCol = -1, pwrCol = -1, dateCol = -1, timeCol = -1;
        let reportedNoPower = false;
        let reportedNoHeader = false;
        let mode = 'none';
        const rowsPerDevice = new Map();
        const lastTimeOfDay = new Map();
        const declared = new Set();
        await forEachLine(chunks, (text, line) => {
            if (text.trim() === '')
                return;
            if (text.startsWith('#')) {
                const h = headerNames(text);
                if (!h.includes('gpu'))
                    return; // the units line (`# Idx W C ...`)
                if (names !== null && h.join(' ') === names.join(' '))
                    return;
                names = h;
                gpuCol = h.indexOf('gpu');
                pwrCol = h.indexOf('pwr');
                dateCol = h.indexOf('date');
                timeCol = h.indexOf('time');
                mode = dateCol >= 0 && timeCol >= 0 ? 'datetime' : timeCol >= 0 ? 'time' : 'none';
                if (pwrCol < 0 && !reportedNoPower) {
                    reportedNoPower = true;
                    sink.report(diagnostics_diagnostic('error', 'traces/dmon-no-power', `This dmon log has no pwr column (columns: ${excerptList(h)}): record it with nvidia-smi dmon -s p (or -s pucm) -o DT.`, { file, line }));
                }
                if (mode === 'datetime')
                    sink.note?.(`${file}: integrated dmon's pwr (integer watts) per gpu; timestamps read in ${zone.name}.`);
                else
                    sink.note?.(`${file}: integrated dmon's pwr (integer watts) per gpu; the log has no date column, so its times are relative (record with -o DT).`);
                return;
            }
            if (names === null) {
                if (!reportedNoHeader) {
                    reportedNoHeader = true;
                    sink.report(diagnostics_diagnostic('error', 'traces/dmon-no-header', 'dmon rows before any "# gpu ..." header line: the columns are unknown.', { file, line }));
                }
                sink.drop('malformed-row', line, 'a row before any header');
                return;
            }
            if (pwrCol < 0) {
                sink.drop('malformed-row', line, 'no pwr column');
                return;
            }
            const cells = text.trim().split(/\s+/);
            if (cells.length !== names.length) {
                sink.drop('malformed-row', line, `${cells.length} fields where the header has ${names.length}`);
                return;
            }
            const device = `${options.devicePrefix}${cells[gpuCol]}`;
            const raw = cells[pwrCol];
            let timeMs;
            if (mode === 'datetime') {
                timeMs = dmonDateTime(cells[dateCol], cells[timeCol], zone);
            }
            else {
                if (!declared.has(device)) {
                    declared.add(device);
                    sink.untimed?.(device, mode === 'time'
                        ? 'dmon -o T has no date; times of day are used, rolled over at midnight'
                        : `dmon without -o DT has no times; rows are assumed ${DMON_DEFAULT_INTERVAL_MS / 1000} s apart (dmon's default -d 1)`);
                }
                if (mode === 'time') {
                    const tod = timeOfDayMs(cells[timeCol]);
                    let st = lastTimeOfDay.get(device);
                    if (st === undefined) {
                        st = { last: tod, dayOffset: 0 };
                        lastTimeOfDay.set(device, st);
                    }
                    // A time of day more than 12 h earlier than the last one is the next day.
                    if (tod < st.last - DAY_MS / 2)
                        st.dayOffset += DAY_MS;
                    st.last = tod;
                    timeMs = tod + st.dayOffset;
                }
                else {
                    const k = rowsPerDevice.get(device) ?? 0;
                    rowsPerDevice.set(device, k + 1);
                    timeMs = k * DMON_DEFAULT_INTERVAL_MS;
                }
            }
            if (raw === '-' || raw === 'N/A') {
                sink.drop('unavailable', line, raw);
                return;
            }
            if (!/^-?\d+(\.\d+)?$/.test(raw)) {
                sink.drop('non-numeric', line, raw);
                return;
            }
            sink.power(device, timeMs, Number(raw), line);
        }, (line) => sink.drop('malformed-row', line, 'an overlong line'));
    }
};
/** `20261127` + `05:02:35` → UTC ms, local time in `zone`; NaN when unreadable. */
function dmonDateTime(date, time, zone) {
    if (!/^\d{8}$/.test(date) || !/^\d{2}:\d{2}:\d{2}$/.test(time))
        return NaN;
    return parseDateTime(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)} ${time}`, zone);
}
/** `HH:MM:SS` → ms since midnight; NaN when unreadable. */
function timeOfDayMs(time) {
    const t = /^(\d{2}):(\d{2}):(\d{2})$/.exec(time);
    if (!t)
        return NaN;
    const h = Number(t[1]), m = Number(t[2]), s = Number(t[3]);
    if (h > 23 || m > 59 || s > 60)
        return NaN;
    return ((h * 60 + m) * 60 + s) * 1000;
}

;// CONCATENATED MODULE: ./src/core/traces/tell.ts
/**
 * How a trace parser tells the user of a choice it made, through its sink beside the samples.
 * Every format words these the same way, so the helper lives here once.
 */

/**
 * States a choice a parser made: as a report note (naming the file) where the sink takes notes,
 * else as a notice at the file (and line, where one is given).
 */
function tellNote(sink, code, text, file, line) {
    if (sink.note)
        sink.note(`${file}: ${text}`);
    else
        sink.report(diagnostics_diagnostic('notice', code, text, { file, line }));
}

;// CONCATENATED MODULE: ./src/core/traces/formats/codecarbon.ts
/**
 * CodeCarbon `emissions.csv`, every version (11/12 columns in 1.x up to 38 in 3.2+), read by header
 * name because columns move between versions and within one file (pandas re-orders them when it
 * appends rows with all-empty columns).
 *
 * What a row is: CodeCarbon's `FileOutput.out(total, delta)` writes the tracker's running `total`
 * (energy since `start()`), once at `stop()` and once at every `flush()`; in the default `append`
 * mode each call adds a row, in `update` mode it replaces the run's row. So all rows of one run
 * (`run_id`; `experiment_id` in 1.x, where it was the per-tracker id) are cumulative snapshots of
 * the same energy: only the latest one counts, or the run would be counted once per flush. Rows
 * without an id (the 11-column 1.x variant, or an empty `run_id`) are grouped the same way when
 * they look like one tracker's flushes: same `project_name`, the same start (timestamp - duration,
 * within SAME_START_TOLERANCE_MS), and duration and every energy not going down. A row that does not
 * fit any earlier one is a run of its own. Where a run's latest row lacks a component an earlier
 * row of it had (an empty `cpu_energy` with no total to recover it from), that component's latest
 * known value is counted, and a note says so.
 *
 * Energy: `cpu_energy`, `gpu_energy`, `ram_energy` (kWh) per component where the columns exist,
 * else `energy_consumed` as `other`, each as one interval [timestamp - duration, timestamp] on the
 * device `<prefix><run id>/<component>`. `gpu_energy` is the sum over the machine's GPUs; with
 * `gpu_count` N > 1 it is spread evenly over N devices `<run id>/gpu0..N-1`. These already include CodeCarbon's own `pue` (applied to every
 * energy delta; default 1.0), hence `pueIncluded`; a file whose PUE is 1.0 (or absent) is plain IT
 * energy, which `reportPue` tells the sink, and the note records which it was.
 */







/** Every diagnostic code of the CodeCarbon reader (documented in docs/diagnostics/formats.md). */
const CODECARBON_CODES = (/* unused pure expression or super */ null && ([
    'traces/missing-header',
    'traces/missing-column',
    'traces/codecarbon-snapshots',
    'traces/pue-included',
    'traces/unclosed-quote'
]));
/** CodeCarbon's energy columns and the component each one measures. */
const COMPONENT_COLUMNS = [
    ['cpu_energy', 'cpu'],
    ['gpu_energy', 'gpu'],
    ['ram_energy', 'memory']
];
/** Every column name CodeCarbon has written (1.0 to 3.3), for "did you mean" on a bad header. */
const KNOWN_COLUMNS = [
    'timestamp',
    'project_name',
    'run_id',
    'experiment_id',
    'duration',
    'emissions',
    'emissions_rate',
    'cpu_power',
    'gpu_power',
    'ram_power',
    'cpu_energy',
    'gpu_energy',
    'ram_energy',
    'energy_consumed',
    'water_consumed',
    'country_name',
    'country_iso_code',
    'region',
    'cloud_provider',
    'cloud_region',
    'os',
    'python_version',
    'codecarbon_version',
    'cpu_count',
    'cpu_model',
    'gpu_count',
    'gpu_model',
    'longitude',
    'latitude',
    'ram_total_size',
    'tracking_mode',
    'cpu_utilization_percent',
    'gpu_utilization_percent',
    'ram_utilization_percent',
    'ram_used_gb',
    'on_cloud',
    'pue',
    'wue'
];
/**
 * How far apart (ms) two rows' start times (timestamp - duration) may be and still be snapshots of
 * one tracker run. Every row of a run has the same true start, so the computed start moves only by
 * how the two values are written: `timestamp` is the wall clock printed to whole seconds (up to 1 s
 * off), stamped a moment after `duration` was taken (more on a loaded machine), and the wall clock
 * itself may be slewed by NTP while `duration` runs on. That is a second or two; 5 s leaves room
 * for it. It is kept small because it is also the only thing, besides a duration and energies that
 * never go down, that tells two runs of one project apart when their rows carry no id: two such
 * runs started within 5 s of each other (two processes launched together) cannot be told apart
 * and are taken as one. A run whose wall clock is stepped by more than 5 s between two flushes is
 * split in two, which the snapshot note's count shows.
 */
const SAME_START_TOLERANCE_MS = 5000;
/**
 * How many runs without an id, per project and start-time bucket, a row is compared with: a
 * hostile file of a million id-less rows with one start must not cost a million comparisons a
 * row. Real files hold a handful of runs per project and start.
 */
const MAX_CANDIDATES = 64;
/** Relative slack for "did not go down": energies are sums of floats, printed to ~16 digits. */
const NON_DECREASING_SLACK = 1e-9;
/** True when a record is a CodeCarbon header (first row, or repeated where files were joined). */
function isHeader(fields) {
    const names = fields.map((f) => f.trim().toLowerCase());
    return names.includes('timestamp') && names.includes('project_name');
}
/** Reads a header; reports what is missing (with suggestions) and returns undefined then. */
function readHeader(fields, line, sink, file) {
    const names = fields.map((f) => f.trim().toLowerCase());
    const at = (name) => names.indexOf(name);
    const components = COMPONENT_COLUMNS.filter(([name]) => at(name) !== -1).map(([name, component]) => ({
        index: at(name),
        name,
        component
    }));
    const missing = [];
    if (at('timestamp') === -1)
        missing.push('timestamp');
    if (at('duration') === -1)
        missing.push('duration');
    if (at('energy_consumed') === -1 && components.length === 0)
        missing.push('energy_consumed');
    for (const name of missing) {
        const unknown = names.filter((n) => !KNOWN_COLUMNS.includes(n));
        sink.report(diagnostics_diagnostic('error', 'traces/missing-column', `CodeCarbon header has no "${name}" column; expected CodeCarbon's emissions.csv columns (timestamp, duration, energy_consumed or cpu_energy/gpu_energy/ram_energy).${didYouMean(closestNames(name, unknown))}`, { file, line, column: 1 }));
    }
    if (missing.length > 0)
        return undefined;
    return {
        count: fields.length,
        timestamp: at('timestamp'),
        duration: at('duration'),
        runId: at('run_id'),
        experimentId: at('experiment_id'),
        project: at('project_name'),
        energyConsumed: at('energy_consumed'),
        components,
        pue: at('pue'),
        version: at('codecarbon_version'),
        gpuCount: at('gpu_count'),
        gpuModel: at('gpu_model')
    };
}
/** GPUs on the row: `gpu_count` (`4` or `4.0`), else the `N x` prefix of `gpu_model`; 1 when neither. */
function gpuCountOf(fields, columns) {
    const count = cell(fields, columns.gpuCount);
    if (count !== undefined && Number.isInteger(count) && count >= 1 && count <= 1024)
        return count;
    const model = columns.gpuModel === -1 ? undefined : /^\s*(\d+)\s*x\s/i.exec(fields[columns.gpuModel]);
    const n = model ? Number(model[1]) : 1;
    return n >= 1 && n <= 1024 ? n : 1;
}
/** Parses a CodeCarbon number: empty is `undefined`, anything else not finite is NaN. */
function cell(fields, index) {
    if (index === -1)
        return undefined;
    const text = fields[index].trim();
    if (text === '' || /^(nan|none|null)$/i.test(text))
        return undefined;
    return Number(text);
}
/** True when `later` did not go down from `earlier` (floating-point sums allowed a little slack). */
function notBelow(later, earlier) {
    return later >= earlier - NON_DECREASING_SLACK * Math.max(1, Math.abs(earlier));
}
/**
 * True when an id-less row can be a later cumulative snapshot of `previous`: same project, the
 * same start within the tolerance, and a duration and every energy both rows have not going down.
 */
function continues(previous, next) {
    if (previous.project !== next.project)
        return false;
    if (Math.abs(next.startMs - previous.startMs) > SAME_START_TOLERANCE_MS)
        return false;
    if (!notBelow(next.durationS, previous.durationS))
        return false;
    for (const { component, energyKWh } of next.energies) {
        const before = previous.energies.find((e) => e.component === component);
        if (before && !notBelow(energyKWh, before.energyKWh))
            return false;
    }
    return true;
}
/** The start-time bucket of a snapshot, for finding id-less runs with about the same start. */
function bucketOf(startMs) {
    return Math.floor(startMs / SAME_START_TOLERANCE_MS);
}
/**
 * Makes `next` the latest snapshot of `previous`'s run: it keeps the run's device, learns the
 * components it measured, and, for a component it lacks (no value and no total to recover it
 * from) that an earlier row had, counts that row's value instead of dropping it. Returns what was
 * carried, for the note.
 */
function supersede(previous, next) {
    next.device = previous.device;
    const known = new Map(previous.known);
    for (const { component, energyKWh } of next.energies)
        if (component !== 'other')
            known.set(component, { energyKWh, line: next.line });
    next.known = known;
    const carried = [];
    next.drops = next.drops.filter((drop) => {
        const last = drop.component === undefined ? undefined : known.get(drop.component);
        if (!drop.component || !last || next.energies.some((e) => e.component === drop.component))
            return true;
        next.energies.push({ component: drop.component, energyKWh: last.energyKWh });
        carried.push(`line ${next.line} ${drop.column} (${last.energyKWh} kWh from line ${last.line})`);
        return false;
    });
    return carried;
}
async function parse(chunks, sink, options) {
    const { file } = options;
    const zone = options.zone ?? UTC;
    let columns;
    let headerBroken = false;
    let superseded = 0;
    /** Of `superseded`, the rows without an id, grouped by project and start. */
    let supersededAnonymous = 0;
    /** Components counted at an earlier row's value, for the note ("line 7 cpu_energy (...)"). */
    const carried = [];
    let carriedCount = 0;
    /** The latest snapshot per run key, and how many runs have reused each key. */
    const runs = new Map();
    const reuse = new Map();
    const finished = [];
    /** Keys of id-less runs by project and start-time bucket (a key may sit in two buckets). */
    const anonymous = new Map();
    const remember = (snapshot, key) => {
        const buckets = anonymous.get(snapshot.project) ?? new Map();
        anonymous.set(snapshot.project, buckets);
        const bucket = bucketOf(snapshot.startMs);
        const keys = buckets.get(bucket) ?? [];
        buckets.set(bucket, keys);
        if (keys[keys.length - 1] !== key)
            keys.push(key);
    };
    /** The id-less run an id-less row continues: the one whose start is closest, latest on a tie. */
    const findAnonymous = (snapshot) => {
        const buckets = anonymous.get(snapshot.project);
        if (!buckets)
            return undefined;
        let best;
        const bucket = bucketOf(snapshot.startMs);
        for (const b of [bucket - 1, bucket, bucket + 1]) {
            const keys = buckets.get(b) ?? [];
            for (let i = keys.length - 1; i >= Math.max(0, keys.length - MAX_CANDIDATES); i--) {
                const previous = runs.get(keys[i]);
                if (!previous || !continues(previous, snapshot))
                    continue;
                const offMs = Math.abs(snapshot.startMs - previous.startMs);
                if (!best || offMs < best.offMs)
                    best = { key: keys[i], offMs };
            }
        }
        return best?.key;
    };
    const carry = (what) => {
        carriedCount += what.length;
        for (const w of what)
            if (carried.length < 3)
                carried.push(w);
    };
    await forEachCsvRecord(chunks, (fields, line) => {
        if (isHeader(fields)) {
            columns = readHeader(fields, line, sink, file);
            headerBroken = columns === undefined;
            return;
        }
        if (!columns) {
            if (!headerBroken) {
                headerBroken = true;
                sink.report(diagnostics_diagnostic('error', 'traces/missing-header', 'CodeCarbon file has no header row; expected "timestamp,project_name,..." as its first line.', { file, line, column: 1 }));
            }
            sink.drop('malformed-row', line, 'no CodeCarbon header before this row');
            return;
        }
        if (fields.length !== columns.count) {
            // CodeCarbon's append mode drops all-empty columns before writing a row, so a row can be
            // shorter than the header; its values cannot be matched to names, so it is not used.
            sink.drop('malformed-row', line, `${fields.length} fields where the header has ${columns.count}`);
            return;
        }
        const endMs = parseDateTime(fields[columns.timestamp], zone);
        if (Number.isNaN(endMs)) {
            sink.drop('bad-timestamp', line, `timestamp "${excerpt(fields[columns.timestamp])}"`);
            return;
        }
        const durationS = cell(fields, columns.duration);
        if (durationS === undefined)
            return sink.drop('unavailable', line, 'duration is empty');
        if (Number.isNaN(durationS))
            return sink.drop('non-numeric', line, `duration "${excerpt(fields[columns.duration])}"`);
        if (durationS < 0)
            return sink.drop('negative', line, `duration ${durationS}`);
        const energies = [];
        const problems = [];
        let componentSumKWh = 0;
        for (const { index, name, component } of columns.components) {
            const energyKWh = cell(fields, index);
            if (energyKWh === undefined || Number.isNaN(energyKWh) || energyKWh < 0) {
                const reason = energyKWh === undefined ? 'unavailable' : Number.isNaN(energyKWh) ? 'non-numeric' : 'negative';
                problems.push({ reason, detail: `${name} "${excerpt(fields[index].trim())}"`, component, column: name });
                continue;
            }
            energies.push({ component, energyKWh });
            componentSumKWh += energyKWh;
        }
        const totalKWh = cell(fields, columns.energyConsumed);
        const totalUsable = totalKWh !== undefined && Number.isFinite(totalKWh) && totalKWh >= 0;
        if (columns.components.length === 0 || problems.length > 0) {
            if (totalUsable) {
                // The total less the components that are there is what the unreadable ones drew, so no
                // energy is lost: it is kept as `other`.
                const restKWh = totalKWh - componentSumKWh;
                if (restKWh > 1e-12 * Math.max(1, totalKWh))
                    energies.push({ component: 'other', energyKWh: restKWh });
                problems.length = 0;
            }
            else if (columns.components.length === 0) {
                const reason = totalKWh === undefined ? 'unavailable' : Number.isNaN(totalKWh) ? 'non-numeric' : 'negative';
                problems.push({ reason, detail: `energy_consumed "${excerpt(fields[columns.energyConsumed].trim())}"` });
            }
        }
        if (energies.length === 0) {
            for (const p of problems)
                sink.drop(p.reason, line, p.detail);
            return;
        }
        const id = (columns.runId !== -1 ? fields[columns.runId] : columns.experimentId !== -1 ? fields[columns.experimentId] : '').trim();
        const startMs = endMs - durationS * 1000;
        const known = new Map();
        for (const { component, energyKWh } of energies)
            if (component !== 'other')
                known.set(component, { energyKWh, line });
        const snapshot = {
            device: '',
            line,
            startMs,
            endMs,
            durationS,
            energies,
            drops: problems,
            project: columns.project === -1 ? '' : fields[columns.project].trim(),
            known,
            pue: columns.pue === -1 ? '' : fields[columns.pue].trim(),
            version: columns.version === -1 ? '' : fields[columns.version].trim(),
            gpuCount: gpuCountOf(fields, columns)
        };
        if (id === '') {
            // No id: a flush of an earlier id-less run of this project where one fits, else a run.
            const continued = findAnonymous(snapshot);
            if (continued !== undefined) {
                carry(supersede(runs.get(continued), snapshot));
                superseded++;
                supersededAnonymous++;
                runs.set(continued, snapshot);
                remember(snapshot, continued);
                return;
            }
            const key = `row-${line}`;
            snapshot.device = `${options.devicePrefix}${key}`;
            runs.set(key, snapshot);
            remember(snapshot, key);
            return;
        }
        const key = id;
        snapshot.device = `${options.devicePrefix}${key}`;
        const previous = runs.get(key);
        if (previous &&
            durationS >= previous.durationS &&
            Math.abs(startMs - previous.startMs) <= SAME_START_TOLERANCE_MS) {
            // A later cumulative snapshot of the same tracker run supersedes the earlier one.
            superseded++;
            carry(supersede(previous, snapshot));
            runs.set(key, snapshot);
            return;
        }
        if (previous) {
            // The id was reused by another run (1.x experiment ids, or a restarted tracker).
            finished.push(previous);
            const n = (reuse.get(key) ?? 1) + 1;
            reuse.set(key, n);
            snapshot.device = `${options.devicePrefix}${key}#${n}`;
        }
        runs.set(key, snapshot);
    }, (line) => sink.drop('malformed-row', line, 'line longer than any CodeCarbon row'), (start, end) => sink.report(diagnostics_diagnostic('warning', 'traces/unclosed-quote', unclosedQuoteMessage(start, end), { file, line: start })));
    for (const run of runs.values())
        finished.push(run);
    finished.sort((a, b) => a.line - b.line);
    for (const run of finished) {
        // One device key per run and component: a device carries one component, and the three
        // components of a run cover the same time, which one device's intervals may not.
        for (const { component, energyKWh } of run.energies) {
            if (component === 'gpu' && run.gpuCount > 1) {
                // CodeCarbon sums its GPUs; spread evenly, each GPU is one device, so the per-device
                // plausibility check applies per GPU and not to an 8-GPU total.
                for (let g = 0; g < run.gpuCount; g++)
                    sink.interval(`${run.device}/gpu${g}`, run.startMs, run.endMs, energyKWh / run.gpuCount, run.line, component);
            }
            else
                sink.interval(`${run.device}/${component}`, run.startMs, run.endMs, energyKWh, run.line, component);
        }
        for (const { reason, detail } of run.drops)
            sink.drop(reason, run.line, detail);
    }
    // A file with no usable row is reported by the integrator (`traces/no-samples`).
    if (finished.length === 0)
        return;
    if (superseded > 0) {
        tellNote(sink, 'traces/codecarbon-snapshots', `${superseded} CodeCarbon row(s) were earlier cumulative snapshots (flush) of a run that has a later row; only each run's latest row is counted.${supersededAnonymous > 0
            ? ` ${supersededAnonymous} of them have no run id: they were matched to their run by project_name, a start (timestamp - duration) within ${SAME_START_TOLERANCE_MS / 1000} s, and a duration and energies that did not go down.`
            : ''}`, file);
    }
    if (carriedCount > 0) {
        tellNote(sink, 'traces/codecarbon-snapshots', `${carriedCount} component value(s) missing from a run's latest CodeCarbon row (empty, with no energy_consumed to recover them from) were taken from an earlier row of the same run, so what that component drew after the earlier row is not counted: ${carried.join('; ')}${carriedCount > carried.length ? '; ...' : ''}.`, file);
    }
    reportPue(finished, sink, file);
}
/**
 * Decides, per file, whether CodeCarbon's energy already includes a facility PUE, and says so.
 * CodeCarbon multiplies every energy delta by its `pue` setting. Above 1 that is a facility
 * overhead, and carbon-gate must not apply another. At 1.0 (its default), or without a `pue`
 * column (before 2.3, when it applied none), the energy is plain IT energy: the run's PUE is then
 * applied once, like for any other log. A file that mixes both is taken as PUE-included (the runs
 * above 1 must not be multiplied again), and the note names the runs at 1.0.
 */
function reportPue(runs, sink, file) {
    const appliedPue = (run) => Number(run.pue) > 1;
    const included = runs.some(appliedPue);
    sink.pueIncluded?.(included, [...new Set(runs.filter(appliedPue).map((r) => Number(r.pue)))]);
    const byPue = new Map();
    for (const run of runs) {
        const list = byPue.get(run.pue) ?? [];
        list.push(run);
        byPue.set(run.pue, list);
    }
    for (const [pue, list] of byPue) {
        const versions = [...new Set(list.map((r) => r.version).filter(Boolean))];
        const by = versions.length ? `CodeCarbon ${versions.join(', ')}` : 'CodeCarbon';
        let message;
        if (appliedPue(list[0])) {
            message = `${by} energy already includes its PUE ${pue} (column "pue"); carbon-gate applies no further PUE to this file.`;
        }
        else if (included) {
            message = `${by} energy of ${list.length} run(s) carries PUE ${pue || '1.0 (no "pue" column)'}, but other runs in this file carry a PUE above 1, so the whole file is taken as PUE-included and no further PUE is applied; split the files to have the run's PUE applied to these.`;
        }
        else {
            const why = pue
                ? `its PUE ${pue} (column "pue") adds no facility overhead`
                : 'it wrote no "pue" column (before 2.3 it applied none)';
            message = `${by} energy is plain IT energy: ${why}, so carbon-gate applies the run's PUE to it once.`;
        }
        tellNote(sink, 'traces/pue-included', message, file, list[0].line);
    }
}
/** The CodeCarbon `emissions.csv` format. */
const codecarbon_format = {
    id: 'codecarbon',
    pueIncluded: true,
    detect(head) {
        const first = head
            .replace(/^\ufeff/, '')
            .split(/\r?\n/, 1)[0]
            .toLowerCase();
        const names = first.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
        return (names.includes('timestamp') &&
            names.includes('project_name') &&
            (names.includes('energy_consumed') || names.includes('duration')));
    },
    parse
};

;// CONCATENATED MODULE: ./src/core/traces/formats/dcgm-prometheus.ts
/**
 * dcgm-exporter scrapes: Prometheus text exposition (`curl :9400/metrics`), many scrapes
 * concatenated in one file. Two DCGM fields carry energy:
 *
 * - `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION` (field 156): a counter in mJ since the driver loaded.
 *   Preferred: the GPU integrates it in hardware, so sampling gaps lose nothing.
 * - `DCGM_FI_DEV_POWER_USAGE` (field 155): a gauge in W, integrated by trapezoid where a GPU has
 *   no usable counter (older exporters, GPUs that report NOT_SUPPORTED).
 *
 * A raw scrape carries no time, so each sample's time is, in order of preference: the exposition
 * format's optional trailing timestamp (ms since the epoch); else the latest scrape marker, which
 * is a comment `# scrape <time>` (also `# timestamp`, `# time`, `# ts`) or a line holding only a
 * time, as `date -Is` or `date +%s` print between `curl`s. A time is ISO 8601 or a Unix epoch
 * number; an ISO time without a zone is read in the run's timezone.
 *
 * A GPU is keyed by host and `UUID`, so MIG instances (`GPU_I_ID`, `GPU_I_PROFILE`) and
 * Kubernetes pod labels, which repeat the same GPU-wide value, count once. DCGM's blank sentinels
 * (INT32, INT64 and FP64 BLANK / NOT_FOUND / NOT_SUPPORTED / NOT_PERMISSIONED) are `unavailable`.
 */






/** Every diagnostic code of the dcgm-exporter scrape reader (documented in docs/diagnostics/formats.md). */
const DCGM_PROMETHEUS_CODES = (/* unused pure expression or super */ null && (['traces/no-scrape-time', 'traces/bad-scrape-time', 'traces/dcgm-source']));
/** The power gauge, W (DCGM field 155). */
const DCGM_POWER_METRIC = 'DCGM_FI_DEV_POWER_USAGE';
/** The energy counter, mJ since the driver loaded (DCGM field 156). */
const DCGM_ENERGY_METRIC = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
/**
 * DCGM's "no value" sentinels, from `dcgm_fields.h` (also NVIDIA/go-dcgm `const.go`): each BLANK
 * value is followed by NOT_FOUND (+1), NOT_SUPPORTED (+2) and NOT_PERMISSIONED (+3).
 */
const INT32_BLANK = 2147483632;
const FP64_BLANK = 140737488355328;
/** INT64 BLANK is 9223372036854775792 (2^63 - 16): as a double it and its three successors all
 * round to 2^63, so anything from 2^63 - 1024 up is a sentinel; no real counter gets near it. */
const INT64_BLANK_AS_DOUBLE_MIN = 2 ** 63 - 1024;
/** The DCGM sentinel a value is, or undefined for a real value. */
function dcgmSentinel(value) {
    const names = ['BLANK', 'NOT_FOUND', 'NOT_SUPPORTED', 'NOT_PERMISSIONED'];
    if (value >= INT64_BLANK_AS_DOUBLE_MIN)
        return 'INT64 BLANK/NOT_FOUND/NOT_SUPPORTED/NOT_PERMISSIONED';
    const i32 = value - INT32_BLANK;
    if (i32 >= 0 && i32 <= 3 && Number.isInteger(i32))
        return `INT32 ${names[i32]}`;
    const f64 = value - FP64_BLANK;
    if (f64 >= 0 && f64 <= 3 && Number.isInteger(f64))
        return `FP64 ${names[f64]}`;
    return undefined;
}
/** A GPU's key: `<prefix><host>/<UUID>`, falling back to the `gpu` index, `pci_bus_id` or `device`. */
function dcgmDeviceKey(labels, prefix) {
    const host = labels.Hostname ?? labels.hostname ?? '';
    const uuid = labels.UUID ?? labels.uuid;
    const id = uuid || (labels.gpu !== undefined ? `gpu${labels.gpu}` : labels.pci_bus_id || labels.device || 'gpu');
    return `${prefix}${host ? `${host}/` : ''}${id}`;
}
/**
 * Parses `name{label="value",...} value [timestamp]` (labels optional; `\"`, `\\` and `\n`
 * escapes in label values). Returns an error sentence for a line that is not of that form.
 */
function parsePromSample(line) {
    let i = 0;
    const n = line.length;
    while (i < n && line[i] !== '{' && line[i] !== ' ' && line[i] !== '\t')
        i++;
    const name = line.slice(0, i);
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name))
        return { error: 'no metric name' };
    // No prototype: a label named `__proto__` or `constructor` is an ordinary label.
    const labels = Object.create(null);
    if (line[i] === '{') {
        i++;
        for (;;) {
            while (line[i] === ' ' || line[i] === ',')
                i++;
            if (line[i] === '}') {
                i++;
                break;
            }
            const eq = line.indexOf('=', i);
            if (eq === -1 || line[eq + 1] !== '"')
                return { error: 'a label without ="value"' };
            const key = line.slice(i, eq).trim();
            let value = '';
            let j = eq + 2;
            for (; j < n && line[j] !== '"'; j++) {
                if (line[j] === '\\' && j + 1 < n) {
                    j++;
                    value += line[j] === 'n' ? '\n' : line[j];
                }
                else
                    value += line[j];
            }
            if (j >= n)
                return { error: 'an unterminated label value' };
            labels[key] = value;
            i = j + 1;
        }
    }
    const rest = line.slice(i).trim().split(/\s+/);
    if (rest.length < 1 || rest[0] === '' || rest.length > 2)
        return { error: 'expected a value and an optional timestamp after the labels' };
    const sample = { name, labels, valueText: rest[0] };
    if (rest.length === 2) {
        if (!/^-?\d+$/.test(rest[1]))
            return { error: `timestamp "${excerpt(rest[1])}" is not an integer of milliseconds` };
        sample.timestampMs = Number(rest[1]);
    }
    return sample;
}
/** Power samples a GPU may show before its counter is looked for no longer: the exporter writes
 * the power block before the energy block of each scrape, so one scrape would do. */
const DECIDE_AFTER_POWER_SAMPLES = 4;
/**
 * Chooses, per GPU, the counter where one is usable and the power gauge otherwise, and drops
 * repeats of the same GPU at the same time (MIG instances, pods). Shared by the text and the
 * query_range readers.
 */
class DcgmSelector {
    sink;
    gpus = new Map();
    /** Rows of a GPU at a time it already had (MIG instances, pods), skipped. */
    repeats = 0;
    /** Power rows not used because the GPU's counter is. */
    powerSuperseded = 0;
    constructor(sink) {
        this.sink = sink;
    }
    state(device) {
        let s = this.gpus.get(device);
        if (!s) {
            s = { mode: 'undecided', pending: [], lastPowerMs: NaN, lastCounterMs: NaN };
            this.gpus.set(device, s);
        }
        return s;
    }
    /** Fixes a GPU's mode in advance (query_range, where every series is known up front). */
    decide(device, mode) {
        this.state(device).mode = mode;
    }
    /** A power reading (W), or a sentinel/unreadable one as `NaN` with its reason. */
    power(device, timeMs, powerW, line, problem) {
        const s = this.state(device);
        if (timeMs === s.lastPowerMs) {
            this.repeats++;
            return;
        }
        s.lastPowerMs = timeMs;
        if (s.mode === 'counter') {
            this.powerSuperseded++;
        }
        else if (s.mode === 'power') {
            this.emitPower(device, timeMs, powerW, line, problem);
        }
        else {
            s.pending.push({ timeMs, powerW, line, problem });
            if (s.pending.length >= DECIDE_AFTER_POWER_SAMPLES)
                this.usePower(device, s);
        }
    }
    emitPower(device, timeMs, powerW, line, problem) {
        if (problem)
            this.sink.drop(problem.reason, line, problem.detail);
        else
            this.sink.power(device, timeMs, powerW, line, 'gpu');
    }
    /** A counter reading (mJ), or a sentinel/unreadable one with its reason. */
    counter(device, timeMs, energyMJ, line, problem) {
        const s = this.state(device);
        if (timeMs === s.lastCounterMs) {
            this.repeats++;
            return;
        }
        s.lastCounterMs = timeMs;
        if (s.mode === 'power')
            return;
        if (problem) {
            // A GPU without a usable counter is not short of data: its power gauge stands in.
            if (s.mode === 'counter')
                this.sink.drop(problem.reason, line, problem.detail);
            return;
        }
        if (s.mode === 'undecided') {
            s.mode = 'counter';
            this.powerSuperseded += s.pending.length;
            s.pending = [];
        }
        this.sink.counter(device, timeMs, energyMJ / 1000, line, undefined, 'gpu');
    }
    usePower(device, s) {
        s.mode = 'power';
        for (const p of s.pending)
            this.emitPower(device, p.timeMs, p.powerW, p.line, p.problem);
        s.pending = [];
    }
    /** Flushes GPUs still undecided (no counter seen) as power, and returns what was used. */
    finish() {
        let counterGpus = 0;
        let powerGpus = 0;
        for (const [device, s] of this.gpus) {
            if (s.mode === 'undecided' && s.pending.length > 0)
                this.usePower(device, s);
            if (s.mode === 'counter')
                counterGpus++;
            else if (s.mode === 'power')
                powerGpus++;
        }
        return { counterGpus, powerGpus };
    }
    /** The plain-language note of what was integrated, or undefined when nothing was. */
    summary() {
        const { counterGpus, powerGpus } = this.finish();
        if (counterGpus + powerGpus === 0)
            return undefined;
        const parts = [];
        if (counterGpus)
            parts.push(`${counterGpus} GPU(s) from the energy counter ${DCGM_ENERGY_METRIC} (mJ, sum of increases)`);
        if (powerGpus)
            parts.push(`${powerGpus} GPU(s) from the power gauge ${DCGM_POWER_METRIC} (W, trapezoid), having no usable counter`);
        let text = `DCGM energy of ${parts.join('; ')}.`;
        if (this.powerSuperseded)
            text += ` ${this.powerSuperseded} power reading(s) of counter-measured GPUs were not needed.`;
        if (this.repeats)
            text += ` ${this.repeats} repeated row(s) of the same GPU and time (MIG instances or pods) were counted once, by UUID.`;
        return text;
    }
}
/** Reads a value: the number, or the reason it cannot be used. */
function dcgmValue(valueText, metric) {
    const value = Number(valueText);
    if (!Number.isFinite(value)) {
        return /^[+-]?(nan|inf)$/i.test(valueText)
            ? { reason: 'unavailable', detail: `${metric} ${valueText}` }
            : { reason: 'non-numeric', detail: `${metric} "${excerpt(valueText)}"` };
    }
    const sentinel = dcgmSentinel(value);
    if (sentinel)
        return { reason: 'unavailable', detail: `${metric} ${valueText} is DCGM's ${sentinel} sentinel` };
    if (value < 0)
        return { reason: 'negative', detail: `${metric} ${valueText}` };
    return { value };
}
/** `# scrape <time>`, `# timestamp: <time>`, `# time=<time>`, `# ts <time>`. */
// The separator is `(?:[:=]\s*)?` after one `\s*`, not `\s*[:=]?\s*`: two adjacent `\s*` split a long
// run of blanks every possible way (quadratic) before a line without a time fails.
const SCRAPE_COMMENT = /^#\s*(?:scrape|timestamp|time|ts)\b\s*(?:[:=]\s*)?(\S.*)$/i;
async function dcgm_prometheus_parse(chunks, sink, options) {
    const { file } = options;
    const zone = options.zone ?? UTC;
    const selector = new DcgmSelector(sink);
    let scrapeMs = NaN;
    let toldNoTime = false;
    await forEachLine(chunks, (text, line) => {
        if (text.length === 0)
            return;
        const c = text.charCodeAt(0);
        if (c === 35 /* # */) {
            const m = SCRAPE_COMMENT.exec(text);
            if (m) {
                scrapeMs = parseTimeMs(m[1], zone);
                if (Number.isNaN(scrapeMs))
                    sink.report(diagnostics_diagnostic('warning', 'traces/bad-scrape-time', `Scrape marker "${excerpt(m[1].trim())}" is not a time; expected ISO 8601 (2026-05-12T10:00:00Z) or Unix seconds. Samples up to the next marker have no time.`, { file, line, column: 1 }));
            }
            return;
        }
        if (c >= 48 && c <= 57) {
            // A line holding only a time (`date -Is`, `date +%s.%N`) marks the next scrape.
            const t = parseTimeMs(text, zone);
            if (Number.isNaN(t))
                sink.drop('malformed-row', line, `"${excerpt(text)}" is neither a metric nor a time`);
            else
                scrapeMs = t;
            return;
        }
        // Only the two energy metrics matter; everything else is skipped before any parsing.
        if (!text.startsWith('DCGM_FI_DEV_POWER_USAGE') && !text.startsWith('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION'))
            return;
        const after = text.charCodeAt(text.startsWith(DCGM_POWER_METRIC) ? DCGM_POWER_METRIC.length : DCGM_ENERGY_METRIC.length);
        if (after !== 123 /* { */ && after !== 32 && after !== 9)
            return; // e.g. DCGM_FI_DEV_POWER_USAGE_INSTANT
        const sample = parsePromSample(text);
        if ('error' in sample) {
            sink.drop('malformed-row', line, sample.error);
            return;
        }
        const timeMs = sample.timestampMs ?? scrapeMs;
        if (Number.isNaN(timeMs)) {
            sink.drop('bad-timestamp', line, `${sample.name} has no time`);
            if (!toldNoTime) {
                toldNoTime = true;
                sink.report(diagnostics_diagnostic('error', 'traces/no-scrape-time', 'A DCGM sample has no time: expected a Prometheus timestamp (ms) after its value, a "# scrape <ISO time>" comment, or a line with only a time (date -Is) before each scrape.', { file, line, column: 1 }));
            }
            return;
        }
        const device = dcgmDeviceKey(sample.labels, options.devicePrefix);
        const v = dcgmValue(sample.valueText, sample.name);
        if (sample.name === DCGM_POWER_METRIC)
            selector.power(device, timeMs, 'value' in v ? v.value : NaN, line, 'value' in v ? undefined : v);
        else
            selector.counter(device, timeMs, 'value' in v ? v.value : NaN, line, 'value' in v ? undefined : v);
    }, (line) => sink.drop('malformed-row', line, 'line longer than any metric line'));
    const note = selector.summary();
    if (note)
        tellNote(sink, 'traces/dcgm-source', note, file);
}
/** True when the text has Prometheus exposition lines of a DCGM metric. */
function looksLikeDcgmText(head) {
    return (/^# (HELP|TYPE) DCGM_FI_/m.test(head) || /^DCGM_FI_[A-Z0-9_]+(\{[^}\n]*\})?[ \t]+[-+0-9.eEaNIinf]+/m.test(head));
}
/** dcgm-exporter's Prometheus text scrapes. */
const dcgm_prometheus_format = {
    id: 'dcgm-prometheus',
    component: 'gpu',
    detect(head) {
        return looksLikeDcgmText(head);
    },
    parse: dcgm_prometheus_parse
};

;// CONCATENATED MODULE: ./src/core/traces/formats/prometheus-range.ts
/**
 * Prometheus HTTP API answers of `query_range` (`/api/v1/query_range`) for dcgm-exporter's two
 * energy metrics: `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{...},
 * "values":[[<unix s>, "<value>"], ...]}, ...]}}`. Several answers may be appended in one file (one
 * `curl` per metric), whitespace between them.
 *
 * The same choices as for the text scrapes apply (see `dcgm-prometheus.ts`): a GPU (host + UUID)
 * with a usable `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION` series is measured by it, others by
 * `DCGM_FI_DEV_POWER_USAGE`; series repeated per MIG instance count once. Series of other metrics
 * are ignored with a note; a series without `__name__` (an aggregation such as `sum(...)`) cannot
 * be told W from mJ and is reported.
 *
 * JSON has no useful line numbers for samples, so samples carry line 0 and their drops name the
 * series and point instead. Prometheus caps a range answer at 11,000 points per series, so the
 * answer is read whole, up to MAX_ANSWER_BYTES.
 */




/** Every diagnostic code of the Prometheus `query_range` reader (documented in docs/diagnostics/formats.md). */
const PROMETHEUS_RANGE_CODES = (/* unused pure expression or super */ null && ([
    'traces/too-large',
    'traces/bad-json',
    'traces/prometheus-error',
    'traces/prometheus-not-matrix',
    'traces/prometheus-no-name',
    'traces/dcgm-source'
]));
/** Largest file read (answers are bounded by Prometheus's 11,000 points per series). */
const MAX_ANSWER_BYTES = 256 * 1024 * 1024;
/**
 * The concatenated JSON texts at top level (`{...}{...}` or one per line), one at a time: a file
 * of a million tiny documents is never held as a list of them.
 */
function* splitJsonTexts(text) {
    let depth = 0;
    let inString = false;
    let start = -1;
    let line = 1;
    let startLine = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (inString) {
            if (c === 92 /* \ */)
                i++;
            else if (c === 34 /* " */)
                inString = false;
            continue;
        }
        if (c === 34)
            inString = true;
        else if (c === 123 /* { */ || c === 91 /* [ */) {
            if (depth === 0) {
                start = i;
                startLine = line;
            }
            depth++;
        }
        else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0 && start !== -1) {
                yield { text: text.slice(start, i + 1), line: startLine };
                start = -1;
            }
        }
    }
    if (depth !== 0 && start !== -1)
        yield { text: text.slice(start), line: startLine };
}
/**
 * A JSON value as a message quotes it: a string (cut short) or a number as written, else its
 * kind. Never converts a list or an object to text, which would walk it (and a hostile answer
 * nests thousands deep).
 */
function shortText(value) {
    // Quoted file content is cut to a short excerpt in one place (src/core/excerpt.ts).
    if (typeof value === 'string')
        return excerpt(value);
    if (Array.isArray(value))
        return 'a list';
    if (value !== null && typeof value === 'object')
        return 'an object';
    return String(value);
}
/** A JSON value as a drop detail quotes it: a string in quotes, anything else as {@link shortText}. */
function describeJson(value) {
    return typeof value === 'string' ? JSON.stringify(shortText(value)) : shortText(value);
}
/** The text of a point's value, for `dcgmValue`: Prometheus writes it as a string (numbers pass too). */
function valueText(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : shortText(value);
}
/** A series' labels with string values only (a label that is anything else is left out). */
function stringLabels(metric) {
    const labels = Object.create(null);
    if (metric === null || typeof metric !== 'object' || Array.isArray(metric))
        return labels;
    for (const [key, value] of Object.entries(metric))
        if (typeof value === 'string')
            labels[key] = value;
    return labels;
}
/** Names of other metrics listed in the note before the rest are counted. */
const MAX_NAMES_LISTED = 10;
async function readAll(chunks) {
    const decoder = new TextDecoder('utf-8');
    const parts = [];
    let bytes = 0;
    for await (const chunk of chunks) {
        bytes += chunk.length;
        if (bytes > MAX_ANSWER_BYTES)
            return undefined;
        parts.push(decoder.decode(chunk, { stream: true }));
    }
    parts.push(decoder.decode());
    return parts.join('').replace(/^\ufeff/, '');
}
async function prometheus_range_parse(chunks, sink, options) {
    const { file } = options;
    const text = await readAll(chunks);
    if (text === undefined) {
        sink.report(diagnostics_diagnostic('error', 'traces/too-large', `Prometheus answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB; expected a query_range answer (at most 11,000 points per series). Split the query by time.`, { file }));
        return;
    }
    const series = [];
    const otherMetrics = new Set();
    let index = 0;
    for (const doc of splitJsonTexts(text)) {
        let json;
        try {
            json = JSON.parse(doc.text);
        }
        catch (err) {
            sink.report(diagnostics_diagnostic('error', 'traces/bad-json', `Not valid JSON (${excerptMessage(err.message)}); expected a Prometheus query_range answer.`, { file, line: doc.line, column: 1 }));
            continue;
        }
        const answer = json;
        if (answer?.status !== 'success') {
            const why = typeof answer?.error === 'string' ? `: ${shortText(answer.error)}` : '';
            sink.report(diagnostics_diagnostic('error', 'traces/prometheus-error', `Prometheus answer has status "${shortText(answer?.status)}"${why}; expected "success".`, { file, line: doc.line, column: 1 }));
            continue;
        }
        const resultType = answer.data?.resultType;
        if (resultType !== 'matrix' || !Array.isArray(answer.data?.result)) {
            sink.report(diagnostics_diagnostic('error', 'traces/prometheus-not-matrix', `Prometheus answer has resultType "${shortText(resultType)}"; expected "matrix", from /api/v1/query_range (an instant query has one point per series, not a trace).`, { file, line: doc.line, column: 1 }));
            continue;
        }
        for (const raw of answer.data.result) {
            index++;
            const entry = raw;
            const name = entry?.metric?.__name__;
            if (name === DCGM_POWER_METRIC || name === DCGM_ENERGY_METRIC) {
                if (Array.isArray(entry?.values))
                    series.push({ s: { metric: stringLabels(entry.metric), values: entry.values }, line: doc.line, index });
                continue;
            }
            if (name === undefined) {
                sink.report(diagnostics_diagnostic('error', 'traces/prometheus-no-name', `Series ${index} has no __name__, so its unit (W or mJ) is unknown; expected raw ${DCGM_POWER_METRIC} or ${DCGM_ENERGY_METRIC} series (query the metric itself, not an aggregation).`, { file, line: doc.line, column: 1 }));
            }
            else
                otherMetrics.add(shortText(name));
        }
    }
    // Every series is known up front, so each GPU's source is decided before any sample is sent.
    const selector = new DcgmSelector(sink);
    const usableCounter = new Set();
    for (const { s } of series) {
        if (s.metric.__name__ !== DCGM_ENERGY_METRIC)
            continue;
        if (s.values.some((v) => Array.isArray(v) && 'value' in dcgmValue(valueText(v[1]), DCGM_ENERGY_METRIC)))
            usableCounter.add(dcgmDeviceKey(s.metric, options.devicePrefix));
    }
    for (const { s } of series) {
        const device = dcgmDeviceKey(s.metric, options.devicePrefix);
        selector.decide(device, usableCounter.has(device) ? 'counter' : 'power');
    }
    const seen = new Set();
    let repeatedSeries = 0;
    for (const { s, index: n } of series) {
        const name = s.metric.__name__;
        const device = dcgmDeviceKey(s.metric, options.devicePrefix);
        // MIG instances (and pods) repeat a GPU's series with extra labels: the first one counts.
        if (seen.has(`${name} ${device}`)) {
            repeatedSeries++;
            continue;
        }
        seen.add(`${name} ${device}`);
        for (let k = 0; k < s.values.length; k++) {
            const point = s.values[k];
            const where = `series ${n} (${name}) point ${k + 1}`;
            if (!Array.isArray(point) || point.length !== 2) {
                sink.drop('malformed-row', 0, `${where}: expected [<unix seconds>, "<value>"]`);
                continue;
            }
            const seconds = typeof point[0] === 'number' || typeof point[0] === 'string' ? Number(point[0]) : NaN;
            if (!Number.isFinite(seconds)) {
                sink.drop('bad-timestamp', 0, `${where}: time ${describeJson(point[0])}`);
                continue;
            }
            // Milliseconds rounded to the microsecond keep 1.5 s steps exact.
            const timeMs = Math.round(seconds * 1e6) / 1e3;
            const v = dcgmValue(valueText(point[1]), name);
            const problem = 'value' in v ? undefined : { ...v, detail: `${where}: ${v.detail}` };
            if (name === DCGM_POWER_METRIC)
                selector.power(device, timeMs, 'value' in v ? v.value : NaN, 0, problem);
            else
                selector.counter(device, timeMs, 'value' in v ? v.value : NaN, 0, problem);
        }
    }
    const notes = [];
    const summary = selector.summary();
    if (summary)
        notes.push(summary);
    if (repeatedSeries > 0)
        notes.push(`${repeatedSeries} series repeating a GPU's metric with other labels (MIG instances or pods) were counted once, by UUID.`);
    if (otherMetrics.size > 0) {
        const names = [...otherMetrics].sort();
        const more = names.length - MAX_NAMES_LISTED;
        notes.push(`Series of ${names
            .slice(0, MAX_NAMES_LISTED)
            .map((n) => excerpt(n))
            .join(', ')}${more > 0 ? ` and ${more} more metrics` : ''} ignored (not energy).`);
    }
    for (const note of notes)
        tellNote(sink, 'traces/dcgm-source', note, file);
}
/** Prometheus `query_range` answers for DCGM's power and energy metrics. */
const prometheus_range_format = {
    id: 'prometheus-range',
    component: 'gpu',
    detect(head) {
        const start = head.trimStart();
        return start.startsWith('{') && /"resultType"\s*:\s*"matrix"/.test(head) && /"status"\s*:/.test(head);
    },
    parse: prometheus_range_parse
};

;// CONCATENATED MODULE: ./src/core/traces/formats/rapl.ts
/**
 * Intel/AMD RAPL energy counters as logged from Linux powercap sysfs
 * (`/sys/class/powercap/intel-rapl:N[:M]/{name,energy_uj,max_energy_range_uj}`), in one of two
 * CSV layouts, told apart by the header:
 *
 * - long, one row per domain and reading:
 *   `timestamp,domain,energy_uj[,max_energy_range_uj][,zone][,host]`, where `domain` is the
 *   sysfs `name` (`package-0`, `dram`, `core`, `uncore`, `psys`) and the optional `zone` the sysfs
 *   directory (`intel-rapl:0:2`), which tells apart the `dram` of each socket;
 * - wide, one row per reading: `timestamp,package-0,package-1,dram,...` (a column per domain, µJ;
 *   `_energy_uj` or ` [uJ]` suffixes allowed), with optional `<domain>_max_energy_range_uj`.
 *
 * `timestamp` is ISO 8601 (zone-less read in the run's timezone) or Unix epoch seconds (`date
 * +%s.%N`). Counters are µJ; the range is `max_energy_range_uj`, so a decrease is a wrap and
 * Δ = (new − old) mod (max + 1): the sink gets `wrapJ = (max + 1) / 1e6`. Without a range a
 * decrease is a reset.
 *
 * Domains overlap (package ⊃ core, uncore; psys ⊇ package), so only top-level packages (cpu)
 * and dram (memory) are summed; core, uncore and psys are left out with a note.
 */






/** Every diagnostic code of the RAPL reader (documented in docs/diagnostics/formats.md). */
const RAPL_CODES = (/* unused pure expression or super */ null && (['traces/missing-column', 'traces/rapl', 'traces/unclosed-quote']));
/** Classifies a domain by its sysfs `name` (or a path ending in it: `package-0/dram`). */
function raplDomainKind(name) {
    const leaf = name.trim().toLowerCase().split(/[/:]/).pop() ?? '';
    if (/^package-\d+$/.test(leaf) || leaf === 'package')
        return { use: true, component: 'cpu' };
    if (leaf === 'dram')
        return { use: true, component: 'memory' };
    if (leaf === 'core' || leaf === 'uncore' || /^(core|uncore)-\d+$/.test(leaf))
        return { use: false, why: 'inside its package' };
    if (leaf === 'psys')
        return { use: false, why: 'the whole platform, which includes the packages' };
    return { use: false, why: 'not a RAPL package or dram domain' };
}
const rapl_TIME_NAMES = ['timestamp', 'time', 'ts', 'datetime', 'date'];
const DOMAIN_NAMES = ['domain', 'name', 'rapl_domain'];
const ZONE_NAMES = ['zone', 'path', 'sysfs', 'zone_path', 'powercap_zone'];
const rapl_HOST_NAMES = ['host', 'hostname', 'node'];
const WIDE_DOMAIN = /^((?:package-\d+[/:]dram|package-\d+|dram|core|uncore|psys))(?:[_ ](?:energy_)?uj|\s*\[uj\])?$/i;
const WIDE_MAX = /^((?:package-\d+[/:]dram|package-\d+|dram|core|uncore|psys))[_ ]max_energy_range_uj$/i;
/** Reads the header into a layout, or reports what is missing. */
function rapl_readHeader(fields, line, sink, file) {
    const names = fields.map((f) => f.trim().toLowerCase());
    const find = (candidates) => names.findIndex((n) => candidates.includes(n));
    const time = find(rapl_TIME_NAMES);
    const energy = names.indexOf('energy_uj');
    if (time === -1) {
        sink.report(diagnostics_diagnostic('error', 'traces/missing-column', `RAPL log has no timestamp column; expected "timestamp" (ISO 8601 or Unix seconds).${didYouMean(closestNames('timestamp', fields))}`, { file, line, column: 1 }));
        return undefined;
    }
    if (energy !== -1) {
        const domain = find(DOMAIN_NAMES);
        const zone = find(ZONE_NAMES);
        if (domain === -1) {
            sink.report(diagnostics_diagnostic('error', 'traces/missing-column', `RAPL log has energy_uj but no "domain" column; expected the sysfs name of each zone (package-0, dram, ...).${didYouMean(closestNames('domain', fields))}`, { file, line, column: 1 }));
            return undefined;
        }
        return {
            layout: 'long',
            count: fields.length,
            time,
            domain,
            zone,
            energy,
            max: names.indexOf('max_energy_range_uj'),
            host: find(rapl_HOST_NAMES)
        };
    }
    const domains = [];
    const maxOf = new Map();
    names.forEach((n, i) => {
        const m = WIDE_MAX.exec(n);
        if (m)
            maxOf.set(m[1], i);
    });
    names.forEach((n, i) => {
        if (i === time || WIDE_MAX.test(n))
            return;
        const m = WIDE_DOMAIN.exec(n);
        if (m)
            domains.push({
                index: i,
                name: fields[i].trim().replace(/([_ ](energy_)?uj|\s*\[uj\])$/i, ''),
                max: maxOf.get(m[1]) ?? -1
            });
    });
    if (domains.length === 0) {
        sink.report(diagnostics_diagnostic('error', 'traces/missing-column', `RAPL log has neither an "energy_uj" column nor domain columns; expected "timestamp,domain,energy_uj[,max_energy_range_uj]" or "timestamp,package-0,dram,...".${didYouMean(closestNames('energy_uj', fields))}`, { file, line, column: 1 }));
        return undefined;
    }
    return { layout: 'wide', count: fields.length, time, domains };
}
/** Reads a µJ cell: the value, or why it cannot be used. */
function microjoules(text) {
    const t = (text ?? '').trim();
    if (t === '')
        return 'unavailable';
    const v = Number(t);
    if (!Number.isFinite(v))
        return 'non-numeric';
    return v < 0 ? 'negative' : v;
}
async function rapl_parse(chunks, sink, options) {
    const { file } = options;
    const zone = options.zone ?? UTC;
    let layout;
    let headerFailed = false;
    const excluded = new Map();
    const used = new Map();
    /** Last reading per device and whether its range is known, to tell the user about resets. */
    const last = new Map();
    let resetsWithoutRange = 0;
    let wraps = 0;
    const reading = (device, name, timeMs, valueText, maxText, line) => {
        const kind = raplDomainKind(name);
        if (!kind.use) {
            excluded.set(name.trim(), kind.why);
            return;
        }
        const uj = microjoules(valueText);
        if (typeof uj === 'string') {
            sink.drop(uj, line, `${excerpt(name)} energy_uj "${excerpt((valueText ?? '').trim())}"`);
            return;
        }
        let wrapJ;
        const max = microjoules(maxText);
        if (typeof max === 'number' && max > 0)
            wrapJ = (max + 1) / 1e6;
        const previous = last.get(device);
        if (previous !== undefined && uj < previous) {
            if (wrapJ === undefined)
                resetsWithoutRange++;
            else
                wraps++;
        }
        last.set(device, uj);
        used.set(device, kind.component);
        sink.counter(device, timeMs, uj / 1e6, line, wrapJ, kind.component);
    };
    await forEachCsvRecord(chunks, (fields, line) => {
        if (fields[0].trimStart().startsWith('#'))
            return;
        if (!layout) {
            if (headerFailed) {
                sink.drop('malformed-row', line, 'no usable RAPL header');
                return;
            }
            layout = rapl_readHeader(fields, line, sink, file);
            headerFailed = layout === undefined;
            return;
        }
        if (fields.length !== layout.count) {
            sink.drop('malformed-row', line, `${fields.length} fields where the header has ${layout.count}`);
            return;
        }
        const timeText = fields[layout.time];
        // A repeated header (logs joined with cat) is skipped.
        if (rapl_TIME_NAMES.includes(timeText.trim().toLowerCase()))
            return;
        const timeMs = parseTimeMs(timeText, zone);
        if (Number.isNaN(timeMs)) {
            sink.drop('bad-timestamp', line, `timestamp "${excerpt(timeText.trim())}"`);
            return;
        }
        if (layout.layout === 'long') {
            const name = fields[layout.domain].trim();
            const zoneId = layout.zone === -1 ? '' : fields[layout.zone].trim();
            const host = layout.host === -1 ? '' : fields[layout.host].trim();
            const device = `${options.devicePrefix}${host ? `${host}/` : ''}${zoneId || name}`;
            reading(device, name, timeMs, fields[layout.energy], layout.max === -1 ? undefined : fields[layout.max], line);
        }
        else {
            for (const d of layout.domains)
                reading(`${options.devicePrefix}${d.name}`, d.name, timeMs, fields[d.index], d.max === -1 ? undefined : fields[d.max], line);
        }
    }, (line) => sink.drop('malformed-row', line, 'line longer than any RAPL row'), (start, end) => sink.report(diagnostics_diagnostic('warning', 'traces/unclosed-quote', unclosedQuoteMessage(start, end), { file, line: start })));
    const notes = [];
    if (used.size > 0) {
        const byComponent = (c) => [...used.values()].filter((v) => v === c).length;
        notes.push(`RAPL energy counters of ${byComponent('cpu')} package domain(s) (cpu) and ${byComponent('memory')} dram domain(s) (memory), sum of increases.`);
    }
    if (excluded.size > 0) {
        const list = [...excluded].map(([name, why]) => `${excerpt(name)} (${why})`).join(', ');
        notes.push(`RAPL domains not summed, as they overlap the package domains: ${list}.`);
    }
    if (wraps > 0)
        notes.push(`${wraps} RAPL counter wrap(s) at max_energy_range_uj, counted as (new - old) mod (max + 1).`);
    if (resetsWithoutRange > 0) {
        notes.push(`${resetsWithoutRange} RAPL counter decrease(s) without max_energy_range_uj were read as resets; log max_energy_range_uj to count them as wraps.`);
    }
    for (const note of notes)
        tellNote(sink, 'traces/rapl', note, file);
}
/** RAPL `energy_uj` counter logs. */
const rapl_format = {
    id: 'rapl',
    component: 'cpu',
    detect(head) {
        const first = head
            .replace(/^\ufeff/, '')
            .split(/\r?\n/)
            .find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
        if (!first)
            return false;
        const names = first
            .toLowerCase()
            .split(',')
            .map((n) => n.trim().replace(/^"|"$/g, ''));
        if (!names.some((n) => rapl_TIME_NAMES.includes(n)))
            return false;
        if (names.includes('energy_uj'))
            return true;
        return names.some((n) => /^package-\d+/.test(n) && WIDE_DOMAIN.test(n));
    },
    parse: rapl_parse
};

;// CONCATENATED MODULE: ./src/core/traces/formats/index.ts
/**
 * The registry of trace formats and content-based detection. Specific formats are tried in the
 * order listed; catch-all ones (`generic: true`: CSV, JSON Lines) only after every specific one.
 */









// Further formats: one import line each here, and one entry in FORMATS below.
/** Every format carbon-gate reads, by id. */
const FORMATS = [
    nvidia_smi_csv_format,
    nvidia_smi_dmon_format,
    codecarbon_format,
    dcgm_prometheus_format,
    prometheus_range_format,
    rapl_format,
    format,
    jsonl_format
];
/**
 * The format whose `detect` accepts the decoded head of a file: specific formats first, in
 * FORMATS order, then generic ones. Undefined when none does.
 */
function detectFormat(head, fileName) {
    const plainName = fileName.replace(/\.gz$/i, '');
    for (const generic of [false, true]) {
        for (const f of FORMATS) {
            if ((f.generic === true) !== generic)
                continue;
            try {
                if (f.detect(head, plainName))
                    return f;
            }
            catch {
                // A detector that trips on odd content simply does not recognise it.
            }
        }
    }
    return undefined;
}
/** The format with this id, or a message listing the ids with the closest ones suggested. */
function formatById(id) {
    const f = FORMATS.find((x) => x.id === id.trim().toLowerCase());
    if (f)
        return { format: f };
    const ids = FORMATS.map((x) => x.id);
    return {
        error: `Unknown trace format "${id}": expected one of ${ids.join(', ')}.${didYouMean(closestNames(id, ids))}`
    };
}

;// CONCATENATED MODULE: ./src/core/traces/parts.ts
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






/** The one format read in several parts. */
const SPLIT_FORMAT = 'nvidia-smi-csv';
/** The parse options of a job (the zone resolved here: a setting `measureTraces` already accepted). */
function parseOptions(job) {
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
async function recordPart(chunks, job, onPage, store) {
    const sink = new RecordingSink(onPage, store);
    let bytes = 0;
    const counted = (async function* () {
        for await (const c of chunks) {
            bytes += c.length;
            yield c;
        }
    })();
    const options = parseOptions(job);
    const outcome = { bytes: 0 };
    try {
        if (job.format === SPLIT_FORMAT) {
            outcome.end = await readNvidiaSmiPart(counted, sink, options, job.seed);
        }
        else {
            const f = formatById(job.format);
            if ('error' in f)
                throw new Error(f.error);
            await f.format.parse(counted, sink, options);
        }
    }
    catch (e) {
        outcome.error = {
            ...(e instanceof access_TraceAccessError ? { diagnostic: e.diagnostic } : {}),
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
function assumedSeed(head, job) {
    return nvidiaSmiHeadState(head, parseOptions(job));
}
/**
 * Replays a file's parts into the integrator in order (between its beginFile and endFile), each
 * part's lines after the parts before it, and writes the notes counted over the whole file. A
 * part whose seed is not the state the part before it ended in is read again from that state. A
 * read error is reported as the single-threaded read reports it, and ends the file. Returns the
 * bytes read.
 */
async function replayParts(file, integrator, path) {
    const ends = [];
    let offset = 0;
    let bytes = 0;
    for (let k = 0; k < file.parts.length; k++) {
        let part = file.parts[k];
        const before = ends[ends.length - 1];
        if (k > 0 && before !== undefined && part.seed !== undefined && !sameNvidiaSmiState(part.seed, before.state)) {
            // Drain what was read from the wrong state, then read the part again from the right one.
            for await (const page of part.pages)
                void page;
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
            integrator.report(outcome.error.diagnostic ??
                diagnostic('error', 'traces/read-failed', `Reading stopped at an error (${outcome.error.message}); the samples before it are integrated, the rest of the file is not.`, { file: path }));
            return bytes;
        }
        if (outcome.end) {
            ends.push(outcome.end);
            offset += outcome.end.lines;
        }
    }
    if (file.format === SPLIT_FORMAT && ends.length > 0)
        partNotes(integrator, path, ends);
    return bytes;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/io/block-read.ts
/**
 * Large synchronous block reads of a trace file into one reused buffer: at disk speed the cost of a
 * read is its call, not its bytes, so a few 4 MiB reads beat a stream's many 64 KiB chunks and
 * their promises. The same reader serves the main thread and the worker threads (./trace-pool.ts),
 * so both hand the parsers the same blocks.
 */

/** Bytes per read: large enough that per-call overhead is negligible, small enough to stay flat in memory. */
const TRACE_BLOCK_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/**
 * Opens a regular file read-only, without following a symbolic link in its last component (the
 * caller has checked the real path; a link swapped in since is refused, not followed). Throws the
 * file system's error (ELOOP for a link, ENOENT, EACCES ...); `io/not-a-file` is the caller's
 * to report from {@link isRegularFile}.
 */
function openNoFollow(realPath) {
    // O_NOFOLLOW is undefined on Windows, where the real-path check alone applies.
    return openSync(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
}
/** True when the open descriptor is a regular file (not a folder, a FIFO or a device). */
function isRegularFile(fd) {
    return fstatSync(fd).isFile();
}
/** The size in bytes of the open file now. */
function fileSize(fd) {
    return fstatSync(fd).size;
}
/** Closes a descriptor, ignoring a failure (it is being released after an error or at the end). */
function closeQuietly(fd) {
    try {
        closeSync(fd);
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
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, got, want - got, position + got);
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/io/paths.ts
/**
 * Path helpers shared by the adapters' file I/O: how files are named in reports and diagnostics
 * (relative, with `/`), and whether a path stays inside a root folder, as written or on its real
 * path (after symbolic links), which is how every confined read is checked.
 */


/** Converts a path to forward slashes, so names in reports are the same on every platform. */
function toPosix(p) {
    return p.split(path.sep).join('/');
}
/**
 * Names `absPath` relative to `baseDir` with `/` separators, the way diagnostics and reports show
 * files (`examples/bert/carbon-manifest.yml`). A path outside `baseDir` keeps its `../` prefix;
 * one on another drive stays absolute.
 */
function displayPath(absPath, baseDir) {
    const rel = path.relative(baseDir, absPath);
    if (rel === '')
        return '.';
    if (path.isAbsolute(rel))
        return toPosix(absPath);
    return toPosix(rel);
}
/** True when `candidate` is `root` itself or lies below it (both absolute, compared lexically). */
function isInside(root, candidate) {
    const rel = path.relative(root, candidate);
    if (path.isAbsolute(rel))
        return false;
    // A child may be called "..data"; only a whole ".." segment leaves the root.
    return rel !== '..' && !rel.startsWith('..' + path.sep);
}
/** The deepest folder that contains every one of `absPaths` (absolute paths; at least one). */
function commonAncestor(absPaths) {
    const split = absPaths.map((p) => path.resolve(p).split(path.sep));
    const first = split[0];
    let depth = first.length;
    for (const parts of split.slice(1)) {
        let i = 0;
        while (i < depth && i < parts.length && parts[i] === first[i])
            i++;
        depth = i;
    }
    const joined = first.slice(0, depth).join(path.sep);
    // Splitting "/a" gives ["", "a"]: an empty prefix means the filesystem root.
    return joined === '' ? path.parse(path.resolve(absPaths[0])).root : joined;
}
/**
 * True when the file's real path (after symbolic links) lies inside the root's real path. A path
 * that cannot be resolved is compared as written, so a missing file is judged by its name.
 */
async function paths_isRealPathInside(rootDir, abs) {
    const [realRoot, realFile] = await Promise.all([
        realpath(rootDir).catch(() => path.resolve(rootDir)),
        realpath(abs).catch(() => abs)
    ]);
    return isInside(realRoot, realFile);
}
/**
 * True when any component of the path is a `.git` folder (or file), compared case-insensitively
 * (`.GIT` is the same folder on macOS and Windows) and without the trailing dots and spaces that
 * Windows ignores (`.git.`). `..` is resolved first, so `logs/../.git/config` counts. Nothing under
 * `.git` is ever read: it holds the repository's own data, and after `actions/checkout` its
 * `config` holds the job's token in an `AUTHORIZATION` header.
 */
function paths_isInGitFolder(abs) {
    return path
        .resolve(abs)
        .split(/[\\/]/)
        .some((part) => part.toLowerCase().replace(/[. ]+$/, '') === '.git');
}

;// CONCATENATED MODULE: ./src/io/read.ts
/**
 * Reading the small text files the adapters hand to the core (manifests, config files): a size cap
 * checked before and while reading, UTF-8 only, optional confinement to a folder, never a symbolic
 * link and never anything inside a `.git` folder; and the file checks other readers share (those
 * refusals, a regular file, at most so many bytes, a file-system error in words). Every problem
 * becomes a Diagnostic naming the file; nothing here throws for bad input.
 */





/** Largest manifest or config file read: 1 MiB. Real manifests are a few KiB; more is a mistake or an attack. */
const MAX_TEXT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * Reads a small UTF-8 text file (a manifest or a config). A file inside a `.git` folder or a
 * symbolic link is refused before anything else is looked at (see {@link refusedFile}). Its size
 * is checked before reading, and the read stops after `maxBytes + 1` bytes whatever the file
 * claims, so a huge or endless file (a FIFO, `/dev/zero`) is refused rather than read.
 *
 * Diagnostics: `io/git-folder`, `io/symbolic-link`, `io/not-found`, `io/not-a-file`,
 * `io/unreadable`, `io/too-large`, `io/not-utf8`, `io/outside-root`.
 */
async function readTextFile(file, options) {
    const maxBytes = options.maxBytes ?? MAX_TEXT_BYTES;
    const what = options.what ?? 'file';
    const abs = path.resolve(options.baseDir, file);
    const fail = (code, message) => ({
        diagnostics: [diagnostic('error', code, message, { file })]
    });
    const refused = await refusedFile(abs, what);
    if (refused)
        return fail(...refused);
    const info = await statRegularFile(abs, what);
    if ('problem' in info)
        return fail(...info.problem);
    if (info.sizeBytes > maxBytes)
        return fail('io/too-large', tooLargeMessage(what, maxBytes, info.sizeBytes));
    if (options.confineTo !== undefined && !(await isRealPathInside(options.confineTo, abs))) {
        return fail('io/outside-root', `The ${what} resolves (through a symbolic link) to a path outside "${options.confineTo}"; only files inside it are read.`);
    }
    let bytes;
    try {
        bytes = await readAtMost(abs, maxBytes + 1);
    }
    catch (err) {
        return fail(...describeFsError(err, what));
    }
    if (bytes.length > maxBytes)
        return fail('io/too-large', tooLargeMessage(what, maxBytes));
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return fail('io/not-utf8', `The ${what} is not valid UTF-8 text; expected a YAML or JSON file saved as UTF-8.`);
    }
    return { input: { file, text }, diagnostics: [] };
}
/**
 * Reads a file that need not exist (the default config): its absence gives neither text nor a
 * diagnostic; any other problem (a folder, unreadable, too large, not UTF-8) is reported as
 * {@link readTextFile} reports it.
 */
async function readOptionalTextFile(file, options) {
    const result = await readTextFile(file, options);
    const absent = result.input === undefined && result.diagnostics.every((d) => d.code === 'io/not-found');
    return absent ? { diagnostics: [] } : result;
}
/**
 * Reads several text files with {@link readTextFile}, keeping the ones that could be read and
 * every diagnostic, in the order given.
 */
async function readTextFiles(files, options) {
    const results = await Promise.all(files.map((f) => readTextFile(f, options)));
    return {
        inputs: results.flatMap((r) => (r.input ? [r.input] : [])),
        diagnostics: results.flatMap((r) => r.diagnostics)
    };
}
function tooLargeMessage(what, maxBytes, sizeBytes) {
    const size = sizeBytes === undefined ? 'larger than that' : `${formatMiB(sizeBytes)}`;
    return `The ${what} is ${size}; the limit is ${formatMiB(maxBytes)}, far above any real ${what}, so it was not read.`;
}
function formatMiB(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
/** Opening flags that make `open` fail on a symbolic link (where the platform has the flag). */
const NO_FOLLOW = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
/**
 * Why a file that a user, a manifest or a config names must not be read at all, or undefined
 * when it may be: a path inside a `.git` folder (as written, after `..` is resolved, or on its
 * real path, through a linked folder), or a symbolic link. Links are refused rather than followed
 * because the file's name is all a reviewer sees: `.github/carbon-budget.yml -> ../.git/config`
 * would make a pull request's own change read the checkout's token, and the parse error quote it.
 * A path that does not exist is not refused here (the read says it is missing).
 */
async function refusedFile(abs, what) {
    if (isInGitFolder(abs))
        return gitFolderProblem(what);
    const info = await lstat(abs).catch(() => undefined);
    if (info === undefined)
        return undefined;
    if (info.isSymbolicLink())
        return symbolicLinkProblem(what);
    const real = await realpath(abs).catch(() => abs);
    return isInGitFolder(real) ? gitFolderProblem(what) : undefined;
}
/** The refusal of a symbolic link, for {@link refusedFile} and the manifest search alike. */
function symbolicLinkProblem(what) {
    return [
        'io/symbolic-link',
        `The ${what} is a symbolic link; carbon-gate does not follow links for manifests, config files and intensity series, so that no link can make it read another file (such as .git/config, which holds the checkout's token). Commit the file itself in place of the link.`
    ];
}
/** The refusal of a path inside a `.git` folder, for {@link refusedFile} and the manifest search alike. */
function gitFolderProblem(what) {
    return [
        'io/git-folder',
        `The ${what} lies inside a .git folder, which carbon-gate never reads: it holds the repository's own data and, after actions/checkout, the job's token. Name a file in the working tree.`
    ];
}
/**
 * Reads at most `limitBytes` of a file, whatever its size claims (a FIFO, a growing file,
 * `/dev/zero`), so a caller can tell "over the limit" from one byte more than it allows. A
 * symbolic link fails to open (`ELOOP`) where the platform can say so, so a link put in place
 * after {@link refusedFile} looked is not followed either.
 */
async function readAtMost(abs, limitBytes) {
    const handle = await open(abs, NO_FOLLOW);
    try {
        const buffer = Buffer.alloc(Math.min(limitBytes, 64 * 1024));
        const chunks = [];
        let total = 0;
        while (total < limitBytes) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, limitBytes - total), null);
            if (bytesRead === 0)
                break;
            chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
            total += bytesRead;
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        await handle.close();
    }
}
/**
 * The size of a regular file, or the diagnostic code and message saying why it is not one (it does
 * not exist, cannot be read, or is a folder or a special file such as a FIFO).
 */
async function statRegularFile(abs, what) {
    let info;
    try {
        info = await stat(abs);
    }
    catch (err) {
        return { problem: describeFsError(err, what) };
    }
    if (!info.isFile())
        return {
            problem: [
                'io/not-a-file',
                `Expected the ${what} to be a regular file, but it is ${info.isDirectory() ? 'a folder' : 'a special file'}.`
            ]
        };
    return { sizeBytes: info.size };
}
/** Maps a Node file-system error to a diagnostic code and a one-sentence message. */
function describeFsError(err, what = 'file') {
    const code = err?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return ['io/not-found', `No such ${what}: the path does not exist.`];
        case 'EACCES':
        case 'EPERM':
            return ['io/unreadable', `Cannot read the ${what}: permission denied (${code}).`];
        case 'EISDIR':
            return ['io/not-a-file', `Expected the ${what} to be a regular file, but it is a folder.`];
        case 'ELOOP':
            return ['io/unreadable', `Cannot read the ${what}: too many levels of symbolic links (ELOOP).`];
        default:
            return [
                'io/unreadable',
                `Cannot read the ${what}: ${code ?? (err instanceof Error ? err.message : String(err))}.`
            ];
    }
}

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
                throw new access_TraceAccessError(...describeFsError(err, 'trace file'), task.job.file);
            }
            if (r.done)
                return;
            yield r.value;
        }
    }
    return recordPart(chunks(), task.job, onPage, store);
}

;// CONCATENATED MODULE: ./src/io/trace-worker.ts
/**
 * The entry of a trace-pool thread (bundled to `trace-worker.js` next to each bundle, see
 * scripts/bundle.mjs): it reads the parts it is sent, one at a time, from descriptors the main
 * thread opened (threads share them), and posts each recorded page as it is made, its sample
 * arrays moved rather than copied, then the part's outcome.
 */



/** Bytes per read on a pool thread. */
const WORKER_BLOCK_BYTES = 1024 * 1024;
const port = external_node_worker_threads_namespaceObject.parentPort;
if (port !== null) {
    // One block buffer for every part this thread reads; 1 MiB (not the main thread's 4 MiB): the
    // reads are as cheap, and each thread's share of memory smaller.
    const buffer = new Uint8Array(WORKER_BLOCK_BYTES);
    // Page columns, moved to the main thread with each page and handed back once replayed.
    const store = new ColumnStore();
    port.on('message', (message) => {
        if ('recycle' in message) {
            store.give(message.recycle);
            return;
        }
        const { id, task } = message;
        const post = (page) => port.postMessage({ id, page }, columnTransfers(page.columns));
        runPartTask(task, buffer, post, store).then((outcome) => port.postMessage({ id, outcome }), (err) => port.postMessage({ id, outcome: { bytes: 0, error: { message: String(err) } } }));
    });
}

