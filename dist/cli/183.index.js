export const id = 183;
export const ids = [183];
export const modules = {

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check),
  cliRequest: () => (/* binding */ cliRequest),
  modelCard: () => (/* binding */ modelCard)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/catalog/index.ts + 12 modules
var catalog = __webpack_require__(1506);
// EXTERNAL MODULE: ./src/core/config.ts
var core_config = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
;// CONCATENATED MODULE: ./src/core/estimate.ts
/**
 * IT energy of one training by component, kWh. Utilization scales rated powers (TDP, W/GB) to
 * what was drawn; a measured whole-machine `power:` is already a drawn average and is not scaled.
 */
function itEnergyByComponentKWh(power, utilization, durationS) {
    const hours = durationS / 3600;
    const kWh = (powerW, scale) => (powerW * scale * hours) / 1000;
    return {
        gpuKWh: kWh(power.gpuW, utilization),
        cpuKWh: kWh(power.cpuW, utilization),
        memoryKWh: kWh(power.memoryW, utilization),
        otherKWh: kWh(power.otherW, 1)
    };
}
/**
 * Scales one training's IT components to all repeats and adds the facility overhead
 * `IT x (PUE - 1) x repeats`, so that the five components sum to `IT x PUE x repeats`.
 */
function facilityComponents(it, pue, repeats) {
    const itKWh = it.gpuKWh + it.cpuKWh + it.memoryKWh + it.otherKWh;
    return {
        gpuKWh: it.gpuKWh * repeats,
        cpuKWh: it.cpuKWh * repeats,
        memoryKWh: it.memoryKWh * repeats,
        otherKWh: it.otherKWh * repeats,
        pueOverheadKWh: itKWh * (pue - 1) * repeats
    };
}
/** Emissions of an energy at an intensity: kWh x g/kWh / 1000 = kg. */
function emissionsKgOf(energyKWh, intensityGPerKWh) {
    return (energyKWh * intensityGPerKWh) / 1000;
}
/** IT power of the machine while training, W: the components after utilization. */
function itPowerW(power, utilization) {
    return (power.gpuW + power.cpuW + power.memoryW) * utilization + power.otherW;
}
/**
 * Estimates a run from its hardware's rated power, its duration, PUE and intensity.
 * The caller has checked that `spec.durationS` is set; a run without a duration has no estimate.
 */
function estimateRun(run, durationS) {
    const { spec } = run;
    const pue = run.pue.pue;
    const it = itEnergyByComponentKWh(run.power, spec.utilization, durationS);
    const itEnergyKWh = it.gpuKWh + it.cpuKWh + it.memoryKWh + it.otherKWh;
    const energyKWh = itEnergyKWh * pue * spec.repeats;
    return {
        manifest: spec.manifest,
        name: spec.name,
        position: spec.position,
        method: 'estimated',
        hardware: run.hardware,
        durationS,
        utilization: spec.utilization,
        repeats: spec.repeats,
        pue,
        intensityGPerKWh: run.intensity.intensityGPerKWh,
        itPowerW: itPowerW(run.power, spec.utilization),
        itEnergyKWh,
        energyKWh,
        emissionsKg: emissionsKgOf(energyKWh, run.intensity.intensityGPerKWh),
        components: facilityComponents(it, pue, spec.repeats),
        sources: { intensity: run.intensity, pue: run.pue, hardware: run.hardwareSpecs }
    };
}
/**
 * The part of a measurement's IT energy (one training, kWh) whose logs already include a PUE
 * (CodeCarbon `*_energy`): the detail's figure where the stage gives one, else all or nothing as
 * the summary says. It gets no PUE of the run's.
 */
function pueIncludedKWh(measurement, detail = {}) {
    const itKWh = measurement.itEnergyKWh;
    return Math.min(itKWh, detail.pueIncludedKWh ?? (measurement.pueIncluded ? itKWh : 0));
}
/**
 * A run whose IT energy was measured from its power logs. Measured beats estimated: the logs'
 * energy is used, and the manifest's estimate (where it describes hardware and a duration) is
 * kept beside it with the ratio. Energy whose logs already include a PUE (CodeCarbon
 * `*_energy`) gets no second PUE: where all of it does, the run's PUE is reported as 1 with that
 * reason; where only part does, the reported PUE is the effective one (facility / IT energy).
 */
function measuredRun(run, measurement, estimate, detail = {}) {
    const { spec } = run;
    const itKWh = measurement.itEnergyKWh;
    const includedKWh = pueIncludedKWh(measurement, detail);
    const applyKWh = itKWh - includedKWh;
    const facilityPerTrainingKWh = applyKWh * run.pue.pue + includedKWh;
    const formats = measurement.formats.join(', ') || 'trace';
    let pueValue = run.pue;
    if (itKWh > 0 && includedKWh >= itKWh) {
        pueValue = {
            pue: 1,
            source: { name: `already included in the logged energy (${formats}); not applied again`, licence: 'n/a' }
        };
    }
    else if (includedKWh > 0) {
        pueValue = {
            pue: facilityPerTrainingKWh / itKWh,
            source: {
                ...run.pue.source,
                name: `${run.pue.source.name}, applied only to the energy whose logs do not already include a PUE (effective value)`
            }
        };
    }
    const energyKWh = facilityPerTrainingKWh * spec.repeats;
    const emissionsKg = measurement.timeResolvedEmissionsKg !== undefined && itKWh > 0
        ? measurement.timeResolvedEmissionsKg * (facilityPerTrainingKWh / itKWh) * spec.repeats
        : emissionsKgOf(energyKWh, run.intensity.intensityGPerKWh);
    const split = detail.components;
    const splitKWh = split ? split.gpuKWh + split.cpuKWh + split.memoryKWh + split.otherKWh : 0;
    // A split that does not add up to the total (rounding aside) is not trusted: all goes to `other`.
    const it = split && Math.abs(splitKWh - itKWh) <= 1e-9 * Math.max(1, itKWh)
        ? split
        : { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: itKWh };
    const components = {
        gpuKWh: it.gpuKWh * spec.repeats,
        cpuKWh: it.cpuKWh * spec.repeats,
        memoryKWh: it.memoryKWh * spec.repeats,
        otherKWh: it.otherKWh * spec.repeats,
        pueOverheadKWh: applyKWh * (run.pue.pue - 1) * spec.repeats
    };
    const result = {
        manifest: spec.manifest,
        name: spec.name,
        position: spec.position,
        method: 'measured',
        hardware: run.hardware,
        durationS: measurement.wallTimeS,
        utilization: spec.utilization,
        repeats: spec.repeats,
        pue: pueValue.pue,
        // With a time-resolved series, the effective intensity is the energy-weighted mean.
        intensityGPerKWh: energyKWh > 0 ? (emissionsKg * 1000) / energyKWh : run.intensity.intensityGPerKWh,
        itEnergyKWh: itKWh,
        energyKWh,
        emissionsKg,
        components,
        sources: { intensity: run.intensity, pue: pueValue, hardware: run.hardwareSpecs },
        measurement
    };
    if (estimate && itKWh > 0) {
        result.estimate = {
            energyKWh: estimate.energyKWh,
            emissionsKg: estimate.emissionsKg,
            // Compared at the IT level (one training, before PUE), so that the ratio says how well the
            // rated powers describe what the hardware drew, whatever PUE each side carries.
            ratioEstimateToMeasured: estimate.itEnergyKWh / itKWh
        };
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/traces/formats/index.ts + 10 modules
var formats = __webpack_require__(4478);
// EXTERNAL MODULE: ./src/core/traces/timezone.ts
var timezone = __webpack_require__(2531);
;// CONCATENATED MODULE: ./src/core/manifest/keys.ts
/**
 * The keys manifest v1 allows, in one place: the parser checks against these lists (and suggests
 * the closest for a typo), and the schema test checks the JSON Schema names the same keys.
 */
/** Keys at the top of a manifest (plus any `x-*` key, kept free for YAML anchors). */
const TOP_KEYS = ['version', 'name', 'defaults', 'runs', '$schema'];
/** Keys of a run; `defaults` takes the same keys except `name`. */
const RUN_KEYS = [
    'name',
    'gpu',
    'cpu',
    'memory',
    'power',
    'utilization',
    'duration',
    'repeats',
    'location',
    'intensity',
    'pue',
    'traces',
    'trace',
    'intensity-series'
];
/** Keys a run may inherit from `defaults`. */
const DEFAULT_KEYS = RUN_KEYS.filter((key) => key !== 'name');
/** Keys of `gpu:`. */
const GPU_KEYS = ['model', 'watts', 'count'];
/** Keys of `cpu:`. */
const CPU_KEYS = ['model', 'watts', 'cores', 'count'];
/** Keys of `trace:` (options for reading the run's power logs). */
const TRACE_KEYS = ['format', 'columns', 'timezone', 'max-gap'];
/** Hints for keys people plausibly write that mean something else here. */
const RUN_KEY_HINTS = {
    hours: 'Write the time as `duration: 84 h`.',
    time: 'Write the time as `duration: 84 h`.',
    gpus: 'Write GPUs as `gpu: { model: A100-SXM4-40GB, count: 8 }`.',
    region: 'Write the place as `location: aws:us-east-1` (or a country, grid zone or preset).',
    country: 'Write the place as `location: DE` (or a grid zone, cloud region or preset).',
    ram: 'Write DRAM as `memory: 512 GB`.',
    tdp: 'Give rated power as `gpu: { watts: 400 W }`, or the measured machine draw as `power: 1515 W`.',
    trials: 'Write identical trainings as `repeats: 100`.',
    runs: '`runs` belongs at the top of the manifest, not inside a run.'
};

;// CONCATENATED MODULE: ./src/core/manifest/fields.ts
/**
 * Reads the fields of one run entry, or of `defaults`, into typed values with their positions.
 * Each top-level key is read on its own so that a run's key can replace the default's whole
 * (a run's `gpu` replaces the default `gpu`; the two are not merged field by field).
 */




/**
 * Reads every known key among `entries` (names already checked) except `name`. Errors are
 * recorded in the reader; a key with an error is kept with `valid: false` so that later checks
 * (needs a duration, needs a power source) do not pile on.
 */
function readFields(reader, entries) {
    const fields = new Map();
    for (const entry of entries) {
        if (entry.key === 'name')
            continue;
        const before = reader.errorCount;
        const positions = { [entry.key]: entry.valuePos };
        const value = readField(reader, entry, positions);
        const valid = reader.errorCount === before && value !== undefined;
        fields.set(entry.key, value === undefined ? { valid, positions } : { value, valid, positions });
    }
    return fields;
}
/** Reads one key's value; positions of nested values are added to `positions`. */
function readField(reader, entry, positions) {
    switch (entry.key) {
        case 'gpu':
            return readDevice(reader, entry, 'gpu', positions);
        case 'cpu':
            return readDevice(reader, entry, 'cpu', positions);
        case 'memory':
            return reader.quantity(entry, 'memory');
        case 'power':
            return reader.quantity(entry, 'power');
        case 'utilization':
            return reader.fraction(entry, 'no power drawn');
        case 'duration': {
            const durationS = reader.quantity(entry, 'duration');
            if (durationS === 0) {
                reader.report('error', 'out-of-range', `\`${entry.path}\`: expected a duration above zero, got ${reader.describe(entry.value)}.`, entry.valuePos);
                return undefined;
            }
            return durationS;
        }
        case 'repeats':
            return reader.positiveInteger(entry, '4789');
        case 'location':
            return reader.string(entry, 'a location such as "DE", "US-CAL-CISO", "aws:us-east-1" or "strubell-2019"');
        case 'intensity':
            return reader.quantity(entry, 'intensity');
        case 'pue':
            return reader.number(entry, 'a PUE of at least 1, such as 1.1 (facility energy / IT energy)', (n) => n >= 1);
        case 'traces':
            return readTraces(reader, entry, positions);
        case 'trace':
            return readTraceOptions(reader, entry, positions);
        case 'intensity-series':
            return reader.string(entry, 'the path of an hourly intensity CSV, relative to the manifest, such as "data/grid-2024-06.csv"');
        default:
            return undefined;
    }
}
/** `gpu: { model | watts, count }` or `cpu: { model | watts | cores, count }`. */
function readDevice(reader, entry, kind, positions) {
    const example = kind === 'gpu' ? '{ model: A100-SXM4-40GB, count: 8 }' : '{ model: AMD EPYC 7742, count: 2 }';
    const map = reader.map(entry, example);
    if (!map)
        return undefined;
    const allowed = kind === 'gpu' ? GPU_KEYS : CPU_KEYS;
    const entries = reader.checkKeys(reader.entries(map, entry.path), allowed, `\`${entry.path}\``, {
        tdp: `Give the rated power as \`watts: 400 W\`.`,
        power: `Give the rated power of one device as \`watts: 400 W\`.`,
        name: 'Give the catalogue name as `model:`.'
    });
    const device = { count: 1 };
    let ok = true;
    for (const field of entries) {
        positions[field.path] = field.valuePos;
        let value;
        if (field.key === 'model')
            value = device.model = reader.string(field, `a ${kind.toUpperCase()} model name such as ${kind === 'gpu' ? '"A100-SXM4-40GB"' : '"AMD EPYC 7742"'}`);
        else if (field.key === 'watts')
            value = device.watts = readWatts(reader, field);
        else if (field.key === 'cores')
            value = device.cores = reader.positiveInteger(field, '64');
        else if (field.key === 'count') {
            value = reader.positiveInteger(field, kind === 'gpu' ? '8' : '2');
            if (value !== undefined)
                device.count = value;
        }
        if (value === undefined)
            ok = false;
    }
    const given = new Set(entries.map((e) => e.key));
    const sources = kind === 'gpu' ? ['model', 'watts'] : ['model', 'watts', 'cores'];
    if (!sources.some((key) => given.has(key))) {
        const need = kind === 'gpu'
            ? '`model` (from the catalogue) or `watts` (rated power of one GPU)'
            : '`model` (from the catalogue), `watts` (rated power of one CPU) or `cores` (with the per-core default)';
        reader.report('error', 'missing-field', `\`${entry.path}\` needs ${need}.`, entry.valuePos);
        return undefined;
    }
    if (device.model === undefined)
        delete device.model;
    if (device.watts === undefined)
        delete device.watts;
    if (device.cores === undefined)
        delete device.cores;
    return ok ? device : undefined;
}
/**
 * `watts:` takes a power with a unit ("400 W"); a bare number is also read as watts, because the
 * key itself names the unit (units in names), so nothing is guessed.
 */
function readWatts(reader, entry) {
    const value = reader.scalar(entry.value);
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return value;
    return reader.quantity(entry, 'power');
}
/** `traces: "logs/*.csv"` or `traces: [a, b]`: globs relative to the manifest's folder. */
function readTraces(reader, entry, positions) {
    const what = 'a file name or glob such as "logs/power-*.csv"';
    if (!(0,dist/* isSeq */.oP)(entry.value)) {
        const single = reader.string(entry, `${what}, or a list of them`);
        return single === undefined ? undefined : [single];
    }
    return readStringItems(reader, entry.path, entry.value.items, positions, what);
}
/**
 * The items of the YAML list at `listPath`, each of which must be a string; each item's position
 * is recorded under `<listPath>.<index>`. Every bad item is reported (not only the first); undefined if any was bad.
 */
function readStringItems(reader, listPath, items, positions, what) {
    const strings = [];
    let ok = true;
    items.forEach((item, index) => {
        const node = reader.resolve(item);
        const path = `${listPath}.${index}`;
        const at = reader.pos(node ?? item);
        positions[path] = at;
        const text = reader.stringAt(node, path, at, what);
        if (text === undefined)
            ok = false;
        else
            strings.push(text);
    });
    return ok ? strings : undefined;
}
/** `trace: { format, columns, timezone, max-gap }`. */
function readTraceOptions(reader, entry, positions) {
    const map = reader.map(entry, '{ format: nvidia-smi-csv, timezone: Europe/Berlin, max-gap: 30 s }');
    if (!map)
        return undefined;
    const entries = reader.checkKeys(reader.entries(map, entry.path), TRACE_KEYS, `\`${entry.path}\``, {
        tz: 'Write `timezone:`.',
        maxGap: 'Write `max-gap:`.',
        max_gap: 'Write `max-gap:`.'
    });
    const options = {};
    let ok = true;
    for (const field of entries) {
        positions[field.path] = field.valuePos;
        if (field.key === 'format') {
            const format = reader.string(field, 'a trace format id such as "nvidia-smi-csv" or "codecarbon"');
            // Checked here, at the `format:` line, so that a typo is one error naming the closest ids,
            // not a run that cannot be measured and is estimated instead, with warnings at `traces`.
            const known = format === undefined ? undefined : (0,formats/* formatById */.aZ)(format);
            if (known === undefined)
                ok = false;
            else if ('error' in known) {
                ok = false;
                reader.report('error', 'bad-value', `\`${field.path}\`: ${known.error.charAt(0).toLowerCase()}${known.error.slice(1)}`, field.valuePos);
            }
            else
                options.format = format;
        }
        else if (field.key === 'timezone') {
            const zone = reader.string(field, 'an IANA time zone such as "Europe/Berlin", or an offset such as "+01:00"');
            // The trace and intensity readers resolve the zone with resolveZone; checking with it here
            // means the manifest accepts exactly the zones they can use ("UTC+2", "+5"), and no others.
            const resolved = zone === undefined ? undefined : (0,timezone/* resolveZone */.VY)(zone);
            if (resolved === undefined)
                ok = false;
            else if ('error' in resolved) {
                ok = false;
                reader.report('error', 'bad-value', `\`${field.path}\`: ${resolved.error}`, field.valuePos);
            }
            else
                options.timezone = zone;
        }
        else if (field.key === 'max-gap') {
            const gapS = reader.quantity(field, 'duration');
            if (gapS === undefined)
                ok = false;
            else if (gapS === 0) {
                ok = false;
                reader.report('error', 'out-of-range', `\`${field.path}\`: expected a duration above zero, such as "30 s", got ${reader.describe(field.value)}.`, field.valuePos);
            }
            else
                options.maxGapS = gapS;
        }
        else if (field.key === 'columns') {
            const columns = readColumns(reader, field, positions);
            if (columns === undefined)
                ok = false;
            else
                options.columns = columns;
        }
    }
    return ok ? options : undefined;
}
/** `columns: [timestamp, index, power.draw]` or `columns: { power: "Power (W)" }`. */
function readColumns(reader, entry, positions) {
    const what = 'a column name';
    if ((0,dist/* isSeq */.oP)(entry.value))
        return readStringItems(reader, entry.path, entry.value.items, positions, what);
    const map = reader.map(entry, '[timestamp, index, power.draw] or { power: "Power (W)" }');
    if (!map)
        return undefined;
    // No prototype: every key written (`__proto__` included) is an own entry, checked as a role later.
    const out = Object.create(null);
    let ok = true;
    for (const field of reader.entries(map, entry.path)) {
        positions[field.path] = field.valuePos;
        const header = reader.string(field, "the log's column header");
        if (header === undefined)
            ok = false;
        else
            out[field.key] = header;
    }
    return ok ? out : undefined;
}

// EXTERNAL MODULE: ./src/core/manifest/yaml-reader.ts
var yaml_reader = __webpack_require__(9848);
// EXTERNAL MODULE: ./src/core/manifest/yaml-source.ts + 1 modules
var yaml_source = __webpack_require__(3696);
;// CONCATENATED MODULE: ./src/core/manifest/index.ts
/**
 * Manifest v1: what was or will be trained (hardware, time, place, repeats), read from YAML or
 * JSON (JSON is parsed by the YAML parser too, so every value keeps its line and column).
 *
 * The parser reports every problem in one pass and returns the runs that are fully valid; a run
 * with any error (its own, or one inherited from `defaults`) is left out, and the diagnostics say
 * why. Callers treat `hasErrors(diagnostics)` as invalid input. Nothing is looked up here: model
 * names and locations are kept as written, with their positions, for the resolve stage.
 */









/** Every diagnostic code the manifest parser emits (each documented in docs/diagnostics/manifest.md). */
const MANIFEST_CODES = (/* unused pure expression or super */ null && ([
    'manifest/too-large',
    'manifest/too-deep',
    'manifest/yaml-syntax',
    'manifest/yaml-warning',
    'manifest/too-many-aliases',
    'manifest/empty',
    'manifest/bad-type',
    'manifest/bad-version',
    'manifest/missing-field',
    'manifest/unknown-key',
    'manifest/duplicate-key',
    'manifest/no-runs',
    'manifest/duplicate-run',
    'manifest/bad-unit',
    'manifest/out-of-range',
    'manifest/bad-value',
    'manifest/no-duration',
    'manifest/no-power-source',
    'manifest/power-overrides-hardware'
]));
/**
 * Parses and validates a manifest. `file` is the path as the adapter names it (it appears in
 * every diagnostic); `maxBytes` (default 1 MiB) refuses larger texts before parsing.
 */
function parseManifest(file, text, options = {}) {
    const loaded = (0,yaml_source/* loadYaml */.yv)(file, text, { maxBytes: options.maxBytes, prefix: 'manifest', what: 'manifest' });
    if (!loaded.source)
        return { diagnostics: loaded.diagnostics };
    const reader = new yaml_reader/* YamlReader */.n(file, loaded.source, 'manifest');
    const manifest = readManifest(reader);
    return { manifest, diagnostics: finish([...loaded.diagnostics, ...reader.diagnostics]) };
}
/** Sorted, with repeats removed (a bad value under a shared anchor is reported once). */
function finish(diagnostics) {
    const seen = new Set();
    const unique = diagnostics.filter((d) => {
        const key = `${d.code}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return (0,core_diagnostics/* sortDiagnostics */.Ds)(unique);
}
/**
 * The smallest manifest, on one line (YAML flow style): a diagnostic is one line on every surface,
 * and a line break in one is escaped as coming from the input.
 */
const EXAMPLE = '{ version: 1, runs: [{ name: my-run, gpu: { model: A100-SXM4-40GB, count: 8 }, duration: 84 h }] }';
function readManifest(reader) {
    const root = reader.root();
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
        reader.report('error', 'empty', `The manifest is empty; expected at least: ${EXAMPLE}`, reader.pos(null));
        return undefined;
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        reader.report('error', 'bad-type', `A manifest is a mapping with \`version\` and \`runs\`, got ${reader.describe(root)}.`, reader.pos(root));
        return undefined;
    }
    const rootPos = reader.pos(root);
    const all = reader.entries(root, '').filter((e) => !e.key.startsWith('x-'));
    const hints = {};
    for (const key of RUN_KEYS)
        hints[key] = `\`${key}\` belongs in a run (under \`runs:\`) or in \`defaults:\`.`;
    const top = new Map(reader.checkKeys(all, TOP_KEYS, 'the manifest', hints).map((e) => [e.key, e]));
    const versionOk = readVersion(reader, top.get('version'), rootPos);
    const nameEntry = top.get('name');
    const name = nameEntry ? reader.string(nameEntry, 'a name for the manifest, such as "sentiment-model"') : undefined;
    const schemaEntry = top.get('$schema');
    if (schemaEntry)
        reader.string(schemaEntry, 'the URL or path of the JSON Schema');
    const defaults = readDefaults(reader, top.get('defaults'));
    checkDefaults(reader, defaults);
    const rejectedRuns = [];
    const runs = readRuns(reader, top.get('runs'), rootPos, defaults, rejectedRuns);
    if (!versionOk)
        return undefined;
    const manifest = { file: reader.file, version: 1, runs };
    if (name !== undefined)
        manifest.name = name;
    if (rejectedRuns.length > 0)
        manifest.rejectedRuns = rejectedRuns;
    return manifest;
}
/** `version` must be the number 1; a missing version is an error so that v2 can be told apart. */
function readVersion(reader, entry, rootPos) {
    if (!entry) {
        reader.report('error', 'missing-field', 'The manifest needs `version: 1` (the manifest format version) at the top.', rootPos);
        return false;
    }
    if (reader.scalar(entry.value) === 1)
        return true;
    reader.report('error', 'bad-version', `\`version\`: expected 1 (this carbon-gate reads manifest version 1), got ${reader.describe(entry.value)}.`, entry.valuePos);
    return false;
}
/** Reads `defaults:`; positions are keyed without the `defaults.` prefix, as runs inherit them. */
function readDefaults(reader, entry) {
    if (!entry)
        return new Map();
    const map = reader.map(entry, '{ location: gcp:europe-west4, pue: 1.1 }');
    if (!map)
        return new Map();
    const entries = reader.checkKeys(reader.entries(map, 'defaults'), DEFAULT_KEYS, '`defaults`', {
        name: 'Every run names itself; `name` cannot be a default.'
    });
    const fields = readFields(reader, entries);
    for (const field of fields.values()) {
        field.positions = Object.fromEntries(Object.entries(field.positions).map(([path, at]) => [path.replace(/^defaults\./, ''), at]));
    }
    return fields;
}
/** `power` with hardware in `defaults` itself: one warning at the default, not one per run. */
function checkDefaults(reader, defaults) {
    const power = defaults.get('power');
    const hardware = ['gpu', 'cpu', 'memory'].filter((key) => defaults.has(key));
    if (!power?.valid || hardware.length === 0)
        return;
    const watts = ` (${(0,format/* formatPower */.d5)(power.value)})`;
    reader.report('warning', 'power-overrides-hardware', `\`defaults\`: \`power\`${watts}, the measured whole-machine draw, replaces ${hardware.map((k) => `\`${k}\``).join(', ')} in the estimate of every run that inherits both; remove one of them to silence this.`, power.positions.power);
}
/** Reads `runs:`, returning the runs without errors. */
function readRuns(reader, entry, rootPos, defaults, rejected = []) {
    if (!entry) {
        reader.report('error', 'missing-field', `The manifest needs \`runs:\`, a list of training runs, e.g. ${EXAMPLE}`, rootPos);
        return [];
    }
    if (!(0,dist/* isSeq */.oP)(entry.value)) {
        reader.report('error', 'bad-type', `\`runs\`: expected a list of runs (each item starts with \`- name: ...\`), got ${reader.describe(entry.value)}.`, entry.valuePos);
        return [];
    }
    const items = entry.value.items;
    if (items.length === 0) {
        reader.report('error', 'no-runs', '`runs` is empty; a manifest describes at least one training run.', entry.valuePos);
        return [];
    }
    const namesSeen = new Map();
    const runs = [];
    items.forEach((item, index) => {
        const run = readRun(reader, reader.resolve(item), index, defaults, namesSeen, rejected);
        if (run)
            runs.push(run);
    });
    return runs;
}
/** Reads one run entry and applies `defaults`; undefined when anything about the run is invalid. */
function readRun(reader, node, index, defaults, namesSeen, rejected) {
    const errorsBefore = reader.errorCount;
    if (!(0,dist/* isMap */.jh)(node)) {
        reader.report('error', 'bad-type', `\`runs\` item ${index + 1}: expected a run (a mapping starting with \`name:\`), got ${reader.describe(node)}.`, reader.pos(node));
        return undefined;
    }
    const written = reader.entries(node, '');
    const entries = reader.checkKeys(written, RUN_KEYS, `run ${index + 1}`, RUN_KEY_HINTS);
    // A misspelt key (`duraton`) is likely the missing field: report the typo, not a second error.
    const hasUnknownKeys = entries.length < written.length;
    const nameEntry = entries.find((e) => e.key === 'name');
    const position = nameEntry ? nameEntry.keyPos : reader.pos(node);
    let name;
    if (!nameEntry) {
        reader.report('error', 'missing-field', `Run ${index + 1} needs a \`name\`, unique in the file (e.g. \`name: bert-base-finetune\`).`, position);
    }
    else {
        name = reader.string(nameEntry, 'a run name such as "bert-base-finetune"');
        if (name !== undefined) {
            const firstLine = namesSeen.get(name);
            if (firstLine !== undefined) {
                reader.report('error', 'duplicate-run', `Run name "${name}" is used twice; the first is on line ${firstLine}. Names must be unique in a manifest.`, nameEntry.valuePos);
                name = undefined;
            }
            else {
                namesSeen.set(name, nameEntry.valuePos.line);
            }
        }
    }
    const own = readFields(reader, entries);
    const effective = inherit(defaults, own);
    const nameWritten = nameEntry ? reader.scalar(nameEntry.value) : undefined;
    const label = typeof nameWritten === 'string' && nameWritten.trim() !== '' ? `Run "${nameWritten}"` : `Run ${index + 1}`;
    checkRun(reader, label, position, effective, own, hasUnknownKeys);
    const errorsAfter = reader.errorCount;
    const allValid = [...effective.values()].every((f) => f.valid);
    if (name === undefined || errorsAfter !== errorsBefore || !allValid) {
        // Keep what was valid, so the names in it (GPU, CPU, location) are still checked later.
        const validFields = new Map([...effective].filter(([, field]) => field.valid));
        rejected.push(buildRun(reader.file, name ?? label, position, nameEntry?.valuePos ?? position, validFields));
        return undefined;
    }
    return buildRun(reader.file, name, position, nameEntry?.valuePos ?? position, effective);
}
/**
 * A run's fields over the defaults. A run's key replaces the default's whole, except `trace`,
 * whose options are independent settings (a run may add `columns` and keep the default
 * `timezone`), so they are merged option by option.
 */
