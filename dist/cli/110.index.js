export const id = 110;
export const ids = [110];
export const modules = {

/***/ 7110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordCommand: () => (/* binding */ recordCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/catalog/index.ts + 12 modules
var catalog = __webpack_require__(1506);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(2184);
;// CONCATENATED MODULE: ./src/core/record/manifest-text.ts
/**
 * The text of the manifest `carbon-gate record` leaves beside its logs (`carbon-manifest.yml`): a
 * new one, or an existing one with the new logs added to a run's `traces:` by splicing text, so
 * every other byte (comments, order, quoting, other runs) stays as the user wrote it. Pure: the
 * file I/O is in src/io/record/manifest.ts.
 *
 * An update is checked by parsing the result again: it must equal the old manifest with exactly
 * the intended change. Where it would not (flow-style `runs`, aliases, a layout the splice does not
 * expect), nothing is changed and the caller is told what to add by hand.
 */



/**
 * A YAML double-quoted scalar of any text: backslash, quote, every control character, the Unicode
 * line and paragraph separators, the BOM and lone surrogates are escaped, so a hostile name (`: `,
 * `#`, `{`, a newline, `*alias`, `!!tag`) stays one string in every YAML reader.
 */
function yamlQuote(text) {
    let out = '"';
    for (const ch of text) {
        const c = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else if (c >= 0xd800 && c <= 0xdfff)
            out += `\\u${c.toString(16)}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/** Text for a YAML comment: one line of printable characters. */
function commentText(text) {
    let out = '';
    for (const ch of text.slice(0, 200)) {
        const c = ch.codePointAt(0) ?? 0;
        out += c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 ? '?' : ch;
    }
    return out;
}
/** A duration in seconds as the manifest writes it: `62.4 s` (to the millisecond). */
function durationText(durationS) {
    return `${Math.round(durationS * 1000) / 1000} s`;
}
/** The comment that stands in for a location nobody gave. */
const LOCATION_COMMENT = [
    '# location: DE   # <- where the energy was drawn; emissions need it. A country (DE, USA),',
    '#   a grid zone (US-CAL-CISO) or a cloud region (gcp:europe-west4, aws:us-east-1). Without it,',
    "#   `carbon-gate check` takes --location or the budget config's location:, else reports",
    '#   location/missing: carbon-gate does not guess a world average.'
];
/** The run's lines, each without indentation (the caller indents): `name:` first. */
function runLines(run) {
    const lines = [`name: ${yamlQuote(run.name)}`];
    if (run.location !== undefined)
        lines.push(`location: ${yamlQuote(run.location)}`);
    else
        for (const line of LOCATION_COMMENT)
            lines.push(line);
    lines.push(`duration: ${durationText(run.durationS)}   # wall time of the recorded command`);
    const gpus = run.gpus;
    if (gpus && gpus.models.length > 0) {
        const distinct = [...new Set(gpus.models)];
        const summary = distinct.map((m) => `${gpus.models.filter((x) => x === m).length} x ${m}`).join(', ');
        if (distinct.length === 1 && gpus.inCatalogue) {
            lines.push(`gpu: { model: ${yamlQuote(distinct[0])}, count: ${gpus.models.length} }   # from the log: the estimate is shown beside the measurement`);
        }
        else {
            const why = distinct.length === 1 ? 'not in the catalogue' : 'more than one model';
            lines.push(`# GPUs in the log: ${commentText(summary)} (${why}; add gpu: { watts: ..., count: ... } to see an estimate beside the measurement)`);
        }
    }
    return [...lines, 'traces:', ...traceLines(run.traces)];
}
/** `- "file"   # format: source` lines, unindented. */
function traceLines(traces) {
    return traces.map((t) => `  - ${yamlQuote(t.file)}   # ${commentText(`${t.format}: ${t.source}`)}`);
}
/** A new manifest with the one recorded run. */
function newRecordManifest(run) {
    return [
        `# Written by \`carbon-gate record\` on ${commentText(run.recordedAt)}; \`carbon-gate check\` reads it as it is.`,
        '# Recording again into this folder adds the new logs to a run of the same name (else a new run).',
        'version: 1',
        'runs:',
        ...runLines(run).map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)),
        ''
    ].join('\n');
}
/** The file's line end: CRLF where it uses CRLF, so added lines match the rest. */
function lineEnd(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** The column of the character at `offset`. */
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
/** The offset just after the line holding `offset` (its newline included), or the text's end. */
function afterLine(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return offset;
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/** The run map whose `name` is `name`. */
function findRun(runs, name) {
    for (const item of runs.items) {
        if ((0,dist/* isMap */.jh)(item) && item.get('name') === name)
            return item;
    }
    return undefined;
}
/**
 * The manifest `text` with the recording added: to the `traces:` of the run of the same name (its
 * `duration:` grows by the new wall time, since the logs now cover both recordings), or as a new
 * run at the end of `runs:` (named `<name> (2)` and so on when a run of that name has no traces).
 * Fails, changing nothing, where the result would not parse back as exactly that change.
 */
function updateRecordManifest(text, run) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        return { ok: false, problem: `it is not valid YAML (${doc.errors[0].message.split('\n')[0]})` };
    const runs = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('runs', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(runs) || runs.flow || runs.range === undefined || runs.range === null)
        return { ok: false, problem: 'it has no block-style `runs:` list to add to' };
    const before = (0,dist/* parse */.qg)(text);
    const existing = findRun(runs, run.name);
    const existingTraces = existing?.get('traces', true);
    let spliced;
    if (existing && existingTraces !== undefined) {
        const added = addTraces(text, existingTraces, run.traces);
        if (typeof added !== 'string')
            return added;
        let next = added;
        const duration = existing.get('duration', true);
        let newDuration;
        if ((0,dist/* isScalar */.jn)(duration) && duration.range) {
            const old = (0,units/* parseQuantity */.Lf)('duration', duration.value);
            if (old.ok) {
                newDuration = durationText(old.value + run.durationS);
                // The duration comes after the traces in the text or before them: splice at its own offset,
                // shifted by the traces' insertion when that lies before it.
                const shift = duration.range[0] > (existingTraces.range?.[0] ?? 0) ? next.length - text.length : 0;
                next = next.slice(0, duration.range[0] + shift) + newDuration + next.slice(duration.range[1] + shift);
            }
        }
        const index = runs.items.indexOf(existing);
        spliced = {
            text: next,
            run: run.name,
            added: 'traces',
            expect: (r) => {
                const target = r[index];
                const old = target.traces;
                target.traces = [...(Array.isArray(old) ? old : [old]), ...run.traces.map((t) => t.file)];
                if (newDuration !== undefined)
                    target.duration = newDuration;
            }
        };
    }
    else {
        const name = uniqueName(runs, run.name);
        const last = runs.items[runs.items.length - 1];
        const dashColumn = columnOf(text, runs.range[0]);
        const insertAt = afterLine(text, last?.range?.[1] ?? runs.range[1]);
        const pad = ' '.repeat(dashColumn);
        const lines = runLines({ ...run, name }).map((l, i) => (i === 0 ? `${pad}- ${l}` : `${pad}  ${l}`));
        const eol = lineEnd(text);
        const prefix = insertAt > 0 && text[insertAt - 1] !== '\n' ? eol : '';
        spliced = {
            text: `${text.slice(0, insertAt)}${prefix}${lines.join(eol)}${eol}${text.slice(insertAt)}`,
            run: name,
            added: 'run',
            expect: (r) => {
                r.push((0,dist/* parse */.qg)(`- ${runLines({ ...run, name }).join('\n  ')}`)[0]);
            }
        };
    }
    // The result must read back as the old manifest plus exactly this change.
    const expected = structuredClone(before);
    spliced.expect(expected.runs);
    let actual;
    try {
        const check = (0,dist/* parseDocument */.Tp)(spliced.text);
        if (check.errors.length > 0)
            throw new Error(check.errors[0].message);
        actual = check.toJS();
    }
    catch {
        return { ok: false, problem: 'its layout is one the update cannot edit safely' };
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected))
        return { ok: false, problem: 'its layout is one the update cannot edit safely' };
    return { ok: true, text: spliced.text, run: spliced.run, added: spliced.added };
}
/** `name`, or `name (2)`, `name (3)`, ... : the first no run has. */
function uniqueName(runs, name) {
    if (!findRun(runs, name))
        return name;
    for (let i = 2;; i++) {
        const candidate = `${name} (${i})`;
        if (!findRun(runs, candidate))
            return candidate;
    }
}
/** `text` with `traces` appended to the `traces:` node (a block list, a flow list or one scalar). */
function addTraces(text, node, traces) {
    const range = node.range;
    if (!range)
        return { ok: false, problem: 'its `traces:` has no position' };
    if ((0,dist/* isSeq */.oP)(node) && !node.flow && node.items.length > 0) {
        const pad = ' '.repeat(columnOf(text, range[0]));
        const last = node.items[node.items.length - 1];
        const at = afterLine(text, last.range?.[1] ?? range[1]);
        const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
        const eol = lineEnd(text);
        const lines = traceLines(traces).map((l) => `${pad}${l.trimStart()}${eol}`);
        return `${text.slice(0, at)}${prefix === '' ? '' : eol}${lines.join('')}${text.slice(at)}`;
    }
    const quoted = traces.map((t) => yamlQuote(t.file)).join(', ');
    if ((0,dist/* isSeq */.oP)(node) && node.flow) {
        // Right after the last item (the spacing before `]` stays), or inside an empty `[]`.
        const lastItem = node.items[node.items.length - 1];
        const at = lastItem?.range ? lastItem.range[1] : text.lastIndexOf(']', range[1] - 1);
        if (at < range[0])
            return { ok: false, problem: 'its `traces:` list has no closing bracket' };
        const sep = lastItem ? ', ' : '';
        return `${text.slice(0, at)}${sep}${quoted}${text.slice(at)}`;
    }
    if ((0,dist/* isScalar */.jn)(node)) {
        return `${text.slice(0, range[0])}[${text.slice(range[0], range[1])}, ${quoted}]${text.slice(range[1])}`;
    }
    return { ok: false, problem: 'its `traces:` is neither a file name nor a list of them' };
}
/** How the record command describes the manifest change, e.g. `2 logs added to run "a"`. */
function describeUpdate(update, traces) {
    return update.added === 'run'
        ? `run ${yamlQuote(update.run)} added`
        : `${formatNumber(traces)} log(s) added to run ${yamlQuote(update.run)}`;
}

// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/io/record/manifest.ts
/**
 * The manifest `carbon-gate record` leaves in its output folder: the GPUs read from the recorded
 * nvidia-smi log, and `carbon-manifest.yml` written new or, when the folder already has a manifest,
 * updated in place (src/core/record/manifest-text.ts), never overwritten.
 */





/** The manifest's file name, one of the names `carbon-gate check` finds. */
const RECORD_MANIFEST = 'carbon-manifest.yml';
/** Other names of a manifest in the folder, updated rather than shadowed by a second one. */
const OTHER_MANIFESTS = ['carbon-manifest.yaml'];
/** The head of the log read for the GPUs: the first samples name every GPU. */
const GPU_SCAN_BYTES = 1024 * 1024;
/**
 * The GPUs of a recorded `nvidia-smi --query-gpu=...,uuid,name,... --format=csv` log: one model per
 * distinct `uuid` (else `index`) among the rows of its first MiB, in order of appearance.
 * Undefined when the log has no header with a `name` column or no row.
 */
async function readGpuInventory(file) {
    let text;
    try {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const buffer = Buffer.alloc(GPU_SCAN_BYTES);
            const { bytesRead } = await handle.read(buffer, 0, GPU_SCAN_BYTES, 0);
            text = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return undefined;
    }
    const lines = text.split(/\r?\n/);
    // The last line may be cut by the scan's end.
    if (text.length === GPU_SCAN_BYTES)
        lines.pop();
    const header = lines.findIndex((l) => l.trim() !== '');
    if (header < 0)
        return undefined;
    const columns = lines[header].split(',').map((c) => c
        .trim()
        .replace(/\s*\[[^\]]*\]$/, '')
        .toLowerCase());
    const nameAt = columns.indexOf('name');
    const keyAt = columns.indexOf('uuid') >= 0 ? columns.indexOf('uuid') : columns.indexOf('index');
    if (nameAt < 0 || keyAt < 0)
        return undefined;
    const models = new Map();
    for (const line of lines.slice(header + 1)) {
        const fields = line.split(',').map((f) => f.trim());
        if (fields.length !== columns.length || line === lines[header])
            continue;
        const key = fields[keyAt];
        const name = fields[nameAt];
        if (key !== '' && name !== '' && !models.has(key))
            models.set(key, name);
    }
    if (models.size === 0)
        return undefined;
    const list = [...models.values()];
    const distinct = new Set(list);
    return { models: list, inCatalogue: distinct.size === 1 && (0,catalog/* findGpu */.GO)(list[0]).ok };
}
/**
 * Writes the recording into the folder's manifest: a new `carbon-manifest.yml`, or the existing
 * `carbon-manifest.yml`/`.yaml` with the new logs added (the file replaced atomically, keeping its
 * permissions). A manifest that cannot be edited safely is left as it is, and the problem says why.
 */
