export const id = 685;
export const ids = [685];
export const modules = {

/***/ 4478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tz: () => (/* binding */ detectFormat),
  aZ: () => (/* binding */ formatById)
});

// UNUSED EXPORTS: FORMATS

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/excerpt.ts
var excerpt = __webpack_require__(7794);
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
                    message: `Unknown key "${(0,excerpt/* excerpt */.Kb)(role)}" in the trace columns map: expected ${ROLES.join(', ')}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(role, ROLES))}`
                });
                continue;
            }
            const i = lowerHeaders.indexOf(header.trim().toLowerCase());
            if (i < 0) {
                problems.push({
                    message: `The trace columns map names "${(0,excerpt/* excerpt */.Kb)(header)}" for ${role}, but the header has no such column: it has ${(0,excerpt/* excerptList */.Ik)(headers.map((h) => h.trim()))}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(header, headers.map((h) => h.trim())))}`
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
            message: `No timestamp column in the header (${(0,excerpt/* excerptList */.Ik)(headers.map((h) => h.trim()))}): expected one named timestamp, time or datetime, or a columns map entry "timestamp".`
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
                message: `The power column "${(0,excerpt/* excerpt */.Kb)(headers[map.power].trim())}" has unit "${(0,excerpt/* excerpt */.Kb)(named[map.power].unit ?? '')}": expected W, mW or kW.`,
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
                message: `The energy column "${(0,excerpt/* excerpt */.Kb)(headers[map.energy].trim())}" needs a unit in its name: e.g. "energy [J]", "energy_wh" or "energy (kWh)".`,
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
            message: `The energy column "${(0,excerpt/* excerpt */.Kb)(headers[unitless].trim())}" needs a unit in its name: e.g. "energy [J]", "energy_wh" or "energy (kWh)".`,
            column: unitless + 1
        });
    }
    else if (map.power < 0 && map.energy < 0) {
        problems.push({
            message: `No power or energy column in the header (${(0,excerpt/* excerptList */.Ik)(headers.map((h) => h.trim()))}): expected e.g. "power [W]", "power_w", "energy_j" or "energy (kWh)", or a columns map entry "power" or "energy".`
        });
    }
    if (map.devices.length > 0)
        map.names.device = map.devices.map((i) => headers[i].trim()).join(' + ');
    return problems.length > 0 ? { problems } : { map, problems };
}