function inherit(defaults, own) {
    const effective = new Map([...defaults, ...own]);
    const base = defaults.get('trace');
    const mine = own.get('trace');
    if (base && mine) {
        const valid = base.valid && mine.valid;
        const positions = { ...base.positions, ...mine.positions };
        effective.set('trace', valid
            ? { valid, positions, value: { ...base.value, ...mine.value } }
            : { valid, positions });
    }
    return effective;
}
/** What a run needs as a whole: a time and, when estimated, a power source. */
function checkRun(reader, label, position, fields, own, hasUnknownKeys) {
    const has = (key) => fields.has(key);
    const traces = fields.get('traces');
    const hasTraces = traces !== undefined && (!traces.valid || traces.value.length > 0);
    if (!has('duration') && !hasTraces && !hasUnknownKeys) {
        reader.report('error', 'no-duration', `${label} needs \`duration\` (how long it trains, e.g. "84 h") or \`traces\` (measured power logs, e.g. "logs/power-*.csv").`, position);
    }
    const hardware = ['gpu', 'cpu', 'memory'].filter(has);
    if (!hasTraces && hardware.length === 0 && !has('power') && !hasUnknownKeys) {
        reader.report('error', 'no-power-source', `${label} is estimated (it has no \`traces\`) and needs a power source: \`gpu\`, \`cpu\`, \`memory\` or \`power\` (e.g. \`gpu: { model: A100-SXM4-40GB, count: 8 }\`).`, position);
    }
    const power = fields.get('power');
    // Both inherited from `defaults`: reported once there, not once per run.
    const ownConflict = own.has('power') || hardware.some((key) => own.has(key));
    if (power?.valid && hardware.length > 0 && ownConflict) {
        const inherited = hardware.filter((key) => !own.has(key));
        const where = inherited.length > 0 ? ` (${inherited.map((k) => `\`${k}\``).join(', ')} from \`defaults\`)` : '';
        const watts = ` (${(0,format/* formatPower */.d5)(power.value)})`;
        reader.report('warning', 'power-overrides-hardware', `${label}: \`power\`${watts}, the measured whole-machine draw, replaces ${hardware.map((k) => `\`${k}\``).join(', ')}${where} in the estimate; remove one of them to silence this.`, power.positions.power);
    }
}
/** Assembles a RunSpec from valid fields, applying the documented defaults. */
function buildRun(file, name, position, namePos, fields) {
    const get = (key) => fields.get(key)?.value;
    const fieldPositions = { name: namePos };
    for (const field of fields.values())
        Object.assign(fieldPositions, field.positions);
    const run = {
        manifest: file,
        name,
        position,
        fieldPositions,
        utilization: get('utilization') ?? 1,
        repeats: get('repeats') ?? 1,
        traces: get('traces') ?? []
    };
    const gpu = get('gpu');
    if (gpu)
        run.gpu = gpu;
    const cpu = get('cpu');
    if (cpu)
        run.cpu = cpu;
    const memoryGB = get('memory');
    if (memoryGB !== undefined)
        run.memoryGB = memoryGB;
    const powerW = get('power');
    if (powerW !== undefined)
        run.powerW = powerW;
    const durationS = get('duration');
    if (durationS !== undefined)
        run.durationS = durationS;
    const location = get('location');
    if (location !== undefined)
        run.location = location;
    const intensity = get('intensity');
    if (intensity !== undefined)
        run.intensityGPerKWh = intensity;
    const pue = get('pue');
    if (pue !== undefined)
        run.pue = pue;
    const traceOptions = get('trace');
    if (traceOptions)
        run.traceOptions = traceOptions;
    const intensitySeries = get('intensity-series');
    if (intensitySeries !== undefined)
        run.intensitySeries = intensitySeries;
    return run;
}

;// CONCATENATED MODULE: ./src/core/overflow.ts
/**
 * Numbers that no double holds: 1e300 W x 2^53 GPUs, or a run that is fine alone but not in the
 * sum of all runs. A result that is not finite would print as `Infinity` in Markdown and as `null`
 * in JSON (which has no Infinity), so such a run is not computed: an error names the manifest field
 * that made its numbers too large, at that field's line.
 */

/** Every diagnostic code of the overflow checks (documented in docs/diagnostics/report.md). */
const OVERFLOW_CODES = (/* unused pure expression or super */ null && (['run/overflow']));
/** Where a plain number of a result is not finite, as a dotted path; undefined when all are. */
function firstNonFinite(value, path) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? undefined : path;
    if (value === null || typeof value !== 'object')
        return undefined;
    for (const [key, inner] of Object.entries(value)) {
        const found = firstNonFinite(inner, path ? `${path}.${key}` : key);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** The manifest field whose value makes a run's numbers overflow, and what overflowed. */
function culprit(run, result) {
    const { spec, power } = run;
    const components = [
        [power.gpuW, 'gpu'],
        [power.cpuW, 'cpu'],
        [power.memoryW, 'memory'],
        [power.otherW, 'power']
    ];
    for (const [watts, field] of components)
        if (!Number.isFinite(watts))
            return { field, what: 'power' };
    if (result.itPowerW !== undefined && !Number.isFinite(result.itPowerW)) {
        const largest = components.reduce((a, b) => (b[0] > a[0] ? b : a));
        return { field: largest[1], what: 'power' };
    }
    if (!Number.isFinite(result.itEnergyKWh))
        return { field: result.method === 'measured' ? 'traces' : 'duration', what: 'energy' };
    if (!Number.isFinite(result.itEnergyKWh * result.pue))
        return { field: 'pue', what: 'energy' };
    if (!Number.isFinite(result.energyKWh) || firstNonFinite(result.components, '') !== undefined)
        return { field: 'repeats', what: 'energy' };
    if (result.estimate !== undefined && firstNonFinite(result.estimate, '') !== undefined)
        return { field: 'duration', what: 'estimated energy' };
    const intensityField = spec.intensityGPerKWh !== undefined
        ? 'intensity'
        : result.measurement?.timeResolvedEmissionsKg !== undefined && spec.intensitySeries !== undefined
            ? 'intensity-series'
            : 'location';
    return { field: intensityField, what: 'emissions' };
}
/** The position of a field of the run, the run's own where the field is not written. */
function fieldAt(run, field) {
    return run.spec.fieldPositions[field] ?? run.spec.position;
}
/**
 * An error when any number of a run's result is not finite, at the manifest field that made it
 * so; undefined when the result is sound.
 */
function runOverflow(run, result) {
    if (firstNonFinite(result, '') === undefined)
        return undefined;
    const { field, what } = culprit(run, result);
    return (0,core_diagnostics/* diagnostic */.YK)('error', 'run/overflow', `Run "${run.spec.name}": computing its ${what} with this \`${field}\` gives a number beyond the largest there is (about 1.8e308); the run is not computed. Check the value and its unit.`, fieldAt(run, field));
}
/**
 * The sums the report takes over all runs, kept as runs are added, so that a run which would make
 * one of them overflow is refused before the report is built.
 */