async function writeRecordManifest(outDir, run) {
    for (const name of [RECORD_MANIFEST, ...OTHER_MANIFESTS]) {
        const file = external_node_path_default().join(outDir, name);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            const code = err.code;
            // Not there (or the folder is not one: writing says so below).
            if (code === 'ENOENT' || code === 'ENOTDIR')
                continue;
            return { ok: false, file, problem: `cannot read it (${err.code ?? String(err)})` };
        }
        const update = updateRecordManifest(text, run);
        if (!update.ok)
            return { ok: false, file, problem: update.problem };
        const problems = await (0,write/* replaceTextFile */.M)(file, update.text, { baseDir: outDir, what: 'manifest' });
        if (problems.length > 0)
            return { ok: false, file, problem: problems[0].message };
        return { ok: true, file, created: false, run: update.run };
    }
    const file = external_node_path_default().join(outDir, RECORD_MANIFEST);
    try {
        // `wx`: a manifest that appeared meanwhile is not overwritten.
        const handle = await (0,promises_.open)(file, 'wx');
        try {
            await handle.writeFile(newRecordManifest(run), 'utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (err) {
        return { ok: false, file, problem: `cannot write it (${err.code ?? String(err)})` };
    }
    return { ok: true, file, created: true, run: run.name };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/io/record/nvidia-smi.ts
/**
 * Recording GPU power with `nvidia-smi`: finding it on the PATH of a given environment, asking it
 * once (`--help-query-gpu`) whether the driver knows `power.draw.average`, and starting the logger
 * `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw.average,power.draw --format=csv
 * -lms <ms>` with its standard output going straight into a file, in the layout the
 * `nvidia-smi-csv` trace reader (src/core/traces/formats/nvidia-smi-csv.ts) reads.
 *
 * The logger runs with `TZ=UTC`: nvidia-smi prints local time without a zone, and the reader takes
 * zone-less timestamps as UTC unless the manifest says otherwise.
 */




/** The power fields, best first: `power.draw.average` (Ampere and newer, except GA100), else `power.draw`. */
const POWER_AVERAGE = 'power.draw.average';
const POWER_DRAW = 'power.draw';
/** The longest `--help-query-gpu` text read (driver 590's is about 60 KiB); more is cut off. */
const MAX_HELP_BYTES = 4 * 1024 * 1024;
/** How long `nvidia-smi --help-query-gpu` may take: it needs no GPU, so a hang means a broken driver. */
const HELP_TIMEOUT_MS = 20_000;
/** Bytes of a logger's standard error kept, to say why it stopped. */
const MAX_STDERR_BYTES = 4096;
/**
 * The absolute path of the executable `name` on the `PATH` of `env`, or undefined. Empty `PATH`
 * entries are skipped rather than read as the current folder (a `PATH` ending in `:` must not make a
 * file in the training's folder run as nvidia-smi).
 */
async function findOnPath(name, env) {
    const entries = (env.PATH ?? '').split((external_node_path_default()).delimiter).filter((d) => d !== '' && external_node_path_default().isAbsolute(d));
    for (const dir of entries) {
        const candidate = external_node_path_default().join(dir, name);
        try {
            const info = await (0,promises_.stat)(candidate);
            if (!info.isFile())
                continue;
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // Not here, or not executable: the next PATH entry.
        }
    }
    return undefined;
}
/**
 * Runs `nvidia-smi --help-query-gpu` once and reads whether `power.draw.average` is a valid field:
 * the help lists each field as a line `"power.draw.average" or "gpu.power.draw.average"`. Drivers
 * before about R530 have no such field, and asking for it fails the whole query.
 */
async function probePowerFields(executable, env) {
    const result = await capture(executable, ['--help-query-gpu'], env, HELP_TIMEOUT_MS, MAX_HELP_BYTES);
    if ('problem' in result)
        return { ok: false, problem: result.problem };
    if (result.code !== 0) {
        const why = firstLine(result.stderr) || firstLine(result.stdout);
        return {
            ok: false,
            problem: `'nvidia-smi --help-query-gpu' exited with code ${result.code}${why ? `: ${why}` : ''}`
        };
    }
    if (!helpListsField(result.stdout, POWER_DRAW) && !helpListsField(result.stdout, POWER_AVERAGE)) {
        return {
            ok: false,
            problem: `'nvidia-smi --help-query-gpu' lists no "${POWER_DRAW}" field, so this driver cannot log power`
        };
    }
    return { ok: true, hasAverage: helpListsField(result.stdout, POWER_AVERAGE) };
}
/** True when the help text has the field as one of its entries (`"name"` at a line's start). */
function helpListsField(help, field) {
    return help.split(/\r?\n/).some((line) => line.trimStart().startsWith(`"${field}"`));
}
/** The `--query-gpu` fields recorded, in order. */
function queryFields(hasAverage) {
    return ['timestamp', 'index', 'uuid', 'name', ...(hasAverage ? [POWER_AVERAGE] : []), POWER_DRAW];
}
/**
 * The logger's arguments: `--query-gpu=<fields> --format=csv -lms <ms>`. The CSV keeps its header
 * and units (the reader needs the header to find its columns); `-lms` takes whole milliseconds.
 */
function nvidiaSmiArgs(intervalMs, hasAverage) {
    const ms = Math.max(1, Math.round(intervalMs));
    return [`--query-gpu=${queryFields(hasAverage).join(',')}`, '--format=csv', '-lms', String(ms)];
}
/**
 * Starts nvidia-smi with its standard output written into `file` directly (no pipe through this
 * process, so a detached logger keeps writing after this process has exited), under `TZ=UTC`.
 * Rejects when it cannot be started (the error's `code`: ENOENT, EACCES, ...).
 */
async function startNvidiaSmi(options) {
    const handle = await (0,promises_.open)(options.file, 'a');
    let child;
    try {
        child = (0,external_node_child_process_.spawn)(options.executable, [...options.args], {
            env: { ...definedEnv(options.env), TZ: 'UTC' },
            stdio: ['ignore', handle.fd, options.detached ? 'ignore' : 'pipe'],
            detached: options.detached === true || options.ownGroup === true
        });
        await new Promise((resolve, reject) => {
            child.once('spawn', resolve);
            child.once('error', reject);
        });
    }
    finally {
        // The child holds its own copy of the descriptor.
        await handle.close();
    }
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
        if (stderr.length < MAX_STDERR_BYTES)
            stderr += chunk.toString('utf8').slice(0, MAX_STDERR_BYTES - stderr.length);
    });
    let done = false;
    const exited = new Promise((resolve) => {
        child.once('close', (code, signal) => {
            done = true;
            resolve({ code, signal, stderr });
        });
    });
    if (options.detached)
        child.unref();
    return {
        pid: child.pid ?? -1,
        file: options.file,
        exited,
        hasExited: () => done,
        stop: (graceMs = 5000) => stopChild(child, exited, () => done, graceMs)
    };
}
/** SIGTERM, then SIGKILL if it is still there after `graceMs`; resolves once it has exited. */
async function stopChild(child, exited, hasExited, graceMs) {
    if (!hasExited())
        child.kill('SIGTERM');
    const timer = setTimeout(() => {
        if (!hasExited())
            child.kill('SIGKILL');
    }, graceMs);
    try {
        return await exited;
    }
    finally {
        clearTimeout(timer);
    }
}
/** `env` without its undefined entries, as spawn wants it. */
function definedEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** The first non-blank line of a text, trimmed and cut to 200 characters. */
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    return line.trim().slice(0, 200);
}
/** Runs a command to completion, keeping at most `maxBytes` of its output; never throws. */
function capture(executable, args, env, timeoutMs, maxBytes) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(executable, args, { env: { ...definedEnv(env), TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] });
        }
        catch (err) {
            resolve({ problem: `cannot run ${executable}: ${err.code ?? String(err)}` });
            return;
        }
        const out = [];
        const errOut = [];
        let outBytes = 0;
        let errBytes = 0;
        child.stdout?.on('data', (c) => {
            if (outBytes < maxBytes)
                out.push(c);
            outBytes += c.length;
        });
        child.stderr?.on('data', (c) => {
            if (errBytes < MAX_STDERR_BYTES)
                errOut.push(c);
            errBytes += c.length;
        });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve({
                problem: `'${external_node_path_default().basename(executable)} ${args.join(' ')}' did not finish within ${timeoutMs / 1000} s`
            });
        }, timeoutMs);
        child.once('error', (err) => {
            clearTimeout(timer);
            resolve({ problem: `cannot run ${executable}: ${err.code ?? err.message}` });
        });
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: Buffer.concat(out).subarray(0, maxBytes).toString('utf8'),
                stderr: Buffer.concat(errOut).toString('utf8')
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/io/record/rapl.ts
/**
 * Recording CPU and DRAM energy from Linux RAPL counters (powercap sysfs): finding the readable
 * zones `intel-rapl:N` (packages) and `intel-rapl:N:M` (their sub-zones: core, uncore, dram) under
 * a root folder, and a sampler that appends one row per zone and reading, in the long layout the
 * `rapl` trace reader (src/core/traces/formats/rapl.ts) reads:
 *
 *     timestamp,domain,energy_uj,max_energy_range_uj,zone
 *     2026-12-02T17:31:51.123Z,package-0,261643328850,262143328850,intel-rapl:0
 *
 * Every zone is recorded as it is; the reader sums packages and dram and leaves out the zones that
 * overlap them (core, uncore, psys), saying so. `intel-rapl-mmio:*` zones are not read: they repeat
 * a package's counter through another interface.
 *
 * Since Linux 5.10 `energy_uj` is readable by root only on most distributions (a side channel,
 * CVE-2020-8694), so "no readable zone" is the common case for a normal user, and is said once.
 */



