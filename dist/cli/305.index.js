export const id = 305;
export const ids = [305];
export const modules = {

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_KEYS, BUDGET_KEYS, CONFIG_CODES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7135);
/* harmony import */ var _manifest_yaml_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9848);
/* harmony import */ var _manifest_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3696);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7061);
/**
 * The budget config file (by default `.github/carbon-budget.yml`; docs/policy.md):
 *
 * ```yaml
 * version: 1
 * location: gcp:europe-west4   # default location for runs that name none
 * budgets:
 *   - name: per-pr
 *     scope: change            # change (default) | run | total
 *     emissions: 250 kg
 * coverage: { min: 90%, below: fail }
 * waivers: { label: carbon-budget-approved, min-permission: maintain }
 * ```
 *
 * The older form `budget: { emissions: 500 kg, energy: 2 MWh, warn-at: 80% }` still reads, as one
 * budget named `budget` with `scope: total`.
 *
 * Unlike a manifest, a config with any error yields no config at all: dropping a bad budget
 * silently would let every pull request pass.
 */





/** Keys at the top of the config (plus any `x-*` key, kept free for YAML anchors). */
const CONFIG_KEYS = [
    'version',
    'location',
    'budgets',
    'budget',
    'coverage',
    'waivers',
    'ledger',
    '$schema'
];
/** Keys of `budget:`. */
const BUDGET_KEYS = ['emissions', 'energy', 'warn-at'];
/** Every diagnostic code the config parser emits (each documented in docs/diagnostics/manifest.md). */
const CONFIG_CODES = (/* unused pure expression or super */ null && ([
    'config/too-large',
    'config/too-deep',
    'config/yaml-syntax',
    'config/yaml-warning',
    'config/too-many-aliases',
    'config/empty',
    'config/bad-type',
    'config/unknown-key',
    'config/duplicate-key',
    'config/missing-field',
    'config/bad-unit',
    'config/out-of-range',
    'config/bad-value',
    'config/bad-version',
    'config/conflict',
    'config/empty-list',
    'config/duplicate-name',
    'config/not-for-scope',
    'config/bad-glob'
]));
/** Parses the budget config; `config` is absent when the file has any error. */
function parseConfig(file, text) {
    const loaded = (0,_manifest_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .loadYaml */ .yv)(file, text, { prefix: 'config', what: 'budget config' });
    if (!loaded.source)
        return { diagnostics: loaded.diagnostics };
    const reader = new _manifest_yaml_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlReader */ .n(file, loaded.source, 'config');
    const config = readConfig(reader);
    const diagnostics = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .sortDiagnostics */ .Ds)([...loaded.diagnostics, ...reader.diagnostics]);
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .hasErrors */ .Cs)(diagnostics) || !config ? { diagnostics } : { config, diagnostics };
}
function readConfig(reader) {
    const root = reader.root();
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(root) && root.value === null)) {
        reader.report('warning', 'empty', 'The budget config is empty, so it sets no budget; add e.g. `budgets: [{ name: per-pr, emissions: 250 kg }]`.', reader.pos(null));
        return { file: reader.file };
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        reader.report('error', 'bad-type', `The budget config is a mapping with \`version\`, \`budgets\`, \`location\` and the like, got ${reader.describe(root)}.`, reader.pos(root));
        return undefined;
    }
    const entries = reader.entries(root, '').filter((e) => !e.key.startsWith('x-'));
    const hints = {};
    for (const key of [...BUDGET_KEYS, 'name', 'scope', 'paths', 'increase'])
        hints[key] =
            `\`${key}\` belongs in a budget: an entry of \`budgets:\`, e.g. \`budgets: [{ name: per-pr, emissions: 250 kg }]\`.`;
    hints['policy'] = 'The policy keys (`budgets`, `coverage`, `waivers`, `ledger`) go at the top of the file.';
    hints['rules'] = 'Write `budgets:`.';
    const top = new Map(reader.checkKeys(entries, CONFIG_KEYS, 'the budget config', hints).map((e) => [e.key, e]));
    const positions = {};
    const config = { file: reader.file, positions };
    const budgetEntry = top.get('budget');
    if (budgetEntry) {
        const budget = readBudget(reader, budgetEntry, positions);
        if (budget) {
            config.budget = budget;
            positions.budget = budgetEntry.valuePos;
        }
    }
    config.policy = (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .readPolicy */ .T4)(reader, {
        version: top.get('version'),
        budget: budgetEntry,
        budgets: top.get('budgets'),
        coverage: top.get('coverage'),
        waivers: top.get('waivers'),
        ledger: top.get('ledger')
    }, config.budget);
    const locationEntry = top.get('location');
    if (locationEntry) {
        const location = reader.string(locationEntry, 'a location such as "DE", "US-CAL-CISO", "gcp:europe-west4" or "strubell-2019"');
        if (location !== undefined) {
            config.location = location;
            positions.location = locationEntry.valuePos;
        }
    }
    const schemaEntry = top.get('$schema');
    if (schemaEntry)
        reader.string(schemaEntry, 'the URL or path of the JSON Schema');
    return config;
}
/**
 * `budget: { emissions, energy, warn-at }`; at least one limit. The position of each value read
 * goes into `positions` (`budget.emissions`, ...).
 */
function readBudget(reader, entry, positions) {
    const map = reader.map(entry, '{ emissions: 500 kg, warn-at: 80% }');
    if (!map)
        return undefined;
    const written = reader.entries(map, 'budget');
    const fields = reader.checkKeys(written, BUDGET_KEYS, '`budget`', {
        co2: 'Write the limit as `emissions: 500 kg`.',
        co2e: 'Write the limit as `emissions: 500 kg`.',
        limit: 'Write the limit as `emissions: 500 kg` or `energy: 2 MWh`.',
        warn_at: 'Write `warn-at:`.',
        warnAt: 'Write `warn-at:`.'
    });
    const budget = { origin: reader.file };
    for (const field of fields) {
        if (field.key === 'emissions') {
            const emissionsKg = (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .positiveLimit */ .pc)(reader, field, reader.quantity(field, 'mass'), '"500 kg"');
            if (emissionsKg !== undefined)
                budget.emissionsKg = emissionsKg;
            positions['budget.emissions'] = field.valuePos;
        }
        else if (field.key === 'energy') {
            const energyKWh = (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .positiveLimit */ .pc)(reader, field, reader.quantity(field, 'energy'), '"2 MWh"');
            if (energyKWh !== undefined)
                budget.energyKWh = energyKWh;
            positions['budget.energy'] = field.valuePos;
        }
        else if (field.key === 'warn-at') {
            const warnAtFraction = reader.fraction(field, 'a warning for any emissions at all');
            if (warnAtFraction !== undefined)
                budget.warnAtFraction = warnAtFraction;
            positions['budget.warn-at'] = field.valuePos;
        }
    }
    // A misspelt key (`emisions`) is likely the missing limit: the typo is the one error to report.
    if (!fields.some((f) => f.key === 'emissions' || f.key === 'energy') && fields.length === written.length) {
        reader.report('error', 'missing-field', '`budget` needs a limit: `emissions` (a mass, e.g. "500 kg") and/or `energy` (e.g. "2 MWh").', entry.valuePos);
    }
    return budget;
}


/***/ }),

/***/ 6638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseLedger)
/* harmony export */ });
/* unused harmony export LEDGER_CODES */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7652);
/**
 * Reads ledger shards (`ledger/YYYY-MM.jsonl`) into records. Every input is hostile: a line that is
 * not JSON, a field of the wrong type, a shard with an odd name each give a diagnostic at its file,
 * line and column, and the line is left out (never guessed). The chain and the other cross-record
 * checks are in verify.ts; this module judges each line alone.
 */



/** Every diagnostic code of the ledger (documented in docs/diagnostics/ledger.md). */
const LEDGER_CODES = (/* unused pure expression or super */ null && ([
    'ledger/bad-shard-name',
    'ledger/bad-json',
    'ledger/bad-record',
    'ledger/not-canonical',
    'ledger/broken-chain',
    'ledger/duplicate-id',
    'ledger/wrong-shard',
    'ledger/unreadable',
    'ledger/missing',
    'ledger/too-large'
]));
/** A shard's path: `ledger/` then the UTC month, as written by the writer. */
const SHARD_NAME = /(?:^|\/)ledger\/(\d{4})-(0[1-9]|1[0-2])\.jsonl$/;
/** 40 lowercase hex digits: a Git commit. */
const COMMIT = /^[0-9a-f]{40}$/;
/** 64 lowercase hex digits: a SHA-256. */
const SHA256 = /^[0-9a-f]{64}$/;
/** `owner/name` as GitHub spells them. */
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** ISO 8601 UTC as `Date.prototype.toISOString` writes it, or without milliseconds. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** The longest line read (a record is well under 2 KiB; a longer line is not one of ours). */
const MAX_LINE_CHARS = 16_384;
/**
 * Parses shards. Shards are taken in month order whatever order they come in (the chain runs across
 * them in that order); a shard whose name is not `ledger/YYYY-MM.jsonl` is reported and skipped.
 */