class RunTotals {
    itEnergyKWh = 0;
    energyKWh = 0;
    emissionsKg = 0;
    components = { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0, pueOverheadKWh: 0 };
    /**
     * Adds a run's numbers when every sum stays finite, and returns undefined; otherwise adds
     * nothing and returns the error, at the run.
     */
    add(result) {
        const next = {
            itEnergyKWh: this.itEnergyKWh + result.itEnergyKWh * result.repeats,
            energyKWh: this.energyKWh + result.energyKWh,
            emissionsKg: this.emissionsKg + result.emissionsKg,
            gpuKWh: this.components.gpuKWh + result.components.gpuKWh,
            cpuKWh: this.components.cpuKWh + result.components.cpuKWh,
            memoryKWh: this.components.memoryKWh + result.components.memoryKWh,
            otherKWh: this.components.otherKWh + result.components.otherKWh,
            pueOverheadKWh: this.components.pueOverheadKWh + result.components.pueOverheadKWh
        };
        if (firstNonFinite(next, '') !== undefined) {
            return (0,core_diagnostics/* diagnostic */.YK)('error', 'run/overflow', `Run "${result.name}": the total of the runs before it and this one is too large to compute (beyond the largest number there is, about 1.8e308); the run is not computed. Check the values and units of its fields.`, result.position);
        }
        ({ itEnergyKWh: this.itEnergyKWh, energyKWh: this.energyKWh, emissionsKg: this.emissionsKg } = next);
        for (const key of Object.keys(this.components))
            this.components[key] = next[key];
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/budget.ts
var core_budget = __webpack_require__(4782);
// EXTERNAL MODULE: ./src/core/diagnostic-cap.ts
var diagnostic_cap = __webpack_require__(7157);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(2184);
;// CONCATENATED MODULE: ./src/core/equivalents.ts

/** The citation for every figure in {@link TABLE1}. */
const STRUBELL_2019_TABLE1 = {
    name: 'Strubell, Ganesh & McCallum (2019), Energy and Policy Considerations for Deep Learning in NLP, Table 1',
    url: 'https://aclanthology.org/P19-1355/',
    licence: 'published figures (facts), quoted with citation; paper CC BY 4.0',
    year: 2019
};
/**
 * Strubell et al. (2019), Table 1, every row as published (copied from
 * `shared/samples/strubell2019/table1_co2e_comparisons.csv`).
 */
const TABLE1 = [
    { consumption: 'Air travel, 1 passenger, NY<->SF', co2eLb: 1984, kind: 'everyday' },
    { consumption: 'Human life, avg, 1 year', co2eLb: 11023, kind: 'everyday' },
    { consumption: 'American life, avg, 1 year', co2eLb: 36156, kind: 'everyday' },
    { consumption: 'Car, avg incl. fuel, 1 lifetime', co2eLb: 126000, kind: 'everyday' },
    { consumption: 'Training one model (GPU): NLP pipeline (parsing, SRL)', co2eLb: 39, kind: 'training' },
    {
        consumption: 'Training one model (GPU): NLP pipeline w/ tuning & experimentation',
        co2eLb: 78468,
        kind: 'training'
    },
    { consumption: 'Training one model (GPU): Transformer (big)', co2eLb: 192, kind: 'training' },
    {
        consumption: 'Training one model (GPU): Transformer (big) w/ neural architecture search',
        co2eLb: 626155,
        kind: 'training'
    }
];
/**
 * The report's equivalents: the total as a multiple of each everyday row of Table 1
 * (`ratio = total lb / reference lb`). The training rows are left out of the report because a
 * reader relates to a flight or a car more readily than to another model; they stay in
 * {@link TABLE1} for anyone who wants them.
 */
function equivalents(totalEmissionsKg) {
    const totalLb = totalEmissionsKg / units/* KG_PER_LB */.C3;
    return TABLE1.filter((row) => row.kind === 'everyday').map((row) => ({
        label: row.consumption,
        referenceLb: row.co2eLb,
        ratio: totalLb / row.co2eLb
    }));
}

// EXTERNAL MODULE: ./src/core/ledger/window.ts
var ledger_window = __webpack_require__(4133);
// EXTERNAL MODULE: ./src/core/policy/paths.ts
var paths = __webpack_require__(4654);
;// CONCATENATED MODULE: ./src/core/policy/evaluate.ts
/**
 * Judges the runs against the policy (docs/policy.md): matches head runs with base runs by
 * manifest path and run name, then gives every budget a verdict. `change` budgets judge what the
 * change adds (net of what it removes), `run` budgets each run alone, `total` budgets the sum at
 * the head. A `run` or `total` budget the base already exceeds is pre-existing: it warns rather
 * than fails unless the change makes it worse. Pure: the runs are computed before this is called.
 */




/**
 * Every diagnostic code of the policy stage (documented in docs/diagnostics/report.md): this module's,
 * and those analyze reports about the base (its config, its manifests).
 */
const POLICY_CODES = (/* unused pure expression or super */ null && (['policy/low-coverage', 'policy/base-invalid', 'policy/base-config-invalid']));
/** The note of a `change` budget judged without a base. */
const NO_BASE_NOTE = 'no base to compare with: every run counts as new';
/** Judges every budget of the policy, and the coverage policy where it fails runs. */
function evaluatePolicy(input) {
    // In report order, so that ties (two runs using as much) are settled the same way every time.
    const head = [...input.head].sort(compareRuns);
    const base = input.base === null ? null : [...input.base].sort(compareRuns);
    const matched = matchRuns(head, base);
    const ledger = {
        state: input.ledger ?? { kind: 'not-read' },
        missing: input.policy.ledger?.missing ?? 'warn',
        ...(input.nowMs !== undefined ? { nowMs: input.nowMs } : {})
    };
    const pathOf = (run) => (0,paths/* committedName */.uB)(run.manifest, input.committedAs);
    const verdicts = input.policy.budgets.map((rule) => judge(rule, head, base, matched, ledger, pathOf));
    const diagnostics = [];
    if (input.policy.coverage) {
        const coverage = judgeCoverage(input.policy.coverage, head, matched, input.facts, diagnostics);
        if (coverage)
            verdicts.push(coverage);
    }
    return { verdicts, changes: base === null ? null : matched.changes, diagnostics };
}
/** Manifest path, then place in the file, then name (the report's order), in code-point order. */
function compareRuns(a, b) {
    return (byText(a.manifest, b.manifest) ||
        a.position.line - b.position.line ||
        a.position.column - b.position.column ||
        byText(a.name, b.name));
}
/** Code-point order: unlike localeCompare, independent of the machine's locale. */
function byText(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * The worst status over the verdicts (pass < warn < fail); `pass` without any. A pre-existing
 * verdict does not count: the issue's rule is that what the base already exceeded does not block a
 * change that does not make it worse, and a `warn` would block it under `fail-on: warning`. Its row
 * still shows `warn (pre-existing)`, so the repository's state stays in sight.
 */
function worstStatus(verdicts) {
    const judged = verdicts.filter((v) => !v.preExisting);
    if (judged.some((v) => v.status === 'fail'))
        return 'fail';
    if (judged.some((v) => v.status === 'warn'))
        return 'warn';
    return 'pass';
}
/**
 * `manifest \0 name \0 k` for the k-th run of that name in that manifest: a name is unique in a
 * manifest, but a run whose duplicate was refused must still match only once.
 */
function runKeys(runs) {
    const keys = new Map();
    const count = new Map();
    for (const run of runs) {
        const base = `${(0,paths/* normalizeManifestPath */.M4)(run.manifest)}\u0000${run.name}`;
        const k = count.get(base) ?? 0;
        count.set(base, k + 1);
        keys.set(`${base}\u0000${k}`, run);
    }
    return keys;
}
/** Matches runs and describes each one's change (every head run `added` without a base). */
function matchRuns(head, base) {
    const baseOf = new Map();
    const changes = [];
    const baseKeys = runKeys(base ?? []);
    const seen = new Set();
    for (const [key, run] of runKeys(head)) {
        const before = baseKeys.get(key);
        const now = amountOf(run);
        if (!before) {
            changes.push({
                manifest: run.manifest,
                run: run.name,
                kind: 'added',
                head: now,
                deltaEmissionsKg: now.emissionsKg,
                deltaEnergyKWh: now.energyKWh
            });
            continue;
        }
        seen.add(key);
        baseOf.set(run, before);
        const then = amountOf(before);
        const change = {
            manifest: run.manifest,
            run: run.name,
            // Head and base are computed by the same code from the same data: equal inputs give equal doubles.
            kind: then.emissionsKg === now.emissionsKg && then.energyKWh === now.energyKWh ? 'unchanged' : 'changed',
            base: then,
            head: now,
            deltaEmissionsKg: now.emissionsKg - then.emissionsKg,
            deltaEnergyKWh: now.energyKWh - then.energyKWh
        };
        if (then.emissionsKg > 0)
            change.deltaFraction = change.deltaEmissionsKg / then.emissionsKg;
        changes.push(change);
    }
    for (const [key, run] of baseKeys) {
        if (seen.has(key))
            continue;
        const then = amountOf(run);
        const removed = {
            manifest: run.manifest,
            run: run.name,
            kind: 'removed',
            base: then,
            deltaEmissionsKg: -then.emissionsKg,
            deltaEnergyKWh: -then.energyKWh
        };
        if (then.emissionsKg > 0)
            removed.deltaFraction = -1;
        changes.push(removed);
    }
    changes.sort(compareChanges);
    return { changes, baseOf };
}
/** By manifest path, then run name, in code-point order (independent of locale). */
function compareChanges(a, b) {
    return byText(a.manifest, b.manifest) || byText(a.run, b.run);
}
function amountOf(run) {
    return { emissionsKg: run.emissionsKg, energyKWh: run.energyKWh };
}
function sum(runs) {
    let emissionsKg = 0;
    let energyKWh = 0;
    for (const r of runs) {
        emissionsKg += r.emissionsKg;
        energyKWh += r.energyKWh;
    }
    return { emissionsKg, energyKWh };
}
/**
 * used / limit, at least 0 (a change that saves is within any budget). The parser refuses a zero
 * limit; a limit so small that the fraction is beyond a double reads as the largest double.
 */
function share(used, limit) {
    if (!(used > 0))
        return 0;
    const f = limit > 0 ? used / limit : Number.MAX_VALUE;
    return Number.isFinite(f) ? f : Number.MAX_VALUE;
}
/** The largest fraction of the rule's emissions and energy limits that `amount` uses. */
function amountShare(rule, amount) {
    let f = 0;
    if (rule.emissionsKg !== undefined)
        f = Math.max(f, share(amount.emissionsKg, rule.emissionsKg));
    if (rule.energyKWh !== undefined)
        f = Math.max(f, share(amount.energyKWh, rule.energyKWh));
    return f;
}
/** pass / warn / fail for a fraction used. */
function statusOf(usedFraction, warnAtFraction) {
    if (usedFraction > 1)
        return 'fail';
    if (usedFraction >= warnAtFraction)
        return 'warn';
    return 'pass';
}
/** The verdict's fixed part: what the rule is. */
function verdictBase(rule) {
    const limit = {};
    if (rule.emissionsKg !== undefined)
        limit.emissionsKg = rule.emissionsKg;
    if (rule.energyKWh !== undefined)
        limit.energyKWh = rule.energyKWh;
    if (rule.increaseFraction !== undefined)
        limit.increaseFraction = rule.increaseFraction;
    return {
        name: rule.name,
        scope: rule.scope,
        ...(rule.window ? { period: (0,ledger_window/* windowLabel */.Hf)(rule.window) } : {}),
        ...(rule.paths ? { paths: [...rule.paths] } : {}),
        limit,
        warnAtFraction: rule.warnAtFraction,
        origin: rule.origin,
        ...(rule.at ? { at: rule.at } : {})
    };
}
/** "120 kg CO2e and 300 kWh": the limited quantities of an amount. */
function amountPhrase(rule, amount) {
    const parts = [];
    if (rule.emissionsKg !== undefined || rule.energyKWh === undefined)
        parts.push(`${(0,format/* formatMass */.so)(amount.emissionsKg)} CO2e`);
    if (rule.energyKWh !== undefined)
        parts.push((0,format/* formatEnergy */.QE)(amount.energyKWh));
    return parts.join(' and ');
}
/** One rule's verdict. */
function judge(rule, head, base, matched, ledger, pathOf) {
    const selects = (0,paths/* pathMatcher */.kZ)(rule.paths);
    const headRuns = head.filter((r) => selects(pathOf(r)));
    const baseRuns = base === null ? null : base.filter((r) => selects(pathOf(r)));
    if (rule.scope === 'change')
        return judgeChange(rule, headRuns, baseRuns);
    if (rule.scope === 'window')
        return judgeWindow(rule, headRuns, baseRuns, ledger);
    if (rule.scope === 'run')
        return judgeRuns(rule, headRuns, baseRuns, matched);
    return judgeTotal(rule, headRuns, baseRuns);
}
/** `change`: head minus base over the selected runs, and its growth against the base. */
function judgeChange(rule, headRuns, baseRuns) {
    const now = sum(headRuns);
    const then = baseRuns === null ? { emissionsKg: 0, energyKWh: 0 } : sum(baseRuns);
    const used = {
        emissionsKg: now.emissionsKg - then.emissionsKg,
        energyKWh: now.energyKWh - then.energyKWh
    };
    let usedFraction = amountShare(rule, used);
    const notes = [];
    if (baseRuns === null)
        notes.push(NO_BASE_NOTE);
    if (rule.increaseFraction !== undefined) {
        if (baseRuns === null) {
            notes.push('the increase limit needs a base and does not apply');
        }
        else if (!(then.emissionsKg > 0)) {
            notes.push('the selected manifests have no emissions at the base, so the increase limit does not apply');
        }
        else {
            used.increaseFraction = used.emissionsKg / then.emissionsKg;
            usedFraction = Math.max(usedFraction, share(used.increaseFraction, rule.increaseFraction));
        }
    }
    return {
        ...verdictBase(rule),
        used,
        usedFraction,
        status: statusOf(usedFraction, rule.warnAtFraction),
        preExisting: false,
        ...(notes.length > 0 ? { note: capitalise(notes.join('; ')) + '.' } : {})
    };
}
/** `run`: each selected head run alone; the one using most is the verdict's. */
function judgeRuns(rule, headRuns, baseRuns, matched) {
    let worst;
    let usedFraction = 0;
    for (const run of headRuns) {
        const f = amountShare(rule, run);
        if (worst === undefined || f > usedFraction) {
            worst = run;
            usedFraction = f;
        }
    }
    const verdict = {
        ...verdictBase(rule),
        used: worst ? amountOf(worst) : { emissionsKg: 0, energyKWh: 0 },
        ...(worst ? { worstRun: { manifest: worst.manifest, run: worst.name } } : {}),
        usedFraction,
        status: statusOf(usedFraction, rule.warnAtFraction),
        preExisting: false
    };
    if (verdict.status !== 'fail' || baseRuns === null)
        return verdict;
    // Worse: a run over the limit that is new, or that grew. Otherwise every run over the limit was
    // over it at the base already, with at least as much.
    const over = headRuns.filter((r) => amountShare(rule, r) > 1);
    const worse = over.some((r) => {
        const before = matched.baseOf.get(r);
        return before === undefined || r.emissionsKg > before.emissionsKg || r.energyKWh > before.energyKWh;
    });
    if (worse)
        return verdict;
    const names = over.map((r) => `"${r.name}"`);
    const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    return {
        ...verdict,
        status: 'warn',
        preExisting: true,
        note: `Already over at the base: ${list} (${amountPhrase(rule, verdict.used)} the largest); not made worse.`
    };
}
/** `total`: the sum of the selected head runs. */
function judgeTotal(rule, headRuns, baseRuns) {
    const used = sum(headRuns);
    const usedFraction = amountShare(rule, used);
    const verdict = {
        ...verdictBase(rule),
        used,
        usedFraction,
        status: statusOf(usedFraction, rule.warnAtFraction),
        preExisting: false
    };
    if (verdict.status !== 'fail' || baseRuns === null)
        return verdict;
    const then = sum(baseRuns);
    if (!(amountShare(rule, then) > 1))
        return verdict;
    const grew = (rule.emissionsKg !== undefined && used.emissionsKg > then.emissionsKg) ||
        (rule.energyKWh !== undefined && used.energyKWh > then.energyKWh);
    if (grew)
        return verdict;
    return {
        ...verdict,
        status: 'warn',
        preExisting: true,
        note: `Already over at the base: ${amountPhrase(rule, then)}; not made worse.`
    };
}
/**
 * `window`: the ledger's spend in the window ending now (records of the selected manifests) plus
 * what the change adds (head minus base, each quantity clamped at zero: a change that saves frees
 * nothing already spent). Without a readable ledger or a clock the budget is not judged: its row
 * says why, and fails only under `ledger: { missing: fail }`.
 */
function judgeWindow(rule, headRuns, baseRuns, ledger) {
    const now = sum(headRuns);
    const then = baseRuns === null ? { emissionsKg: 0, energyKWh: 0 } : sum(baseRuns);
    const change = {
        emissionsKg: Math.max(0, now.emissionsKg - then.emissionsKg),
        energyKWh: Math.max(0, now.energyKWh - then.energyKWh)
    };
    const window = rule.window ?? { kind: 'days', days: 90 };
    const label = (0,ledger_window/* windowLabel */.Hf)(window);
    const state = ledger.state;
    if (state.kind !== 'read' || ledger.nowMs === undefined) {
        const why = ledger.nowMs === undefined && state.kind === 'read'
            ? 'no clock was given to end the window at'
            : state.kind === 'read'
                ? ''
                : state.kind === 'not-read'
                    ? 'the ledger was not read'
                    : state.kind === 'missing'
                        ? `there is no ledger yet (${state.reason})`
                        : `the ledger is unreadable (${state.reason})`;
        const fails = ledger.missing === 'fail';
        return {
            ...verdictBase(rule),
            used: change,
            usedFraction: amountShare(rule, change),
            status: fails ? 'fail' : 'pass',
            preExisting: false,
            note: `Not judged: ${why}; ${fails ? 'the policy says `ledger: { missing: fail }`' : 'counted as passing (`ledger: { missing: warn }`)'}. This change adds ${amountPhrase(rule, change)}.`
        };
    }
    const spend = (0,ledger_window/* windowSpend */.Pu)(state.records, window, ledger.nowMs, rule.paths);
    const used = { emissionsKg: spend.emissionsKg + change.emissionsKg, energyKWh: spend.energyKWh + change.energyKWh };
    const usedFraction = amountShare(rule, used);
    const remaining = {};
    if (rule.emissionsKg !== undefined)
        remaining.emissionsKg = rule.emissionsKg - used.emissionsKg;
    if (rule.energyKWh !== undefined)
        remaining.energyKWh = rule.energyKWh - used.energyKWh;
    const oldestLeavesAt = spend.oldestLeavesMs === undefined ? undefined : new Date(spend.oldestLeavesMs).toISOString();
    const remainingPhrase = [
        ...(remaining.emissionsKg !== undefined
            ? [remainingOf(remaining.emissionsKg, (x) => `${(0,format/* formatMass */.so)(x)} CO2e`)]
            : []),
        ...(remaining.energyKWh !== undefined ? [remainingOf(remaining.energyKWh, format/* formatEnergy */.QE)] : [])
    ].join(' and ');
    const windowText = window.kind === 'days' ? `the last ${window.days} days` : `this calendar ${window.kind} (UTC)`;
    const leaves = oldestLeavesAt
        ? ` The oldest spending counted leaves the window on ${oldestLeavesAt.slice(0, 10)}.`
        : '';
    return {
        ...verdictBase(rule),
        used,
        usedFraction,
        status: statusOf(usedFraction, rule.warnAtFraction),
        preExisting: false,
        window: {
            window: label,
            startsAt: new Date(spend.bounds.startMs).toISOString(),
            spent: { emissionsKg: spend.emissionsKg, energyKWh: spend.energyKWh },
            change,
            remaining,
            records: spend.records,
            ...(oldestLeavesAt ? { oldestLeavesAt } : {}),
            source: state.source
        },
        note: `Spent ${amountPhrase(rule, spend)} in ${windowText} (${spend.records} ledger ${spend.records === 1 ? 'record' : 'records'}, ${state.source}); ` +
            `this change adds ${amountPhrase(rule, change)}; ${remainingPhrase}.${leaves}`
    };
}
/** "1.2 t CO2e remaining" or "300 kg CO2e over". */
function remainingOf(value, format) {
    return value >= 0 ? `${format(value)} remaining` : `${format(-value)} over`;
}
/**
 * The coverage policy: measured runs that declare a duration and whose logs cover less than
 * `min` of it. `below: warn` gives a warning at each run; `below: fail` also a verdict row named
 * `coverage` that fails unless every such run is unchanged from the base (then it is pre-existing).
 */
function judgeCoverage(coverage, head, matched, facts, diagnostics) {
    const low = [];
    for (const run of head) {
        const fact = facts?.get(run);
        const m = run.measurement;
        if (!fact?.declaresDuration || !m || !(m.coverage < coverage.minFraction))
            continue;
        low.push({ run, fraction: m.coverage });
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'policy/low-coverage', `Run "${run.name}": its logs cover ${(0,format/* formatPercent */.l9)(m.coverage)} of its declared duration, below the policy's ${(0,format/* formatPercent */.l9)(coverage.minFraction)}` +
            (coverage.below === 'fail' ? '; the coverage policy fails the check.' : ' (`coverage.below: warn`).'), fact.tracesAt));
    }
    if (coverage.below !== 'fail')
        return undefined;
    const unchanged = (run) => {
        const before = matched.baseOf.get(run);
        return before !== undefined && before.emissionsKg === run.emissionsKg && before.energyKWh === run.energyKWh;
    };
    const blocking = low.filter((l) => !unchanged(l.run));
    const status = low.length === 0 ? 'pass' : blocking.length > 0 ? 'fail' : 'warn';
    const lowest = low.reduce((a, b) => (a && a.fraction <= b.fraction ? a : b), undefined);
    const listed = low.slice(0, 3).map((l) => `"${l.run.name}" ${(0,format/* formatPercent */.l9)(l.fraction)}`);
    const more = low.length > 3 ? ` and ${low.length - 3} more` : '';
    const verdict = {
        name: 'coverage',
        scope: 'run',
        limit: {},
        used: { emissionsKg: 0, energyKWh: 0 },
        usedFraction: 0,
        warnAtFraction: coverage.minFraction,
        status,
        preExisting: low.length > 0 && blocking.length === 0,
        coverage: {
            minFraction: coverage.minFraction,
            runs: low.map((l) => ({ manifest: l.run.manifest, run: l.run.name, coverageFraction: l.fraction }))
        },
        origin: coverage.at?.file ?? 'the coverage policy',
        ...(coverage.at ? { at: coverage.at } : {})
    };
    if (lowest)
        verdict.worstRun = { manifest: lowest.run.manifest, run: lowest.run.name };
    if (low.length > 0) {
        verdict.note =
            `Logs cover less than ${(0,format/* formatPercent */.l9)(coverage.minFraction)} of the declared duration: ${listed.join(', ')}${more}` +
                (blocking.length === 0 ? '; already so at the base, not made worse.' : '.');
    }
    return verdict;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/core/report.ts
/**
 * Assembles the Report: runs in a stable order, totals, the budget verdict, equivalents, and the
 * methodology notes that state every choice behind the numbers. Pure and deterministic: the same
 * inputs give the same report, byte for byte, with no clock or environment read.
 */






/** Runs named in one methodology note before the rest are counted. */
const MAX_NAMES_IN_NOTE = 10;
/** Builds the report from the computed runs and every diagnostic collected on the way. */
function buildReport(input) {
    const runs = [...input.runs].sort(report_compareRuns).map((run) => {
        const share = (0,core_budget/* runBudgetShare */.Mi)(run, input.budget);
        return share === undefined ? run : { ...run, budgetShare: share };
    });
    const components = sumComponents(runs);
    const totals = {
        itEnergyKWh: runs.reduce((sum, r) => sum + r.itEnergyKWh * r.repeats, 0),
        energyKWh: runs.reduce((sum, r) => sum + r.energyKWh, 0),
        emissionsKg: runs.reduce((sum, r) => sum + r.emissionsKg, 0),
        components
    };
    const found = [...input.diagnostics, ...(0,core_budget/* budgetOverflow */.C1)(input.budget, totals)];
    // Capped per file and code before sorting, so the first ones found of a kind are the ones kept.
    const diagnostics = (0,core_diagnostics/* sortDiagnostics */.Ds)((0,diagnostic_cap/* capDiagnostics */.HB)(dedupeDiagnostics(found)));
    const inputValid = !(0,core_diagnostics/* hasErrors */.Cs)(diagnostics);
    const budget = (0,core_budget/* budgetUse */.H4)(input.budget, totals);
    const config = input.config ?? { file: null, searched: [] };
    return {
        schemaVersion: 1,
        tool: { name: 'carbon-gate', version: input.toolVersion },
        status: input.policy
            ? inputValid
                ? worstStatus(input.policy.budgets)
                : 'invalid'
            : (0,core_budget/* budgetStatus */.s6)(budget, inputValid),
        inputValid,
        totals,
        budget,
        config,
        ...(input.policy ? { policy: input.policy, changes: input.changes ?? null } : {}),
        runs,
        equivalents: equivalents(totals.emissionsKg),
        methodology: {
            notes: [...methodologyNotes(runs), ...configNote(config), ...(input.extraNotes ?? [])],
            sources: collectSources(runs, input.extraSources ?? [])
        },
        diagnostics
    };
}
/**
 * The note that names the budget config read, or says where none was found, so that a budget
 * missing because the config was not where the check looked is never silent. None when the
 * adapter looked nowhere (a caller of the core with no config).
 */
function configNote(config) {
    if (config.file !== null)
        return [`Budget config read from ${config.file}.`];
    if (config.searched.length === 0)
        return [];
    return [`No budget config read: none at ${listOr(config.searched)}.`];
}
/** `a`, `a or b`, `a, b or c`. */
function listOr(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/** Orders runs by manifest path, then position in the file, then name. */
function report_compareRuns(a, b) {
    return (compareText(a.manifest, b.manifest) ||
        a.position.line - b.position.line ||
        a.position.column - b.position.column ||
        compareText(a.name, b.name));
}
/** Code-point order: unlike localeCompare, independent of the machine's ICU data and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sums component energies over runs. */
function sumComponents(runs) {
    const total = { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0, pueOverheadKWh: 0 };
    for (const run of runs) {
        total.gpuKWh += run.components.gpuKWh;
        total.cpuKWh += run.components.cpuKWh;
        total.memoryKWh += run.components.memoryKWh;
        total.otherKWh += run.components.otherKWh;
        total.pueOverheadKWh += run.components.pueOverheadKWh;
    }
    return total;
}
/** Drops exact duplicates (the same problem found by two stages), keeping the first. */
function dedupeDiagnostics(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = JSON.stringify([d.severity, d.code, d.message, d.file, d.line, d.column]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `a`, `b` and 3 more: names of runs, bounded so that a note stays one line. */
function nameList(names) {
    const shown = names.slice(0, MAX_NAMES_IN_NOTE).map((n) => `"${n}"`);
    const rest = names.length - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
/** A source as a phrase: "name, year". */
function sourcePhrase(source) {
    return source.year !== undefined ? `${source.name}, ${source.year}` : source.name;
}
/**
 * The methodology notes: the formulas, the method of each run, every distinct grid intensity and
 * PUE with where it came from, and the unit conversions. Distinct values, not runs, set the
 * length, so a report of 500 runs in one region has a short footnote.
 */
function methodologyNotes(runs) {
    const notes = [];
    const estimated = runs.filter((r) => r.method === 'estimated');
    const measured = runs.filter((r) => r.method === 'measured');
    notes.push('Estimated IT power (W) = GPU count x rated W + CPU count x rated W (or cores x W per core) + memory GB x W per GB, ' +
        'times utilization; a whole-machine `power:` is a measured average and replaces the components without utilization.', 'IT energy (kWh) = IT power x hours / 1000 for one training; facility energy = IT energy x PUE x repeats; ' +
        'emissions (kg CO2e) = facility energy x grid intensity (g/kWh) / 1000.');
    if (estimated.length > 0) {
        notes.push(`Estimated from rated power (${estimated.length}): ${nameList(estimated.map((r) => r.name))}.`);
    }
    if (measured.length > 0) {
        notes.push(`Measured from power logs (${measured.length}): ${nameList(measured.map((r) => r.name))}; ` +
            'measured energy is used instead of the estimate, and each run states its coverage of wall time.');
    }
    const intensities = new Map();
    for (const run of runs) {
        const i = run.sources.intensity;
        const key = `${i.key}\u0000${i.intensityGPerKWh}\u0000${i.source.name}`;
        intensities.set(key, [...(intensities.get(key) ?? []), run]);
    }
    for (const group of intensities.values()) {
        const i = group[0].sources.intensity;
        notes.push(`Grid intensity ${round(i.intensityGPerKWh)} g/kWh for ${i.label} (${sourcePhrase(i.source)}): ` +
            `${nameList(group.map((r) => r.name))}.`);
    }
    // Time-resolved series replace the intensity above hour by hour; it stays for hours they lack.
    const series = new Map();
    for (const run of runs) {
        const t = run.measurement?.timeResolvedIntensity;
        if (!t)
            continue;
        const key = `${t.label}\u0000${t.source.name}`;
        series.set(key, [...(series.get(key) ?? []), run]);
    }
    for (const group of series.values()) {
        const t = group[0].measurement?.timeResolvedIntensity;
        notes.push(`Time-resolved intensity ${t.label} (${sourcePhrase(t.source)}): each hour's measured energy x PUE x that hour's g/kWh, ` +
            `the grid intensity above for hours without a value: ${nameList(group.map((r) => r.name))}.`);
    }
    const pues = new Map();
    for (const run of runs) {
        const key = `${run.pue}\u0000${run.sources.pue.source.name}`;
        pues.set(key, [...(pues.get(key) ?? []), run]);
    }
    for (const group of pues.values()) {
        const p = group[0].sources.pue;
        notes.push(`PUE ${round(group[0].pue)} (${sourcePhrase(p.source)}): ${nameList(group.map((r) => r.name))}.`);
    }
    for (const run of measured) {
        for (const note of run.measurement?.notes ?? [])
            notes.push(`"${run.name}": ${note}`);
    }
    notes.push(`Conversions: 1 lb = ${units/* KG_PER_LB */.C3} kg (exact), 1 t = 1,000 kg, 1 kWh = 3.6 MJ, 1 lb/kWh = ${round(units/* KG_PER_LB */.C3 * 1000)} g/kWh. ` +
        'Equivalents: total emissions in lb divided by the lb CO2e of each comparison in Strubell et al. (2019), Table 1.');
    return notes;
}
/** Rounds for a note to 6 significant digits, so binary noise does not show in text. */
function round(value) {
    return String(Number(value.toPrecision(6)));
}
/** Every source used, once, ordered by name: the runs', the extras, and Table 1's. */
function collectSources(runs, extra) {
    const all = [STRUBELL_2019_TABLE1, ...extra];
    for (const run of runs) {
        all.push(run.sources.intensity.source, run.sources.pue.source);
        for (const h of run.sources.hardware)
            all.push(h.source);
        const series = run.measurement?.timeResolvedIntensity;
        if (series)
            all.push(series.source);
    }
    const byKey = new Map();
    for (const source of all) {
        const key = JSON.stringify([source.name, source.url ?? '', source.year ?? '']);
        if (!byKey.has(key))
            byKey.set(key, source);
    }
    return [...byKey.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.url ?? '', b.url ?? ''));
}

// EXTERNAL MODULE: ./src/core/ledger/parse.ts
var parse = __webpack_require__(6638);
// EXTERNAL MODULE: ./src/core/ledger/verify.ts
var verify = __webpack_require__(8204);
;// CONCATENATED MODULE: ./src/core/ledger/read.ts
/**
 * The ledger as window budgets see it: the adapter's {@link LedgerInput} parsed and verified. A
 * ledger that does not verify is unreadable for budgets: a tampered or broken chain must not be
 * judged against (it could undercount), and `carbon-gate ledger verify` says where it breaks.
 */



/** Parses and verifies the adapter's ledger; `undefined` (the adapter read none) is `not-read`. */
function readLedgerState(input) {
    if (input === undefined)
        return { kind: 'not-read' };
    if ('unreadable' in input)
        return { kind: 'unreadable', reason: input.unreadable, diagnostics: [] };
    if (input.shards.length === 0)
        return { kind: 'missing', reason: `no ledger shards in ${input.source}` };
    const parsed = (0,parse/* parseLedger */.h)(input.shards);
    const verified = (0,verify/* verifyLedger */.x)(parsed);
    if (!verified.ok) {
        const errors = verified.diagnostics.filter((d) => d.severity === 'error');
        const first = errors[0];
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '';
        return {
            kind: 'unreadable',
            reason: `the ledger in ${input.source} does not verify: ${first ? (0,core_diagnostics/* formatDiagnostic */.xy)(first) : 'unknown problem'}${more}`,
            diagnostics: verified.diagnostics
        };
    }
    return { kind: 'read', records: parsed.entries.map((e) => e.record), source: input.source };
}

// EXTERNAL MODULE: ./src/core/policy/parse.ts
var policy_parse = __webpack_require__(7061);
;// CONCATENATED MODULE: ./src/core/policy/resolve.ts
/**
 * The policy in force: the config's, with the `--budget` / `budget` and `--warn-at` / `warn-at`
 * overrides applied as they always were. A budget override replaces every budget of the file with
 * one `total` budget (it names the whole budget, so nothing of the file silently survives it); a
 * warn-at override sets every budget's warning fraction.
 */


/** Applies the overrides to the config's policy. Problems with the overrides are errors. */
function resolvePolicy(config, overrides) {
    const legacy = (0,core_budget/* resolveBudget */.ky)(config, overrides);
    const filePolicy = config?.policy ?? { budgets: [], waivers: (0,policy_parse/* defaultWaivers */.bu)() };
    const overridden = legacy.budget?.origin === core_budget/* OVERRIDE_ORIGIN */.o7;
    const warnAtOverride = overrides?.warnAt !== undefined && overrides.warnAt.trim() !== '';
    let budgets;
    if (overridden && legacy.budget) {
        const rule = {
            name: policy_parse/* LEGACY_RULE_NAME */.T7,
            scope: 'total',
            warnAtFraction: legacy.budget.warnAtFraction,
            origin: core_budget/* OVERRIDE_ORIGIN */.o7
        };
        if (legacy.budget.emissionsKg !== undefined)
            rule.emissionsKg = legacy.budget.emissionsKg;
        if (legacy.budget.energyKWh !== undefined)
            rule.energyKWh = legacy.budget.energyKWh;
        budgets = [rule];
    }
    else {
        // resolveBudget has read the warn-at override (or reported it); every budget takes it.
        const warnAt = warnAtOverride && legacy.diagnostics.length === 0 ? warnAtOf(legacy.budget, overrides) : undefined;
        budgets = filePolicy.budgets.map((rule) => (warnAt === undefined ? rule : { ...rule, warnAtFraction: warnAt }));
    }
    const policy = { ...filePolicy, budgets };
    let budget = legacy.budget;
    if (!budget && legacy.diagnostics.length === 0) {
        const total = budgets.find((r) => r.scope === 'total' && r.paths === undefined && hasAmount(r));
        if (total)
            budget = specOf(total);
    }
    return { policy, ...(budget ? { budget } : {}), diagnostics: legacy.diagnostics };
}
/** The warn-at override as a fraction (resolveBudget accepted it). */
function warnAtOf(budget, overrides) {
    if (budget)
        return budget.warnAtFraction;
    // Without a legacy budget resolveBudget returns no spec; read the fraction through it anyway.
    const probe = (0,core_budget/* resolveBudget */.ky)({ budget: { emissionsKg: 1 } }, { warnAt: overrides?.warnAt });
    return probe.budget?.warnAtFraction;
}
/** True when the rule limits emissions or energy (not only growth). */
function hasAmount(rule) {
    return rule.emissionsKg !== undefined || rule.energyKWh !== undefined;
}
/** A `total` budget as the legacy budget block. */
function specOf(rule) {
    const spec = { warnAtFraction: rule.warnAtFraction, origin: rule.origin };
    if (rule.emissionsKg !== undefined)
        spec.emissionsKg = rule.emissionsKg;
    if (rule.energyKWh !== undefined)
        spec.energyKWh = rule.energyKWh;
    return spec;
}

// EXTERNAL MODULE: ./src/core/resolve.ts
var resolve = __webpack_require__(2183);
// EXTERNAL MODULE: ./src/core/intensity-series.ts
var intensity_series = __webpack_require__(9302);
;// CONCATENATED MODULE: ./src/core/fetch-plan.ts
/**
 * Which hours of a measured run are asked of an intensity provider (Electricity Maps), and how
 * many a run and a whole check may ask for. The hours come from the run's logs, and the logs from
 * the change being judged: two log lines stamped 2016 and 2025 once made one check send 732
 * requests. So only the hours that drew energy are asked for (a stretch of the log without energy
 * is not), and the asking is capped per run and per check; hours past a cap use the run's annual
 * intensity, and the report says which.
 */

/** Most hours one run may ask a provider for: 31 days, a month of training at hourly resolution. */
const MAX_FETCH_HOURS_PER_RUN = 31 * 24;
/** Most hours one check may ask a provider for, over all its runs: 90 days. */
const MAX_FETCH_HOURS_PER_CHECK = 90 * 24;
/**
 * Each request counts at least this many hours against the caps, so that many short stretches
 * (one hour every few days) are bounded as well as one long one: at most 90 stretches per check.
 */
const MIN_CHARGED_HOURS = 24;
/**
 * Hours with energy at most this far apart are asked for in one stretch, the hours between
 * included: a pause of a day in the logs is cheaper fetched through than split.
 */
const JOIN_GAP_HOURS = 24;
/** The hours of a span. */
function spanHours(span) {
    return Math.round((span.endMs - span.startMs) / intensity_series/* HOUR_MS */.iQ);
}
/**
 * The stretches of hours that drew energy, in time order: hours with energy joined where at most
 * {@link JOIN_GAP_HOURS} apart. Empty when no hour drew energy.
 */
function energySpans(hourly) {
    const hours = [...hourly.energyByHourKWh]
        .filter(([, kWh]) => kWh > 0)
        .map(([hour]) => Math.floor(hour / intensity_series/* HOUR_MS */.iQ) * intensity_series/* HOUR_MS */.iQ)
        .sort((a, b) => a - b);
    const spans = [];
    for (const hour of hours) {
        const last = spans[spans.length - 1];
        if (last !== undefined && hour - last.endMs <= JOIN_GAP_HOURS * intensity_series/* HOUR_MS */.iQ) {
            last.endMs = Math.max(last.endMs, hour + intensity_series/* HOUR_MS */.iQ);
        }
        else {
            spans.push({ startMs: hour, endMs: hour + intensity_series/* HOUR_MS */.iQ });
        }
    }
    return spans;
}
/**
 * Takes the spans in time order while the caps allow: a span already fetched is free, any other
 * counts its hours (at least {@link MIN_CHARGED_HOURS}); the span that crosses a cap is cut
 * short, and later ones are left out. `checkHoursLeft` is what the check has not yet spent.
 */
function planFetch(spans, hourly, options) {
    let left = Math.min(options.runHours, options.checkHoursLeft);
    const fetch = [];
    let chargedHours = 0;
    for (const span of spans) {
        if (options.fetched(span)) {
            fetch.push(span);
            continue;
        }
        if (left <= 0)
            continue;
        const hours = Math.min(spanHours(span), left);
        const charge = Math.min(left, Math.max(hours, MIN_CHARGED_HOURS));
        left -= charge;
        chargedHours += charge;
        fetch.push({ startMs: span.startMs, endMs: span.startMs + hours * intensity_series/* HOUR_MS */.iQ });
    }
    const plan = { fetch, chargedHours };
    const skipped = hoursLeftOut(hourly, fetch);
    if (skipped)
        plan.skipped = skipped;
    return plan;
}
/** The hours with energy that no span of `fetch` covers. */
function hoursLeftOut(hourly, fetch) {
    let hours = 0;
    let firstMs = Infinity;
    let lastMs = -Infinity;
    for (const [hour, kWh] of hourly.energyByHourKWh) {
        if (!(kWh > 0))
            continue;
        const start = Math.floor(hour / intensity_series/* HOUR_MS */.iQ) * intensity_series/* HOUR_MS */.iQ;
        if (fetch.some((s) => start >= s.startMs && start < s.endMs))
            continue;
        hours++;
        firstMs = Math.min(firstMs, start);
        lastMs = Math.max(lastMs, start);
    }
    return hours > 0 ? { hours, firstMs, lastMs } : undefined;
}

// EXTERNAL MODULE: ./src/core/catalog/data/electricity-maps.generated.ts
var electricity_maps_generated = __webpack_require__(3762);
// EXTERNAL MODULE: ./src/core/catalog/data/iso-countries.generated.ts
var iso_countries_generated = __webpack_require__(1649);
;// CONCATENATED MODULE: ./src/core/intensity-zone.ts
/**
 * The Electricity Maps zone of a resolved location, so that hourly intensities can be fetched for
 * the grid a run drew from. The resolved intensity's `key` says what the location was: a country
 * (alpha-3 for Ember's averages), a zone, or a cloud region (`aws:`, `azure:`, `gcp:`).
 *
 * AWS and Azure regions use the catalogue's region-to-zone tables. Google publishes its own
 * per-region intensity (used for the annual value) but no zone, so GCP regions are mapped here the
 * same way the catalogue maps AWS and Azure: by the place Google says the region is in
 * (https://cloud.google.com/about/locations; the city in Google's region-carbon-info CSV) and the
 * grid that supplies it. Presets, Ember aggregates (WORLD, EU) and explicit intensities have none.
 */



/**
 * Google Cloud regions -> Electricity Maps zones, by published location. US regions go to the
 * balancing authority of their site: Council Bluffs, Iowa (MISO); Oklahoma (SPP); Moncks Corner,
 * South Carolina (Santee Cooper); Georgia (Southern Company); Ashburn, Virginia and Columbus, Ohio
 * (PJM); Dallas (ERCOT); The Dalles, Oregon (Bonneville); Los Angeles (LADWP); Salt Lake City
 * (PacifiCorp East); Las Vegas (Nevada Power). Elsewhere the country, or the sub-zone Electricity
 * Maps splits it into (Tokyo, Kansai, Mumbai = West India, Delhi = North India, New South Wales,
 * Victoria, Stockholm = SE3, Milan and Turin = North Italy, Québec, Ontario, Central-South Brazil,
 * Chile's national system).
 */
const GCP_REGION_ZONES = {
    'africa-south1': 'ZA',
    'asia-east1': 'TW',
    'asia-east2': 'HK',
    'asia-northeast1': 'JP-TK',
    'asia-northeast2': 'JP-KN',
    'asia-northeast3': 'KR',
    'asia-south1': 'IN-WE',
    'asia-south2': 'IN-NO',
    'asia-southeast1': 'SG',
    'asia-southeast2': 'ID',
    'australia-southeast1': 'AU-NSW',
    'australia-southeast2': 'AU-VIC',
    'europe-central2': 'PL',
    'europe-north1': 'FI',
    'europe-north2': 'SE-SE3',
    'europe-southwest1': 'ES',
    'europe-west1': 'BE',
    'europe-west2': 'GB',
    'europe-west3': 'DE',
    'europe-west4': 'NL',
    'europe-west6': 'CH',
    'europe-west8': 'IT-NO',
    'europe-west9': 'FR',
    'europe-west10': 'DE',
    'europe-west12': 'IT-NO',
    'me-central1': 'QA',
    'me-central2': 'SA',
    'me-west1': 'IL',
    'northamerica-northeast1': 'CA-QC',
    'northamerica-northeast2': 'CA-ON',
    'northamerica-south1': 'MX',
    'southamerica-east1': 'BR-CS',
    'southamerica-west1': 'CL-SEN',
    'us-central1': 'US-MIDW-MISO',
    'us-central2': 'US-CENT-SWPP',
    'us-east1': 'US-CAR-SC',
    'us-east2': 'US-SE-SOCO',
    'us-east4': 'US-MIDA-PJM',
    'us-east5': 'US-MIDA-PJM',
    'us-south1': 'US-TEX-ERCO',
    'us-west1': 'US-NW-BPAT',
    'us-west2': 'US-CAL-LDWP',
    'us-west3': 'US-NW-PACE',
    'us-west4': 'US-NW-NEVP'
};
const isZone = (key) => Object.hasOwn(electricity_maps_generated/* ELECTRICITY_MAPS_ZONES */.KC, key);
let alpha2ByAlpha3;
/**
 * The Electricity Maps zone for a resolved intensity key (`IntensityValue.key`), or undefined
 * where the location names no zone (a preset, an aggregate, an explicit intensity, or a country
 * Electricity Maps only publishes by sub-zone).
 */
function electricityMapsZone(key) {
    const colon = key.indexOf(':');
    if (colon > 0) {
        const prefix = key.slice(0, colon);
        const rest = key.slice(colon + 1);
        switch (prefix) {
            case 'zone':
                return isZone(rest) ? rest : undefined;
            case 'aws':
                return catalog/* AWS_REGION_ZONES */.TI.find((r) => r.region === rest)?.zone;
            case 'azure':
                return catalog/* AZURE_REGION_ZONES */.Z0.find((r) => r.region === rest)?.zone;
            case 'gcp':
                return Object.hasOwn(GCP_REGION_ZONES, rest) ? GCP_REGION_ZONES[rest] : undefined;
            default:
                return undefined;
        }
    }
    if (isZone(key))
        return key;
    alpha2ByAlpha3 ??= new Map(iso_countries_generated/* ISO_COUNTRIES */.r.map(([alpha2, alpha3]) => [alpha3, alpha2]));
    const alpha2 = alpha2ByAlpha3.get(key);
    return alpha2 !== undefined && isZone(alpha2) ? alpha2 : undefined;
}

// EXTERNAL MODULE: ./src/core/traces/stream.ts
var stream = __webpack_require__(5492);
;// CONCATENATED MODULE: ./src/core/time-resolved.ts
/**
 * Time-resolved intensity for measured runs: which hourly series a run gets (its manifest's file,
 * the flag's or input's file, or a provider such as Electricity Maps), reading a manifest's file
 * through the adapter's reader, and weighting the run's energy hour by hour.
 *
 *   CO2e [kg] = sum over hours of IT energy(hour) [kWh] x PUE x intensity(hour) [g/kWh] / 1000 x repeats
 *
 * Hours the series lacks, and energy from logs without wall-clock times, use the run's annual
 * (or explicit) intensity; the run says how much of its energy the series covered. Pure: files are
 * read only through the `TraceReader`, the network only through the `IntensityProvider`.
 */






/** Every diagnostic code of time-resolved intensity (documented in docs/diagnostics/report.md). */
const TIME_RESOLVED_CODES = (/* unused pure expression or super */ null && ([
    'intensity/series-not-found',
    'intensity/series-unreadable',
    'intensity/estimated-run',
    'intensity/not-fetched',
    'intensity/provider-failed',
    'intensity/partial-coverage',
    'intensity/fetch-limit'
]));
/**
 * Largest series file read: 32 MiB once decompressed. A year of hourly rows is about 0.3 MiB and a
 * year of 5-minute readings about 4 MiB; more is not an intensity series.
 */
const MAX_SERIES_BYTES = 32 * 1024 * 1024;
/** Hours named in a message before the rest are counted. */
const MAX_HOURS_NAMED = 5;
/**
 * Reads the series file a manifest names (`intensity-series:`), relative to the manifest's folder
 * and confined as traces are, through the adapter's reader; `.gz` is decompressed. Zone-less
 * timestamps are read in `timezone` (the run's trace timezone). Problems are errors at `at`:
 * the manifest names a file, and a run must not silently lose what it asked for.
 */
async function readManifestSeries(reader, manifest, file, at, timezone) {
    const listed = await reader.list(manifest, file);
    const diagnostics = [...listed.diagnostics];
    if (diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics };
    if (listed.files.length !== 1) {
        diagnostics.push(listed.files.length === 0
            ? (0,core_diagnostics/* diagnostic */.YK)('error', 'intensity/series-not-found', `The intensity series "${file}" matches no file (relative to the manifest's folder); expected an hourly CSV of timestamp and g/kWh.`, at)
            : (0,core_diagnostics/* diagnostic */.YK)('error', 'intensity/series-unreadable', `The intensity series "${file}" matches ${listed.files.length} files; expected one file.`, at));
        return { diagnostics };
    }
    const path = listed.files[0];
    const text = await readText(reader, path);
    if ('error' in text) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'intensity/series-unreadable', `The intensity series "${path}" could not be read: ${text.error}`, at));
        return { diagnostics };
    }
    const parsed = (0,intensity_series/* parseIntensityCsv */.bU)(text.text, path, timezone !== undefined ? { timezone } : {});
    for (const d of parsed.diagnostics)
        diagnostics.push(d);
    if (parsed.diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics };
    return { series: parsed.series, diagnostics };
}
/** A whole small file as UTF-8 text, decompressed where gzip, with a size cap. */
async function readText(reader, path) {
    try {
        const decoded = await (0,stream/* decode */.D4)(reader.open(path));
        const parts = [];
        let total = 0;
        for await (const chunk of decoded.chunks) {
            total += chunk.length;
            if (total > MAX_SERIES_BYTES) {
                await decoded.close().catch(() => undefined);
                return {
                    error: `it is larger than ${MAX_SERIES_BYTES / (1024 * 1024)} MiB${decoded.gzip ? ' once decompressed' : ''}, far more than a series of hourly values.`
                };
            }
            parts.push(chunk);
        }
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const part of parts) {
            bytes.set(part, offset);
            offset += part.length;
        }
        try {
            return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
        }
        catch {
            return { error: 'it is not UTF-8 text; expected a CSV saved as UTF-8.' };
        }
    }
    catch (e) {
        // The adapter's reader throws an error carrying a one-line message (a TraceAccessError).
        const message = e instanceof Error ? e.message : String(e);
        return { error: message.endsWith('.') ? message : `${message}.` };
    }
}
/**
 * Weights a measured run's IT energy by the hourly series: hours with a value use it, the rest
 * (and energy without wall-clock times) the fallback. Returns the measurement with
 * `timeResolvedEmissionsKg` (kg per training, before PUE and repeats, which `measuredRun`
 * applies), `timeResolvedIntensity` and a note; and a warning when the series left energy to the
 * fallback.
 */
function weightMeasurement(args) {
    const { runName, measurement, hourly, series, origin, fallback, at } = args;
    const fallbackG = fallback.intensityGPerKWh;
    const weighting = (0,intensity_series/* weightByHour */.GF)(hourly.energyByHourKWh, series, fallbackG);
    const itKWh = measurement.itEnergyKWh;
    let hourlyKWh = 0;
    for (const kWh of hourly.energyByHourKWh.values())
        hourlyKWh += kWh;
    const coveredKWh = hourlyKWh * weighting.coveredFraction;
    // Energy the hours do not account for (untimed logs, rounding) is weighted at the fallback.
    const restKWh = Math.max(0, itKWh - hourlyKWh);
    const emissionsKg = weighting.emissionsKg + (restKWh * fallbackG) / 1000;
    const coveredFraction = itKWh > 0 ? Math.min(1, coveredKWh / itKWh) : 1;
    const effectiveG = itKWh > 0 ? (emissionsKg * 1000) / itKWh : fallbackG;
    let coveredHours = 0;
    for (const [hour, kWh] of hourly.energyByHourKWh)
        if (kWh > 0 && series.hourlyGPerKWh.has(Math.floor(hour / intensity_series/* HOUR_MS */.iQ) * intensity_series/* HOUR_MS */.iQ))
            coveredHours++;
    const detail = {
        label: series.label,
        source: series.source,
        origin,
        coveredFraction,
        coveredHours,
        missingHours: weighting.missingHours.length,
        untimedEnergyKWh: hourly.untimedEnergyKWh,
        fallbackIntensityGPerKWh: fallbackG,
        effectiveIntensityGPerKWh: effectiveG
    };
    const rest = [];
    if (weighting.missingHours.length > 0)
        rest.push(`${weighting.missingHours.length} hour${weighting.missingHours.length === 1 ? '' : 's'} the series has no value for`);
    if (restKWh > 0)
        rest.push(`${(0,format/* formatEnergy */.QE)(restKWh)} from logs without wall-clock times`);
    const note = `Time-resolved intensity from ${series.label} (${ORIGIN_TEXT[origin]}): ${(0,format/* formatPercent */.l9)(coveredFraction)} of the IT energy, over ${coveredHours} hour${coveredHours === 1 ? '' : 's'}, ` +
        `is weighted by its own hour's intensity, for an effective ${(0,format/* formatIntensity */.TA)(effectiveG)}` +
        (rest.length > 0
            ? `; the rest (${rest.join(' and ')}) uses the run's own intensity, ${(0,format/* formatIntensity */.TA)(fallbackG)} (${fallback.label}).`
            : '.');
    const diagnostics = [];
    if (coveredFraction < 1) {
        const named = weighting.missingHours.slice(0, MAX_HOURS_NAMED).map(isoHour);
        const more = weighting.missingHours.length - named.length;
        const hours = named.length > 0 ? ` Hours without a value: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.` : '';
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'intensity/partial-coverage', `Run "${runName}": the intensity series ${series.label} covers ${(0,format/* formatPercent */.l9)(coveredFraction)} of its energy; the rest (${rest.join(' and ')}) uses the run's own intensity, ${(0,format/* formatIntensity */.TA)(fallbackG)} (${fallback.label}).${hours}`, at));
    }
    return {
        measurement: {
            ...measurement,
            notes: [...measurement.notes, note],
            timeResolvedEmissionsKg: emissionsKg,
            timeResolvedIntensity: detail
        },
        diagnostics
    };
}
/** How each origin reads in a note. */
const ORIGIN_TEXT = {
    manifest: "the run's `intensity-series`",
    override: 'the --intensity-series / intensity-series input',
    provider: 'fetched for the hours of the run'
};
/**
 * Picks and loads the hourly series of each run during one `analyze` call: the run's own
 * `intensity-series` first, then the flag's or input's file, then the provider (only for runs whose
 * intensity comes from their location: an explicit `intensity:` is kept as stated). Files are read
 * and parsed once per time zone, and a provider is asked once per zone and range; their
 * diagnostics are reported once.
 */