/** Where Linux exposes the powercap zones. */
const DEFAULT_POWERCAP_ROOT = '/sys/class/powercap';
/** The zone folders read: `intel-rapl:0`, `intel-rapl:0:2` (AMD's RAPL uses the same names). */
const ZONE_DIR = /^intel-rapl:\d+(:\d+)?$/;
/** The header of the recorded file. */
const RAPL_HEADER = 'timestamp,domain,energy_uj,max_energy_range_uj,zone';
/**
 * The RAPL zones under `root` whose `energy_uj` can be read now, in sorted order, and those that
 * cannot. A missing root (no powercap: a VM, a container without /sys, macOS) is no zone at all.
 */
async function discoverRaplZones(root = DEFAULT_POWERCAP_ROOT) {
    let names;
    try {
        names = await (0,promises_.readdir)(root);
    }
    catch {
        return { zones: [], unreadable: [] };
    }
    const zones = [];
    const unreadable = [];
    for (const id of names.filter((n) => ZONE_DIR.test(n)).sort(compareZoneIds)) {
        const dir = external_node_path_default().join(root, id);
        const domain = (await readSmallFile(external_node_path_default().join(dir, 'name')))?.trim();
        if (domain === undefined || domain === '') {
            unreadable.push({ id, reason: 'no readable name file' });
            continue;
        }
        const energyFile = external_node_path_default().join(dir, 'energy_uj');
        const first = await readCounter(energyFile);
        if (typeof first === 'string') {
            unreadable.push({ id, reason: first });
            continue;
        }
        const max = await readCounter(external_node_path_default().join(dir, 'max_energy_range_uj'));
        zones.push({ id, domain, energyFile, ...(typeof max === 'number' && max > 0 ? { maxEnergyRangeUj: max } : {}) });
    }
    return { zones, unreadable };
}
/** `intel-rapl:1:0` after `intel-rapl:0:2` and `intel-rapl:10` after `intel-rapl:9`: by number. */
function compareZoneIds(a, b) {
    const na = a.split(':').slice(1).map(Number);
    const nb = b.split(':').slice(1).map(Number);
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
        const d = (na[i] ?? -1) - (nb[i] ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** A sysfs file's text (they are a line long); undefined when it cannot be read. */
async function readSmallFile(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).slice(0, 256);
    }
    catch {
        return undefined;
    }
}
/** A counter file's value in µJ, or why it cannot be read. */
async function readCounter(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'unknown error';
        return code === 'EACCES' || code === 'EPERM' ? `permission denied (${code})` : code;
    }
    const t = text.trim();
    if (!/^\d+$/.test(t))
        return `not a counter: "${t.slice(0, 40)}"`;
    return Number(t);
}
/** A CSV cell: quoted when it holds a comma, quote or line break (a fake sysfs may hold anything). */
function csvCell(text) {
    const clean = text.replace(/[\r\n]/g, ' ');
    return /[",]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}
/**
 * Reads every zone each `intervalMs` until `signal` aborts, appending one line per zone and
 * reading; each sample's lines go to the file in one write, so a crash loses at most the sample
 * being taken. Times are UTC ISO 8601 with milliseconds. Resolves after the last reading (taken
 * once the signal aborts) is written; rejects only when the file cannot be written.
 */
async function sampleRapl(options) {
    const now = options.now ?? Date.now;
    const handle = await (0,promises_.open)(options.file, 'a');
    const failed = new Set();
    let readings = 0;
    try {
        if ((await handle.stat()).size === 0)
            await handle.write(`${RAPL_HEADER}\n`);
        const sample = async () => {
            const lines = [];
            for (const zone of options.zones) {
                const value = await readCounter(zone.energyFile);
                // Read per zone: the time of its own reading, not of the sample's start.
                const stamp = new Date(now()).toISOString();
                if (typeof value === 'string') {
                    if (!failed.has(zone.id)) {
                        failed.add(zone.id);
                        options.onProblem?.({ zone: zone.id, domain: zone.domain, reason: value });
                    }
                    continue;
                }
                const max = zone.maxEnergyRangeUj === undefined ? '' : String(zone.maxEnergyRangeUj);
                lines.push(`${stamp},${csvCell(zone.domain)},${value},${max},${csvCell(zone.id)}\n`);
                readings++;
            }
            if (lines.length > 0)
                await handle.write(lines.join(''));
        };
        await sample();
        while (!options.signal.aborted) {
            try {
                await (0,external_node_timers_promises_.setTimeout)(options.intervalMs, undefined, { signal: options.signal });
            }
            catch {
                // Aborted: the last reading below.
            }
            await sample();
        }
    }
    finally {
        await handle.close();
    }
    return { readings, failedZones: [...failed] };
}

// EXTERNAL MODULE: ./src/core/traces/index.ts + 2 modules
var traces = __webpack_require__(1399);
// EXTERNAL MODULE: ./src/io/trace-reader.ts + 4 modules
var trace_reader = __webpack_require__(3657);
;// CONCATENATED MODULE: ./src/io/record/summary.ts
/**
 * What a recording measured, read back through the same trace pipeline `carbon-gate check` uses
 * (measureTraces over a confined TraceReader), logger by logger: the energy, and the coverage of
 * each logger against the command's wall time. Coverage is per logger because the pipeline counts
 * time during which *any* device was measured: a GPU logger that died halfway beside a CPU sampler
 * that did not would otherwise still show 100%.
 */



/**
 * Measures each logger's files in `outDir` against the wall time `wallTimeS`. Loggers without
 * files are left out. Never throws: a log that cannot be read is an error message in its logger.
 */
async function summarizeRecording(outDir, loggers, wallTimeS) {
    const reader = (0,trace_reader/* createTraceReader */.X)(outDir);
    const results = [];
    for (const logger of loggers.filter((l) => l.files.length > 0)) {
        const m = await (0,traces/* measureTraces */.tw)(logger.files.map((f) => ({ path: f, open: () => reader.open(f) })), wallTimeS > 0 ? { wallTimeS } : {});
        results.push({
            label: logger.label,
            energyKWh: m.summary.itEnergyKWh,
            coverage: m.summary.coverage,
            measuredTimeS: m.summary.measuredTimeS,
            devices: m.summary.devices,
            errors: m.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)
        });
    }
    return { energyKWh: results.reduce((s, l) => s + l.energyKWh, 0), wallTimeS, loggers: results };
}
/**
 * The one line the record command ends with, e.g. `2.22 Wh measured (GPU 1.67 Wh, CPU 0.556 Wh)
 * over 40 s, coverage GPU 50%, CPU 100%`. Without any logger: says nothing was
 * measured.
 */
function recordingLine(summary) {
    const over = `over ${(0,format/* formatDuration */.a3)(summary.wallTimeS)}`;
    if (summary.loggers.length === 0)
        return `nothing measured ${over} (no logger ran)`;
    const parts = summary.loggers.map((l) => `${l.label} ${(0,format/* formatEnergy */.QE)(l.energyKWh)}`).join(', ');
    const coverage = summary.loggers.map((l) => `${l.label} ${(0,format/* formatPercent */.l9)(l.coverage)}`).join(', ');
    return `${(0,format/* formatEnergy */.QE)(summary.energyKWh)} measured (${parts}) ${over}, coverage ${coverage}`;
}

// EXTERNAL MODULE: ./src/core/excerpt.ts
var excerpt = __webpack_require__(7794);
;// CONCATENATED MODULE: ./src/core/record/interval.ts
/**
 * The sampling interval of a recording, as `carbon-gate record --interval` and the record step's
 * `interval` input take it: seconds (`1`, `0.5`) or a time with a unit (`500ms`, `2s`, `2 s`).
 */

/**
 * The shortest and longest sampling interval, ms: nvidia-smi's readings refresh about every
 * 100 ms, and samples an hour apart are no power trace.
 */
const INTERVAL_BOUNDS_MS = { min: 100, max: 3_600_000 };
const MS_PER_HOUR = 3_600_000;
/**
 * An interval in ms (rounded to a whole ms), or the problem in words (a sentence without its
 * final stop, for the caller to place) when `text` is not one or is outside
 * {@link INTERVAL_BOUNDS_MS}.
 */
function parseSamplingInterval(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(text.trim());
    const expected = `expected seconds (1, 0.5) or a time with a unit (500ms, 2s) from ${INTERVAL_BOUNDS_MS.min} ms to ${INTERVAL_BOUNDS_MS.max / MS_PER_HOUR} h`;
    if (!m)
        return { problem: `"${(0,excerpt/* excerpt */.Kb)(text)}" is not a time; ${expected}` };
    const ms = Number(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000);
    if (!Number.isFinite(ms) || ms < INTERVAL_BOUNDS_MS.min || ms > INTERVAL_BOUNDS_MS.max)
        return { problem: `"${(0,excerpt/* excerpt */.Kb)(text)}" is out of range; ${expected}` };
    return Math.round(ms);
}

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/io/validate.ts
var validate = __webpack_require__(5528);
;// CONCATENATED MODULE: ./src/cli/record-args.ts
/**
 * The command line of `carbon-gate record [options] -- <command> [args...]`. Options come first;
 * the command starts after `--` or at the first argument that is not an option, and everything from
 * there on is the command's own (its `--help` is not ours). Every mistake is listed at once.
 */



/** Defaults: one sample a second (nvidia-smi's `power.draw.average` is a one-second average), into `carbon/`. */
const RECORD_DEFAULTS = { intervalMs: 1000, out: 'carbon/' };
/** The longest `--name`, and the default name cut from the command line. */
const MAX_NAME_CHARS = 200;
const DEFAULT_NAME_CHARS = 80;
const VALUE_FLAGS = ['interval', 'out', 'name', 'location'];
const SWITCHES = ['no-gpu', 'no-cpu', 'help'];
/** Parses the arguments after `record`. */
function parseRecordArgs(argv) {
    const errors = [];
    const values = {};
    const switches = new Set();
    let command = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            command = argv.slice(i + 1);
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            command = argv.slice(i);
            break;
        }
        if (arg === '-h') {
            switches.add('help');
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq < 0 ? undefined : eq);
        if (!arg.startsWith('--') || ![...VALUE_FLAGS, ...SWITCHES].includes(name)) {
            const known = [...VALUE_FLAGS, ...SWITCHES].map((f) => `--${f}`);
            errors.push(`Unknown option '${arg.slice(0, eq < 0 ? undefined : eq)}' for 'carbon-gate record'; put the command after '--'.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(arg.replace(/^-+/, '').split('=')[0], known.map((k) => k.slice(2)), 1).map((k) => `--${k}`))}`);
            continue;
        }
        if (SWITCHES.includes(name)) {
            if (eq >= 0)
                errors.push(`Option '--${name}' takes no value.`);
            else
                switches.add(name);
            continue;
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && argv[i + 1] !== '--')
            value = argv[++i];
        if (value === undefined || value.trim() === '') {
            errors.push(`Option '--${name}' needs a value.`);
            continue;
        }
        values[name] = value;
    }
    if (switches.has('help'))
        return { kind: 'help' };
    let intervalMs = RECORD_DEFAULTS.intervalMs;
    if (values.interval !== undefined) {
        const parsed = parseSamplingInterval(values.interval);
        if (typeof parsed === 'number')
            intervalMs = parsed;
        else
            errors.push(`Option '--interval': ${parsed.problem}.`);
    }
    for (const p of (0,validate/* checkOptionValues */.AT)({ location: values.location }))
        errors.push((0,validate/* optionProblemText */.KC)(p, 'cli'));
    if (values.name !== undefined && values.name.length > MAX_NAME_CHARS)
        errors.push(`Option '--name' is longer than ${MAX_NAME_CHARS} characters.`);
    if (command.length === 0 || command[0] === '')
        errors.push("Missing the command to record: 'carbon-gate record [options] -- <command> [args...]'.");
    if (errors.length > 0)
        return { kind: 'usage-error', errors };
    return {
        kind: 'record',
        options: {
            intervalMs,
            out: values.out ?? RECORD_DEFAULTS.out,
            name: values.name ?? defaultName(command),
            ...(values.location !== undefined ? { location: values.location.trim() } : {}),
            gpu: !switches.has('no-gpu'),
            cpu: !switches.has('no-cpu'),
            command
        }
    };
}
/** The command line as a run name: `python train.py --lr 3e-4`, cut to 80 characters. */
function defaultName(command) {
    const text = command.join(' ');
    return text.length <= DEFAULT_NAME_CHARS ? text : `${text.slice(0, DEFAULT_NAME_CHARS - 3)}...`;
}