function parseLedger(shards) {
    const diagnostics = [];
    const named = [];
    for (const input of shards) {
        const match = SHARD_NAME.exec(input.file);
        if (!match) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'ledger/bad-shard-name', `Ledger shard "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(input.file)}": expected a name ledger/YYYY-MM.jsonl (the UTC month of its records); the file is not read.`, { file: input.file }));
            continue;
        }
        named.push({ input, month: `${match[1]}-${match[2]}` });
    }
    named.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.input.file < b.input.file ? -1 : 1));
    const entries = [];
    for (const { input, month } of named) {
        const lines = input.text.split('\n');
        // The writer ends every line with a newline, so the text's last piece is empty.
        if (lines.length > 0 && lines[lines.length - 1] === '')
            lines.pop();
        lines.forEach((line, index) => {
            const at = { file: input.file, line: index + 1 };
            const record = parseLine(line, at, diagnostics);
            if (record)
                entries.push({ record, line, file: input.file, lineNumber: index + 1, shardMonth: month });
        });
    }
    return { entries, diagnostics, shards: named.length };
}
/** One line: JSON, an object, and every field of the version-1 record with its type. */
function parseLine(line, at, out) {
    if (line.length > MAX_LINE_CHARS) {
        out.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'ledger/too-large', `Ledger line of ${line.length} characters: expected one record of at most ${MAX_LINE_CHARS}; the line is not read.`, { ...at, column: 1 }));
        return undefined;
    }
    let value;
    try {
        value = JSON.parse(line);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        const column = position ? Number(position[1]) + 1 : 1;
        const hint = line.trim() === '' ? 'an empty line' : JSON.stringify((0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(line));
        out.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'ledger/bad-json', `Expected one JSON object per line (a ledger record), got ${hint}: ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(message)}.`, { ...at, column }));
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        out.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'ledger/bad-record', `Expected a ledger record (a JSON object), got ${Array.isArray(value) ? 'an array' : JSON.stringify((0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(line))}.`, { ...at, column: 1 }));
        return undefined;
    }
    const object = value;
    const problems = [];
    const check = (key, ok, expected) => {
        if (!ok)
            problems.push({ key, expected });
    };
    const str = (key, test) => typeof object[key] === 'string' && (!test || test.test(object[key]));
    const num = (key, min = 0) => typeof object[key] === 'number' && Number.isFinite(object[key]) && object[key] >= min;
    check('v', object.v === _record_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_RECORD_VERSION */ .jQ, `${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_RECORD_VERSION */ .jQ} (the only record version)`);
    check('id', str('id', SHA256), '64 lowercase hex digits (a SHA-256)');
    check('prev', object.prev === '' || str('prev', SHA256), '64 lowercase hex digits, or "" for the first record');
    check('repo', str('repo', REPO), '"owner/name"');
    check('commit', str('commit', COMMIT), 'a 40-hex commit SHA');
    check('pr', object.pr === null || (Number.isSafeInteger(object.pr) && object.pr > 0), 'a pull request number or null');
    check('workflowRun', isWorkflowRun(object.workflowRun), '{"id": number, "attempt": number} or null');
    check('event', ['push', 'workflow_run', 'cli'].includes(object.event), 'push, workflow_run or cli');
    check('manifest', str('manifest') && object.manifest.length > 0, 'a repository-relative path');
    check('run', str('run') && object.run.length > 0, 'a run name');
    check('method', object.method === 'estimated' || object.method === 'measured', 'estimated or measured');
    check('energyKWh', num('energyKWh'), 'a number of kWh, 0 or more');
    check('emissionsKg', num('emissionsKg'), 'a number of kg CO2e, 0 or more');
    check('intensityGPerKWh', num('intensityGPerKWh'), 'a number of g CO2e/kWh, 0 or more');
    check('intensitySource', str('intensitySource'), 'a string');
    check('pue', num('pue', 1), 'a number, 1 or more');
    check('dataVersion', str('dataVersion'), 'a string');
    check('spentAt', isTime(object.spentAt), 'an ISO 8601 UTC time such as "2026-01-31T12:00:00Z"');
    check('recordedAt', isTime(object.recordedAt), 'an ISO 8601 UTC time such as "2026-01-31T12:00:00Z"');
    check('estimateOf', object.estimateOf === null || str('estimateOf', SHA256), 'an id (64 hex digits) or null');
    const unknown = Object.keys(object).filter((k) => !_record_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_KEYS */ .Tf.includes(k));
    for (const key of unknown)
        problems.push({ key, expected: 'no such key in a version-1 record' });
    if (problems.length === 0)
        return object;
    for (const { key, expected } of problems.slice(0, 5)) {
        const got = key in object ? JSON.stringify((0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(JSON.stringify(object[key]) ?? 'undefined')) : 'nothing';
        out.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'ledger/bad-record', `Ledger record field \`${key}\`: expected ${expected}, got ${got}.`, {
            ...at,
            column: columnOfKey(line, key)
        }));
    }
    return undefined;
}
/** `{id, attempt}` with positive integers, or null. */
function isWorkflowRun(value) {
    if (value === null)
        return true;
    if (typeof value !== 'object' || Array.isArray(value))
        return false;
    const run = value;
    return (Object.keys(run).length === 2 &&
        Number.isSafeInteger(run.id) &&
        run.id > 0 &&
        Number.isSafeInteger(run.attempt) &&
        run.attempt > 0);
}
/** An ISO 8601 UTC time that is a real instant (not 2026-02-31). */
function isTime(value) {
    if (typeof value !== 'string' || !ISO_UTC.test(value))
        return false;
    const ms = Date.parse(value);
    return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}
/** 1-based column of `"key":` in the line, or 1 when the key is absent. */
function columnOfKey(line, key) {
    const index = line.indexOf(`${JSON.stringify(key)}:`);
    return index < 0 ? 1 : index + 1;
}


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ serializeRecord),
/* harmony export */   Tf: () => (/* binding */ RECORD_KEYS),
/* harmony export */   jQ: () => (/* binding */ LEDGER_RECORD_VERSION),
/* harmony export */   oj: () => (/* binding */ recordHash)
/* harmony export */ });
/* unused harmony exports ledgerRecordId, sha256Hex, shardPathFor */
/**
 * The ledger's record (version 1): one JSON object per line in `ledger/YYYY-MM.jsonl` on the ledger
 * branch. The key order is part of the format: the writer serialises in {@link RECORD_KEYS} order and
 * the chain hashes the exact line bytes, so two writers that agree on the values agree on the hash.
 * The core has no node:crypto (it does no I/O and stays portable), so SHA-256 is computed here in
 * plain TypeScript; it only hashes short lines, so speed does not matter.
 */
/** The record format's version; a reader rejects any other. */
const LEDGER_RECORD_VERSION = 1;
/** The record's keys in serialised order; the hash chain depends on this order. */
const RECORD_KEYS = [
    'v',
    'id',
    'prev',
    'repo',
    'commit',
    'pr',
    'workflowRun',
    'event',
    'manifest',
    'run',
    'method',
    'energyKWh',
    'emissionsKg',
    'intensityGPerKWh',
    'intensitySource',
    'pue',
    'dataVersion',
    'spentAt',
    'recordedAt',
    'estimateOf'
];
/**
 * Serialises a record as one line (no newline) with keys in {@link RECORD_KEYS} order and
 * `workflowRun` as `{"id":…,"attempt":…}`, whatever order the object's own keys are in.
 */
function serializeRecord(record) {
    const parts = RECORD_KEYS.map((key) => {
        const value = key === 'workflowRun' ? workflowRunValue(record.workflowRun) : record[key];
        return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    });
    return `{${parts.join(',')}}`;
}
/** The nested object in fixed key order, so the line does not depend on how the caller built it. */
function workflowRunValue(run) {
    return run === null ? null : { id: run.id, attempt: run.attempt };
}
/** The idempotency key: SHA-256 hex of `${repo}\n${commit}\n${workflowRunId ?? ''}\n${manifest}\n${run}`. */
function ledgerRecordId(parts) {
    const runId = parts.workflowRunId === null ? '' : String(parts.workflowRunId);
    return sha256Hex(`${parts.repo}\n${parts.commit}\n${runId}\n${parts.manifest}\n${parts.run}`);
}
/** The chain link: SHA-256 hex of a record's line bytes (UTF-8, without its newline). */
function recordHash(line) {
    return sha256Hex(line);
}
/** The round constants of SHA-256 (FIPS 180-4, section 4.2.2). */
const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
function sha256Hex(text) {
    const bytes = new TextEncoder().encode(text);
    // Padding: a 1 bit, zeros to 56 mod 64, then the bit length as a 64-bit big-endian number.
    const blocks = Math.ceil((bytes.length + 9) / 64);
    const padded = new Uint8Array(blocks * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    const bitLength = bytes.length * 8;
    view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(padded.length - 4, bitLength >>> 0);
    const h = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    const w = new Uint32Array(64);
    for (let block = 0; block < blocks; block++) {
        for (let t = 0; t < 16; t++)
            w[t] = view.getUint32(block * 64 + t * 4);
        for (let t = 16; t < 64; t++) {
            const a = w[t - 15];
            const b = w[t - 2];
            const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
            const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
        }
        let [a, b, c, d, e, f, g, hh] = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
        for (let t = 0; t < 64; t++) {
            const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + s1 + ch + K[t] + w[t]) >>> 0;
            const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (s0 + maj) >>> 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) >>> 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) >>> 0;
        }
        h[0] = (h[0] + a) >>> 0;
        h[1] = (h[1] + b) >>> 0;
        h[2] = (h[2] + c) >>> 0;
        h[3] = (h[3] + d) >>> 0;
        h[4] = (h[4] + e) >>> 0;
        h[5] = (h[5] + f) >>> 0;
        h[6] = (h[6] + g) >>> 0;
        h[7] = (h[7] + hh) >>> 0;
    }
    return Array.from(h, (word) => word.toString(16).padStart(8, '0')).join('');
}
/** Rotates a 32-bit word right. */
function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
}
/** The shard a record belongs in: `ledger/YYYY-MM.jsonl` for the UTC month of `recordedAt`. */
function shardPathFor(recordedAt) {
    return `ledger/${recordedAt.slice(0, 7)}.jsonl`;
}