class SeriesSource {
    input;
    provider;
    reads = new Map();
    reported = new Set();
    estimatedGlobal = [];
    constructor(input, 
    /**
     * The provider's answers by zone and span, and the hours this check has asked it for (see
     * ./fetch-plan.ts): shared with {@link sibling}s, so that one check asks once for an hour and
     * its limit counts every side.
     */
    provider = {
        answers: new Map(),
        fetchedHours: 0
    }) {
        this.input = input;
        this.provider = provider;
    }
    /**
     * A source for the same check's other side (the base), reading series files through its own
     * reader but sharing the provider's answers: an hour fetched for the head is the same hour's
     * value at the base, so a run that did not change cannot differ by a second fetch's answer.
     */
    sibling(traces) {
        return new SeriesSource({ ...this.input, traces }, this.provider);
    }
    /** Where a run's series would come from, before it is measured; undefined: none applies. */
    originFor(spec) {
        if (spec.intensitySeries !== undefined)
            return 'manifest';
        if (this.input.intensitySeries)
            return 'override';
        if (this.input.intensityProvider && spec.intensityGPerKWh === undefined)
            return 'provider';
        return undefined;
    }
    /**
     * An estimated run: no timestamps to weight. A run that names its own series gets a notice at
     * that key; runs reached only by the flag, input or provider are listed in one notice by
     * {@link finish}.
     */
    estimated(spec) {
        const origin = this.originFor(spec);
        if (origin === undefined)
            return [];
        if (origin !== 'manifest') {
            this.estimatedGlobal.push(spec.name);
            return [];
        }
        return [
            (0,core_diagnostics/* diagnostic */.YK)('notice', 'intensity/estimated-run', `Run "${spec.name}" is estimated, not measured: its energy has no timestamps to weight by the hour, so \`intensity-series\` is not used and the run's annual intensity applies.`, spec.fieldPositions['intensity-series'] ?? spec.position)
        ];
    }
    /** The summary notice for estimated runs the flag, input or provider would have reached. */
    finish() {
        if (this.estimatedGlobal.length === 0)
            return [];
        const what = this.input.intensitySeries
            ? `The intensity series ${this.input.intensitySeries.file}`
            : `${this.input.intensityProvider?.name ?? 'The provider'}'s hourly intensity`;
        const names = this.estimatedGlobal
            .slice(0, 10)
            .map((n) => `"${n}"`)
            .join(', ');
        const more = this.estimatedGlobal.length > 10 ? ` and ${this.estimatedGlobal.length - 10} more` : '';
        return [
            (0,core_diagnostics/* diagnostic */.YK)('notice', 'intensity/estimated-run', `${what} weights measured runs only; estimated runs have no timestamps to weight and use their annual intensity: ${names}${more}.`, this.input.intensitySeries ? { file: this.input.intensitySeries.file } : undefined)
        ];
    }
    /** The series for a measured run whose energy by hour is `hourly`; none where none applies or it failed. */
    async forMeasured(run, hourly) {
        const { spec } = run;
        const origin = this.originFor(spec);
        const timezone = spec.traceOptions?.timezone ?? this.input.overrides?.timezone;
        if (origin === 'manifest' && spec.intensitySeries !== undefined) {
            const at = spec.fieldPositions['intensity-series'] ?? spec.position;
            if (!this.input.traces)
                return { diagnostics: [] };
            const key = `manifest\u0000${spec.manifest}\u0000${spec.intensitySeries}\u0000${timezone ?? ''}`;
            return this.once(key, () => readManifestSeries(this.input.traces, spec.manifest, spec.intensitySeries, at, timezone), 'manifest');
        }
        if (origin === 'override' && this.input.intensitySeries) {
            const text = this.input.intensitySeries;
            const key = `override\u0000${timezone ?? ''}`;
            return this.once(key, async () => parseOverride(text.text, text.file, timezone), 'override');
        }
        if (!this.input.intensityProvider)
            return { diagnostics: [] };
        const provider = this.input.intensityProvider;
        const at = spec.fieldPositions['location'] ?? spec.position;
        const fallback = `the run's annual ${(0,format/* formatIntensity */.TA)(run.intensity.intensityGPerKWh)} (${run.intensity.label}) is used`;
        if (spec.intensityGPerKWh !== undefined) {
            // An explicit intensity says the user knows the grid better than the location does.
            return {
                diagnostics: [
                    (0,core_diagnostics/* diagnostic */.YK)('notice', 'intensity/not-fetched', `Run "${spec.name}": its \`intensity\` is given explicitly (${(0,format/* formatIntensity */.TA)(spec.intensityGPerKWh)}), so ${provider.name} is not asked; give \`intensity-series\` to weight its hours.`, spec.fieldPositions['intensity'] ?? spec.position)
                ]
            };
        }
        const zone = electricityMapsZone(run.intensity.key);
        if (zone === undefined) {
            return {
                diagnostics: [
                    (0,core_diagnostics/* diagnostic */.YK)('notice', 'intensity/not-fetched', `Run "${spec.name}": location ${run.intensity.label} has no ${provider.name} zone, so its hours are not weighted and ${fallback}; write the location as a zone (e.g. "zone:DE", "US-CAL-CISO") or give \`intensity-series\`.`, at)
                ]
            };
        }
        const spans = energySpans(hourly);
        if (spans.length === 0) {
            return {
                diagnostics: [
                    (0,core_diagnostics/* diagnostic */.YK)('notice', 'intensity/not-fetched', `Run "${spec.name}": its logs carry no wall-clock times, so there are no hours to fetch ${provider.name} intensities for and ${fallback}.`, at)
                ]
            };
        }
        const keyOf = (span) => `${zone}\u0000${span.startMs}\u0000${span.endMs}`;
        const plan = planFetch(spans, hourly, {
            runHours: MAX_FETCH_HOURS_PER_RUN,
            checkHoursLeft: MAX_FETCH_HOURS_PER_CHECK - this.provider.fetchedHours,
            fetched: (span) => this.provider.answers.has(keyOf(span))
        });
        this.provider.fetchedHours += plan.chargedHours;
        const diagnostics = [];
        if (plan.skipped) {
            const { hours, firstMs, lastMs } = plan.skipped;
            diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'intensity/fetch-limit', `Run "${spec.name}": ${hours} hour${hours === 1 ? '' : 's'} of its energy (${isoHour(firstMs)} to ${isoHour(lastMs + intensity_series/* HOUR_MS */.iQ)}) ${hours === 1 ? 'was' : 'were'} not fetched from ${provider.name}: one run may ask for at most ${(0,format/* formatNumber */.ZV)(MAX_FETCH_HOURS_PER_RUN)} hours (${MAX_FETCH_HOURS_PER_RUN / 24} days) and one check for ${(0,format/* formatNumber */.ZV)(MAX_FETCH_HOURS_PER_CHECK)} hours (${MAX_FETCH_HOURS_PER_CHECK / 24} days), each request counting at least ${MIN_CHARGED_HOURS} hours. ${hours === 1 ? 'That hour uses' : 'Those hours use'} the annual average: ${(0,format/* formatIntensity */.TA)(run.intensity.intensityGPerKWh)} (${run.intensity.label}).`, at));
        }
        const hourlyGPerKWh = new Map();
        let fetched;
        for (const span of plan.fetch) {
            const key = keyOf(span);
            let pending = this.provider.answers.get(key);
            if (!pending) {
                pending = provider
                    .fetch({ zone, ...span })
                    .catch((e) => ({ ok: false, message: e instanceof Error ? e.message : String(e) }));
                this.provider.answers.set(key, pending);
            }
            const answer = await pending;
            if (!answer.ok) {
                const range = `${isoHour(span.startMs)} to ${isoHour(span.endMs)}`;
                const why = /[.!?]$/.test(answer.message.trim()) ? answer.message.trim() : `${answer.message.trim()}.`;
                diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'intensity/provider-failed', `Run "${spec.name}": no hourly intensities from ${provider.name} for zone ${zone}, ${range}: ${why} The annual average is used instead: ${(0,format/* formatIntensity */.TA)(run.intensity.intensityGPerKWh)} (${run.intensity.label}).`, at));
                return { diagnostics };
            }
            fetched ??= answer.series;
            for (const [hour, g] of answer.series.hourlyGPerKWh)
                if (!hourlyGPerKWh.has(hour))
                    hourlyGPerKWh.set(hour, g);
        }
        if (!fetched)
            return { diagnostics };
        // One span (the usual case) is its answer as it is; several are joined into one series.
        const series = plan.fetch.length === 1 ? fetched : { ...fetched, hourlyGPerKWh };
        return { series, origin: 'provider', diagnostics };
    }
    /** Loads a series once; its diagnostics go to the first run that asks. */
    async once(key, load, origin) {
        let pending = this.reads.get(key);
        if (!pending) {
            pending = load();
            this.reads.set(key, pending);
        }
        const read = await pending;
        const diagnostics = this.reported.has(key) ? [] : read.diagnostics;
        this.reported.add(key);
        return read.series ? { series: read.series, origin, diagnostics } : { diagnostics };
    }
}
/** Parses the flag's or input's series text. */
function parseOverride(text, file, timezone) {
    const parsed = (0,intensity_series/* parseIntensityCsv */.bU)(text, file, timezone !== undefined ? { timezone } : {});
    if (parsed.diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics: parsed.diagnostics };
    return { series: parsed.series, diagnostics: parsed.diagnostics };
}
/** `2024-06-01T13:00Z`. */
function isoHour(ms) {
    return new Date(ms).toISOString().replace(':00:00.000Z', ':00Z');
}