;// CONCATENATED MODULE: ./src/cli/record.ts
/**
 * `carbon-gate record [options] -- <command> [args...]`: runs a training command while GPU power
 * (nvidia-smi) and CPU/DRAM energy (RAPL) are logged into `--out`, then writes the manifest that
 * names the logs, and ends with one line: energy measured, duration, coverage. The recorders are
 * src/io/record/; this is the adapter that runs the child and holds the loggers' lifetimes.
 *
 * The child inherits stdin, stdout and stderr; everything carbon-gate says goes to stderr, so the
 * command's stdout stays its own. Its exit code is passed through (death by a signal: 128 + the
 * signal's number, as a shell reports it); SIGINT, SIGTERM and SIGHUP are forwarded to it; the
 * loggers are stopped on every way out, the command failing to start included (127 when it is not
 * found, 126 when it cannot be executed).
 */












/** Where RAPL zones are looked for instead of /sys/class/powercap (tests; a container's mount). */
const POWERCAP_ROOT_ENV = 'CARBON_GATE_POWERCAP_ROOT';
/** Signals forwarded to the command. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Exit codes of our own: usage or an output folder that cannot be made; a shell's 126 and 127. */
const EXIT = { usage: 2, cannotExecute: 126, notFound: 127 };
/** The record help, ending with a newline. */
function recordHelpText() {
    return `Usage: carbon-gate record [options] -- <command> [args...]

Runs <command> while GPU power (nvidia-smi) and CPU/DRAM energy (RAPL) are logged, then writes the
logs and a manifest (carbon-manifest.yml) naming them into --out, for 'carbon-gate check'. The
command keeps its stdin, stdout and exit code; carbon-gate writes to stderr only.

Options:
  --interval TIME     Sampling interval: 1s, 500ms, or a number of seconds, from 100 ms to 1 h.
                      Default: 1s.
  --out DIR           Output folder. Default: carbon/. An existing manifest there is updated.
  --name NAME         The run's name in the manifest. Default: the command line.
  --location LOC      Where the energy is drawn (DE, US-CAL-CISO, gcp:europe-west4, ...); without
                      it, the manifest holds a comment asking for one.
  --no-gpu            Do not run nvidia-smi.
  --no-cpu            Do not read RAPL counters.

Environment: CARBON_GATE_POWERCAP_ROOT reads RAPL zones from another folder than
/sys/class/powercap (a container's mount of the host's).

Exit code: the command's own; 128 + N when signal N ended it; 126 when it cannot be executed,
127 when it is not found; 2 for a usage error or an output folder that cannot be made.
`;
}
/** Runs `carbon-gate record` with the arguments after `record`; returns the exit code. */
async function recordCommand(argv, io, out) {
    const parsed = parseRecordArgs(argv);
    if (parsed.kind === 'help') {
        out.stdout(recordHelpText());
        return 0;
    }
    if (parsed.kind === 'usage-error') {
        for (const e of parsed.errors)
            out.line(`carbon-gate: ${e}`);
        out.line("Run 'carbon-gate record --help' for usage.");
        return EXIT.usage;
    }
    return record(parsed.options, io, out);
}
async function record(options, io, out) {
    const say = (text) => out.line(`carbon-gate: ${text}`);
    const outDir = external_node_path_default().resolve(io.cwd, options.out);
    try {
        await (0,promises_.mkdir)(outDir, { recursive: true });
    }
    catch (err) {
        say(`cannot create the output folder ${options.out}: ${err.code ?? String(err)}`);
        return EXIT.usage;
    }
    const stamp = await freeStamp(outDir, new Date());
    const loggers = {};
    let commandRan = false;
    // Signals are ours from here on (nvidia-smi runs in its own process group, so a Ctrl-C must not
    // end carbon-gate and leave it running): forwarded to the command once it runs; before that,
    // they cancel the recording.
    const signals = {};
    const unsubscribe = io.onSignals?.(FORWARDED, (signal) => {
        const child = signals.child;
        if (child === undefined)
            signals.received ??= signal;
        else if (child.exitCode === null && child.signalCode === null)
            child.kill(signal);
    });
    try {
        if (options.gpu)
            loggers.gpu = await startGpu(options, io, outDir, stamp, say);
        if (options.cpu)
            loggers.cpu = await startCpu(options, io, outDir, stamp, say);
        const what = [
            loggers.gpu ? 'GPU power (nvidia-smi)' : undefined,
            loggers.cpu ? `CPU energy (RAPL, ${loggers.cpu.zones} zone(s))` : undefined
        ].filter((w) => w !== undefined);
        say(what.length > 0
            ? `recording ${what.join(' and ')} every ${(0,format/* formatDuration */.a3)(options.intervalMs / 1000)} into ${options.out}`
            : 'nothing can be recorded here; running the command anyway');
        await firstSamples(outDir, loggers, signals);
        if (signals.received !== undefined) {
            say(`${signals.received} before the command started: it was not run`);
            return signalExit(signals.received);
        }
        const startedMs = external_node_perf_hooks_.performance.now();
        const result = await runCommand(options.command, io, outDir, say, loggers, signals);
        commandRan = result.ran;
        const wallTimeS = (external_node_perf_hooks_.performance.now() - startedMs) / 1000;
        await stopLoggers(loggers);
        if (result.ran)
            await finish(options, outDir, loggers, wallTimeS, say);
        else
            await removeLogs(outDir, loggers);
        return result.code;
    }
    finally {
        // Every way out, a thrown error included: no logger is left running.
        await stopLoggers(loggers);
        if (!commandRan)
            await removeLogs(outDir, loggers);
        unsubscribe?.();
    }
}
/** A shell's exit code for death by `signal`: 128 + its number. */
function signalExit(signal) {
    return 128 + (external_node_os_.constants.signals[signal] ?? 0);
}
/** How long the command waits for the loggers' first samples (nvidia-smi takes a second or more to load NVML on a large node). */
const FIRST_SAMPLE_WAIT_MS = 15_000;
/**
 * Waits until each logger's file holds a first sample (or the logger has died, or
 * {@link FIRST_SAMPLE_WAIT_MS} passed), so the command's start is measured rather than lost to
 * nvidia-smi's start-up.
 */