/***/ }),

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ verifyLedger)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7135);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7652);
/**
 * Checks a parsed ledger as a whole: each record's `prev` is the hash of the line before it (across
 * shards, in month order), ids are unique, each record sits in the shard of its `recordedAt` month,
 * and each line is the canonical serialisation (keys in order, no spaces), so the writer's hash and
 * the reader's agree. Any edit, insertion, deletion or reordering of a line breaks one of these.
 */


/** Verifies the chain, the ids, the shard months and the serialisation of every record. */
function verifyLedger(parsed) {
    const diagnostics = [...parsed.diagnostics];
    const seen = new Map();
    let previous;
    for (const entry of parsed.entries) {
        const at = { file: entry.file, line: entry.lineNumber };
        const { record } = entry;
        const canonical = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeRecord */ .Om)(record);
        if (canonical !== entry.line) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)('error', 'ledger/not-canonical', 'Ledger record is not written as the writer writes it (keys in the format order, no spaces): it was edited by hand or by another tool.', { ...at, column: firstDifference(canonical, entry.line) }));
        }
        const expectedPrev = previous === undefined ? '' : (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordHash */ .oj)(previous.line);
        if (record.prev !== expectedPrev) {
            const what = previous === undefined
                ? 'the first record must have `prev: ""`'
                : `\`prev\` must be the SHA-256 of the record before it (${previous.file}:${previous.lineNumber}), ${expectedPrev}`;
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)('error', 'ledger/broken-chain', `The hash chain is broken here: ${what}, got ${JSON.stringify(record.prev)}. A record before this one was edited, removed or reordered.`, { ...at, column: columnOf(entry.line, 'prev') }));
        }
        const first = seen.get(record.id);
        if (first) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)('error', 'ledger/duplicate-id', `Ledger record id ${record.id} appears twice; the first is ${first.file}:${first.lineNumber}. Each spent run is recorded once.`, { ...at, column: columnOf(entry.line, 'id') }));
        }
        else {
            seen.set(record.id, entry);
        }
        const month = record.recordedAt.slice(0, 7);
        if (month !== entry.shardMonth) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)('error', 'ledger/wrong-shard', `Ledger record recorded at ${record.recordedAt} belongs in ledger/${month}.jsonl, not in the ${entry.shardMonth} shard.`, { ...at, column: columnOf(entry.line, 'recordedAt') }));
        }
        previous = entry;
    }
    return {
        ok: !(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .hasErrors */ .Cs)(diagnostics),
        records: parsed.entries.length,
        shards: parsed.shards,
        tipHash: previous === undefined ? '' : (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordHash */ .oj)(previous.line),
        diagnostics
    };
}
/** 1-based column where two strings first differ. */
function firstDifference(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i + 1;
}
/** 1-based column of `"key":` in the line, or 1 when absent. */
function columnOf(line, key) {
    const index = line.indexOf(`${JSON.stringify(key)}:`);
    return index < 0 ? 1 : index + 1;
}


/***/ }),

/***/ 4133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ parseWindow),
/* harmony export */   Hf: () => (/* binding */ windowLabel),
/* harmony export */   Pu: () => (/* binding */ windowSpend),
/* harmony export */   aW: () => (/* binding */ reconciledEstimates),
/* harmony export */   c3: () => (/* binding */ MAX_WINDOW_DAYS)
/* harmony export */ });
/* unused harmony export windowBounds */
/* harmony import */ var _policy_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4654);
/**
 * Spend in a window: rolling (`30d`, `90d`, `365d`, any `<N>d`: the N days ending now) or calendar
 * (`month`, `quarter`: the UTC month or quarter holding now, from its first instant). A record counts
 * when its `spentAt` falls in the window. An estimated record that a measured record reconciles
 * (`estimateOf`) does not count: the measurement replaces it, so a run is never counted twice.
 * The clock is the caller's (`nowMs`): the core never reads it.
 */

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** The longest rolling window accepted, in days (ten years). */
const MAX_WINDOW_DAYS = 3660;
/** Reads `90d`, `month`, `quarter`; undefined for anything else (the caller reports it). */
function parseWindow(text) {
    const trimmed = text.trim();
    if (trimmed === 'month' || trimmed === 'quarter')
        return { kind: trimmed };
    const match = /^(\d{1,4})d$/.exec(trimmed);
    if (!match)
        return undefined;
    const days = Number(match[1]);
    return days >= 1 && days <= MAX_WINDOW_DAYS ? { kind: 'days', days } : undefined;
}
/** `90d`, `month`, `quarter`: the window as the policy writes it. */
function windowLabel(spec) {
    return spec.kind === 'days' ? `${spec.days}d` : spec.kind;
}
/** The bounds of the window that ends at `nowMs`. */
function windowBounds(spec, nowMs) {
    if (spec.kind === 'days')
        return { startMs: nowMs - spec.days * DAY_MS, nowMs, endMs: nowMs };
    const now = new Date(nowMs);
    const year = now.getUTCFullYear();
    const firstMonth = spec.kind === 'month' ? now.getUTCMonth() : Math.floor(now.getUTCMonth() / 3) * 3;
    const months = spec.kind === 'month' ? 1 : 3;
    return { startMs: Date.UTC(year, firstMonth, 1), nowMs, endMs: Date.UTC(year, firstMonth + months, 1) };
}
/**
 * The spend of the records in the window ending `nowMs`, of the manifests `paths` selects (absent:
 * every manifest).
 */
function windowSpend(records, spec, nowMs, paths) {
    const bounds = windowBounds(spec, nowMs);
    const selects = (0,_policy_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathMatcher */ .kZ)(paths);
    const reconciled = reconciledEstimates(records);
    let emissionsKg = 0;
    let energyKWh = 0;
    let count = 0;
    let oldestMs;
    for (const record of records) {
        if (reconciled.has(record.id) || !selects(record.manifest))
            continue;
        const spentMs = Date.parse(record.spentAt);
        if (!(spentMs >= bounds.startMs && spentMs <= bounds.nowMs))
            continue;
        emissionsKg += record.emissionsKg;
        energyKWh += record.energyKWh;
        count++;
        if (oldestMs === undefined || spentMs < oldestMs)
            oldestMs = spentMs;
    }
    const spend = { emissionsKg, energyKWh, records: count, bounds };
    if (oldestMs !== undefined)
        spend.oldestLeavesMs = spec.kind === 'days' ? oldestMs + spec.days * DAY_MS : bounds.endMs;
    return spend;
}
/** Ids of estimated records that a measured record names in `estimateOf`. */
function reconciledEstimates(records) {
    const out = new Set();
    for (const r of records)
        if (r.method === 'measured' && r.estimateOf !== null)
            out.add(r.estimateOf);
    return out;
}


/***/ }),

/***/ 9848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ YamlReader)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7135);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2184);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3696);
/**
 * Typed reads from a YAML document that never throw: each read either returns a value or records
 * a diagnostic at the value's line and column, so one pass reports every problem. Aliases and
 * merge keys (`<<: *base`) are followed, so values written once under an anchor are found (and
 * pointed at) where they are written.
 */






/**
 * Reads values out of a loaded document, collecting diagnostics. `P` is the kind of file, and the
 * prefix of its codes: `report` takes only the suffixes registered under it.
 */