// EXTERNAL MODULE: ./src/core/traces/index.ts + 2 modules
var traces = __webpack_require__(1399);
// EXTERNAL MODULE: ./src/core/traces/limits.ts
var limits = __webpack_require__(7124);
;// CONCATENATED MODULE: ./src/core/analyze.ts
/**
 * The whole pipeline, from texts to a Report: parse the config and the manifests, settle the
 * budget and the default location, resolve each run (hardware, intensity, PUE), measure it from
 * its traces where they can be read or estimate it otherwise, and assemble the report. The
 * adapters do the I/O and hand in texts and a trace reader; nothing here touches a file.
 */















/**
 * Every diagnostic code this stage emits itself (documented in docs/diagnostics/report.md); the
 * stages it calls have their own lists.
 */
const ANALYZE_CODES = (/* unused pure expression or super */ null && ([
    'traces/not-read',
    'traces/no-match',
    'traces/unmeasured',
    'run/no-estimate',
    'run/default-pue',
    'run/pue-in-logs',
    'run/repeats-measured',
    'run/zero-intensity',
    'run/zero-watts',
    'run/zero-measured'
]));
/** Where a `--location` flag or `location` input comes from, as messages name it. */
const LOCATION_OVERRIDE_ORIGIN = '--location / location input';
/**
 * The default measurement stage: expands the run's trace globs through the reader, streams the
 * files through `measureTraces`, and returns the measurement unless any of it failed (an error
 * means part of the logs could not be measured, and a part must not pass for the whole run).
 * The manifest's `trace.timezone` beats the `--timezone` / `timezone` input: it is the more
 * specific of the two.
 */
const measureRunTraces = async (spec, reader, options) => {
    const at = spec.fieldPositions['traces'] ?? spec.position;
    const diagnostics = [];
    const files = [];
    for (const pattern of spec.traces) {
        const listed = await reader.list(spec.manifest, pattern);
        for (const d of listed.diagnostics)
            diagnostics.push(d);
        for (const file of listed.files)
            if (!files.includes(file))
                files.push(file);
    }
    if (files.length === 0) {
        if (diagnostics.length === 0) {
            const patterns = spec.traces.map((p) => `"${p}"`).join(', ');
            diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/no-match', `Run "${spec.name}": its traces (${patterns}) match no file.`, at));
        }
        return { diagnostics };
    }
    const trace = spec.traceOptions ?? {};
    // Everything but the diagnostics is the measured energy, passed on whole (never field by field).
    const { diagnostics: found, ...measured } = await (0,traces/* measureTraces */.tw)(files.map((path) => ({
        path,
        open: () => reader.open(path),
        ...(reader.offload ? { offload: (request) => reader.offload(path, request) } : {})
    })), {
        timezone: trace.timezone ?? options.timezone,
        format: trace.format,
        columns: trace.columns,
        maxGapS: trace.maxGapS,
        wallTimeS: spec.durationS,
        ...(options.budget ? { budget: options.budget } : {})
    });
    // Run-level findings (coverage, options) carry no file: place them at the run's `traces`.
    for (const d of found) {
        diagnostics.push(d.file
            ? d
            : { ...d, message: `Run "${spec.name}": ${d.message}`, file: at.file, line: at.line, column: at.column });
    }
    if (found.some((d) => d.severity === 'error'))
        return { diagnostics };
    return { measured, diagnostics };
};
/**
 * Analyzes manifests against the budget policy and returns the report. Never throws for bad
 * input: every problem becomes a diagnostic, the report's `inputValid` is false and its status
 * `invalid`. With a base (`input.base`), the base's manifests go through the same pipeline with
 * the same data, so that the policy judges what the change adds (src/core/policy/evaluate.ts).
 */
async function analyze(input, hooks = {}) {
    const diagnostics = [...(input.diagnostics ?? [])];
    let config;
    if (input.config) {
        const parsed = (0,core_config/* parseConfig */.o4)(input.config.file, input.config.text);
        for (const d of parsed.diagnostics)
            diagnostics.push(d);
        config = parsed.config;
    }
    const baseConfig = readBaseConfig(input.base, diagnostics);
    // The base's policy applies when the base has one: a change cannot loosen its own policy.
    const resolved = resolvePolicy(baseConfig ?? config, input.overrides);
    for (const d of resolved.diagnostics)
        diagnostics.push(d);
    const headSeries = new SeriesSource(input);
    const head = await computeRuns(input.manifests, input, config, headSeries, hooks, diagnostics);
    let baseRuns = null;
    if (input.base) {
        const baseDiagnostics = [];
        const base = await computeRuns(input.base.manifests, { ...input, traces: input.base.traces }, baseConfig ?? config, headSeries.sibling(input.base.traces), hooks, baseDiagnostics);
        baseRuns = base.runs;
        for (const d of input.base.diagnostics)
            diagnostics.push(d);
        for (const d of baseProblems(input.base.ref, baseDiagnostics))
            diagnostics.push(d);
    }
    const ledger = windowLedger(resolved.policy, input, diagnostics);
    const outcome = evaluatePolicy({
        policy: resolved.policy,
        head: head.runs,
        base: baseRuns,
        facts: head.facts,
        ...(ledger ? { ledger } : {}),
        ...(input.nowMs !== undefined ? { nowMs: input.nowMs } : {}),
        ...(input.committedAs ? { committedAs: input.committedAs } : {})
    });
    for (const d of outcome.diagnostics)
        diagnostics.push(d);
    return buildReport({
        runs: head.runs,
        diagnostics,
        budget: resolved.budget,
        policy: {
            budgets: outcome.verdicts,
            base: input.base ? { ref: input.base.ref, ...(input.base.sha ? { sha: input.base.sha } : {}) } : null,
            // Who may waive, as the policy in force says: the action judges the waiver label by it.
            waivers: resolved.policy.waivers
        },
        changes: outcome.changes,
        toolVersion: input.toolVersion,
        extraSources: head.extraSources,
        extraNotes: head.notes,
        config: {
            file: input.config?.file ?? null,
            searched: input.configSearched ?? (input.config ? [input.config.file] : [])
        }
    });
}
/**
 * The ledger for the policy's `window` budgets, read only when it has one; a missing ledger is a
 * notice (a warning when the policy fails on it), an unreadable one a warning. The ledger's own
 * problems stay out of the report's diagnostics (they are no error of the change's input, and
 * `carbon-gate ledger verify` lists them): the first is quoted in the warning.
 */
function windowLedger(policy, input, diagnostics) {
    if (!policy.budgets.some((rule) => rule.scope === 'window'))
        return undefined;
    const state = readLedgerState(input.ledger);
    const fails = policy.ledger?.missing === 'fail';
    const consequence = fails
        ? 'window budgets fail (`ledger: { missing: fail }`)'
        : 'window budgets are not judged (`ledger: { missing: warn }`)';
    if (state.kind === 'missing' || state.kind === 'not-read') {
        const why = state.kind === 'missing' ? `There is no ledger yet (${state.reason})` : 'The ledger was not read';
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)(fails ? 'warning' : 'notice', 'ledger/missing', `${why}: ${consequence}.`));
    }
    else if (state.kind === 'unreadable') {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'ledger/unreadable', `${analyze_capitalise(state.reason)}: ${consequence}.`));
    }
    return state;
}
function analyze_capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * Parses, resolves and computes the runs of a set of manifests (the head's, or the base's with
 * its own trace reader): the same code for both, so that only the manifests make a difference.
 */
async function computeRuns(manifests, input, config, series, hooks, diagnostics) {
    const extraSources = [];
    const defaultLocation = pickDefaultLocation(config, input);
    const traceBudget = (0,limits/* createTraceBudget */.fe)(input.traceLimits);
    const runs = [];
    const facts = new Map();
    const totals = new RunTotals();
    const onDefaultLocation = [];
    for (const text of manifests) {
        const parsed = parseManifest(text.file, text.text);
        for (const d of parsed.diagnostics)
            diagnostics.push(d);
        for (const d of checkRejectedRunNames(parsed.manifest?.rejectedRuns ?? [], defaultLocation))
            diagnostics.push(d);
        for (const spec of parsed.manifest?.runs ?? []) {
            for (const d of zeroValueWarnings(spec))
                diagnostics.push(d);
            const resolved = (0,resolve/* resolveRun */.Uf)(spec, defaultLocation);
            for (const d of resolved.diagnostics)
                diagnostics.push(d);
            for (const s of resolved.extraSources)
                extraSources.push(s);
            if (!resolved.run)
                continue;
            if (resolved.usedDefaultLocation)
                onDefaultLocation.push(spec.name);
            const computed = await computeRun(resolved.run, input, hooks, { series, traceBudget }, diagnostics);
            if (!computed)
                continue;
            const { result } = computed;
            // A result no double holds, alone or in the sum, is an error at its field, never a total.
            const overflow = runOverflow(resolved.run, result) ?? totals.add(result);
            if (overflow) {
                diagnostics.push(overflow);
                continue;
            }
            runs.push(result);
            for (const d of multiplierNotices(resolved.run, computed))
                diagnostics.push(d);
            const tracesAt = spec.fieldPositions['traces'] ?? spec.position;
            facts.set(result, { declaresDuration: spec.durationS !== undefined, tracesAt });
            const zero = zeroMeasured(result, tracesAt);
            if (zero)
                diagnostics.push(zero);
        }
    }
    for (const d of series.finish())
        diagnostics.push(d);
    const notes = [];
    if (defaultLocation && onDefaultLocation.length > 0) {
        notes.push(`Default location "${defaultLocation.location}" from ${defaultLocation.origin}, for runs that name none: ${onDefaultLocation.map((n) => `"${n}"`).join(', ')}.`);
    }
    return { runs, facts, extraSources, notes };
}
/**
 * The base's policy file, when the base has one that reads without errors. One that has errors
 * is reported (once, as a warning) and the head's applies: the base's check failed on it anyway.
 */