// EXTERNAL MODULE: ./src/core/traces/lines.ts
var lines = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/core/traces/stream.ts
var stream = __webpack_require__(5492);
// EXTERNAL MODULE: ./src/core/traces/timezone.ts
var timezone = __webpack_require__(2531);
// EXTERNAL MODULE: ./src/core/traces/timestamps.ts
var timestamps = __webpack_require__(249);
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
        return (0,timestamps/* parseDateTime */.DP)(text, this.zone);
    }
    numericTime(v) {
        if (!Number.isFinite(v))
            return NaN;
        if (this.numericMode === undefined) {
            // The unit (given by the header, else by the first value's magnitude) and whether the
            // numbers are epoch or elapsed time are decided once, so a file is read one way.
            this.unit = this.map.timeUnit === 'auto' ? (0,timestamps/* epochUnitOf */.xk)(v) : this.map.timeUnit;
            this.numericMode = (0,timestamps/* epochToMs */.Jj)(v, this.unit) / 1000 < RELATIVE_TIME_BELOW_S ? 'relative' : 'epoch';
        }
        return (0,timestamps/* epochToMs */.Jj)(v, this.unit);
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
            this.sink.drop('unavailable', line, raw === undefined ? 'missing' : raw === null ? 'null' : (0,excerpt/* excerpt */.Kb)(raw) || 'blank');
            return;
        }
        const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
        if (Number.isNaN(value)) {
            this.sink.drop('non-numeric', line, (0,excerpt/* excerpt */.Kb)(cellText(raw)));
            return;
        }
        const timeMs = this.time(timeCell);
        if (Number.isNaN(timeMs)) {
            this.sink.drop('bad-timestamp', line, (0,excerpt/* excerpt */.Kb)(cellText(timeCell)));
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
        ? `the cumulative energy column "${(0,excerpt/* excerpt */.Kb)(map.names.energy ?? '')}" (increases summed; a decrease is a reset)`
        : `the power column "${(0,excerpt/* excerpt */.Kb)(map.names.power ?? '')}" (trapezoid)`;
    return `${file}: integrated ${what} over "${(0,excerpt/* excerpt */.Kb)(map.names.timestamp ?? '')}" per ${map.names.device ? `"${(0,excerpt/* excerpt */.Kb)(map.names.device)}"` : 'file (no device column)'}; timestamps without a zone read in ${zone.name}.`;
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
function firstLine(head) {
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
        const first = firstLine(head);
        if (first === undefined || first.trimStart().startsWith('{'))
            return false;
        const headers = (0,lines/* splitCsvRecord */.iE)(first, separatorOf(first));
        if (headers.length < 2)
            return false;
        return resolveFields(headers).map !== undefined;
    },
    async parse(chunks, sink, options) {
        const file = options.file;
        const zone = options.zone ?? timezone/* UTC */.xW;
        let sep = null;
        let map = null;
        let reader = null;
        let headerText = null;
        let failed = false;
        let width = 0;
        const start = (headers, line) => {
            const r = resolveFields(headers, Array.isArray(options.columns) ? undefined : options.columns);
            for (const p of r.problems) {
                sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/csv-columns', p.message, {
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
        await (0,stream/* forEachLine */.FF)(chunks, (text, line) => {
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
                start((0,lines/* splitCsvRecord */.iE)(text, sep), line);
                return;
            }
            // A repeated header (concatenated logs) is skipped.
            if (text === headerText)
                return;
            const cells = (0,lines/* splitCsvRecord */.iE)(text, sep);
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
        const zone = options.zone ?? timezone/* UTC */.xW;
        let keys = null;
        let map = null;
        let reader = null;
        let failed = false;
        await (0,stream/* forEachLine */.FF)(chunks, (text, line) => {
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
                    sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/jsonl-keys', p.message.replace(/header/g, 'first object').replace(/column/g, 'key'), { file, line }));
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

// EXTERNAL MODULE: ./src/core/traces/formats/nvidia-smi-csv.ts + 2 modules
var nvidia_smi_csv = __webpack_require__(8894);
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
        const zone = options.zone ?? timezone/* UTC */.xW;
        let names = null;
        let gpuCol = -1, pwrCol = -1, dateCol = -1, timeCol = -1;
        let reportedNoPower = false;
        let reportedNoHeader = false;
        let mode = 'none';
        const rowsPerDevice = new Map();
        const lastTimeOfDay = new Map();
        const declared = new Set();
        await (0,stream/* forEachLine */.FF)(chunks, (text, line) => {
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
                    sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/dmon-no-power', `This dmon log has no pwr column (columns: ${(0,excerpt/* excerptList */.Ik)(h)}): record it with nvidia-smi dmon -s p (or -s pucm) -o DT.`, { file, line }));
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
                    sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/dmon-no-header', 'dmon rows before any "# gpu ..." header line: the columns are unknown.', { file, line }));
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
    return (0,timestamps/* parseDateTime */.DP)(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)} ${time}`, zone);
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
        sink.report((0,diagnostics/* diagnostic */.YK)('notice', code, text, { file, line }));
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
        sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/missing-column', `CodeCarbon header has no "${name}" column; expected CodeCarbon's emissions.csv columns (timestamp, duration, energy_consumed or cpu_energy/gpu_energy/ram_energy).${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(name, unknown))}`, { file, line, column: 1 }));
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
    const zone = options.zone ?? timezone/* UTC */.xW;
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
    await (0,lines/* forEachCsvRecord */.y1)(chunks, (fields, line) => {
        if (isHeader(fields)) {
            columns = readHeader(fields, line, sink, file);
            headerBroken = columns === undefined;
            return;
        }
        if (!columns) {
            if (!headerBroken) {
                headerBroken = true;
                sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/missing-header', 'CodeCarbon file has no header row; expected "timestamp,project_name,..." as its first line.', { file, line, column: 1 }));
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
        const endMs = (0,timestamps/* parseDateTime */.DP)(fields[columns.timestamp], zone);
        if (Number.isNaN(endMs)) {
            sink.drop('bad-timestamp', line, `timestamp "${(0,excerpt/* excerpt */.Kb)(fields[columns.timestamp])}"`);
            return;
        }
        const durationS = cell(fields, columns.duration);
        if (durationS === undefined)
            return sink.drop('unavailable', line, 'duration is empty');
        if (Number.isNaN(durationS))
            return sink.drop('non-numeric', line, `duration "${(0,excerpt/* excerpt */.Kb)(fields[columns.duration])}"`);
        if (durationS < 0)
            return sink.drop('negative', line, `duration ${durationS}`);
        const energies = [];
        const problems = [];
        let componentSumKWh = 0;
        for (const { index, name, component } of columns.components) {
            const energyKWh = cell(fields, index);
            if (energyKWh === undefined || Number.isNaN(energyKWh) || energyKWh < 0) {
                const reason = energyKWh === undefined ? 'unavailable' : Number.isNaN(energyKWh) ? 'non-numeric' : 'negative';
                problems.push({ reason, detail: `${name} "${(0,excerpt/* excerpt */.Kb)(fields[index].trim())}"`, component, column: name });
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
                problems.push({ reason, detail: `energy_consumed "${(0,excerpt/* excerpt */.Kb)(fields[columns.energyConsumed].trim())}"` });
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
    }, (line) => sink.drop('malformed-row', line, 'line longer than any CodeCarbon row'), (start, end) => sink.report((0,diagnostics/* diagnostic */.YK)('warning', 'traces/unclosed-quote', (0,lines/* unclosedQuoteMessage */.rJ)(start, end), { file, line: start })));
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
            return { error: `timestamp "${(0,excerpt/* excerpt */.Kb)(rest[1])}" is not an integer of milliseconds` };
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
            : { reason: 'non-numeric', detail: `${metric} "${(0,excerpt/* excerpt */.Kb)(valueText)}"` };
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
    const zone = options.zone ?? timezone/* UTC */.xW;
    const selector = new DcgmSelector(sink);
    let scrapeMs = NaN;
    let toldNoTime = false;
    await (0,stream/* forEachLine */.FF)(chunks, (text, line) => {
        if (text.length === 0)
            return;
        const c = text.charCodeAt(0);
        if (c === 35 /* # */) {
            const m = SCRAPE_COMMENT.exec(text);
            if (m) {
                scrapeMs = (0,lines/* parseTimeMs */.jR)(m[1], zone);
                if (Number.isNaN(scrapeMs))
                    sink.report((0,diagnostics/* diagnostic */.YK)('warning', 'traces/bad-scrape-time', `Scrape marker "${(0,excerpt/* excerpt */.Kb)(m[1].trim())}" is not a time; expected ISO 8601 (2026-05-12T10:00:00Z) or Unix seconds. Samples up to the next marker have no time.`, { file, line, column: 1 }));
            }
            return;
        }
        if (c >= 48 && c <= 57) {
            // A line holding only a time (`date -Is`, `date +%s.%N`) marks the next scrape.
            const t = (0,lines/* parseTimeMs */.jR)(text, zone);
            if (Number.isNaN(t))
                sink.drop('malformed-row', line, `"${(0,excerpt/* excerpt */.Kb)(text)}" is neither a metric nor a time`);
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
                sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/no-scrape-time', 'A DCGM sample has no time: expected a Prometheus timestamp (ms) after its value, a "# scrape <ISO time>" comment, or a line with only a time (date -Is) before each scrape.', { file, line, column: 1 }));
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
        return (0,excerpt/* excerpt */.Kb)(value);
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
        sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/too-large', `Prometheus answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB; expected a query_range answer (at most 11,000 points per series). Split the query by time.`, { file }));
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
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/bad-json', `Not valid JSON (${(0,excerpt/* excerptMessage */.v7)(err.message)}); expected a Prometheus query_range answer.`, { file, line: doc.line, column: 1 }));
            continue;
        }
        const answer = json;
        if (answer?.status !== 'success') {
            const why = typeof answer?.error === 'string' ? `: ${shortText(answer.error)}` : '';
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/prometheus-error', `Prometheus answer has status "${shortText(answer?.status)}"${why}; expected "success".`, { file, line: doc.line, column: 1 }));
            continue;
        }
        const resultType = answer.data?.resultType;
        if (resultType !== 'matrix' || !Array.isArray(answer.data?.result)) {
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/prometheus-not-matrix', `Prometheus answer has resultType "${shortText(resultType)}"; expected "matrix", from /api/v1/query_range (an instant query has one point per series, not a trace).`, { file, line: doc.line, column: 1 }));
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
                sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/prometheus-no-name', `Series ${index} has no __name__, so its unit (W or mJ) is unknown; expected raw ${DCGM_POWER_METRIC} or ${DCGM_ENERGY_METRIC} series (query the metric itself, not an aggregation).`, { file, line: doc.line, column: 1 }));
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
            .map((n) => (0,excerpt/* excerpt */.Kb)(n))
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
        sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/missing-column', `RAPL log has no timestamp column; expected "timestamp" (ISO 8601 or Unix seconds).${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)('timestamp', fields))}`, { file, line, column: 1 }));
        return undefined;
    }
    if (energy !== -1) {
        const domain = find(DOMAIN_NAMES);
        const zone = find(ZONE_NAMES);
        if (domain === -1) {
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/missing-column', `RAPL log has energy_uj but no "domain" column; expected the sysfs name of each zone (package-0, dram, ...).${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)('domain', fields))}`, { file, line, column: 1 }));
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
        sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/missing-column', `RAPL log has neither an "energy_uj" column nor domain columns; expected "timestamp,domain,energy_uj[,max_energy_range_uj]" or "timestamp,package-0,dram,...".${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)('energy_uj', fields))}`, { file, line, column: 1 }));
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
    const zone = options.zone ?? timezone/* UTC */.xW;
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
            sink.drop(uj, line, `${(0,excerpt/* excerpt */.Kb)(name)} energy_uj "${(0,excerpt/* excerpt */.Kb)((valueText ?? '').trim())}"`);
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
    await (0,lines/* forEachCsvRecord */.y1)(chunks, (fields, line) => {
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
        const timeMs = (0,lines/* parseTimeMs */.jR)(timeText, zone);
        if (Number.isNaN(timeMs)) {
            sink.drop('bad-timestamp', line, `timestamp "${(0,excerpt/* excerpt */.Kb)(timeText.trim())}"`);
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
    }, (line) => sink.drop('malformed-row', line, 'line longer than any RAPL row'), (start, end) => sink.report((0,diagnostics/* diagnostic */.YK)('warning', 'traces/unclosed-quote', (0,lines/* unclosedQuoteMessage */.rJ)(start, end), { file, line: start })));
    const notes = [];
    if (used.size > 0) {
        const byComponent = (c) => [...used.values()].filter((v) => v === c).length;
        notes.push(`RAPL energy counters of ${byComponent('cpu')} package domain(s) (cpu) and ${byComponent('memory')} dram domain(s) (memory), sum of increases.`);
    }
    if (excluded.size > 0) {
        const list = [...excluded].map(([name, why]) => `${(0,excerpt/* excerpt */.Kb)(name)} (${why})`).join(', ');
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
    nvidia_smi_csv/* format */.GP,
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
        error: `Unknown trace format "${id}": expected one of ${ids.join(', ')}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(id, ids))}`
    };
}


/***/ }),

/***/ 8894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GP: () => (/* binding */ format),
  _e: () => (/* binding */ nvidiaSmiHeadState),
  N_: () => (/* binding */ partNotes),
  as: () => (/* binding */ readNvidiaSmiPart),
  gr: () => (/* binding */ sameNvidiaSmiState)
});

// UNUSED EXPORTS: NVIDIA_SMI_CSV_CODES

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
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
function bytesEqual(b, s, e, other) {
    if (e - s !== other.length)
        return false;
    for (let i = other.length - 1; i >= 0; i--)
        if (b[s + i] !== other[i])
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/core/traces/stream.ts
var stream = __webpack_require__(5492);
// EXTERNAL MODULE: ./src/core/traces/timestamps.ts
var timestamps = __webpack_require__(249);
// EXTERNAL MODULE: ./src/core/traces/timezone.ts
var timezone = __webpack_require__(2531);
// EXTERNAL MODULE: ./src/core/excerpt.ts
var excerpt = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
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
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/unknown-column', `The columns map names "${(0,excerpt/* excerpt */.Kb)(header)}" for ${role}, but this nvidia-smi log has no such column; it has ${(0,excerpt/* excerptList */.Ik)(names)}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(header, names))}`, at));
        }
        return i;
    };
    if (map) {
        for (const key of Object.keys(map)) {
            if (key !== 'timestamp' && key !== 'power' && key !== 'device') {
                sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/unknown-column-role', `Unknown key "${(0,excerpt/* excerpt */.Kb)(key)}" in the columns map for an nvidia-smi log: expected timestamp, power or device.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(key, ['timestamp', 'power', 'device']))}`, at));
            }
        }
    }
    const ts = mapped('timestamp') ?? find('timestamp');
    if (ts < 0) {
        if (map?.timestamp === undefined) {
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/nvidia-smi-no-timestamp', `This nvidia-smi log has no timestamp column (columns: ${names.join(', ')}): record it with --query-gpu=timestamp,index,power.draw,...`, at));
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
            sink.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/nvidia-smi-no-power', `This nvidia-smi log has no power column (columns: ${names.join(', ')}): expected one of ${POWER_COLUMNS.join(', ')}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)('power.draw', names))}`, at));
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
const format = {
    id: 'nvidia-smi-csv',
    component: 'gpu',
    detect: detectNvidiaSmiCsv,
    async parse(chunks, sink, options) {
        const end = await new NvidiaSmiCsvReader(sink, options).read(chunks, true);
        partNotes(sink, options.file, [end]);
    }
};
/** True when two states read the rest of a file alike. */
function sameNvidiaSmiState(a, b) {
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
async function nvidiaSmiHeadState(head, options) {
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
function partNotes(sink, file, ends) {
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
        this.zone = options.zone ?? timezone/* UTC */.xW;
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
        if (need > stream/* MAX_LINE_BYTES */.Oc) {
            // Not a log line (binary data, no newlines): count it once, keep nothing.
            this.overlong = true;
            this.carryLen = 0;
            this.drop('malformed-row', this.lineNo + 1, `a line longer than ${stream/* MAX_LINE_BYTES */.Oc} bytes`);
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
        if (end - s > stream/* MAX_LINE_BYTES */.Oc) {
            // Too long whether or not it straddled blocks: the result must not depend on block sizes.
            this.drop('malformed-row', lineNo, `a line longer than ${stream/* MAX_LINE_BYTES */.Oc} bytes`);
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
            if (layout !== null && layout.headerBytes !== null && bytesEqual(b, s, e, layout.headerBytes)) {
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
            this.report((0,diagnostics/* diagnostic */.YK)('notice', 'traces/columns-ignored', 'This nvidia-smi log has a header line, so the columns list given for header-less logs is not used.', { file: this.options.file, line: lineNo }));
        }
        // Samples of the old layout go out before its device slots are replaced.
        this.flush();
        this.layout = this.makeLayout(text.split(','), b.slice(s, e), lineNo);
        return true;
    }
    noHeader(lineNo) {
        if (!this.reportedNoHeader) {
            this.reportedNoHeader = true;
            this.report((0,diagnostics/* diagnostic */.YK)('error', 'traces/nvidia-smi-no-header', 'This nvidia-smi log has no header line (it was written with --format=csv,noheader): name its columns in the manifest, e.g. trace: { columns: [timestamp, index, power.draw] }, in the order of --query-gpu.', { file: this.options.file, line: lineNo }));
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
        if (lf < 0 || lf - s > stream/* MAX_LINE_BYTES */.Oc)
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
            if (bytesEqual(b, s, e, keys[slot])) {
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
        const t = (0,timestamps/* parseDateTime */.DP)(asciiText(b, s, e), this.zone);
        if (Number.isNaN(t))
            return false;
        this.bTimes[n] = t;
        return true;
    }
}


/***/ }),

/***/ 1399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mW: () => (/* binding */ DEFAULT_MIN_COVERAGE),
  tw: () => (/* binding */ measureTraces)
});

// UNUSED EXPORTS: MEASURE_CODES

// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(2184);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/excerpt.ts
var excerpt = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/traces/access.ts
var access = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/core/traces/formats/index.ts + 10 modules
var traces_formats = __webpack_require__(4478);
// EXTERNAL MODULE: ./src/core/diagnostic-cap.ts
var diagnostic_cap = __webpack_require__(7157);
;// CONCATENATED MODULE: ./src/core/traces/integrator.ts
/**
 * The exact integrator: turns the samples that parsers push into energy, per device, and keeps
 * account of everything it did not use.
 *
 * - Power: trapezoid per device over strictly increasing times. A gap longer than the device's
 *   threshold is not bridged: its energy is not guessed and its time is lost coverage.
 * - Counters: sum of increases; a decrease is a wrap (where the modulus is known) or a reset
 *   (the counter restarted from zero, so its new value is the energy since the reset). A counter
 *   integrates in hardware, so a gap between readings loses no energy and is bridged.
 * - Intervals: energy a logger already integrated (CodeCarbon), added as given.
 * - Energy is also split into clock hours (UTC), exactly: a trapezoid that crosses an hour
 *   boundary is cut there with the power interpolated linearly.
 *
 * Per-sample work is a few comparisons and additions, with no allocation, so the integrator keeps
 * up with the byte-level parsers.
 */


/** Every diagnostic code of the integrator (one code per dropped-sample reason) (documented in docs/diagnostics/traces.md). */
const INTEGRATOR_CODES = (/* unused pure expression or super */ null && ([
    'traces/dropped-unavailable',
    'traces/dropped-non-numeric',
    'traces/dropped-negative',
    'traces/dropped-implausible',
    'traces/dropped-duplicate-time',
    'traces/dropped-out-of-order',
    'traces/dropped-bad-timestamp',
    'traces/dropped-malformed-row',
    'traces/gap',
    'traces/counter-reset',
    'traces/counter-wrap',
    'traces/untimed',
    'traces/no-samples',
    'traces/no-interval'
]));
/** One clock hour, ms: the bucket of time-resolved intensity. */
const HOUR_MS = 3_600_000;
/**
 * Intervals whose median sets a device's default gap threshold (all of them if fewer): enough
 * for a stable median (about 17 minutes at 1 Hz), few enough to buffer while the file streams.
 */
const WARMUP_INTERVALS = 1000;
/**
 * Default gap threshold = GAP_FACTOR x the device's median sampling interval: a logger that
 * misses up to four samples (a stalled `nvidia-smi -l`, jitter) is still bridged; a longer silence
 * is an outage whose power is unknown ...
 */
const GAP_FACTOR = 5;
/**
 * ... but never more than 6 hours: two samples a day apart say nothing about the power between
 * them, and a log sampled hourly (jitter included) is still bridged.
 */
const MAX_DEFAULT_GAP_S = 6 * 3600;
/**
 * The longest interval integrated at all (a configured gap threshold, a counter's or a logger's
 * interval): 366 days. Longer ones are no measurement, and would need that many hour buckets.
 */
const MAX_SPAN_S = 366 * 86400;
/** Plausible maximum power of one device by component, W; above it a sample is dropped. */
const DEFAULT_MAX_POWER_W = {
    // The largest single accelerators draw about 1,000-1,200 W (B200 / GB200 per GPU); 2,000 W
    // leaves headroom for any GPU, CPU package or memory domain while still catching unit
    // mistakes (mW read as W) and sentinels.
    gpu: 2000,
    cpu: 2000,
    memory: 2000,
    // A whole machine (generic logs without a component): a dense 8-GPU server peaks near 10 kW.
    other: 20000
};
/**
 * Distinct clock hours the energy of one measurement is split into, at most: ten years of hours.
 * Timestamps may lie anywhere in 550,000 years, and a counter read once a year bridges 8,784
 * hours per reading; without a bound a small hostile log would fill memory with hour buckets.
 */
const MAX_HOUR_BUCKETS = 10 * 366 * 24;
/**
 * Pieces (one interval's share of one hour) cut in all, at most: a bound on the work of the hour
 * split whatever the number of devices, far above what an honest log needs (a year of 1 Hz
 * samples of eight GPUs crosses 70,000 hour boundaries).
 */
const MAX_HOUR_PIECES = 5_000_000;
/** Characters of a drop's detail (a quoted cell or value) kept for the diagnostic. */
const MAX_DETAIL_CHARS = 200;
/** Line numbers kept per reason for diagnostics; the rest are counted. */
const EXAMPLE_LINES = 5;
/** The range of ECMAScript dates, +-8.64e15 ms: a time outside it is no clock's. */
const MAX_TIME_MS = 8.64e15;
/** ISO text of a time for messages (relative times read as from 1970). */
function isoTime(ms) {
    return Math.abs(ms) <= MAX_TIME_MS ? new Date(ms).toISOString() : `${ms} ms`;
}
/** (p0 + p1) * dt with p in W and dt in ms is 2000 x joules. */
const TWO_W_MS_PER_J = 2000;
class Track {
    key;
    kind;
    component;
    account;
    maxPowerW;
    untimed;
    n = 0;
    /** Time of the last accepted sample (ordering check), ms. */
    prevT = -Infinity;
    firstT = NaN;
    lastT = NaN;
    /** Last power (W) or counter value (J). */
    lastV = NaN;
    /** Energy: 2000 x J (see TWO_W_MS_PER_J), so a power trapezoid is one multiply-add. */
    energy2Wms = 0;
    gapMs = NaN;
    warmT = null;
    warmV = null;
    warmLine = null;
    warmN = 0;
    segStart = NaN;
    segments = [];
    hourStart = -Infinity;
    hourEnd = -Infinity;
    hourAcc = 0;
    intervals = 0;
    constructor(key, kind, component, account, maxPowerW, untimed) {
        this.key = key;
        this.kind = kind;
        this.component = component;
        this.account = account;
        this.maxPowerW = maxPowerW;
        this.untimed = untimed;
    }
}
/**
 * Receives samples from the parsers (it is the SampleSink), one file after another: call
 * `beginFile` before a file's parser runs and `endFile` after; `finish` once at the end.
 */
class Integrator {
    options;
    tracks = new Map();
    last = null;
    current = null;
    currentFormat = null;
    accounts = [];
    hours = new Map();
    /** Energy (2000 x J) not placed in an hour because the hour split reached its bounds. */
    unplaced2Wms = 0;
    hourPieces = 0;
    untimedKeys = new Set();
    constructor(options = {}) {
        this.options = options;
    }
    /** Starts a file: samples until `endFile` are accounted to it. */
    beginFile(file, format) {
        const account = {
            file,
            format: format.id,
            pueIncluded: format.pueIncluded === true,
            includedPues: [],
            samples: 0,
            dropped: 0,
            intervals: 0,
            energyJ: 0,
            drops: new Map(),
            gaps: { count: 0, totalMs: 0, examples: [] },
            resets: { count: 0, lines: [], details: [] },
            wraps: { count: 0, lines: [], details: [] },
            notes: [],
            untimed: [],
            devices: new Set(),
            diagnostics: new diagnostic_cap/* DiagnosticCap */._v()
        };
        this.accounts.push(account);
        this.current = account;
        this.currentFormat = format;
        this.last = null;
        return account;
    }
    /** Ends the current file: its devices' warm-up buffers are integrated now. */
    endFile() {
        const account = this.current;
        if (!account)
            return;
        for (const track of this.tracks.values()) {
            if (track.account === account)
                this.flushWarmup(track);
        }
        for (const track of this.tracks.values()) {
            if (track.account === account)
                account.energyJ += track.energy2Wms / TWO_W_MS_PER_J;
        }
        this.current = null;
        this.currentFormat = null;
        this.last = null;
    }
    account() {
        if (!this.current)
            throw new Error('Integrator: a sample arrived outside beginFile/endFile');
        return this.current;
    }
    track(device, kind, component, line) {
        const last = this.last;
        if (last !== null && last.key === device)
            return last.kind === kind ? last : this.kindClash(last, kind, line);
        let t = this.tracks.get(device);
        if (t === undefined) {
            const account = this.account();
            const comp = component ?? this.currentFormat?.component ?? 'other';
            t = new Track(device, kind, comp, account, this.options.maxPowerW ?? DEFAULT_MAX_POWER_W[comp], this.untimedKeys.has(device));
            this.tracks.set(device, t);
        }
        else if (t.kind !== kind) {
            return this.kindClash(t, kind, line);
        }
        this.last = t;
        return t;
    }
    kindClash(t, kind, line) {
        this.drop('malformed-row', line, `device ${t.key} has ${t.kind} samples; a ${kind} sample for it is not mixed in`);
        return null;
    }
    /** @inheritdoc */
    untimed(device, reason) {
        if (this.untimedKeys.has(device))
            return;
        this.untimedKeys.add(device);
        this.account().untimed.push(`${device}: ${reason}`);
    }
    /** @inheritdoc */
    pueIncluded(included, pues = []) {
        const account = this.account();
        account.pueIncluded = included;
        account.includedPues = [...pues];
    }
    /** @inheritdoc */
    note(text) {
        const notes = this.account().notes;
        if (!notes.includes(text))
            notes.push(text);
    }
    /** @inheritdoc */
    report(d) {
        this.account().diagnostics.add(d);
    }
    /** @inheritdoc */
    drop(reason, line, detail) {
        const account = this.account();
        account.dropped++;
        let tally = account.drops.get(reason);
        if (tally === undefined) {
            tally = { count: 0, lines: [], details: [] };
            account.drops.set(reason, tally);
        }
        tally.count++;
        if (tally.lines.length < EXAMPLE_LINES) {
            tally.lines.push(line);
            // A detail quotes the file (a cell, a value): kept short, whatever the cell holds.
            if (detail !== undefined)
                tally.details.push(detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS)}...` : detail);
        }
    }
    /** Checks time and order; false (and a drop) when the sample cannot be used. */
    accept(t, timeMs, line) {
        if (!(Math.abs(timeMs) <= MAX_TIME_MS)) {
            this.drop('bad-timestamp', line, Number.isNaN(timeMs) ? undefined : `${timeMs} ms is outside the dates a clock can give`);
            return false;
        }
        if (!(timeMs > t.prevT)) {
            if (timeMs === t.prevT)
                this.drop('duplicate-time', line, `device ${t.key}`);
            else
                this.drop('out-of-order', line, `device ${t.key}: ${isoTime(timeMs)} is before ${isoTime(t.prevT)}`);
            return false;
        }
        return true;
    }
    /** @inheritdoc */
    power(device, timeMs, powerW, line, component) {
        const t = this.track(device, 'power', component, line);
        if (t === null)
            return;
        if (!(powerW >= 0)) {
            this.drop(Number.isNaN(powerW) ? 'non-numeric' : 'negative', line, `${powerW} W`);
            return;
        }
        if (powerW > t.maxPowerW) {
            this.drop('implausible', line, `${powerW} W is above the plausible ${t.maxPowerW} W for one device`);
            return;
        }
        if (!this.accept(t, timeMs, line))
            return;
        t.prevT = timeMs;
        t.account.samples++;
        if (t.warmT !== null || (t.n === 0 && t.warmN === 0 && this.startWarmup(t))) {
            const i = t.warmN++;
            t.warmT[i] = timeMs;
            t.warmV[i] = powerW;
            t.warmLine[i] = line;
            if (t.warmN === WARMUP_INTERVALS + 1)
                this.flushWarmup(t);
            return;
        }
        this.stepPower(t, timeMs, powerW, line);
    }
    batchDevices = null;
    batchTracks = [];
    /**
     * @inheritdoc
     * The common case (a known power device past its warm-up, a valid value, a later time) is
     * handled inline; everything else goes through `power`.
     */
    powerBatch(devices, slots, timesMs, powersW, lines, count) {
        if (this.batchDevices !== devices) {
            this.batchDevices = devices;
            this.batchTracks = [];
        }
        const tracks = this.batchTracks;
        for (let i = 0; i < count; i++) {
            const slot = slots[i];
            const t = tracks[slot];
            const time = timesMs[i];
            const p = powersW[i];
            if (t === undefined || t.warmT !== null || t.n === 0 || !(p >= 0) || p > t.maxPowerW || !(time > t.prevT)) {
                const name = devices[slot];
                this.power(name, time, p, lines[i]);
                if (t === undefined) {
                    const known = this.tracks.get(name);
                    if (known !== undefined && known.kind === 'power')
                        tracks[slot] = known;
                }
                continue;
            }
            t.prevT = time;
            t.account.samples++;
            const dt = time - t.lastT;
            if (dt > t.gapMs) {
                this.gap(t, dt, lines[i], time);
            }
            else {
                const e = (p + t.lastV) * dt;
                t.energy2Wms += e;
                t.intervals++;
                if (t.lastT >= t.hourStart && time <= t.hourEnd)
                    t.hourAcc += e;
                else if (!t.untimed)
                    this.splitHours(t, t.lastT, t.lastV, time, p);
            }
            t.n++;
            t.lastT = time;
            t.lastV = p;
        }
    }
    /** Begins buffering a power track until its gap threshold is known; false when it is given. */
    startWarmup(t) {
        t.account.devices.add(t.key);
        if (this.options.maxGapS !== undefined) {
            t.gapMs = this.options.maxGapS * 1000;
            return false;
        }
        t.warmT = new Float64Array(WARMUP_INTERVALS + 1);
        t.warmV = new Float64Array(WARMUP_INTERVALS + 1);
        t.warmLine = new Float64Array(WARMUP_INTERVALS + 1);
        return true;
    }
    flushWarmup(t) {
        const times = t.warmT;
        if (times === null)
            return;
        const values = t.warmV;
        const lines = t.warmLine;
        const n = t.warmN;
        t.warmT = t.warmV = t.warmLine = null;
        t.warmN = 0;
        if (n >= 2) {
            const dts = new Float64Array(n - 1);
            for (let i = 1; i < n; i++)
                dts[i - 1] = times[i] - times[i - 1];
            dts.sort();
            const m = dts.length;
            const median = m % 2 === 1 ? dts[(m - 1) / 2] : (dts[m / 2 - 1] + dts[m / 2]) / 2;
            t.gapMs = Math.min(GAP_FACTOR * median, MAX_DEFAULT_GAP_S * 1000);
        }
        else {
            t.gapMs = MAX_DEFAULT_GAP_S * 1000;
        }
        for (let i = 0; i < n; i++)
            this.stepPower(t, times[i], values[i], lines[i]);
    }
    stepPower(t, timeMs, powerW, line) {
        if (t.n === 0) {
            t.firstT = timeMs;
            t.segStart = timeMs;
        }
        else {
            const dt = timeMs - t.lastT;
            if (dt > t.gapMs) {
                this.gap(t, dt, line, timeMs);
            }
            else {
                const e = (powerW + t.lastV) * dt;
                t.energy2Wms += e;
                t.intervals++;
                if (t.lastT >= t.hourStart && timeMs <= t.hourEnd)
                    t.hourAcc += e;
                else if (!t.untimed)
                    this.splitHours(t, t.lastT, t.lastV, timeMs, powerW);
            }
        }
        t.n++;
        t.lastT = timeMs;
        t.lastV = powerW;
    }
    gap(t, dtMs, line, timeMs) {
        t.segments.push(t.segStart, t.lastT);
        t.segStart = timeMs;
        const gaps = t.account.gaps;
        gaps.count++;
        gaps.totalMs += dtMs;
        if (gaps.examples.length < EXAMPLE_LINES)
            gaps.examples.push({ device: t.key, line, durationMs: dtMs });
    }
    /**
     * Adds the trapezoid (t0,p0)-(t1,p1) to the hour buckets, cut at each hour boundary with the
     * power interpolated there; the last piece becomes the track's running hour.
     */
    splitHours(t, t0, p0, t1, p1) {
        if (t.hourAcc !== 0)
            this.addHour(t.hourStart, t.hourAcc);
        let a = t0;
        let pa = p0;
        let h = Math.floor(t0 / HOUR_MS) * HOUR_MS;
        for (;;) {
            const hEnd = h + HOUR_MS;
            if (t1 <= hEnd) {
                t.hourStart = h;
                t.hourEnd = hEnd;
                t.hourAcc = (pa + p1) * (t1 - a);
                return;
            }
            if (++this.hourPieces > MAX_HOUR_PIECES) {
                // The split has done all the work it may: the rest of this interval is not placed.
                this.unplaced2Wms += (pa + p1) * (t1 - a);
                t.hourAcc = 0;
                t.hourStart = t.hourEnd = -Infinity;
                return;
            }
            const pb = p0 + ((p1 - p0) * (hEnd - t0)) / (t1 - t0);
            this.addHour(h, (pa + pb) * (hEnd - a));
            a = hEnd;
            pa = pb;
            h = hEnd;
        }
    }
    addHour(hourStart, energy2Wms) {
        const known = this.hours.get(hourStart);
        if (known !== undefined)
            this.hours.set(hourStart, known + energy2Wms);
        else if (this.hours.size < MAX_HOUR_BUCKETS)
            this.hours.set(hourStart, energy2Wms);
        else
            this.unplaced2Wms += energy2Wms;
    }
    /** @inheritdoc */
    counter(device, timeMs, energyJ, line, wrapJ, component) {
        const t = this.track(device, 'counter', component, line);
        if (t === null)
            return;
        if (!(energyJ >= 0) || !Number.isFinite(energyJ)) {
            this.drop(Number.isNaN(energyJ) ? 'non-numeric' : energyJ < 0 ? 'negative' : 'implausible', line, `${energyJ} J`);
            return;
        }
        if (!this.accept(t, timeMs, line))
            return;
        t.prevT = timeMs;
        t.account.samples++;
        if (t.n === 0) {
            t.account.devices.add(t.key);
            t.firstT = timeMs;
            t.segStart = timeMs;
        }
        else {
            let delta = energyJ - t.lastV;
            let wrapped = false;
            let reset = false;
            if (delta < 0) {
                if (wrapJ !== undefined && wrapJ > 0) {
                    delta += wrapJ;
                    wrapped = true;
                }
                else {
                    delta = energyJ;
                    reset = true;
                }
            }
            const dtMs = timeMs - t.lastT;
            const averageW = (delta * 1000) / dtMs;
            // A wrapping counter read less often than it can wrap at full power may have wrapped more
            // than once: the increase is unknown. So is one over more than MAX_SPAN_S.
            const longest = wrapJ !== undefined && wrapJ > 0
                ? Math.min(MAX_SPAN_S * 1000, (wrapJ / t.maxPowerW) * 1000)
                : MAX_SPAN_S * 1000;
            if (dtMs > longest) {
                this.gap(t, dtMs, line, timeMs);
            }
            else if (averageW > t.maxPowerW) {
                // An impossible increase (a corrupt reading, a wrong unit): rebase on the new reading
                // and leave the interval unmeasured.
                this.drop('implausible', line, `device ${t.key}: an increase of ${delta} J in ${dtMs / 1000} s is ${averageW.toFixed(0)} W on average, above the plausible ${t.maxPowerW} W`);
                t.segments.push(t.segStart, t.lastT);
                t.segStart = timeMs;
            }
            else {
                if (wrapped)
                    tally(t.account.wraps, line);
                if (reset)
                    tally(t.account.resets, line);
                const e = delta * TWO_W_MS_PER_J;
                t.energy2Wms += e;
                t.intervals++;
                if (t.lastT >= t.hourStart && timeMs <= t.hourEnd)
                    t.hourAcc += e;
                else if (!t.untimed)
                    this.splitHours(t, t.lastT, averageW, timeMs, averageW);
            }
        }
        t.n++;
        t.lastT = timeMs;
        t.lastV = energyJ;
    }
    /** @inheritdoc */
    interval(device, startMs, endMs, energyKWh, line, component) {
        const t = this.track(device, 'interval', component, line);
        if (t === null)
            return;
        if (!(Math.abs(startMs) <= MAX_TIME_MS && Math.abs(endMs) <= MAX_TIME_MS)) {
            this.drop('bad-timestamp', line);
            return;
        }
        if (!(energyKWh >= 0) || !Number.isFinite(energyKWh)) {
            this.drop(Number.isNaN(energyKWh) ? 'non-numeric' : energyKWh < 0 ? 'negative' : 'implausible', line, `${energyKWh} kWh`);
            return;
        }
        if (endMs < startMs) {
            this.drop('malformed-row', line, `device ${t.key}: the interval ends before it starts`);
            return;
        }
        if (endMs - startMs > MAX_SPAN_S * 1000) {
            this.drop('implausible', line, `device ${t.key}: an interval of ${((endMs - startMs) / 86400000).toFixed(0)} days`);
            return;
        }
        if (startMs < t.prevT) {
            this.drop('out-of-order', line, `device ${t.key}: the interval starting ${isoTime(startMs)} overlaps the previous one`);
            return;
        }
        const energyJ = energyKWh * units/* J_PER_KWH */.es;
        const durationMs = endMs - startMs;
        const averageW = durationMs > 0 ? (energyJ * 1000) / durationMs : energyJ > 0 ? Infinity : 0;
        if (averageW > t.maxPowerW) {
            this.drop('implausible', line, `device ${t.key}: ${energyKWh} kWh in ${durationMs / 1000} s is above the plausible ${t.maxPowerW} W`);
            return;
        }
        t.account.samples++;
        if (t.n === 0) {
            t.account.devices.add(t.key);
            t.firstT = startMs;
            t.segStart = startMs;
        }
        else if (startMs > t.lastT) {
            t.segments.push(t.segStart, t.lastT);
            t.segStart = startMs;
        }
        const e = energyJ * TWO_W_MS_PER_J;
        t.energy2Wms += e;
        t.intervals++;
        if (!t.untimed) {
            if (durationMs === 0)
                this.addHour(Math.floor(startMs / HOUR_MS) * HOUR_MS, e);
            else if (startMs >= t.hourStart && endMs <= t.hourEnd)
                t.hourAcc += e;
            else
                this.splitHours(t, startMs, averageW, endMs, averageW);
        }
        t.n++;
        t.prevT = endMs;
        t.lastT = endMs;
    }
    /** Ends integration and returns the totals. */
    finish() {
        if (this.current)
            this.endFile();
        const componentsJ = { gpu: 0, cpu: 0, memory: 0, other: 0 };
        let energyJ = 0;
        let untimedJ = 0;
        let pueIncludedJ = 0;
        let devices = 0;
        const timed = [];
        const relative = [];
        let tMin = Infinity, tMax = -Infinity, rMin = Infinity, rMax = -Infinity;
        const thresholds = new Set();
        const kinds = new Set();
        for (const t of this.tracks.values()) {
            if (t.n === 0)
                continue;
            devices++;
            kinds.add(t.kind);
            const j = t.energy2Wms / TWO_W_MS_PER_J;
            energyJ += j;
            componentsJ[t.component] += j;
            if (t.account.pueIncluded)
                pueIncludedJ += j;
            t.account.intervals += t.intervals;
            if (t.kind === 'power' && t.n >= 2 && Number.isFinite(t.gapMs))
                thresholds.add(t.gapMs / 1000);
            const segs = t.untimed ? relative : timed;
            for (const v of t.segments)
                segs.push(v);
            segs.push(t.segStart, t.lastT);
            if (t.untimed) {
                untimedJ += j;
                rMin = Math.min(rMin, t.firstT);
                rMax = Math.max(rMax, t.lastT);
            }
            else {
                if (t.hourAcc !== 0)
                    this.addHour(t.hourStart, t.hourAcc);
                t.hourAcc = 0;
                tMin = Math.min(tMin, t.firstT);
                tMax = Math.max(tMax, t.lastT);
            }
        }
        const relativeOnly = timed.length === 0 && relative.length > 0;
        const spanMs = relativeOnly ? rMax - rMin : timed.length > 0 ? tMax - tMin : 0;
        const measuredMs = unionLength(relativeOnly ? relative : timed);
        const hoursJ = new Map();
        for (const k of [...this.hours.keys()].sort((a, b) => a - b))
            hoursJ.set(k, this.hours.get(k) / TWO_W_MS_PER_J);
        let samples = 0;
        let dropped = 0;
        const includedPues = new Set();
        for (const a of this.accounts) {
            samples += a.samples;
            dropped += a.dropped;
            if (a.pueIncluded)
                for (const p of a.includedPues)
                    includedPues.add(p);
        }
        return {
            energyJ,
            componentsJ,
            untimedJ,
            pueIncludedJ,
            includedPues: [...includedPues].sort((a, b) => a - b),
            unplacedJ: this.unplaced2Wms / TWO_W_MS_PER_J,
            hoursJ,
            devices,
            samples,
            dropped,
            spanS: spanMs / 1000,
            measuredS: measuredMs / 1000,
            ...(timed.length > 0 && Number.isFinite(tMax) ? { lastSampleMs: tMax } : {}),
            relativeOnly,
            gapThresholdsS: [...thresholds].sort((a, b) => a - b),
            kinds: [...kinds],
            files: this.accounts
        };
    }
}
function tally(t, line) {
    t.count++;
    if (t.lines.length < EXAMPLE_LINES)
        t.lines.push(line);
}
/** Total length of the union of [start, end] pairs given flat, in any order. */
function unionLength(flat) {
    const n = flat.length / 2;
    if (n === 0)
        return 0;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => flat[2 * a] - flat[2 * b]);
    let total = 0;
    let curStart = flat[2 * order[0]];
    let curEnd = flat[2 * order[0] + 1];
    for (let k = 1; k < n; k++) {
        const s = flat[2 * order[k]];
        const e = flat[2 * order[k] + 1];
        if (s > curEnd) {
            total += curEnd - curStart;
            curStart = s;
            curEnd = e;
        }
        else if (e > curEnd) {
            curEnd = e;
        }
    }
    return total + (curEnd - curStart);
}

;// CONCATENATED MODULE: ./src/core/traces/file-findings.ts
/**
 * A file's findings in words: turns the integrator's account of one trace file (what it dropped
 * and why, its gaps, counter resets and wraps, relative times, and whether anything was usable)
 * into diagnostics. The integrator counts; this module only writes the text.
 */



/** A drop reason in words, for diagnostics and notes. */
const DROP_REASON_TEXT = {
    unavailable: 'unavailable values ([N/A], [Not Supported], blank)',
    'non-numeric': 'non-numeric values',
    negative: 'negative values',
    implausible: 'implausible values (above the plausible maximum of one device)',
    'duplicate-time': 'duplicate timestamps for the same device',
    'out-of-order': 'out-of-order timestamps for the same device',
    'bad-timestamp': 'unreadable timestamps',
    'malformed-row': 'malformed rows'
};
/** Builds the per-file diagnostics: drop summaries, gaps, resets, and no-sample errors. */
function fileDiagnostics(a) {
    const out = a.diagnostics.list();
    for (const [reason, tallyOf] of a.drops) {
        const more = tallyOf.count - tallyOf.lines.length;
        const where = `line${tallyOf.lines.length > 1 ? 's' : ''} ${tallyOf.lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
        const detail = tallyOf.details.length > 0 ? ` (first: ${tallyOf.details[0]})` : '';
        out.push((0,core_diagnostics/* diagnostic */.YK)(reason === 'unavailable' ? 'notice' : 'warning', `traces/dropped-${reason}`, `Dropped ${tallyOf.count} sample${tallyOf.count === 1 ? '' : 's'} with ${DROP_REASON_TEXT[reason]} at ${where}${detail}.`, { file: a.file, line: tallyOf.lines[0] }));
    }
    if (a.gaps.count > 0) {
        const ex = a.gaps.examples
            .map((g) => `${(0,format/* formatDuration */.a3)(g.durationMs / 1000)} before line ${g.line} (${g.device})`)
            .join('; ');
        const more = a.gaps.count - a.gaps.examples.length;
        out.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/gap', `${a.gaps.count} gap${a.gaps.count === 1 ? '' : 's'} longer than the gap threshold (or than a wrapping counter's range allows), ${(0,format/* formatDuration */.a3)(a.gaps.totalMs / 1000)} of device time in all, not bridged: ${ex}${more > 0 ? `; and ${more} more` : ''}.`, { file: a.file, line: a.gaps.examples[0]?.line }));
    }
    if (a.resets.count > 0) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'traces/counter-reset', `${a.resets.count} energy-counter reset${a.resets.count === 1 ? '' : 's'} (a decrease; the new reading was taken as the energy since the reset) at line${a.resets.lines.length > 1 ? 's' : ''} ${a.resets.lines.join(', ')}.`, { file: a.file, line: a.resets.lines[0] }));
    }
    if (a.wraps.count > 0) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'traces/counter-wrap', `${a.wraps.count} energy-counter wrap${a.wraps.count === 1 ? '' : 's'} (a decrease within the counter's range) at line${a.wraps.lines.length > 1 ? 's' : ''} ${a.wraps.lines.join(', ')}.`, { file: a.file, line: a.wraps.lines[0] }));
    }
    if (a.samples === 0) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/no-samples', `No usable sample in this ${a.format} file${a.dropped > 0 ? ` (${a.dropped} dropped)` : ''}: its energy cannot be measured.`, { file: a.file }));
    }
    else if (a.intervals === 0) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/no-interval', `Only single samples per device in this ${a.format} file: energy needs at least two samples of a device ${a.gaps.count > 0 ? 'closer together than the gap threshold' : 'to integrate between'}.`, { file: a.file }));
    }
    if (a.untimed.length > 0) {
        const more = a.untimed.length - EXAMPLE_LINES;
        const which = a.untimed.slice(0, EXAMPLE_LINES).join('; ') +
            (more > 0 ? `; and ${more} more device${more === 1 ? '' : 's'}` : '');
        out.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/untimed', `Times are relative, not wall-clock (${which}): the energy counts, but it is not placed in hours and does not set the run's wall time.`, { file: a.file }));
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/traces/limits.ts
var limits = __webpack_require__(7124);
// EXTERNAL MODULE: ./src/core/traces/parts.ts
var parts = __webpack_require__(1476);
// EXTERNAL MODULE: ./src/core/traces/stream.ts
var stream = __webpack_require__(5492);
// EXTERNAL MODULE: ./src/core/traces/timezone.ts
var timezone = __webpack_require__(2531);
;// CONCATENATED MODULE: ./src/core/traces/index.ts
/**
 * Measured energy from power logs: `measureTraces` streams every file of a run (gzip or not),
 * detects its format from its content, integrates it exactly, and returns the energy with its
 * coverage, the samples it dropped and why, an hourly split for time-resolved intensity, and
 * plain-language notes of each choice it made. It reads bytes only through the `TraceFile`s it is
 * given; the adapters do the file I/O.
 */












/** Every diagnostic code of the trace measurement (`measureTraces`) (documented in docs/diagnostics/traces.md). */
const MEASURE_CODES = (/* unused pure expression or super */ null && ([
    'traces/bad-timezone',
    'traces/bad-option',
    'traces/unknown-format-option',
    'traces/no-files',
    'traces/read-failed',
    'traces/empty-file',
    'traces/unknown-format',
    'traces/no-samples',
    'traces/low-coverage',
    'traces/longer-than-declared',
    'traces/mixed-pue',
    'traces/limit-file-bytes',
    'traces/limit-total-bytes',
    'traces/limit-compression-ratio',
    'traces/too-many-hours'
]));
/**
 * Files whose reading elsewhere may start before the file being measured is done: enough to keep
 * a pool of threads busy across small files, few enough to bound the open files.
 */
const OFFLOAD_LOOKAHEAD_FILES = 8;
/**
 * Default coverage below which a run is warned about. A choice, not a published figure: unmeasured
 * time is energy the logs do not show, and past a tenth of the wall time that is larger than the
 * spread between nvidia-smi and NVML's own counter seen in our H200 fixture (a few %).
 */
const DEFAULT_MIN_COVERAGE = 0.9;
/** The measurement of options that could not be used: nothing read, nothing measured. */
function emptyMeasurement(files, diagnostics) {
    return {
        summary: {
            files: files.map((f) => f.path),
            formats: [],
            devices: 0,
            samples: 0,
            droppedSamples: 0,
            coverage: 0,
            wallTimeS: 0,
            measuredTimeS: 0,
            itEnergyKWh: 0,
            pueIncluded: false,
            notes: []
        },
        detail: { components: { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0 }, pueIncludedKWh: 0, includedPues: [] },
        hourly: { energyByHourKWh: new Map(), untimedEnergyKWh: 0 },
        diagnostics
    };
}
/** Checks the options; returns the problems as error diagnostics, and the zone where usable. */
function checkOptions(options) {
    const out = [];
    const resolved = (0,timezone/* resolveZone */.VY)(options.timezone);
    if ('error' in resolved)
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/bad-timezone', resolved.error));
    const positive = (name, v) => {
        if (v !== undefined && !(Number.isFinite(v) && v > 0))
            out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/bad-option', `${name} must be a positive number of ${name === 'maxPowerW' ? 'watts' : 'seconds'}; got ${v}.`));
    };
    positive('maxGapS', options.maxGapS);
    if (options.maxGapS !== undefined && options.maxGapS > MAX_SPAN_S) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/bad-option', `maxGapS must be at most ${MAX_SPAN_S} s (366 days); got ${options.maxGapS}.`));
    }
    positive('wallTimeS', options.wallTimeS);
    positive('maxPowerW', options.maxPowerW);
    if (options.minCoverage !== undefined && !(options.minCoverage >= 0 && options.minCoverage <= 1)) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/bad-option', `minCoverage must be a fraction from 0 to 1; got ${options.minCoverage}.`));
    }
    return { diagnostics: out, zone: 'zone' in resolved ? resolved.zone : undefined };
}
/** The first non-blank line, as a short excerpt: the file may hold anything (a secret, too). */
function firstLineOf(head) {
    return (0,excerpt/* excerpt */.Kb)(head.split('\n').find((l) => l.trim() !== '') ?? '');
}
/**
 * The reader's own diagnostic, as it is, where the error is a {@link TraceAccessError}: it says
 * more than "could not read" (`io/outside-root`, `io/not-found`, ...).
 */
function accessDiagnostic(e) {
    return e instanceof access/* TraceAccessError */.g ? e.diagnostic : undefined;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}
/**
 * Measures a run's energy from its trace files. Files are read one after another, streaming;
 * devices are keyed by file and device id, so files from many hosts add up. Problems come back as
 * diagnostics (never thrown): an error means part of the traces could not be measured, and the
 * caller must not present the energy as the run's.
 */
async function measureTraces(files, options) {
    const { diagnostics, zone } = checkOptions(options);
    let forced;
    if (options.format !== undefined) {
        const f = (0,traces_formats/* formatById */.aZ)(options.format);
        if ('error' in f)
            diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/unknown-format-option', f.error));
        else
            forced = f.format;
    }
    if (files.length === 0)
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/no-files', 'No trace files to measure.'));
    if (zone === undefined || diagnostics.some((d) => d.severity === 'error'))
        return emptyMeasurement(files, diagnostics);
    const integrator = new Integrator({ maxGapS: options.maxGapS, maxPowerW: options.maxPowerW });
    const formats = [];
    const budget = options.budget ?? (0,limits/* createTraceBudget */.fe)();
    const unread = [];
    const request = {
        ...(options.format !== undefined ? { format: forced?.id } : {}),
        ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
        ...(options.columns !== undefined ? { columns: options.columns } : {})
    };
    const offloads = [];
    const startOffload = (i) => {
        const f = files[i];
        if (offloads[i] === undefined && f.offload)
            offloads[i] = f.offload(request).catch(() => undefined);
    };
    try {
        for (let i = 0; i < files.length; i++) {
            for (let j = i; j < Math.min(files.length, i + OFFLOAD_LOOKAHEAD_FILES); j++)
                startOffload(j);
            const offloaded = await offloads[i];
            if (offloaded !== undefined) {
                offloads[i] = undefined;
                const done = await measureOffloaded(offloaded, files[i], { integrator, budget, unread, formats });
                offloaded.release();
                if (done)
                    continue;
            }
            await measureHere(files[i], { integrator, budget, unread, formats, forced, diagnostics, zone, options });
        }
    }
    finally {
        // Files started ahead and not measured (an error above): released unread.
        for (const o of offloads)
            void o?.then((f) => f?.release());
    }
    if (unread.length > 0)
        diagnostics.push(unreadDiagnostic(unread, budget));
    const r = integrator.finish();
    for (const account of r.files) {
        const fileDiags = fileDiagnostics(account);
        const hasOtherError = account.diagnostics.hasErrors();
        for (const d of fileDiags) {
            if (hasOtherError && d.code === 'traces/no-samples')
                continue;
            diagnostics.push(d);
        }
    }
    const declared = options.wallTimeS;
    const wallTimeS = declared ?? r.spanS;
    const measuredTimeS = r.measuredS;
    const coverage = wallTimeS > 0 ? Math.min(1, measuredTimeS / wallTimeS) : 0;
    const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
    if (r.devices > 0 && coverage < minCoverage) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/low-coverage', `The traces cover ${(0,format/* formatPercent */.l9)(coverage)} of the run's wall time (${(0,format/* formatDuration */.a3)(measuredTimeS)} of ${(0,format/* formatDuration */.a3)(wallTimeS)}${declared !== undefined ? ', the declared duration' : ''}), below ${(0,format/* formatPercent */.l9)(minCoverage)}: the measured energy leaves out the unmeasured time.`));
    }
    if (declared !== undefined && measuredTimeS > declared * 1.01) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'traces/longer-than-declared', `The traces measure ${(0,format/* formatDuration */.a3)(measuredTimeS)}, more than the declared duration of ${(0,format/* formatDuration */.a3)(declared)}; all of it is counted and coverage is capped at 100%.`));
    }
    const pueIncludedKWh = r.pueIncludedJ / units/* J_PER_KWH */.es;
    const itEnergyKWh = r.energyJ / units/* J_PER_KWH */.es;
    if (r.pueIncludedJ > 0 && r.pueIncludedJ < r.energyJ) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/mixed-pue', `${(0,format/* formatEnergy */.QE)(pueIncludedKWh)} of the ${(0,format/* formatEnergy */.QE)(itEnergyKWh)} measured comes from logs whose energy already includes a PUE, and the rest does not: apply a PUE only to the rest.`));
    }
    if (r.unplacedJ > 0) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/too-many-hours', `The traces span more clock hours than are split for time-resolved intensity (at most ${(0,format/* formatNumber */.ZV)(MAX_HOUR_BUCKETS)} distinct hours, ten years, and ${(0,format/* formatNumber */.ZV)(MAX_HOUR_PIECES)} hour pieces in all): ${(0,format/* formatEnergy */.QE)(r.unplacedJ / units/* J_PER_KWH */.es)} of the energy is counted but not placed in hours, and is weighted at the run's annual intensity.`));
    }
    const notes = buildNotes(r, options, { wallTimeS, measuredTimeS, coverage, declared });
    const energyByHourKWh = new Map();
    for (const [hour, j] of r.hoursJ)
        energyByHourKWh.set(hour, j / units/* J_PER_KWH */.es);
    // The key order here is the order of `measurement` in the report's JSON.
    const summary = {
        files: files.map((f) => f.path),
        formats,
        devices: r.devices,
        samples: r.samples,
        droppedSamples: r.dropped,
        coverage,
        wallTimeS,
        measuredTimeS,
        ...(r.lastSampleMs === undefined ? {} : { lastSampleAt: new Date(r.lastSampleMs).toISOString() }),
        itEnergyKWh,
        pueIncluded: r.energyJ > 0 && r.pueIncludedJ === r.energyJ,
        notes
    };
    return {
        summary,
        detail: {
            components: {
                gpuKWh: r.componentsJ.gpu / units/* J_PER_KWH */.es,
                cpuKWh: r.componentsJ.cpu / units/* J_PER_KWH */.es,
                memoryKWh: r.componentsJ.memory / units/* J_PER_KWH */.es,
                otherKWh: r.componentsJ.other / units/* J_PER_KWH */.es
            },
            pueIncludedKWh,
            includedPues: r.includedPues
        },
        hourly: { energyByHourKWh, untimedEnergyKWh: (r.untimedJ + r.unplacedJ) / units/* J_PER_KWH */.es },
        diagnostics
    };
}
/**
 * Measures a file read elsewhere in parts; false when it must be read here after all (it could
 * cross a byte limit, where the single-threaded read stops at an exact block).
 */
async function measureOffloaded(offloaded, file, c) {
    const { budget, integrator } = c;
    if ((0,limits/* budgetSpent */.m2)(budget)) {
        c.unread.push(file.path);
        return true;
    }
    const format = (0,traces_formats/* formatById */.aZ)(offloaded.format);
    if ('error' in format)
        return false;
    const { maxFileBytes, maxTotalBytes } = budget.limits;
    if (offloaded.sizeBytes > maxFileBytes || budget.usedBytes + offloaded.sizeBytes > maxTotalBytes)
        return false;
    if (!c.formats.includes(offloaded.format))
        c.formats.push(offloaded.format);
    integrator.beginFile(file.path, format.format);
    budget.usedBytes += await (0,parts/* replayParts */.EB)(offloaded, integrator, file.path);
    integrator.endFile();
    return true;
}
/** Measures one file on this thread, streaming it. */
async function measureHere(file, c) {
    const { integrator, budget, forced, diagnostics, zone, options, formats } = c;
    const at = { file: file.path };
    if ((0,limits/* budgetSpent */.m2)(budget)) {
        // Not even opened: what was read before already reached the limit for the whole check.
        c.unread.push(file.path);
        return;
    }
    let decoded;
    try {
        decoded = await (0,stream/* decode */.D4)(file.open(), { budget, file: file.path });
    }
    catch (e) {
        diagnostics.push(accessDiagnostic(e) ??
            (0,core_diagnostics/* diagnostic */.YK)('error', 'traces/read-failed', `Could not read this trace file: ${errorMessage(e)}.`, at));
        return;
    }
    const head = (0,stream/* headText */.WI)(decoded.head);
    if (decoded.head.length === 0 || head.trim() === '') {
        await decoded.close();
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/empty-file', `This trace file is empty${decoded.gzip ? ' once decompressed' : ''}: its energy cannot be measured.`, at));
        return;
    }
    const format = forced ?? (0,traces_formats/* detectFormat */.Tz)(head, file.path);
    if (format === undefined) {
        await decoded.close();
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'traces/unknown-format', `Could not tell this trace's format from its content (first line: "${firstLineOf(head)}"): expected nvidia-smi --query-gpu CSV, nvidia-smi dmon, or a CSV/JSON Lines log with a timestamp and a power or energy column; name it with the trace format option.`, { file: file.path, line: 1 }));
        return;
    }
    if (!formats.includes(format.id))
        formats.push(format.id);
    integrator.beginFile(file.path, format);
    if (decoded.gzip)
        integrator.note(`${file.path}: gzip-compressed, decoded while streaming.`);
    try {
        await format.parse(decoded.chunks, integrator, {
            file: file.path,
            zone,
            columns: options.columns,
            devicePrefix: `${file.path}#`
        });
    }
    catch (e) {
        // A truncated gzip or a read error mid-file: what was read before it still counts.
        integrator.report(accessDiagnostic(e) ??
            (0,core_diagnostics/* diagnostic */.YK)('error', 'traces/read-failed', `Reading stopped at an error (${errorMessage(e)}); the samples before it are integrated, the rest of the file is not.`, at));
        await decoded.close().catch(() => undefined);
    }
    integrator.endFile();
}
/** Files left unread because the check's byte limit was reached, named up to a few. */
function unreadDiagnostic(unread, budget) {
    const named = unread.slice(0, 5).map((f) => `"${f}"`);
    const more = unread.length > named.length ? ` and ${unread.length - named.length} more` : '';
    const limit = budget.limits.maxTotalBytes;
    return (0,core_diagnostics/* diagnostic */.YK)('error', 'traces/limit-total-bytes', `${unread.length} trace file${unread.length === 1 ? ' was' : 's were'} not read (${named.join(', ')}${more}): the trace files read before reached ${(0,format/* formatBytes */.z3)(limit)}, the limit for all trace files of one check, so the measured energy is not used. If the files are genuine, raise the limit with ${(0,limits/* raiseHint */.AI)('total', (0,format/* formatBytes */.z3)(limit * 2))}.`);
}
function buildNotes(r, options, c) {
    const notes = [];
    const nFiles = r.files.length;
    const kinds = new Set(r.kinds);
    const how = [];
    if (kinds.has('power'))
        how.push('power by the trapezoid rule over time-sorted samples');
    if (kinds.has('counter'))
        how.push('energy counters by summing their increases (a decrease is a wrap where the counter range is known, else a reset after which the new reading is the energy since the reset; readings are bridged across gaps because the counter integrates in hardware)');
    if (kinds.has('interval'))
        how.push("energy the logger had already integrated over each row's interval, added as logged");
    notes.push(`Energy is integrated per device (${r.devices} device${r.devices === 1 ? '' : 's'} in ${nFiles} file${nFiles === 1 ? '' : 's'}; devices of different files are kept apart) and summed: ${how.join('; ') || 'no samples were usable'}.`);
    if (kinds.has('power')) {
        const gaps = r.files.reduce((n, a) => n + a.gaps.count, 0);
        const gapS = r.files.reduce((n, a) => n + a.gaps.totalMs, 0) / 1000;
        const rule = options.maxGapS !== undefined
            ? `longer than ${(0,format/* formatDuration */.a3)(options.maxGapS)} (the configured maximum)`
            : `longer than ${GAP_FACTOR} x the device's median sampling interval over its first ${WARMUP_INTERVALS} intervals, at most ${(0,format/* formatDuration */.a3)(MAX_DEFAULT_GAP_S)}${r.gapThresholdsS.length > 0 ? ` (${r.gapThresholdsS.map(format/* formatDuration */.a3).join(', ')})` : ''}`;
        notes.push(`Power gaps ${rule} are not bridged: ${gaps === 0 ? 'there were none' : `${gaps} gap${gaps === 1 ? '' : 's'}, ${(0,format/* formatDuration */.a3)(gapS)} of device time, count as unmeasured`}.`);
    }
    notes.push(`Coverage ${(0,format/* formatPercent */.l9)(c.coverage)}: ${(0,format/* formatDuration */.a3)(c.measuredTimeS)} during which at least one device was measured, of a wall time of ${(0,format/* formatDuration */.a3)(c.wallTimeS)} (${c.declared !== undefined ? 'the declared duration' : r.relativeOnly ? 'first to last sample, in relative time' : 'first to last sample over all devices'}).`);
    const byReason = new Map();
    for (const a of r.files)
        for (const [reason, t] of a.drops)
            byReason.set(reason, (byReason.get(reason) ?? 0) + t.count);
    notes.push(r.dropped === 0
        ? `No sample was dropped.`
        : `Dropped ${r.dropped} sample${r.dropped === 1 ? '' : 's'}: ${[...byReason].map(([reason, n]) => `${n} with ${DROP_REASON_TEXT[reason]}`).join('; ')}.`);
    notes.push(options.maxPowerW !== undefined
        ? `Power above ${options.maxPowerW} W per device is implausible and dropped (configured).`
        : `Power above ${DEFAULT_MAX_POWER_W.gpu} W per GPU, CPU or memory device, or ${DEFAULT_MAX_POWER_W.other} W per whole-machine log, is implausible and dropped; so are negative, non-numeric, duplicate-time and out-of-order samples.`);
    notes.push(`Energy is split into UTC clock hours for time-resolved intensity; a trapezoid that crosses an hour boundary is cut there with the power interpolated linearly.`);
    if (r.untimedJ > 0)
        notes.push(`${(0,format/* formatEnergy */.QE)(r.untimedJ / units/* J_PER_KWH */.es)} comes from logs without wall-clock times: counted, but not placed in hours.`);
    if (r.pueIncludedJ > 0)
        notes.push(`${(0,format/* formatEnergy */.QE)(r.pueIncludedJ / units/* J_PER_KWH */.es)} comes from logs whose energy already includes a PUE; it must not be multiplied by a PUE again.`);
    for (const a of r.files)
        for (const n of a.notes)
            notes.push(n);
    return notes;
}


/***/ }),

/***/ 1476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ replayParts),
/* harmony export */   N1: () => (/* binding */ SPLIT_FORMAT),
/* harmony export */   kb: () => (/* binding */ assumedSeed),
/* harmony export */   pY: () => (/* binding */ recordPart)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7135);
/* harmony import */ var _access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3594);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4478);
/* harmony import */ var _formats_nvidia_smi_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8894);
/* harmony import */ var _recording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3109);
/* harmony import */ var _timezone_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2531);
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
    const zone = (0,_timezone_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveZone */ .VY)(job.timezone);
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
    const sink = new _recording_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordingSink */ .dt(onPage, store);
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
            outcome.end = await (0,_formats_nvidia_smi_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .readNvidiaSmiPart */ .as)(counted, sink, options, job.seed);
        }
        else {
            const f = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatById */ .aZ)(job.format);
            if ('error' in f)
                throw new Error(f.error);
            await f.format.parse(counted, sink, options);
        }
    }
    catch (e) {
        outcome.error = {
            ...(e instanceof _access_js__WEBPACK_IMPORTED_MODULE_0__/* .TraceAccessError */ .g ? { diagnostic: e.diagnostic } : {}),
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
    return (0,_formats_nvidia_smi_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .nvidiaSmiHeadState */ ._e)(head, parseOptions(job));
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
        if (k > 0 && before !== undefined && part.seed !== undefined && !(0,_formats_nvidia_smi_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .sameNvidiaSmiState */ .gr)(part.seed, before.state)) {
            // Drain what was read from the wrong state, then read the part again from the right one.
            for await (const page of part.pages)
                void page;
            await part.outcome;
            part = part.again(before.state);
        }
        const state = (0,_recording_js__WEBPACK_IMPORTED_MODULE_4__/* .replayState */ .ND)();
        for await (const page of part.pages) {
            (0,_recording_js__WEBPACK_IMPORTED_MODULE_4__/* .replayPage */ .TD)(page, integrator, offset, state);
            part.recycle(page);
        }
        const outcome = await part.outcome;
        bytes += outcome.bytes;
        if (outcome.error) {
            integrator.report(outcome.error.diagnostic ??
                (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'traces/read-failed', `Reading stopped at an error (${outcome.error.message}); the samples before it are integrated, the rest of the file is not.`, { file: path }));
            return bytes;
        }
        if (outcome.end) {
            ends.push(outcome.end);
            offset += outcome.end.lines;
        }
    }
    if (file.format === SPLIT_FORMAT && ends.length > 0)
        (0,_formats_nvidia_smi_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .partNotes */ .N_)(integrator, path, ends);
    return bytes;
}