class YamlReader {
    file;
    source;
    prefix;
    diagnostics = [];
    /** Errors recorded so far; callers compare counts to tell whether a read went wrong. */
    errorCount = 0;
    constructor(file, source, 
    /** Diagnostic code prefix: `manifest` or `config`. */
    prefix) {
        this.file = file;
        this.source = source;
        this.prefix = prefix;
    }
    /** The document's root node (aliases followed). */
    root() {
        return this.resolve(this.source.doc.contents);
    }
    /**
     * Where a node is written: its first character and its last (see `Position`); the document
     * start, with no end, where there is no node.
     */
    pos(node) {
        const range = node?.range;
        return (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__/* .spanPosition */ .wY)(this.file, this.source, range?.[0] ?? 0, range?.[1]);
    }
    /** Records a diagnostic with this reader's code prefix; `code` is the registered suffix. */
    report(severity, code, message, at) {
        // The suffix's type guarantees `prefix/code` is registered; TypeScript cannot join the two.
        this.diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)(severity, `${this.prefix}/${code}`, message, at));
        if (severity === 'error')
            this.errorCount++;
    }
    /** Records a diagnostic whose code is registered under both prefixes (the generic reads). */
    reportEither(severity, code, message, at) {
        this.report(severity, code, message, at);
    }
    /** Follows aliases (bounded: the loader refused alias bombs and self-references). */
    resolve(node) {
        let current = node;
        for (let hops = 0; current && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(current) && hops < 100; hops++) {
            current = current.resolve(this.source.doc) ?? null;
        }
        return current ?? null;
    }
    /**
     * The entries of a mapping, merge keys applied (keys written in the mapping win over merged
     * ones; earlier merge sources win over later ones, as YAML's merge type says). Duplicate keys
     * and keys that are not strings are reported.
     */
    entries(map, parentPath) {
        const explicit = [];
        const merged = [];
        const firstSeen = new Map();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
            return explicit;
        for (const pair of map.items) {
            const keyNode = pair.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && typeof keyNode.value === 'symbol') {
                for (const e of this.mergeSources(pair.value, parentPath))
                    merged.push(e);
                continue;
            }
            const keyPos = this.pos(keyNode);
            const resolvedKey = this.resolve(keyNode);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolvedKey) || typeof resolvedKey.value !== 'string') {
                this.reportEither('error', 'bad-type', `${parentPath ? `\`${parentPath}\`: k` : 'K'}eys must be names (strings), got ${this.describe(resolvedKey)}.`, keyPos);
                continue;
            }
            const key = resolvedKey.value;
            const seen = firstSeen.get(key);
            if (seen !== undefined) {
                const where = seen.line === keyPos.line ? `line ${seen.line}, column ${seen.column}` : `line ${seen.line}`;
                this.reportEither('error', 'duplicate-key', `\`${joinPath(parentPath, (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(key))}\` is given twice; the first is on ${where}. Keep one.`, keyPos);
                continue;
            }
            firstSeen.set(key, keyPos);
            const value = this.resolve(pair.value);
            explicit.push({ key, keyPos, value, valuePos: this.pos(value ?? keyNode), path: joinPath(parentPath, key) });
        }
        for (const entry of merged) {
            if (firstSeen.has(entry.key))
                continue;
            firstSeen.set(entry.key, entry.keyPos);
            explicit.push(entry);
        }
        return explicit;
    }
    /** Entries contributed by a merge key's value: one mapping, or a list of mappings. */
    mergeSources(value, parentPath) {
        const resolved = this.resolve(value);
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) ? resolved.items.map((item) => this.resolve(item)) : [resolved];
        const out = [];
        const seen = new Set();
        for (const source of sources) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(source)) {
                this.reportEither('error', 'bad-type', `A merge key \`<<\` takes an alias of a mapping (e.g. \`<<: *base\`), got ${this.describe(source)}.`, this.pos(source ?? value));
                continue;
            }
            for (const entry of this.entries(source, parentPath)) {
                if (seen.has(entry.key))
                    continue;
                seen.add(entry.key);
                out.push(entry);
            }
        }
        return out;
    }
    /** Reports every entry whose key is not in `allowed`, with the closest allowed names. */
    checkKeys(entries, allowed, where, hints = {}) {
        const known = [];
        for (const entry of entries) {
            if (allowed.includes(entry.key)) {
                known.push(entry);
                continue;
            }
            // Own keys only: a key named `constructor` or `__proto__` is unknown, with no hint from Object.
            const hint = Object.hasOwn(hints, entry.key) ? hints[entry.key] : undefined;
            const tail = hint ? ` ${hint}` : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)(entry.key, allowed));
            this.reportEither('error', 'unknown-key', `Unknown key \`${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(entry.key)}\` in ${where}.${tail} Allowed: ${allowed.join(', ')}.`, entry.keyPos);
        }
        return known;
    }
    /** How a node reads in "got ..." text: the scalar as written, "a mapping", "a list", "nothing". */
    describe(node) {
        if (node === null)
            return 'nothing';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return 'a mapping';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return 'a list';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            if (node.value === null)
                return 'nothing';
            // A value is quoted as a short excerpt: the file may hold a secret where a value belongs.
            if (typeof node.value === 'string')
                return JSON.stringify((0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(node.value));
            if (typeof node.value === 'number' || typeof node.value === 'boolean')
                return (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(node.source ?? String(node.value));
            return (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .bp)(node.value);
        }
        return 'an unsupported value';
    }
    /** The plain JS value of a scalar node; `undefined` for collections and non-JSON scalars. */
    scalar(node) {
        if (node === null)
            return null;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return undefined;
        const v = node.value;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return v;
        return undefined;
    }
    /** A mapping node, or a `bad-type` diagnostic naming `example`. */
    map(entry, example) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry.value))
            return entry.value;
        this.reportEither('error', 'bad-type', `\`${entry.path}\`: expected a mapping such as \`${example}\`, got ${this.describe(entry.value)}.`, entry.valuePos);
        return undefined;
    }
    /** A non-empty string (names, locations, globs). */
    string(entry, what) {
        return this.stringAt(entry.value, entry.path, entry.valuePos, what);
    }
    /** A non-empty string at a node that is not itself a mapping entry (list items). */
    stringAt(node, path, at, what) {
        const value = this.scalar(node);
        if (typeof value !== 'string') {
            const quote = typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes)' : '';
            this.reportEither('error', 'bad-type', `\`${path}\`: expected ${what}, got ${this.describe(node)}${quote}.`, at);
            return undefined;
        }
        if (value.trim() === '') {
            this.reportEither('error', 'bad-value', `\`${path}\`: expected ${what}, got an empty string.`, at);
            return undefined;
        }
        return value;
    }
    /** A quantity converted to its base unit (see units.ts), refusing bare numbers. */
    quantity(entry, kind) {
        const value = this.scalar(entry.value);
        const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .parseQuantityDetail */ .s9)(kind, value === undefined ? {} : value);
        if (parsed.ok)
            return parsed.value;
        const code = parsed.problem === 'range' ? 'out-of-range' : parsed.problem === 'type' ? 'bad-type' : 'bad-unit';
        const hint = parsed.problem === 'type' ? '' : ` (${parsed.hint})`;
        this.reportEither('error', code, `\`${entry.path}\`: expected ${parsed.expected}, got ${this.describe(entry.value)}${hint}.`, entry.valuePos);
        return undefined;
    }
    /** A number (no unit) satisfying `test`; `expected` says what was wanted, e.g. "a number >= 1". */
    number(entry, expected, test) {
        const value = this.scalar(entry.value);
        if (typeof value !== 'number') {
            const hint = typeof value === 'string' && /\d/.test(value) ? ' (write the number without quotes or units)' : '';
            this.reportEither('error', 'bad-type', `\`${entry.path}\`: expected ${expected}, got ${this.describe(entry.value)}${hint}.`, entry.valuePos);
            return undefined;
        }
        if (!Number.isFinite(value) || !test(value)) {
            this.reportEither('error', 'out-of-range', `\`${entry.path}\`: expected ${expected}, got ${this.describe(entry.value)}.`, entry.valuePos);
            return undefined;
        }
        return value;
    }
    /** A whole number >= 1 (counts, repeats). */
    positiveInteger(entry, example) {
        return this.number(entry, `a whole number of at least 1, such as ${example}`, (n) => Number.isSafeInteger(n) && n >= 1);
    }
    /**
     * A fraction (0.9 or "90%") above 0 and at most 1; `zeroMeans` says why 0 is refused. Numbers
     * out of range are `out-of-range`; text that is no fraction at all is `bad-value`.
     */
    fraction(entry, zeroMeans) {
        const value = this.scalar(entry.value);
        if (value === undefined || value === null || typeof value === 'boolean') {
            this.reportEither('error', 'bad-type', `\`${entry.path}\`: expected a fraction between 0 and 1, or a percentage such as "80%", got ${this.describe(entry.value)}.`, entry.valuePos);
            return undefined;
        }
        const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFraction */ .at)(value);
        if (parsed.ok && parsed.value > 0)
            return parsed.value;
        const numeric = typeof value === 'number' || /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/.test(value);
        const expected = parsed.ok ? `a fraction above 0 and at most 1 (0 would mean ${zeroMeans})` : parsed.expected;
        this.reportEither('error', numeric ? 'out-of-range' : 'bad-value', `\`${entry.path}\`: expected ${expected}${parsed.ok ? `, got ${this.describe(entry.value)}` : ''}.`, entry.valuePos);
        return undefined;
    }
}
/** `a` + `.` + `b`, or `b` at the root. */
function joinPath(parent, key) {
    return parent ? `${parent}.${key}` : key;
}


/***/ }),

/***/ 3696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yv: () => (/* binding */ loadYaml),
  wY: () => (/* binding */ spanPosition)
});