function readBaseConfig(base, diagnostics) {
    if (!base?.config)
        return undefined;
    const parsed = (0,core_config/* parseConfig */.o4)(base.config.file, base.config.text);
    if (parsed.config)
        return parsed.config;
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error').length;
    diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'policy/base-config-invalid', `The budget config at the base (${base.ref}) has ${errors === 1 ? 'an error' : `${errors} errors`}, so the head's config applies.`, { file: base.config.file }));
    return undefined;
}
/**
 * The base's own problems are not the change's: they are left out, except for one warning per
 * manifest whose base version has errors, since its runs that could not be computed there count
 * as added (in full) at the head.
 */
function baseProblems(ref, found) {
    const counts = new Map();
    for (const d of found) {
        if (d.severity !== 'error')
            continue;
        const file = d.file ?? '';
        counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    return [...counts].map(([file, errors]) => (0,core_diagnostics/* diagnostic */.YK)('warning', 'policy/base-invalid', `${file === '' ? 'The base' : `${file} at the base`} (${ref}) has ${errors === 1 ? 'an error' : `${errors} errors`}; runs that could not be computed there count as added, in full.`, file === '' ? undefined : { file }));
}
/**
 * Warnings for values that make a run cost nothing: `intensity: 0 g/kWh`, `watts: 0` and a
 * whole-machine `power: 0 W`. Legal, and right for a test fixture, but in a real manifest they
 * hide a run from every budget.
 */
function zeroValueWarnings(spec) {
    const out = [];
    const at = (key) => spec.fieldPositions[key] ?? spec.position;
    if (spec.intensityGPerKWh === 0) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'run/zero-intensity', `Run "${spec.name}": \`intensity\` is 0 g/kWh, so its emissions are zero whatever it draws; no grid is carbon-free over a year. Name a \`location\` instead, or the measured intensity.`, at('intensity')));
    }
    for (const kind of ['gpu', 'cpu']) {
        if (spec[kind]?.watts === 0) {
            out.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'run/zero-watts', `Run "${spec.name}": \`${kind}.watts\` is 0, so its ${kind === 'gpu' ? 'GPUs' : 'CPUs'} count for nothing; give the rated power of one device (e.g. "400 W") or a \`model\`.`, at(`${kind}.watts`)));
        }
    }
    if (spec.powerW === 0) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'run/zero-watts', `Run "${spec.name}": \`power\` is 0 W, so the run counts for nothing; give the measured average draw of the machine.`, at('power')));
    }
    return out;
}
/** A warning when a run's logs read zero power over their whole span: nothing was measured. */
function zeroMeasured(run, at) {
    const m = run.measurement;
    if (!m || m.samples === 0 || m.itEnergyKWh !== 0)
        return undefined;
    return (0,core_diagnostics/* diagnostic */.YK)('warning', 'run/zero-measured', `Run "${run.name}": its logs read zero power over their whole span (${m.samples} samples), so it counts for nothing; check that the logged column is the power draw.`, at);
}
/**
 * What the run's multipliers did, where the manifest may not expect it: a default PUE used (the
 * manifest states none and names no preset), a stated PUE replaced by the one the logs already include, and `repeats`
 * multiplying measured energy. Each once per run, at the field it is about.
 */
function multiplierNotices(run, computed) {
    const { result, includedPues } = computed;
    const includedKWh = computed.pueIncludedKWh;
    const { spec } = run;
    const out = [];
    const label = `Run "${spec.name}"`;
    const measurement = result.method === 'measured' ? result.measurement : undefined;
    const itKWh = measurement?.itEnergyKWh ?? result.itEnergyKWh;
    // `includedKWh`: the measured energy (one training) whose logs already carry a PUE, which the
    // run's PUE skips.
    const appliesRunPue = !(itKWh > 0 && includedKWh >= itKWh);
    const stated = spec.pue;
    // The generic 1.56 or a cloud provider's fleet value; a preset's PUE (strubell-2019's 1.58) is
    // part of the paper's numbers the preset reproduces, chosen with it, so it is not flagged.
    const isDefault = run.pue === catalog/* DEFAULT_PUE */.fU || Object.values(catalog/* PROVIDER_PUE */.bz).includes(run.pue);
    if (stated === undefined && isDefault && appliesRunPue) {
        const part = includedKWh > 0 ? `, applied to the ${(0,format/* formatEnergy */.QE)(itKWh - includedKWh)} of logs that carry none` : '';
        out.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'run/default-pue', `${label}: PUE ${(0,format/* formatPue */.Ws)(run.pue.pue)} is a default, not stated in the manifest: ${run.pue.source.name}${part}. To use the facility's own value, set \`pue:\` in the run or in \`defaults:\` (1.0 for a machine at home or in an office, which adds no data-centre cooling or power conversion).`, spec.position));
    }
    if (stated !== undefined && includedKWh > 0) {
        const at = spec.fieldPositions['pue'] ?? spec.position;
        // "CodeCarbon's PUE 1.2" where the logs name it (several files may carry several values).
        const theirs = includedPues.length > 0
            ? `CodeCarbon's PUE ${includedPues.map(format/* formatPue */.Ws).join(' and ')}`
            : "CodeCarbon's own PUE (above 1; the report's notes name it)";
        const why = `CodeCarbon multiplied its \`pue\` setting into every \`*_energy\` value it logged, and a PUE is applied once`;
        const message = appliesRunPue
            ? `${label}: \`pue: ${(0,format/* formatPue */.Ws)(stated)}\` is applied only to ${(0,format/* formatEnergy */.QE)(itKWh - includedKWh)} of the ${(0,format/* formatEnergy */.QE)(itKWh)} measured per training; the other ${(0,format/* formatEnergy */.QE)(includedKWh)} keeps ${theirs}, already in its logged energy, because ${why}. The run shows the effective PUE ${(0,format/* formatPue */.Ws)(result.pue)}.`
            : `${label}: \`pue: ${(0,format/* formatPue */.Ws)(stated)}\` is not applied: the PUE used is ${theirs}, already in the logged energy, because ${why}; the run shows PUE 1 ("already included"). To have ${(0,format/* formatPue */.Ws)(stated)} applied instead, log with CodeCarbon's \`pue\` at 1.0, its default.`;
        out.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'run/pue-in-logs', message, at));
    }
    if (measurement && spec.repeats !== 1) {
        out.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'run/repeats-measured', `${label}: the logged energy (${(0,format/* formatEnergy */.QE)(itKWh)} per training, before PUE) is multiplied by \`repeats: ${(0,format/* formatNumber */.ZV)(spec.repeats)}\`. If the logs already cover every repeat (one log of the whole sweep), that counts them ${(0,format/* formatNumber */.ZV)(spec.repeats)} times: remove \`repeats\`, or keep one repeat's logs in \`traces\`.`, spec.fieldPositions['repeats'] ?? spec.position));
    }
    return out;
}
/** Name problems that `resolveRun` finds; the only ones worth reporting for a run with errors. */
const NAME_CODES = new Set([
    'hardware/unknown-gpu',
    'hardware/unknown-cpu',
    'hardware/no-rated-power',
    'location/unknown'
]);
/**
 * Runs with errors are not computed, but their GPU, CPU and location names are still looked up,
 * so a manifest with a bad duration and a misspelt GPU gets both errors in one pass. Other
 * resolve findings are left out: they may only follow from the fields that were refused.
 */
function checkRejectedRunNames(rejected, defaultLocation) {
    return rejected.flatMap((spec) => (0,resolve/* resolveRun */.Uf)(spec, defaultLocation).diagnostics.filter((d) => NAME_CODES.has(d.code)));
}
/**
 * The default location for runs that name none: the flag or input beats the config file, as every
 * override does; a run's own `location` (or its manifest's `defaults`) beats both. A location from
 * the config carries where the config writes it (through anchors and flow style alike), so its
 * note and any diagnostic about it name that line.
 */
function pickDefaultLocation(config, input) {
    const override = input.overrides?.location?.trim();
    if (override)
        return { location: override, origin: LOCATION_OVERRIDE_ORIGIN };
    if (config?.location !== undefined) {
        const at = config.positions?.location ?? (config.file !== undefined ? { file: config.file } : undefined);
        return {
            location: config.location,
            origin: `the budget config${at ? ` ${place(at)}` : ''}`,
            ...(at ? { at } : {})
        };
    }
    return undefined;
}
/** `file:line:column`, the compiler convention, as far as the position goes. */
function place(at) {
    return `${at.file ?? ''}${at.line !== undefined ? `:${at.line}${at.column !== undefined ? `:${at.column}` : ''}` : ''}`;
}
/** True when the manifest names a power source (GPU, CPU, memory or a whole-machine power). */
function hasPowerSource(spec) {
    return spec.gpu !== undefined || spec.cpu !== undefined || spec.memoryGB !== undefined || spec.powerW !== undefined;
}
/** True when the manifest describes enough to estimate the run: a time and a power source. */
function canEstimate(spec) {
    return spec.durationS !== undefined && hasPowerSource(spec);
}
/**
 * The estimate shown beside a measurement: over the declared duration, or, where the manifest
 * names hardware but no duration, over the logs' wall time, so estimate and measurement describe
 * the same stretch of time (and the report says so).
 */
function estimateBeside(run, estimate, measurement) {
    if (estimate || !hasPowerSource(run.spec) || !(measurement.wallTimeS > 0))
        return { estimate, measurement };
    const note = `The estimate beside the measurement uses the logs' wall time (${(0,format/* formatDuration */.a3)(measurement.wallTimeS)}), since the manifest declares no \`duration\`.`;
    return {
        estimate: estimateRun(run, measurement.wallTimeS),
        measurement: { ...measurement, notes: [...measurement.notes, note] }
    };
}
/**
 * One run's result: measured where its traces can be read (with the estimate beside it when the
 * manifest also describes the hardware), estimated otherwise, and left out with an error when
 * neither is possible (never a silent zero).
 */
async function computeRun(run, input, hooks, shared, diagnostics) {
    const { spec } = run;
    const { series, traceBudget } = shared;
    const estimate = canEstimate(spec) ? estimateRun(run, spec.durationS) : undefined;
    // An estimated run has no timestamps: a series that would apply is set aside, with a notice.
    const estimated = () => {
        if (!estimate)
            return undefined;
        for (const d of series.estimated(spec))
            diagnostics.push(d);
        return { result: estimate, pueIncludedKWh: 0, includedPues: [] };
    };
    if (spec.traces.length === 0) {
        if (estimate)
            return estimated();
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'run/no-estimate', `Run "${spec.name}" needs \`duration\` and a power source (\`gpu\`, \`cpu\`, \`memory\` or \`power\`) to be estimated.`, spec.position));
        return undefined;
    }
    const at = spec.fieldPositions['traces'] ?? spec.position;
    const measure = hooks.measure ?? measureRunTraces;
    if (!input.traces) {
        if (estimate) {
            diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'traces/not-read', `Run "${spec.name}": its traces are not read here (no trace reader), so it is estimated from the manifest.`, at));
            return estimated();
        }
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'run/no-estimate', `Run "${spec.name}": its traces are not read here, and it has no \`duration\` with a power source to be estimated from instead.`, at));
        return undefined;
    }
    const result = await measure(spec, input.traces, {
        timezone: input.overrides?.timezone,
        budget: traceBudget
    });
    for (const d of result.diagnostics)
        diagnostics.push(d);
    if (result.measured) {
        const { summary, detail } = result.measured;
        // Without hours, all of the energy is untimed: it is weighted at the run's own intensity.
        const hourly = result.measured.hourly ?? {
            energyByHourKWh: new Map(),
            untimedEnergyKWh: summary.itEnergyKWh
        };
        let measurement = summary;
        const chosen = await series.forMeasured(run, hourly);
        for (const d of chosen.diagnostics)
            diagnostics.push(d);
        if (chosen.series && chosen.origin) {
            const at = chosen.origin === 'manifest'
                ? (spec.fieldPositions['intensity-series'] ?? spec.position)
                : (spec.fieldPositions['location'] ?? spec.position);
            const weighted = weightMeasurement({
                runName: spec.name,
                measurement,
                hourly,
                series: chosen.series,
                origin: chosen.origin,
                fallback: run.intensity,
                at
            });
            for (const d of weighted.diagnostics)
                diagnostics.push(d);
            measurement = weighted.measurement;
        }
        const beside = estimateBeside(run, estimate, measurement);
        return {
            result: measuredRun(run, beside.measurement, beside.estimate, detail),
            pueIncludedKWh: pueIncludedKWh(beside.measurement, detail),
            includedPues: detail?.includedPues ?? []
        };
    }
    if (estimate) {
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'traces/unmeasured', `Run "${spec.name}": no energy could be measured from its traces (see the diagnostics above), so it is estimated from the manifest.`, at));
        return estimated();
    }
    diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('error', 'run/no-estimate', `Run "${spec.name}": no energy could be measured from its traces, and it has no \`duration\` with a power source to be estimated from instead.`, at));
    return undefined;
}

// EXTERNAL MODULE: ./src/core/render/json.ts
var json = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/core/render/redact.ts
var redact = __webpack_require__(6483);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/core/traces/access.ts
var access = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/io/discovery.ts
var discovery = __webpack_require__(3638);
// EXTERNAL MODULE: ./src/io/paths.ts
var io_paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/trace-reader.ts + 4 modules
var trace_reader = __webpack_require__(3657);
;// CONCATENATED MODULE: ./src/io/base.ts
/**
 * The change's base as the core reads it (`AnalyzeInput.base`): the head's manifests as they are
 * at the base commit, a TraceReader over the base's power logs, and the base's policy file. Both
 * adapters describe their base as a {@link BaseSource} (the action through the REST API, the CLI
 * through git), and {@link buildBaseSnapshot} overlays it on what the head already read, so the
 * rules live here once:
 *
 * - a manifest the change does not touch has the head's text (when the source lists the base's
 *   files, it must also be one of them: a manifest the workflow wrote into the checkout was never
 *   committed, and its runs are new);
 * - a modified manifest has its base text; a renamed one the base text of its previous name,
 *   under the name the head gives it (runs are matched by manifest path and run name, and a
 *   rename is not a change of the runs); a removed one (that the manifest search would have
 *   found) its base text under its own name; an added one is absent;
 * - a manifest from an artifact has a base only when its bytes are, by git's blob SHA, a manifest
 *   committed at the change's head (then it stands for that path; in `workflow_run` mode the PR's
 *   manifests arrive this way); otherwise its runs are new;
 * - a trace the change does not touch is read from the working tree (same bytes); a changed or
 *   removed one through the source, within the same byte limits;
 * - the policy file at the base applies when it exists there: a change cannot loosen its own policy.
 *
 * A problem reading one base file is a warning, and the file counts as absent at the base (its
 * runs count in full: never fewer kilograms than the change may add). A base that cannot be read
 * at all gives no snapshot and one warning; the core then judges every run as new.
 */









/** Largest manifest or policy file read at the base: the limit the head's reads have (src/io/read.ts). */
const MAX_BASE_TEXT_BYTES = 1024 * 1024;
/**
 * Largest power log read whole at the base when the source cannot stream (the REST API answers a
 * file's raw content up to 100 MB). A larger one is a warning; its base run is then estimated.
 */
const MAX_BASE_TRACE_READ_BYTES = 100 * 1024 * 1024;
/**
 * Builds the base snapshot (see the module comment). Never throws: a source that cannot list the
 * change gives no snapshot and a `base/unavailable` warning.
 */
async function buildBaseSnapshot(options) {
    const { source } = options;
    const listed = await source.changedFiles().catch((error) => ({ failed: messageOf(error) }));
    if ('failed' in listed)
        return { diagnostics: [unavailable(source.ref, listed.failed)] };
    const files = source.baseFiles ? await source.baseFiles().catch(() => undefined) : undefined;
    const paths = new RepoPaths(options.baseDir, options.repoRoot);
    const change = new ChangeIndex(listed.files, files);
    const diagnostics = [];
    const snapshot = {
        ref: source.ref,
        manifests: [],
        changedManifests: [],
        diagnostics
    };
    if (source.sha !== undefined)
        snapshot.sha = source.sha;
    const touched = new Set();
    /** Base path of each base manifest, by the name the snapshot gives it (for its trace globs). */
    const baseLocation = new Map();
    const readText = async (repoPath, name, what) => {
        const read = await source
            .read(repoPath, MAX_BASE_TEXT_BYTES)
            .catch((error) => ({ kind: 'failed', message: messageOf(error) }));
        const at = `at the base ${source.ref}`;
        switch (read.kind) {
            case 'absent':
                return undefined;
            case 'too-large':
                diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'base/too-large', `The ${what} ${at} (${repoPath}) is larger than ${MAX_BASE_TEXT_BYTES / (1024 * 1024)} MiB, the limit for ${what}s, so it was not read; ${what === 'manifest' ? 'its runs count as new' : "the head's copy applies"}.`, { file: name }));
                return undefined;
            case 'failed':
                diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'base/unreadable', `The ${what} ${at} (${repoPath}) could not be read: ${read.message}; ${what === 'manifest' ? 'its runs count as new' : "the head's copy applies"}.`, { file: name }));
                return undefined;
            case 'found':
                try {
                    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
                }
                catch {
                    diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('warning', 'base/unreadable', `The ${what} ${at} (${repoPath}) is not valid UTF-8 text; ${what === 'manifest' ? 'its runs count as new' : "the head's copy applies"}.`, { file: name }));
                    return undefined;
                }
        }
    };
    // The head's manifests, each as it is at the base: the working tree's by their path, and the
    // uploaded ones that are byte for byte a manifest committed at the head, by that manifest's path.
    const isManifest = manifestMatcher(options.manifestPatterns);
    const headManifests = [];
    const committedAs = {};
    for (const manifest of options.manifests) {
        const repoPath = paths.toRepo(manifest.file);
        if (repoPath !== undefined)
            headManifests.push({ manifest, repoPath });
    }
    const claimed = new Set(headManifests.map((m) => m.repoPath));
    for (const { manifest, repoPath } of matchUploaded(options.uploaded ?? [], claimed, change, paths, isManifest)) {
        headManifests.push({ manifest, repoPath });
        committedAs[manifest.file] = paths.toName(repoPath);
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'base/artifact-matched', `The manifest has exactly the bytes of ${repoPath} as committed at the change's head (same git blob), so its runs are judged against ${repoPath} as it is at the base ${source.ref}.`, { file: manifest.file }));
    }
    const headRepoPaths = new Set();
    for (const { manifest, repoPath } of headManifests) {
        headRepoPaths.add(repoPath);
        const state = change.stateOf(repoPath);
        if (state.kind === 'same') {
            snapshot.manifests.push({ file: manifest.file, text: manifest.text });
            baseLocation.set(manifest.file, repoPath);
            continue;
        }
        touched.add(manifest.file);
        if (state.kind === 'absent') {
            if (state.uncommitted) {
                diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'base/not-committed', `The manifest is not in the base ${source.ref} and the change does not add it: it was written in the working tree (by the workflow, or not yet committed), so its runs count as new.`, { file: manifest.file }));
            }
            continue;
        }
        if (state.from !== repoPath)
            touched.add(paths.toName(state.from));
        const text = await readText(state.from, manifest.file, 'manifest');
        if (text === undefined)
            continue;
        snapshot.manifests.push({ file: manifest.file, text });
        baseLocation.set(manifest.file, state.from);
    }
    // Manifests the change removes (or renames to a name the search does not find): judged at the
    // base under their own name, where the head's search would have found them.
    for (const gone of change.goneAtHead()) {
        const name = paths.toName(gone);
        if (headRepoPaths.has(gone) || !isManifest(name) || baseLocation.has(name))
            continue;
        // A rename's old name is already listed by the manifest it became, when the search finds that.
        touched.add(name);
        if ([...baseLocation.values()].includes(gone))
            continue;
        const text = await readText(gone, name, 'manifest');
        if (text === undefined)
            continue;
        snapshot.manifests.push({ file: name, text });
        baseLocation.set(name, gone);
    }
    snapshot.changedManifests = [...touched].sort();
    // The policy file at the base: the first candidate that exists there.
    for (const candidate of options.configCandidates) {
        const repoPath = paths.toRepo(candidate);
        if (repoPath === undefined)
            continue;
        const state = change.stateOf(repoPath);
        if (state.kind === 'absent')
            continue;
        const headText = options.config?.file === candidate ? options.config.text : undefined;
        const text = state.kind === 'same' && headText !== undefined
            ? headText
            : await readText(state.kind === 'read' ? state.from : repoPath, candidate, 'policy file');
        if (text === undefined)
            continue;
        snapshot.config = { file: candidate, text };
        if (options.config === undefined || options.config.file !== candidate || options.config.text !== text) {
            diagnostics.push((0,core_diagnostics/* diagnostic */.YK)('notice', 'base/policy-changed', options.config === undefined
                ? `The change removes the policy file; the policy as it is at the base ${source.ref} applies to this check (a change cannot loosen its own policy).`
                : `The change edits the policy file; the policy as it is at the base ${source.ref} applies to this check (a change cannot loosen its own policy), and the edit takes effect once merged.`, { file: candidate }));
        }
        break;
    }
    snapshot.traces = baseTraceReader({
        source,
        paths,
        change,
        baseLocation,
        headTraces: options.headTraces,
        maxReadBytes: options.maxTraceReadBytes ?? MAX_BASE_TRACE_READ_BYTES
    });
    return { snapshot, diagnostics: [], ...(Object.keys(committedAs).length > 0 ? { committedAs } : {}) };
}
/** The warning for a base that cannot be read at all. */
function unavailable(ref, why) {
    return (0,core_diagnostics/* diagnostic */.YK)('warning', 'base/unavailable', `The change's base (${ref}) could not be read: ${why}. There is no base to compare with, so every run counts as new.`);
}
/** An error's message in one line, for a failure that is not an API answer. */
function messageOf(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
/** Converts between the names the report gives files and repository-relative paths. */
class RepoPaths {
    baseDir;
    repoRoot;
    constructor(baseDir, repoRoot) {
        this.baseDir = baseDir;
        this.repoRoot = repoRoot;
    }
    /** The repository path of a name, or undefined for a file outside the repository. */
    toRepo(name) {
        const abs = external_node_path_default().resolve(this.baseDir, name);
        if (!(0,io_paths/* isInside */.FK)(this.repoRoot, abs) || abs === external_node_path_default().resolve(this.repoRoot))
            return undefined;
        return external_node_path_default().relative(this.repoRoot, abs).split((external_node_path_default()).sep).join('/');
    }
    /** The name the report gives a repository path. */
    toName(repoPath) {
        return (0,io_paths/* displayPath */.Gt)(external_node_path_default().resolve(this.repoRoot, ...repoPath.split('/')), this.baseDir);
    }
}
/** The change, indexed by repository path. */
class ChangeIndex {
    baseFiles;
    /** Head path -> its change (renames under their new name). */
    byHeadPath = new Map();
    /** Paths the base has and the head does not: removed files and renames' old names. */
    gone = new Set();
    constructor(files, 
    /** Every file at the base, when the source can list them. */
    baseFiles) {
        this.baseFiles = baseFiles;
        for (const f of files) {
            if (f.status === 'removed')
                this.gone.add(f.path);
            else
                this.byHeadPath.set(f.path, f);
            if (f.status === 'renamed' && f.previous !== undefined)
                this.gone.add(f.previous);
        }
        // A path removed and added again (a rename's old name reused) is at the head.
        for (const p of this.byHeadPath.keys())
            this.gone.delete(p);
    }
    /** What the base holds at a head path. */
    stateOf(repoPath) {
        const f = this.byHeadPath.get(repoPath);
        if (f?.status === 'added')
            return { kind: 'absent', uncommitted: false };
        if (f?.status === 'renamed' && f.previous !== undefined)
            return { kind: 'read', from: f.previous, changed: true };
        if (f !== undefined || this.gone.has(repoPath))
            return { kind: 'read', from: repoPath, changed: true };
        if (this.baseFiles !== undefined && !this.baseFiles.has(repoPath))
            return { kind: 'absent', uncommitted: true };
        return { kind: 'same' };
    }
    /** True when the base has the path with other bytes than the working tree, or only the base has it. */
    differs(repoPath) {
        return this.byHeadPath.has(repoPath) || this.gone.has(repoPath);
    }
    /** True when the path is new at the head (added, or a rename's new name). */
    newAtHead(repoPath) {
        const f = this.byHeadPath.get(repoPath);
        return f?.status === 'added' || f?.status === 'renamed';
    }
    /** Paths the base has and the head does not, sorted. */
    goneAtHead() {
        return [...this.gone].sort();
    }
    /**
     * The one head path (among those `eligible`) whose committed bytes are `text`, by git's blob
     * SHA: a file the change adds, modifies or renames (its SHA from the change list), or a file the
     * change leaves as it is at the base (its SHA from the base's listing). Undefined when none is,
     * when the source gives no SHAs, or when several are (the bytes do not say which one it is).
     */
    committedAt(text, eligible) {
        const shas = blobShasOf(text);
        const found = new Set();
        for (const [p, f] of this.byHeadPath)
            if (f.blobSha !== undefined && shas.has(f.blobSha) && eligible(p))
                found.add(p);
        for (const [p, info] of this.baseFiles ?? []) {
            if (this.byHeadPath.has(p) || this.gone.has(p))
                continue;
            if (info.blobSha !== undefined && shas.has(info.blobSha) && eligible(p))
                found.add(p);
        }
        return found.size === 1 ? [...found][0] : undefined;
    }
}
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/**
 * The git blob SHAs a committed file read as `text` may have: its UTF-8 bytes, with or without a
 * byte-order mark (dropped when the text is read; the committed file may have had one).
 */
function blobShasOf(text) {
    const body = Buffer.from(text, 'utf8');
    return new Set([gitBlobSha(body), gitBlobSha(Buffer.concat([UTF8_BOM, body]))]);
}
/**
 * The uploaded manifests that are byte for byte one committed manifest the search would find, each
 * with that manifest's repository path; a path is taken once (`claimed` grows with each match).
 */
function matchUploaded(uploaded, claimed, change, paths, isManifest) {
    const matches = [];
    for (const manifest of uploaded) {
        const repoPath = change.committedAt(manifest.text, (p) => !claimed.has(p) && isManifest(paths.toName(p)));
        if (repoPath === undefined)
            continue;
        claimed.add(repoPath);
        matches.push({ manifest, repoPath });
    }
    return matches;
}
/** git's blob SHA-1 of some bytes (`sha1("blob <size>\0" + bytes)`), as GitHub lists files by. */
function gitBlobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
        .digest('hex');
}
/**
 * A test of whether a name (relative to the search folder) is one the manifest search finds: a
 * named file, a manifest below a named folder, a match of a named glob, or (no patterns) a match
 * of the default globs; never inside `node_modules` or `.git`.
 */