async function firstSamples(outDir, loggers, signals) {
    const deadline = external_node_perf_hooks_.performance.now() + FIRST_SAMPLE_WAIT_MS;
    const hasRow = async (file) => {
        const text = await (0,promises_.readFile)(external_node_path_default().join(outDir, file), 'utf8').catch(() => '');
        // A header line and at least one complete row after it.
        return text.split('\n').length > 2;
    };
    for (;;) {
        const gpuReady = !loggers.gpu || loggers.gpu.logger.hasExited() || (await hasRow(loggers.gpu.file));
        const cpuReady = !loggers.cpu || loggers.cpu.state.ended || (await hasRow(loggers.cpu.file));
        if ((gpuReady && cpuReady) || signals.received !== undefined || external_node_perf_hooks_.performance.now() > deadline)
            return;
        await (0,external_node_timers_promises_.setTimeout)(20);
    }
}
/** `20261202T174236Z`, or with `-2`, `-3`, ... when a log of that second is already there. */
async function freeStamp(outDir, now) {
    const base = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    for (let i = 1;; i++) {
        const stamp = i === 1 ? base : `${base}-${i}`;
        const taken = await Promise.all([`gpu-${stamp}.csv`, `cpu-rapl-${stamp}.csv`].map((f) => (0,promises_.stat)(external_node_path_default().join(outDir, f)).then(() => true, () => false)));
        if (!taken.includes(true))
            return stamp;
    }
}
/** Starts nvidia-smi, or says once why GPU power is not recorded. */
async function startGpu(options, io, outDir, stamp, say) {
    const exe = await findOnPath('nvidia-smi', io.env);
    if (exe === undefined) {
        say('no nvidia-smi on PATH: GPU power is not recorded (--no-gpu silences this)');
        return undefined;
    }
    const probe = await probePowerFields(exe, io.env);
    if (!probe.ok) {
        say(`GPU power is not recorded: ${probe.problem}`);
        return undefined;
    }
    const file = `gpu-${stamp}.csv`;
    try {
        const logger = await startNvidiaSmi({
            executable: exe,
            args: nvidiaSmiArgs(options.intervalMs, probe.hasAverage),
            file: external_node_path_default().join(outDir, file),
            env: io.env,
            ownGroup: true
        });
        const field = probe.hasAverage ? 'power.draw.average' : 'power.draw (this driver has no power.draw.average)';
        return {
            logger,
            file,
            source: `nvidia-smi --query-gpu ${field}, every ${(0,format/* formatDuration */.a3)(options.intervalMs / 1000)}`
        };
    }
    catch (err) {
        say(`GPU power is not recorded: nvidia-smi did not start (${err.code ?? String(err)})`);
        return undefined;
    }
}
/** Starts the RAPL sampler, or says once why CPU energy is not recorded. */
async function startCpu(options, io, outDir, stamp, say) {
    const root = io.env[POWERCAP_ROOT_ENV] || DEFAULT_POWERCAP_ROOT;
    const found = await discoverRaplZones(root);
    if (found.zones.length === 0) {
        const why = found.unreadable.length > 0
            ? `its energy_uj cannot be read (${found.unreadable[0].id}: ${found.unreadable[0].reason}; since Linux 5.10 it is readable by root only on most systems)`
            : 'there is none (no RAPL on this machine, or /sys not mounted)';
        say(`no readable RAPL counters under ${root}: ${why}; CPU energy is not recorded (--no-cpu silences this)`);
        return undefined;
    }
    const file = `cpu-rapl-${stamp}.csv`;
    const stop = new AbortController();
    const state = { ended: false };
    const done = sampleRapl({
        zones: found.zones,
        file: external_node_path_default().join(outDir, file),
        intervalMs: options.intervalMs,
        signal: stop.signal,
        onProblem: (p) => say(`RAPL zone ${p.zone} (${p.domain}) could not be read any more (${p.reason}); its energy from then on is not measured`)
    }).then((sampling) => {
        state.ended = true;
        return sampling;
    }, 
    // Its file could not be written: said once here, so the rejection is never left unhandled.
    (err) => {
        state.ended = true;
        say(`the CPU sampler stopped: cannot write ${file} (${err.code ?? err.message}); CPU energy is not measured`);
        return { readings: 0, failedZones: [] };
    });
    return {
        done,
        state,
        stop,
        file,
        zones: found.zones.length,
        source: `powercap energy counters (${found.zones.map((z) => z.domain).join(', ')}), every ${(0,format/* formatDuration */.a3)(options.intervalMs / 1000)}`
    };
}
/**
 * Runs the command with inherited stdio (signals reach it through `signals.child`); says when the GPU logger dies
 * before it. `ran` is false when it could not be started.
 */