// UNUSED EXPORTS: MAX_ALIASES, MAX_ALIAS_EXPANSION, exceedsBytes

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/excerpt.ts
var excerpt = __webpack_require__(7794);
;// CONCATENATED MODULE: ./src/core/manifest/nesting.ts
/**
 * Refuses deeply nested YAML and JSON before anything parses it. The YAML library composes a
 * document, and the readers walk it, by recursion, so a manifest of `[[[[...` 5,000 levels deep
 * ends in the engine's "Maximum call stack size exceeded", and 100,000 levels keep the parser
 * busy for seconds. No manifest or config needs more than a handful of levels; the limit is far
 * beyond any of them.
 *
 * The depth is measured on the YAML library's own tokens (its lexer, which does not recurse),
 * so quotes, comments and block scalars are told apart exactly as the parser will: flow
 * collections count their brackets; block collections count the indentation levels open at a
 * collection, a sequence written at its parent key's indentation (`key:\n- item`) counting as
 * one more. The scan stops at the first node past the limit, so a hostile file costs no more than a
 * small one.
 */

/** Deepest nesting a manifest or config may have: collections in collections, flow or block. */
const MAX_NESTING_DEPTH = 64;
/** Lexer tokens that mark a state, not source text: they take no room in the text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);
/**
 * The first place where `text` nests deeper than `limit` levels, or undefined when it does not.
 * Linear in the text, and stops at that place.
 */
function findTooDeep(text, limit = MAX_NESTING_DEPTH) {
    const block = [];
    let flow = 0;
    let offset = 0;
    let line = 1;
    let lineStart = 0;
    let scalarNext = false;
    /**
     * Depth of the collection just opened: the open block levels, and the brackets past the
     * outermost (which is a block level itself).
     */
    const depth = () => block.length + Math.max(0, flow - 1);
    /**
     * A node starts at column `column` in block context: closes the levels that ended and opens
     * one for it (a scalar's level becomes a mapping's when a `:` follows it).
     */
    const blockNode = (column, seq) => {
        for (;;) {
            const top = block[block.length - 1];
            if (top === undefined || top.column < column)
                break;
            if (top.column > column) {
                block.pop();
                continue;
            }
            // Same column: a sequence under its parent key nests; a sibling item or key does not.
            if (seq) {
                if (top.seq)
                    return;
                break;
            }
            if (top.seq) {
                block.pop();
                continue;
            }
            return;
        }
        block.push({ line, column, seq });
    };
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        const start = offset;
        if (!MARKERS.has(token))
            offset += token.length;
        const column = start - lineStart;
        let deep = false;
        if (scalarNext) {
            // The source of a scalar (plain, or a block scalar's body): text, whatever it holds.
            scalarNext = false;
        }
        else {
            switch (dist/* CST */.DB.tokenType(token)) {
                case 'scalar':
                    scalarNext = true;
                    if (flow === 0)
                        blockNode(column, false);
                    break;
                case 'single-quoted-scalar':
                case 'double-quoted-scalar':
                case 'block-scalar-header':
                case 'alias':
                    if (flow === 0)
                        blockNode(column, false);
                    break;
                case 'explicit-key-ind':
                    if (flow === 0) {
                        blockNode(column, false);
                        deep = depth() > limit;
                    }
                    break;
                case 'map-value-ind': {
                    // After a key in block context: the key's level is a mapping's, which starts at the key.
                    const key = block[block.length - 1];
                    if (flow === 0 && key !== undefined && depth() > limit)
                        return { line: key.line, column: key.column + 1 };
                    break;
                }
                case 'seq-item-ind':
                    if (flow === 0) {
                        blockNode(column, true);
                        deep = depth() > limit;
                    }
                    break;
                case 'flow-map-start':
                case 'flow-seq-start':
                    // The outermost bracket is a block node itself.
                    if (flow === 0)
                        blockNode(column, false);
                    flow++;
                    deep = depth() > limit;
                    break;
                case 'flow-map-end':
                case 'flow-seq-end':
                    if (flow > 0)
                        flow--;
                    break;
                case 'flow-error-end':
                    flow = 0;
                    break;
                case 'doc-start':
                case 'doc-end':
                    block.length = 0;
                    flow = 0;
                    break;
            }
        }
        if (deep)
            return { line, column: column + 1 };
        // Line breaks: newline tokens, and those inside scalars, comments and blanks.
        for (let i = token.indexOf('\n'); i !== -1 && !MARKERS.has(token); i = token.indexOf('\n', i + 1)) {
            line++;
            lineStart = start + i + 1;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/manifest/yaml-source.ts
/**
 * Loads a YAML (or JSON) text into a document with positions, refusing what could hurt: files
 * over a size limit and deeper than a nesting limit (both checked before parsing), syntax errors,
 * and alias bombs ("billion laughs").
 * Shared by the manifest and the budget config parsers; `prefix` names the diagnostic codes.
 */




/** Default size limit: manifests and configs are small; 1 MiB leaves room for thousands of runs. */
const DEFAULT_MAX_BYTES = 1024 * 1024;
/**
 * Aliases allowed in one document. Anchors are handy for shared run settings, but a real file
 * needs a handful; a hundred is generous and far below what an alias bomb needs.
 */
const MAX_ALIASES = 100;
/** Nodes one alias may expand to: an honest anchor is a small mapping; a bomb grows by powers. */
const MAX_ALIAS_EXPANSION = 10_000;
/**
 * The position of the text from offset `start` to `end` (exclusive): its first character, and its
 * last one (inclusive) where the span holds more than white space. A block value's range runs on
 * to the next line; trailing white space and line breaks are left out, so the span ends on the
 * value's last character.
 */
function spanPosition(file, where, start, end) {
    const { line, col } = where.lineCounter.linePos(start);
    const position = { file, line, column: col };
    let last = Math.min(end ?? start, where.text.length);
    while (last > start && /\s/.test(where.text[last - 1]))
        last--;
    if (last > start) {
        const endPos = where.lineCounter.linePos(last - 1);
        position.endLine = endPos.line;
        position.endColumn = endPos.col;
    }
    return position;
}
/** UTF-8 length of a string without encoding it when the answer is obvious. */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/** True when the text is larger than `maxBytes` in UTF-8, checked cheaply first by length. */
function exceedsBytes(text, maxBytes) {
    if (text.length > maxBytes)
        return true; // every UTF-16 unit is at least one UTF-8 byte
    if (text.length * 3 <= maxBytes)
        return false; // at most three bytes per unit
    return utf8Length(text) > maxBytes;
}
/**
 * Parses `text` into a YAML document and checks it is safe to walk. Returns no source when the
 * file is refused (too large, syntax errors, alias bomb); the diagnostics say why.
 * `what` names the file kind in messages ("manifest", "budget config").
 */
function loadYaml(file, text, options) {
    const { prefix, what } = options;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const diagnostics = [];
    const start = { file, line: 1, column: 1 };
    if (exceedsBytes(text, maxBytes)) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', `${prefix}/too-large`, `The ${what} is larger than ${maxBytes} bytes and was not read; a ${what} describes runs, it does not hold data (put logs in \`traces\`).`, start));
        return { diagnostics };
    }
    // Before the parser: it composes, and the readers walk, by recursion.
    const deep = findTooDeep(text);
    if (deep) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', `${prefix}/too-deep`, `The ${what} nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep and was not read; a ${what} needs a few levels.`, { file, line: deep.line, column: deep.column }));
        return { diagnostics };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    // uniqueKeys off: duplicate keys are reported by the walker, with both lines, as a semantic error.
    // merge on: `<<: *anchor` is the common way to share settings between runs.
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        merge: true,
        uniqueKeys: false,
        prettyErrors: true,
        keepSourceTokens: false
    });
    const where = { text, lineCounter };
    for (const error of doc.errors) {
        const message = error.code === 'MULTIPLE_DOCS'
            ? `it holds more than one document; a ${what} is one document (remove the \`---\` separator)`
            : parserMessage(error.message);
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', `${prefix}/yaml-syntax`, `The ${what} is not valid YAML: ${message}.`, spanPosition(file, where, error.pos[0], error.pos[1])));
    }
    for (const warning of doc.warnings) {
        const message = parserMessage(warning.message);
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', `${prefix}/yaml-warning`, `${message}.`, spanPosition(file, where, warning.pos[0], warning.pos[1])));
    }
    if (doc.errors.length > 0)
        return { diagnostics };
    const aliasProblems = checkAliases(doc, (node) => spanPosition(file, where, node.range?.[0] ?? 0, node.range?.[1]), prefix, what);
    for (const d of aliasProblems)
        diagnostics.push(d);
    if (aliasProblems.length > 0)
        return { diagnostics };
    return { source: { doc, lineCounter, text }, diagnostics };
}
/**
 * The parser's message without its position (the diagnostic has it) and without its code frame,
 * with whatever it quotes from the file cut to a short excerpt: the file may be something else
 * under a manifest's name (`.git/config`, whose header line holds a token), and the message is
 * shown in the PR comment.
 */