function manifestMatcher(patterns) {
    const options = { dot: true, nonegate: true, nocomment: true };
    const ignored = (name) => discovery/* IGNORED_GLOBS */.Hv.some((g) => (0,esm/* minimatch */.xF)(name, g, options));
    const defaults = (name, folder) => {
        const rel = folder === '.' ? name : name.startsWith(`${folder}/`) ? name.slice(folder.length + 1) : undefined;
        return rel !== undefined && discovery/* MANIFEST_GLOBS */.Sm.some((g) => (0,esm/* minimatch */.xF)(rel, g, options));
    };
    const clean = (p) => external_node_path_default().posix.normalize(p.split((external_node_path_default()).sep).join('/')).replace(/\/+$/, '');
    return (name) => {
        if (ignored(name))
            return false;
        if (patterns.length === 0)
            return defaults(name, '.');
        return patterns.some((raw) => {
            const p = clean(raw);
            if ((0,tinyglobby_dist/* isDynamicPattern */.ey)(p))
                return (0,esm/* minimatch */.xF)(name, p, options);
            return name === p || defaults(name, p);
        });
    };
}
/**
 * Lists and opens power logs as they are at the base. A manifest's globs are expanded from its
 * folder at the base (a renamed manifest's old folder); when the source lists the base's files,
 * over them, else over the working tree's matches less the change's new files plus its removed
 * ones. A file the change does not touch is opened in the working tree; any other through the
 * source.
 */
function baseTraceReader(c) {
    return {
        async list(manifestFile, pattern) {
            const refuse = (message) => ({
                files: [],
                diagnostics: [(0,core_diagnostics/* diagnostic */.YK)('error', 'io/outside-root', message, { file: manifestFile })]
            });
            const location = c.baseLocation.get(manifestFile) ?? c.paths.toRepo(manifestFile);
            if (location === undefined)
                return { files: [], diagnostics: [] };
            const split = (0,trace_reader/* splitPattern */.z)(pattern);
            if (split.dynamicHasParent || pattern.startsWith('/'))
                return refuse(`The trace pattern "${pattern}" could reach outside the repository at the base; put ".." only before the first wildcard, and no absolute path.`);
            const full = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(location), pattern));
            if (full === '..' || full.startsWith('../'))
                return refuse(`The trace pattern "${pattern}" points outside the repository at the base.`);
            if (full.split('/').some((s) => s.toLowerCase() === '.git'))
                return { files: [], diagnostics: [] };
            const matches = (p) => split.dynamic === '' ? p === full : (0,esm/* minimatch */.xF)(p, full, { dot: false, nonegate: true, nocomment: true });
            let found;
            const diagnostics = [];
            if (c.change.baseFiles !== undefined) {
                found = [...c.change.baseFiles.keys()].filter(matches);
            }
            else {
                const head = c.headTraces ? await c.headTraces.list(c.paths.toName(location), pattern) : undefined;
                for (const d of head?.diagnostics ?? [])
                    diagnostics.push(d);
                const fromHead = (head?.files ?? [])
                    .map((name) => c.paths.toRepo(name))
                    .filter((p) => p !== undefined && !c.change.newAtHead(p));
                found = [...new Set([...fromHead, ...c.change.goneAtHead().filter(matches)])];
            }
            return { files: found.sort().map((p) => c.paths.toName(p)), diagnostics };
        },
        open(file) {
            const repoPath = c.paths.toRepo(file);
            if (repoPath !== undefined && !c.change.differs(repoPath) && c.headTraces)
                return c.headTraces.open(file);
            return readAtBase(c, file, repoPath);
        }
    };
}
/** Streams one file at the base through the source; failures become the core's TraceAccessError. */
async function* readAtBase(c, file, repoPath) {
    const at = `at the base ${c.source.ref}`;
    if (repoPath === undefined)
        throw new access/* TraceAccessError */.g('io/outside-root', `The trace file lies outside the repository ${at}.`, file);
    if (c.source.stream) {
        yield* c.source.stream(repoPath, file);
        return;
    }
    const read = await c.source
        .read(repoPath, c.maxReadBytes)
        .catch((error) => ({ kind: 'failed', message: messageOf(error) }));
    switch (read.kind) {
        case 'found':
            yield read.bytes;
            return;
        case 'absent':
            throw new access/* TraceAccessError */.g('io/not-found', `No such trace file ${at}.`, file);
        case 'too-large':
            throw new access/* TraceAccessError */.g('io/too-large', `The trace file ${at} is larger than ${Math.round(c.maxReadBytes / (1024 * 1024))} MiB, the most read whole from the base${read.sizeBytes === undefined ? '' : ` (${read.sizeBytes} bytes)`}.`, file);
        case 'failed':
            throw new access/* TraceAccessError */.g('io/unreadable', `The trace file ${at} could not be read: ${read.message}.`, file);
    }
}
/**
 * Builds the base over what a request read from its own folder, and over a source's manifests
 * (the action's artifacts) only where their bytes are a manifest committed at the change's head
 * (see {@link BaseSnapshotOptions.uploaded}), and puts it into the request's input: `input.base`,
 * or, when the base cannot be read at all, a warning among the input's diagnostics.
 */
async function attachBase(result, options) {
    const { input, own } = result;
    const ownNames = new Set(own.manifests.map((m) => m.file));
    const built = await buildBaseSnapshot({
        ...options,
        manifests: own.manifests,
        uploaded: input.manifests.filter((m) => !ownNames.has(m.file)),
        headTraces: own.traces,
        ...(input.config ? { config: input.config } : {}),
        configCandidates: input.configSearched ?? (input.config ? [input.config.file] : [])
    });
    if (built.snapshot)
        input.base = built.snapshot;
    if (built.committedAs)
        input.committedAs = built.committedAs;
    for (const d of built.diagnostics)
        input.diagnostics.push(d);
}
/**
 * Without a change to judge against (a `workflow_run` of a push to the default branch), still
 * names each uploaded manifest (an artifact's, not in the request's own folder) that is byte for
 * byte a manifest committed at the commit the artifact's run built: `input.committedAs`, with a
 * `base/artifact-matched` notice. The ledger then records its runs under the committed path, where
 * the merged change's estimate is, and budgets' `paths:` select it by that path.
 */
function attachCommittedNames(result, options) {
    const { input, own } = result;
    const ownNames = new Set(own.manifests.map((m) => m.file));
    const paths = new RepoPaths(options.baseDir, options.repoRoot);
    const claimed = new Set(own.manifests.map((m) => paths.toRepo(m.file)).filter((p) => p !== undefined));
    // No change: every file is as it is at the commit, so the change index is its file list alone.
    const change = new ChangeIndex([], options.files);
    const uploaded = input.manifests.filter((m) => !ownNames.has(m.file));
    const committedAs = {};
    for (const { manifest, repoPath } of matchUploaded(uploaded, claimed, change, paths, manifestMatcher(options.manifestPatterns))) {
        committedAs[manifest.file] = paths.toName(repoPath);
        input.diagnostics.push(diagnostic('notice', 'base/artifact-matched', `The manifest has exactly the bytes of ${repoPath} as committed at ${options.ref} (same git blob), so its runs are selected by budgets' paths and recorded in the ledger as ${repoPath}'s.`, { file: manifest.file }));
    }
    if (Object.keys(committedAs).length > 0)
        input.committedAs = committedAs;
}

// EXTERNAL MODULE: ./src/io/git-base.ts
var git_base = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
// EXTERNAL MODULE: ./src/io/intensity.ts
var io_intensity = __webpack_require__(4957);
// EXTERNAL MODULE: ./src/io/options.ts + 1 modules
var io_options = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/config-path.ts
var config_path = __webpack_require__(9081);
;// CONCATENATED MODULE: ./src/io/config-search.ts
/**
 * Where the default budget config (`.github/carbon-budget.yml`) is looked for when none is named:
 * in the current folder, then in each folder above it, up to and including the repository root,
 * the nearest folder that holds a `.git` (a folder, or the file a worktree or submodule has).
 * The walk never goes above that root, nor above the confining folder when there is one (the
 * action's workspace), and when no folder up to the file system's root holds a `.git` only the
 * current folder is looked at: outside a repository nothing marks where a project ends, and a
 * config found in a home folder or in `/tmp` would judge a check it does not belong to.
 *
 * Candidates are named relative to the current folder (`../.github/carbon-budget.yml`), as every
 * file in a report is. The first one that exists in any form is the config: a symbolic link or a
 * folder there is then refused by the read, rather than skipped for one further up, so a link
 * cannot make the budget silently come from elsewhere (or disappear).
 */




/**
 * Looks for the default config (`configPath`, relative to each folder) from `baseDir` up to the
 * repository root (see the module comment), never above `rootDir` when it is given. Never throws:
 * a folder that cannot be looked at counts as one without the file.
 */
async function findDefaultConfig(baseDir, rootDir, configPath = config_path/* DEFAULT_CONFIG_PATH */.B) {
    const folders = await searchFolders(external_node_path_default().resolve(baseDir), rootDir === undefined ? undefined : external_node_path_default().resolve(rootDir));
    const searched = [];
    for (const [up, folder] of folders.entries()) {
        const candidate = `${'../'.repeat(up)}${configPath}`;
        searched.push(candidate);
        if (await exists(external_node_path_default().join(folder, configPath)))
            return { file: candidate, searched };
    }
    return { searched };
}
/**
 * The folders to look in, nearest first: `start` and its parents up to the first that holds a
 * `.git` or is `root`; only `start` when neither is met before the file system's root (or when
 * `start` does not lie inside `root`).
 */
async function searchFolders(start, root) {
    if (root !== undefined && !(0,io_paths/* isInside */.FK)(root, start))
        return [start];
    const folders = [];
    for (let folder = start;; folder = external_node_path_default().dirname(folder)) {
        folders.push(folder);
        if (folder === root || (await exists(external_node_path_default().join(folder, '.git'))))
            return folders;
        if (external_node_path_default().dirname(folder) === folder)
            return [start];
    }
}
/** True when something (a file, a folder, a link) is at `abs`; links are not followed. */
async function exists(abs) {
    return (0,promises_.lstat)(abs).then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/io/read.ts
var io_read = __webpack_require__(9322);
// EXTERNAL MODULE: ./src/io/walk.ts
var walk = __webpack_require__(5923);
;// CONCATENATED MODULE: ./src/io/request.ts
/**
 * The one request both adapters make: what to read, which config, every override, where
 * intensities come from, which folder files are resolved from and must stay in, and any further
 * sources of manifests and traces (the action's artifacts). The CLI's arguments and the action's
 * inputs each map to an {@link AnalyzeRequest}; {@link readRequest} turns it into the core's
 * `AnalyzeInput`, so finding and reading files, the config rule ("a named config must exist, the
 * default may be missing, and is looked for up to the repository root"), intensity loading, the choice of trace reader and the collection of
 * every diagnostic are written once.
 */










/** Codes of "the manifest search found nothing", which manifests from a source make moot. */
const NOTHING_FOUND = new Set(['io/no-match', 'io/no-manifests']);
/**
 * Reads everything a request names into the core's input: finds and reads the manifests, reads the
 * config (a named one must exist; the default may be missing, and is looked for from the base
 * folder up to the repository root), loads the sources and the
 * intensity options, chooses the trace reader, and collects every problem as a diagnostic. Never
 * throws for bad input.
 */
async function readRequest(request) {
    const { baseDir, rootDir } = request.confinement;
    const confine = rootDir === undefined ? {} : { confineTo: rootDir };
    const search = request.manifests;
    const found = search ? await (0,discovery/* findManifests */.kD)(search.patterns, { cwd: baseDir }) : { files: [], diagnostics: [] };
    const own = await (0,io_read/* readTextFiles */.Lf)(found.files, { baseDir, what: 'manifest', ...confine });
    const configSearch = request.config.named
        ? { file: request.config.path, searched: [request.config.path] }
        : await findDefaultConfig(baseDir, rootDir, request.config.path);
    const readConfig = request.config.named ? io_read/* readTextFile */.Gu : io_read/* readOptionalTextFile */.Q3;
    const config = configSearch.file === undefined
        ? { diagnostics: [] }
        : await readConfig(configSearch.file, { baseDir, what: 'config file', ...confine });
    const { maxCrawlEntries, ...byteLimits } = request.traceLimits ?? {};
    const crawl = (0,walk/* createCrawlBudget */.Fc)(maxCrawlEntries);
    const sources = request.sources ?? [];
    const loaded = [];
    for (const source of sources)
        loaded.push(await source.load(own.inputs, { crawl }));
    const manifests = [...own.inputs, ...loaded.flatMap((l) => l.manifests)];
    // With a source, an empty default search of the base folder is not the problem to report: the
    // manifests were expected from the source, and whether any came is judged here.
    const expectedFromSources = search === undefined || (!search.named && sources.length > 0);
    const searchDiagnostics = expectedFromSources
        ? found.diagnostics.filter((d) => !NOTHING_FOUND.has(d.code))
        : found.diagnostics;
    const nothing = expectedFromSources && manifests.length === 0 ? [(request.noManifests ?? noManifests)(loaded)] : [];
    const intensity = await (0,io_intensity/* loadIntensitySeries */.Du)({ baseDir, ...confine, ...request.intensity });
    const ownTraces = ownTraceReader(request.confinement, found.files, crawl);
    const input = {
        manifests,
        overrides: definedOnly(request.overrides),
        configSearched: configSearch.searched,
        toolVersion: version/* TOOL_VERSION */.w,
        traces: loaded.find((l) => l.traces)?.traces ?? ownTraces,
        diagnostics: [
            ...searchDiagnostics,
            ...own.diagnostics,
            ...config.diagnostics,
            ...loaded.flatMap((l) => l.diagnostics),
            ...nothing,
            ...intensity.diagnostics,
            ...(request.diagnostics ?? [])
        ]
    };
    if (Object.keys(byteLimits).length > 0)
        input.traceLimits = byteLimits;
    if (config.input)
        input.config = config.input;
    if (intensity.intensitySeries)
        input.intensitySeries = intensity.intensitySeries;
    if (intensity.intensityProvider)
        input.intensityProvider = intensity.intensityProvider;
    return { input, loaded, own: { manifests: own.inputs, traces: ownTraces } };
}
/**
 * The trace reader of the request's own files: confined to `rootDir` when there is one, else to the
 * folder that holds the base folder and every manifest found (and nowhere else).
 */
function ownTraceReader(confinement, manifestFiles, crawl) {
    const { baseDir } = confinement;
    const root = confinement.rootDir ??
        (0,io_paths/* commonAncestor */.j1)([baseDir, ...manifestFiles.map((f) => external_node_path_default().dirname(external_node_path_default().resolve(baseDir, f)))]);
    return (0,trace_reader/* createTraceReader */.X)(root, { baseDir, crawl });
}
function noManifests() {
    return (0,core_diagnostics/* diagnostic */.YK)('error', 'io/no-manifests', 'No manifest to read: none was searched for, and no source had one.');
}
function definedOnly(overrides) {
    return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== ''));
}