/***/ }),

/***/ 3109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ ColumnStore),
/* harmony export */   FK: () => (/* binding */ columnTransfers),
/* harmony export */   ND: () => (/* binding */ replayState),
/* harmony export */   TD: () => (/* binding */ replayPage),
/* harmony export */   dt: () => (/* binding */ RecordingSink)
/* harmony export */ });
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
function replayState() {
    return { names: [] };
}
/**
 * Calls `sink` as the recorded parser called its sink, with every line moved by `lineOffset`
 * (the lines of the file before the recorded part). The batches' line arrays are moved in place.
 */
function replayPage(page, sink, lineOffset, state) {
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


/***/ }),

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ replaceTextFile),
/* harmony export */   T: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/**
 * Writing a report to a file for the CLI (`--output`) and the action (`report-path`), and
 * replacing a file the user keeps (a model card) whole: a failure is a diagnostic, never a thrown
 * error.
 */



/**
 * Writes a report to a file, creating its folder. Returns an `io/write-failed` diagnostic instead
 * of throwing when that is not possible.
 */
async function writeTextFile(file, text, options) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.baseDir, file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, text, 'utf8');
        return [];
    }
    catch (err) {
        return [
            (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'io/write-failed', `Cannot write the report to this file: ${writeError(err)}.`, { file })
        ];
    }
}
/**
 * Replaces an existing file's text whole: the new text goes to a temporary file beside it, with the
 * old file's permissions, which is then renamed over it. A crash or a full disk leaves the old file
 * as it was, never half of each; and the rename replaces a symbolic link put there meanwhile
 * rather than writing through it.
 */
async function replaceTextFile(file, text, options) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.baseDir, file);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(abs)}.carbon-gate-${process.pid}.tmp`);
    try {
        const mode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).mode & 0o7777;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, abs);
        return [];
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true }).catch(() => undefined);
        return [(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'io/write-failed', `Cannot write the ${options.what}: ${writeError(err)}.`, { file })];
    }
}
/** A write error in words. */
function writeError(err) {
    const code = err.code ?? 'unknown error';
    if (code === 'EISDIR')
        return 'it is a folder';
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied (${code})`;
    if (code === 'EEXIST')
        return 'a temporary file of another carbon-gate run is in the way';
    return code;
}


/***/ })

};