async function runCommand(command, io, outDir, say, loggers, signals) {
    let child;
    try {
        child = (0,external_node_child_process_.spawn)(command[0], command.slice(1), { stdio: 'inherit', cwd: io.cwd, env: record_definedEnv(io.env) });
        await new Promise((resolve, reject) => {
            child.once('spawn', resolve);
            child.once('error', reject);
        });
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT') {
            say(`cannot run '${command[0]}': command not found`);
            return { code: EXIT.notFound, ran: false };
        }
        say(`cannot run '${command[0]}': ${code === 'EACCES' ? 'permission denied' : (code ?? String(err))}`);
        return { code: EXIT.cannotExecute, ran: false };
    }
    const startedMs = external_node_perf_hooks_.performance.now();
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    let commandDone = false;
    const gpu = loggers.gpu;
    const diedBefore = gpu?.logger.hasExited() === true;
    void gpu?.logger.exited.then(async (exit) => {
        if (commandDone)
            return;
        const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
        // nvidia-smi prints some failures ("No devices were found") to standard output: the log.
        const why = record_firstLine(exit.stderr) ?? (await firstNonHeaderLine(external_node_path_default().join(outDir, gpu.file)));
        const when = diedBefore
            ? 'before the command started'
            : `${(0,format/* formatDuration */.a3)((external_node_perf_hooks_.performance.now() - startedMs) / 1000)} into the command`;
        say(`the GPU logger (nvidia-smi) stopped ${when}, with ${how}${why ? `: ${why.slice(0, 200)}` : ''}; GPU power after that is not measured`);
    });
    signals.child = child;
    const { code, signal } = await exited;
    commandDone = true;
    return { code: signal !== null ? signalExit(signal) : (code ?? 0), ran: true };
}
/** The first non-blank line of a text, trimmed; undefined when there is none. */
function record_firstLine(text) {
    return text
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim();
}
/** The log's first line when it is not the CSV header (an error nvidia-smi wrote there instead). */
async function firstNonHeaderLine(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    const line = record_firstLine(text.slice(0, 4096));
    return line === undefined || line.startsWith('timestamp') ? undefined : line;
}
/** Stops every logger that runs; safe to call twice. */
async function stopLoggers(loggers) {
    loggers.cpu?.stop.abort();
    await Promise.all([loggers.gpu?.logger.stop(), loggers.cpu?.done]);
}
/** Removes the logs of a recording whose command never ran: they measure nothing of it. */
async function removeLogs(outDir, loggers) {
    // Only the files this recording created (their names were free when it started).
    for (const file of [loggers.gpu?.file, loggers.cpu?.file])
        if (file !== undefined)
            await (0,promises_.rm)(external_node_path_default().join(outDir, file), { force: true }).catch(() => undefined);
}
/**
 * After the command: measures each log, keeps those with samples in the manifest (an empty one is
 * removed and said), writes the manifest, and prints the one-line summary.
 */