function parserMessage(message) {
    return (0,excerpt/* excerptMessage */.v7)(message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
}
/**
 * Counts aliases and the size each expands to, before anything walks the document: the walker
 * follows aliases, so an alias bomb must be stopped here. Sizes are memoised per node, so this
 * is linear in the document even when the expansion would be exponential.
 */
function checkAliases(doc, at, prefix, what) {
    const problems = [];
    const aliases = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliases.push(node);
        }
    });
    if (aliases.length > MAX_ALIASES) {
        problems.push((0,core_diagnostics/* diagnostic */.YK)('error', `${prefix}/too-many-aliases`, `The ${what} uses ${aliases.length} aliases; at most ${MAX_ALIASES} are allowed, to refuse alias bombs. Write the values out, or share fewer anchors.`, at(aliases[MAX_ALIASES])));
        return problems;
    }
    const sizes = new Map();
    const inProgress = new Set();
    const sizeOf = (node) => {
        if (!node || typeof node !== 'object')
            return 1;
        const n = node;
        const known = sizes.get(n);
        if (known !== undefined)
            return known;
        if (inProgress.has(n))
            return Infinity; // an alias inside its own anchor
        inProgress.add(n);
        let size = 1;
        if ((0,dist/* isAlias */.Vj)(n)) {
            const target = n.resolve(doc);
            size = target ? sizeOf(target) : 1;
        }
        else if ((0,dist/* isMap */.jh)(n)) {
            for (const pair of n.items)
                size += sizeOf(pair.key) + sizeOf(pair.value);
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            for (const item of n.items)
                size += sizeOf(item);
        }
        inProgress.delete(n);
        sizes.set(n, size);
        return size;
    };
    for (const alias of aliases) {
        if (!(0,dist/* isAlias */.Vj)(alias))
            continue;
        const target = alias.resolve(doc);
        if (!target) {
            problems.push((0,core_diagnostics/* diagnostic */.YK)('error', `${prefix}/yaml-syntax`, `The ${what} is not valid YAML: alias *${alias.source} refers to no anchor &${alias.source} defined before it.`, at(alias)));
            continue;
        }
        const size = (0,dist/* isScalar */.jn)(target) ? 1 : sizeOf(target);
        if (size > MAX_ALIAS_EXPANSION) {
            const message = Number.isFinite(size)
                ? `Alias *${alias.source} expands to ${size} nodes; at most ${MAX_ALIAS_EXPANSION} are allowed, to refuse alias bombs.`
                : `Alias *${alias.source} is used inside its own anchor, which would expand without end.`;
            problems.push((0,core_diagnostics/* diagnostic */.YK)('error', `${prefix}/too-many-aliases`, message, at(alias)));
            return problems; // one is enough; the rest of a bomb says the same thing
        }
    }
    return problems;
}


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   T7: () => (/* binding */ LEGACY_RULE_NAME),
/* harmony export */   Vr: () => (/* binding */ DEFAULT_LEDGER_BRANCH),
/* harmony export */   bu: () => (/* binding */ defaultWaivers),
/* harmony export */   pc: () => (/* binding */ positiveLimit)
/* harmony export */ });
/* unused harmony exports RULE_KEYS, COVERAGE_KEYS, WAIVER_KEYS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4782);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4654);
/* harmony import */ var _traces_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1399);
/* harmony import */ var _ledger_window_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4133);
/**
 * The policy part of the budget config (docs/policy.md): `version`, `budgets`, `coverage` and
 * `waivers`, and the legacy `budget:` block read as one `total` rule. Every problem is a
 * diagnostic at its line and column; the caller drops the whole config when any is an error, so
 * the check never runs with a guessed policy.
 */





// The policy's `coverage.min` defaults to the threshold the trace readers already warn at (and say why).


/** Keys of one entry of `budgets:`. */
const RULE_KEYS = ['name', 'scope', 'window', 'paths', 'emissions', 'energy', 'increase', 'warn-at'];
/** Keys of `ledger:`. */
const LEDGER_KEYS = ['branch', 'missing'];
/** The default ledger branch. */
const DEFAULT_LEDGER_BRANCH = 'carbon-ledger';
/** A branch name git accepts, kept simple: no `..`, no leading `/` or `-`, no `.lock` ending. */
const BRANCH = /^(?![/-])(?!.*\.\.)(?!.*\/\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]{1,200}$/;
/** Keys of `coverage:`. */
const COVERAGE_KEYS = ['min', 'below'];
/** Keys of `waivers:`. */
const WAIVER_KEYS = ['label', 'min-permission', 'allow-author', 'teams'];
/** The scopes a budget may have; `change` is the default. */
const BUDGET_SCOPES = ['change', 'run', 'total', 'window'];
/** Repository permissions, weakest first (GitHub's `role_name` values). */
const REPO_PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
/** The only policy version this release reads. */
const POLICY_VERSION = 1;
/** Name of the rule the legacy `budget:` block (and a `--budget` override) becomes. */
const LEGACY_RULE_NAME = 'budget';
/** Default `waivers.min-permission`. */
const DEFAULT_MIN_PERMISSION = 'write';
/** Budget names: short, and safe in a comment, a file name or a log line. */
const RULE_NAME = /^[A-Za-z0-9._-]{1,64}$/;
/** `org/team-slug`, as GitHub spells organisations (39 characters) and team slugs. */
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})$/;
/**
 * Characters that make two labels look alike while differing: controls, bidirectional marks,
 * zero-width and other invisible characters. A label holding one could never be matched safely.
 */
const INVISIBLE_RANGES = [
    [0x0000, 0x001f],
    [0x007f, 0x009f],
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x061c, 0x061c],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180e, 0x180e],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x206f],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
    [0xfff0, 0xfff8]
];
/** True when `text` holds a character of {@link INVISIBLE_RANGES}. */
function hasInvisible(text) {
    for (const ch of text) {
        const code = ch.codePointAt(0);
        if (INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to))
            return true;
    }
    return false;
}
/**
 * Reads the policy. `legacy` is the `budget:` block as the config parser already read it (its
 * limits and warn-at), turned into the one `total` rule it stands for.
 */