;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * When the terminal report may use colour: only on a terminal, and never when the user opted out
 * (the `NO_COLOR` convention, https://no-color.org: any non-empty value; `--no-color`; `TERM=dumb`).
 */
/** True when ANSI colour may be written. */
function useColor(context) {
    if (!context.toTerminal || context.noColorFlag)
        return false;
    const noColor = context.env.NO_COLOR;
    if (noColor !== undefined && noColor !== '')
        return false;
    return context.env.TERM !== 'dumb';
}

// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/core/render/modelcard-update.ts
/**
 * Writes the `co2_eq_emissions` metadata into a Hugging Face model card (its README.md) the way the
 * Hub reads it: inside the YAML front matter at the top of the file, between a first line `---`
 * and the next line `---` (the Hub's own pattern, `^\s*---[\r\n]+ ... [\r\n]+---(\r\n|\n|$)`, in
 * huggingface_hub's `repocard.py`). A bare YAML block appended to the body is shown as text and
 * never read as metadata.
 *
 * The edit is a textual splice, so everything else stays as it was, byte for byte: the other keys
 * with their comments, anchors, quoting and layout, the line endings (CRLF stays CRLF), and the
 * whole body (a `---` rule in it included). Only the `co2_eq_emissions` entry is written: an
 * existing one is replaced in place (keeping a `training_type`, or any other key, that someone
 * wrote there and carbon-gate cannot know), a missing one is added at the end of the front matter,
 * and a card without front matter gets one. The result is parsed again and must give the same
 * value for every other key, or nothing is written.
 *
 * Pure: text in, text or diagnostics out; the CLI reads and writes the file.
 */


/** The metadata key the Hub reads emissions from. */
const KEY = 'co2_eq_emissions';
/** The keys of {@link Co2Metadata}, and where a kept `training_type` goes among them (the Hub's order). */
const OWN_KEYS = ['emissions', 'source', 'geographical_location', 'hardware_used'];
/**
 * Puts `metadata` into the card's front matter as `co2_eq_emissions` (see the module comment).
 * `file` names the card in diagnostics.
 */
function updateModelCard(card, metadata, file) {
    const bom = card.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = card.slice(bom.length);
    // New lines take the card's own line ending, that of its first line.
    const firstBreak = text.indexOf('\n');
    const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
    const fail = (code, message, line) => ({
        ok: false,
        diagnostics: [(0,core_diagnostics/* diagnostic */.YK)('error', code, message, line === undefined ? { file } : { file, line })]
    });
    const found = findFrontMatter(text);
    if (found === 'unclosed') {
        return fail('modelcard/unclosed-front-matter', 'The model card starts with a `---` line but has no closing `---` line, so its front matter has no end; close it (or remove the first `---`) and run again. Nothing was written.', 1);
    }
    if (found === undefined) {
        const block = renderBlock(metadata, {}, '', eol);
        return { ok: true, change: 'created', text: `${bom}---${eol}${block}---${eol}${text}` };
    }
    const yaml = text.slice(found.bodyStart, found.closeStart);
    const doc = (0,dist/* parseDocument */.Tp)(yaml);
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        // An error found at the end of the text (an unclosed bracket) is shown on its last line, not on the closing `---`.
        const lastLine = found.firstLine + Math.max(0, (yaml.match(/\n/g) ?? []).length - 1);
        const line = Math.min(lastLine, error.linePos ? found.firstLine + error.linePos[0].line - 1 : found.firstLine);
        return fail('modelcard/bad-front-matter', `The model card's front matter is not valid YAML (${firstLine(error.message)}); fix it and run again. Nothing was written.`, line);
    }
    const root = doc.contents;
    const empty = root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null);
    if (!empty && !((0,dist/* isMap */.jh)(root) && !root.flow)) {
        return fail('modelcard/bad-front-matter', `The model card's front matter is ${(0,dist/* isMap */.jh)(root) ? 'a flow mapping ({ ... })' : 'not a mapping'}; the Hub reads metadata from a block mapping (one \`key: value\` per line), and only such a front matter is edited. Nothing was written.`, found.firstLine);
    }
    const before = empty ? {} : toJs(doc);
    if (before === undefined) {
        return fail('modelcard/bad-front-matter', "The model card's front matter uses more aliases than a front matter needs (a resource-exhaustion guard); edit it by hand. Nothing was written.", found.firstLine);
    }
    const old = before[KEY];
    const kept = old !== null && typeof old === 'object' && !Array.isArray(old) ? old : {};
    let updated;
    let change;
    const map = (0,dist/* isMap */.jh)(root) ? root : undefined;
    const pair = map?.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === KEY);
    if (pair) {
        const span = pairLines(yaml, pair);
        if (!span) {
            return fail('modelcard/bad-front-matter', `The front matter's \`${KEY}\` key does not start its own line, so it cannot be replaced in place. Nothing was written.`, found.firstLine);
        }
        updated = yaml.slice(0, span.start) + renderBlock(metadata, kept, span.indent, eol) + yaml.slice(span.end);
        change = 'replaced';
    }
    else {
        const indent = map ? keyIndent(yaml, map.items[0]) : '';
        const separator = yaml === '' || yaml.endsWith('\n') ? '' : eol;
        updated = yaml + separator + renderBlock(metadata, {}, indent ?? '', eol);
        change = 'added';
    }
    // The splice must change nothing but the one key: parse again and compare every other value.
    const after = (0,dist/* parseDocument */.Tp)(updated);
    const afterJs = after.errors.length === 0 ? toJs(after) : undefined;
    const expected = { ...withoutKey(before), [KEY]: expectedBlock(metadata, kept) };
    if (afterJs === undefined || JSON.stringify(sortKeys(afterJs)) !== JSON.stringify(sortKeys(expected))) {
        return fail('modelcard/bad-front-matter', `Replacing \`${KEY}\` in the model card's front matter would change another key (an anchor defined in it and used elsewhere?); edit it by hand. Nothing was written.`, found.firstLine);
    }
    return { ok: true, change, text: bom + text.slice(0, found.bodyStart) + updated + text.slice(found.closeStart) };
}
/**
 * The front matter's place: an opening line `---` (after blank space only) and the next line that
 * is exactly `---`; `unclosed` when the opening has no closing; undefined when the text does not
 * start with `---`. An opening directly followed by its closing is an empty front matter.
 */
function findFrontMatter(text) {
    const open = /^\s*?---(\r?\n|$)/.exec(text);
    if (!open)
        return undefined;
    const bodyStart = open[0].length;
    const firstLine = (open[0].match(/\n/g) ?? []).length + 1;
    // Line by line on `\n` (a `\r` before it belongs to the line break), as the Hub splits them.
    for (let start = bodyStart; start < text.length || start === bodyStart;) {
        const lineBreak = text.indexOf('\n', start);
        const line = text.slice(start, lineBreak === -1 ? text.length : lineBreak).replace(/\r$/, '');
        if (line === '---')
            return { bodyStart, closeStart: start, firstLine };
        if (lineBreak === -1)
            break;
        start = lineBreak + 1;
    }
    return 'unclosed';
}
/**
 * The whole lines an entry takes, from the start of its key's line to the end of its value's last
 * line (with the line break), and the key's indentation; undefined when something other than
 * blank space precedes the key on its line.
 */
function pairLines(yaml, pair) {
    const key = pair.key;
    const value = pair.value;
    if (!key.range)
        return undefined;
    const keyStart = key.range[0];
    const start = yaml.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = yaml.slice(start, keyStart);
    if (!/^[ ]*$/.test(indent))
        return undefined;
    const valueEnd = Math.max(key.range[1], value?.range?.[1] ?? 0);
    // The value's end may sit on the last line's break, or before a comment on that line.
    const lineBreak = yaml.indexOf('\n', Math.max(valueEnd - 1, keyStart));
    const end = lineBreak === -1 ? yaml.length : lineBreak + 1;
    return { start, end, indent };
}
/** The indentation of a block mapping's first key, or undefined when it cannot be read. */
function keyIndent(yaml, pair) {
    const range = pair?.key?.range;
    if (!range)
        return undefined;
    const start = yaml.lastIndexOf('\n', range[0] - 1) + 1;
    const indent = yaml.slice(start, range[0]);
    return /^[ ]*$/.test(indent) ? indent : undefined;
}
/**
 * The values to write under `co2_eq_emissions`: carbon-gate's four in the Hub's order, a kept
 * `training_type` after `source` (where the Hub's documentation puts it), then any other key
 * someone wrote there.
 */
function expectedBlock(metadata, kept) {
    const block = { emissions: metadata.emissions, source: metadata.source };
    if (kept.training_type !== undefined)
        block.training_type = kept.training_type;
    block.geographical_location = metadata.geographical_location;
    block.hardware_used = metadata.hardware_used;
    for (const [k, v] of Object.entries(kept))
        if (!OWN_KEYS.includes(k) && k !== 'training_type')
            block[k] = v;
    return block;
}
/** The `co2_eq_emissions:` entry as YAML lines, each indented by `indent`, ending with a line break. */
function renderBlock(metadata, kept, indent, eol) {
    const yaml = (0,dist/* stringify */.As)({ [KEY]: expectedBlock(metadata, kept) }, { lineWidth: 0 });
    return yaml
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => indent + line + eol)
        .join('');
}
/** The document as plain data (a mapping); undefined when it is not one or resolving its aliases fails. */
function toJs(doc) {
    try {
        const value = doc.toJS();
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        // yaml refuses documents whose aliases expand past its limit (a "billion laughs" guard).
        return undefined;
    }
}
function withoutKey(values) {
    const { [KEY]: _dropped, ...rest } = values;
    return rest;
}
/** A value with every object's keys sorted, so that two values compare by content, not key order. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
/** yaml's message without its position (counted from the front matter, not the file) and excerpt. */
function firstLine(message) {
    return message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+.*$/, '')
        .replace(/[.:]\s*$/, '');
}

// EXTERNAL MODULE: ./src/core/render/modelcard.ts
var modelcard = __webpack_require__(6435);
;// CONCATENATED MODULE: ./src/cli/model-card.ts




/** Largest model card read: 8 MiB. Cards with long tables run to a few hundred KiB. */
const MAX_CARD_BYTES = 8 * 1024 * 1024;
/**
 * Writes the report's emissions into the card at `file` (relative to `baseDir`). A card that
 * already says the same is left as it is. Never throws for bad input.
 */
async function writeModelCard(file, report, options) {
    const read = await (0,io_read/* readTextFile */.Gu)(file, { baseDir: options.baseDir, what: 'model card', maxBytes: MAX_CARD_BYTES });
    if (!read.input)
        return { diagnostics: read.diagnostics };
    const metadata = (0,modelcard/* modelCardMetadata */.H)(report);
    const update = updateModelCard(read.input.text, metadata, file);
    if (!update.ok)
        return { diagnostics: update.diagnostics };
    if (update.text === read.input.text)
        return { diagnostics: [], change: 'unchanged', grams: metadata.emissions };
    const problems = await (0,write/* replaceTextFile */.M)(file, update.text, { baseDir: options.baseDir, what: 'model card' });
    if (problems.length > 0)
        return { diagnostics: problems };
    return { diagnostics: [], change: update.change, grams: metadata.emissions };
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/check.ts
/**
 * `carbon-gate check` and `carbon-gate model-card`: read the manifests, the config and the power
 * logs, run the core, and print or write the result. Loaded by main.ts only when one of these
 * commands runs, so `--help`, usage errors and `ledger` never load the analysis.
 */

















/**
 * The report the options ask for, its secrets masked, and those secrets; or, when `--base` names
 * no usable base (not a repository, an unknown ref), the usage error saying so.
 */
async function analyzeOptions(options, io) {
    const secrets = (0,output/* cliSecrets */.Or)(io.env, options.electricityMapsToken);
    // The base is resolved first: a ref that names nothing is the user's mistake, not a finding.
    const git = options.base === undefined ? undefined : await (0,git_base/* resolveGitBase */.UX)(io.cwd, options.base);
    if (git && !git.ok)
        return { usageError: git.problem };
    const request = cliRequest(options, io);
    const result = await readRequest(request);
    if (git?.ok) {
        const baseDir = await (0,promises_.realpath)(io.cwd).catch(() => external_node_path_default().resolve(io.cwd));
        const inRepo = (name) => {
            const rel = external_node_path_default().relative(git.base.repoRoot, external_node_path_default().resolve(baseDir, name));
            return rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? undefined : rel.split((external_node_path_default()).sep).join('/');
        };
        const manifestPaths = result.own.manifests.map((m) => inRepo(m.file)).filter((p) => p !== undefined);
        await attachBase(result, {
            source: (0,git_base/* gitBaseSource */.r)(git.base, manifestPaths),
            baseDir,
            repoRoot: git.base.repoRoot,
            manifestPatterns: options.files
        });
    }
    // Masked before rendering: Markdown escaping (`ghs\_...`) would hide a token from the writer's scan.
    return { report: (0,redact/* redactDeep */.K)(await analyze(result.input), secrets), secrets };
}
async function check(options, io) {
    const analyzed = await analyzeOptions(options, io);
    if ('usageError' in analyzed)
        return usageError(analyzed.usageError, io);
    const { report, secrets } = analyzed;
    const toTerminal = options.output === undefined && io.isTTY;
    const color = useColor({ toTerminal, noColorFlag: options.noColor, env: io.env });
    const out = (0,output/* safeStreams */.rl)(io, { secrets, color });
    // The text report lists the diagnostics itself; on a terminal, printing them to stderr as well
    // would show each one twice. Everywhere else (pipes, files, other formats) stderr carries them.
    if (!(toTerminal && options.format === 'text'))
        printDiagnostics(report.diagnostics, out);
    // A model card of invalid input would be a number that is not one (`emissions: 0`), and
    // `check --format model-card >> README.md` would append it: nothing is written instead.
    if (options.format === 'model-card' && !report.inputValid) {
        out.line('carbon-gate: invalid input — no model card written (fix the errors above)');
        return exit/* EXIT */.d.invalid;
    }
    const rendered = await render(report, options.format, color);
    if (options.output !== undefined) {
        const safe = (0,output/* sanitizeOutput */.Bn)(rendered, { secrets, color });
        const writeProblems = await (0,write/* writeTextFile */.T)(options.output, safe, { baseDir: io.cwd });
        if (writeProblems.length > 0) {
            printDiagnostics(writeProblems, out);
            return exit/* EXIT */.d.invalid;
        }
        out.line(`carbon-gate: ${report.status} — report written to ${options.output}`);
    }
    else {
        out.stdout(rendered);
    }
    return exitCode(report, options.failOn);
}
/**
 * `carbon-gate model-card README.md`: the runs' `co2_eq_emissions` written into the card's front
 * matter (src/cli/model-card.ts). Exit 0 when the card holds them, 2 on invalid input or a card
 * that cannot be edited (nothing is written then); the budget's verdict plays no part.
 */
async function modelCard(card, options, io) {
    const analyzed = await analyzeOptions(options, io);
    if ('usageError' in analyzed)
        return usageError(analyzed.usageError, io);
    const { report, secrets } = analyzed;
    const out = (0,output/* safeStreams */.rl)(io, { secrets });
    printDiagnostics(report.diagnostics, out);
    if (!report.inputValid || (0,core_diagnostics/* hasErrors */.Cs)(report.diagnostics)) {
        out.line(`carbon-gate: invalid input — ${card} left unchanged (fix the errors above)`);
        return exit/* EXIT */.d.invalid;
    }
    const written = await writeModelCard(card, report, { baseDir: io.cwd });
    if (written.change === undefined) {
        printDiagnostics(written.diagnostics, out);
        out.line(`carbon-gate: ${card} left unchanged`);
        return exit/* EXIT */.d.invalid;
    }
    out.line(`carbon-gate: ${card}: co2_eq_emissions ${CHANGE_WORDS[written.change]} (${written.grams} g CO2e)`);
    return exit/* EXIT */.d.ok;
}
/** A usage error found once the command ran (`--base` naming no base): said as the parser's are, exit 2. */
function usageError(message, io) {
    const out = (0,output/* safeStreams */.rl)(io, { secrets: (0,output/* cliSecrets */.Or)(io.env) });
    out.line(`carbon-gate: ${message}`);
    out.line(help/* HELP_HINT */.G);
    return exit/* EXIT */.d.invalid;
}
/** What the model-card command says it did. */
const CHANGE_WORDS = {
    created: 'written into a new front matter',
    added: 'added to the front matter',
    replaced: 'replaced in the front matter',
    unchanged: 'already up to date'
};
/**
 * The request the command line makes: the arguments name the manifests (none: the default search
 * below the current folder), `--config` names a config that must exist (without it, the default
 * path is read where it exists), and the token falls back to the environment. Named files may lie
 * anywhere; traces stay inside the folder that holds the current folder and every manifest.
 */
function cliRequest(options, io) {
    return {
        manifests: { patterns: options.files, named: options.files.length > 0 },
        config: { path: options.config ?? io_options/* OPTIONS */.lw.config.default, named: options.config !== undefined },
        overrides: {
            budget: options.budget,
            warnAt: options.warnAt,
            location: options.location,
            timezone: options.timezone
        },
        intensity: {
            seriesFile: options.intensitySeries,
            // The flag wins over the environment; an empty flag or variable means no token.
            electricityMapsToken: options.electricityMapsToken ?? io.env[io_intensity/* ELECTRICITY_MAPS_TOKEN_ENV */.Em],
            electricityMapsUrl: options.electricityMapsUrl
        },
        ...(options.traceLimits ? { traceLimits: options.traceLimits } : {}),
        confinement: { baseDir: io.cwd }
    };
}
/** The exit code a report earns: 2 for invalid input, 1 when `--fail-on` fails the verdict, 0 otherwise. */
function exitCode(report, failOn) {
    if (!report.inputValid || (0,core_diagnostics/* hasErrors */.Cs)(report.diagnostics))
        return exit/* EXIT */.d.invalid;
    return (0,io_options/* failsCheck */.k2)(report.status, failOn) ? exit/* EXIT */.d.overBudget : exit/* EXIT */.d.ok;
}
async function render(report, format, color) {
    // JSON is what scripts and the action's parity checks ask for: its renderer is small and loaded
    // with this module; the text, Markdown and model-card renderers are loaded only when asked for.
    const text = format === 'json' ? (0,json/* renderJson */.h)(report) : await renderHuman(report, format, color);
    return text.endsWith('\n') ? text : `${text}\n`;
}
async function renderHuman(report, format, color) {
    const { renderMarkdown, renderModelCard, renderText } = await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 338));
    switch (format) {
        case 'text':
            return renderText(report, { color });
        case 'markdown':
            return renderMarkdown(report, {});
        case 'model-card':
            return renderModelCard(report);
    }
}
/** One line per diagnostic on standard error; the stream escapes what the file name and message carry. */
function printDiagnostics(diagnostics, out) {
    for (const d of (0,core_diagnostics/* sortDiagnostics */.Ds)(diagnostics))
        out.line((0,core_diagnostics/* formatDiagnostic */.xy)(d));
}


/***/ }),

/***/ 3964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6745);

/** Renders the report as indented JSON. */
function renderJson(report) {
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeJsonText */ .jk)(JSON.stringify(report.inputValid ? report : withoutResults(report), null, 2))}\n`;
}
/**
 * The report of invalid input as the JSON shows it: the diagnostics, the runs' names, hardware
 * and sources, the budget's limits; and `null` in place of every total, fraction and per-run
 * energy or emissions, because with errors in the input none of them is the answer.
 */
function withoutResults(report) {
    const budget = report.budget && {
        ...report.budget,
        ...(report.budget.emissionsKg !== undefined ? { emissionsFraction: null } : {}),
        ...(report.budget.energyKWh !== undefined ? { energyFraction: null } : {}),
        usedFraction: null
    };
    return {
        ...report,
        totals: { itEnergyKWh: null, energyKWh: null, emissionsKg: null, components: null },
        budget,
        ...(report.policy
            ? { policy: { ...report.policy, budgets: report.policy.budgets.map(verdictWithoutResults) } }
            : {}),
        ...(report.changes !== undefined ? { changes: null } : {}),
        runs: report.runs.map(runWithoutResults),
        equivalents: []
    };
}
/**
 * A budget's verdict in an invalid report: what the budget is (name, scope, paths, limits), with
 * no amount used, no share and the status `invalid`: nothing was judged.
 */
function verdictWithoutResults(verdict) {
    // A window row's spend is a number of the ledger, but `change` and `remaining` are of the input: none is shown.
    const { note: _note, worstRun: _worstRun, coverage, window, ...rest } = verdict;
    return {
        ...rest,
        used: null,
        usedFraction: null,
        status: 'invalid',
        preExisting: null,
        ...(coverage ? { coverage: { minFraction: coverage.minFraction, runs: null } } : {}),
        ...(window ? { window: null } : {})
    };
}
/** A run of an invalid report: what it is and what it was resolved to, without its energy or emissions. */
function runWithoutResults(run) {
    const { estimate: _estimate, ...rest } = run;
    const m = run.measurement;
    return {
        ...rest,
        itEnergyKWh: null,
        energyKWh: null,
        emissionsKg: null,
        components: null,
        ...(run.budgetShare !== undefined ? { budgetShare: null } : {}),
        ...(m
            ? {
                measurement: {
                    ...m,
                    itEnergyKWh: null,
                    ...(m.timeResolvedEmissionsKg !== undefined ? { timeResolvedEmissionsKg: null } : {})
                }
            }
            : {})
    };
}


/***/ }),

/***/ 6435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ modelCardMetadata),
/* harmony export */   k: () => (/* binding */ renderModelCard)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6745);
/**
 * The Hugging Face model-card `co2_eq_emissions` metadata block (hub-docs
 * `docs/hub/model-cards-co2.md`): emissions as a number in grams, plus where the figure comes
 * from, where the training ran and on what. Written with the `yaml` library so that any text from
 * a manifest is quoted correctly, and escaped first (control and invisible characters as visible
 * escapes) so that no value spans lines or drives the terminal it is printed on. Only a valid
 * report has a card: the CLI writes none for invalid input.
 */


/** Grams in a kilogram: the model card's unit is grams, the report's is kilograms. */
const G_PER_KG = 1000;
/**
 * The `co2_eq_emissions` metadata of a report, in the Hub's key order (hub-docs
 * `model-cards-co2.md`): the report's total in grams, rounded to a milligram so that binary noise
 * does not show, where the figure comes from, where the training ran and on what. Text is escaped
 * so that every value is one line. `training_type` is left out because a manifest does not say
 * whether a run is pre-training or fine-tuning.
 */
function modelCardMetadata(report) {
    const grams = Math.round(report.totals.emissionsKg * G_PER_KG * 1000) / 1000;
    const methods = [...new Set(report.runs.map((r) => r.method))].sort();
    const methodText = methods.length === 0
        ? 'no runs'
        : methods
            .map((m) => (m === 'estimated' ? 'estimated from rated hardware power' : 'measured from power logs'))
            .join(' and ');
    return {
        emissions: grams,
        source: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(`${report.tool.name} ${report.tool.version} (${methodText}; facility energy = IT energy x PUE, emissions = energy x grid intensity)`),
        geographical_location: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(unique(report.runs.map((r) => r.sources.intensity.label)).join('; ')) || 'unknown',
        hardware_used: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(unique(report.runs.map((r) => r.hardware)).join('; ')) || 'unknown'
    };
}
/** Renders the `co2_eq_emissions` block for a model card's YAML front matter (`--format model-card`). */
function renderModelCard(report) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ co2_eq_emissions: modelCardMetadata(report) }, { lineWidth: 0 });
}
/** Distinct values, first occurrence first. */
function unique(values) {
    return [...new Set(values)];
}


/***/ })

};