async function finish(options, outDir, loggers, wallTimeS, say) {
    const files = [];
    if (loggers.gpu)
        files.push({
            label: 'GPU',
            files: [loggers.gpu.file],
            trace: { file: loggers.gpu.file, format: 'nvidia-smi-csv', source: loggers.gpu.source }
        });
    if (loggers.cpu)
        files.push({
            label: 'CPU',
            files: [loggers.cpu.file],
            trace: { file: loggers.cpu.file, format: 'rapl', source: loggers.cpu.source }
        });
    const summary = await summarizeRecording(outDir, files, wallTimeS);
    const kept = [];
    for (const [i, logger] of summary.loggers.entries()) {
        const f = files[i];
        if (logger.devices > 0 && logger.errors.length === 0) {
            kept.push(f.trace);
            continue;
        }
        say(`the ${f.label} log ${f.trace.file} holds no usable sample${logger.errors[0] ? ` (${logger.errors[0]})` : ''}; it is left out of the manifest`);
    }
    summary.loggers = summary.loggers.filter((l) => l.devices > 0 && l.errors.length === 0);
    summary.energyKWh = summary.loggers.reduce((s, l) => s + l.energyKWh, 0);
    let where = 'no manifest written (nothing was recorded)';
    if (kept.length > 0) {
        const gpuFile = loggers.gpu && kept.includes(files[0].trace) ? external_node_path_default().join(outDir, loggers.gpu.file) : undefined;
        const gpus = gpuFile ? await readGpuInventory(gpuFile) : undefined;
        const written = await writeRecordManifest(outDir, {
            name: options.name,
            ...(options.location !== undefined ? { location: options.location } : {}),
            durationS: wallTimeS,
            traces: kept,
            ...(gpus ? { gpus } : {}),
            recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
        });
        const shown = external_node_path_default().join(options.out, external_node_path_default().basename(written.file));
        if (written.ok)
            where = `${shown} ${written.created ? 'written' : `updated (run "${written.run}")`}`;
        else {
            where = `${shown} left as it was`;
            say(`cannot update ${shown}: ${written.problem}. Add the new logs to its traces: by hand: ${kept.map((t) => t.file).join(', ')}`);
        }
        if (written.ok && options.location === undefined)
            say(`no --location: set location: in ${shown}, or give one to 'carbon-gate check' (--location, or location: in the budget config)`);
    }
    say(`${recordingLine(summary)}; ${where}`);
}
/** `env` without its undefined entries, as spawn wants it. */
function record_definedEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}


/***/ })

};