function readPolicy(reader, top, legacy) {
    if (top.version)
        readVersion(reader, top.version);
    const budgets = [];
    if (top.budget && top.budgets) {
        reader.report('error', 'conflict', '`budget` and `budgets` are both given: `budget` is the old form of one `total` budget. Move its limits into an entry of `budgets` (with `scope: total`) and remove `budget`.', top.budgets.keyPos);
    }
    else if (top.budgets) {
        for (const rule of readRules(reader, top.budgets))
            budgets.push(rule);
    }
    else if (top.budget && legacy && (legacy.emissionsKg !== undefined || legacy.energyKWh !== undefined)) {
        const rule = {
            name: LEGACY_RULE_NAME,
            scope: 'total',
            warnAtFraction: legacy.warnAtFraction ?? _budget_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_WARN_AT_FRACTION */ .iC,
            origin: reader.file,
            at: top.budget.keyPos
        };
        if (legacy.emissionsKg !== undefined)
            rule.emissionsKg = legacy.emissionsKg;
        if (legacy.energyKWh !== undefined)
            rule.energyKWh = legacy.energyKWh;
        budgets.push(rule);
    }
    const policy = { budgets, waivers: defaultWaivers() };
    if (top.coverage) {
        const coverage = readCoverage(reader, top.coverage);
        if (coverage)
            policy.coverage = coverage;
    }
    if (top.waivers) {
        const waivers = readWaivers(reader, top.waivers);
        if (waivers)
            policy.waivers = waivers;
    }
    if (top.ledger) {
        const ledger = readLedger(reader, top.ledger);
        if (ledger)
            policy.ledger = ledger;
    }
    return policy;
}
/** The waiver settings when the config has no `waivers:`. */
function defaultWaivers() {
    return { minPermission: DEFAULT_MIN_PERMISSION, allowAuthor: false, teams: [] };
}
/** `version: 1`, the only one there is. */
function readVersion(reader, entry) {
    const value = reader.scalar(entry.value);
    if (value === POLICY_VERSION)
        return;
    const hint = value === '1' ? ' (write the number without quotes)' : '';
    reader.report('error', 'bad-version', `\`version\`: expected ${POLICY_VERSION}, the only policy version this release reads, got ${reader.describe(entry.value)}${hint}.`, entry.valuePos);
}
/** An Entry for the `index`-th item of a list, so the typed reads can take it. */
function itemEntry(reader, parent, node, index) {
    const value = reader.resolve(node);
    const valuePos = reader.pos(value ?? node);
    return { key: String(index), keyPos: valuePos, value, valuePos, path: `${parent.path}[${index}]` };
}
/** `budgets:` — a non-empty list of rules with unique names. */
function readRules(reader, entry) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(entry.value)) {
        reader.report('error', 'bad-type', `\`budgets\`: expected a list of budgets such as \`- { name: per-pr, emissions: 250 kg }\`, got ${reader.describe(entry.value)}.`, entry.valuePos);
        return [];
    }
    if (entry.value.items.length === 0) {
        reader.report('error', 'empty-list', '`budgets` is an empty list, so it sets no budget; list at least one (e.g. `- { name: per-pr, emissions: 250 kg }`) or remove the key.', entry.valuePos);
        return [];
    }
    const rules = [];
    const seen = new Map();
    entry.value.items.forEach((node, index) => {
        const item = itemEntry(reader, entry, node, index);
        const rule = readRule(reader, item);
        if (!rule)
            return;
        const first = seen.get(rule.name);
        if (first && rule.at) {
            reader.report('error', 'duplicate-name', `Two budgets are named "${rule.name}"; the first is on line ${first.line}. Each budget needs its own name: the report and waivers refer to budgets by name.`, rule.at);
            return;
        }
        if (rule.at)
            seen.set(rule.name, rule.at);
        rules.push(rule);
    });
    return rules;
}
/** One entry of `budgets:`. */
function readRule(reader, item) {
    const map = reader.map(item, '{ name: per-pr, scope: change, emissions: 250 kg }');
    if (!map)
        return undefined;
    const errorsBefore = reader.errorCount;
    const written = reader.entries(map, item.path);
    const fields = new Map(reader
        .checkKeys(written, RULE_KEYS, `\`${item.path}\``, {
        co2: 'Write the limit as `emissions: 250 kg`.',
        co2e: 'Write the limit as `emissions: 250 kg`.',
        limit: 'Write the limit as `emissions: 250 kg`, `energy: 2 MWh` or `increase: 20%`.',
        path: 'Write `paths:` with a list of globs, e.g. `paths: ["experiments/llm/**"]`.',
        warn_at: 'Write `warn-at:`.',
        warnAt: 'Write `warn-at:`.'
    })
        .map((e) => [e.key, e]));
    const nameEntry = fields.get('name');
    let name;
    if (!nameEntry) {
        reader.report('error', 'missing-field', `\`${item.path}\` needs a \`name\` (letters, digits, ".", "_" or "-", up to 64), e.g. \`name: per-pr\`.`, item.valuePos);
    }
    else {
        name = reader.string(nameEntry, 'a budget name such as "per-pr"');
        if (name !== undefined && !RULE_NAME.test(name)) {
            reader.report('error', 'bad-value', `\`${nameEntry.path}\`: expected a name of 1 to 64 letters, digits, ".", "_" or "-", such as "per-pr", got ${reader.describe(nameEntry.value)}.`, nameEntry.valuePos);
            name = undefined;
        }
    }
    let scope = 'change';
    const scopeEntry = fields.get('scope');
    if (scopeEntry) {
        const value = reader.string(scopeEntry, 'one of change, run, total or window');
        if (value !== undefined) {
            if (BUDGET_SCOPES.includes(value))
                scope = value;
            else
                reader.report('error', 'bad-value', `\`${scopeEntry.path}\`: expected one of change, run, total or window, got ${reader.describe(scopeEntry.value)}.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)(value, BUDGET_SCOPES))}`, scopeEntry.valuePos);
        }
    }
    const rule = {
        name: name ?? '',
        scope,
        warnAtFraction: _budget_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_WARN_AT_FRACTION */ .iC,
        origin: reader.file,
        at: nameEntry?.valuePos ?? item.valuePos
    };
    const windowEntry = fields.get('window');
    if (windowEntry) {
        if (scope !== 'window') {
            reader.report('error', 'not-for-scope', `\`${windowEntry.path}\`: \`window\` sets the period of a \`scope: window\` budget; this budget's scope is ${scope}. Add \`scope: window\` or remove \`window\`.`, windowEntry.keyPos);
        }
        else {
            const text = reader.string(windowEntry, WINDOW_EXPECTED);
            if (text !== undefined) {
                const spec = (0,_ledger_window_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWindow */ .Et)(text);
                if (spec)
                    rule.window = spec;
                else
                    reader.report('error', 'bad-value', `\`${windowEntry.path}\`: expected ${WINDOW_EXPECTED}, got ${reader.describe(windowEntry.value)}.`, windowEntry.valuePos);
            }
        }
    }
    else if (scope === 'window') {
        reader.report('error', 'missing-field', `\`${item.path}\` has \`scope: window\` and needs a \`window\`: ${WINDOW_EXPECTED}.`, scopeEntry?.valuePos ?? item.valuePos);
    }
    const pathsEntry = fields.get('paths');
    if (pathsEntry) {
        const paths = readPaths(reader, pathsEntry);
        if (paths)
            rule.paths = paths;
    }
    const emissions = fields.get('emissions');
    if (emissions) {
        const value = positiveLimit(reader, emissions, reader.quantity(emissions, 'mass'), '"250 kg"');
        if (value !== undefined)
            rule.emissionsKg = value;
    }
    const energy = fields.get('energy');
    if (energy) {
        const value = positiveLimit(reader, energy, reader.quantity(energy, 'energy'), '"2 MWh"');
        if (value !== undefined)
            rule.energyKWh = value;
    }
    const increase = fields.get('increase');
    if (increase) {
        if (scope !== 'change') {
            reader.report('error', 'not-for-scope', `\`${increase.path}\`: \`increase\` limits growth against the base, so it applies to \`scope: change\` only; this budget's scope is ${scope}. Use \`emissions\` or \`energy\` here, or make it a change budget.`, increase.keyPos);
        }
        else {
            const value = readIncrease(reader, increase);
            if (value !== undefined)
                rule.increaseFraction = value;
        }
    }
    const warnAt = fields.get('warn-at');
    if (warnAt) {
        const value = reader.fraction(warnAt, 'a warning for any use at all');
        if (value !== undefined)
            rule.warnAtFraction = value;
    }
    if (!emissions && !energy && !increase && fields.size === written.length) {
        reader.report('error', 'missing-field', `\`${item.path}\` needs a limit: \`emissions\` (e.g. "250 kg"), \`energy\` (e.g. "2 MWh") or, for \`scope: change\`, \`increase\` (e.g. "20%").`, item.valuePos);
    }
    return reader.errorCount === errorsBefore && name !== undefined ? rule : undefined;
}
/** What `window:` takes, for messages. */
const WINDOW_EXPECTED = `a window such as "90d" (1 to ${_ledger_window_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_WINDOW_DAYS */ .c3} days ending now), "month" or "quarter" (the calendar month or quarter in UTC)`;
/** `ledger: { branch, missing }`. */
function readLedger(reader, entry) {
    const map = reader.map(entry, '{ branch: carbon-ledger, missing: warn }');
    if (!map)
        return undefined;
    const errorsBefore = reader.errorCount;
    const fields = reader.checkKeys(reader.entries(map, 'ledger'), LEDGER_KEYS, '`ledger`', {
        ref: 'Write `branch:`.',
        'on-missing': 'Write `missing: warn` or `missing: fail`.'
    });
    const ledger = { branch: DEFAULT_LEDGER_BRANCH, missing: 'warn', at: entry.keyPos };
    for (const field of fields) {
        if (field.key === 'branch') {
            const branch = reader.string(field, 'a branch name such as "carbon-ledger"');
            if (branch === undefined)
                continue;
            if (!BRANCH.test(branch)) {
                reader.report('error', 'bad-value', `\`${field.path}\`: expected a branch name such as "carbon-ledger" (letters, digits, ".", "_", "-" and "/"; no "..", no leading "/" or "-"), got ${reader.describe(field.value)}.`, field.valuePos);
                continue;
            }
            ledger.branch = branch;
        }
        else {
            const value = reader.string(field, 'warn or fail');
            if (value === 'warn' || value === 'fail')
                ledger.missing = value;
            else if (value !== undefined)
                reader.report('error', 'bad-value', `\`${field.path}\`: expected warn or fail, got ${reader.describe(field.value)}.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)(value, ['warn', 'fail']))}`, field.valuePos);
        }
    }
    return reader.errorCount === errorsBefore ? ledger : undefined;
}
/** `paths:` — a glob or a non-empty list of them, repository-relative. */
function readPaths(reader, entry) {
    const what = 'a repository-relative glob such as "experiments/llm/**"';
    const nodes = [];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(entry.value)) {
        if (entry.value.items.length === 0) {
            reader.report('error', 'empty-list', `\`${entry.path}\` is an empty list, so the budget would select nothing; list globs such as "experiments/llm/**", or remove the key to select every manifest.`, entry.valuePos);
            return undefined;
        }
        entry.value.items.forEach((item, index) => {
            const node = reader.resolve(item);
            nodes.push({ node, path: `${entry.path}[${index}]`, at: reader.pos(node ?? item) });
        });
    }
    else {
        nodes.push({ node: entry.value, path: entry.path, at: entry.valuePos });
    }
    const out = [];
    let ok = true;
    for (const { node, path, at } of nodes) {
        const glob = reader.stringAt(node, path, at, `${what}, or a list of them`);
        if (glob === undefined) {
            ok = false;
            continue;
        }
        const problem = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .checkGlob */ .pY)(glob);
        if (problem) {
            reader.report('error', 'bad-glob', `\`${path}\`: ${problem}, got ${reader.describe(node)}.`, at);
            ok = false;
            continue;
        }
        out.push(glob);
    }
    return ok ? out : undefined;
}
/** `increase:` — a percentage above zero ("20%"; "150%" allows more than doubling), or a fraction. */
function readIncrease(reader, entry) {
    const value = reader.scalar(entry.value);
    const expected = 'a growth above 0 as a percentage such as "20%" (or a fraction such as 0.2)';
    if (typeof value === 'number') {
        if (Number.isFinite(value) && value > 0 && value <= 1)
            return value;
        const hint = value > 1 && value <= 1e6 ? `; for ${value} percent write "${value}%"` : '';
        reader.report('error', 'out-of-range', `\`${entry.path}\`: expected ${expected}, got ${reader.describe(entry.value)}${hint}.`, entry.valuePos);
        return undefined;
    }
    if (typeof value === 'string') {
        const match = /^\s*(\d{1,7}(?:\.\d*)?|\.\d+)\s*%\s*$/.exec(value);
        if (match) {
            const percent = Number(match[1]);
            if (percent > 0)
                return percent / 100;
            reader.report('error', 'out-of-range', `\`${entry.path}\`: expected ${expected} (0% would fail any growth at all; use a small percentage), got ${reader.describe(entry.value)}.`, entry.valuePos);
            return undefined;
        }
    }
    reader.report('error', typeof value === 'string' ? 'bad-value' : 'bad-type', `\`${entry.path}\`: expected ${expected}, got ${reader.describe(entry.value)}.`, entry.valuePos);
    return undefined;
}
/** `coverage: { min, below }`. */
function readCoverage(reader, entry) {
    const map = reader.map(entry, '{ min: 90%, below: fail }');
    if (!map)
        return undefined;
    const errorsBefore = reader.errorCount;
    const fields = reader.checkKeys(reader.entries(map, 'coverage'), COVERAGE_KEYS, '`coverage`', {
        minimum: 'Write `min:`.',
        threshold: 'Write `min:`.',
        action: 'Write `below: fail` or `below: warn`.'
    });
    const coverage = { minFraction: _traces_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MIN_COVERAGE */ .mW, below: 'warn', at: entry.keyPos };
    for (const field of fields) {
        if (field.key === 'min') {
            const value = reader.fraction(field, 'no coverage required at all');
            if (value !== undefined)
                coverage.minFraction = value;
        }
        else {
            const value = reader.string(field, 'fail or warn');
            if (value === 'fail' || value === 'warn')
                coverage.below = value;
            else if (value !== undefined)
                reader.report('error', 'bad-value', `\`${field.path}\`: expected fail or warn, got ${reader.describe(field.value)}.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)(value, ['fail', 'warn']))}`, field.valuePos);
        }
    }
    return reader.errorCount === errorsBefore ? coverage : undefined;
}
/** `waivers: { label, min-permission, allow-author, teams }`. */
function readWaivers(reader, entry) {
    const map = reader.map(entry, '{ label: carbon-budget-approved, min-permission: maintain }');
    if (!map)
        return undefined;
    const errorsBefore = reader.errorCount;
    const fields = reader.checkKeys(reader.entries(map, 'waivers'), WAIVER_KEYS, '`waivers`', {
        permission: 'Write `min-permission:`.',
        min_permission: 'Write `min-permission:`.',
        allow_author: 'Write `allow-author:`.',
        team: 'Write `teams:` with a list of "org/team-slug".'
    });
    const waivers = { ...defaultWaivers(), at: entry.keyPos };
    for (const field of fields) {
        if (field.key === 'label') {
            const label = reader.string(field, 'a label name such as "carbon-budget-approved"');
            if (label === undefined)
                continue;
            if (hasInvisible(label) || label !== label.trim() || label.length > 50) {
                reader.report('error', 'bad-value', `\`${field.path}\`: expected a label name of at most 50 visible characters without leading or trailing blanks (GitHub's limit; invisible and direction-changing characters would let two different labels look alike), got ${JSON.stringify((0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(label))}.`, field.valuePos);
                continue;
            }
            waivers.label = label;
        }
        else if (field.key === 'min-permission') {
            const value = reader.string(field, 'one of read, triage, write, maintain or admin');
            if (value === undefined)
                continue;
            if (REPO_PERMISSIONS.includes(value))
                waivers.minPermission = value;
            else
                reader.report('error', 'bad-value', `\`${field.path}\`: expected one of read, triage, write, maintain or admin, got ${reader.describe(field.value)}.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)(value, REPO_PERMISSIONS))}`, field.valuePos);
        }
        else if (field.key === 'allow-author') {
            const value = reader.scalar(field.value);
            if (typeof value === 'boolean')
                waivers.allowAuthor = value;
            else
                reader.report('error', 'bad-type', `\`${field.path}\`: expected true or false, got ${reader.describe(field.value)}.`, field.valuePos);
        }
        else if (field.key === 'teams') {
            const teams = readTeams(reader, field);
            if (teams)
                waivers.teams = teams;
        }
    }
    return reader.errorCount === errorsBefore ? waivers : undefined;
}
/** `teams:` — a list of `org/team-slug`. */
function readTeams(reader, entry) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(entry.value)) {
        reader.report('error', 'bad-type', `\`${entry.path}\`: expected a list of teams such as \`["my-org/ml-leads"]\`, got ${reader.describe(entry.value)}.`, entry.valuePos);
        return undefined;
    }
    const out = [];
    entry.value.items.forEach((item, index) => {
        const node = reader.resolve(item);
        const at = reader.pos(node ?? item);
        const path = `${entry.path}[${index}]`;
        const team = reader.stringAt(node, path, at, 'a team as "org/team-slug"');
        if (team === undefined)
            return;
        if (!TEAM.test(team)) {
            reader.report('error', 'bad-value', `\`${path}\`: expected a team as "org/team-slug" (the organisation's login and the team's slug, e.g. "my-org/ml-leads"), got ${reader.describe(node)}.`, at);
            return;
        }
        out.push(team);
    });
    return out;
}
/**
 * A limit as read, or undefined (with an error at `entry`) when it is zero: a zero limit would fail
 * every change and make every share a division by zero. Used by the policy's budgets and the older
 * `budget:` block alike.
 */
function positiveLimit(reader, entry, value, example) {
    if (value === 0) {
        reader.report('error', 'out-of-range', `\`${entry.path}\`: expected a limit above zero, such as ${example}, got ${reader.describe(entry.value)}.`, entry.valuePos);
        return undefined;
    }
    return value;
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ normalizeManifestPath),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   pY: () => (/* binding */ checkGlob),
/* harmony export */   uB: () => (/* binding */ committedName)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
/**
 * The `paths:` of a budget: repository-relative globs on manifest paths, minimatch syntax (`*`
 * within a folder, `**` across folders, `{a,b}`, `[abc]`), dot-files matched. The globs are
 * checked when the config is read, so a glob that could never match a repository path (absolute,
 * `..`, backslashes, negated) is an error at its line rather than a budget that silently selects
 * nothing.
 */

/** Longest glob accepted, in UTF-16 code units: longer is no path glob, and costs time to match. */
const MAX_GLOB_CHARS = 512;
/** Most `{` groups in one glob: each can multiply the patterns brace expansion makes. */
const MAX_BRACE_GROUPS = 8;
/**
 * Why `glob` is not a usable repository-relative glob (a phrase starting "expected ..."), or
 * undefined when it is.
 */
function checkGlob(glob) {
    const expected = 'expected a repository-relative glob such as "experiments/llm/**"';
    if (glob.length > MAX_GLOB_CHARS)
        return `${expected}, at most ${MAX_GLOB_CHARS} characters`;
    if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob))
        return `${expected}, relative to the repository root (no leading "/")`;
    if (glob.includes('\\'))
        return `${expected}, with "/" between folders (no backslashes)`;
    if (glob.startsWith('!'))
        return `${expected}; negated globs ("!") are not supported: list what to select`;
    if (glob.split('/').some((part) => part === '..'))
        return `${expected}, inside the repository (no ".." folders)`;
    if (!balanced(glob, '[', ']') || !balanced(glob, '{', '}') || !balanced(glob, '(', ')'))
        return `${expected}, with every "[", "{" and "(" closed`;
    if ((glob.match(/\{/g) ?? []).length > MAX_BRACE_GROUPS)
        return `${expected}, with at most ${MAX_BRACE_GROUPS} "{...}" groups`;
    return undefined;
}
/** True when every `open` has its `close` after it, never closing one that is not open. */
function balanced(text, open, close) {
    let depth = 0;
    for (const ch of text) {
        if (ch === open)
            depth++;
        else if (ch === close && --depth < 0)
            return false;
    }
    return depth === 0;
}
/** A manifest path as the globs see it: `/` separators, no leading `./`. */
function normalizeManifestPath(path) {
    let out = path.split('\\').join('/');
    while (out.startsWith('./'))
        out = out.slice(2);
    return out;
}
/**
 * The name a manifest goes by for budgets' `paths:` and the ledger: the committed manifest it is a
 * copy of, where `committedAs` (AnalyzeInput.committedAs) names one, else its own.
 */
function committedName(manifest, committedAs = {}) {
    return Object.hasOwn(committedAs, manifest) ? committedAs[manifest] : manifest;
}
/**
 * A matcher for a budget's `paths` (every path when there are none). Matchers are built once per
 * budget, not once per run.
 */
function pathMatcher(globs) {
    if (globs === undefined || globs.length === 0)
        return () => true;
    const matchers = globs.map((g) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(normalizeManifestPath(g), { dot: true, nonegate: true, nocomment: true }));
    return (manifestPath) => {
        const path = normalizeManifestPath(manifestPath);
        return matchers.some((m) => m.match(path));
    };
}


/***/ })

};
