export const id = 71;
export const ids = [71];
export const modules = {

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/**
 * The CLI's exit codes, in a module of their own so that the command modules main.ts loads lazily
 * (check.ts) and main.ts itself share them without one importing the other.
 */
/** Exit codes: the verdict passes, the verdict fails (`--fail-on`), invalid input or usage. */
const EXIT = { ok: 0, overBudget: 1, invalid: 2 };


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helpText),
/* harmony export */   G: () => (/* binding */ HELP_HINT)
/* harmony export */ });
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3323);
/* harmony import */ var _io_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9948);
/**
 * The `carbon-gate --help` text: everything a user needs without opening the docs. The arguments
 * and options are generated from the options table (src/io/options.ts), so help, parser, action
 * inputs and docs cannot disagree.
 */


/** Help lines stay within this many columns. */
const WIDTH = 100;
/** Where an option's text starts. */
const TEXT_COLUMN = 22;
/** The full help, ending with a newline. */
function helpText() {
    const names = (0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optionNames */ .W6)('cli');
    const positional = names.filter((n) => (0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .IC)(n).cli?.positional);
    const flags = names.filter((n) => !(0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .IC)(n).cli?.positional);
    const terminalOnly = flags.filter((n) => (0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .IC)(n).action === undefined).map((n) => `--${n}`);
    return `carbon-gate ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}: carbon budgets for machine-learning training.
Estimates (from hardware, hours, place and repeats) or measures (from power logs) the facility
energy and CO2e of the training runs that manifests describe, and holds them against a budget.

Usage:
  carbon-gate check [FILES|GLOBS...] [options]
  carbon-gate model-card README.md [FILES|GLOBS...] [options]
  carbon-gate ledger [PATH | --branch NAME] [--format text|markdown|json|csv] [--config FILE]
  carbon-gate ledger verify [PATH | --branch NAME]
  carbon-gate ledger dashboard --out DIR [PATH | --branch NAME]
  carbon-gate record [--interval TIME] [--out DIR] [--name NAME] [--location LOC] [--no-gpu]
                     [--no-cpu] -- <command> [args...]
  carbon-gate --help | --version

Commands:
  check       Reports the runs' energy and emissions and holds them against the budget.
  model-card  Writes the runs' co2_eq_emissions into the YAML front matter of a Hugging Face
              model card (its README.md), where the Hub reads it: an existing co2_eq_emissions is
              replaced, every other key and the body are kept as written, and a card with an
              invalid front matter (or invalid input) is left unchanged. Takes the options of
              check except --format, --output, --fail-on and --no-color; exits 0 once written.
  ledger      Reads the carbon ledger (docs/ledger.md) from PATH (a folder holding ledger/*.jsonl)
              or a git branch (--branch; default: the policy's ledger.branch, else carbon-ledger)
              and prints totals per window and month, the largest runs, estimate vs measured and
              the policy's window budgets (exit 1 when one is over). --now TIME ends the windows
              at TIME instead of now. 'ledger verify' checks the hash chain and the shards (exit 1
              when broken); 'ledger dashboard --out DIR' writes the static page DIR/index.html.
  record      Runs <command> while GPU power (nvidia-smi) and CPU energy (RAPL) are logged into
              --out (default carbon/), writes or updates the manifest there for 'carbon-gate
              check', and prints the energy measured, the duration and the coverage. Exits with
              the command's exit code. 'carbon-gate record --help' lists its options.

Arguments:
${positional.map((n) => entry(`  ${(0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .IC)(n).cli?.placeholder}`, n)).join('')}
Options:
${flags.map((n) => entry(flagLabel(n), n)).join('')}
${wrap(`Every option but ${listOf(terminalOnly)} is also an input of the GitHub Action, with the same name and meaning.`, 0)}
Formats:
  text        A terminal report: verdict, per-run table, components, equivalents.
  markdown    The report as the pull-request comment shows it.
  json        The machine-readable report (schemaVersion 1): status, totals.energyKWh,
              totals.emissionsKg, budget, runs[], diagnostics[].
  model-card  A Hugging Face model-card co2_eq_emissions block (emissions in grams); to put it
              into a card's front matter, where the Hub reads it, use 'carbon-gate model-card'.

Exit codes:
  0  Within budget, or near it (warn), or no budget set; with --fail-on never, also over budget.
  1  Over budget; with --fail-on warning, also near it (warn).
  2  Invalid input or usage: a bad manifest, config, flag or file. Every problem is printed.

Output:
  The report goes to standard output (or --output). Problems go to standard error, one per line,
  as  file:line:col: severity code: message
  (when the text report goes to a terminal, it lists them itself instead).
  Colour is used only when standard output is a terminal, and never when the NO_COLOR
  environment variable is set to a non-empty value, TERM is "dumb", or --no-color is given.

Environment:
  NO_COLOR    Any non-empty value turns colour off (https://no-color.org).
  ELECTRICITY_MAPS_TOKEN
              Electricity Maps API token, when --electricity-maps-token is not given. Never
              printed.

Examples:
  carbon-gate check
  carbon-gate check examples --config examples/carbon-budget.yml
  carbon-gate check "training/**/carbon-manifest.yml" --budget "500 kg" --warn-at 90%
  carbon-gate check runs/bert.yml --location gcp:europe-west4 --format markdown -o report.md
  carbon-gate check --format json | jq .totals.emissionsKg
  carbon-gate check --fail-on warning --timezone Europe/Berlin
  carbon-gate check --intensity-series data/grid-2024-06.csv
  ELECTRICITY_MAPS_TOKEN=... carbon-gate check
  carbon-gate model-card README.md training/ --config training/carbon-budget.yml
`;
}
/** The one-line pointer printed after a usage error. */
const HELP_HINT = "Run 'carbon-gate --help' for usage.";
/** `  -c, --config FILE` or `      --budget LIMITS`. */
function flagLabel(name) {
    const cli = (0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .IC)(name).cli;
    const alias = cli?.short ? `  -${cli.short}, ` : '      ';
    return `${alias}--${name}${cli?.placeholder ? ` ${cli.placeholder}` : ''}`;
}
/** One option: its label, then its text wrapped in the text column (below the label when that is too long). */
function entry(label, name) {
    const shown = (0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)(name, 'cli');
    const text = plain(`${(0,_io_options_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOption */ .ti)(name, 'cli')}${shown ? ` Default: ${shown}.` : ''}`);
    const body = wrap(text, TEXT_COLUMN);
    // At least one space between the label and its text; a longer label gets its text on the next line.
    if (label.length < TEXT_COLUMN - 1)
        return label.padEnd(TEXT_COLUMN) + body.slice(TEXT_COLUMN);
    return `${label}\n${body}`;
}
/** The table's Markdown backticks, left out on a terminal. */
function plain(text) {
    return text.replace(/`([^`]*)`/g, '$1');
}
/** Word-wraps `text` to {@link WIDTH} columns, every line indented by `indent` spaces; ends with a newline. */
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter((w) => w !== '')) {
        if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '')
        lines.push(line);
    return lines.map((l) => `${' '.repeat(indent)}${l}\n`).join('');
}
/** `a, b and c`. */
function listOf(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ }),

/***/ 3071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/io/options.ts + 1 modules
var io_options = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/io/git-base.ts
var git_base = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/io/trace-limits.ts
var trace_limits = __webpack_require__(6158);
// EXTERNAL MODULE: ./src/io/validate.ts
var validate = __webpack_require__(5528);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line parsing for `carbon-gate`, generated from the options table (src/io/options.ts):
 * `node:util` parseArgs tokenises, and this module checks every token itself, so each usage
 * mistake gets a plain message with a suggestion (parseArgs' own errors talk about its internals)
 * and all mistakes are reported at once.
 */






/** Report formats the CLI writes. */
const FORMATS = io_options/* OPTIONS */.lw.format.choices;
/** Commands the CLI knows. */
const COMMANDS = ['check', 'model-card', 'ledger', 'record', 'help'];
/**
 * Flags of `check` that `model-card` does not take: it writes no report (the card goes into its
 * FILE, never coloured) and its exit code does not depend on the budget.
 */
const CHECK_ONLY = ['format', 'output', 'no-color', 'fail-on', 'base'];
/** What a model card file must be called: the Hub reads a model's card from its README.md. */
const MARKDOWN_FILE = /\.(md|markdown)$/i;
/** Every flag of the table, in its order. */
const FLAGS = (0,io_options/* optionNames */.W6)('cli').filter((name) => !(0,io_options/* spec */.IC)(name).cli?.positional);
/** parseArgs' configuration, from the table. */
const PARSE_OPTIONS = Object.fromEntries(FLAGS.map((name) => {
    const short = (0,io_options/* spec */.IC)(name).cli?.short;
    return [name, { type: (0,io_options/* spec */.IC)(name).value === 'switch' ? 'boolean' : 'string', ...(short ? { short } : {}) }];
}));
/**
 * Parses `carbon-gate` arguments (without `node` and the script). `--help` and `--version` win over
 * mistakes elsewhere on the line, as users expect when they add `--help` to a failing command.
 */
function parseCliArgs(argv) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: PARSE_OPTIONS,
        allowPositionals: true,
        strict: false,
        tokens: true
    });
    const errors = [];
    const values = {};
    const positionals = [];
    for (const token of tokens) {
        if (token.kind === 'positional') {
            positionals.push(token.value);
            continue;
        }
        if (token.kind !== 'option')
            continue;
        const rawName = token.rawName;
        if (!FLAGS.includes(token.name)) {
            // Only the closest: option names are short, so the runners-up are rarely what was meant.
            const suggestions = (0,suggest/* closestNames */.g9)(rawName.replace(/^-+/, ''), FLAGS, 1).map((k) => `--${k}`);
            errors.push(`Unknown option '${rawName}'.${(0,suggest/* didYouMean */.au)(suggestions)}`);
            continue;
        }
        const name = token.name;
        const option = (0,io_options/* spec */.IC)(name);
        if (option.value === 'switch') {
            if (token.inlineValue)
                errors.push(`Option '--${name}' takes no value (got '${rawName}=${token.value}').`);
            else
                values[name] = true;
            continue;
        }
        const value = token.value;
        if (value === undefined || (!token.inlineValue && value.startsWith('-') && value.length > 1)) {
            errors.push(`Option '--${name}' needs a value, e.g. --${name} ${option.example}.`);
            continue;
        }
        if (value.trim() === '') {
            errors.push(`Option '--${name}' needs a non-empty value, e.g. --${name} ${option.example}.`);
            continue;
        }
        values[name] = value;
    }
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, ...rest] = positionals;
    if (command === undefined) {
        errors.push(`Missing command: expected 'carbon-gate check [FILES|GLOBS...]' or 'carbon-gate model-card README.md [FILES|GLOBS...]'.`);
    }
    else if (command === 'help') {
        return { kind: 'help' };
    }
    else if (command === 'record') {
        errors.push(`Write 'record' first, before any option: 'carbon-gate record [options] -- <command> [args...]'.`);
    }
    else if (command === 'ledger') {
        errors.push(`Write 'ledger' first, before any option: 'carbon-gate ledger [PATH | --branch NAME] [--format ...]'.`);
    }
    else if (command !== 'check' && command !== 'model-card') {
        errors.push(`Unknown command '${command}': expected one of ${COMMANDS.map((c) => `'${c}'`).join(', ')}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(command, COMMANDS))}`);
    }
    const card = command === 'model-card' ? rest[0] : undefined;
    const files = command === 'model-card' ? rest.slice(1) : rest;
    if (command === 'model-card') {
        if (card === undefined) {
            errors.push(`Missing the model card: expected 'carbon-gate model-card README.md [FILES|GLOBS...]', the card's file first.`);
        }
        else if (!MARKDOWN_FILE.test(card)) {
            errors.push(`The model card '${card}' is not a Markdown file: expected the model's README.md (the card the Hub reads) first, then the manifests, e.g. 'carbon-gate model-card README.md ${card}'.`);
        }
        for (const name of CHECK_ONLY) {
            if (values[name] !== undefined)
                errors.push(`Option '--${name}' does not apply to 'carbon-gate model-card': it writes the card into its file, whatever the budget.`);
        }
    }
    const text = (name) => values[name];
    /** A choice's value, or its default; an unknown value is a usage error. */
    const choice = (name, choices, fallback) => {
        const value = text(name) ?? fallback;
        if (choices.includes(value))
            return value;
        errors.push(`Unknown ${name} '${value}': expected one of ${choices.join(', ')}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(value, choices))}`);
        return fallback;
    };
    // Values that must name something known (a location, a zone, a URL): checked now, by flag.
    const valueProblems = (0,validate/* checkOptionValues */.AT)({
        location: text('location'),
        timezone: text('timezone'),
        'electricity-maps-url': text('electricity-maps-url')
    });
    for (const p of valueProblems)
        errors.push((0,validate/* optionProblemText */.KC)(p, 'cli'));
    const traceLimitsText = text('trace-limits');
    const traceLimits = traceLimitsText === undefined ? { limits: {}, problems: [] } : (0,trace_limits/* parseTraceLimits */.f)(traceLimitsText, '--trace-limits');
    for (const p of traceLimits.problems)
        errors.push(`Option ${p}.`);
    const base = text('base');
    const baseProblem = base === undefined ? undefined : (0,git_base/* refProblem */.Tb)(base);
    if (baseProblem)
        errors.push(`Option '--base' needs a branch, tag or commit: ${baseProblem}.`);
    // `model-card` refuses these flags outright (above): their values need no second message.
    const checkOnly = command === 'model-card';
    const format = checkOnly ? io_options/* OPTIONS */.lw.format.default : choice('format', FORMATS, io_options/* OPTIONS */.lw.format.default);
    const failOn = checkOnly
        ? io_options/* OPTIONS */.lw['fail-on'].default
        : choice('fail-on', io_options/* OPTIONS */.lw['fail-on'].choices, io_options/* OPTIONS */.lw['fail-on'].default);
    if (errors.length > 0)
        return { kind: 'usage-error', errors };
    const options = {
        files,
        config: text('config'),
        budget: text('budget'),
        warnAt: text('warn-at'),
        location: text('location'),
        timezone: text('timezone'),
        failOn,
        intensitySeries: text('intensity-series'),
        electricityMapsToken: text('electricity-maps-token'),
        electricityMapsUrl: text('electricity-maps-url'),
        ...(traceLimitsText === undefined ? {} : { traceLimits: traceLimits.limits }),
        ...(base === undefined ? {} : { base }),
        format,
        output: text('output'),
        noColor: values['no-color'] === true
    };
    return card !== undefined ? { kind: 'model-card', card, options } : { kind: 'check', options };
}

// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI's logic: parses the command line and runs the command, returning the exit code. It takes
 * its streams, folder and environment as a `CliIo`, so tests call it in-process with fakes. The
 * commands' modules (check.ts for `check` and `model-card`, ledger.ts) are imported when their
 * command runs: help and usage errors never load the analysis, and a `ledger` never loads `check`'s.
 */





/**
 * Runs `carbon-gate` with `argv` (arguments after the script name) and returns the exit code.
 * Never throws: an unexpected error becomes a one-line message and exit code 2.
 */
async function main(argv, io) {
    // Every write goes through the sanitising streams (src/cli/output.ts), from the first one.
    const out = (0,output/* safeStreams */.rl)(io, { secrets: (0,output/* cliSecrets */.Or)(io.env) });
    try {
        return await run(argv, io, out);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        out.line(`carbon-gate: internal error: ${message.split('\n')[0]} (this is a bug; please report it)`);
        return exit/* EXIT */.d.invalid;
    }
}
async function run(argv, io, out) {
    // `record` has flags of its own, and everything after its command is the command's (its
    // `--help` too), so it is routed before anything else reads the line.
    if (argv[0] === 'record')
        return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(685), __webpack_require__.e(657), __webpack_require__.e(110)]).then(__webpack_require__.bind(__webpack_require__, 7110))).recordCommand(argv.slice(1), io, out);
    // `ledger` has flags of its own (src/cli/ledger.ts); the clock is read here, in the adapter.
    if (argv[0] === 'ledger' && !argv.includes('--help') && !argv.includes('-h'))
        return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(685), __webpack_require__.e(305), __webpack_require__.e(703)]).then(__webpack_require__.bind(__webpack_require__, 7703))).ledgerCommand(argv.slice(1), io, out, Date.now());
    const parsed = parseCliArgs(argv);
    switch (parsed.kind) {
        case 'help':
            out.stdout((0,help/* helpText */.B)());
            return exit/* EXIT */.d.ok;
        case 'version':
            out.stdout(`carbon-gate ${version/* TOOL_VERSION */.w}\n`);
            return exit/* EXIT */.d.ok;
        case 'usage-error':
            for (const error of parsed.errors)
                out.line(`carbon-gate: ${error}`);
            out.line(help/* HELP_HINT */.G);
            return exit/* EXIT */.d.invalid;
        case 'check':
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(685), __webpack_require__.e(305), __webpack_require__.e(657), __webpack_require__.e(183)]).then(__webpack_require__.bind(__webpack_require__, 9183))).check(parsed.options, io);
        case 'model-card':
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(685), __webpack_require__.e(305), __webpack_require__.e(657), __webpack_require__.e(183)]).then(__webpack_require__.bind(__webpack_require__, 9183))).modelCard(parsed.card, parsed.options, io);
    }
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ sanitizeOutput),
/* harmony export */   Or: () => (/* binding */ cliSecrets),
/* harmony export */   rl: () => (/* binding */ safeStreams)
/* harmony export */ });
/* harmony import */ var _core_render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6745);
/* harmony import */ var _core_render_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6483);
/* harmony import */ var _io_intensity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4957);
/**
 * Everything the CLI prints or writes passes through here: secrets masked, and each line made safe
 * for a terminal and inert to a CI runner. The renderers already escape the text they take from
 * manifests and logs; this is the last gate for whatever else reaches a stream (diagnostics with a
 * file name at the start of the line, usage errors quoting arguments, messages built elsewhere),
 * so that no line from a pull request's data can start a workflow command (`::error::`,
 * `::add-mask::`, `::stop-commands::`, `##[error]`) or send an escape sequence to the terminal.
 */



/** The SGR sequences (`ESC [ 1 ; 31 m`) the text report colours with: the only escapes let through. */
// eslint-disable-next-line no-control-regex -- ESC starts the colour codes this lets through.
const SGR = /\u001b\[[0-9;]*m/g;
/**
 * Masks secrets in `text` and makes each of its lines safe ({@link escapeLine}); with `color`, the
 * SGR colour codes are kept. Line breaks stay: the renderers put them there, and text from input
 * never carries one (they escape it).
 */
function sanitizeOutput(text, options) {
    return (0,_core_render_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f)(text, options.secrets)
        .split('\n')
        .map((line) => (options.color ? keepingColour(line) : (0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLine */ .EH)(line)))
        .join('\n');
}
/**
 * A coloured line, made safe around its SGR codes: the text before the first code as a line's
 * start ({@link escapeLine}), the text after each as the middle of a line ({@link escapeInline}).
 */
function keepingColour(line) {
    const codes = line.match(SGR) ?? [];
    const pieces = line.split(SGR);
    let out = (0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLine */ .EH)(pieces[0]);
    for (let i = 1; i < pieces.length; i++)
        out += codes[i - 1] + (0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(pieces[i]);
    return out;
}
/** Wraps the process's streams so that every write is masked and escaped. */
function safeStreams(io, options) {
    return {
        stdout: (text) => io.stdout(sanitizeOutput(text, options)),
        line: (message) => io.stderr(`${(0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLine */ .EH)((0,_core_render_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f)(message, options.secrets))}\n`)
    };
}
/**
 * The secrets the CLI can know: the Electricity Maps token (from the flag, else the environment),
 * and the GitHub tokens a CI job commonly exports (`GITHUB_TOKEN`, `GH_TOKEN`).
 */
function cliSecrets(env, flagToken) {
    return [flagToken, env[_io_intensity_js__WEBPACK_IMPORTED_MODULE_1__/* .ELECTRICITY_MAPS_TOKEN_ENV */ .Em], env.GITHUB_TOKEN, env.GH_TOKEN].filter((s) => s !== undefined && s !== '');
}


/***/ }),

/***/ 4782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ budgetOverflow),
/* harmony export */   H4: () => (/* binding */ budgetUse),
/* harmony export */   Mi: () => (/* binding */ runBudgetShare),
/* harmony export */   iC: () => (/* binding */ DEFAULT_WARN_AT_FRACTION),
/* harmony export */   ky: () => (/* binding */ resolveBudget),
/* harmony export */   o7: () => (/* binding */ OVERRIDE_ORIGIN),
/* harmony export */   s6: () => (/* binding */ budgetStatus)
/* harmony export */ });
/* unused harmony exports BUDGET_CODES, parseBudget */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2184);
/**
 * The budget verdict: how much of the emissions and energy limits the runs use, and whether that
 * passes, warns or fails the check.
 */



/** Every diagnostic code this module emits (documented in docs/diagnostics/report.md). */
const BUDGET_CODES = (/* unused pure expression or super */ null && (['budget/invalid', 'budget/invalid-warn-at', 'budget/overflow']));
/** Fraction of a limit at which the status becomes `warn`, when none is configured (80%, as issue #2 specifies). */
const DEFAULT_WARN_AT_FRACTION = 0.8;
/** True when the spec sets at least one limit. */
function hasLimit(spec) {
    return spec !== undefined && (spec.emissionsKg !== undefined || spec.energyKWh !== undefined);
}
/**
 * Compares totals with the limits. `usedFraction` is the larger of the fractions set, so that a
 * run within its emissions budget but over its energy budget still fails.
 * Returns null when no limit is set.
 */
function budgetUse(spec, totals) {
    if (!hasLimit(spec))
        return null;
    const out = { warnAtFraction: spec.warnAtFraction };
    const used = [];
    // A fraction too large for a double is left out; `budgetOverflow` reports it as an error.
    if (spec.emissionsKg !== undefined) {
        out.emissionsKg = spec.emissionsKg;
        const f = fraction(totals.emissionsKg, spec.emissionsKg);
        if (Number.isFinite(f))
            used.push((out.emissionsFraction = f));
    }
    if (spec.energyKWh !== undefined) {
        out.energyKWh = spec.energyKWh;
        const f = fraction(totals.energyKWh, spec.energyKWh);
        if (Number.isFinite(f))
            used.push((out.energyFraction = f));
    }
    if (used.length > 0)
        out.usedFraction = used.reduce((a, b) => Math.max(a, b));
    if (spec.origin !== undefined)
        out.origin = spec.origin;
    return out;
}
/**
 * Errors for limits the totals cannot be compared with: a limit so small (1e-300 kg) that the
 * fraction used is beyond the largest double. At the limit's line where it comes from a config.
 */
function budgetOverflow(spec, totals) {
    const out = [];
    const check = (limit, used, key, noun) => {
        if (limit === undefined || Number.isFinite(fraction(used, limit)))
            return;
        out.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'budget/overflow', `The budget's ${noun} limit (${limit}) is too small to compare with: the runs use more than 1.8e308 times it. Check the limit's value and unit.`, spec?.at?.[key] ?? (spec?.origin !== undefined ? { file: spec.origin } : undefined)));
    };
    check(spec?.emissionsKg, totals.emissionsKg, 'emissionsKg', 'emissions');
    check(spec?.energyKWh, totals.energyKWh, 'energyKWh', 'energy');
    return out;
}
/**
 * The verdict: `invalid` when the input is invalid, `fail` when any limit is exceeded (used > 100%), `warn`
 * when any limit is used at or above the warning fraction (so exactly 100% warns and exactly 80%
 * warns at the default), `pass` otherwise, and `pass` without a budget.
 */
function budgetStatus(budget, inputValid) {
    if (!inputValid)
        return 'invalid';
    if (budget === null || budget.usedFraction === undefined)
        return 'pass';
    if (budget.usedFraction > 1)
        return 'fail';
    if (budget.usedFraction >= budget.warnAtFraction)
        return 'warn';
    return 'pass';
}
/**
 * The share of the budget one run uses: of the emissions limit where one is set (emissions are
 * what the budget is for), else of the energy limit. Undefined without a budget.
 */
function runBudgetShare(run, spec) {
    const share = spec?.emissionsKg !== undefined
        ? fraction(run.emissionsKg, spec.emissionsKg)
        : spec?.energyKWh !== undefined
            ? fraction(run.energyKWh, spec.energyKWh)
            : undefined;
    // Too large for a double: left out, as `budgetOverflow` reports the limit.
    return share !== undefined && Number.isFinite(share) ? share : undefined;
}
/**
 * used / limit. The parsers refuse a zero limit; should one arrive anyway, anything above zero
 * exceeds it, as the largest finite number (JSON has no Infinity).
 */
function fraction(used, limit) {
    if (limit > 0)
        return used / limit;
    return used > 0 ? Number.MAX_VALUE : 0;
}
const BUDGET_EXPECTED = 'a mass of CO2e such as "500 kg", "1.2 t" or "1400 lb", or an energy such as "2 MWh", or one of each separated by ";"';
/**
 * Parses a budget string. Whether it is a mass (an emissions limit) or an energy (an energy
 * limit) is read from its unit; `500 kg; 2 MWh` (or `500 kg, 2 MWh`) sets both. A comma counts
 * as a separator only before a space, so that `1,400 lb` is refused by the quantity parser with
 * its own hint instead of being split in two.
 */
function parseBudget(text) {
    // Split at `;` and at `,` before a blank; each part is trimmed where it is read. (Blanks are not
    // matched around the separator: `\s*;` tried at every blank of a long run is quadratic.)
    const parts = text.split(/;|,(?=\s)/).filter((p) => p.trim() !== '');
    if (parts.length === 0)
        return { ok: false, expected: `${BUDGET_EXPECTED} (got an empty string)` };
    const value = {};
    for (const part of parts) {
        const mass = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuantity */ .Lf)('mass', part);
        const energy = mass.ok ? undefined : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuantity */ .Lf)('energy', part);
        const kind = mass.ok ? 'emissionsKg' : energy?.ok ? 'energyKWh' : undefined;
        if (kind === undefined) {
            const got = (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(part.trim());
            const why = /^[\d.]+$/.test(got) ? `got "${got}": a bare number has no unit` : `got "${got}", which is neither`;
            return { ok: false, expected: `${BUDGET_EXPECTED} (${why})` };
        }
        const amount = mass.ok ? mass.value : energy.value;
        if (!(amount > 0))
            return { ok: false, expected: `${BUDGET_EXPECTED}, above zero (got "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(part.trim())}")` };
        if (value[kind] !== undefined) {
            return {
                ok: false,
                expected: `${BUDGET_EXPECTED}, with at most one limit of each kind (got two ${kind === 'emissionsKg' ? 'masses' : 'energies'})`
            };
        }
        value[kind] = amount;
    }
    return { ok: true, value };
}
/** Where a budget override comes from, as the report names it. */
const OVERRIDE_ORIGIN = '--budget / budget input';
/**
 * The budget in force: the config file's limits, replaced as a whole by a `--budget` / `budget`
 * input when one is given (an override names the whole budget, so a config's energy limit does
 * not silently survive an emissions override); the warning fraction from `--warn-at` /
 * `warn-at`, else the config, else 80%. Problems are diagnostics; the budget is then left out
 * and the caller's input is invalid.
 */
function resolveBudget(config, overrides) {
    const diagnostics = [];
    let limits = { emissionsKg: config?.budget?.emissionsKg, energyKWh: config?.budget?.energyKWh };
    let origin = config?.budget?.origin ?? config?.file;
    if (overrides?.budget !== undefined && overrides.budget.trim() !== '') {
        const parsed = parseBudget(overrides.budget);
        if (parsed.ok) {
            limits = parsed.value;
            origin = OVERRIDE_ORIGIN;
        }
        else {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'budget/invalid', `The budget override (${OVERRIDE_ORIGIN}) "${overrides.budget}" is not a budget: expected ${parsed.expected}.`));
        }
    }
    let warnAtFraction = config?.budget?.warnAtFraction ?? DEFAULT_WARN_AT_FRACTION;
    if (overrides?.warnAt !== undefined && overrides.warnAt.trim() !== '') {
        const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFraction */ .at)(overrides.warnAt);
        if (parsed.ok && parsed.value > 0) {
            warnAtFraction = parsed.value;
        }
        else {
            const expected = parsed.ok ? 'a fraction above 0 and at most 1, or a percentage such as "80%"' : parsed.expected;
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)('error', 'budget/invalid-warn-at', `The warn-at override (--warn-at / warn-at input) "${overrides.warnAt}" is not valid: expected ${expected}.`));
        }
    }
    if (diagnostics.length > 0)
        return { diagnostics };
    const budget = { warnAtFraction };
    if (limits.emissionsKg !== undefined)
        budget.emissionsKg = limits.emissionsKg;
    if (limits.energyKWh !== undefined)
        budget.energyKWh = limits.energyKWh;
    if (origin !== undefined)
        budget.origin = origin;
    const written = origin === OVERRIDE_ORIGIN ? undefined : config?.positions;
    if (written?.['budget.emissions'] !== undefined || written?.['budget.energy'] !== undefined) {
        budget.at = {};
        if (written['budget.emissions'] !== undefined)
            budget.at.emissionsKg = written['budget.emissions'];
        if (written['budget.energy'] !== undefined)
            budget.at.energyKWh = written['budget.energy'];
    }
    return hasLimit(budget) ? { budget, diagnostics } : { diagnostics };
}


/***/ }),

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ ELECTRICITY_MAPS_CO2JS_VERSION),
/* harmony export */   KC: () => (/* binding */ ELECTRICITY_MAPS_ZONES),
/* harmony export */   Mb: () => (/* binding */ ELECTRICITY_MAPS_YEAR),
/* harmony export */   Ym: () => (/* binding */ ELECTRICITY_MAPS_METHODOLOGY_URL)
/* harmony export */ });
// GENERATED by scripts/generate-catalog.mjs — do not edit; edit the generator or its inputs and re-run it.
// Source: @tgwf/co2 0.19.0 (CO2.js), export electricityMaps.yearly2025 of "@tgwf/co2/data": Electricity Maps
// yearly average carbon intensity per zone for 2025 (https://www.electricitymaps.com/data/methodology).
// Data licence: Open Database License (ODbL) 1.0 (LICENSES/ODbL-1.0.md). This file is a derivative database of the
// Electricity Maps data and is itself offered under the ODbL; the MIT licence of the code does not apply to it.
// Attribution: "Contains Electricity Maps data (www.electricitymaps.com), ODbL, via CO2.js".
/** The calendar year the zone averages describe (the latest year CO2.js ships). */
const ELECTRICITY_MAPS_YEAR = 2025;
/** The CO2.js release the values were taken from. */
const ELECTRICITY_MAPS_CO2JS_VERSION = "0.19.0";
/** Electricity Maps methodology page, as CO2.js gives it. */
const ELECTRICITY_MAPS_METHODOLOGY_URL = "https://www.electricitymaps.com/data/methodology";
/** Electricity Maps zone key -> [yearly average intensity in gCO2eq/kWh, human label]. */
const ELECTRICITY_MAPS_ZONES = {
    "AE": [348, "United Arab Emirates"],
    "AF": [120, "Afghanistan"],
    "AG": [665, "Antigua and Barbuda"],
    "AL": [69, "Albania"],
    "AM": [194, "Armenia"],
    "AO": [213, "Angola"],
    "AR": [313, "Argentina"],
    "AT": [163, "Austria"],
    "AU": [474, "Australia"],
    "AU-NSW": [525, "New South Wales (Australia)"],
    "AU-NT": [503, "Northern Territory (Australia)"],
    "AU-QLD": [577, "Queensland (Australia)"],
    "AU-SA": [170, "South Australia (Australia)"],
    "AU-TAS": [69, "Tasmania (Australia)"],
    "AU-TAS-FI": [224, "Flinders Island (Australia)"],
    "AU-TAS-KI": [471, "King Island (Australia)"],
    "AU-VIC": [474, "Victoria (Australia)"],
    "AU-WA": [395, "Western Australia (Australia)"],
    "AU-WA-RI": [494, "Rottnest Island (Australia)"],
    "AW": [545, "Aruba"],
    "AX": [17, "Åland Islands"],
    "AZ": [420, "Azerbaijan"],
    "BA": [462, "Bosnia and Herzegovina"],
    "BB": [636, "Barbados"],
    "BD": [630, "Bangladesh"],
    "BE": [180, "Belgium"],
    "BF": [545, "Burkina Faso"],
    "BG": [365, "Bulgaria"],
    "BH": [488, "Bahrain"],
    "BI": [241, "Burundi"],
    "BJ": [502, "Benin"],
    "BN": [562, "Brunei"],
    "BO": [327, "Bolivia"],
    "BR": [98, "Brazil"],
    "BR-CS": [106, "Central Brazil (Brazil)"],
    "BR-N": [154, "North Brazil (Brazil)"],
    "BR-NE": [47, "North-East Brazil (Brazil)"],
    "BR-S": [89, "South Brazil (Brazil)"],
    "BS": [692, "Bahamas"],
    "BT": [60, "Bhutan"],
    "BW": [814, "Botswana"],
    "BY": [285, "Belarus"],
    "BZ": [161, "Belize"],
    "CA": [136, "Canada"],
    "CA-AB": [385, "Alberta (Canada)"],
    "CA-BC": [71, "British Columbia (Canada)"],
    "CA-MB": [74, "Manitoba (Canada)"],
    "CA-NB": [161, "New Brunswick (Canada)"],
    "CA-NL": [26, "Newfoundland and Labrador (Canada)"],
    "CA-NS": [374, "Nova Scotia (Canada)"],
    "CA-NT": [91, "Northwest Territories (Canada)"],
    "CA-NU": [649, "Nunavut (Canada)"],
    "CA-ON": [111, "Ontario (Canada)"],
    "CA-PE": [28, "Prince Edward Island (Canada)"],
    "CA-QC": [41, "Québec (Canada)"],
    "CA-SK": [485, "Saskatchewan (Canada)"],
    "CA-YT": [216, "Yukon (Canada)"],
    "CD": [82, "Democratic Republic of the Congo"],
    "CF": [24, "Central African Republic"],
    "CG": [379, "Congo"],
    "CH": [50, "Switzerland"],
    "CI": [401, "Ivory Coast"],
    "CL-SEN": [259, "Sistema Eléctrico Nacional (Chile)"],
    "CM": [181, "Cameroon"],
    "CN": [485, "China"],
    "CO": [102, "Colombia"],
    "CR": [36, "Costa Rica"],
    "CU": [609, "Cuba"],
    "CV": [486, "Cabo Verde"],
    "CW": [517, "Curaçao"],
    "CY": [838, "Cyprus"],
    "CZ": [439, "Czechia"],
    "DE": [342, "Germany"],
    "DJ": [434, "Djibouti"],
    "DK": [123, "Denmark"],
    "DK-BHM": [101, "Bornholm (Denmark)"],
    "DK-DK1": [112, "West Denmark (Denmark)"],
    "DK-DK2": [144, "East Denmark (Denmark)"],
    "DM": [613, "Dominica"],
    "DO": [527, "Dominican Republic"],
    "DZ": [487, "Algeria"],
    "EC": [209, "Ecuador"],
    "EE": [243, "Estonia"],
    "EG": [442, "Egypt"],
    "ER": [607, "Eritrea"],
    "ES": [136, "Spain"],
    "ES-CE": [649, "Ceuta (Spain)"],
    "ES-CN-FV": [748, "Fuerteventura (Spain)"],
    "ES-CN-GC": [683, "Gran Canaria (Spain)"],
    "ES-CN-HI": [504, "El Hierro (Spain)"],
    "ES-CN-IG": [830, "Isla de la Gomera (Spain)"],
    "ES-CN-LP": [843, "La Palma (Spain)"],
    "ES-CN-LZ": [793, "Lanzarote (Spain)"],
    "ES-CN-TE": [761, "Tenerife (Spain)"],
    "ES-IB-FO": [487, "Formentera (Spain)"],
    "ES-IB-IZ": [504, "Ibiza (Spain)"],
    "ES-IB-MA": [399, "Mallorca (Spain)"],
    "ES-IB-ME": [799, "Menorca (Spain)"],
    "ES-ML": [617, "Melilla (Spain)"],
    "ET": [84, "Ethiopia"],
    "FI": [68, "Finland"],
    "FJ": [291, "Fiji"],
    "FK": [700, "Falkland Islands"],
    "FM": [590, "Micronesia"],
    "FO": [549, "Faroe Islands"],
    "FO-MI": [546, "Main Islands (Faroe Islands)"],
    "FO-SI": [594, "South Island (Faroe Islands)"],
    "FR": [31, "France"],
    "FR-COR": [546, "Corsica (France)"],
    "GA": [325, "Gabon"],
    "GB": [176, "Great Britain"],
    "GB-NIR": [280, "Northern Ireland"],
    "GB-ORK": [57, "Orkney Islands (Great Britain)"],
    "GE": [168, "Georgia"],
    "GF": [442, "French Guiana"],
    "GH": [339, "Ghana"],
    "GI": [506, "Gibraltar"],
    "GL": [103, "Greenland"],
    "GM": [700, "Gambia"],
    "GN": [188, "Guinea"],
    "GP": [487, "Guadeloupe"],
    "GQ": [365, "Equatorial Guinea"],
    "GR": [296, "Greece"],
    "GS": [28, "South Georgia and the South Sandwich Islands"],
    "GT": [359, "Guatemala"],
    "GU": [639, "Guam"],
    "GW": [700, "Guinea-Bissau"],
    "GY": [653, "Guyana"],
    "HK": [590, "Hong Kong"],
    "HN": [316, "Honduras"],
    "HR": [221, "Croatia"],
    "HT": [515, "Haiti"],
    "HU": [219, "Hungary"],
    "ID": [667, "Indonesia"],
    "IE": [301, "Ireland"],
    "IL": [475, "Israel"],
    "IN": [593, "Mainland India (India)"],
    "IN-EA": [740, "Eastern India (India)"],
    "IN-NE": [401, "North Eastern India (India)"],
    "IN-NO": [508, "Northern India (India)"],
    "IN-SO": [489, "Southern India (India)"],
    "IN-WE": [653, "Western India (India)"],
    "IQ": [563, "Iraq"],
    "IR": [489, "Iran"],
    "IS": [28, "Iceland"],
    "IT": [286, "Italy"],
    "IT-CNO": [251, "Central North Italy (Italy)"],
    "IT-CSO": [297, "Central South Italy (Italy)"],
    "IT-NO": [275, "North Italy (Italy)"],
    "IT-SAR": [488, "Sardinia (Italy)"],
    "IT-SIC": [280, "Sicily (Italy)"],
    "IT-SO": [293, "South Italy (Italy)"],
    "JM": [489, "Jamaica"],
    "JO": [424, "Jordan"],
    "JP": [463, "Japan"],
    "JP-CB": [481, "Chūbu (Japan)"],
    "JP-CG": [487, "Chūgoku (Japan)"],
    "JP-HKD": [457, "Hokkaidō (Japan)"],
    "JP-HR": [459, "Hokuriku (Japan)"],
    "JP-KN": [370, "Kansai (Japan)"],
    "JP-KY": [307, "Kyūshū (Japan)"],
    "JP-ON": [590, "Okinawa (Japan)"],
    "JP-SK": [493, "Shikoku (Japan)"],
    "JP-TH": [480, "Tōhoku (Japan)"],
    "JP-TK": [535, "Tōkyō (Japan)"],
    "KE": [206, "Kenya"],
    "KG": [152, "Kyrgyzstan"],
    "KH": [476, "Cambodia"],
    "KM": [700, "Comoros"],
    "KP": [335, "North Korea"],
    "KR": [423, "South Korea"],
    "KW": [517, "Kuwait"],
    "KY": [681, "Cayman Islands"],
    "KZ": [592, "Kazakhstan"],
    "LA": [248, "Laos"],
    "LB": [362, "Lebanon"],
    "LC": [683, "Saint Lucia"],
    "LK": [367, "Sri Lanka"],
    "LR": [470, "Liberia"],
    "LS": [24, "Lesotho"],
    "LT": [135, "Lithuania"],
    "LU": [212, "Luxembourg"],
    "LV": [155, "Latvia"],
    "LY": [530, "Libya"],
    "MA": [516, "Morocco"],
    "MD": [324, "Moldova"],
    "ME": [356, "Montenegro"],
    "MG": [431, "Madagascar"],
    "MK": [452, "North Macedonia"],
    "ML": [410, "Mali"],
    "MM": [335, "Myanmar"],
    "MN": [744, "Mongolia"],
    "MO": [393, "Macao"],
    "MQ": [577, "Martinique"],
    "MR": [522, "Mauritania"],
    "MT": [404, "Malta"],
    "MU": [621, "Mauritius"],
    "MV": [648, "Maldives"],
    "MW": [60, "Malawi"],
    "MX": [385, "Mexico"],
    "MY": [611, "Malaysia"],
    "MY-EM": [517, "Borneo (Malaysia)"],
    "MY-WM": [651, "Peninsula (Malaysia)"],
    "MZ": [149, "Mozambique"],
    "NA": [93, "Namibia"],
    "NC": [539, "New Caledonia"],
    "NE": [650, "Niger"],
    "NG": [362, "Nigeria"],
    "NI": [221, "Nicaragua"],
    "NL": [253, "Netherlands"],
    "NO": [30, "Norway"],
    "NO-NO1": [24, "Southeast Norway (Norway)"],
    "NO-NO2": [29, "Southwest Norway (Norway)"],
    "NO-NO3": [28, "Middle Norway (Norway)"],
    "NO-NO4": [49, "North Norway (Norway)"],
    "NO-NO5": [25, "West Norway (Norway)"],
    "NP": [86, "Nepal"],
    "NZ": [90, "New Zealand"],
    "OM": [481, "Oman"],
    "PA": [148, "Panama"],
    "PE": [173, "Peru"],
    "PF": [365, "French Polynesia"],
    "PG": [512, "Papua New Guinea"],
    "PH": [613, "Philippines"],
    "PH-LU": [632, "Luzon (Philippines)"],
    "PH-MI": [545, "Mindanao (Philippines)"],
    "PH-VI": [591, "Visayas (Philippines)"],
    "PK": [268, "Pakistan"],
    "PL": [565, "Poland"],
    "PM": [700, "Saint Pierre and Miquelon"],
    "PR": [499, "Puerto Rico"],
    "PS": [448, "State of Palestine"],
    "PT": [117, "Portugal"],
    "PT-MA": [633, "Madeira (Portugal)"],
    "PW": [489, "Palau"],
    "PY": [25, "Paraguay"],
    "QA": [490, "Qatar"],
    "RE": [208, "Réunion"],
    "RO": [300, "Romania"],
    "RS": [528, "Serbia"],
    "RU-1": [353, "Europe-Ural (Russia)"],
    "RU-2": [411, "Siberia (Russia)"],
    "RU-AS": [426, "East (Russia)"],
    "RW": [351, "Rwanda"],
    "SA": [552, "Saudi Arabia"],
    "SB": [626, "Solomon Islands"],
    "SC": [593, "Seychelles"],
    "SD": [194, "Sudan"],
    "SE": [21, "Sweden"],
    "SE-SE1": [15, "North Sweden (Sweden)"],
    "SE-SE2": [15, "North Central Sweden (Sweden)"],
    "SE-SE3": [20, "South Central Sweden (Sweden)"],
    "SE-SE4": [37, "South Sweden (Sweden)"],
    "SG": [483, "Singapore"],
    "SI": [194, "Slovenia"],
    "SK": [232, "Slovakia"],
    "SL": [53, "Sierra Leone"],
    "SN": [573, "Senegal"],
    "SO": [557, "Somalia"],
    "SR": [269, "Suriname"],
    "SS": [611, "South Sudan"],
    "ST": [623, "São Tomé and Príncipe"],
    "SV": [239, "El Salvador"],
    "SY": [554, "Syria"],
    "SZ": [146, "Eswatini"],
    "TD": [638, "Chad"],
    "TG": [384, "Togo"],
    "TH": [485, "Thailand"],
    "TJ": [72, "Tajikistan"],
    "TL": [665, "Timor-Leste"],
    "TM": [490, "Turkmenistan"],
    "TN": [483, "Tunisia"],
    "TO": [600, "Tonga"],
    "TR": [440, "Turkey"],
    "TT": [490, "Trinidad and Tobago"],
    "TW": [519, "Taiwan"],
    "TZ": [388, "Tanzania"],
    "UG": [108, "Uganda"],
    "US": [414, "United States"],
    "US-AK": [469, "Alaska (USA)"],
    "US-AK-SEAPA": [28, "Southeast Alaska Power Agency (USA)"],
    "US-CAL-BANC": [275, "Balancing Authority of Northern California (USA)"],
    "US-CAL-CISO": [208, "California ISO (USA)"],
    "US-CAL-IID": [168, "Imperial Irrigation District (USA)"],
    "US-CAL-LDWP": [355, "Los Angeles Department of Water and Power (USA)"],
    "US-CAL-TIDC": [439, "Turlock Irrigation District (USA)"],
    "US-CAR-CPLE": [341, "Duke Energy Progress East (USA)"],
    "US-CAR-CPLW": [508, "Duke Energy Progress West (USA)"],
    "US-CAR-DUK": [320, "Duke Energy Carolinas (USA)"],
    "US-CAR-SC": [654, "South Carolina Public Service Authority (USA)"],
    "US-CAR-SCEG": [466, "South Carolina Electric & Gas Company (USA)"],
    "US-CAR-YAD": [57, "Alcoa Power Generating, Inc. Yadkin Division (USA)"],
    "US-CENT-SPA": [48, "Southwestern Power Administration (USA)"],
    "US-CENT-SWPP": [477, "Southwest Power Pool (USA)"],
    "US-FLA-FMPP": [507, "Florida Municipal Power Pool (USA)"],
    "US-FLA-FPC": [541, "Duke Energy Florida (USA)"],
    "US-FLA-FPL": [356, "Florida Power and Light Company (USA)"],
    "US-FLA-GVL": [699, "Gainesville Regional Utilities (USA)"],
    "US-FLA-HST": [357, "City of Homestead (USA)"],
    "US-FLA-JEA": [655, "Jacksonville Electric Authority (USA)"],
    "US-FLA-SEC": [549, "Seminole Electric Cooperative (USA)"],
    "US-FLA-TAL": [497, "City of Tallahassee (USA)"],
    "US-FLA-TEC": [504, "Tampa Electric Company (USA)"],
    "US-HI": [784, "Hawaii (USA)"],
    "US-MIDA-PJM": [418, "PJM Interconnection (USA)"],
    "US-MIDW-AECI": [678, "Associated Electric Cooperative (USA)"],
    "US-MIDW-LGEE": [848, "Louisville Gas and Electric Company and Kentucky Utilities (USA)"],
    "US-MIDW-MISO": [501, "Midcontinent ISO (USA)"],
    "US-NE-ISNE": [309, "ISO New England (USA)"],
    "US-NW-AVA": [241, "Avista Corporation (USA)"],
    "US-NW-BPAT": [129, "Bonneville Power Administration (USA)"],
    "US-NW-CHPD": [26, "Chelan County (USA)"],
    "US-NW-DOPD": [33, "Douglas County (USA)"],
    "US-NW-GCPD": [51, "Grant County (USA)"],
    "US-NW-GRID": [541, "Gridforce Energy Management (USA)"],
    "US-NW-IPCO": [316, "Idaho Power Company (USA)"],
    "US-NW-NEVP": [435, "Nevada Power Company (USA)"],
    "US-NW-NWMT": [580, "Northwestern Energy (USA)"],
    "US-NW-PACE": [618, "Pacificorp East (USA)"],
    "US-NW-PACW": [204, "Pacificorp West (USA)"],
    "US-NW-PGE": [274, "Portland General Electric Company (USA)"],
    "US-NW-PSCO": [438, "Public Service Company of Colorado (USA)"],
    "US-NW-PSEI": [166, "Puget Sound Energy (USA)"],
    "US-NW-SCL": [84, "Seattle City Light (USA)"],
    "US-NW-TPWR": [89, "City of Tacoma (USA)"],
    "US-NW-WACM": [687, "Western Area Power Administration - Rocky Mountain Region (USA)"],
    "US-NW-WAUW": [335, "Western Area Power Administration - Upper Great Plains West (USA)"],
    "US-NY-NYIS": [314, "New York ISO (USA)"],
    "US-SE-SEPA": [534, "Southeastern Power Administration (USA)"],
    "US-SE-SOCO": [470, "Southern Company Services (USA)"],
    "US-SW-AZPS": [393, "Arizona Public Service Company (USA)"],
    "US-SW-EPE": [524, "El Paso Electric Company (USA)"],
    "US-SW-PNM": [293, "Public Service Company of New Mexico (USA)"],
    "US-SW-SRP": [304, "Salt River Project (USA)"],
    "US-SW-TEPC": [485, "Tucson Electric Power Company (USA)"],
    "US-SW-WALC": [325, "Western Area Power Administration - Desert Southwest Region (USA)"],
    "US-TEN-TVA": [404, "Tennessee Valley Authority (USA)"],
    "US-TEX-ERCO": [363, "Electric Reliability Council of Texas (USA)"],
    "UY": [71, "Uruguay"],
    "UZ": [487, "Uzbekistan"],
    "VC": [609, "Saint Vincent and the Grenadines"],
    "VE": [144, "Venezuela"],
    "VI": [680, "Virgin Islands (USA)"],
    "VN": [426, "Vietnam"],
    "VU": [521, "Vanuatu"],
    "WS": [455, "Samoa"],
    "XK": [605, "Kosovo"],
    "YE": [567, "Yemen"],
    "YT": [567, "Mayotte"],
    "ZA": [700, "South Africa"],
    "ZM": [166, "Zambia"],
    "ZW": [419, "Zimbabwe"]
};


/***/ }),

/***/ 1649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ISO_COUNTRIES)
/* harmony export */ });
// GENERATED by scripts/generate-catalog.mjs — do not edit; edit the generator or its inputs and re-run it.
// Source: lfwa/carbontracker @ 8beb2b9dc124f910deeef9aaae39c45a9b017ca5, carbontracker/data/carbon-intensities.csv, columns alpha-2,
// Entity, Code (MIT, LICENSES/MIT-carbontracker.txt; names from Our World in Data, CC BY 4.0), plus the hand-written
// ISO_SUPPLEMENT in the generator for codes that table lacks. ISO 3166-1 codes are facts.
/** ISO 3166-1 alpha-2, alpha-3 and English short name of every country the intensity data covers. */
const ISO_COUNTRIES = [
    ["AE", "ARE", "United Arab Emirates"],
    ["AF", "AFG", "Afghanistan"],
    ["AG", "ATG", "Antigua and Barbuda"],
    ["AL", "ALB", "Albania"],
    ["AM", "ARM", "Armenia"],
    ["AO", "AGO", "Angola"],
    ["AR", "ARG", "Argentina"],
    ["AS", "ASM", "American Samoa"],
    ["AT", "AUT", "Austria"],
    ["AU", "AUS", "Australia"],
    ["AW", "ABW", "Aruba"],
    ["AX", "ALA", "Åland Islands"],
    ["AZ", "AZE", "Azerbaijan"],
    ["BA", "BIH", "Bosnia and Herzegovina"],
    ["BB", "BRB", "Barbados"],
    ["BD", "BGD", "Bangladesh"],
    ["BE", "BEL", "Belgium"],
    ["BF", "BFA", "Burkina Faso"],
    ["BG", "BGR", "Bulgaria"],
    ["BH", "BHR", "Bahrain"],
    ["BI", "BDI", "Burundi"],
    ["BJ", "BEN", "Benin"],
    ["BM", "BMU", "Bermuda"],
    ["BN", "BRN", "Brunei"],
    ["BO", "BOL", "Bolivia"],
    ["BR", "BRA", "Brazil"],
    ["BS", "BHS", "Bahamas"],
    ["BT", "BTN", "Bhutan"],
    ["BW", "BWA", "Botswana"],
    ["BY", "BLR", "Belarus"],
    ["BZ", "BLZ", "Belize"],
    ["CA", "CAN", "Canada"],
    ["CD", "COD", "Democratic Republic of the Congo"],
    ["CF", "CAF", "Central African Republic"],
    ["CG", "COG", "Congo"],
    ["CH", "CHE", "Switzerland"],
    ["CI", "CIV", "Côte d'Ivoire"],
    ["CK", "COK", "Cook Islands"],
    ["CL", "CHL", "Chile"],
    ["CM", "CMR", "Cameroon"],
    ["CN", "CHN", "China"],
    ["CO", "COL", "Colombia"],
    ["CR", "CRI", "Costa Rica"],
    ["CU", "CUB", "Cuba"],
    ["CV", "CPV", "Cabo Verde"],
    ["CW", "CUW", "Curaçao"],
    ["CY", "CYP", "Cyprus"],
    ["CZ", "CZE", "Czechia"],
    ["DE", "DEU", "Germany"],
    ["DJ", "DJI", "Djibouti"],
    ["DK", "DNK", "Denmark"],
    ["DM", "DMA", "Dominica"],
    ["DO", "DOM", "Dominican Republic"],
    ["DZ", "DZA", "Algeria"],
    ["EC", "ECU", "Ecuador"],
    ["EE", "EST", "Estonia"],
    ["EG", "EGY", "Egypt"],
    ["EH", "ESH", "Western Sahara"],
    ["ER", "ERI", "Eritrea"],
    ["ES", "ESP", "Spain"],
    ["ET", "ETH", "Ethiopia"],
    ["FI", "FIN", "Finland"],
    ["FJ", "FJI", "Fiji"],
    ["FK", "FLK", "Falkland Islands"],
    ["FM", "FSM", "Micronesia"],
    ["FO", "FRO", "Faroe Islands"],
    ["FR", "FRA", "France"],
    ["GA", "GAB", "Gabon"],
    ["GB", "GBR", "United Kingdom"],
    ["GD", "GRD", "Grenada"],
    ["GE", "GEO", "Georgia"],
    ["GF", "GUF", "French Guiana"],
    ["GH", "GHA", "Ghana"],
    ["GI", "GIB", "Gibraltar"],
    ["GL", "GRL", "Greenland"],
    ["GM", "GMB", "Gambia"],
    ["GN", "GIN", "Guinea"],
    ["GP", "GLP", "Guadeloupe"],
    ["GQ", "GNQ", "Equatorial Guinea"],
    ["GR", "GRC", "Greece"],
    ["GS", "SGS", "South Georgia and the South Sandwich Islands"],
    ["GT", "GTM", "Guatemala"],
    ["GU", "GUM", "Guam"],
    ["GW", "GNB", "Guinea-Bissau"],
    ["GY", "GUY", "Guyana"],
    ["HK", "HKG", "Hong Kong"],
    ["HN", "HND", "Honduras"],
    ["HR", "HRV", "Croatia"],
    ["HT", "HTI", "Haiti"],
    ["HU", "HUN", "Hungary"],
    ["ID", "IDN", "Indonesia"],
    ["IE", "IRL", "Ireland"],
    ["IL", "ISR", "Israel"],
    ["IN", "IND", "India"],
    ["IQ", "IRQ", "Iraq"],
    ["IR", "IRN", "Iran"],
    ["IS", "ISL", "Iceland"],
    ["IT", "ITA", "Italy"],
    ["JM", "JAM", "Jamaica"],
    ["JO", "JOR", "Jordan"],
    ["JP", "JPN", "Japan"],
    ["KE", "KEN", "Kenya"],
    ["KG", "KGZ", "Kyrgyzstan"],
    ["KH", "KHM", "Cambodia"],
    ["KI", "KIR", "Kiribati"],
    ["KM", "COM", "Comoros"],
    ["KN", "KNA", "Saint Kitts and Nevis"],
    ["KP", "PRK", "North Korea"],
    ["KR", "KOR", "South Korea"],
    ["KW", "KWT", "Kuwait"],
    ["KY", "CYM", "Cayman Islands"],
    ["KZ", "KAZ", "Kazakhstan"],
    ["LA", "LAO", "Laos"],
    ["LB", "LBN", "Lebanon"],
    ["LC", "LCA", "Saint Lucia"],
    ["LK", "LKA", "Sri Lanka"],
    ["LR", "LBR", "Liberia"],
    ["LS", "LSO", "Lesotho"],
    ["LT", "LTU", "Lithuania"],
    ["LU", "LUX", "Luxembourg"],
    ["LV", "LVA", "Latvia"],
    ["LY", "LBY", "Libya"],
    ["MA", "MAR", "Morocco"],
    ["MD", "MDA", "Moldova"],
    ["ME", "MNE", "Montenegro"],
    ["MG", "MDG", "Madagascar"],
    ["MK", "MKD", "North Macedonia"],
    ["ML", "MLI", "Mali"],
    ["MM", "MMR", "Myanmar"],
    ["MN", "MNG", "Mongolia"],
    ["MO", "MAC", "Macao"],
    ["MQ", "MTQ", "Martinique"],
    ["MR", "MRT", "Mauritania"],
    ["MS", "MSR", "Montserrat"],
    ["MT", "MLT", "Malta"],
    ["MU", "MUS", "Mauritius"],
    ["MV", "MDV", "Maldives"],
    ["MW", "MWI", "Malawi"],
    ["MX", "MEX", "Mexico"],
    ["MY", "MYS", "Malaysia"],
    ["MZ", "MOZ", "Mozambique"],
    ["NA", "NAM", "Namibia"],
    ["NC", "NCL", "New Caledonia"],
    ["NE", "NER", "Niger"],
    ["NG", "NGA", "Nigeria"],
    ["NI", "NIC", "Nicaragua"],
    ["NL", "NLD", "Netherlands"],
    ["NO", "NOR", "Norway"],
    ["NP", "NPL", "Nepal"],
    ["NR", "NRU", "Nauru"],
    ["NZ", "NZL", "New Zealand"],
    ["OM", "OMN", "Oman"],
    ["PA", "PAN", "Panama"],
    ["PE", "PER", "Peru"],
    ["PF", "PYF", "French Polynesia"],
    ["PG", "PNG", "Papua New Guinea"],
    ["PH", "PHL", "Philippines"],
    ["PK", "PAK", "Pakistan"],
    ["PL", "POL", "Poland"],
    ["PM", "SPM", "Saint Pierre and Miquelon"],
    ["PR", "PRI", "Puerto Rico"],
    ["PS", "PSE", "Palestine"],
    ["PT", "PRT", "Portugal"],
    ["PW", "PLW", "Palau"],
    ["PY", "PRY", "Paraguay"],
    ["QA", "QAT", "Qatar"],
    ["RE", "REU", "Réunion"],
    ["RO", "ROU", "Romania"],
    ["RS", "SRB", "Serbia"],
    ["RU", "RUS", "Russia"],
    ["RW", "RWA", "Rwanda"],
    ["SA", "SAU", "Saudi Arabia"],
    ["SB", "SLB", "Solomon Islands"],
    ["SC", "SYC", "Seychelles"],
    ["SD", "SDN", "Sudan"],
    ["SE", "SWE", "Sweden"],
    ["SG", "SGP", "Singapore"],
    ["SI", "SVN", "Slovenia"],
    ["SK", "SVK", "Slovakia"],
    ["SL", "SLE", "Sierra Leone"],
    ["SN", "SEN", "Senegal"],
    ["SO", "SOM", "Somalia"],
    ["SR", "SUR", "Suriname"],
    ["SS", "SSD", "South Sudan"],
    ["ST", "STP", "Sao Tome and Principe"],
    ["SV", "SLV", "El Salvador"],
    ["SY", "SYR", "Syria"],
    ["SZ", "SWZ", "Eswatini"],
    ["TC", "TCA", "Turks and Caicos Islands"],
    ["TD", "TCD", "Chad"],
    ["TG", "TGO", "Togo"],
    ["TH", "THA", "Thailand"],
    ["TJ", "TJK", "Tajikistan"],
    ["TL", "TLS", "Timor-Leste"],
    ["TM", "TKM", "Turkmenistan"],
    ["TN", "TUN", "Tunisia"],
    ["TO", "TON", "Tonga"],
    ["TR", "TUR", "Türkiye"],
    ["TT", "TTO", "Trinidad and Tobago"],
    ["TW", "TWN", "Taiwan"],
    ["TZ", "TZA", "Tanzania"],
    ["UA", "UKR", "Ukraine"],
    ["UG", "UGA", "Uganda"],
    ["US", "USA", "United States"],
    ["UY", "URY", "Uruguay"],
    ["UZ", "UZB", "Uzbekistan"],
    ["VC", "VCT", "Saint Vincent and the Grenadines"],
    ["VE", "VEN", "Venezuela"],
    ["VG", "VGB", "British Virgin Islands"],
    ["VI", "VIR", "United States Virgin Islands"],
    ["VN", "VNM", "Vietnam"],
    ["VU", "VUT", "Vanuatu"],
    ["WS", "WSM", "Samoa"],
    ["XK", "XKX", "Kosovo"],
    ["YE", "YEM", "Yemen"],
    ["YT", "MYT", "Mayotte"],
    ["ZA", "ZAF", "South Africa"],
    ["ZM", "ZMB", "Zambia"],
    ["ZW", "ZWE", "Zimbabwe"]
];


/***/ }),

/***/ 1506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TI: () => (/* reexport */ AWS_REGION_ZONES),
  Z0: () => (/* reexport */ AZURE_REGION_ZONES),
  VN: () => (/* reexport */ CPU_WATTS_PER_CORE),
  fU: () => (/* reexport */ DEFAULT_PUE),
  OG: () => (/* reexport */ GPU_LIST_URL),
  Q3: () => (/* reexport */ MEMORY_WATTS_PER_GB),
  bz: () => (/* reexport */ PROVIDER_PUE),
  Yz: () => (/* reexport */ defaultPue),
  uq: () => (/* reexport */ findCpu),
  GO: () => (/* reexport */ findGpu),
  hh: () => (/* reexport */ findIntensity)
});

// UNUSED EXPORTS: GPU_CATALOG, GPU_DEFAULT_VARIANTS, PRESETS, UNRATED_ACCELERATORS, knownLocations

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/core/catalog/data/gpus.generated.ts
// GENERATED by scripts/generate-catalog.mjs — do not edit; edit the generator or its inputs and re-run it.
// Source: scripts/data/gpus.yml (99 rows). Per row, either a vendor datasheet or product page (a figure
// is a fact; licence "public domain (fact)", URL cited, no text copied) or, for 13 rows, Green Algorithms' TDP_gpu.csv
// (GreenAlgorithms/green-algorithms-tool @ 30df2feead1c7f5db87a3d86ca1239470a0cd415, licence CC BY 4.0, LICENSES/CC-BY-4.0.txt;
// Lannelongue, Grealey & Inouye, Advanced Science 2021). Each row carries its own source and licence.
/** Every catalogue row, in the order of scripts/data/gpus.yml. */
const GPU_ROWS = [
    {
        name: "Tesla K80",
        kind: "gpu",
        tdpW: 150,
        aliases: [],
        nvidiaSmiName: "Tesla K80",
        source: { name: "NVIDIA Tesla K80 product page: 300 W per board of two GPUs, 150 W per GPU", url: "https://www.nvidia.com/en-gb/data-center/tesla-k80/", licence: "public domain (fact)" }
    },
    {
        name: "Tesla P100-PCIE-12GB",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "Tesla P100-PCIE-12GB",
        source: { name: "NVIDIA Tesla P100 datasheet", url: "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla P100-PCIE-16GB",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "Tesla P100-PCIE-16GB",
        source: { name: "NVIDIA Tesla P100 datasheet", url: "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla P100-SXM2-16GB",
        kind: "gpu",
        tdpW: 300,
        aliases: ["P100 SXM2", "P100 SXM"],
        nvidiaSmiName: "Tesla P100-SXM2-16GB",
        source: { name: "NVIDIA Tesla P100 datasheet", url: "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla V100-PCIE-16GB",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "Tesla V100-PCIE-16GB",
        source: { name: "NVIDIA V100 Tensor Core GPU datasheet", url: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla V100-PCIE-32GB",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "Tesla V100-PCIE-32GB",
        source: { name: "NVIDIA V100 Tensor Core GPU datasheet", url: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla V100-SXM2-16GB",
        kind: "gpu",
        tdpW: 300,
        aliases: ["V100-SXM-16GB"],
        nvidiaSmiName: "Tesla V100-SXM2-16GB",
        source: { name: "NVIDIA V100 Tensor Core GPU datasheet", url: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla V100-SXM2-32GB",
        kind: "gpu",
        tdpW: 300,
        aliases: ["V100-SXM-32GB"],
        nvidiaSmiName: "Tesla V100-SXM2-32GB",
        source: { name: "NVIDIA V100 Tensor Core GPU datasheet", url: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla V100S-PCIE-32GB",
        kind: "gpu",
        tdpW: 250,
        aliases: ["V100S", "V100S PCIe"],
        nvidiaSmiName: "Tesla V100S-PCIE-32GB",
        source: { name: "NVIDIA V100 Tensor Core GPU datasheet", url: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla T4",
        kind: "gpu",
        tdpW: 70,
        aliases: [],
        nvidiaSmiName: "Tesla T4",
        source: { name: "NVIDIA T4 Tensor Core GPU datasheet", url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A100-PCIE-40GB",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "NVIDIA A100-PCIE-40GB",
        source: { name: "NVIDIA A100 Tensor Core GPU datasheet", url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A100 80GB PCIe",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        nvidiaSmiName: "NVIDIA A100 80GB PCIe",
        source: { name: "NVIDIA A100 Tensor Core GPU datasheet", url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A100-SXM4-40GB",
        kind: "gpu",
        tdpW: 400,
        aliases: ["A100-SXM-40GB"],
        nvidiaSmiName: "NVIDIA A100-SXM4-40GB",
        source: { name: "NVIDIA A100 Tensor Core GPU datasheet", url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A100-SXM4-80GB",
        kind: "gpu",
        tdpW: 400,
        aliases: ["A100-SXM-80GB"],
        nvidiaSmiName: "NVIDIA A100-SXM4-80GB",
        source: { name: "NVIDIA A100 Tensor Core GPU datasheet", url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A10",
        kind: "gpu",
        tdpW: 150,
        aliases: [],
        nvidiaSmiName: "NVIDIA A10",
        source: { name: "NVIDIA A10 Tensor Core GPU product page", url: "https://www.nvidia.com/en-us/data-center/products/a10-gpu/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A10G",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        nvidiaSmiName: "NVIDIA A10G",
        source: { name: "Amazon EC2 G5 instances (NVIDIA A10G); 300 W = power cap nvidia-smi reports on G5", url: "https://aws.amazon.com/ec2/instance-types/g5/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A30",
        kind: "gpu",
        tdpW: 165,
        aliases: [],
        nvidiaSmiName: "NVIDIA A30",
        source: { name: "NVIDIA A30 Tensor Core GPU product page", url: "https://www.nvidia.com/en-us/data-center/products/a30-gpu/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A40",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        nvidiaSmiName: "NVIDIA A40",
        source: { name: "NVIDIA A40 product page", url: "https://www.nvidia.com/en-us/data-center/a40/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA L4",
        kind: "gpu",
        tdpW: 72,
        aliases: [],
        nvidiaSmiName: "NVIDIA L4",
        source: { name: "NVIDIA L4 Tensor Core GPU product page", url: "https://www.nvidia.com/en-us/data-center/l4/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA L40",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        nvidiaSmiName: "NVIDIA L40",
        source: { name: "NVIDIA L40 GPU product page", url: "https://www.nvidia.com/en-us/data-center/l40/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA L40S",
        kind: "gpu",
        tdpW: 350,
        aliases: [],
        nvidiaSmiName: "NVIDIA L40S",
        source: { name: "NVIDIA L40S GPU product page", url: "https://www.nvidia.com/en-us/data-center/l40s/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA H100 PCIe",
        kind: "gpu",
        tdpW: 350,
        aliases: ["H100 PCIe 80GB", "H100-PCIE-80GB"],
        nvidiaSmiName: "NVIDIA H100 PCIe",
        source: { name: "NVIDIA H100 Tensor Core GPU datasheet", url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA H100 SXM5 80GB",
        kind: "gpu",
        tdpW: 700,
        aliases: ["NVIDIA H100 80GB HBM3", "H100 SXM", "H100 SXM5", "H100 SXM 80GB"],
        nvidiaSmiName: "NVIDIA H100 80GB HBM3",
        source: { name: "NVIDIA H100 Tensor Core GPU datasheet", url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA H100 NVL",
        kind: "gpu",
        tdpW: 400,
        aliases: ["H100 NVL 94GB"],
        nvidiaSmiName: "NVIDIA H100 NVL",
        source: { name: "NVIDIA H100 Tensor Core GPU datasheet", url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA H200 SXM 141GB",
        kind: "gpu",
        tdpW: 700,
        aliases: ["NVIDIA H200", "H200 SXM", "H200 SXM5"],
        nvidiaSmiName: "NVIDIA H200",
        source: { name: "NVIDIA H200 Tensor Core GPU product page (specifications)", url: "https://www.nvidia.com/en-us/data-center/h200/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA H200 NVL",
        kind: "gpu",
        tdpW: 600,
        aliases: ["H200 NVL 141GB"],
        nvidiaSmiName: "NVIDIA H200 NVL",
        source: { name: "NVIDIA H200 Tensor Core GPU product page (specifications)", url: "https://www.nvidia.com/en-us/data-center/h200/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA B200",
        kind: "gpu",
        tdpW: 1000,
        aliases: ["B200 SXM", "HGX B200"],
        nvidiaSmiName: "NVIDIA B200",
        source: { name: "NVIDIA HGX platform specifications (HGX B200, per GPU)", url: "https://www.nvidia.com/en-us/data-center/hgx/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3090",
        kind: "gpu",
        tdpW: 350,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3090",
        source: { name: "NVIDIA GeForce RTX 3090 specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4090",
        kind: "gpu",
        tdpW: 450,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4090",
        source: { name: "NVIDIA GeForce RTX 4090 specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/", licence: "public domain (fact)" }
    },
    {
        name: "AMD Instinct MI250X",
        kind: "gpu",
        tdpW: 500,
        aliases: ["MI250X OAM"],
        source: { name: "AMD Instinct MI250X accelerator specifications (500 W, 560 W peak)", url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html", licence: "public domain (fact)" }
    },
    {
        name: "AMD Instinct MI250",
        kind: "gpu",
        tdpW: 500,
        aliases: ["MI250 OAM"],
        source: { name: "AMD Instinct MI250 accelerator specifications", url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250.html", licence: "public domain (fact)" }
    },
    {
        name: "AMD Instinct MI300X",
        kind: "gpu",
        tdpW: 750,
        aliases: ["MI300X OAM"],
        source: { name: "AMD Instinct MI300X accelerator specifications", url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html", licence: "public domain (fact)" }
    },
    {
        name: "Intel Gaudi 2",
        kind: "accelerator",
        tdpW: 600,
        aliases: ["HL-225H", "HL-225", "Habana Gaudi2"],
        source: { name: "Intel Gaudi 2 (HL-225H OAM) product page", url: "https://habana.ai/products/gaudi2/", licence: "public domain (fact)" }
    },
    {
        name: "Intel Gaudi 3 OAM",
        kind: "accelerator",
        tdpW: 900,
        aliases: ["HL-325L", "HL-325"],
        source: { name: "Intel Gaudi 3 AI accelerator white paper (HL-325L OAM, HL-338 PCIe)", url: "https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html", licence: "public domain (fact)" }
    },
    {
        name: "Intel Gaudi 3 PCIe",
        kind: "accelerator",
        tdpW: 600,
        aliases: ["HL-338"],
        source: { name: "Intel Gaudi 3 AI accelerator white paper (HL-325L OAM, HL-338 PCIe)", url: "https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html", licence: "public domain (fact)" }
    },
    {
        name: "Google TPU v2",
        kind: "accelerator",
        tdpW: 280,
        aliases: [],
        source: { name: "Green Algorithms TDP_gpu.csv, row \"TPU v2\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "Google TPU v3",
        kind: "accelerator",
        tdpW: 220,
        aliases: [],
        source: { name: "Green Algorithms TDP_gpu.csv, row \"TPU v3\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "Google TPU v4",
        kind: "accelerator",
        tdpW: 170,
        aliases: [],
        source: { name: "Green Algorithms TDP_gpu.csv, row \"TPU v4\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "Tesla M40",
        kind: "gpu",
        tdpW: 250,
        aliases: ["Tesla M40 24GB"],
        nvidiaSmiName: "Tesla M40",
        source: { name: "NVIDIA Tesla M40 24GB datasheet (board power 250 W; the 12 GB card is also 250 W)", url: "https://images.nvidia.com/content/tesla/pdf/78071_Tesla_M40_24GB_Print_Datasheet_LR.pdf", licence: "public domain (fact)" }
    },
    {
        name: "Tesla P4",
        kind: "gpu",
        tdpW: 75,
        aliases: ["NVIDIA Tesla P4"],
        nvidiaSmiName: "Tesla P4",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA Tesla P4\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "Tesla P40",
        kind: "gpu",
        tdpW: 250,
        aliases: ["NVIDIA Tesla P40"],
        nvidiaSmiName: "Tesla P40",
        source: { name: "NVIDIA Tesla P40 datasheet (max power 250 W)", url: "https://images.nvidia.com/content/pdf/tesla/184427-Tesla-P40-Datasheet-NV-Final-Letter-Web.pdf", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA A2",
        kind: "gpu",
        tdpW: 60,
        aliases: [],
        nvidiaSmiName: "NVIDIA A2",
        source: { name: "NVIDIA A2 Tensor Core GPU product page: max power 40-60 W, configurable", url: "https://www.nvidia.com/en-us/data-center/products/a2/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GH200 480GB",
        kind: "gpu",
        tdpW: 1000,
        aliases: [],
        nvidiaSmiName: "NVIDIA GH200 480GB",
        source: { name: "NVIDIA GH200 Grace Hopper Superchip product page: module power 450 W to 1,000 W, programmable", url: "https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GH200 144G HBM3e",
        kind: "gpu",
        tdpW: 1000,
        aliases: [],
        nvidiaSmiName: "NVIDIA GH200 144G HBM3e",
        source: { name: "NVIDIA GH200 Grace Hopper Superchip product page: module power 450 W to 1,000 W, programmable", url: "https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/", licence: "public domain (fact)" }
    },
    {
        name: "Quadro RTX 4000",
        kind: "gpu",
        tdpW: 160,
        aliases: [],
        nvidiaSmiName: "Quadro RTX 4000",
        source: { name: "NVIDIA Quadro RTX 4000 datasheet (max power consumption 160 W)", url: "https://www.nvidia.com/en-us/design-visualization/quadro/rtx-4000/", licence: "public domain (fact)" }
    },
    {
        name: "Quadro RTX 5000",
        kind: "gpu",
        tdpW: 265,
        aliases: [],
        nvidiaSmiName: "Quadro RTX 5000",
        source: { name: "NVIDIA Quadro RTX 5000 datasheet (total board power 265 W, total graphics power 230 W)", url: "https://www.nvidia.com/en-us/design-visualization/quadro/rtx-5000/", licence: "public domain (fact)" }
    },
    {
        name: "Quadro RTX 6000",
        kind: "gpu",
        tdpW: 295,
        aliases: [],
        nvidiaSmiName: "Quadro RTX 6000",
        source: { name: "NVIDIA Quadro RTX 6000 datasheet (total board power 295 W, total graphics power 260 W)", url: "https://www.nvidia.com/en-us/design-visualization/quadro/rtx-6000/", licence: "public domain (fact)" }
    },
    {
        name: "Quadro RTX 8000",
        kind: "gpu",
        tdpW: 295,
        aliases: [],
        nvidiaSmiName: "Quadro RTX 8000",
        source: { name: "NVIDIA Quadro RTX 8000 datasheet (total board power 295 W, total graphics power 260 W)", url: "https://www.nvidia.com/en-us/design-visualization/quadro/rtx-8000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX A2000",
        kind: "gpu",
        tdpW: 70,
        aliases: ["NVIDIA RTX A2000 12GB", "A2000", "RTX A2000 12GB"],
        nvidiaSmiName: "NVIDIA RTX A2000",
        source: { name: "NVIDIA RTX A2000 product page (max power consumption 70 W, 6 GB and 12 GB)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-a2000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX A4000",
        kind: "gpu",
        tdpW: 140,
        aliases: ["A4000"],
        nvidiaSmiName: "NVIDIA RTX A4000",
        source: { name: "NVIDIA RTX A4000 product page (max power consumption 140 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-a4000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX A4500",
        kind: "gpu",
        tdpW: 200,
        aliases: ["A4500"],
        nvidiaSmiName: "NVIDIA RTX A4500",
        source: { name: "NVIDIA RTX A4500 product page (max power consumption 200 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-a4500/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX A5000",
        kind: "gpu",
        tdpW: 230,
        aliases: ["A5000"],
        nvidiaSmiName: "NVIDIA RTX A5000",
        source: { name: "NVIDIA RTX A5000 product page (max power consumption 230 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-a5000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX A5500",
        kind: "gpu",
        tdpW: 230,
        aliases: ["A5500"],
        nvidiaSmiName: "NVIDIA RTX A5500",
        source: { name: "NVIDIA RTX A5500 product page (max power consumption 230 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-a5500/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX A6000",
        kind: "gpu",
        tdpW: 300,
        aliases: ["A6000"],
        nvidiaSmiName: "NVIDIA RTX A6000",
        source: { name: "NVIDIA RTX A6000 product page (max power consumption 300 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-a6000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX 2000 Ada Generation",
        kind: "gpu",
        tdpW: 70,
        aliases: ["RTX 2000 Ada"],
        nvidiaSmiName: "NVIDIA RTX 2000 Ada Generation",
        source: { name: "NVIDIA RTX 2000 Ada Generation product page (max power consumption 70 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-2000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX 4000 SFF Ada Generation",
        kind: "gpu",
        tdpW: 70,
        aliases: ["RTX 4000 SFF Ada"],
        nvidiaSmiName: "NVIDIA RTX 4000 SFF Ada Generation",
        source: { name: "NVIDIA RTX 4000 SFF Ada Generation product page (max power consumption 70 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-4000-sff/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX 4000 Ada Generation",
        kind: "gpu",
        tdpW: 130,
        aliases: ["RTX 4000 Ada"],
        nvidiaSmiName: "NVIDIA RTX 4000 Ada Generation",
        source: { name: "NVIDIA RTX 4000 Ada Generation product page (max power consumption 130 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-4000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX 4500 Ada Generation",
        kind: "gpu",
        tdpW: 210,
        aliases: ["RTX 4500 Ada"],
        nvidiaSmiName: "NVIDIA RTX 4500 Ada Generation",
        source: { name: "NVIDIA RTX 4500 Ada Generation product page (max power consumption 210 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-4500/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX 5000 Ada Generation",
        kind: "gpu",
        tdpW: 250,
        aliases: ["RTX 5000 Ada"],
        nvidiaSmiName: "NVIDIA RTX 5000 Ada Generation",
        source: { name: "NVIDIA RTX 5000 Ada Generation product page (max power consumption 250 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-5000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX 6000 Ada Generation",
        kind: "gpu",
        tdpW: 300,
        aliases: ["RTX 6000 Ada"],
        nvidiaSmiName: "NVIDIA RTX 6000 Ada Generation",
        source: { name: "NVIDIA RTX 6000 Ada Generation product page (max power consumption 300 W)", url: "https://www.nvidia.com/en-us/design-visualization/rtx-6000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
        kind: "gpu",
        tdpW: 600,
        aliases: ["RTX PRO 6000 Workstation Edition"],
        nvidiaSmiName: "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
        source: { name: "NVIDIA RTX PRO 6000 Blackwell product page: Workstation Edition 600 W, Max-Q Workstation Edition 300 W", url: "https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
        kind: "gpu",
        tdpW: 300,
        aliases: ["RTX PRO 6000 Max-Q"],
        nvidiaSmiName: "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
        source: { name: "NVIDIA RTX PRO 6000 Blackwell product page: Workstation Edition 600 W, Max-Q Workstation Edition 300 W", url: "https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA RTX PRO 6000 Blackwell Server Edition",
        kind: "gpu",
        tdpW: 600,
        aliases: ["RTX PRO 6000 Server Edition"],
        nvidiaSmiName: "NVIDIA RTX PRO 6000 Blackwell Server Edition",
        source: { name: "NVIDIA RTX PRO 6000 Blackwell Server Edition product page: max power 400-600 W, configurable", url: "https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce GTX 1080",
        kind: "gpu",
        tdpW: 180,
        aliases: ["NVIDIA GTX 1080"],
        nvidiaSmiName: "NVIDIA GeForce GTX 1080",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA GTX 1080\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA GeForce GTX 1080 Ti",
        kind: "gpu",
        tdpW: 250,
        aliases: ["NVIDIA GTX 1080 Ti"],
        nvidiaSmiName: "NVIDIA GeForce GTX 1080 Ti",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA GTX 1080 Ti\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA GeForce GTX TITAN X",
        kind: "gpu",
        tdpW: 250,
        aliases: ["NVIDIA GTX TITAN X"],
        nvidiaSmiName: "NVIDIA GeForce GTX TITAN X",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA GTX TITAN X\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA TITAN X (Pascal)",
        kind: "gpu",
        tdpW: 250,
        aliases: ["NVIDIA TITAN X Pascal"],
        nvidiaSmiName: "NVIDIA TITAN X (Pascal)",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA TITAN X Pascal\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA TITAN Xp",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "NVIDIA TITAN Xp",
        source: { name: "NVIDIA TITAN Xp product page (graphics card power 250 W)", url: "https://www.nvidia.com/en-us/titan/titan-xp/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA TITAN V",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "NVIDIA TITAN V",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA Titan V\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA TITAN RTX",
        kind: "gpu",
        tdpW: 280,
        aliases: [],
        nvidiaSmiName: "NVIDIA TITAN RTX",
        source: { name: "NVIDIA TITAN RTX product page (graphics card power 280 W)", url: "https://www.nvidia.com/en-us/deep-learning-ai/products/titan-rtx/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 2080",
        kind: "gpu",
        tdpW: 215,
        aliases: ["NVIDIA RTX 2080"],
        nvidiaSmiName: "NVIDIA GeForce RTX 2080",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA RTX 2080\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA GeForce RTX 2080 SUPER",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 2080 SUPER",
        source: { name: "NVIDIA GeForce RTX 2080 SUPER specifications (graphics card power 250 W)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/rtx-2080-super/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 2080 Ti",
        kind: "gpu",
        tdpW: 250,
        aliases: ["NVIDIA RTX 2080 Ti"],
        nvidiaSmiName: "NVIDIA GeForce RTX 2080 Ti",
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA RTX 2080 Ti\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "NVIDIA GeForce RTX 3060",
        kind: "gpu",
        tdpW: 170,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3060",
        source: { name: "NVIDIA GeForce RTX 3060 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3060 Ti",
        kind: "gpu",
        tdpW: 200,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3060 Ti",
        source: { name: "NVIDIA GeForce RTX 3060 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3070",
        kind: "gpu",
        tdpW: 220,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3070",
        source: { name: "NVIDIA GeForce RTX 3070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3070-3070ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3070 Ti",
        kind: "gpu",
        tdpW: 290,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3070 Ti",
        source: { name: "NVIDIA GeForce RTX 3070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3070-3070ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3080",
        kind: "gpu",
        tdpW: 350,
        aliases: ["RTX 3080 12GB"],
        nvidiaSmiName: "NVIDIA GeForce RTX 3080",
        source: { name: "NVIDIA GeForce RTX 3080 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3080 Ti",
        kind: "gpu",
        tdpW: 350,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3080 Ti",
        source: { name: "NVIDIA GeForce RTX 3080 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 3090 Ti",
        kind: "gpu",
        tdpW: 450,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 3090 Ti",
        source: { name: "NVIDIA GeForce RTX 3090 Ti specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4060",
        kind: "gpu",
        tdpW: 115,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4060",
        source: { name: "NVIDIA GeForce RTX 4060 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4060-4060ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4060 Ti",
        kind: "gpu",
        tdpW: 165,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4060 Ti",
        source: { name: "NVIDIA GeForce RTX 4060 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4060-4060ti/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4070",
        kind: "gpu",
        tdpW: 200,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4070",
        source: { name: "NVIDIA GeForce RTX 4070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4070 SUPER",
        kind: "gpu",
        tdpW: 220,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4070 SUPER",
        source: { name: "NVIDIA GeForce RTX 4070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4070 Ti",
        kind: "gpu",
        tdpW: 285,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4070 Ti",
        source: { name: "NVIDIA GeForce RTX 4070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4070 Ti SUPER",
        kind: "gpu",
        tdpW: 285,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4070 Ti SUPER",
        source: { name: "NVIDIA GeForce RTX 4070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4080",
        kind: "gpu",
        tdpW: 320,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4080",
        source: { name: "NVIDIA GeForce RTX 4080 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4080-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 4080 SUPER",
        kind: "gpu",
        tdpW: 320,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 4080 SUPER",
        source: { name: "NVIDIA GeForce RTX 4080 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4080-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 5070",
        kind: "gpu",
        tdpW: 250,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 5070",
        source: { name: "NVIDIA GeForce RTX 5070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5070-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 5070 Ti",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 5070 Ti",
        source: { name: "NVIDIA GeForce RTX 5070 family specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5070-family/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 5080",
        kind: "gpu",
        tdpW: 360,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 5080",
        source: { name: "NVIDIA GeForce RTX 5080 specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5080/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA GeForce RTX 5090",
        kind: "gpu",
        tdpW: 575,
        aliases: [],
        nvidiaSmiName: "NVIDIA GeForce RTX 5090",
        source: { name: "NVIDIA GeForce RTX 5090 specifications (total graphics power)", url: "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/", licence: "public domain (fact)" }
    },
    {
        name: "NVIDIA Jetson AGX Xavier",
        kind: "gpu",
        tdpW: 30,
        aliases: [],
        source: { name: "Green Algorithms TDP_gpu.csv, row \"NVIDIA Jetson AGX Xavier\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "AMD Radeon RX 480",
        kind: "gpu",
        tdpW: 150,
        aliases: ["AMD RX480"],
        source: { name: "Green Algorithms TDP_gpu.csv, row \"AMD RX480\"", url: "https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest/TDP_gpu.csv", licence: "CC BY 4.0" }
    },
    {
        name: "AMD Instinct MI100",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        source: { name: "AMD Instinct MI100 accelerator specifications (typical board power 300 W)", url: "https://www.amd.com/en/products/accelerators/instinct/mi100.html", licence: "public domain (fact)" }
    },
    {
        name: "AMD Instinct MI210",
        kind: "gpu",
        tdpW: 300,
        aliases: [],
        source: { name: "AMD Instinct MI210 accelerator specifications (typical board power 300 W)", url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi210.html", licence: "public domain (fact)" }
    },
    {
        name: "AMD Instinct MI325X",
        kind: "gpu",
        tdpW: 1000,
        aliases: ["MI325X OAM"],
        source: { name: "AMD Instinct MI325X accelerator specifications (typical board power 1,000 W)", url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html", licence: "public domain (fact)" }
    },
    {
        name: "Intel Data Center GPU Max 1100",
        kind: "gpu",
        tdpW: 300,
        aliases: ["GPU Max 1100", "Max 1100"],
        source: { name: "Intel Data Center GPU Max Series product page: Max 1550 (OAM) 600 W, Max 1100 (PCIe) 300 W", url: "https://www.intel.com/content/www/us/en/products/details/discrete-gpus/data-center-gpu/max-series.html", licence: "public domain (fact)" }
    },
    {
        name: "Intel Data Center GPU Max 1550",
        kind: "gpu",
        tdpW: 600,
        aliases: ["GPU Max 1550", "Max 1550"],
        source: { name: "Intel Data Center GPU Max Series product page: Max 1550 (OAM) 600 W, Max 1100 (PCIe) 300 W", url: "https://www.intel.com/content/www/us/en/products/details/discrete-gpus/data-center-gpu/max-series.html", licence: "public domain (fact)" }
    }
];
/** Accelerators recognised by name that have no rated power, each with the reason. */
const UNRATED_ROWS = [
    { name: "Google TPU v5e", aliases: ["TPU v5 lite", "TPU v5litepod", "v5e"], reason: "Google publishes no TDP for TPU v5e chips, so carbon-gate has no rated power for it. Give `watts:` (per chip), or use measured power logs." },
    { name: "Google TPU v5p", aliases: ["TPU v5", "v5p"], reason: "Google publishes no TDP for TPU v5p chips, so carbon-gate has no rated power for it. Give `watts:` (per chip), or use measured power logs." }
];
/** Family names that match several rows, each with its default (the highest-rated variant). */
const FAMILY_ROWS = [
    { forms: ["V100"], chosen: "Tesla V100-SXM2-32GB", among: ["Tesla V100-PCIE-16GB", "Tesla V100-PCIE-32GB", "Tesla V100-SXM2-16GB", "Tesla V100-SXM2-32GB", "Tesla V100S-PCIE-32GB"] },
    { forms: ["V100 16GB"], chosen: "Tesla V100-SXM2-16GB", among: ["Tesla V100-PCIE-16GB", "Tesla V100-SXM2-16GB"] },
    { forms: ["V100 32GB"], chosen: "Tesla V100-SXM2-32GB", among: ["Tesla V100-PCIE-32GB", "Tesla V100-SXM2-32GB", "Tesla V100S-PCIE-32GB"] },
    { forms: ["V100 PCIe"], chosen: "Tesla V100-PCIE-32GB", among: ["Tesla V100-PCIE-16GB", "Tesla V100-PCIE-32GB"] },
    { forms: ["V100 SXM2", "V100 SXM"], chosen: "Tesla V100-SXM2-32GB", among: ["Tesla V100-SXM2-16GB", "Tesla V100-SXM2-32GB"] },
    { forms: ["P100"], chosen: "Tesla P100-SXM2-16GB", among: ["Tesla P100-PCIE-12GB", "Tesla P100-PCIE-16GB", "Tesla P100-SXM2-16GB"] },
    { forms: ["P100 16GB"], chosen: "Tesla P100-SXM2-16GB", among: ["Tesla P100-PCIE-16GB", "Tesla P100-SXM2-16GB"] },
    { forms: ["P100 PCIe"], chosen: "Tesla P100-PCIE-16GB", among: ["Tesla P100-PCIE-12GB", "Tesla P100-PCIE-16GB"] },
    { forms: ["A100"], chosen: "NVIDIA A100-SXM4-80GB", among: ["NVIDIA A100-PCIE-40GB", "NVIDIA A100 80GB PCIe", "NVIDIA A100-SXM4-40GB", "NVIDIA A100-SXM4-80GB"] },
    { forms: ["A100 40GB"], chosen: "NVIDIA A100-SXM4-40GB", among: ["NVIDIA A100-PCIE-40GB", "NVIDIA A100-SXM4-40GB"] },
    { forms: ["A100 80GB"], chosen: "NVIDIA A100-SXM4-80GB", among: ["NVIDIA A100 80GB PCIe", "NVIDIA A100-SXM4-80GB"] },
    { forms: ["A100 PCIe"], chosen: "NVIDIA A100 80GB PCIe", among: ["NVIDIA A100-PCIE-40GB", "NVIDIA A100 80GB PCIe"] },
    { forms: ["A100 SXM4", "A100 SXM"], chosen: "NVIDIA A100-SXM4-80GB", among: ["NVIDIA A100-SXM4-40GB", "NVIDIA A100-SXM4-80GB"] },
    { forms: ["H100"], chosen: "NVIDIA H100 SXM5 80GB", among: ["NVIDIA H100 PCIe", "NVIDIA H100 SXM5 80GB", "NVIDIA H100 NVL"] },
    { forms: ["H100 80GB"], chosen: "NVIDIA H100 SXM5 80GB", among: ["NVIDIA H100 PCIe", "NVIDIA H100 SXM5 80GB"] },
    { forms: ["H200", "H200 141GB"], chosen: "NVIDIA H200 SXM 141GB", among: ["NVIDIA H200 SXM 141GB", "NVIDIA H200 NVL"] },
    { forms: ["Gaudi 3"], chosen: "Intel Gaudi 3 OAM", among: ["Intel Gaudi 3 OAM", "Intel Gaudi 3 PCIe"] },
    { forms: ["GH200"], chosen: "NVIDIA GH200 480GB", among: ["NVIDIA GH200 480GB", "NVIDIA GH200 144G HBM3e"] },
    { forms: ["RTX PRO 6000", "RTX PRO 6000 Blackwell"], chosen: "NVIDIA RTX PRO 6000 Blackwell Workstation Edition", among: ["NVIDIA RTX PRO 6000 Blackwell Workstation Edition", "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition", "NVIDIA RTX PRO 6000 Blackwell Server Edition"] },
    { forms: ["TITAN X"], chosen: "NVIDIA TITAN X (Pascal)", among: ["NVIDIA GeForce GTX TITAN X", "NVIDIA TITAN X (Pascal)"] }
];

;// CONCATENATED MODULE: ./src/core/catalog/normalize.ts
/**
 * Name normalisation for catalogue keys. Hardware names arrive as tools print them
 * ("Intel(R) Xeon(R) Gold 6136 CPU @ 3.00GHz", "NVIDIA A100-SXM4-80GB") or as people type them
 * ("a100 sxm4 80gb"); each lookup compares normalised keys, never raw strings.
 */
/** Trademark marks tools print inside names: "(R)", "(TM)", "(C)", "®", "™", "©". */
const MARKS = /\((?:r|tm|c)\)|[®™©]/gi;
/** Lower-cases, drops trademark marks and splits on anything but letters, digits and "+". */
function nameTokens(name) {
    return name
        .replace(MARKS, ' ')
        .toLowerCase()
        .split(/[^a-z0-9+]+/)
        .filter((t) => t !== '');
}
/** All tokens run together: "A100-SXM4-80GB" and "a100 sxm4 80gb" give the same key. */
function compactKey(name) {
    return nameTokens(name).join('');
}
/**
 * Tokens with a separate unit re-attached ("80 GB" -> "80gb"), sorted, so word order does not
 * matter: "A100 80GB PCIe" and "A100-PCIE-80GB" give the same key.
 */
function tokenSetKey(tokens) {
    const merged = [];
    for (const t of tokens) {
        const prev = merged[merged.length - 1];
        if (t === 'gb' && prev !== undefined && /^\d+$/.test(prev))
            merged[merged.length - 1] = `${prev}gb`;
        else
            merged.push(t);
    }
    return [...merged].sort().join(' ');
}

;// CONCATENATED MODULE: ./src/core/catalog/gpus.ts



/**
 * The catalogue, generated from scripts/data/gpus.yml (docs/hardware.md lists it). `name` is what
 * `nvidia-smi --query-gpu=name` prints where the device is an NVIDIA GPU with one well-known name;
 * otherwise the vendor's product name. TDP is per device as the tools count devices (see
 * docs/hardware.md for K80, MI250X, GH200 and TPU counting). Each row cites its own source: a vendor
 * datasheet (a fact) or Green Algorithms' TDP_gpu.csv (CC BY 4.0).
 */
const GPU_CATALOG = GPU_ROWS;
/**
 * Where an unknown GPU's diagnostic sends the reader: the generated list of every catalogue row
 * with its source, in this project's repository.
 */
const GPU_LIST_URL = 'https://github.com/carbon-gate/carbon-gate/blob/main/docs/hardware.md';
/**
 * Accelerators we recognise but cannot rate: the vendor publishes no TDP and no licensed
 * secondary source gives one. A lookup says so instead of guessing or calling the name unknown.
 */
const UNRATED_ACCELERATORS = UNRATED_ROWS;
/**
 * Family names that match several rows, each with its documented default (the highest-rated
 * variant). `among` lists every variant the family name could mean.
 */
const GPU_DEFAULT_VARIANTS = FAMILY_ROWS;
/** Vendor and brand words that people and tools add or leave out. */
const BRAND_WORDS = new Set([
    'nvidia',
    'tesla',
    'geforce',
    'amd',
    'instinct',
    'intel',
    'habana',
    'google',
    'cloud',
    'gpu'
]);
function brandlessTokens(name) {
    const tokens = nameTokens(name).filter((t) => !BRAND_WORDS.has(t));
    return tokens.length > 0 ? tokens : nameTokens(name);
}
let index;
function hitId(hit) {
    return hit.kind === 'unrated' ? `unrated:${hit.reason}` : `${hit.kind}:${hit.row.name}`;
}
function put(map, key, hit, conflicts) {
    const existing = map.get(key);
    if (existing && hitId(existing) !== hitId(hit))
        conflicts.push(`${key}: ${hitId(existing)} vs ${hitId(hit)}`);
    else
        map.set(key, hit);
}
function addSuggestable(idx, spelling, target) {
    const key = brandlessTokens(spelling).join(' ');
    if (!idx.suggestable.has(key))
        idx.suggestable.set(key, target);
}
function buildIndex() {
    const idx = {
        full: new Map(),
        defaults: new Map(),
        brandless: new Map(),
        unrated: new Map(),
        tokenSet: new Map(),
        suggestable: new Map(),
        conflicts: []
    };
    const byName = new Map(GPU_CATALOG.map((r) => [r.name, r]));
    const rowNamed = (name) => {
        const row = byName.get(name);
        if (!row)
            throw new Error(`GPU_DEFAULT_VARIANTS names "${name}", which is not in GPU_CATALOG`);
        return row;
    };
    for (const row of GPU_CATALOG) {
        const hit = { kind: 'row', row };
        for (const spelling of [row.name, ...row.aliases]) {
            put(idx.full, compactKey(spelling), hit, idx.conflicts);
            put(idx.brandless, brandlessTokens(spelling).join(''), hit, idx.conflicts);
            put(idx.tokenSet, tokenSetKey(brandlessTokens(spelling)), hit, idx.conflicts);
            addSuggestable(idx, spelling, row.name);
        }
    }
    for (const family of GPU_DEFAULT_VARIANTS) {
        const hit = { kind: 'default', row: rowNamed(family.chosen), among: family.among.map(rowNamed) };
        for (const form of family.forms) {
            put(idx.defaults, brandlessTokens(form).join(''), hit, idx.conflicts);
            addSuggestable(idx, form, family.chosen);
        }
    }
    for (const acc of UNRATED_ACCELERATORS) {
        const hit = { kind: 'unrated', reason: acc.reason };
        for (const spelling of [acc.name, ...acc.aliases]) {
            put(idx.unrated, brandlessTokens(spelling).join(''), hit, idx.conflicts);
            addSuggestable(idx, spelling, acc.name);
        }
    }
    return idx;
}
function getIndex() {
    index ??= buildIndex();
    return index;
}
/** Keys claimed by two different catalogue entries (should be empty; a test asserts it). */
function gpuIndexConflicts() {
    return [...getIndex().conflicts];
}
function spec(row) {
    return { name: row.name, kind: row.kind, tdpW: row.tdpW, source: row.source };
}
function resolveHit(input, hit) {
    if (hit.kind === 'unrated')
        return { ok: false, suggestions: [], reason: hit.reason };
    if (hit.kind === 'row')
        return { ok: true, value: spec(hit.row) };
    const distinctTdps = new Set(hit.among.map((r) => r.tdpW));
    if (distinctTdps.size <= 1)
        return { ok: true, value: spec(hit.row) };
    const options = hit.among.map((r) => `${r.name} ${r.tdpW} W`).join(', ');
    return {
        ok: true,
        value: spec(hit.row),
        note: `"${input}" could mean ${options}; assumed ${hit.row.name} (${hit.row.tdpW} W), the highest rated power. Name the exact variant for a closer estimate.`
    };
}
/**
 * Looks up a GPU or accelerator by name: `nvidia-smi` output ("NVIDIA A100-SXM4-80GB",
 * "Tesla V100-PCIE-32GB", "NVIDIA H100 80GB HBM3"), or a manifest form ("A100-SXM4-40GB",
 * "a100 sxm4 40gb", "H100-SXM", "V100"). Case and punctuation are ignored. An ambiguous family
 * name resolves to its highest-rated variant with a `note`; an unknown name returns up to three
 * catalogue names whose spellings are closest as `suggestions`.
 */
function findGpu(name) {
    const idx = getIndex();
    const trimmed = name.trim();
    const tokens = brandlessTokens(trimmed);
    const hit = idx.full.get(compactKey(trimmed)) ??
        idx.defaults.get(tokens.join('')) ??
        idx.brandless.get(tokens.join('')) ??
        idx.unrated.get(tokens.join('')) ??
        idx.tokenSet.get(tokenSetKey(tokens));
    if (hit && trimmed !== '')
        return resolveHit(trimmed, hit);
    return { ok: false, suggestions: gpuSuggestions(trimmed) };
}
/**
 * Up to three catalogue names whose spellings are closest to `input`, each entry once: "A100-SXM-40G"
 * is nearest the alias "A100-SXM-40GB" and suggests "NVIDIA A100-SXM4-40GB", the name it stands for.
 */
function gpuSuggestions(input) {
    const idx = getIndex();
    // Compare brand-free forms on both sides, so "Tesla V100-PCIE-23GB" is near "V100-PCIE-32GB".
    const needle = brandlessTokens(input).join(' ');
    // closestNames ranks any candidate contained in the input first; keep very short names
    // ("T4", "L4") out of the pool unless the input is short too.
    const minLength = Math.ceil((0,suggest/* normalizeName */.Pc)(needle).length / 2);
    const pool = [...idx.suggestable.keys()].filter((c) => (0,suggest/* normalizeName */.Pc)(c).length >= minLength);
    const names = new Set(); // several spellings of one entry suggest it once
    for (const key of (0,suggest/* closestNames */.g9)(needle, pool, 12)) {
        const name = idx.suggestable.get(key);
        if (name !== undefined)
            names.add(name);
        if (names.size === 3)
            break;
    }
    return [...names];
}

// EXTERNAL MODULE: ./src/core/excerpt.ts
var excerpt = __webpack_require__(7794);
;// CONCATENATED MODULE: ./src/core/catalog/data/cpu-power.generated.ts
// GENERATED by scripts/generate-catalog.mjs — do not edit; edit the generator or its inputs and re-run it.
// Source: mlco2/codecarbon @ b05965e43b690cdc53787c7577adbe6e2caf4ed9, codecarbon/data/hardware/cpu_power.csv (4903 rows).
// Licence: MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College; (c) 2023 Code Carbon NGO.
// See LICENSES/MIT-CodeCarbon.txt. TDPs were scraped by CodeCarbon from Intel ARK and AMD product pages.
// Left out, TDP not a number (4): line 1772: Intel Celeron 1000A = "27.29.5"; line 1782: Intel Celeron 1100A = "27.29.5"; line 1783: Intel Celeron 1200 = "29.32.9"; line 1785: Intel Celeron 1400 = "33.34.8".
/** CodeCarbon's CPU table, in file order: model name as CodeCarbon spells it, and TDP in W. */
const CPU_POWER_ROWS = [
    ["1075T", 95],
    ["255e", 45],
    ["3260 HE", 45],
    ["3280", 65],
    ["3320 EE", 25],
    ["3350 HE", 45],
    ["3365", 65],
    ["3380", 65],
    ["4226", 95],
    ["4228 HE", 65],
    ["4230 HE", 65],
    ["4234", 95],
    ["4238", 95],
    ["4240", 95],
    ["4256 EE", 35],
    ["425e", 45],
    ["4274 HE", 65],
    ["4276 HE", 65],
    ["4280", 95],
    ["4284", 95],
    ["4310 EE", 35],
    ["4332 HE", 65],
    ["4334", 95],
    ["4340", 95],
    ["4365", 40],
    ["4376 HE", 65],
    ["4386", 95],
    ["460", 95],
    ["555", 80],
    ["565", 80],
    ["570", 80],
    ["6132 HE", 85],
    ["6140", 115],
    ["6166 HE", 85],
    ["6176", 115],
    ["6180 SE", 140],
    ["6204", 115],
    ["620e", 45],
    ["6212", 115],
    ["6220", 115],
    ["6234", 115],
    ["6238", 115],
    ["6262 HE", 85],
    ["6272", 115],
    ["6274", 115],
    ["6276", 115],
    ["6278", 115],
    ["6282 SE", 140],
    ["6284 SE", 140],
    ["6308", 115],
    ["631", 65],
    ["6320", 115],
    ["6328", 115],
    ["6338P", 99],
    ["6344", 115],
    ["6348", 115],
    ["6366 HE", 85],
    ["6370P", 99],
    ["6376", 115],
    ["6378", 115],
    ["638", 65],
    ["6380", 115],
    ["6386 SE", 140],
    ["641", 100],
    ["6th Gen A10-8700P APU", 15],
    ["6th Gen A8-8600P APU", 15],
    ["6th Gen AMD PRO A10-8700B APU", 15],
    ["6th Gen AMD PRO A10-8750B APU", 65],
    ["6th Gen AMD PRO A10-8770 APU", 65],
    ["6th Gen AMD PRO A10-8770E APU", 35],
    ["6th Gen AMD PRO A10-8850B APU", 95],
    ["6th Gen AMD PRO A12-8800B APU", 15],
    ["6th Gen AMD PRO A12-8870 APU", 65],
    ["6th Gen AMD PRO A12-8870E APU", 35],
    ["6th Gen AMD PRO A4-8350B APU", 65],
    ["6th Gen AMD PRO A6-8500B APU", 15],
    ["6th Gen AMD PRO A6-8550B APU", 65],
    ["6th Gen AMD PRO A6-8570 APU", 65],
    ["6th Gen AMD PRO A6-8570E APU", 35],
    ["6th Gen AMD PRO A8-8600B APU", 15],
    ["6th Gen AMD PRO A8-8650B APU", 65],
    ["6th Gen FX-8800P APU", 15],
    ["740", 65],
    ["750", 65],
    ["750K", 100],
    ["760K", 100],
    ["7th Gen A10-9600P APU", 15],
    ["7th Gen A10-9630P APU", 35],
    ["7th Gen A10-9700 APU", 65],
    ["7th Gen A10-9700E APU", 35],
    ["7th Gen A12-9700P APU", 15],
    ["7th Gen A12-9730P APU", 35],
    ["7th Gen A12-9800 APU", 65],
    ["7th Gen A12-9800E APU", 35],
    ["7th Gen A4-9120 APU", 15],
    ["7th Gen A4-9120C APU", 6],
    ["7th Gen A4-9125 APU", 15],
    ["7th Gen A6-9210 APU", 15],
    ["7th Gen A6-9220 APU", 15],
    ["7th Gen A6-9220C APU", 6],
    ["7th Gen A6-9225 APU", 15],
    ["7th Gen A6-9500 APU", 65],
    ["7th Gen A6-9500E APU", 35],
    ["7th Gen A6-9550 APU", 65],
    ["7th Gen A8-9600 APU", 65],
    ["7th Gen A9-9410 APU", 25],
    ["7th Gen A9-9420 APU", 15],
    ["7th Gen A9-9425 APU", 15],
    ["7th Gen AMD Athlon X4 970", 65],
    ["7th Gen AMD PRO A10-9700 APU", 65],
    ["7th Gen AMD PRO A10-9700B APU", 15],
    ["7th Gen AMD PRO A10-9700E APU", 35],
    ["7th Gen AMD PRO A10-9730B APU", 35],
    ["7th Gen AMD PRO A12-9800 APU", 65],
    ["7th Gen AMD PRO A12-9800B APU", 15],
    ["7th Gen AMD PRO A12-9800E APU", 35],
    ["7th Gen AMD PRO A12-9830B APU", 35],
    ["7th Gen AMD PRO A4-4350B APU", 15],
    ["7th Gen AMD PRO A4-5350B APU", 15],
    ["7th Gen AMD PRO A6-7350B APU", 15],
    ["7th Gen AMD PRO A6-8350B APU", 15],
    ["7th Gen AMD PRO A6-9500 APU", 65],
    ["7th Gen AMD PRO A6-9500B APU", 15],
    ["7th Gen AMD PRO A6-9500E APU", 35],
    ["7th Gen AMD PRO A8-9600 APU", 65],
    ["7th Gen AMD PRO A8-9600B APU", 15],
    ["7th Gen AMD PRO A8-9630B", 35],
    ["7th Gen E2-9010 APU", 15],
    ["7th Gen FX 9800P APU", 15],
    ["7th Gen FX 9830P APU", 35],
    ["840", 95],
    ["850", 95],
    ["860K", 95],
    ["870K", 95],
    ["880K", 95],
    ["960T", 95],
    ["965", 80],
    ["975", 125],
    ["980", 125],
    ["A10 Micro-6700T", 4.5],
    ["A10 PRO-7350B", 19],
    ["A10 PRO-7800B", 65],
    ["A10 PRO-7850B", 95],
    ["A10-6700", 65],
    ["A10-6700T", 45],
    ["A10-6790B", 45],
    ["A10-6790K", 100],
    ["A10-6800B", 45],
    ["A10-6800K", 100],
    ["A10-7300", 20],
    ["A10-7400P", 35],
    ["A10-7850K", 95],
    ["A10-7860K", 65],
    ["A10-7870K", 95],
    ["A10-7890K", 95],
    ["A4 Micro-6400T", 4.5],
    ["A4 PRO-3340B", 25],
    ["A4 PRO-3350B", 15],
    ["A4 PRO-7300B", 65],
    ["A4 PRO-7350B", 65],
    ["A4-5000", 15],
    ["A4-5100", 15],
    ["A4-6210", 15],
    ["A4-6300", 65],
    ["A4-6320", 65],
    ["A4-7210", 65],
    ["A4-7300", 65],
    ["A6 PRO-7050B", 100],
    ["A6 PRO-7400B", 65],
    ["A6-5200", 25],
    ["A6-5200M", 25],
    ["A6-5350M", 35],
    ["A6-6310", 15],
    ["A6-6400B", 65],
    ["A6-6400K", 65],
    ["A6-6420B", 65],
    ["A6-6420K", 65],
    ["A6-7000", 17],
    ["A6-7310", 15],
    ["A6-7400K", 65],
    ["A6-7470K", 65],
    ["A6-8500P", 15],
    ["A8 PRO-7150B", 100],
    ["A8 PRO-7600B", 65],
    ["A8-6410", 15],
    ["A8-6500", 65],
    ["A8-6500B", 65],
    ["A8-6500T", 45],
    ["A8-6600K", 65],
    ["A8-7100", 20],
    ["A8-7200P", 100],
    ["A8-7410", 15],
    ["A8-7600", 65],
    ["A8-7650K", 95],
    ["A8-7670K", 95],
    ["AMD 3015Ce", 6],
    ["AMD 3015e", 6],
    ["AMD 3020e", 6],
    ["AMD 6th Gen A10-8700P APU", 15],
    ["AMD 6th Gen A8-8600P APU", 15],
    ["AMD 6th Gen AMD PRO A10-8700B APU", 15],
    ["AMD 6th Gen AMD PRO A10-8750B APU", 65],
    ["AMD 6th Gen AMD PRO A10-8770 APU", 65],
    ["AMD 6th Gen AMD PRO A10-8770E APU", 35],
    ["AMD 6th Gen AMD PRO A10-8850B APU", 95],
    ["AMD 6th Gen AMD PRO A12-8800B APU", 15],
    ["AMD 6th Gen AMD PRO A12-8870 APU", 65],
    ["AMD 6th Gen AMD PRO A12-8870E APU", 35],
    ["AMD 6th Gen AMD PRO A4-8350B APU", 65],
    ["AMD 6th Gen AMD PRO A6-8500B APU", 15],
    ["AMD 6th Gen AMD PRO A6-8550B APU", 65],
    ["AMD 6th Gen AMD PRO A6-8570 APU", 65],
    ["AMD 6th Gen AMD PRO A6-8570E APU", 35],
    ["AMD 6th Gen AMD PRO A8-8600B APU", 15],
    ["AMD 6th Gen AMD PRO A8-8650B APU", 65],
    ["AMD 6th Gen FX-8800P APU", 15],
    ["AMD 7th Gen A10-9600P APU", 15],
    ["AMD 7th Gen A10-9630P APU", 35],
    ["AMD 7th Gen A10-9700 APU", 65],
    ["AMD 7th Gen A10-9700E APU", 35],
    ["AMD 7th Gen A12-9700P APU", 15],
    ["AMD 7th Gen A12-9730P APU", 35],
    ["AMD 7th Gen A12-9800 APU", 65],
    ["AMD 7th Gen A12-9800E APU", 35],
    ["AMD 7th Gen A4-9120 APU", 15],
    ["AMD 7th Gen A4-9120C APU", 6],
    ["AMD 7th Gen A4-9125 APU", 15],
    ["AMD 7th Gen A6-9210 APU", 15],
    ["AMD 7th Gen A6-9220 APU", 15],
    ["AMD 7th Gen A6-9220C APU", 6],
    ["AMD 7th Gen A6-9225 APU", 15],
    ["AMD 7th Gen A6-9500 APU", 65],
    ["AMD 7th Gen A6-9500E APU", 35],
    ["AMD 7th Gen A6-9550 APU", 65],
    ["AMD 7th Gen A8-9600 APU", 65],
    ["AMD 7th Gen A9-9420 APU", 15],
    ["AMD 7th Gen A9-9425 APU", 15],
    ["AMD 7th Gen AMD Athlon X4 970", 65],
    ["AMD 7th Gen AMD PRO A10-9700 APU", 65],
    ["AMD 7th Gen AMD PRO A10-9700B APU", 15],
    ["AMD 7th Gen AMD PRO A10-9700E APU", 35],
    ["AMD 7th Gen AMD PRO A10-9730B APU", 35],
    ["AMD 7th Gen AMD PRO A12-9800 APU", 65],
    ["AMD 7th Gen AMD PRO A12-9800B APU", 15],
    ["AMD 7th Gen AMD PRO A12-9800E APU", 35],
    ["AMD 7th Gen AMD PRO A12-9830B APU", 35],
    ["AMD 7th Gen AMD PRO A4-4350B APU", 15],
    ["AMD 7th Gen AMD PRO A4-5350B APU", 15],
    ["AMD 7th Gen AMD PRO A6-7350B APU", 15],
    ["AMD 7th Gen AMD PRO A6-8350B APU", 15],
    ["AMD 7th Gen AMD PRO A6-9500 APU", 65],
    ["AMD 7th Gen AMD PRO A6-9500B APU", 15],
    ["AMD 7th Gen AMD PRO A6-9500E APU", 35],
    ["AMD 7th Gen AMD PRO A8-9600 APU", 65],
    ["AMD 7th Gen AMD PRO A8-9600B APU", 15],
    ["AMD 7th Gen AMD PRO A8-9630B", 35],
    ["AMD 7th Gen E2-9010 APU", 15],
    ["AMD 7th Gen FX 9800P APU", 15],
    ["AMD 7th Gen FX 9830P APU", 35],
    ["AMD 860K", 95],
    ["AMD 870K", 95],
    ["AMD 880K", 95],
    ["AMD A10 Micro-6700T", 4],
    ["AMD A10 PRO-7350B", 19],
    ["AMD A10 PRO-7800B", 65],
    ["AMD A10 PRO-7850B", 95],
    ["AMD A10-4600M", 35],
    ["AMD A10-4655M", 25],
    ["AMD A10-5700", 65],
    ["AMD A10-5745M", 25],
    ["AMD A10-5750M", 35],
    ["AMD A10-5757M", 35],
    ["AMD A10-5800B", 100],
    ["AMD A10-5800K", 100],
    ["AMD A10-6700", 65],
    ["AMD A10-6700T", 45],
    ["AMD A10-6790B", 45],
    ["AMD A10-6790K", 100],
    ["AMD A10-6800B", 45],
    ["AMD A10-6800K", 100],
    ["AMD A10-7300", 20],
    ["AMD A10-7400P", 35],
    ["AMD A10-7700K", 95],
    ["AMD A10-7850K", 95],
    ["AMD A10-7860K", 65],
    ["AMD A10-7860K and Near Silent Thermal Solution", 65],
    ["AMD A10-7870K", 95],
    ["AMD A10-7870K and Near Silent Thermal Solution", 95],
    ["AMD A10-7890K", 95],
    ["AMD A10-7890K and Wraith cooler", 95],
    ["AMD A10-9700", 65],
    ["AMD A10-9700E", 35],
    ["AMD A12-9800", 65],
    ["AMD A12-9800E", 35],
    ["AMD A4 Micro-6400T", 4],
    ["AMD A4 PRO-3340B", 25],
    ["AMD A4 PRO-3350B", 15],
    ["AMD A4 PRO-7300B", 65],
    ["AMD A4 PRO-7350B", 65],
    ["AMD A4-1200", 4],
    ["AMD A4-1250", 8],
    ["AMD A4-1350", 8],
    ["AMD A4-3300", 65],
    ["AMD A4-3300M", 35],
    ["AMD A4-3305M", 35],
    ["AMD A4-3310MX", 35],
    ["AMD A4-3320M", 35],
    ["AMD A4-3330MX", 45],
    ["AMD A4-3400", 65],
    ["AMD A4-3420", 65],
    ["AMD A4-4000", 65],
    ["AMD A4-4300M", 35],
    ["AMD A4-4355M", 17],
    ["AMD A4-5000", 15],
    ["AMD A4-5050", 15],
    ["AMD A4-5100", 15],
    ["AMD A4-5145M", 17],
    ["AMD A4-5150M", 35],
    ["AMD A4-5300", 65],
    ["AMD A4-5300B", 65],
    ["AMD A4-6210", 15],
    ["AMD A4-6300", 65],
    ["AMD A4-6320", 65],
    ["AMD A4-7210", 65],
    ["AMD A4-7300", 65],
    ["AMD A6 PRO-7050B", 100],
    ["AMD A6 PRO-7400B", 65],
    ["AMD A6-1450", 8],
    ["AMD A6-3400M", 35],
    ["AMD A6-3410MX", 45],
    ["AMD A6-3420M", 35],
    ["AMD A6-3430MX", 45],
    ["AMD A6-3500", 65],
    ["AMD A6-3600", 65],
    ["AMD A6-3620", 65],
    ["AMD A6-3650", 100],
    ["AMD A6-3670K", 100],
    ["AMD A6-4400M", 35],
    ["AMD A6-4455M", 17],
    ["AMD A6-5200", 25],
    ["AMD A6-5200M", 25],
    ["AMD A6-5345M", 17],
    ["AMD A6-5350M", 35],
    ["AMD A6-5357M", 35],
    ["AMD A6-5400B", 65],
    ["AMD A6-5400K", 65],
    ["AMD A6-6310", 15],
    ["AMD A6-6400B", 65],
    ["AMD A6-6400K", 65],
    ["AMD A6-6420B", 65],
    ["AMD A6-6420K", 65],
    ["AMD A6-7000", 17],
    ["AMD A6-7310", 15],
    ["AMD A6-7400K", 65],
    ["AMD A6-7470K", 65],
    ["AMD A6-8500P", 15],
    ["AMD A6-9120C SoC", 6],
    ["AMD A6-9220C SoC", 6],
    ["AMD A6-9500", 65],
    ["AMD A6-9500E", 35],
    ["AMD A6-9550", 65],
    ["AMD A8 PRO-7150B", 100],
    ["AMD A8 PRO-7600B", 65],
    ["AMD A8-3500M", 35],
    ["AMD A8-3510MX", 45],
    ["AMD A8-3520M", 35],
    ["AMD A8-3530MX", 45],
    ["AMD A8-3550MX", 45],
    ["AMD A8-3800", 65],
    ["AMD A8-3820", 65],
    ["AMD A8-3850", 100],
    ["AMD A8-3870K", 100],
    ["AMD A8-4500M", 35],
    ["AMD A8-4555M", 19],
    ["AMD A8-5500", 65],
    ["AMD A8-5500B", 65],
    ["AMD A8-5545M", 25],
    ["AMD A8-5550M", 35],
    ["AMD A8-5557M", 35],
    ["AMD A8-5600K", 100],
    ["AMD A8-6410", 15],
    ["AMD A8-6500", 65],
    ["AMD A8-6500B", 65],
    ["AMD A8-6500T", 45],
    ["AMD A8-6600K", 65],
    ["AMD A8-7100", 20],
    ["AMD A8-7200P", 100],
    ["AMD A8-7410", 15],
    ["AMD A8-7600", 65],
    ["AMD A8-7650K", 95],
    ["AMD A8-7650K and Near Silent Thermal Solution", 95],
    ["AMD A8-7670K", 95],
    ["AMD A8-7670K and Near Silent Thermal Solution", 95],
    ["AMD A8-7680", 45],
    ["AMD A8-9600", 65],
    ["AMD A9-9400 SoC", 10],
    ["AMD A9-9410 SoC", 25],
    ["AMD A9-9420 SoC", 15],
    ["AMD A9-9425 SoC", 15],
    ["AMD Athlon  Silver 3050C", 15],
    ["AMD Athlon 1000", 54],
    ["AMD Athlon 1100", 60],
    ["AMD Athlon 1133", 63],
    ["AMD Athlon 1200", 66],
    ["AMD Athlon 1300", 68],
    ["AMD Athlon 1333", 70],
    ["AMD Athlon 1400", 72],
    ["AMD Athlon 200GE", 35],
    ["AMD Athlon 220GE", 35],
    ["AMD Athlon 240GE", 35],
    ["AMD Athlon 255e", 45],
    ["AMD Athlon 3000G", 35],
    ["AMD Athlon 300GE", 35],
    ["AMD Athlon 300U", 15],
    ["AMD Athlon 320GE", 35],
    ["AMD Athlon 425e", 45],
    ["AMD Athlon 460", 95],
    ["AMD Athlon 5150 APU", 25],
    ["AMD Athlon 5350 APU", 25],
    ["AMD Athlon 5370 APU", 25],
    ["AMD Athlon 600", 38],
    ["AMD Athlon 620e", 45],
    ["AMD Athlon 631", 100],
    ["AMD Athlon 631 (65W)", 65],
    ["AMD Athlon 638", 65],
    ["AMD Athlon 64 1500+", 9],
    ["AMD Athlon 64 2000+", 8],
    ["AMD Athlon 64 2600+", 15],
    ["AMD Athlon 64 2650e", 15],
    ["AMD Athlon 64 2700+", 32],
    ["AMD Athlon 64 2800+", 32],
    ["AMD Athlon 64 2850e", 22],
    ["AMD Athlon 64 3000+", 62],
    ["AMD Athlon 64 3100+", 25],
    ["AMD Athlon 64 3200+", 83],
    ["AMD Athlon 64 3300+", 89],
    ["AMD Athlon 64 3400+", 67],
    ["AMD Athlon 64 3500+", 62],
    ["AMD Athlon 64 3500+ (F3)", 59],
    ["AMD Athlon 64 3500+ EE", 35],
    ["AMD Athlon 64 3600+", 89],
    ["AMD Athlon 64 3700+", 89],
    ["AMD Athlon 64 3800+", 89],
    ["AMD Athlon 64 3800+ (F3)", 59],
    ["AMD Athlon 64 4000+", 89],
    ["AMD Athlon 64 4000+ (F3)", 59],
    ["AMD Athlon 64 FX-51", 89],
    ["AMD Athlon 64 FX-53", 89],
    ["AMD Athlon 64 FX-55", 104],
    ["AMD Athlon 64 FX-57", 104],
    ["AMD Athlon 64 FX-60", 110],
    ["AMD Athlon 64 FX-62", 125],
    ["AMD Athlon 64 FX-70", 125],
    ["AMD Athlon 64 FX-72", 125],
    ["AMD Athlon 64 FX-74", 125],
    ["AMD Athlon 64 FX-76", 125],
    ["AMD Athlon 64 LE-1600", 45],
    ["AMD Athlon 64 LE-1620", 45],
    ["AMD Athlon 64 LE-1640", 45],
    ["AMD Athlon 64 LE-1640B", 45],
    ["AMD Athlon 64 LE-1660", 45],
    ["AMD Athlon 64 X2 3600+", 65],
    ["AMD Athlon 64 X2 3600+ EE", 65],
    ["AMD Athlon 64 X2 3800+", 89],
    ["AMD Athlon 64 X2 3800+ EE", 65],
    ["AMD Athlon 64 X2 3800+ EE SFF", 35],
    ["AMD Athlon 64 X2 4000+", 65],
    ["AMD Athlon 64 X2 4000+ EE", 65],
    ["AMD Athlon 64 X2 4200+", 89],
    ["AMD Athlon 64 X2 4200+ EE", 65],
    ["AMD Athlon 64 X2 4400+", 65],
    ["AMD Athlon 64 X2 4400+ EE", 65],
    ["AMD Athlon 64 X2 4600+", 89],
    ["AMD Athlon 64 X2 4600+ EE", 65],
    ["AMD Athlon 64 X2 4800+", 89],
    ["AMD Athlon 64 X2 4800+ EE", 65],
    ["AMD Athlon 64 X2 5000+", 89],
    ["AMD Athlon 64 X2 5000+ BE", 65],
    ["AMD Athlon 64 X2 5000+ EE", 65],
    ["AMD Athlon 64 X2 5200+", 89],
    ["AMD Athlon 64 X2 5200+ EE", 65],
    ["AMD Athlon 64 X2 5400+", 65],
    ["AMD Athlon 64 X2 5400+ BE", 65],
    ["AMD Athlon 64 X2 5600+", 65],
    ["AMD Athlon 64 X2 5800+", 89],
    ["AMD Athlon 64 X2 6000+", 125],
    ["AMD Athlon 64 X2 6400+ BE", 125],
    ["AMD Athlon 641", 100],
    ["AMD Athlon 650", 38],
    ["AMD Athlon 700", 40],
    ["AMD Athlon 740", 65],
    ["AMD Athlon 750", 65],
    ["AMD Athlon 750K", 100],
    ["AMD Athlon 760K", 100],
    ["AMD Athlon 800", 45],
    ["AMD Athlon 850", 47],
    ["AMD Athlon 860K", 95],
    ["AMD Athlon 900", 50],
    ["AMD Athlon 950", 52],
    ["AMD Athlon Gold 3150C", 15],
    ["AMD Athlon Gold 3150G", 65],
    ["AMD Athlon Gold 3150G (OEM Only)", 65],
    ["AMD Athlon Gold 3150GE", 35],
    ["AMD Athlon Gold 3150GE (OEM Only)", 35],
    ["AMD Athlon Gold 3150U", 15],
    ["AMD Athlon Gold 7220C", 15],
    ["AMD Athlon Gold 7220U", 15],
    ["AMD Athlon Gold PRO 3150G", 65],
    ["AMD Athlon Gold PRO 3150GE", 35],
    ["AMD Athlon II X2 210e", 45],
    ["AMD Athlon II X2 215", 65],
    ["AMD Athlon II X2 220", 65],
    ["AMD Athlon II X2 235e", 45],
    ["AMD Athlon II X2 240", 65],
    ["AMD Athlon II X2 240e", 45],
    ["AMD Athlon II X2 245", 65],
    ["AMD Athlon II X2 245e", 45],
    ["AMD Athlon II X2 250", 65],
    ["AMD Athlon II X2 250e", 45],
    ["AMD Athlon II X2 250u", 25],
    ["AMD Athlon II X2 255", 65],
    ["AMD Athlon II X2 260", 65],
    ["AMD Athlon II X2 260u", 25],
    ["AMD Athlon II X2 265", 65],
    ["AMD Athlon II X2 270", 65],
    ["AMD Athlon II X2 270u", 25],
    ["AMD Athlon II X2 280", 65],
    ["AMD Athlon II X3 400e", 45],
    ["AMD Athlon II X3 405e", 45],
    ["AMD Athlon II X3 415e", 45],
    ["AMD Athlon II X3 420e", 45],
    ["AMD Athlon II X3 425", 95],
    ["AMD Athlon II X3 425e", 45],
    ["AMD Athlon II X3 435", 95],
    ["AMD Athlon II X3 440", 95],
    ["AMD Athlon II X3 445", 95],
    ["AMD Athlon II X3 450", 95],
    ["AMD Athlon II X3 455", 95],
    ["AMD Athlon II X3 460", 95],
    ["AMD Athlon II X4 600e", 45],
    ["AMD Athlon II X4 605e", 45],
    ["AMD Athlon II X4 610e", 45],
    ["AMD Athlon II X4 615e", 45],
    ["AMD Athlon II X4 620", 95],
    ["AMD Athlon II X4 620e", 45],
    ["AMD Athlon II X4 630", 95],
    ["AMD Athlon II X4 631", 100],
    ["AMD Athlon II X4 635", 95],
    ["AMD Athlon II X4 638", 65],
    ["AMD Athlon II X4 640", 95],
    ["AMD Athlon II X4 641", 100],
    ["AMD Athlon II X4 645", 95],
    ["AMD Athlon II X4 651", 100],
    ["AMD Athlon II X4 651K", 100],
    ["AMD Athlon PRO 200GE", 35],
    ["AMD Athlon PRO 200U Mobile", 15],
    ["AMD Athlon PRO 200U Mobile Processor", 15],
    ["AMD Athlon PRO 300GE", 35],
    ["AMD Athlon PRO 300U", 15],
    ["AMD Athlon PRO 300U Mobile", 15],
    ["AMD Athlon PRO 300U Mobile Processor", 15],
    ["AMD Athlon PRO 3045B", 15],
    ["AMD Athlon PRO 3145B", 15],
    ["AMD Athlon Silver 3050C", 15],
    ["AMD Athlon Silver 3050GE", 35],
    ["AMD Athlon Silver 3050GE (OEM Only)", 35],
    ["AMD Athlon Silver 3050U", 15],
    ["AMD Athlon Silver 3050e", 6],
    ["AMD Athlon Silver 7120C", 15],
    ["AMD Athlon Silver 7120U", 15],
    ["AMD Athlon Silver PRO 3125GE", 35],
    ["AMD Athlon X2 4050e", 45],
    ["AMD Athlon X2 4450e", 45],
    ["AMD Athlon X2 4850e", 45],
    ["AMD Athlon X2 5050e", 45],
    ["AMD Athlon X2 6500 BE", 95],
    ["AMD Athlon X2 7450", 95],
    ["AMD Athlon X2 7550", 95],
    ["AMD Athlon X2 7750 BE", 95],
    ["AMD Athlon X2 7850 BE", 95],
    ["AMD Athlon X2 BE-2300", 45],
    ["AMD Athlon X2 BE-2350", 45],
    ["AMD Athlon X2 BE-2400", 45],
    ["AMD Athlon X2 QL-60", 35],
    ["AMD Athlon X2 QL-62", 25],
    ["AMD Athlon X2 QL-64", 35],
    ["AMD Athlon X2 QL-65", 35],
    ["AMD Athlon X2 QL-67", 35],
    ["AMD Athlon X4 940", 65],
    ["AMD Athlon X4 950", 65],
    ["AMD Athlon X4 970", 65],
    ["AMD Athlon XP 1500+", 60],
    ["AMD Athlon XP 1600+", 63],
    ["AMD Athlon XP 1700+", 50],
    ["AMD Athlon XP 1800+", 51],
    ["AMD Athlon XP 1900+", 53],
    ["AMD Athlon XP 2000+", 60],
    ["AMD Athlon XP 2100+", 72],
    ["AMD Athlon XP 2200+", 63],
    ["AMD Athlon XP 2400+", 65],
    ["AMD Athlon XP 2500+", 68],
    ["AMD Athlon XP 2500+ DTR", 68],
    ["AMD Athlon XP 2600+", 68],
    ["AMD Athlon XP 2600+ DTR", 68],
    ["AMD Athlon XP 2700+", 68],
    ["AMD Athlon XP 2800+", 74],
    ["AMD Athlon XP 2800+ DTR", 68],
    ["AMD Athlon XP 3000+", 68],
    ["AMD Athlon XP 3100+", 68],
    ["AMD Athlon XP 3200+", 77],
    ["AMD Athlon XP-M 2000+", 45],
    ["AMD Athlon XP-M 2200+", 45],
    ["AMD Athlon XP-M 2400+", 45],
    ["AMD Athlon XP-M 2500+", 45],
    ["AMD Athlon XP-M 2600+", 45],
    ["AMD Athlon XP-M 3000+", 45],
    ["AMD B57", 80],
    ["AMD B59", 80],
    ["AMD B60", 80],
    ["AMD B75", 95],
    ["AMD B77", 95],
    ["AMD B95", 95],
    ["AMD B97", 95],
    ["AMD B99", 95],
    ["AMD C-30", 9],
    ["AMD C-50", 9],
    ["AMD C-60", 9],
    ["AMD C-70", 9],
    ["AMD E-240", 18],
    ["AMD E-300", 18],
    ["AMD E-350", 18],
    ["AMD E-450", 18],
    ["AMD E1 Micro-6200T", 3],
    ["AMD E1-1200", 18],
    ["AMD E1-1500", 18],
    ["AMD E1-2100", 9],
    ["AMD E1-2150", 9],
    ["AMD E1-2200", 9],
    ["AMD E1-2500", 15],
    ["AMD E1-6010", 10],
    ["AMD E1-7010", 10],
    ["AMD E2-1800", 18],
    ["AMD E2-2000", 18],
    ["AMD E2-3000", 15],
    ["AMD E2-3000M", 35],
    ["AMD E2-3200", 65],
    ["AMD E2-3800", 15],
    ["AMD E2-6110", 15],
    ["AMD E2-7110", 65],
    ["AMD EPYC 4124P", 65],
    ["AMD EPYC 4244P", 65],
    ["AMD EPYC 4245P", 65],
    ["AMD EPYC 4344P", 65],
    ["AMD EPYC 4345P", 65],
    ["AMD EPYC 4364P", 105],
    ["AMD EPYC 4464P", 65],
    ["AMD EPYC 4465P", 65],
    ["AMD EPYC 4484PX", 120],
    ["AMD EPYC 4545P", 65],
    ["AMD EPYC 4564P", 170],
    ["AMD EPYC 4565P", 170],
    ["AMD EPYC 4584PX", 120],
    ["AMD EPYC 4585PX", 170],
    ["AMD EPYC 7203", 120],
    ["AMD EPYC 7203P", 120],
    ["AMD EPYC 7232P", 120],
    ["AMD EPYC 7251", 120],
    ["AMD EPYC 7252", 120],
    ["AMD EPYC 7261", 170],
    ["AMD EPYC 7262", 155],
    ["AMD EPYC 7272", 120],
    ["AMD EPYC 7281", 170],
    ["AMD EPYC 7282", 120],
    ["AMD EPYC 72F3", 180],
    ["AMD EPYC 7301", 170],
    ["AMD EPYC 7302", 155],
    ["AMD EPYC 7302P", 155],
    ["AMD EPYC 7303", 130],
    ["AMD EPYC 7303P", 130],
    ["AMD EPYC 7313", 155],
    ["AMD EPYC 7313P", 155],
    ["AMD EPYC 7343", 190],
    ["AMD EPYC 7351", 170],
    ["AMD EPYC 7351P", 170],
    ["AMD EPYC 7352", 155],
    ["AMD EPYC 7371", 200],
    ["AMD EPYC 7373X", 240],
    ["AMD EPYC 73F3", 240],
    ["AMD EPYC 7401", 170],
    ["AMD EPYC 7401P", 170],
    ["AMD EPYC 7402", 180],
    ["AMD EPYC 7402P", 180],
    ["AMD EPYC 7413", 180],
    ["AMD EPYC 7443", 200],
    ["AMD EPYC 7443P", 200],
    ["AMD EPYC 7451", 180],
    ["AMD EPYC 7452", 155],
    ["AMD EPYC 7453", 225],
    ["AMD EPYC 7473X", 240],
    ["AMD EPYC 74F3", 240],
    ["AMD EPYC 7501", 170],
    ["AMD EPYC 7502", 180],
    ["AMD EPYC 7502P", 180],
    ["AMD EPYC 7513", 200],
    ["AMD EPYC 7532", 200],
    ["AMD EPYC 7542", 225],
    ["AMD EPYC 7543", 225],
    ["AMD EPYC 7543P", 225],
    ["AMD EPYC 7551", 180],
    ["AMD EPYC 7551P", 180],
    ["AMD EPYC 7552", 200],
    ["AMD EPYC 7573X", 280],
    ["AMD EPYC 75F3", 280],
    ["AMD EPYC 7601", 180],
    ["AMD EPYC 7642", 225],
    ["AMD EPYC 7643", 225],
    ["AMD EPYC 7643P", 225],
    ["AMD EPYC 7662", 225],
    ["AMD EPYC 7663", 240],
    ["AMD EPYC 7663P", 240],
    ["AMD EPYC 7702", 200],
    ["AMD EPYC 7702P", 200],
    ["AMD EPYC 7713", 225],
    ["AMD EPYC 7713P", 225],
    ["AMD EPYC 7742", 225],
    ["AMD EPYC 7763", 280],
    ["AMD EPYC 7773X", 280],
    ["AMD EPYC 7B12", 240],
    ["AMD EPYC 7F32", 180],
    ["AMD EPYC 7F52", 240],
    ["AMD EPYC 7F72", 240],
    ["AMD EPYC 7H12", 280],
    ["AMD EPYC 7R13", 225],
    ["AMD EPYC 8024P", 90],
    ["AMD EPYC 8024PN", 80],
    ["AMD EPYC 8124P", 125],
    ["AMD EPYC 8124PN", 100],
    ["AMD EPYC 8224P", 160],
    ["AMD EPYC 8224PN", 120],
    ["AMD EPYC 8324P", 180],
    ["AMD EPYC 8324PN", 130],
    ["AMD EPYC 8434P", 200],
    ["AMD EPYC 8434PN", 155],
    ["AMD EPYC 8534P", 200],
    ["AMD EPYC 8534PN", 175],
    ["AMD EPYC 9015", 125],
    ["AMD EPYC 9115", 125],
    ["AMD EPYC 9124", 200],
    ["AMD EPYC 9135", 200],
    ["AMD EPYC 9174F", 320],
    ["AMD EPYC 9175F", 320],
    ["AMD EPYC 9184X", 320],
    ["AMD EPYC 9224", 200],
    ["AMD EPYC 9254", 200],
    ["AMD EPYC 9255", 200],
    ["AMD EPYC 9274F", 320],
    ["AMD EPYC 9275F", 320],
    ["AMD EPYC 9334", 210],
    ["AMD EPYC 9335", 210],
    ["AMD EPYC 9354", 280],
    ["AMD EPYC 9354P", 280],
    ["AMD EPYC 9355", 280],
    ["AMD EPYC 9355P", 280],
    ["AMD EPYC 9365", 300],
    ["AMD EPYC 9374F", 320],
    ["AMD EPYC 9375F", 320],
    ["AMD EPYC 9384X", 320],
    ["AMD EPYC 9454", 290],
    ["AMD EPYC 9454P", 290],
    ["AMD EPYC 9455", 300],
    ["AMD EPYC 9455P", 300],
    ["AMD EPYC 9474F", 360],
    ["AMD EPYC 9475F", 400],
    ["AMD EPYC 9534", 280],
    ["AMD EPYC 9535", 300],
    ["AMD EPYC 9554", 360],
    ["AMD EPYC 9554P", 360],
    ["AMD EPYC 9555", 360],
    ["AMD EPYC 9555P", 360],
    ["AMD EPYC 9565", 400],
    ["AMD EPYC 9575F", 400],
    ["AMD EPYC 9634", 290],
    ["AMD EPYC 9645", 320],
    ["AMD EPYC 9654", 360],
    ["AMD EPYC 9654P", 360],
    ["AMD EPYC 9655", 400],
    ["AMD EPYC 9655P", 400],
    ["AMD EPYC 9684X", 400],
    ["AMD EPYC 9734", 340],
    ["AMD EPYC 9745", 400],
    ["AMD EPYC 9754", 360],
    ["AMD EPYC 9754S", 360],
    ["AMD EPYC 9755", 500],
    ["AMD EPYC 9825", 390],
    ["AMD EPYC 9845", 390],
    ["AMD EPYC 9965", 500],
    ["AMD EPYC Embedded 3251", 50],
    ["AMD FX 6100", 95],
    ["AMD FX-4100", 95],
    ["AMD FX-4120", 95],
    ["AMD FX-4130", 125],
    ["AMD FX-4150", 95],
    ["AMD FX-4170", 125],
    ["AMD FX-4300", 95],
    ["AMD FX-4320", 95],
    ["AMD FX-4350", 125],
    ["AMD FX-6100", 95],
    ["AMD FX-6120", 95],
    ["AMD FX-6130", 95],
    ["AMD FX-6200", 125],
    ["AMD FX-6300", 95],
    ["AMD FX-6330", 125],
    ["AMD FX-6350", 125],
    ["AMD FX-7500", 20],
    ["AMD FX-7600P", 35],
    ["AMD FX-8100", 95],
    ["AMD FX-8120", 125],
    ["AMD FX-8140", 95],
    ["AMD FX-8150", 125],
    ["AMD FX-8170", 125],
    ["AMD FX-8300", 95],
    ["AMD FX-8310", 95],
    ["AMD FX-8320", 125],
    ["AMD FX-8320E", 95],
    ["AMD FX-8350", 125],
    ["AMD FX-8370", 125],
    ["AMD FX-8370E", 95],
    ["AMD FX-9370", 220],
    ["AMD FX-9590", 220],
    ["AMD Mobile Athlon 64 2700+", 35],
    ["AMD Mobile Athlon 64 2800+", 82],
    ["AMD Mobile Athlon 64 3000+", 62],
    ["AMD Mobile Athlon 64 3200+", 62],
    ["AMD Mobile Athlon 64 3400+", 62],
    ["AMD Mobile Athlon 64 3700+", 82],
    ["AMD N640", 35],
    ["AMD N660", 35],
    ["AMD N870", 35],
    ["AMD N960", 35],
    ["AMD N970", 35],
    ["AMD Opteron 140", 85],
    ["AMD Opteron 140 EE", 30],
    ["AMD Opteron 142", 82],
    ["AMD Opteron 144", 82],
    ["AMD Opteron 146", 67],
    ["AMD Opteron 146 HE", 55],
    ["AMD Opteron 148", 89],
    ["AMD Opteron 148 HE", 55],
    ["AMD Opteron 150", 85],
    ["AMD Opteron 152", 104],
    ["AMD Opteron 154", 104],
    ["AMD Opteron 156", 104],
    ["AMD Opteron 2350 HE", 79],
    ["AMD Opteron 240", 82],
    ["AMD Opteron 240 EE", 30],
    ["AMD Opteron 242", 85],
    ["AMD Opteron 244", 85],
    ["AMD Opteron 246", 85],
    ["AMD Opteron 246 HE", 55],
    ["AMD Opteron 248", 89],
    ["AMD Opteron 248 HE", 55],
    ["AMD Opteron 250", 85],
    ["AMD Opteron 250 HE", 55],
    ["AMD Opteron 252", 92],
    ["AMD Opteron 254", 92],
    ["AMD Opteron 3250 HE", 45],
    ["AMD Opteron 3260 HE", 45],
    ["AMD Opteron 3280", 65],
    ["AMD Opteron 3320 EE", 25],
    ["AMD Opteron 3350 HE", 45],
    ["AMD Opteron 3365", 65],
    ["AMD Opteron 3380", 65],
    ["AMD Opteron 4226", 95],
    ["AMD Opteron 4228 HE", 65],
    ["AMD Opteron 4230 HE", 65],
    ["AMD Opteron 4234", 95],
    ["AMD Opteron 4238", 95],
    ["AMD Opteron 4240", 95],
    ["AMD Opteron 4256 EE", 35],
    ["AMD Opteron 4274 HE", 65],
    ["AMD Opteron 4276 HE", 65],
    ["AMD Opteron 4280", 95],
    ["AMD Opteron 4284", 95],
    ["AMD Opteron 4310 EE", 35],
    ["AMD Opteron 4332 HE", 65],
    ["AMD Opteron 4334", 95],
    ["AMD Opteron 4340", 95],
    ["AMD Opteron 4365", 40],
    ["AMD Opteron 4376 HE", 65],
    ["AMD Opteron 4386", 95],
    ["AMD Opteron 43CX EE", 35],
    ["AMD Opteron 43GK HE", 65],
    ["AMD Opteron 6132 HE", 85],
    ["AMD Opteron 6140", 115],
    ["AMD Opteron 6166 HE", 85],
    ["AMD Opteron 6168", 115],
    ["AMD Opteron 6176", 115],
    ["AMD Opteron 6180 SE", 140],
    ["AMD Opteron 6204", 115],
    ["AMD Opteron 6212", 115],
    ["AMD Opteron 6220", 115],
    ["AMD Opteron 6234", 115],
    ["AMD Opteron 6238", 115],
    ["AMD Opteron 6262 HE", 85],
    ["AMD Opteron 6272", 115],
    ["AMD Opteron 6274", 115],
    ["AMD Opteron 6276", 115],
    ["AMD Opteron 6278", 115],
    ["AMD Opteron 6282 SE", 140],
    ["AMD Opteron 6284 SE", 140],
    ["AMD Opteron 6308", 115],
    ["AMD Opteron 6320", 115],
    ["AMD Opteron 6328", 115],
    ["AMD Opteron 6338P", 99],
    ["AMD Opteron 6344", 115],
    ["AMD Opteron 6348", 115],
    ["AMD Opteron 6366 HE", 85],
    ["AMD Opteron 6370P", 99],
    ["AMD Opteron 6376", 115],
    ["AMD Opteron 6378", 115],
    ["AMD Opteron 6380", 115],
    ["AMD Opteron 6386 SE", 140],
    ["AMD Opteron 840", 82],
    ["AMD Opteron 840 EE", 30],
    ["AMD Opteron 842", 82],
    ["AMD Opteron 844", 85],
    ["AMD Opteron 846", 85],
    ["AMD Opteron 846 HE", 55],
    ["AMD Opteron 848", 85],
    ["AMD Opteron 848 HE", 55],
    ["AMD Opteron 850", 89],
    ["AMD Opteron 850 HE", 55],
    ["AMD Opteron 852", 92],
    ["AMD Opteron 854", 92],
    ["AMD Opteron 856", 92],
    ["AMD Opteron A1120", 25],
    ["AMD Opteron A1150", 32],
    ["AMD Opteron A1170", 32],
    ["AMD Opteron X1150", 17],
    ["AMD Opteron X2 165", 110],
    ["AMD Opteron X2 170", 110],
    ["AMD Opteron X2 175", 110],
    ["AMD Opteron X2 180", 110],
    ["AMD Opteron X2 185", 110],
    ["AMD Opteron X2 260 HE", 55],
    ["AMD Opteron X2 265", 95],
    ["AMD Opteron X2 265 HE", 55],
    ["AMD Opteron X2 270", 95],
    ["AMD Opteron X2 270 HE", 55],
    ["AMD Opteron X2 275", 95],
    ["AMD Opteron X2 275 HE", 55],
    ["AMD Opteron X2 280", 95],
    ["AMD Opteron X2 285", 95],
    ["AMD Opteron X2 290", 95],
    ["AMD Opteron X2 860 HE", 55],
    ["AMD Opteron X2 865", 95],
    ["AMD Opteron X2 865 HE", 55],
    ["AMD Opteron X2 870", 95],
    ["AMD Opteron X2 870 HE", 55],
    ["AMD Opteron X2 875", 95],
    ["AMD Opteron X2 875 HE", 55],
    ["AMD Opteron X2 880", 95],
    ["AMD Opteron X2 885", 95],
    ["AMD Opteron X2 890", 95],
    ["AMD Opteron X2150", 22],
    ["AMD Opteron X2150 APU", 22],
    ["AMD Opteron X2170", 25],
    ["AMD Opteron X2170 APU", 25],
    ["AMD P650", 35],
    ["AMD P860", 35],
    ["AMD Phenom II 1045T", 95],
    ["AMD Phenom II 1075T", 95],
    ["AMD Phenom II 42 TWKR Black Edition", 125],
    ["AMD Phenom II 555", 80],
    ["AMD Phenom II 565", 80],
    ["AMD Phenom II 570", 80],
    ["AMD Phenom II 840", 95],
    ["AMD Phenom II 850", 95],
    ["AMD Phenom II 960T", 95],
    ["AMD Phenom II 965", 80],
    ["AMD Phenom II 975", 125],
    ["AMD Phenom II 980", 125],
    ["AMD Phenom II X2 545", 80],
    ["AMD Phenom II X2 550", 80],
    ["AMD Phenom II X2 550 BE", 80],
    ["AMD Phenom II X2 555 BE", 80],
    ["AMD Phenom II X2 560 BE", 80],
    ["AMD Phenom II X2 565 BE", 80],
    ["AMD Phenom II X2 570 BE", 80],
    ["AMD Phenom II X2 B53", 80],
    ["AMD Phenom II X2 B55", 80],
    ["AMD Phenom II X2 B57", 80],
    ["AMD Phenom II X3 700e", 65],
    ["AMD Phenom II X3 705e", 65],
    ["AMD Phenom II X3 710", 95],
    ["AMD Phenom II X3 715 BE", 95],
    ["AMD Phenom II X3 720", 95],
    ["AMD Phenom II X3 720 BE", 95],
    ["AMD Phenom II X3 740 BE", 95],
    ["AMD Phenom II X3 B73", 95],
    ["AMD Phenom II X3 B75", 95],
    ["AMD Phenom II X3 B77", 95],
    ["AMD Phenom II X4 650T", 95],
    ["AMD Phenom II X4 805", 95],
    ["AMD Phenom II X4 810", 95],
    ["AMD Phenom II X4 820", 95],
    ["AMD Phenom II X4 830", 95],
    ["AMD Phenom II X4 840", 95],
    ["AMD Phenom II X4 840T", 95],
    ["AMD Phenom II X4 850", 95],
    ["AMD Phenom II X4 900e", 65],
    ["AMD Phenom II X4 905e", 65],
    ["AMD Phenom II X4 910", 95],
    ["AMD Phenom II X4 910e", 65],
    ["AMD Phenom II X4 920", 125],
    ["AMD Phenom II X4 925", 95],
    ["AMD Phenom II X4 940 BE", 125],
    ["AMD Phenom II X4 945 (125W)", 125],
    ["AMD Phenom II X4 945 (95W)", 95],
    ["AMD Phenom II X4 955 (125W)", 125],
    ["AMD Phenom II X4 955 (95W)", 95],
    ["AMD Phenom II X4 955 BE", 125],
    ["AMD Phenom II X4 960T BE", 95],
    ["AMD Phenom II X4 965 BE (125W)", 125],
    ["AMD Phenom II X4 965 BE (140W)", 140],
    ["AMD Phenom II X4 970 BE", 125],
    ["AMD Phenom II X4 975 BE", 125],
    ["AMD Phenom II X4 980 BE", 125],
    ["AMD Phenom II X4 B93", 95],
    ["AMD Phenom II X4 B95", 95],
    ["AMD Phenom II X4 B97", 95],
    ["AMD Phenom II X6 1035T", 95],
    ["AMD Phenom II X6 1045T", 95],
    ["AMD Phenom II X6 1055T (125W)", 125],
    ["AMD Phenom II X6 1055T (95W)", 95],
    ["AMD Phenom II X6 1065T", 125],
    ["AMD Phenom II X6 1075T", 125],
    ["AMD Phenom II X6 1090T BE", 125],
    ["AMD Phenom II X6 1100T BE", 125],
    ["AMD Phenom X3 8250e", 65],
    ["AMD Phenom X3 8400", 95],
    ["AMD Phenom X3 8450", 95],
    ["AMD Phenom X3 8450e", 65],
    ["AMD Phenom X3 8550", 95],
    ["AMD Phenom X3 8600", 95],
    ["AMD Phenom X3 8650", 95],
    ["AMD Phenom X3 8750", 95],
    ["AMD Phenom X3 8750 BE", 95],
    ["AMD Phenom X3 8850", 95],
    ["AMD Phenom X4 9100e", 65],
    ["AMD Phenom X4 9150e", 65],
    ["AMD Phenom X4 9350e", 65],
    ["AMD Phenom X4 9450e", 65],
    ["AMD Phenom X4 9500", 95],
    ["AMD Phenom X4 9550", 95],
    ["AMD Phenom X4 9600", 95],
    ["AMD Phenom X4 9600 BE", 95],
    ["AMD Phenom X4 9600B", 95],
    ["AMD Phenom X4 9650", 95],
    ["AMD Phenom X4 9750 (125W)", 125],
    ["AMD Phenom X4 9750 (95W)", 95],
    ["AMD Phenom X4 9750B", 95],
    ["AMD Phenom X4 9850 (125W)", 125],
    ["AMD Phenom X4 9850 (95W)", 95],
    ["AMD Phenom X4 9850 BE", 125],
    ["AMD Phenom X4 9850B", 95],
    ["AMD Phenom X4 9950 BE (125W)", 125],
    ["AMD Phenom X4 9950 BE (140W)", 140],
    ["AMD Ryzen 3 1200", 65],
    ["AMD Ryzen 3 1300", 65],
    ["AMD Ryzen 3 1300X", 65],
    ["AMD Ryzen 3 210", 28],
    ["AMD Ryzen 3 2200G", 65],
    ["AMD Ryzen 3 2200GE", 35],
    ["AMD Ryzen 3 2200U", 15],
    ["AMD Ryzen 3 2300U", 15],
    ["AMD Ryzen 3 2300X", 65],
    ["AMD Ryzen 3 3100", 65],
    ["AMD Ryzen 3 3200G", 65],
    ["AMD Ryzen 3 3200GE (OEM Only)", 35],
    ["AMD Ryzen 3 3200U", 15],
    ["AMD Ryzen 3 3250C", 15],
    ["AMD Ryzen 3 3250U", 15],
    ["AMD Ryzen 3 3300U", 15],
    ["AMD Ryzen 3 3300X", 65],
    ["AMD Ryzen 3 3350U", 15],
    ["AMD Ryzen 3 4100", 65],
    ["AMD Ryzen 3 4300G", 65],
    ["AMD Ryzen 3 4300G (OEM Only)", 65],
    ["AMD Ryzen 3 4300GE", 35],
    ["AMD Ryzen 3 4300GE (OEM Only)", 35],
    ["AMD Ryzen 3 4300U", 15],
    ["AMD Ryzen 3 5125C", 15],
    ["AMD Ryzen 3 5300G (OEM Only)", 65],
    ["AMD Ryzen 3 5300GE (OEM Only)", 35],
    ["AMD Ryzen 3 5300U", 15],
    ["AMD Ryzen 3 5305G", 65],
    ["AMD Ryzen 3 5305GE", 35],
    ["AMD Ryzen 3 5400U", 15],
    ["AMD Ryzen 3 5425C", 15],
    ["AMD Ryzen 3 5425U", 15],
    ["AMD Ryzen 3 7320C", 15],
    ["AMD Ryzen 3 7320U", 15],
    ["AMD Ryzen 3 7330U", 15],
    ["AMD Ryzen 3 7335U", 28],
    ["AMD Ryzen 3 7440U", 28],
    ["AMD Ryzen 3 8300G", 65],
    ["AMD Ryzen 3 8300GE", 35],
    ["AMD Ryzen 3 8440U", 28],
    ["AMD Ryzen 3 PRO 1200", 65],
    ["AMD Ryzen 3 PRO 1300", 65],
    ["AMD Ryzen 3 PRO 210", 28],
    ["AMD Ryzen 3 PRO 2200G", 65],
    ["AMD Ryzen 3 PRO 2200GE", 35],
    ["AMD Ryzen 3 PRO 2300U", 15],
    ["AMD Ryzen 3 PRO 3200G", 65],
    ["AMD Ryzen 3 PRO 3200GE", 35],
    ["AMD Ryzen 3 PRO 3300U", 15],
    ["AMD Ryzen 3 PRO 4350G", 65],
    ["AMD Ryzen 3 PRO 4350GE", 35],
    ["AMD Ryzen 3 PRO 4355G", 65],
    ["AMD Ryzen 3 PRO 4355GE", 35],
    ["AMD Ryzen 3 PRO 4450U", 15],
    ["AMD Ryzen 3 PRO 5350G", 65],
    ["AMD Ryzen 3 PRO 5350GE", 35],
    ["AMD Ryzen 3 PRO 5355G", 65],
    ["AMD Ryzen 3 PRO 5355GE", 35],
    ["AMD Ryzen 3 PRO 5450U", 15],
    ["AMD Ryzen 3 PRO 5475U", 15],
    ["AMD Ryzen 3 PRO 7330U", 15],
    ["AMD Ryzen 3 PRO 8300G", 65],
    ["AMD Ryzen 3 PRO 8300GE", 35],
    ["AMD Ryzen 5 1400", 65],
    ["AMD Ryzen 5 1500X", 65],
    ["AMD Ryzen 5 1600", 65],
    ["AMD Ryzen 5 1600 (AF)", 65],
    ["AMD Ryzen 5 1600X", 95],
    ["AMD Ryzen 5 220", 28],
    ["AMD Ryzen 5 230", 28],
    ["AMD Ryzen 5 240", 45],
    ["AMD Ryzen 5 2400G", 65],
    ["AMD Ryzen 5 2400GE", 35],
    ["AMD Ryzen 5 2500U", 15],
    ["AMD Ryzen 5 2500X", 65],
    ["AMD Ryzen 5 2600", 65],
    ["AMD Ryzen 5 2600E", 45],
    ["AMD Ryzen 5 2600H", 45],
    ["AMD Ryzen 5 2600X", 95],
    ["AMD Ryzen 5 3400G", 65],
    ["AMD Ryzen 5 3400GE (OEM Only)", 35],
    ["AMD Ryzen 5 3450U", 15],
    ["AMD Ryzen 5 3500 (OEM Only)", 65],
    ["AMD Ryzen 5 3500 Processor (OEM Only)", 65],
    ["AMD Ryzen 5 3500C", 15],
    ["AMD Ryzen 5 3500U", 15],
    ["AMD Ryzen 5 3500X", 65],
    ["AMD Ryzen 5 3550H", 35],
    ["AMD Ryzen 5 3580U", 15],
    ["AMD Ryzen 5 3580U Microsoft Surface Edition", 15],
    ["AMD Ryzen 5 3580U Microsoft Surface® Edition", 15],
    ["AMD Ryzen 5 3600", 65],
    ["AMD Ryzen 5 3600X", 95],
    ["AMD Ryzen 5 3600XT", 95],
    ["AMD Ryzen 5 4500", 65],
    ["AMD Ryzen 5 4500U", 15],
    ["AMD Ryzen 5 4600G", 65],
    ["AMD Ryzen 5 4600G (OEM Only)", 65],
    ["AMD Ryzen 5 4600GE", 35],
    ["AMD Ryzen 5 4600GE (OEM Only)", 35],
    ["AMD Ryzen 5 4600H", 45],
    ["AMD Ryzen 5 4600HS", 35],
    ["AMD Ryzen 5 4600U", 15],
    ["AMD Ryzen 5 4680U Microsoft Surface Edition", 15],
    ["AMD Ryzen 5 4680U Microsoft Surface® Edition", 15],
    ["AMD Ryzen 5 5500", 65],
    ["AMD Ryzen 5 5500GT", 65],
    ["AMD Ryzen 5 5500H", 45],
    ["AMD Ryzen 5 5500U", 15],
    ["AMD Ryzen 5 5560U", 15],
    ["AMD Ryzen 5 5600", 65],
    ["AMD Ryzen 5 5600G", 65],
    ["AMD Ryzen 5 5600GE", 35],
    ["AMD Ryzen 5 5600GT", 65],
    ["AMD Ryzen 5 5600H", 45],
    ["AMD Ryzen 5 5600HS", 35],
    ["AMD Ryzen 5 5600T", 65],
    ["AMD Ryzen 5 5600U", 15],
    ["AMD Ryzen 5 5600X", 65],
    ["AMD Ryzen 5 5600X3D", 105],
    ["AMD Ryzen 5 5600XT", 65],
    ["AMD Ryzen 5 5605G", 65],
    ["AMD Ryzen 5 5605GE", 35],
    ["AMD Ryzen 5 5625C", 15],
    ["AMD Ryzen 5 5625U", 15],
    ["AMD Ryzen 5 6600H", 45],
    ["AMD Ryzen 5 6600HS​", 35],
    ["AMD Ryzen 5 7235HS", 45],
    ["AMD Ryzen 5 7400F", 65],
    ["AMD Ryzen 5 7430U", 15],
    ["AMD Ryzen 5 7500F", 65],
    ["AMD Ryzen 5 7520C", 15],
    ["AMD Ryzen 5 7520U", 15],
    ["AMD Ryzen 5 7530U", 15],
    ["AMD Ryzen 5 7533HS", 54],
    ["AMD Ryzen 5 7535HS", 54],
    ["AMD Ryzen 5 7535U", 28],
    ["AMD Ryzen 5 7540U", 28],
    ["AMD Ryzen 5 7545U", 28],
    ["AMD Ryzen 5 7600", 65],
    ["AMD Ryzen 5 7600X", 105],
    ["AMD Ryzen 5 7600X3D", 65],
    ["AMD Ryzen 5 7640HS", 54],
    ["AMD Ryzen 5 7640U", 28],
    ["AMD Ryzen 5 7645HX", 55],
    ["AMD Ryzen 5 8400F", 65],
    ["AMD Ryzen 5 8500G", 65],
    ["AMD Ryzen 5 8500GE", 35],
    ["AMD Ryzen 5 8540U", 28],
    ["AMD Ryzen 5 8600G", 65],
    ["AMD Ryzen 5 8640HS", 28],
    ["AMD Ryzen 5 8640U", 28],
    ["AMD Ryzen 5 8645HS", 45],
    ["AMD Ryzen 5 9600", 65],
    ["AMD Ryzen 5 9600X", 65],
    ["AMD Ryzen 5 PRO 1500", 65],
    ["AMD Ryzen 5 PRO 1600", 65],
    ["AMD Ryzen 5 PRO 220", 28],
    ["AMD Ryzen 5 PRO 230", 28],
    ["AMD Ryzen 5 PRO 2400G", 65],
    ["AMD Ryzen 5 PRO 2400GE", 35],
    ["AMD Ryzen 5 PRO 2500U", 15],
    ["AMD Ryzen 5 PRO 2600", 65],
    ["AMD Ryzen 5 PRO 3350G", 65],
    ["AMD Ryzen 5 PRO 3350GE", 35],
    ["AMD Ryzen 5 PRO 3400G", 65],
    ["AMD Ryzen 5 PRO 3400GE", 35],
    ["AMD Ryzen 5 PRO 3500U", 15],
    ["AMD Ryzen 5 PRO 3600", 65],
    ["AMD Ryzen 5 PRO 4650G", 65],
    ["AMD Ryzen 5 PRO 4650GE", 35],
    ["AMD Ryzen 5 PRO 4650U", 15],
    ["AMD Ryzen 5 PRO 4655G", 65],
    ["AMD Ryzen 5 PRO 4655GE", 35],
    ["AMD Ryzen 5 PRO 5645", 65],
    ["AMD Ryzen 5 PRO 5650G", 65],
    ["AMD Ryzen 5 PRO 5650GE", 35],
    ["AMD Ryzen 5 PRO 5650U", 15],
    ["AMD Ryzen 5 PRO 5655G", 65],
    ["AMD Ryzen 5 PRO 5655GE", 35],
    ["AMD Ryzen 5 PRO 5675U", 15],
    ["AMD Ryzen 5 PRO 6650H", 45],
    ["AMD Ryzen 5 PRO 6650HS", 35],
    ["AMD Ryzen 5 PRO 7530U", 15],
    ["AMD Ryzen 5 PRO 7645", 65],
    ["AMD Ryzen 5 PRO 8500G", 65],
    ["AMD Ryzen 5 PRO 8500GE", 35],
    ["AMD Ryzen 5 PRO 8540U", 28],
    ["AMD Ryzen 5 PRO 8600G", 65],
    ["AMD Ryzen 5 PRO 8600GE", 35],
    ["AMD Ryzen 5 PRO 8640HS", 28],
    ["AMD Ryzen 5 PRO 8640U", 28],
    ["AMD Ryzen 5 PRO 8645HS", 45],
    ["AMD Ryzen 7 1700", 65],
    ["AMD Ryzen 7 1700 Processor", 65],
    ["AMD Ryzen 7 1700X", 95],
    ["AMD Ryzen 7 1800X", 95],
    ["AMD Ryzen 7 250", 28],
    ["AMD Ryzen 7 260", 45],
    ["AMD Ryzen 7 2700", 65],
    ["AMD Ryzen 7 2700E", 45],
    ["AMD Ryzen 7 2700E Processor", 45],
    ["AMD Ryzen 7 2700U", 15],
    ["AMD Ryzen 7 2700X", 105],
    ["AMD Ryzen 7 2700X 50th Anniversary", 105],
    ["AMD Ryzen 7 2800H", 45],
    ["AMD Ryzen 7 3700C", 15],
    ["AMD Ryzen 7 3700U", 15],
    ["AMD Ryzen 7 3700X", 65],
    ["AMD Ryzen 7 3750H", 35],
    ["AMD Ryzen 7 3780U", 15],
    ["AMD Ryzen 7 3780U Microsoft Surface Edition", 15],
    ["AMD Ryzen 7 3780U Microsoft Surface® Edition", 15],
    ["AMD Ryzen 7 3800X", 105],
    ["AMD Ryzen 7 3800XT", 105],
    ["AMD Ryzen 7 4700G", 65],
    ["AMD Ryzen 7 4700G (OEM Only)", 65],
    ["AMD Ryzen 7 4700GE", 35],
    ["AMD Ryzen 7 4700GE (OEM Only)", 35],
    ["AMD Ryzen 7 4700U", 15],
    ["AMD Ryzen 7 4800H", 45],
    ["AMD Ryzen 7 4800HS", 45],
    ["AMD Ryzen 7 4800U", 15],
    ["AMD Ryzen 7 4980U Microsoft Surface Edition", 15],
    ["AMD Ryzen 7 4980U Microsoft Surface® Edition", 15],
    ["AMD Ryzen 7 5700", 65],
    ["AMD Ryzen 7 5700G", 65],
    ["AMD Ryzen 7 5700GE", 35],
    ["AMD Ryzen 7 5700U", 15],
    ["AMD Ryzen 7 5700X", 65],
    ["AMD Ryzen 7 5700X3D", 105],
    ["AMD Ryzen 7 5705G", 65],
    ["AMD Ryzen 7 5705GE", 35],
    ["AMD Ryzen 7 5800 (OEM Only)", 65],
    ["AMD Ryzen 7 5800H", 45],
    ["AMD Ryzen 7 5800HS", 35],
    ["AMD Ryzen 7 5800U", 15],
    ["AMD Ryzen 7 5800X", 105],
    ["AMD Ryzen 7 5800X3D", 105],
    ["AMD Ryzen 7 5800XT", 105],
    ["AMD Ryzen 7 5825C", 15],
    ["AMD Ryzen 7 5825U", 15],
    ["AMD Ryzen 7 6800H", 45],
    ["AMD Ryzen 7 6800HS", 35],
    ["AMD Ryzen 7 7435HS", 45],
    ["AMD Ryzen 7 7700", 65],
    ["AMD Ryzen 7 7700X", 105],
    ["AMD Ryzen 7 7730U", 15],
    ["AMD Ryzen 7 7735HS", 54],
    ["AMD Ryzen 7 7735U", 28],
    ["AMD Ryzen 7 7745HX", 55],
    ["AMD Ryzen 7 7800X3D", 120],
    ["AMD Ryzen 7 7840HS", 54],
    ["AMD Ryzen 7 7840HX", 55],
    ["AMD Ryzen 7 7840U", 28],
    ["AMD Ryzen 7 8700F", 65],
    ["AMD Ryzen 7 8700G", 65],
    ["AMD Ryzen 7 8745HX", 55],
    ["AMD Ryzen 7 8840HS", 28],
    ["AMD Ryzen 7 8840HX", 55],
    ["AMD Ryzen 7 8840U", 28],
    ["AMD Ryzen 7 8845HS", 45],
    ["AMD Ryzen 7 9700X", 65],
    ["AMD Ryzen 7 9800X3D", 120],
    ["AMD Ryzen 7 PRO 1700", 65],
    ["AMD Ryzen 7 PRO 1700X", 95],
    ["AMD Ryzen 7 PRO 1700X Processor", 95],
    ["AMD Ryzen 7 PRO 250", 28],
    ["AMD Ryzen 7 PRO 2700", 65],
    ["AMD Ryzen 7 PRO 2700U", 15],
    ["AMD Ryzen 7 PRO 2700X", 95],
    ["AMD Ryzen 7 PRO 3700", 65],
    ["AMD Ryzen 7 PRO 3700U", 15],
    ["AMD Ryzen 7 PRO 4750G", 65],
    ["AMD Ryzen 7 PRO 4750GE", 35],
    ["AMD Ryzen 7 PRO 4750U", 15],
    ["AMD Ryzen 7 PRO 5750G", 65],
    ["AMD Ryzen 7 PRO 5750GE", 35],
    ["AMD Ryzen 7 PRO 5755G", 65],
    ["AMD Ryzen 7 PRO 5755GE", 35],
    ["AMD Ryzen 7 PRO 5845", 65],
    ["AMD Ryzen 7 PRO 5850U", 15],
    ["AMD Ryzen 7 PRO 5875U", 15],
    ["AMD Ryzen 7 PRO 6850H", 45],
    ["AMD Ryzen 7 PRO 6850HS", 35],
    ["AMD Ryzen 7 PRO 6860Z", 28],
    ["AMD Ryzen 7 PRO 7730U", 15],
    ["AMD Ryzen 7 PRO 7745", 65],
    ["AMD Ryzen 7 PRO 8700G", 65],
    ["AMD Ryzen 7 PRO 8700GE", 35],
    ["AMD Ryzen 7 PRO 8840HS", 28],
    ["AMD Ryzen 7 PRO 8840U", 28],
    ["AMD Ryzen 7 PRO 8845HS", 45],
    ["AMD Ryzen 9 270", 45],
    ["AMD Ryzen 9 3900 (OEM Only)", 65],
    ["AMD Ryzen 9 3900 Processor (OEM Only)", 65],
    ["AMD Ryzen 9 3900X", 105],
    ["AMD Ryzen 9 3900XT", 105],
    ["AMD Ryzen 9 3950X", 105],
    ["AMD Ryzen 9 4900H", 54],
    ["AMD Ryzen 9 4900HS", 35],
    ["AMD Ryzen 9 5900 (OEM Only)", 65],
    ["AMD Ryzen 9 5900HS", 35],
    ["AMD Ryzen 9 5900HX", 45],
    ["AMD Ryzen 9 5900X", 105],
    ["AMD Ryzen 9 5900XT", 105],
    ["AMD Ryzen 9 5950X", 105],
    ["AMD Ryzen 9 5980HS", 35],
    ["AMD Ryzen 9 5980HX", 45],
    ["AMD Ryzen 9 6900HS​", 35],
    ["AMD Ryzen 9 6900HX", 45],
    ["AMD Ryzen 9 6980HS", 35],
    ["AMD Ryzen 9 6980HX", 45],
    ["AMD Ryzen 9 7845HX", 55],
    ["AMD Ryzen 9 7900", 65],
    ["AMD Ryzen 9 7900X", 170],
    ["AMD Ryzen 9 7900X3D", 120],
    ["AMD Ryzen 9 7940HS", 54],
    ["AMD Ryzen 9 7940HX", 55],
    ["AMD Ryzen 9 7945HX", 55],
    ["AMD Ryzen 9 7945HX3D", 55],
    ["AMD Ryzen 9 7950X", 170],
    ["AMD Ryzen 9 7950X3D", 120],
    ["AMD Ryzen 9 8940HX", 55],
    ["AMD Ryzen 9 8945HS", 45],
    ["AMD Ryzen 9 8945HX", 55],
    ["AMD Ryzen 9 9850HX", 55],
    ["AMD Ryzen 9 9900X", 120],
    ["AMD Ryzen 9 9900X3D", 120],
    ["AMD Ryzen 9 9950X", 170],
    ["AMD Ryzen 9 9950X3D", 170],
    ["AMD Ryzen 9 9955HX", 55],
    ["AMD Ryzen 9 9955HX3D", 55],
    ["AMD Ryzen 9 PRO 3900", 65],
    ["AMD Ryzen 9 PRO 5945", 65],
    ["AMD Ryzen 9 PRO 6950H", 45],
    ["AMD Ryzen 9 PRO 6950HS", 35],
    ["AMD Ryzen 9 PRO 7945", 65],
    ["AMD Ryzen 9 PRO 8945HS", 45],
    ["AMD Ryzen AI 5 340", 28],
    ["AMD Ryzen AI 5 PRO 340", 28],
    ["AMD Ryzen AI 7 350", 28],
    ["AMD Ryzen AI 7 PRO 350", 28],
    ["AMD Ryzen AI 7 PRO 360", 28],
    ["AMD Ryzen AI 9 365", 28],
    ["AMD Ryzen AI 9 HX 370", 28],
    ["AMD Ryzen AI 9 HX 375", 28],
    ["AMD Ryzen AI 9 HX PRO 370", 28],
    ["AMD Ryzen AI 9 HX PRO 375", 28],
    ["AMD Ryzen AI Max 385", 55],
    ["AMD Ryzen AI Max 390", 55],
    ["AMD Ryzen AI Max PRO 380", 55],
    ["AMD Ryzen AI Max PRO 385", 55],
    ["AMD Ryzen AI Max PRO 390", 55],
    ["AMD Ryzen AI Max+ 395", 55],
    ["AMD Ryzen AI Max+ PRO 395", 55],
    ["AMD Ryzen Embedded V1202B", 15],
    ["AMD Ryzen Embedded V1605B", 15],
    ["AMD Ryzen Embedded V1756B", 45],
    ["AMD Ryzen Embedded V1807B", 45],
    ["AMD Ryzen Threadripper 1900", 125],
    ["AMD Ryzen Threadripper 1900X", 180],
    ["AMD Ryzen Threadripper 1920", 140],
    ["AMD Ryzen Threadripper 1920X", 180],
    ["AMD Ryzen Threadripper 1940", 180],
    ["AMD Ryzen Threadripper 1940X", 180],
    ["AMD Ryzen Threadripper 1950", 180],
    ["AMD Ryzen Threadripper 1950X", 180],
    ["AMD Ryzen Threadripper 2920X", 180],
    ["AMD Ryzen Threadripper 2950X", 180],
    ["AMD Ryzen Threadripper 2970WX", 250],
    ["AMD Ryzen Threadripper 2990WX", 250],
    ["AMD Ryzen Threadripper 3960X", 280],
    ["AMD Ryzen Threadripper 3970X", 280],
    ["AMD Ryzen Threadripper 3980X", 280],
    ["AMD Ryzen Threadripper 3990X", 280],
    ["AMD Ryzen Threadripper 7960X", 350],
    ["AMD Ryzen Threadripper 7970X", 350],
    ["AMD Ryzen Threadripper 7980X", 350],
    ["AMD Ryzen Threadripper 9960X", 350],
    ["AMD Ryzen Threadripper 9970X", 350],
    ["AMD Ryzen Threadripper 9980X", 350],
    ["AMD Ryzen Threadripper PRO 3945WX", 280],
    ["AMD Ryzen Threadripper PRO 3955WX", 280],
    ["AMD Ryzen Threadripper PRO 3975WX", 280],
    ["AMD Ryzen Threadripper PRO 3995WX", 280],
    ["AMD Ryzen Threadripper PRO 5945WX", 280],
    ["AMD Ryzen Threadripper PRO 5955WX", 280],
    ["AMD Ryzen Threadripper PRO 5965WX", 280],
    ["AMD Ryzen Threadripper PRO 5975WX", 280],
    ["AMD Ryzen Threadripper PRO 5995WX", 280],
    ["AMD Ryzen Threadripper PRO 7945WX", 350],
    ["AMD Ryzen Threadripper PRO 7955WX", 350],
    ["AMD Ryzen Threadripper PRO 7965WX", 350],
    ["AMD Ryzen Threadripper PRO 7975WX", 350],
    ["AMD Ryzen Threadripper PRO 7985WX", 350],
    ["AMD Ryzen Threadripper PRO 7995WX", 350],
    ["AMD Ryzen Threadripper PRO 9945WX", 350],
    ["AMD Ryzen Threadripper PRO 9955WX", 350],
    ["AMD Ryzen Threadripper PRO 9965WX", 350],
    ["AMD Ryzen Threadripper PRO 9975WX", 350],
    ["AMD Ryzen Threadripper PRO 9985WX", 350],
    ["AMD Ryzen Threadripper PRO 9995WX", 350],
    ["AMD Ryzen Z1", 28],
    ["AMD Ryzen Z1 Extreme", 28],
    ["AMD Ryzen Z2", 28],
    ["AMD Ryzen Z2 Extreme", 28],
    ["AMD Ryzen Z2 Go", 28],
    ["AMD Sempron 130", 45],
    ["AMD Sempron 140", 45],
    ["AMD Sempron 145", 45],
    ["AMD Sempron 150", 45],
    ["AMD Sempron 180", 45],
    ["AMD Sempron 2200+", 62],
    ["AMD Sempron 2300+", 62],
    ["AMD Sempron 2400+", 62],
    ["AMD Sempron 2500+", 62],
    ["AMD Sempron 2600+", 62],
    ["AMD Sempron 2650 APU", 25],
    ["AMD Sempron 2800+", 62],
    ["AMD Sempron 3000+", 62],
    ["AMD Sempron 3000+ EE SFF", 35],
    ["AMD Sempron 3100+", 25],
    ["AMD Sempron 3200+", 62],
    ["AMD Sempron 3200+ EE SFF", 35],
    ["AMD Sempron 3300+", 62],
    ["AMD Sempron 3400+", 62],
    ["AMD Sempron 3400+ EE SFF", 35],
    ["AMD Sempron 3500+", 62],
    ["AMD Sempron 3500+ EE SFF", 35],
    ["AMD Sempron 3600+", 62],
    ["AMD Sempron 3800+", 62],
    ["AMD Sempron 3850 APU", 25],
    ["AMD Sempron LE-1100", 45],
    ["AMD Sempron LE-1150", 45],
    ["AMD Sempron LE-1200", 45],
    ["AMD Sempron LE-1250", 45],
    ["AMD Sempron LE-1300", 45],
    ["AMD Sempron X2 2100", 65],
    ["AMD Sempron X2 2200", 65],
    ["AMD Sempron X2 2300", 65],
    ["AMD Turion 64 ML-28", 32],
    ["AMD Turion 64 ML-30", 35],
    ["AMD Turion 64 ML-32", 35],
    ["AMD Turion 64 ML-34", 35],
    ["AMD Turion 64 ML-37", 35],
    ["AMD Turion 64 ML-40", 35],
    ["AMD Turion 64 ML-42", 35],
    ["AMD Turion 64 ML-44", 35],
    ["AMD Turion 64 MT-28", 22],
    ["AMD Turion 64 MT-30", 22],
    ["AMD Turion 64 MT-32", 25],
    ["AMD Turion 64 MT-34", 25],
    ["AMD Turion 64 MT-37", 25],
    ["AMD Turion 64 MT-40", 25],
    ["AMD Turion X2 RM-70", 31],
    ["AMD Turion X2 RM-72", 35],
    ["AMD Turion X2 RM-74", 35],
    ["AMD Turion X2 RM-75", 35],
    ["AMD Turion X2 RM-77", 35],
    ["AMD Turion X2 Ultra ZM-80", 32],
    ["AMD Turion X2 Ultra ZM-82", 35],
    ["AMD Turion X2 Ultra ZM-84", 35],
    ["AMD Turion X2 Ultra ZM-85", 35],
    ["AMD Turion X2 Ultra ZM-86", 35],
    ["AMD Turion X2 Ultra ZM-87", 35],
    ["AMD Turion X2 Ultra ZM-88", 35],
    ["AMD X940", 45],
    ["AMD Z-01", 6],
    ["AMD Z-60", 5],
    ["ARMv8 Processor rev 0 (v8l)", 30],
    ["Apple M1", 10],
    ["Athlon 5150 APU", 25],
    ["Athlon 5350 APU", 25],
    ["Athlon 5370 APU", 25],
    ["B57", 80],
    ["B59", 80],
    ["B60", 80],
    ["B75", 95],
    ["B77", 95],
    ["B97", 95],
    ["B99", 95],
    ["E1 Micro-6200T", 3.95],
    ["E1-2100", 9],
    ["E1-2200", 9],
    ["E1-2500", 15],
    ["E1-6010", 10],
    ["E1-7010", 10],
    ["E2-3000", 15],
    ["E2-3800", 15],
    ["E2-6110", 15],
    ["E2-7110", 65],
    ["FX 6100", 95],
    ["FX-4100", 95],
    ["FX-4130", 125],
    ["FX-4170", 125],
    ["FX-4300", 95],
    ["FX-4320", 95],
    ["FX-4350", 125],
    ["FX-6200", 125],
    ["FX-6300", 95],
    ["FX-6350", 125],
    ["FX-7500", 20],
    ["FX-7600P", 35],
    ["FX-8120", 125],
    ["FX-8150", 125],
    ["FX-8300", 95],
    ["FX-8310", 95],
    ["FX-8320", 125],
    ["FX-8320E", 95],
    ["FX-8350", 125],
    ["FX-8370", 125],
    ["FX-8370E", 95],
    ["FX-9370", 220],
    ["FX-9590", 220],
    ["Intel A100", 3],
    ["Intel A110", 3],
    ["Intel Atom 230", 4],
    ["Intel Atom 330", 8],
    ["Intel Atom C2308", 6],
    ["Intel Atom C2316", 7],
    ["Intel Atom C2338", 7],
    ["Intel Atom C2350", 6],
    ["Intel Atom C2358", 7],
    ["Intel Atom C2508", 9],
    ["Intel Atom C2516", 10],
    ["Intel Atom C2518", 13],
    ["Intel Atom C2530", 9],
    ["Intel Atom C2538", 15],
    ["Intel Atom C2550", 14],
    ["Intel Atom C2558", 15],
    ["Intel Atom C2718", 18],
    ["Intel Atom C2730", 12],
    ["Intel Atom C2738", 20],
    ["Intel Atom C2750", 20],
    ["Intel Atom C2758", 20],
    ["Intel Atom C3308", 9],
    ["Intel Atom C3336", 11],
    ["Intel Atom C3338", 8],
    ["Intel Atom C3338R", 10],
    ["Intel Atom C3436L", 10],
    ["Intel Atom C3508", 11],
    ["Intel Atom C3538", 15],
    ["Intel Atom C3558", 16],
    ["Intel Atom C3558R", 17],
    ["Intel Atom C3708", 17],
    ["Intel Atom C3750", 21],
    ["Intel Atom C3758", 25],
    ["Intel Atom C3758R", 26],
    ["Intel Atom C3808", 25],
    ["Intel Atom C3830", 21],
    ["Intel Atom C3850", 25],
    ["Intel Atom C3858", 25],
    ["Intel Atom C3950", 24],
    ["Intel Atom C3955", 32],
    ["Intel Atom C3958", 31],
    ["Intel Atom C5115", 43],
    ["Intel Atom C5125", 50],
    ["Intel Atom C5310", 32],
    ["Intel Atom C5315", 38],
    ["Intel Atom C5320", 41],
    ["Intel Atom C5325", 41],
    ["Intel Atom C5335C1", 50],
    ["Intel Atom CE4100", 7],
    ["Intel Atom CE4110", 7],
    ["Intel Atom CE4130", 7],
    ["Intel Atom CE4150", 7],
    ["Intel Atom CE4215", 7],
    ["Intel Atom CE4235", 7],
    ["Intel Atom CE4253", 7],
    ["Intel Atom CE4255", 7],
    ["Intel Atom CE4257", 7],
    ["Intel Atom CE4270", 7],
    ["Intel Atom CE4275", 7],
    ["Intel Atom CE4277", 7],
    ["Intel Atom CE5315", 15],
    ["Intel Atom D2500", 10],
    ["Intel Atom D2550", 10],
    ["Intel Atom D2560", 10],
    ["Intel Atom D2700", 10],
    ["Intel Atom D2701", 10],
    ["Intel Atom D410", 10],
    ["Intel Atom D425", 10],
    ["Intel Atom D510", 13],
    ["Intel Atom D525", 13],
    ["Intel Atom E3805", 3],
    ["Intel Atom E3815", 5],
    ["Intel Atom E3825", 6],
    ["Intel Atom E3826", 7],
    ["Intel Atom E3827", 8],
    ["Intel Atom E3845", 10],
    ["Intel Atom E620", 3.3],
    ["Intel Atom E620T", 3.3],
    ["Intel Atom E625C", 2.7],
    ["Intel Atom E625CT", 3],
    ["Intel Atom E640", 3.6],
    ["Intel Atom E640T", 3.6],
    ["Intel Atom E645C", 3.6],
    ["Intel Atom E645CT", 4],
    ["Intel Atom E660", 3.6],
    ["Intel Atom E660T", 3.6],
    ["Intel Atom E665C", 3.6],
    ["Intel Atom E665CT", 7],
    ["Intel Atom E680", 4.5],
    ["Intel Atom E680T", 4.5],
    ["Intel Atom N2600", 3],
    ["Intel Atom N270", 2.5],
    ["Intel Atom N280", 2.5],
    ["Intel Atom N2800", 6],
    ["Intel Atom N435", 5],
    ["Intel Atom N450", 5.5],
    ["Intel Atom N455", 6.5],
    ["Intel Atom N470", 6.5],
    ["Intel Atom N475", 6.5],
    ["Intel Atom N550", 8.5],
    ["Intel Atom N570", 8.5],
    ["Intel Atom P5322", 55],
    ["Intel Atom P5332", 61],
    ["Intel Atom P5342", 71],
    ["Intel Atom P5352", 78],
    ["Intel Atom P5362", 83],
    ["Intel Atom P5721", 48],
    ["Intel Atom P5731", 54],
    ["Intel Atom P5742", 67],
    ["Intel Atom P5752", 74],
    ["Intel Atom S1220", 8],
    ["Intel Atom S1240", 6],
    ["Intel Atom S1260", 8],
    ["Intel Atom S1269", 11.7],
    ["Intel Atom S1279", 13.1],
    ["Intel Atom S1289", 14.1],
    ["Intel Atom Z2420", 3],
    ["Intel Atom Z2460", 3],
    ["Intel Atom Z2480", 4],
    ["Intel Atom Z2610", 3],
    ["Intel Atom Z2760", 3],
    ["Intel Atom Z3740", 2],
    ["Intel Atom Z3770", 8],
    ["Intel Atom Z500", 0.65],
    ["Intel Atom Z510", 2],
    ["Intel Atom Z510P", 2.2],
    ["Intel Atom Z510PT", 2.2],
    ["Intel Atom Z515", 1.4],
    ["Intel Atom Z520", 2],
    ["Intel Atom Z520PT", 2.2],
    ["Intel Atom Z530", 2],
    ["Intel Atom Z530P", 2.2],
    ["Intel Atom Z540", 2.4],
    ["Intel Atom Z550", 2.4],
    ["Intel Atom Z560", 2.5],
    ["Intel Atom Z600", 1.3],
    ["Intel Atom Z605", 2.2],
    ["Intel Atom Z610", 1.3],
    ["Intel Atom Z612", 1.3],
    ["Intel Atom Z615", 2.2],
    ["Intel Atom Z620", 1.3],
    ["Intel Atom Z625", 2.2],
    ["Intel Atom Z650", 3],
    ["Intel Atom Z670", 3],
    ["Intel Atom x5-E3930", 6],
    ["Intel Atom x5-E3940", 9],
    ["Intel Atom x5-E8000", 5],
    ["Intel Atom x5-Z8300", 2.17],
    ["Intel Atom x5-Z8330", 2.17],
    ["Intel Atom x5-Z8350", 2.17],
    ["Intel Atom x5-Z8500", 2.17],
    ["Intel Atom x5-Z8550", 2.17],
    ["Intel Atom x6200FE", 4],
    ["Intel Atom x6211E", 6],
    ["Intel Atom x6212RE", 6],
    ["Intel Atom x6214RE", 6],
    ["Intel Atom x6413E", 9],
    ["Intel Atom x6414RE", 9],
    ["Intel Atom x6416RE", 9],
    ["Intel Atom x6425E", 12],
    ["Intel Atom x6425RE", 12],
    ["Intel Atom x6427FE", 12],
    ["Intel Atom x7-E3950", 12],
    ["Intel Atom x7-Z8700", 2.17],
    ["Intel Atom x7-Z8750", 2.17],
    ["Intel Atom x7203C", 9],
    ["Intel Atom x7211E", 6],
    ["Intel Atom x7211RE", 6],
    ["Intel Atom x7213E", 10],
    ["Intel Atom x7213RE", 9],
    ["Intel Atom x7405C", 12],
    ["Intel Atom x7425E", 12],
    ["Intel Atom x7433RE", 9],
    ["Intel Atom x7809C", 25],
    ["Intel Atom x7835RE", 12],
    ["Intel Atom E625CT", 2.7],
    ["Intel Atom E645CT", 3.6],
    ["Intel Atom E665CT", 3.6],
    ["Intel Aubrey Isle", 300],
    ["Intel Celeron 1.00", 29],
    ["Intel Celeron 1.10", 33],
    ["Intel Celeron 1.5", 60],
    ["Intel Celeron 1.66", 27],
    ["Intel Celeron 1.7", 63.5],
    ["Intel Celeron 1.8", 66.1],
    ["Intel Celeron 1.83", 27],
    ["Intel Celeron 1000M", 35],
    ["Intel Celeron 1005M", 35],
    ["Intel Celeron 1007U", 17],
    ["Intel Celeron 1017U", 17],
    ["Intel Celeron 1019Y", 10],
    ["Intel Celeron 1020E", 35],
    ["Intel Celeron 1020M", 35],
    ["Intel Celeron 1037U", 17],
    ["Intel Celeron 1047UE", 17],
    ["Intel Celeron 1300", 33.4],
    ["Intel Celeron 2.0", 52.8],
    ["Intel Celeron 2.1", 55.5],
    ["Intel Celeron 2.10", 73],
    ["Intel Celeron 2.2", 57.1],
    ["Intel Celeron 2.20", 73],
    ["Intel Celeron 2.3", 58.3],
    ["Intel Celeron 2.30", 73],
    ["Intel Celeron 2.4", 59.8],
    ["Intel Celeron 2.40", 73],
    ["Intel Celeron 2.5", 61],
    ["Intel Celeron 2.6", 62.6],
    ["Intel Celeron 2.60", 73],
    ["Intel Celeron 2.7", 66.8],
    ["Intel Celeron 2.70", 73],
    ["Intel Celeron 2.8", 68.4],
    ["Intel Celeron 2.80", 73],
    ["Intel Celeron 2000E", 37],
    ["Intel Celeron 2002E", 25],
    ["Intel Celeron 205", 21],
    ["Intel Celeron 215", 27],
    ["Intel Celeron 220", 19],
    ["Intel Celeron 266", 16.59],
    ["Intel Celeron 2950M", 37],
    ["Intel Celeron 2955U", 15],
    ["Intel Celeron 2957U", 15],
    ["Intel Celeron 2961Y", 11],
    ["Intel Celeron 2970M", 37],
    ["Intel Celeron 2980U", 15],
    ["Intel Celeron 2981U", 15],
    ["Intel Celeron 300", 18.48],
    ["Intel Celeron 300A", 17.8],
    ["Intel Celeron 3205U", 15],
    ["Intel Celeron 3215U", 15],
    ["Intel Celeron 333", 19.7],
    ["Intel Celeron 366", 21.7],
    ["Intel Celeron 3755U", 15],
    ["Intel Celeron 3765U", 15],
    ["Intel Celeron 3855U", 15],
    ["Intel Celeron 3865U", 15],
    ["Intel Celeron 3867U", 15],
    ["Intel Celeron 3955U", 15],
    ["Intel Celeron 3965U", 15],
    ["Intel Celeron 3965Y", 6],
    ["Intel Celeron 400", 23.7],
    ["Intel Celeron 420", 35],
    ["Intel Celeron 4205U", 15],
    ["Intel Celeron 430", 35],
    ["Intel Celeron 4305U", 15],
    ["Intel Celeron 4305UE", 15],
    ["Intel Celeron 433", 24.1],
    ["Intel Celeron 440", 35],
    ["Intel Celeron 445", 65],
    ["Intel Celeron 450", 35],
    ["Intel Celeron 466", 25.7],
    ["Intel Celeron 500", 27],
    ["Intel Celeron 5205U", 15],
    ["Intel Celeron 530", 27],
    ["Intel Celeron 5305U", 15],
    ["Intel Celeron 533", 28.3],
    ["Intel Celeron 533A", 14],
    ["Intel Celeron 540", 30],
    ["Intel Celeron 550", 30],
    ["Intel Celeron 560", 27],
    ["Intel Celeron 566", 19.2],
    ["Intel Celeron 570", 27],
    ["Intel Celeron 575", 31],
    ["Intel Celeron 585", 31],
    ["Intel Celeron 600", 15.8],
    ["Intel Celeron 6305", 15],
    ["Intel Celeron 6305E", 15],
    ["Intel Celeron 633", 16.5],
    ["Intel Celeron 6600HE", 35],
    ["Intel Celeron 667", 17.5],
    ["Intel Celeron 700", 18.3],
    ["Intel Celeron 725C", 17],
    ["Intel Celeron 7305L", 15],
    ["Intel Celeron 733", 23.6],
    ["Intel Celeron 766", 20],
    ["Intel Celeron 787", 17],
    ["Intel Celeron 797", 17],
    ["Intel Celeron 800", 20.8],
    ["Intel Celeron 807", 17],
    ["Intel Celeron 807UE", 10],
    ["Intel Celeron 827E", 17],
    ["Intel Celeron 847", 17],
    ["Intel Celeron 847E", 17],
    ["Intel Celeron 850", 25.7],
    ["Intel Celeron 857", 17],
    ["Intel Celeron 867", 17],
    ["Intel Celeron 877", 17],
    ["Intel Celeron 887", 17],
    ["Intel Celeron 900", 35],
    ["Intel Celeron 925", 35],
    ["Intel Celeron 927UE", 17],
    ["Intel Celeron 950", 28],
    ["Intel Celeron B710", 35],
    ["Intel Celeron B720", 35],
    ["Intel Celeron B730", 35],
    ["Intel Celeron B800", 35],
    ["Intel Celeron B810", 35],
    ["Intel Celeron B810E", 35],
    ["Intel Celeron B815", 35],
    ["Intel Celeron B820", 35],
    ["Intel Celeron B830", 35],
    ["Intel Celeron B840", 35],
    ["Intel Celeron D 310", 73],
    ["Intel Celeron D 315", 73],
    ["Intel Celeron D 320", 73],
    ["Intel Celeron D 325", 73],
    ["Intel Celeron D 325J", 84],
    ["Intel Celeron D 326", 73],
    ["Intel Celeron D 330", 84],
    ["Intel Celeron D 330J", 84],
    ["Intel Celeron D 331", 84],
    ["Intel Celeron D 335", 84],
    ["Intel Celeron D 335J", 84],
    ["Intel Celeron D 336", 84],
    ["Intel Celeron D 340", 84],
    ["Intel Celeron D 340J", 84],
    ["Intel Celeron D 341", 84],
    ["Intel Celeron D 345", 73],
    ["Intel Celeron D 345J", 84],
    ["Intel Celeron D 346", 73],
    ["Intel Celeron D 347", 65],
    ["Intel Celeron D 350", 84],
    ["Intel Celeron D 350J", 73],
    ["Intel Celeron D 351", 84],
    ["Intel Celeron D 352", 84],
    ["Intel Celeron D 355", 84],
    ["Intel Celeron D 356", 65],
    ["Intel Celeron D 360", 65],
    ["Intel Celeron D 365", 65],
    ["Intel Celeron E1200", 65],
    ["Intel Celeron E1400", 65],
    ["Intel Celeron E1500", 65],
    ["Intel Celeron E1600", 65],
    ["Intel Celeron E3200", 65],
    ["Intel Celeron E3300", 65],
    ["Intel Celeron E3400", 65],
    ["Intel Celeron E3500", 65],
    ["Intel Celeron G1101", 73],
    ["Intel Celeron G1610", 55],
    ["Intel Celeron G1610T", 35],
    ["Intel Celeron G1620", 55],
    ["Intel Celeron G1620T", 35],
    ["Intel Celeron G1630", 55],
    ["Intel Celeron G1820", 53],
    ["Intel Celeron G1820T", 35],
    ["Intel Celeron G1820TE", 35],
    ["Intel Celeron G1830", 53],
    ["Intel Celeron G1840", 53],
    ["Intel Celeron G1840T", 35],
    ["Intel Celeron G1850", 53],
    ["Intel Celeron G3900", 51],
    ["Intel Celeron G3900E", 35],
    ["Intel Celeron G3900T", 35],
    ["Intel Celeron G3900TE", 35],
    ["Intel Celeron G3902E", 25],
    ["Intel Celeron G3920", 51],
    ["Intel Celeron G3930", 51],
    ["Intel Celeron G3930E", 54],
    ["Intel Celeron G3930T", 35],
    ["Intel Celeron G3930TE", 35],
    ["Intel Celeron G3950", 51],
    ["Intel Celeron G440", 35],
    ["Intel Celeron G460", 35],
    ["Intel Celeron G465", 35],
    ["Intel Celeron G470", 35],
    ["Intel Celeron G4900", 54],
    ["Intel Celeron G4900T", 35],
    ["Intel Celeron G4920", 54],
    ["Intel Celeron G4930", 54],
    ["Intel Celeron G4930E", 35],
    ["Intel Celeron G4930T", 35],
    ["Intel Celeron G4932E", 25],
    ["Intel Celeron G4950", 54],
    ["Intel Celeron G530", 65],
    ["Intel Celeron G530T", 35],
    ["Intel Celeron G540", 65],
    ["Intel Celeron G540T", 35],
    ["Intel Celeron G550", 65],
    ["Intel Celeron G550T", 35],
    ["Intel Celeron G555", 65],
    ["Intel Celeron G5900", 58],
    ["Intel Celeron G5900E", 58],
    ["Intel Celeron G5900T", 35],
    ["Intel Celeron G5900TE", 35],
    ["Intel Celeron G5905", 58],
    ["Intel Celeron G5905T", 35],
    ["Intel Celeron G5920", 58],
    ["Intel Celeron G5925", 58],
    ["Intel Celeron J1750", 10],
    ["Intel Celeron J1800", 10],
    ["Intel Celeron J1850", 10],
    ["Intel Celeron J1900", 10],
    ["Intel Celeron J3060", 6],
    ["Intel Celeron J3160", 6],
    ["Intel Celeron J3355", 10],
    ["Intel Celeron J3355E", 10],
    ["Intel Celeron J3455", 10],
    ["Intel Celeron J3455E", 10],
    ["Intel Celeron J4005", 10],
    ["Intel Celeron J4025", 10],
    ["Intel Celeron J4105", 10],
    ["Intel Celeron J4125", 10],
    ["Intel Celeron J6412", 10],
    ["Intel Celeron J6413", 10],
    ["Intel Celeron M 310", 24.5],
    ["Intel Celeron M 320", 24.5],
    ["Intel Celeron M 330", 24.5],
    ["Intel Celeron M 340", 24.5],
    ["Intel Celeron M 350", 21],
    ["Intel Celeron M 360", 21],
    ["Intel Celeron M 370", 21],
    ["Intel Celeron M 380", 21],
    ["Intel Celeron M 390", 21],
    ["Intel Celeron M 410", 27],
    ["Intel Celeron M 420", 27],
    ["Intel Celeron M 430", 27],
    ["Intel Celeron M 440", 27],
    ["Intel Celeron M 450", 27],
    ["Intel Celeron M 520", 30],
    ["Intel Celeron M 530", 30],
    ["Intel Celeron M ULV 333", 7],
    ["Intel Celeron M ULV 353", 5],
    ["Intel Celeron M ULV 373", 5.5],
    ["Intel Celeron M ULV 383", 5.5],
    ["Intel Celeron M ULV 423", 5.5],
    ["Intel Celeron M ULV 443", 5.5],
    ["Intel Celeron M ULV 523", 5.5],
    ["Intel Celeron M ULV 600", 7],
    ["Intel Celeron M ULV 722", 5.5],
    ["Intel Celeron M ULV 723", 10],
    ["Intel Celeron M ULV 743", 10],
    ["Intel Celeron M ULV 800", 7],
    ["Intel Celeron N2805", 4],
    ["Intel Celeron N2806", 4],
    ["Intel Celeron N2807", 4],
    ["Intel Celeron N2808", 4],
    ["Intel Celeron N2810", 7],
    ["Intel Celeron N2815", 7],
    ["Intel Celeron N2820", 7],
    ["Intel Celeron N2830", 7],
    ["Intel Celeron N2840", 7],
    ["Intel Celeron N2910", 7],
    ["Intel Celeron N2920", 7],
    ["Intel Celeron N2930", 7],
    ["Intel Celeron N2940", 7],
    ["Intel Celeron N3000", 4],
    ["Intel Celeron N3010", 4],
    ["Intel Celeron N3050", 6],
    ["Intel Celeron N3060", 6],
    ["Intel Celeron N3150", 6],
    ["Intel Celeron N3160", 6],
    ["Intel Celeron N3350", 6],
    ["Intel Celeron N3350E", 6],
    ["Intel Celeron N3450", 6],
    ["Intel Celeron N4000", 6],
    ["Intel Celeron N4020", 6],
    ["Intel Celeron N4100", 6],
    ["Intel Celeron N4120", 6],
    ["Intel Celeron N4500", 6],
    ["Intel Celeron N4505", 10],
    ["Intel Celeron N5100", 6],
    ["Intel Celeron N5105", 10],
    ["Intel Celeron N6210", 6],
    ["Intel Celeron N6211", 6],
    ["Intel Celeron P1053", 30],
    ["Intel Celeron P4500", 35],
    ["Intel Celeron P4505", 35],
    ["Intel Celeron P4600", 35],
    ["Intel Celeron SU2300", 10],
    ["Intel Celeron T1400", 35],
    ["Intel Celeron T1500", 35],
    ["Intel Celeron T1600", 35],
    ["Intel Celeron T1700", 35],
    ["Intel Celeron T3000", 35],
    ["Intel Celeron T3100", 35],
    ["Intel Celeron T3300", 35],
    ["Intel Celeron T3500", 35],
    ["Intel Celeron U3400", 18],
    ["Intel Celeron U3405", 18],
    ["Intel Celeron U3600", 18],
    ["Intel Celeron ULV 573", 10],
    ["Intel Celeron ULV 763", 10],
    ["Intel Celeron 1.8A", 66.1],
    ["Intel Core 2 Duo E4300", 65],
    ["Intel Core 2 Duo E4400", 65],
    ["Intel Core 2 Duo E4500", 65],
    ["Intel Core 2 Duo E4600", 65],
    ["Intel Core 2 Duo E4700", 65],
    ["Intel Core 2 Duo E6300", 65],
    ["Intel Core 2 Duo E6305", 65],
    ["Intel Core 2 Duo E6320", 65],
    ["Intel Core 2 Duo E6400", 65],
    ["Intel Core 2 Duo E6405", 65],
    ["Intel Core 2 Duo E6420", 65],
    ["Intel Core 2 Duo E6540", 65],
    ["Intel Core 2 Duo E6550", 65],
    ["Intel Core 2 Duo E6600", 65],
    ["Intel Core 2 Duo E6700", 65],
    ["Intel Core 2 Duo E6750", 65],
    ["Intel Core 2 Duo E6850", 75],
    ["Intel Core 2 Duo E7200", 65],
    ["Intel Core 2 Duo E7300", 65],
    ["Intel Core 2 Duo E7400", 65],
    ["Intel Core 2 Duo E7500", 65],
    ["Intel Core 2 Duo E7600", 65],
    ["Intel Core 2 Duo E8135", 35],
    ["Intel Core 2 Duo E8190", 65],
    ["Intel Core 2 Duo E8200", 65],
    ["Intel Core 2 Duo E8235", 44],
    ["Intel Core 2 Duo E8290", 65],
    ["Intel Core 2 Duo E8300", 65],
    ["Intel Core 2 Duo E8335", 35],
    ["Intel Core 2 Duo E8400", 65],
    ["Intel Core 2 Duo E8435", 44],
    ["Intel Core 2 Duo E8500", 65],
    ["Intel Core 2 Duo E8600", 65],
    ["Intel Core 2 Duo E8700", 65],
    ["Intel Core 2 Duo L7200", 17],
    ["Intel Core 2 Duo L7300", 17],
    ["Intel Core 2 Duo L7400", 17],
    ["Intel Core 2 Duo L7500", 17],
    ["Intel Core 2 Duo L7700", 17],
    ["Intel Core 2 Duo P7350", 25],
    ["Intel Core 2 Duo P7370", 25],
    ["Intel Core 2 Duo P7450", 25],
    ["Intel Core 2 Duo P7550", 25],
    ["Intel Core 2 Duo P7570", 25],
    ["Intel Core 2 Duo P8400", 25],
    ["Intel Core 2 Duo P8600", 25],
    ["Intel Core 2 Duo P8700", 25],
    ["Intel Core 2 Duo P8800", 25],
    ["Intel Core 2 Duo P9500", 25],
    ["Intel Core 2 Duo P9600", 25],
    ["Intel Core 2 Duo P9700", 28],
    ["Intel Core 2 Duo SL7100", 12],
    ["Intel Core 2 Duo SL9300", 17],
    ["Intel Core 2 Duo SL9380", 17],
    ["Intel Core 2 Duo SL9400", 17],
    ["Intel Core 2 Duo SL9600", 17],
    ["Intel Core 2 Duo SP7500", 20],
    ["Intel Core 2 Duo SP7700", 20],
    ["Intel Core 2 Duo SP9300", 25],
    ["Intel Core 2 Duo SP9400", 25],
    ["Intel Core 2 Duo SP9600", 25],
    ["Intel Core 2 Duo SU7300", 10],
    ["Intel Core 2 Duo SU9300", 10],
    ["Intel Core 2 Duo SU9400", 10],
    ["Intel Core 2 Duo SU9600", 10],
    ["Intel Core 2 Duo T5200", 35],
    ["Intel Core 2 Duo T5250", 35],
    ["Intel Core 2 Duo T5270", 35],
    ["Intel Core 2 Duo T5300", 34],
    ["Intel Core 2 Duo T5450", 35],
    ["Intel Core 2 Duo T5470", 35],
    ["Intel Core 2 Duo T5500", 35],
    ["Intel Core 2 Duo T5550", 35],
    ["Intel Core 2 Duo T5600", 35],
    ["Intel Core 2 Duo T5670", 35],
    ["Intel Core 2 Duo T5750", 35],
    ["Intel Core 2 Duo T5800", 35],
    ["Intel Core 2 Duo T5850", 35],
    ["Intel Core 2 Duo T5870", 35],
    ["Intel Core 2 Duo T5900", 35],
    ["Intel Core 2 Duo T6400", 35],
    ["Intel Core 2 Duo T6500", 35],
    ["Intel Core 2 Duo T6570", 35],
    ["Intel Core 2 Duo T6600", 35],
    ["Intel Core 2 Duo T6670", 35],
    ["Intel Core 2 Duo T6900", 35],
    ["Intel Core 2 Duo T6970", 35],
    ["Intel Core 2 Duo T7100", 35],
    ["Intel Core 2 Duo T7200", 35],
    ["Intel Core 2 Duo T7250", 35],
    ["Intel Core 2 Duo T7300", 35],
    ["Intel Core 2 Duo T7400", 35],
    ["Intel Core 2 Duo T7500", 35],
    ["Intel Core 2 Duo T7600", 35],
    ["Intel Core 2 Duo T7600G", 35],
    ["Intel Core 2 Duo T7700", 35],
    ["Intel Core 2 Duo T7800", 35],
    ["Intel Core 2 Duo T8100", 35],
    ["Intel Core 2 Duo T8300", 35],
    ["Intel Core 2 Duo T9300", 35],
    ["Intel Core 2 Duo T9400", 35],
    ["Intel Core 2 Duo T9500", 35],
    ["Intel Core 2 Duo T9550", 35],
    ["Intel Core 2 Duo T9600", 35],
    ["Intel Core 2 Duo T9800", 35],
    ["Intel Core 2 Duo T9900", 35],
    ["Intel Core 2 Duo U7500", 10],
    ["Intel Core 2 Duo U7600", 10],
    ["Intel Core 2 Duo U7700", 10],
    ["Intel Core 2 Extreme QX6700", 130],
    ["Intel Core 2 Extreme QX6800", 130],
    ["Intel Core 2 Extreme QX6850", 130],
    ["Intel Core 2 Extreme QX9300", 45],
    ["Intel Core 2 Extreme QX9650", 130],
    ["Intel Core 2 Extreme QX9750", 130],
    ["Intel Core 2 Extreme QX9770", 136],
    ["Intel Core 2 Extreme QX9775", 150],
    ["Intel Core 2 Extreme X6800", 75],
    ["Intel Core 2 Extreme X6900", 75],
    ["Intel Core 2 Extreme X7800", 44],
    ["Intel Core 2 Extreme X7900", 44],
    ["Intel Core 2 Extreme X9000", 44],
    ["Intel Core 2 Extreme X9100", 44],
    ["Intel Core 2 Quad Q6400", 105],
    ["Intel Core 2 Quad Q6600 (105W)", 105],
    ["Intel Core 2 Quad Q6600 (95W)", 95],
    ["Intel Core 2 Quad Q6700", 95],
    ["Intel Core 2 Quad Q7600", 95],
    ["Intel Core 2 Quad Q8200", 95],
    ["Intel Core 2 Quad Q8200S", 65],
    ["Intel Core 2 Quad Q8300", 95],
    ["Intel Core 2 Quad Q8400", 95],
    ["Intel Core 2 Quad Q8400S", 65],
    ["Intel Core 2 Quad Q9000", 45],
    ["Intel Core 2 Quad Q9100", 45],
    ["Intel Core 2 Quad Q9300", 95],
    ["Intel Core 2 Quad Q9400", 95],
    ["Intel Core 2 Quad Q9400S", 65],
    ["Intel Core 2 Quad Q9450", 95],
    ["Intel Core 2 Quad Q9500", 95],
    ["Intel Core 2 Quad Q9505", 95],
    ["Intel Core 2 Quad Q9505S", 65],
    ["Intel Core 2 Quad Q9550", 95],
    ["Intel Core 2 Quad Q9550S", 65],
    ["Intel Core 2 Quad Q9650", 95],
    ["Intel Core 2 Solo SU3300", 5.5],
    ["Intel Core 2 Solo SU3500", 5.5],
    ["Intel Core 2 Solo ULV SU3300", 5],
    ["Intel Core 2 Solo ULV SU3500", 5],
    ["Intel Core 2 Solo ULV U2100", 5.5],
    ["Intel Core 2 Solo ULV U2200", 5.5],
    ["Intel Core 3 201E", 60],
    ["Intel Core 3 201EF", 58],
    ["Intel Core 3 201TE", 45],
    ["Intel Core 5 211E", 65],
    ["Intel Core 5 211EF", 65],
    ["Intel Core 5 211TE", 45],
    ["Intel Core 5 221E", 65],
    ["Intel Core 5 221TE", 45],
    ["Intel Core 7 251E", 65],
    ["Intel Core 7 251TE", 45],
    ["Intel Core Duo LV L2300", 15],
    ["Intel Core Duo LV L2400", 15],
    ["Intel Core Duo LV L2500", 15],
    ["Intel Core Duo T2050", 31],
    ["Intel Core Duo T2250", 31],
    ["Intel Core Duo T2300", 31],
    ["Intel Core Duo T2400", 31],
    ["Intel Core Duo T2500", 31],
    ["Intel Core Duo T2600", 31],
    ["Intel Core Duo T2700", 31],
    ["Intel Core Duo ULV L2400", 9],
    ["Intel Core Duo ULV L2500", 9],
    ["Intel Core M-5Y10", 4],
    ["Intel Core M-5Y10a", 4],
    ["Intel Core M-5Y10c", 4],
    ["Intel Core M-5Y31", 4],
    ["Intel Core M-5Y51", 4],
    ["Intel Core M-5Y70", 4],
    ["Intel Core M-5Y71", 4],
    ["Intel Core Solo T1200", 27],
    ["Intel Core Solo T1300", 27],
    ["Intel Core Solo T1350", 27],
    ["Intel Core Solo T1400", 27],
    ["Intel Core Solo ULV U1300", 5],
    ["Intel Core Solo ULV U1400", 5],
    ["Intel Core Solo ULV U1500", 5],
    ["Intel Core Ultra 7 155H", 28],
    ["Intel Core Ultra 7 165H", 28],
    ["Intel Core Ultra 7 265H", 28],
    ["Intel Core i3-1000G1", 12],
    ["Intel Core i3-1000G4", 12],
    ["Intel Core i3-1000NG4", 9],
    ["Intel Core i3-1005G1", 15],
    ["Intel Core i3-10100", 65],
    ["Intel Core i3-10100E", 65],
    ["Intel Core i3-10100F", 65],
    ["Intel Core i3-10100T", 35],
    ["Intel Core i3-10100TE", 35],
    ["Intel Core i3-10100Y", 5],
    ["Intel Core i3-10105", 65],
    ["Intel Core i3-10105F", 65],
    ["Intel Core i3-10105T", 35],
    ["Intel Core i3-10110U", 15],
    ["Intel Core i3-10110Y", 7],
    ["Intel Core i3-10300", 65],
    ["Intel Core i3-10300T", 35],
    ["Intel Core i3-10305", 65],
    ["Intel Core i3-10305T", 35],
    ["Intel Core i3-10320", 65],
    ["Intel Core i3-10325", 65],
    ["Intel Core i3-10350K", 91],
    ["Intel Core i3-11100HE", 45],
    ["Intel Core i3-1110G4", 15],
    ["Intel Core i3-1115G4", 28],
    ["Intel Core i3-1115G4E", 15],
    ["Intel Core i3-1115GRE", 15],
    ["Intel Core i3-1120G4", 15],
    ["Intel Core i3-1125G4", 28],
    ["Intel Core i3-1215UL", 15],
    ["Intel Core i3-13100E", 60],
    ["Intel Core i3-13100TE", 35],
    ["Intel Core i3-1315UE", 15],
    ["Intel Core i3-1315URE", 15],
    ["Intel Core i3-1320PE", 28],
    ["Intel Core i3-1320PRE", 28],
    ["Intel Core i3-13300HE", 45],
    ["Intel Core i3-13300HRE", 45],
    ["Intel Core i3-2100", 65],
    ["Intel Core i3-2100T", 35],
    ["Intel Core i3-2102", 65],
    ["Intel Core i3-2105", 65],
    ["Intel Core i3-2115C", 25],
    ["Intel Core i3-2120", 65],
    ["Intel Core i3-2120T", 35],
    ["Intel Core i3-2125", 65],
    ["Intel Core i3-2130", 65],
    ["Intel Core i3-2308M", 35],
    ["Intel Core i3-2310E", 35],
    ["Intel Core i3-2310M", 35],
    ["Intel Core i3-2312M", 35],
    ["Intel Core i3-2328M", 35],
    ["Intel Core i3-2330E", 35],
    ["Intel Core i3-2330M", 35],
    ["Intel Core i3-2332M", 35],
    ["Intel Core i3-2340UE", 17],
    ["Intel Core i3-2348M", 35],
    ["Intel Core i3-2350M", 35],
    ["Intel Core i3-2357M", 17],
    ["Intel Core i3-2365M", 17],
    ["Intel Core i3-2367M", 17],
    ["Intel Core i3-2370M", 35],
    ["Intel Core i3-2375M", 17],
    ["Intel Core i3-2377M", 17],
    ["Intel Core i3-3110M", 35],
    ["Intel Core i3-3115C", 25],
    ["Intel Core i3-3120M", 35],
    ["Intel Core i3-3120ME", 35],
    ["Intel Core i3-3130M", 35],
    ["Intel Core i3-3210", 55],
    ["Intel Core i3-3217U", 17],
    ["Intel Core i3-3217UE", 17],
    ["Intel Core i3-3220", 55],
    ["Intel Core i3-3220T", 35],
    ["Intel Core i3-3225", 55],
    ["Intel Core i3-3227U", 17],
    ["Intel Core i3-3229Y", 13],
    ["Intel Core i3-3240", 55],
    ["Intel Core i3-3240T", 35],
    ["Intel Core i3-3245", 55],
    ["Intel Core i3-3250", 55],
    ["Intel Core i3-3250T", 35],
    ["Intel Core i3-330E", 35],
    ["Intel Core i3-330M", 35],
    ["Intel Core i3-330UM", 18],
    ["Intel Core i3-350M", 35],
    ["Intel Core i3-370M", 35],
    ["Intel Core i3-380M", 35],
    ["Intel Core i3-380UM", 18],
    ["Intel Core i3-390M", 35],
    ["Intel Core i3-4000M", 37],
    ["Intel Core i3-4005U", 15],
    ["Intel Core i3-4010M", 37],
    ["Intel Core i3-4010U", 15],
    ["Intel Core i3-4010Y", 11],
    ["Intel Core i3-4012Y", 11],
    ["Intel Core i3-4020Y", 11],
    ["Intel Core i3-4025U", 15],
    ["Intel Core i3-4030U", 15],
    ["Intel Core i3-4030Y", 11],
    ["Intel Core i3-4100E", 37],
    ["Intel Core i3-4100M", 37],
    ["Intel Core i3-4100U", 15],
    ["Intel Core i3-4102E", 25],
    ["Intel Core i3-4110E", 37],
    ["Intel Core i3-4110M", 37],
    ["Intel Core i3-4112E", 25],
    ["Intel Core i3-4120U", 15],
    ["Intel Core i3-4130", 54],
    ["Intel Core i3-4130T", 35],
    ["Intel Core i3-4150", 54],
    ["Intel Core i3-4150T", 35],
    ["Intel Core i3-4158U", 28],
    ["Intel Core i3-4160", 54],
    ["Intel Core i3-4160T", 35],
    ["Intel Core i3-4170", 54],
    ["Intel Core i3-4170T", 35],
    ["Intel Core i3-4330", 54],
    ["Intel Core i3-4330T", 35],
    ["Intel Core i3-4330TE", 35],
    ["Intel Core i3-4340", 54],
    ["Intel Core i3-4340TE", 35],
    ["Intel Core i3-4350", 54],
    ["Intel Core i3-4350T", 35],
    ["Intel Core i3-4360", 54],
    ["Intel Core i3-4360T", 35],
    ["Intel Core i3-4370", 54],
    ["Intel Core i3-4370T", 35],
    ["Intel Core i3-5005U", 15],
    ["Intel Core i3-5010U", 15],
    ["Intel Core i3-5015U", 15],
    ["Intel Core i3-5020U", 15],
    ["Intel Core i3-5157U", 28],
    ["Intel Core i3-530", 73],
    ["Intel Core i3-540", 73],
    ["Intel Core i3-550", 73],
    ["Intel Core i3-560", 73],
    ["Intel Core i3-6006U", 15],
    ["Intel Core i3-6098P", 54],
    ["Intel Core i3-6100", 51],
    ["Intel Core i3-6100E", 35],
    ["Intel Core i3-6100H", 35],
    ["Intel Core i3-6100T", 35],
    ["Intel Core i3-6100TE", 35],
    ["Intel Core i3-6100U", 15],
    ["Intel Core i3-6102E", 25],
    ["Intel Core i3-6157U", 28],
    ["Intel Core i3-6167U", 28],
    ["Intel Core i3-6300", 51],
    ["Intel Core i3-6300T", 35],
    ["Intel Core i3-6320", 51],
    ["Intel Core i3-7020U", 15],
    ["Intel Core i3-7100", 51],
    ["Intel Core i3-7100E", 35],
    ["Intel Core i3-7100H", 35],
    ["Intel Core i3-7100T", 35],
    ["Intel Core i3-7100U", 15],
    ["Intel Core i3-7101E", 54],
    ["Intel Core i3-7101TE", 35],
    ["Intel Core i3-7102E", 25],
    ["Intel Core i3-7120", 51],
    ["Intel Core i3-7120T", 35],
    ["Intel Core i3-7130U", 15],
    ["Intel Core i3-7167U", 28],
    ["Intel Core i3-7300", 51],
    ["Intel Core i3-7300T", 35],
    ["Intel Core i3-7320", 51],
    ["Intel Core i3-7320T", 35],
    ["Intel Core i3-7340", 51],
    ["Intel Core i3-7350K", 60],
    ["Intel Core i3-7360X", 112],
    ["Intel Core i3-8000", 65],
    ["Intel Core i3-8020", 65],
    ["Intel Core i3-8100", 65],
    ["Intel Core i3-8100B", 65],
    ["Intel Core i3-8100F", 65],
    ["Intel Core i3-8100H", 45],
    ["Intel Core i3-8100T", 35],
    ["Intel Core i3-8109U", 28],
    ["Intel Core i3-8120", 65],
    ["Intel Core i3-8121U", 28],
    ["Intel Core i3-8130U", 15],
    ["Intel Core i3-8140U", 15],
    ["Intel Core i3-8145U", 15],
    ["Intel Core i3-8145UE", 15],
    ["Intel Core i3-8300", 62],
    ["Intel Core i3-8300T", 35],
    ["Intel Core i3-8350K", 91],
    ["Intel Core i3-9000", 65],
    ["Intel Core i3-9100", 65],
    ["Intel Core i3-9100E", 65],
    ["Intel Core i3-9100F", 65],
    ["Intel Core i3-9100HL", 25],
    ["Intel Core i3-9100T", 35],
    ["Intel Core i3-9100TE", 35],
    ["Intel Core i3-9300", 62],
    ["Intel Core i3-9300T", 35],
    ["Intel Core i3-9320", 62],
    ["Intel Core i3-9350K", 91],
    ["Intel Core i3-9350KF", 91],
    ["Intel Core i3-N300", 7],
    ["Intel Core i3-N305", 15],
    ["Intel Core i5 processor 14401E", 65],
    ["Intel Core i5 processor 14401TE", 45],
    ["Intel Core i5 processor 14501E", 65],
    ["Intel Core i5 processor 14501TE", 45],
    ["Intel Core i5+8400  (9M Cache, up to 4.00 GHz) includes Intel Optane Memory", 65],
    ["Intel Core i5+8500  (9M Cache, up to 4.10 GHz) includes Intel Optane Memory", 65],
    ["Intel Core i5-10200H", 45],
    ["Intel Core i5-10210U", 15],
    ["Intel Core i5-10210Y", 7],
    ["Intel Core i5-10300H", 45],
    ["Intel Core i5-1030G4", 12],
    ["Intel Core i5-1030G7", 12],
    ["Intel Core i5-1030NG7", 10],
    ["Intel Core i5-10310U", 15],
    ["Intel Core i5-10310Y", 7],
    ["Intel Core i5-1035G1", 15],
    ["Intel Core i5-1035G4", 15],
    ["Intel Core i5-1035G7", 15],
    ["Intel Core i5-1038NG7", 28],
    ["Intel Core i5-10400", 65],
    ["Intel Core i5-10400F", 65],
    ["Intel Core i5-10400H", 45],
    ["Intel Core i5-10400T", 35],
    ["Intel Core i5-10500", 65],
    ["Intel Core i5-10500E", 65],
    ["Intel Core i5-10500H", 45],
    ["Intel Core i5-10500T", 35],
    ["Intel Core i5-10500TE", 35],
    ["Intel Core i5-10505", 65],
    ["Intel Core i5-10600", 65],
    ["Intel Core i5-10600K", 125],
    ["Intel Core i5-10600KF", 125],
    ["Intel Core i5-10600T", 35],
    ["Intel Core i5-11260H", 45],
    ["Intel Core i5-11300H", 35],
    ["Intel Core i5-1130G7", 15],
    ["Intel Core i5-11320H", 35],
    ["Intel Core i5-1135G7", 28],
    ["Intel Core i5-11400", 65],
    ["Intel Core i5-11400F", 65],
    ["Intel Core i5-11400H", 45],
    ["Intel Core i5-11400T", 35],
    ["Intel Core i5-1140G7", 15],
    ["Intel Core i5-1145G7", 28],
    ["Intel Core i5-1145G7E", 15],
    ["Intel Core i5-1145GRE", 15],
    ["Intel Core i5-11500", 65],
    ["Intel Core i5-11500H", 45],
    ["Intel Core i5-11500HE", 45],
    ["Intel Core i5-11500T", 35],
    ["Intel Core i5-1155G7", 28],
    ["Intel Core i5-11600", 65],
    ["Intel Core i5-11600K", 125],
    ["Intel Core i5-11600KF", 125],
    ["Intel Core i5-11600T", 35],
    ["Intel Core i5-1235UL", 15],
    ["Intel Core i5-1245UL", 15],
    ["Intel Core i5-1335U", 55],
    ["Intel Core i5-13400E", 65],
    ["Intel Core i5-1345UE", 15],
    ["Intel Core i5-1345URE", 15],
    ["Intel Core i5-13500E", 65],
    ["Intel Core i5-13500TE", 35],
    ["Intel Core i5-1350PRE", 28],
    ["Intel Core i5-13600HRE", 45],
    ["Intel Core i5-2300", 95],
    ["Intel Core i5-2310", 95],
    ["Intel Core i5-2320", 95],
    ["Intel Core i5-2380P", 95],
    ["Intel Core i5-2390T", 35],
    ["Intel Core i5-2400", 95],
    ["Intel Core i5-2400S", 65],
    ["Intel Core i5-2405S", 65],
    ["Intel Core i5-2410M", 35],
    ["Intel Core i5-2415M", 35],
    ["Intel Core i5-2430M", 35],
    ["Intel Core i5-2435M", 35],
    ["Intel Core i5-2450M", 35],
    ["Intel Core i5-2450P", 95],
    ["Intel Core i5-2467M", 17],
    ["Intel Core i5-2500", 95],
    ["Intel Core i5-2500K", 95],
    ["Intel Core i5-2500S", 65],
    ["Intel Core i5-2500T", 45],
    ["Intel Core i5-2510E", 35],
    ["Intel Core i5-2515E", 35],
    ["Intel Core i5-2520M", 35],
    ["Intel Core i5-2537M", 17],
    ["Intel Core i5-2540M", 35],
    ["Intel Core i5-2550K", 95],
    ["Intel Core i5-2557M", 17],
    ["Intel Core i5-3210M", 35],
    ["Intel Core i5-3230M", 35],
    ["Intel Core i5-3317U", 17],
    ["Intel Core i5-3320M", 35],
    ["Intel Core i5-3330", 77],
    ["Intel Core i5-3330S", 65],
    ["Intel Core i5-3335S", 65],
    ["Intel Core i5-3337U", 17],
    ["Intel Core i5-3339Y", 13],
    ["Intel Core i5-3340", 77],
    ["Intel Core i5-3340M", 35],
    ["Intel Core i5-3340S", 65],
    ["Intel Core i5-3350P", 69],
    ["Intel Core i5-3360M", 35],
    ["Intel Core i5-3365M", 35],
    ["Intel Core i5-3380M", 35],
    ["Intel Core i5-3427U", 17],
    ["Intel Core i5-3437U", 17],
    ["Intel Core i5-3439Y", 13],
    ["Intel Core i5-3450", 77],
    ["Intel Core i5-3450S", 65],
    ["Intel Core i5-3470", 77],
    ["Intel Core i5-3470S", 65],
    ["Intel Core i5-3470T", 35],
    ["Intel Core i5-3475S", 65],
    ["Intel Core i5-3550", 77],
    ["Intel Core i5-3550S", 65],
    ["Intel Core i5-3570", 77],
    ["Intel Core i5-3570K", 77],
    ["Intel Core i5-3570S", 65],
    ["Intel Core i5-3570T", 45],
    ["Intel Core i5-3610ME", 35],
    ["Intel Core i5-4200H", 47],
    ["Intel Core i5-4200M", 37],
    ["Intel Core i5-4200U", 15],
    ["Intel Core i5-4200Y", 11],
    ["Intel Core i5-4202Y", 11],
    ["Intel Core i5-4210H", 47],
    ["Intel Core i5-4210M", 37],
    ["Intel Core i5-4210U", 15],
    ["Intel Core i5-4210Y", 11],
    ["Intel Core i5-4220Y", 11],
    ["Intel Core i5-4250U", 15],
    ["Intel Core i5-4258U", 28],
    ["Intel Core i5-4260U", 15],
    ["Intel Core i5-4278U", 28],
    ["Intel Core i5-4288U", 28],
    ["Intel Core i5-4300M", 37],
    ["Intel Core i5-4300U", 15],
    ["Intel Core i5-4300Y", 11],
    ["Intel Core i5-4302Y", 11],
    ["Intel Core i5-4308U", 28],
    ["Intel Core i5-430M", 35],
    ["Intel Core i5-430UM", 18],
    ["Intel Core i5-4310M", 37],
    ["Intel Core i5-4310U", 15],
    ["Intel Core i5-4330M", 37],
    ["Intel Core i5-4340M", 37],
    ["Intel Core i5-4350U", 15],
    ["Intel Core i5-4360U", 15],
    ["Intel Core i5-4400E", 37],
    ["Intel Core i5-4402E", 25],
    ["Intel Core i5-4402EC", 27],
    ["Intel Core i5-4410E", 37],
    ["Intel Core i5-4422E", 25],
    ["Intel Core i5-4430", 84],
    ["Intel Core i5-4430S", 65],
    ["Intel Core i5-4440", 84],
    ["Intel Core i5-4440S", 65],
    ["Intel Core i5-4460", 84],
    ["Intel Core i5-4460S", 65],
    ["Intel Core i5-4460T", 35],
    ["Intel Core i5-450M", 35],
    ["Intel Core i5-4570", 84],
    ["Intel Core i5-4570R", 65],
    ["Intel Core i5-4570S", 65],
    ["Intel Core i5-4570T", 35],
    ["Intel Core i5-4570TE", 35],
    ["Intel Core i5-4590", 84],
    ["Intel Core i5-4590S", 65],
    ["Intel Core i5-4590T", 35],
    ["Intel Core i5-460M", 35],
    ["Intel Core i5-4670", 84],
    ["Intel Core i5-4670K", 84],
    ["Intel Core i5-4670R", 65],
    ["Intel Core i5-4670S", 65],
    ["Intel Core i5-4670T", 45],
    ["Intel Core i5-4690", 84],
    ["Intel Core i5-4690K", 88],
    ["Intel Core i5-4690S", 65],
    ["Intel Core i5-4690T", 45],
    ["Intel Core i5-470UM", 18],
    ["Intel Core i5-480M", 35],
    ["Intel Core i5-5200U", 15],
    ["Intel Core i5-520E", 35],
    ["Intel Core i5-520M", 35],
    ["Intel Core i5-520UM", 18],
    ["Intel Core i5-5250U", 15],
    ["Intel Core i5-5257U", 28],
    ["Intel Core i5-5287U", 28],
    ["Intel Core i5-5300U", 15],
    ["Intel Core i5-5350H", 47],
    ["Intel Core i5-5350U", 15],
    ["Intel Core i5-540M", 35],
    ["Intel Core i5-540UM", 18],
    ["Intel Core i5-5575R", 65],
    ["Intel Core i5-560M", 35],
    ["Intel Core i5-560UM", 18],
    ["Intel Core i5-5675C", 65],
    ["Intel Core i5-5675R", 65],
    ["Intel Core i5-580M", 35],
    ["Intel Core i5-6198DU", 15],
    ["Intel Core i5-6200U", 15],
    ["Intel Core i5-6260U", 15],
    ["Intel Core i5-6267U", 28],
    ["Intel Core i5-6287U", 28],
    ["Intel Core i5-6300HQ", 45],
    ["Intel Core i5-6300U", 15],
    ["Intel Core i5-6350HQ", 45],
    ["Intel Core i5-6360U", 15],
    ["Intel Core i5-6400", 65],
    ["Intel Core i5-6400T", 35],
    ["Intel Core i5-6402P", 65],
    ["Intel Core i5-6440EQ", 45],
    ["Intel Core i5-6440HQ", 45],
    ["Intel Core i5-6442EQ", 25],
    ["Intel Core i5-650", 73],
    ["Intel Core i5-6500", 65],
    ["Intel Core i5-6500T", 35],
    ["Intel Core i5-6500TE", 35],
    ["Intel Core i5-655K", 73],
    ["Intel Core i5-6585R", 65],
    ["Intel Core i5-660", 73],
    ["Intel Core i5-6600", 65],
    ["Intel Core i5-6600K", 91],
    ["Intel Core i5-6600T", 35],
    ["Intel Core i5-661", 87],
    ["Intel Core i5-6685R", 65],
    ["Intel Core i5-670", 73],
    ["Intel Core i5-680", 73],
    ["Intel Core i5-7200U", 15],
    ["Intel Core i5-7260U", 15],
    ["Intel Core i5-7267U", 28],
    ["Intel Core i5-7287U", 28],
    ["Intel Core i5-7300HQ", 45],
    ["Intel Core i5-7300U", 15],
    ["Intel Core i5-7360U", 15],
    ["Intel Core i5-7400", 65],
    ["Intel Core i5-7400T", 35],
    ["Intel Core i5-7440EQ", 45],
    ["Intel Core i5-7440HQ", 45],
    ["Intel Core i5-7442EQ", 25],
    ["Intel Core i5-750", 95],
    ["Intel Core i5-7500", 65],
    ["Intel Core i5-7500T", 35],
    ["Intel Core i5-750S", 82],
    ["Intel Core i5-750s", 82],
    ["Intel Core i5-760", 95],
    ["Intel Core i5-7600", 65],
    ["Intel Core i5-7600K", 91],
    ["Intel Core i5-7600T", 35],
    ["Intel Core i5-7640X", 112],
    ["Intel Core i5-7640X X-series", 112],
    ["Intel Core i5-7Y54", 4],
    ["Intel Core i5-7Y57", 4],
    ["Intel Core i5-8200Y", 5],
    ["Intel Core i5-8210Y", 7],
    ["Intel Core i5-8250U", 15],
    ["Intel Core i5-8257U", 15],
    ["Intel Core i5-8259U", 28],
    ["Intel Core i5-8260U", 15],
    ["Intel Core i5-8265U", 15],
    ["Intel Core i5-8269U", 28],
    ["Intel Core i5-8279U", 28],
    ["Intel Core i5-8300H", 45],
    ["Intel Core i5-8305G", 65],
    ["Intel Core i5-8310Y", 7],
    ["Intel Core i5-8350U", 15],
    ["Intel Core i5-8365U", 15],
    ["Intel Core i5-8365UE", 15],
    ["Intel Core i5-8400", 65],
    ["Intel Core i5-8400B", 65],
    ["Intel Core i5-8400H", 45],
    ["Intel Core i5-8400T", 35],
    ["Intel Core i5-8420", 65],
    ["Intel Core i5-8420T", 35],
    ["Intel Core i5-8500", 65],
    ["Intel Core i5-8500B", 65],
    ["Intel Core i5-8500T", 35],
    ["Intel Core i5-8550", 65],
    ["Intel Core i5-8600", 65],
    ["Intel Core i5-8600K", 95],
    ["Intel Core i5-8600T", 35],
    ["Intel Core i5-8650", 65],
    ["Intel Core i5-8650K", 95],
    ["Intel Core i5-9300H", 45],
    ["Intel Core i5-9300HF", 45],
    ["Intel Core i5-9400", 65],
    ["Intel Core i5-9400F", 65],
    ["Intel Core i5-9400H", 45],
    ["Intel Core i5-9400T", 35],
    ["Intel Core i5-9500", 65],
    ["Intel Core i5-9500E", 65],
    ["Intel Core i5-9500F", 65],
    ["Intel Core i5-9500T", 35],
    ["Intel Core i5-9500TE", 35],
    ["Intel Core i5-9600", 65],
    ["Intel Core i5-9600K", 95],
    ["Intel Core i5-9600KF", 95],
    ["Intel Core i5-9600T", 35],
    ["Intel Core i7 processor 14701E", 65],
    ["Intel Core i7 processor 14701TE", 45],
    ["Intel Core i7+8700  (12M Cache, up to 4.60 GHz) includes Intel Optane Memory", 65],
    ["Intel Core i7-10510U", 15],
    ["Intel Core i7-10510Y", 7],
    ["Intel Core i7-1060G7", 12],
    ["Intel Core i7-10610U", 15],
    ["Intel Core i7-1065G7", 15],
    ["Intel Core i7-1068G7", 28],
    ["Intel Core i7-1068NG7", 28],
    ["Intel Core i7-10700", 65],
    ["Intel Core i7-10700E", 65],
    ["Intel Core i7-10700F", 65],
    ["Intel Core i7-10700K", 125],
    ["Intel Core i7-10700KF", 125],
    ["Intel Core i7-10700T", 35],
    ["Intel Core i7-10700TE", 35],
    ["Intel Core i7-10710U", 15],
    ["Intel Core i7-10750H", 45],
    ["Intel Core i7-10810U", 15],
    ["Intel Core i7-10850H", 45],
    ["Intel Core i7-10870H", 45],
    ["Intel Core i7-10875H", 45],
    ["Intel Core i7-10885H", 45],
    ["Intel Core i7-11370H", 28],
    ["Intel Core i7-11375H", 35],
    ["Intel Core i7-11390H", 35],
    ["Intel Core i7-11600H", 45],
    ["Intel Core i7-1160G7", 15],
    ["Intel Core i7-1165G7", 28],
    ["Intel Core i7-11700", 65],
    ["Intel Core i7-11700B", 65],
    ["Intel Core i7-11700F", 65],
    ["Intel Core i7-11700K", 125],
    ["Intel Core i7-11700KF", 125],
    ["Intel Core i7-11700T", 35],
    ["Intel Core i7-11800H", 45],
    ["Intel Core i7-1180G7", 15],
    ["Intel Core i7-11850H", 45],
    ["Intel Core i7-11850HE", 45],
    ["Intel Core i7-1185G7", 28],
    ["Intel Core i7-1185G7E", 15],
    ["Intel Core i7-1185GRE", 15],
    ["Intel Core i7-1195G7", 28],
    ["Intel Core i7-1255UL", 15],
    ["Intel Core i7-1265UL", 15],
    ["Intel Core i7-12700H", 45],
    ["Intel Core i7-12700K", 190],
    ["Intel Core i7-1270P", 64],
    ["Intel Core i7-1360P", 28],
    ["Intel Core i7-1365UE", 15],
    ["Intel Core i7-1365URE", 15],
    ["Intel Core i7-1366URE", 15],
    ["Intel Core i7-13700E", 65],
    ["Intel Core i7-13700TE", 35],
    ["Intel Core i7-1370PE", 28],
    ["Intel Core i7-1370PRE", 28],
    ["Intel Core i7-1375PRE", 28],
    ["Intel Core i7-13800HE", 45],
    ["Intel Core i7-13800HRE", 45],
    ["Intel Core i7-2600", 95],
    ["Intel Core i7-2600K", 95],
    ["Intel Core i7-2600S", 65],
    ["Intel Core i7-2610UE", 17],
    ["Intel Core i7-2617M", 17],
    ["Intel Core i7-2620M", 35],
    ["Intel Core i7-2629M", 25],
    ["Intel Core i7-2630QM", 45],
    ["Intel Core i7-2635QM", 45],
    ["Intel Core i7-2637M", 17],
    ["Intel Core i7-2640M", 35],
    ["Intel Core i7-2649M", 25],
    ["Intel Core i7-2655LE", 25],
    ["Intel Core i7-2657M", 17],
    ["Intel Core i7-2670QM", 45],
    ["Intel Core i7-2675QM", 45],
    ["Intel Core i7-2677M", 17],
    ["Intel Core i7-2700K", 95],
    ["Intel Core i7-2710QE", 45],
    ["Intel Core i7-2715QE", 45],
    ["Intel Core i7-2720QM", 45],
    ["Intel Core i7-2760QM", 45],
    ["Intel Core i7-2820QM", 45],
    ["Intel Core i7-2860QM", 45],
    ["Intel Core i7-2920XM", 55],
    ["Intel Core i7-2920XM Extreme Edition", 55],
    ["Intel Core i7-2960XM", 55],
    ["Intel Core i7-2960XM Extreme Edition", 55],
    ["Intel Core i7-3517U", 17],
    ["Intel Core i7-3517UE", 17],
    ["Intel Core i7-3520M", 35],
    ["Intel Core i7-3525M", 35],
    ["Intel Core i7-3537U", 17],
    ["Intel Core i7-3540M", 35],
    ["Intel Core i7-3555LE", 25],
    ["Intel Core i7-3610QE", 45],
    ["Intel Core i7-3610QM", 45],
    ["Intel Core i7-3612QE", 35],
    ["Intel Core i7-3612QM", 35],
    ["Intel Core i7-3615QE", 45],
    ["Intel Core i7-3615QM", 45],
    ["Intel Core i7-3630QM", 45],
    ["Intel Core i7-3632QM", 35],
    ["Intel Core i7-3635QM", 45],
    ["Intel Core i7-3667U", 17],
    ["Intel Core i7-3687U", 17],
    ["Intel Core i7-3689Y", 13],
    ["Intel Core i7-3720QM", 45],
    ["Intel Core i7-3740QM", 45],
    ["Intel Core i7-3770", 77],
    ["Intel Core i7-3770K", 77],
    ["Intel Core i7-3770S", 65],
    ["Intel Core i7-3770T", 45],
    ["Intel Core i7-3820", 130],
    ["Intel Core i7-3820QM", 45],
    ["Intel Core i7-3840QM", 45],
    ["Intel Core i7-3910K", 130],
    ["Intel Core i7-3920XM", 55],
    ["Intel Core i7-3920XM Extreme Edition", 55],
    ["Intel Core i7-3930K", 130],
    ["Intel Core i7-3940XM", 55],
    ["Intel Core i7-3940XM Extreme Edition", 55],
    ["Intel Core i7-3960X", 130],
    ["Intel Core i7-3960X Extreme Edition", 130],
    ["Intel Core i7-3970X", 150],
    ["Intel Core i7-3970X Extreme Edition", 150],
    ["Intel Core i7-4500U", 15],
    ["Intel Core i7-4510U", 15],
    ["Intel Core i7-4550U", 15],
    ["Intel Core i7-4558U", 28],
    ["Intel Core i7-4578U", 28],
    ["Intel Core i7-4600M", 37],
    ["Intel Core i7-4600U", 15],
    ["Intel Core i7-4610M", 37],
    ["Intel Core i7-4610Y", 11],
    ["Intel Core i7-4650U", 15],
    ["Intel Core i7-4700EC", 43],
    ["Intel Core i7-4700EQ", 47],
    ["Intel Core i7-4700HQ", 47],
    ["Intel Core i7-4700MQ", 47],
    ["Intel Core i7-4701EQ", 47],
    ["Intel Core i7-4702EC", 27],
    ["Intel Core i7-4702HQ", 37],
    ["Intel Core i7-4702MQ", 37],
    ["Intel Core i7-4710HQ", 47],
    ["Intel Core i7-4710MQ", 47],
    ["Intel Core i7-4712HQ", 37],
    ["Intel Core i7-4712MQ", 37],
    ["Intel Core i7-4720HQ", 47],
    ["Intel Core i7-4722HQ", 37],
    ["Intel Core i7-4750HQ", 47],
    ["Intel Core i7-4760HQ", 47],
    ["Intel Core i7-4765T", 35],
    ["Intel Core i7-4770", 84],
    ["Intel Core i7-4770HQ", 47],
    ["Intel Core i7-4770K", 84],
    ["Intel Core i7-4770R", 65],
    ["Intel Core i7-4770S", 65],
    ["Intel Core i7-4770T", 45],
    ["Intel Core i7-4770TE", 45],
    ["Intel Core i7-4771", 84],
    ["Intel Core i7-4785T", 35],
    ["Intel Core i7-4790", 84],
    ["Intel Core i7-4790K", 88],
    ["Intel Core i7-4790S", 65],
    ["Intel Core i7-4790T", 45],
    ["Intel Core i7-4800MQ", 47],
    ["Intel Core i7-4810MQ", 47],
    ["Intel Core i7-4820K", 130],
    ["Intel Core i7-4850EQ", 47],
    ["Intel Core i7-4850HQ", 47],
    ["Intel Core i7-4860EQ", 47],
    ["Intel Core i7-4860HQ", 47],
    ["Intel Core i7-4870HQ", 47],
    ["Intel Core i7-4900MQ", 47],
    ["Intel Core i7-4910MQ", 47],
    ["Intel Core i7-4930K", 130],
    ["Intel Core i7-4930MX", 57],
    ["Intel Core i7-4930MX Extreme Edition", 57],
    ["Intel Core i7-4940MX", 57],
    ["Intel Core i7-4940MX Extreme Edition", 57],
    ["Intel Core i7-4950HQ", 47],
    ["Intel Core i7-4960HQ", 47],
    ["Intel Core i7-4960X", 130],
    ["Intel Core i7-4960X Extreme Edition", 130],
    ["Intel Core i7-4980HQ", 47],
    ["Intel Core i7-5500U", 15],
    ["Intel Core i7-5550U", 15],
    ["Intel Core i7-5557U", 28],
    ["Intel Core i7-5600U", 15],
    ["Intel Core i7-5650U", 15],
    ["Intel Core i7-5700EQ", 47],
    ["Intel Core i7-5700HQ", 47],
    ["Intel Core i7-5750HQ", 47],
    ["Intel Core i7-5775C", 65],
    ["Intel Core i7-5775R", 65],
    ["Intel Core i7-5820K", 140],
    ["Intel Core i7-5850EQ", 47],
    ["Intel Core i7-5850HQ", 47],
    ["Intel Core i7-5930K", 140],
    ["Intel Core i7-5950HQ", 47],
    ["Intel Core i7-5960X", 140],
    ["Intel Core i7-5960X Extreme Edition", 140],
    ["Intel Core i7-610E", 35],
    ["Intel Core i7-620LE", 25],
    ["Intel Core i7-620LM", 25],
    ["Intel Core i7-620M", 35],
    ["Intel Core i7-620UE", 18],
    ["Intel Core i7-620UM", 18],
    ["Intel Core i7-640LM", 25],
    ["Intel Core i7-640M", 35],
    ["Intel Core i7-640UM", 18],
    ["Intel Core i7-6498DU", 15],
    ["Intel Core i7-6500U", 15],
    ["Intel Core i7-6560U", 15],
    ["Intel Core i7-6567U", 28],
    ["Intel Core i7-6600U", 15],
    ["Intel Core i7-660LM", 25],
    ["Intel Core i7-660UE", 18],
    ["Intel Core i7-660UM", 18],
    ["Intel Core i7-6650U", 15],
    ["Intel Core i7-6660U", 15],
    ["Intel Core i7-6700", 65],
    ["Intel Core i7-6700HQ", 45],
    ["Intel Core i7-6700K", 91],
    ["Intel Core i7-6700T", 35],
    ["Intel Core i7-6700TE", 35],
    ["Intel Core i7-6770HQ", 45],
    ["Intel Core i7-6785R", 65],
    ["Intel Core i7-6800K", 140],
    ["Intel Core i7-680UM", 18],
    ["Intel Core i7-6820EQ", 45],
    ["Intel Core i7-6820HK", 45],
    ["Intel Core i7-6820HQ", 45],
    ["Intel Core i7-6822EQ", 25],
    ["Intel Core i7-6850K", 140],
    ["Intel Core i7-6870HQ", 45],
    ["Intel Core i7-6900K", 140],
    ["Intel Core i7-6920HQ", 45],
    ["Intel Core i7-6950X", 140],
    ["Intel Core i7-6950X Extreme Edition", 140],
    ["Intel Core i7-6970HQ", 45],
    ["Intel Core i7-720QM", 45],
    ["Intel Core i7-740QM", 45],
    ["Intel Core i7-7500U", 15],
    ["Intel Core i7-7560U", 15],
    ["Intel Core i7-7567U", 28],
    ["Intel Core i7-7600U", 15],
    ["Intel Core i7-7660U", 15],
    ["Intel Core i7-7700", 65],
    ["Intel Core i7-7700HQ", 45],
    ["Intel Core i7-7700K", 91],
    ["Intel Core i7-7700T", 35],
    ["Intel Core i7-7740X", 112],
    ["Intel Core i7-7740X X-series", 112],
    ["Intel Core i7-7800X", 140],
    ["Intel Core i7-7800X X-series", 140],
    ["Intel Core i7-7820EQ", 45],
    ["Intel Core i7-7820HK", 45],
    ["Intel Core i7-7820HQ", 45],
    ["Intel Core i7-7820X", 140],
    ["Intel Core i7-7820X X-series", 140],
    ["Intel Core i7-7920HQ", 45],
    ["Intel Core i7-7Y75", 4],
    ["Intel Core i7-8086K", 95],
    ["Intel Core i7-820QM", 45],
    ["Intel Core i7-840QM", 45],
    ["Intel Core i7-8500Y", 5],
    ["Intel Core i7-8550U", 15],
    ["Intel Core i7-8557U", 15],
    ["Intel Core i7-8559U", 28],
    ["Intel Core i7-8565U", 15],
    ["Intel Core i7-8569U", 28],
    ["Intel Core i7-860", 95],
    ["Intel Core i7-860S", 82],
    ["Intel Core i7-8650U", 15],
    ["Intel Core i7-8665U", 15],
    ["Intel Core i7-8665UE", 15],
    ["Intel Core i7-8670", 65],
    ["Intel Core i7-8670T", 35],
    ["Intel Core i7-870", 95],
    ["Intel Core i7-8700", 65],
    ["Intel Core i7-8700B", 65],
    ["Intel Core i7-8700K", 95],
    ["Intel Core i7-8700T", 35],
    ["Intel Core i7-8705G", 65],
    ["Intel Core i7-8706G", 65],
    ["Intel Core i7-8709G", 65],
    ["Intel Core i7-870S", 82],
    ["Intel Core i7-8750H", 45],
    ["Intel Core i7-875K", 95],
    ["Intel Core i7-880", 95],
    ["Intel Core i7-8809G", 65],
    ["Intel Core i7-8850H", 45],
    ["Intel Core i7-920", 130],
    ["Intel Core i7-920XM", 55],
    ["Intel Core i7-930", 130],
    ["Intel Core i7-940", 130],
    ["Intel Core i7-940XM", 55],
    ["Intel Core i7-950", 130],
    ["Intel Core i7-960", 130],
    ["Intel Core i7-965", 130],
    ["Intel Core i7-965 Extreme Edition", 130],
    ["Intel Core i7-970", 130],
    ["Intel Core i7-9700", 65],
    ["Intel Core i7-9700E", 65],
    ["Intel Core i7-9700F", 65],
    ["Intel Core i7-9700K", 95],
    ["Intel Core i7-9700KF", 95],
    ["Intel Core i7-9700T", 35],
    ["Intel Core i7-9700TE", 35],
    ["Intel Core i7-975", 130],
    ["Intel Core i7-975 Extreme Edition", 130],
    ["Intel Core i7-9750H", 45],
    ["Intel Core i7-9750HF", 45],
    ["Intel Core i7-980", 130],
    ["Intel Core i7-9800X", 165],
    ["Intel Core i7-9800X X-series", 165],
    ["Intel Core i7-980X", 130],
    ["Intel Core i7-9850H", 45],
    ["Intel Core i7-9850HE", 45],
    ["Intel Core i7-9850HL", 25],
    ["Intel Core i7-990X", 130],
    ["Intel Core i9 processor 14901E", 65],
    ["Intel Core i9 processor 14901KE", 125],
    ["Intel Core i9 processor 14901TE", 45],
    ["Intel Core i9-10800F", 65],
    ["Intel Core i9-10850K", 125],
    ["Intel Core i9-10885H", 45],
    ["Intel Core i9-10900", 65],
    ["Intel Core i9-10900E", 65],
    ["Intel Core i9-10900F", 65],
    ["Intel Core i9-10900K", 125],
    ["Intel Core i9-10900KF", 125],
    ["Intel Core i9-10900T", 35],
    ["Intel Core i9-10900TE", 35],
    ["Intel Core i9-10900X", 165],
    ["Intel Core i9-10900X X-series", 165],
    ["Intel Core i9-10910", 125],
    ["Intel Core i9-10920X", 165],
    ["Intel Core i9-10920X X-series", 165],
    ["Intel Core i9-10940X", 165],
    ["Intel Core i9-10940X X-series", 165],
    ["Intel Core i9-10980HK", 45],
    ["Intel Core i9-10980XE", 165],
    ["Intel Core i9-10980XE Extreme Edition", 165],
    ["Intel Core i9-10990XE", 380],
    ["Intel Core i9-11900", 65],
    ["Intel Core i9-11900F", 65],
    ["Intel Core i9-11900K", 125],
    ["Intel Core i9-11900KF", 125],
    ["Intel Core i9-11900T", 35],
    ["Intel Core i9-13900E", 65],
    ["Intel Core i9-13900K", 125],
    ["Intel Core i9-13900TE", 35],
    ["Intel Core i9-14900HX", 55],
    ["Intel Core i9-7900X", 140],
    ["Intel Core i9-7900X X-series", 140],
    ["Intel Core i9-7920X", 140],
    ["Intel Core i9-7920X X-series", 140],
    ["Intel Core i9-7940X", 165],
    ["Intel Core i9-7940X X-series", 165],
    ["Intel Core i9-7960X", 165],
    ["Intel Core i9-7960X X-series", 165],
    ["Intel Core i9-7980XE", 165],
    ["Intel Core i9-7980XE Extreme Edition", 165],
    ["Intel Core i9-8950HK", 45],
    ["Intel Core i9-9820X", 165],
    ["Intel Core i9-9820X X-series", 165],
    ["Intel Core i9-9880H", 45],
    ["Intel Core i9-9900", 65],
    ["Intel Core i9-9900K", 95],
    ["Intel Core i9-9900KF", 95],
    ["Intel Core i9-9900KS", 127],
    ["Intel Core i9-9900T", 35],
    ["Intel Core i9-9900X", 165],
    ["Intel Core i9-9900X X-series", 165],
    ["Intel Core i9-9920X", 165],
    ["Intel Core i9-9920X X-series", 165],
    ["Intel Core i9-9940X", 165],
    ["Intel Core i9-9940X X-series", 165],
    ["Intel Core i9-9960X", 165],
    ["Intel Core i9-9960X X-series", 165],
    ["Intel Core i9-9980HK", 45],
    ["Intel Core i9-9980XE", 165],
    ["Intel Core i9-9980XE Extreme Edition", 165],
    ["Intel Core i9-9990XE", 255],
    ["Intel Core m3-6Y30", 4],
    ["Intel Core m3-7Y30", 4],
    ["Intel Core m3-7Y32", 4],
    ["Intel Core m3-8100Y", 5],
    ["Intel Core m3-8114Y", 28],
    ["Intel Core m5-6Y54", 4],
    ["Intel Core m5-6Y57", 4],
    ["Intel Core m7-6Y75", 4],
    ["Intel Core i7-2720QM", 45],
    ["Intel Core i7-2760QM", 45],
    ["Intel EP80579 Integrated", 20],
    ["Intel EP80579 Integrated, 1066 MHz", 18],
    ["Intel EP80579 Integrated, 1200 MHz", 19],
    ["Intel EP80579 Integrated, 600 MHz", 11],
    ["Intel IOC340 I/O Controller", 11],
    ["Intel IOP341 I/O", 11],
    ["Intel IOP342 I/O", 11],
    ["Intel IOP348 I/O", 12],
    ["Intel Itanium 9015", 104],
    ["Intel Itanium 9110N", 75],
    ["Intel Itanium 9120N", 104],
    ["Intel Itanium 9130M", 104],
    ["Intel Itanium 9140M", 104],
    ["Intel Itanium 9140N", 104],
    ["Intel Itanium 9150M", 104],
    ["Intel Itanium 9150N", 104],
    ["Intel Itanium 9152M", 104],
    ["Intel Itanium 9310", 130],
    ["Intel Itanium 9320", 155],
    ["Intel Itanium 9330", 155],
    ["Intel Itanium 9340", 185],
    ["Intel Itanium 9350", 185],
    ["Intel Itanium 9520", 130],
    ["Intel Itanium 9540", 170],
    ["Intel Itanium 9550", 170],
    ["Intel Itanium 9560", 170],
    ["Intel Itanium 9720", 130],
    ["Intel Itanium 9740", 170],
    ["Intel Itanium 9750", 170],
    ["Intel Itanium 9760", 170],
    ["Intel Mobile Celeron 266", 9.8],
    ["Intel Mobile Celeron 300", 11.1],
    ["Intel Mobile Celeron 333", 11.8],
    ["Intel Mobile Celeron 366", 13.1],
    ["Intel Mobile Celeron 400", 13.8],
    ["Intel Mobile Celeron 433", 19.4],
    ["Intel Mobile Celeron 466", 20.7],
    ["Intel Mobile Celeron LV 266", 7.9],
    ["Intel Mobile Pentium 4 2.40", 60],
    ["Intel Mobile Pentium 4 2.66", 66],
    ["Intel Mobile Pentium 4 2.80", 68],
    ["Intel Mobile Pentium 4 3.06", 70],
    ["Intel Mobile Pentium 4 HT 2.66", 66],
    ["Intel Mobile Pentium 4 HT 2.80", 68],
    ["Intel Mobile Pentium 4 HT 3.06", 70],
    ["Intel Mobile Pentium 4 HT 3.20", 76],
    ["Intel Mobile Pentium 4 HT 518", 88],
    ["Intel Mobile Pentium 4 HT 532", 88],
    ["Intel Mobile Pentium 4 HT 538", 88],
    ["Intel Mobile Pentium 4 HT 548", 88],
    ["Intel Mobile Pentium 4 HT 552", 88],
    ["Intel N100", 6],
    ["Intel N200", 6],
    ["Intel N50", 6],
    ["Intel N97", 12],
    ["Intel Pentium 100", 10.1],
    ["Intel Pentium 120", 12.81],
    ["Intel Pentium 133", 11.2],
    ["Intel Pentium 1403", 80],
    ["Intel Pentium 1403 v2", 80],
    ["Intel Pentium 1405", 40],
    ["Intel Pentium 1405 v2", 40],
    ["Intel Pentium 1407", 80],
    ["Intel Pentium 150", 11.6],
    ["Intel Pentium 166", 14.5],
    ["Intel Pentium 200", 15.5],
    ["Intel Pentium 2020M", 35],
    ["Intel Pentium 2030M", 35],
    ["Intel Pentium 2117U", 17],
    ["Intel Pentium 2127U", 17],
    ["Intel Pentium 2129Y", 10],
    ["Intel Pentium 350", 15],
    ["Intel Pentium 3550M", 37],
    ["Intel Pentium 3556U", 15],
    ["Intel Pentium 3558U", 15],
    ["Intel Pentium 3560M", 37],
    ["Intel Pentium 3560Y", 11],
    ["Intel Pentium 3561Y", 11],
    ["Intel Pentium 3805U", 15],
    ["Intel Pentium 3825U", 15],
    ["Intel Pentium 4 1.3", 52],
    ["Intel Pentium 4 1.4", 55],
    ["Intel Pentium 4 1.5", 58],
    ["Intel Pentium 4 1.6", 61],
    ["Intel Pentium 4 1.7", 64],
    ["Intel Pentium 4 1.80", 67],
    ["Intel Pentium 4 1.8A", 67],
    ["Intel Pentium 4 1.9", 69],
    ["Intel Pentium 4 2.0", 92],
    ["Intel Pentium 4 2.2", 92],
    ["Intel Pentium 4 2.26", 110],
    ["Intel Pentium 4 2.4", 110],
    ["Intel Pentium 4 2.40", 110],
    ["Intel Pentium 4 2.53", 110],
    ["Intel Pentium 4 2.60", 92],
    ["Intel Pentium 4 2.66", 110],
    ["Intel Pentium 4 2.80", 110],
    ["Intel Pentium 4 505", 84],
    ["Intel Pentium 4 505J", 84],
    ["Intel Pentium 4 506", 84],
    ["Intel Pentium 4 511", 84],
    ["Intel Pentium 4 519", 84],
    ["Intel Pentium 4 519K", 84],
    ["Intel Pentium 4 HT 2.40", 66],
    ["Intel Pentium 4 HT 2.60", 69],
    ["Intel Pentium 4 HT 2.80", 70],
    ["Intel Pentium 4 HT 2.8E", 115],
    ["Intel Pentium 4 HT 3.00", 82],
    ["Intel Pentium 4 HT 3.06", 110],
    ["Intel Pentium 4 HT 3.0E", 115],
    ["Intel Pentium 4 HT 3.20", 82],
    ["Intel Pentium 4 HT 3.2E", 115],
    ["Intel Pentium 4 HT 3.40", 89],
    ["Intel Pentium 4 HT 3.4E", 115],
    ["Intel Pentium 4 HT 3.6E", 115],
    ["Intel Pentium 4 HT 515", 84],
    ["Intel Pentium 4 HT 516", 84],
    ["Intel Pentium 4 HT 517", 84],
    ["Intel Pentium 4 HT 520", 84],
    ["Intel Pentium 4 HT 521", 84],
    ["Intel Pentium 4 HT 524", 84],
    ["Intel Pentium 4 HT 530", 84],
    ["Intel Pentium 4 HT 531", 84],
    ["Intel Pentium 4 HT 540", 84],
    ["Intel Pentium 4 HT 541", 84],
    ["Intel Pentium 4 HT 550", 115],
    ["Intel Pentium 4 HT 551", 115],
    ["Intel Pentium 4 HT 560", 115],
    ["Intel Pentium 4 HT 561", 115],
    ["Intel Pentium 4 HT 570", 115],
    ["Intel Pentium 4 HT 571", 115],
    ["Intel Pentium 4 HT 620", 84],
    ["Intel Pentium 4 HT 630", 84],
    ["Intel Pentium 4 HT 631", 86],
    ["Intel Pentium 4 HT 640", 84],
    ["Intel Pentium 4 HT 641", 86],
    ["Intel Pentium 4 HT 650", 84],
    ["Intel Pentium 4 HT 651", 86],
    ["Intel Pentium 4 HT 660", 84],
    ["Intel Pentium 4 HT 661", 86],
    ["Intel Pentium 4 HT 662", 84],
    ["Intel Pentium 4 HT 670", 84],
    ["Intel Pentium 4 HT 672", 84],
    ["Intel Pentium 4 HT EE 3.20", 110],
    ["Intel Pentium 4 HT EE 3.40", 110],
    ["Intel Pentium 4 HT EE 3.46", 110],
    ["Intel Pentium 4 HT EE 3.73", 115],
    ["Intel Pentium 4-M 1.40", 21],
    ["Intel Pentium 4-M 1.50", 26],
    ["Intel Pentium 4-M 1.60", 30],
    ["Intel Pentium 4-M 1.70", 30],
    ["Intel Pentium 4-M 1.80", 30],
    ["Intel Pentium 4-M 1.90", 32],
    ["Intel Pentium 4-M 2.00", 32],
    ["Intel Pentium 4-M 2.20", 35],
    ["Intel Pentium 4-M 2.40", 35],
    ["Intel Pentium 4-M 2.50", 35],
    ["Intel Pentium 4-M 2.60", 35],
    ["Intel Pentium 4405U", 15],
    ["Intel Pentium 4405Y", 6],
    ["Intel Pentium 60", 14.6],
    ["Intel Pentium 66", 16],
    ["Intel Pentium 6805", 15],
    ["Intel Pentium 75", 8],
    ["Intel Pentium 90", 9],
    ["Intel Pentium 957", 17],
    ["Intel Pentium 967", 17],
    ["Intel Pentium 977", 17],
    ["Intel Pentium 987", 17],
    ["Intel Pentium 997", 17],
    ["Intel Pentium A1018", 35],
    ["Intel Pentium A1020", 10],
    ["Intel Pentium B915C", 15],
    ["Intel Pentium B925C", 15],
    ["Intel Pentium B940", 35],
    ["Intel Pentium B950", 35],
    ["Intel Pentium B960", 35],
    ["Intel Pentium B970", 35],
    ["Intel Pentium B980", 35],
    ["Intel Pentium D 820", 130],
    ["Intel Pentium D 830", 130],
    ["Intel Pentium D 840", 130],
    ["Intel Pentium D 840 EE", 130],
    ["Intel Pentium D 915", 95],
    ["Intel Pentium D 920", 130],
    ["Intel Pentium D 925", 95],
    ["Intel Pentium D 930", 130],
    ["Intel Pentium D 935", 95],
    ["Intel Pentium D 940", 130],
    ["Intel Pentium D 945", 95],
    ["Intel Pentium D 950", 130],
    ["Intel Pentium D 955 EE", 130],
    ["Intel Pentium D 960", 130],
    ["Intel Pentium D 965 EE", 130],
    ["Intel Pentium D1507", 20],
    ["Intel Pentium D1508", 25],
    ["Intel Pentium D1509", 19],
    ["Intel Pentium D1517", 25],
    ["Intel Pentium D1519", 25],
    ["Intel Pentium Dual-Core E2140", 65],
    ["Intel Pentium Dual-Core E2160", 65],
    ["Intel Pentium Dual-Core E2180", 65],
    ["Intel Pentium Dual-Core E2200", 65],
    ["Intel Pentium Dual-Core E2210", 65],
    ["Intel Pentium Dual-Core E2220", 65],
    ["Intel Pentium Dual-Core E5200", 65],
    ["Intel Pentium Dual-Core E5300", 65],
    ["Intel Pentium Dual-Core T2060", 31],
    ["Intel Pentium Dual-Core T2080", 31],
    ["Intel Pentium Dual-Core T2130", 31],
    ["Intel Pentium Dual-Core T2310", 35],
    ["Intel Pentium Dual-Core T2330", 35],
    ["Intel Pentium Dual-Core T2350", 31],
    ["Intel Pentium Dual-Core T2370", 35],
    ["Intel Pentium Dual-Core T2390", 35],
    ["Intel Pentium Dual-Core T2410", 35],
    ["Intel Pentium Dual-Core T3200", 35],
    ["Intel Pentium Dual-Core T3400", 35],
    ["Intel Pentium Dual-Core T4200", 35],
    ["Intel Pentium Dual-Core T4300", 35],
    ["Intel Pentium Dual-Core T4400", 35],
    ["Intel Pentium Dual-Core T4500", 35],
    ["Intel Pentium E5200", 65],
    ["Intel Pentium E5300", 65],
    ["Intel Pentium E5400", 65],
    ["Intel Pentium E5500", 65],
    ["Intel Pentium E5700", 65],
    ["Intel Pentium E5800", 65],
    ["Intel Pentium E6300", 65],
    ["Intel Pentium E6500", 65],
    ["Intel Pentium E6500K", 65],
    ["Intel Pentium E6600", 65],
    ["Intel Pentium E6700", 65],
    ["Intel Pentium E6800", 65],
    ["Intel Pentium G2010", 55],
    ["Intel Pentium G2020", 55],
    ["Intel Pentium G2020T", 35],
    ["Intel Pentium G2030", 55],
    ["Intel Pentium G2030T", 35],
    ["Intel Pentium G2100T", 35],
    ["Intel Pentium G2120", 55],
    ["Intel Pentium G2120T", 35],
    ["Intel Pentium G2130", 55],
    ["Intel Pentium G2140", 55],
    ["Intel Pentium G3220", 53],
    ["Intel Pentium G3220T", 35],
    ["Intel Pentium G3240", 53],
    ["Intel Pentium G3240T", 35],
    ["Intel Pentium G3250", 53],
    ["Intel Pentium G3250T", 35],
    ["Intel Pentium G3258", 53],
    ["Intel Pentium G3260", 53],
    ["Intel Pentium G3260T", 35],
    ["Intel Pentium G3320TE", 35],
    ["Intel Pentium G3420", 53],
    ["Intel Pentium G3420T", 35],
    ["Intel Pentium G3430", 53],
    ["Intel Pentium G3440", 53],
    ["Intel Pentium G3440T", 35],
    ["Intel Pentium G3450", 53],
    ["Intel Pentium G3450T", 35],
    ["Intel Pentium G3460", 53],
    ["Intel Pentium G3460T", 35],
    ["Intel Pentium G3470", 53],
    ["Intel Pentium G4400", 54],
    ["Intel Pentium G4400T", 35],
    ["Intel Pentium G4400TE", 35],
    ["Intel Pentium G4500", 51],
    ["Intel Pentium G4500T", 35],
    ["Intel Pentium G4520", 51],
    ["Intel Pentium G4560", 54],
    ["Intel Pentium G4560T", 35],
    ["Intel Pentium G4600", 51],
    ["Intel Pentium G4600T", 35],
    ["Intel Pentium G4620", 51],
    ["Intel Pentium G620", 65],
    ["Intel Pentium G620T", 35],
    ["Intel Pentium G622", 65],
    ["Intel Pentium G630", 65],
    ["Intel Pentium G630T", 35],
    ["Intel Pentium G632", 65],
    ["Intel Pentium G640", 65],
    ["Intel Pentium G640T", 35],
    ["Intel Pentium G645", 65],
    ["Intel Pentium G645T", 35],
    ["Intel Pentium G6950", 73],
    ["Intel Pentium G6951", 73],
    ["Intel Pentium G6960", 73],
    ["Intel Pentium G840", 65],
    ["Intel Pentium G850", 65],
    ["Intel Pentium G860", 65],
    ["Intel Pentium G860T", 35],
    ["Intel Pentium G870", 65],
    ["Intel Pentium Gold 4410Y", 6],
    ["Intel Pentium Gold 4415U", 15],
    ["Intel Pentium Gold 4415Y", 6],
    ["Intel Pentium Gold 4417U", 15],
    ["Intel Pentium Gold 4425Y", 6],
    ["Intel Pentium Gold 5405U", 15],
    ["Intel Pentium Gold 6405U", 15],
    ["Intel Pentium Gold 6500Y", 5],
    ["Intel Pentium Gold 7505", 15],
    ["Intel Pentium Gold G5400", 58],
    ["Intel Pentium Gold G5400T", 35],
    ["Intel Pentium Gold G5420", 54],
    ["Intel Pentium Gold G5420T", 35],
    ["Intel Pentium Gold G5500", 54],
    ["Intel Pentium Gold G5500T", 35],
    ["Intel Pentium Gold G5600", 54],
    ["Intel Pentium Gold G5600E", 35],
    ["Intel Pentium Gold G5600T", 35],
    ["Intel Pentium Gold G5620", 54],
    ["Intel Pentium Gold G6400", 58],
    ["Intel Pentium Gold G6400E", 58],
    ["Intel Pentium Gold G6400T", 35],
    ["Intel Pentium Gold G6400TE", 35],
    ["Intel Pentium Gold G6405", 58],
    ["Intel Pentium Gold G6405T", 35],
    ["Intel Pentium Gold G6500", 58],
    ["Intel Pentium Gold G6500T", 35],
    ["Intel Pentium Gold G6505", 58],
    ["Intel Pentium Gold G6505T", 35],
    ["Intel Pentium Gold G6600", 58],
    ["Intel Pentium Gold G6605", 58],
    ["Intel Pentium II Xeon 400", 38.1],
    ["Intel Pentium II Xeon 450", 46.7],
    ["Intel Pentium III 1000", 29],
    ["Intel Pentium III 1000S", 30],
    ["Intel Pentium III 1133", 29],
    ["Intel Pentium III 1133S", 29],
    ["Intel Pentium III 1200", 30],
    ["Intel Pentium III 1266S", 30],
    ["Intel Pentium III 1333", 30],
    ["Intel Pentium III 1400", 31],
    ["Intel Pentium III 1400S", 32],
    ["Intel Pentium III 800", 38],
    ["Intel Pentium III 866", 38],
    ["Intel Pentium III 933", 27],
    ["Intel Pentium III Xeon 1.00", 30.8],
    ["Intel Pentium III Xeon 500", 36.2],
    ["Intel Pentium III Xeon 550", 34],
    ["Intel Pentium III Xeon 600", 19.2],
    ["Intel Pentium III Xeon 667", 21.3],
    ["Intel Pentium III Xeon 700", 29.6],
    ["Intel Pentium III Xeon 733", 23.3],
    ["Intel Pentium III Xeon 800", 25.4],
    ["Intel Pentium III Xeon 866", 29.6],
    ["Intel Pentium III Xeon 900", 39.3],
    ["Intel Pentium III Xeon 933", 29.6],
    ["Intel Pentium J2850", 10],
    ["Intel Pentium J2900", 10],
    ["Intel Pentium J3710", 6],
    ["Intel Pentium J4205", 10],
    ["Intel Pentium J6426", 10],
    ["Intel Pentium M 1.30", 24],
    ["Intel Pentium M 1.40", 24],
    ["Intel Pentium M 1.50", 24],
    ["Intel Pentium M 1.60", 24],
    ["Intel Pentium M 1.70", 24],
    ["Intel Pentium M 715", 21],
    ["Intel Pentium M 725", 21],
    ["Intel Pentium M 730", 27],
    ["Intel Pentium M 735", 21],
    ["Intel Pentium M 740", 27],
    ["Intel Pentium M 745", 21],
    ["Intel Pentium M 750", 27],
    ["Intel Pentium M 755", 21],
    ["Intel Pentium M 760", 27],
    ["Intel Pentium M 765", 21],
    ["Intel Pentium M 770", 27],
    ["Intel Pentium M 780", 27],
    ["Intel Pentium MMX 166", 13.1],
    ["Intel Pentium MMX 200", 15.7],
    ["Intel Pentium MMX 233", 17],
    ["Intel Pentium N3510", 7],
    ["Intel Pentium N3520", 7],
    ["Intel Pentium N3530", 7],
    ["Intel Pentium N3540", 7],
    ["Intel Pentium N3700", 6],
    ["Intel Pentium N3710", 6],
    ["Intel Pentium N4200", 6],
    ["Intel Pentium N4200E", 6],
    ["Intel Pentium N6415", 6],
    ["Intel Pentium P6000", 35],
    ["Intel Pentium P6100", 35],
    ["Intel Pentium P6200", 35],
    ["Intel Pentium P6300", 35],
    ["Intel Pentium SU2700", 10],
    ["Intel Pentium SU4100", 10],
    ["Intel Pentium Silver J5005", 10],
    ["Intel Pentium Silver J5040", 10],
    ["Intel Pentium Silver N5000", 6],
    ["Intel Pentium Silver N5030", 6],
    ["Intel Pentium Silver N6000", 6],
    ["Intel Pentium Silver N6005", 10],
    ["Intel Pentium T4200", 35],
    ["Intel Pentium T4300", 35],
    ["Intel Pentium T4400", 35],
    ["Intel Pentium T4500", 35],
    ["Intel Pentium U5400", 18],
    ["Intel Pentium U5600", 18],
    ["Intel Quark Microcontroller D1000", 0],
    ["Intel Quark SoC X1000", 2],
    ["Intel Quark SoC X1001", 2],
    ["Intel Quark SoC X1010", 2],
    ["Intel Quark SoC X1011", 2],
    ["Intel Quark SoC X1020", 2],
    ["Intel Quark SoC X1020D", 2],
    ["Intel Quark SoC X1021", 2],
    ["Intel Quark SoC X1021D", 2],
    ["Intel Xeon 1.4", 56],
    ["Intel Xeon 1.5", 59.2],
    ["Intel Xeon 1.7", 65.8],
    ["Intel Xeon 1.8", 55],
    ["Intel Xeon 2.0", 89],
    ["Intel Xeon 2.0A", 58],
    ["Intel Xeon 2.0B", 58],
    ["Intel Xeon 2.2", 61],
    ["Intel Xeon 2.4", 89],
    ["Intel Xeon 2.4B", 77],
    ["Intel Xeon 2.6", 60],
    ["Intel Xeon 2.66", 89],
    ["Intel Xeon 2.8", 89],
    ["Intel Xeon 2.8B", 77],
    ["Intel Xeon 2.8D", 103],
    ["Intel Xeon 2.8E", 110],
    ["Intel Xeon 3.0", 135],
    ["Intel Xeon 3.06", 89],
    ["Intel Xeon 3.0D", 103],
    ["Intel Xeon 3.0E", 110],
    ["Intel Xeon 3.2", 135],
    ["Intel Xeon 3.20", 97],
    ["Intel Xeon 3.2E", 110],
    ["Intel Xeon 3.4", 135],
    ["Intel Xeon 3.4E", 110],
    ["Intel Xeon 3.6", 135],
    ["Intel Xeon 3.6E", 110],
    ["Intel Xeon 3.8", 110],
    ["Intel Xeon 3.8E", 110],
    ["Intel Xeon 3040", 65],
    ["Intel Xeon 3050", 65],
    ["Intel Xeon 3060", 65],
    ["Intel Xeon 3065", 65],
    ["Intel Xeon 3070", 65],
    ["Intel Xeon 3075", 65],
    ["Intel Xeon 3085", 65],
    ["Intel Xeon 5020", 95],
    ["Intel Xeon 5030", 95],
    ["Intel Xeon 5040", 95],
    ["Intel Xeon 5050", 95],
    ["Intel Xeon 5060", 130],
    ["Intel Xeon 5063", 95],
    ["Intel Xeon 5070", 130],
    ["Intel Xeon 5080", 130],
    ["Intel Xeon 5110", 65],
    ["Intel Xeon 5120", 65],
    ["Intel Xeon 5130", 65],
    ["Intel Xeon 5140", 65],
    ["Intel Xeon 5148", 40],
    ["Intel Xeon 5150", 65],
    ["Intel Xeon 5160", 80],
    ["Intel Xeon 5320", 185],
    ["Intel Xeon 6315P", 55],
    ["Intel Xeon 6325P", 55],
    ["Intel Xeon 6333P", 65],
    ["Intel Xeon 6337P", 80],
    ["Intel Xeon 6349P", 95],
    ["Intel Xeon 6353P", 65],
    ["Intel Xeon 6357P", 80],
    ["Intel Xeon 6369P", 95],
    ["Intel Xeon 6503P-B", 110],
    ["Intel Xeon 6505P", 150],
    ["Intel Xeon 6507P", 150],
    ["Intel Xeon 6511P", 150],
    ["Intel Xeon 6513P-B", 130],
    ["Intel Xeon 6515P", 150],
    ["Intel Xeon 6516P-B", 145],
    ["Intel Xeon 6517P", 190],
    ["Intel Xeon 6520P", 210],
    ["Intel Xeon 6521P", 225],
    ["Intel Xeon 6523P-B", 175],
    ["Intel Xeon 6527P", 255],
    ["Intel Xeon 6530P", 225],
    ["Intel Xeon 6533P-B", 205],
    ["Intel Xeon 6543P-B", 160],
    ["Intel Xeon 6546P-B", 195],
    ["Intel Xeon 6553P-B", 235],
    ["Intel Xeon 6556P-B", 215],
    ["Intel Xeon 6563P-B", 235],
    ["Intel Xeon 6706P-B", 235],
    ["Intel Xeon 6710E", 205],
    ["Intel Xeon 6714P", 165],
    ["Intel Xeon 6716P-B", 235],
    ["Intel Xeon 6724P", 210],
    ["Intel Xeon 6726P-B", 235],
    ["Intel Xeon 6728P", 210],
    ["Intel Xeon 6730P", 250],
    ["Intel Xeon 6731E", 250],
    ["Intel Xeon 6731P", 245],
    ["Intel Xeon 6732P", 350],
    ["Intel Xeon 6736P", 205],
    ["Intel Xeon 6737P", 270],
    ["Intel Xeon 6738P", 270],
    ["Intel Xeon 6740E", 250],
    ["Intel Xeon 6740P", 270],
    ["Intel Xeon 6741P", 300],
    ["Intel Xeon 6745P", 300],
    ["Intel Xeon 6746E", 250],
    ["Intel Xeon 6747P", 330],
    ["Intel Xeon 6748P", 300],
    ["Intel Xeon 6756E", 225],
    ["Intel Xeon 6760P", 330],
    ["Intel Xeon 6761P", 350],
    ["Intel Xeon 6766E", 250],
    ["Intel Xeon 6767P", 350],
    ["Intel Xeon 6768P", 330],
    ["Intel Xeon 6774P", 350],
    ["Intel Xeon 6776P", 350],
    ["Intel Xeon 6780E", 330],
    ["Intel Xeon 6781P", 350],
    ["Intel Xeon 6787P", 350],
    ["Intel Xeon 6788P", 350],
    ["Intel Xeon 6944P", 350],
    ["Intel Xeon 6952P", 400],
    ["Intel Xeon 6960P", 500],
    ["Intel Xeon 6972P", 500],
    ["Intel Xeon 6979P", 500],
    ["Intel Xeon 6980P", 500],
    ["Intel Xeon 7020", 165],
    ["Intel Xeon 7030", 165],
    ["Intel Xeon 7040", 165],
    ["Intel Xeon 7041", 165],
    ["Intel Xeon 7110M", 95],
    ["Intel Xeon 7110N", 95],
    ["Intel Xeon 7120M", 95],
    ["Intel Xeon 7120N", 95],
    ["Intel Xeon 7130M", 150],
    ["Intel Xeon 7130N", 150],
    ["Intel Xeon 7140M", 150],
    ["Intel Xeon 7140N", 150],
    ["Intel Xeon 7150N", 150],
    ["Intel Xeon AWS-1100 v4", 145],
    ["Intel Xeon Bronze 3104", 85],
    ["Intel Xeon Bronze 3106", 85],
    ["Intel Xeon Bronze 3204", 85],
    ["Intel Xeon Bronze 3206R", 85],
    ["Intel Xeon Bronze 3408U", 125],
    ["Intel Xeon Bronze 3508U", 125],
    ["Intel Xeon CPU Max 9460", 350],
    ["Intel Xeon CPU Max 9462", 350],
    ["Intel Xeon CPU Max 9468", 350],
    ["Intel Xeon CPU Max 9470", 350],
    ["Intel Xeon CPU Max 9480", 350],
    ["Intel Xeon D-1513N", 35],
    ["Intel Xeon D-1518", 35],
    ["Intel Xeon D-1520", 45],
    ["Intel Xeon D-1521", 45],
    ["Intel Xeon D-1523N", 45],
    ["Intel Xeon D-1524N", 45],
    ["Intel Xeon D-1527", 35],
    ["Intel Xeon D-1528", 35],
    ["Intel Xeon D-1529", 20],
    ["Intel Xeon D-1531", 45],
    ["Intel Xeon D-1533N", 45],
    ["Intel Xeon D-1537", 35],
    ["Intel Xeon D-1539", 35],
    ["Intel Xeon D-1540", 45],
    ["Intel Xeon D-1541", 45],
    ["Intel Xeon D-1543N", 45],
    ["Intel Xeon D-1548", 45],
    ["Intel Xeon D-1553N", 65],
    ["Intel Xeon D-1557", 45],
    ["Intel Xeon D-1559", 45],
    ["Intel Xeon D-1567", 65],
    ["Intel Xeon D-1571", 45],
    ["Intel Xeon D-1577", 45],
    ["Intel Xeon D-1581", 65],
    ["Intel Xeon D-1587", 65],
    ["Intel Xeon D-1602", 27],
    ["Intel Xeon D-1622", 40],
    ["Intel Xeon D-1623N", 35],
    ["Intel Xeon D-1627", 45],
    ["Intel Xeon D-1633N", 45],
    ["Intel Xeon D-1637", 55],
    ["Intel Xeon D-1649N", 45],
    ["Intel Xeon D-1653N", 65],
    ["Intel Xeon D-1702", 25],
    ["Intel Xeon D-1712TR", 40],
    ["Intel Xeon D-1713NT", 45],
    ["Intel Xeon D-1713NTE", 45],
    ["Intel Xeon D-1714", 38],
    ["Intel Xeon D-1715TER", 50],
    ["Intel Xeon D-1718T", 46],
    ["Intel Xeon D-1722NE", 36],
    ["Intel Xeon D-1726", 70],
    ["Intel Xeon D-1731NTE", 45],
    ["Intel Xeon D-1732TE", 52],
    ["Intel Xeon D-1733NT", 53],
    ["Intel Xeon D-1734NT", 50],
    ["Intel Xeon D-1735TR", 59],
    ["Intel Xeon D-1736", 55],
    ["Intel Xeon D-1736NT", 67],
    ["Intel Xeon D-1739", 83],
    ["Intel Xeon D-1746TER", 67],
    ["Intel Xeon D-1747NTE", 80],
    ["Intel Xeon D-1748TE", 65],
    ["Intel Xeon D-1749NT", 90],
    ["Intel Xeon D-1813NT", 42],
    ["Intel Xeon D-1823NT", 55],
    ["Intel Xeon D-1834", 42],
    ["Intel Xeon D-1844NT", 55],
    ["Intel Xeon D-1846", 55],
    ["Intel Xeon D-1848TER", 57],
    ["Intel Xeon D-2123IT", 60],
    ["Intel Xeon D-2141I", 65],
    ["Intel Xeon D-2142IT", 65],
    ["Intel Xeon D-2143IT", 65],
    ["Intel Xeon D-2145NT", 65],
    ["Intel Xeon D-2146NT", 80],
    ["Intel Xeon D-2161I", 90],
    ["Intel Xeon D-2163IT", 75],
    ["Intel Xeon D-2166NT", 85],
    ["Intel Xeon D-2173IT", 70],
    ["Intel Xeon D-2177NT", 105],
    ["Intel Xeon D-2183IT", 100],
    ["Intel Xeon D-2187NT", 110],
    ["Intel Xeon D-2191", 86],
    ["Intel Xeon D-2712T", 65],
    ["Intel Xeon D-2733NT", 80],
    ["Intel Xeon D-2738", 88],
    ["Intel Xeon D-2739NT", 97],
    ["Intel Xeon D-2745NX", 96],
    ["Intel Xeon D-2752NTE", 84],
    ["Intel Xeon D-2752TER", 77],
    ["Intel Xeon D-2753NT", 87],
    ["Intel Xeon D-2757NX", 107],
    ["Intel Xeon D-2766NT", 97],
    ["Intel Xeon D-2775TE", 100],
    ["Intel Xeon D-2776NT", 117],
    ["Intel Xeon D-2777NX", 116],
    ["Intel Xeon D-2779", 126],
    ["Intel Xeon D-2786NTE", 118],
    ["Intel Xeon D-2795NT", 110],
    ["Intel Xeon D-2796NT", 120],
    ["Intel Xeon D-2796TE", 118],
    ["Intel Xeon D-2798NT", 125],
    ["Intel Xeon D-2798NX", 126],
    ["Intel Xeon D-2799", 129],
    ["Intel Xeon D-2832NT", 70],
    ["Intel Xeon D-2843NT", 80],
    ["Intel Xeon D-2876NT", 100],
    ["Intel Xeon D-2896NT", 117],
    ["Intel Xeon D-2896TER", 110],
    ["Intel Xeon D-2899NT", 135],
    ["Intel Xeon E-2104G", 65],
    ["Intel Xeon E-2124", 71],
    ["Intel Xeon E-2124G", 71],
    ["Intel Xeon E-2126G", 80],
    ["Intel Xeon E-2134", 71],
    ["Intel Xeon E-2136", 80],
    ["Intel Xeon E-2144G", 71],
    ["Intel Xeon E-2146G", 80],
    ["Intel Xeon E-2174G", 71],
    ["Intel Xeon E-2176G", 80],
    ["Intel Xeon E-2176M", 45],
    ["Intel Xeon E-2186G", 95],
    ["Intel Xeon E-2186M", 45],
    ["Intel Xeon E-2224", 71],
    ["Intel Xeon E-2224G", 71],
    ["Intel Xeon E-2226G", 80],
    ["Intel Xeon E-2226GE", 80],
    ["Intel Xeon E-2234", 71],
    ["Intel Xeon E-2236", 80],
    ["Intel Xeon E-2244G", 71],
    ["Intel Xeon E-2246G", 80],
    ["Intel Xeon E-2254ME", 45],
    ["Intel Xeon E-2254ML", 25],
    ["Intel Xeon E-2274G", 83],
    ["Intel Xeon E-2276G", 80],
    ["Intel Xeon E-2276M", 45],
    ["Intel Xeon E-2276ME", 45],
    ["Intel Xeon E-2276ML", 25],
    ["Intel Xeon E-2278G", 80],
    ["Intel Xeon E-2278GE", 80],
    ["Intel Xeon E-2278GEL", 35],
    ["Intel Xeon E-2286G", 95],
    ["Intel Xeon E-2286M", 45],
    ["Intel Xeon E-2288G", 95],
    ["Intel Xeon E-2314", 65],
    ["Intel Xeon E-2324G", 65],
    ["Intel Xeon E-2334", 65],
    ["Intel Xeon E-2336", 65],
    ["Intel Xeon E-2356G", 80],
    ["Intel Xeon E-2374G", 80],
    ["Intel Xeon E-2378", 65],
    ["Intel Xeon E-2378G", 80],
    ["Intel Xeon E-2386G", 95],
    ["Intel Xeon E-2388G", 95],
    ["Intel Xeon E-2414", 55],
    ["Intel Xeon E-2434", 55],
    ["Intel Xeon E-2436", 65],
    ["Intel Xeon E-2456", 80],
    ["Intel Xeon E-2468", 65],
    ["Intel Xeon E-2478", 80],
    ["Intel Xeon E-2486", 95],
    ["Intel Xeon E-2488", 95],
    ["Intel Xeon E3-1105C", 25],
    ["Intel Xeon E3-1105C v2", 25],
    ["Intel Xeon E3-1125C", 40],
    ["Intel Xeon E3-1125C v2", 40],
    ["Intel Xeon E3-1135C v2", 55],
    ["Intel Xeon E3-1205 v6", 65],
    ["Intel Xeon E3-1220", 80],
    ["Intel Xeon E3-1220 v2", 69],
    ["Intel Xeon E3-1220 v3", 80],
    ["Intel Xeon E3-1220 v5", 80],
    ["Intel Xeon E3-1220 v6", 72],
    ["Intel Xeon E3-1220L", 20],
    ["Intel Xeon E3-1220L v2", 17],
    ["Intel Xeon E3-1220L v3", 13],
    ["Intel Xeon E3-1225", 95],
    ["Intel Xeon E3-1225 v2", 77],
    ["Intel Xeon E3-1225 v3", 84],
    ["Intel Xeon E3-1225 v5", 80],
    ["Intel Xeon E3-1225 v6", 73],
    ["Intel Xeon E3-1226 v3", 84],
    ["Intel Xeon E3-1230", 80],
    ["Intel Xeon E3-1230 v2", 69],
    ["Intel Xeon E3-1230 v3", 80],
    ["Intel Xeon E3-1230 v5", 80],
    ["Intel Xeon E3-1230 v6", 72],
    ["Intel Xeon E3-1230L v3", 25],
    ["Intel Xeon E3-1231 v3", 80],
    ["Intel Xeon E3-1235", 95],
    ["Intel Xeon E3-1235L v5", 25],
    ["Intel Xeon E3-1240", 80],
    ["Intel Xeon E3-1240 v2", 69],
    ["Intel Xeon E3-1240 v3", 80],
    ["Intel Xeon E3-1240 v5", 80],
    ["Intel Xeon E3-1240 v6", 72],
    ["Intel Xeon E3-1240L v3", 25],
    ["Intel Xeon E3-1240L v5", 25],
    ["Intel Xeon E3-1241 v3", 80],
    ["Intel Xeon E3-1245", 95],
    ["Intel Xeon E3-1245 v2", 77],
    ["Intel Xeon E3-1245 v3", 84],
    ["Intel Xeon E3-1245 v5", 80],
    ["Intel Xeon E3-1245 v6", 73],
    ["Intel Xeon E3-1246 v3", 84],
    ["Intel Xeon E3-1258L v4", 47],
    ["Intel Xeon E3-1260L", 45],
    ["Intel Xeon E3-1260L v5", 45],
    ["Intel Xeon E3-1265L", 45],
    ["Intel Xeon E3-1265L v2", 45],
    ["Intel Xeon E3-1265L v3", 45],
    ["Intel Xeon E3-1265L v4", 35],
    ["Intel Xeon E3-1268L v3", 45],
    ["Intel Xeon E3-1268L v5", 35],
    ["Intel Xeon E3-1270", 80],
    ["Intel Xeon E3-1270 v2", 69],
    ["Intel Xeon E3-1270 v3", 80],
    ["Intel Xeon E3-1270 v5", 80],
    ["Intel Xeon E3-1270 v6", 72],
    ["Intel Xeon E3-1270L v4", 45],
    ["Intel Xeon E3-1271 v3", 80],
    ["Intel Xeon E3-1275", 95],
    ["Intel Xeon E3-1275 v2", 77],
    ["Intel Xeon E3-1275 v3", 84],
    ["Intel Xeon E3-1275 v5", 80],
    ["Intel Xeon E3-1275 v6", 73],
    ["Intel Xeon E3-1275L v3", 45],
    ["Intel Xeon E3-1276 v3", 84],
    ["Intel Xeon E3-1278L v4", 47],
    ["Intel Xeon E3-1280", 95],
    ["Intel Xeon E3-1280 v2", 69],
    ["Intel Xeon E3-1280 v3", 82],
    ["Intel Xeon E3-1280 v5", 80],
    ["Intel Xeon E3-1280 v6", 72],
    ["Intel Xeon E3-1281 v3", 82],
    ["Intel Xeon E3-1283L v4", 47],
    ["Intel Xeon E3-1284L v4", 47],
    ["Intel Xeon E3-1285 v2", 77],
    ["Intel Xeon E3-1285 v3", 84],
    ["Intel Xeon E3-1285 v4", 95],
    ["Intel Xeon E3-1285 v6", 79],
    ["Intel Xeon E3-1285L v2", 65],
    ["Intel Xeon E3-1285L v3", 65],
    ["Intel Xeon E3-1285L v4", 65],
    ["Intel Xeon E3-1286 v3", 84],
    ["Intel Xeon E3-1286L v3", 65],
    ["Intel Xeon E3-1290", 95],
    ["Intel Xeon E3-1290 v2", 87],
    ["Intel Xeon E3-1501L v6", 25],
    ["Intel Xeon E3-1501M v6", 45],
    ["Intel Xeon E3-1505L v5", 25],
    ["Intel Xeon E3-1505L v6", 25],
    ["Intel Xeon E3-1505M v5", 45],
    ["Intel Xeon E3-1505M v6", 45],
    ["Intel Xeon E3-1515M v5", 45],
    ["Intel Xeon E3-1535M v5", 45],
    ["Intel Xeon E3-1535M v6", 45],
    ["Intel Xeon E3-1545M v5", 45],
    ["Intel Xeon E3-1558L v5", 45],
    ["Intel Xeon E3-1565L v5", 35],
    ["Intel Xeon E3-1575M v5", 45],
    ["Intel Xeon E3-1578L v5", 45],
    ["Intel Xeon E3-1585 v5", 65],
    ["Intel Xeon E3-1585L v5", 45],
    ["Intel Xeon E3110", 65],
    ["Intel Xeon E3113", 65],
    ["Intel Xeon E3120", 65],
    ["Intel Xeon E5-1410", 80],
    ["Intel Xeon E5-1410 v2", 80],
    ["Intel Xeon E5-1428L", 60],
    ["Intel Xeon E5-1428L v2", 60],
    ["Intel Xeon E5-1428L v3", 65],
    ["Intel Xeon E5-1603", 130],
    ["Intel Xeon E5-1603 v3", 140],
    ["Intel Xeon E5-1603 v4", 140],
    ["Intel Xeon E5-1607", 130],
    ["Intel Xeon E5-1607 v2", 130],
    ["Intel Xeon E5-1607 v4", 140],
    ["Intel Xeon E5-1620", 130],
    ["Intel Xeon E5-1620 v2", 130],
    ["Intel Xeon E5-1620 v3", 140],
    ["Intel Xeon E5-1620 v4", 140],
    ["Intel Xeon E5-1630 v3", 140],
    ["Intel Xeon E5-1630 v4", 140],
    ["Intel Xeon E5-1650", 130],
    ["Intel Xeon E5-1650 v2", 130],
    ["Intel Xeon E5-1650 v3", 140],
    ["Intel Xeon E5-1650 v4", 140],
    ["Intel Xeon E5-1660", 130],
    ["Intel Xeon E5-1660 v2", 130],
    ["Intel Xeon E5-1660 v3", 140],
    ["Intel Xeon E5-1660 v4", 140],
    ["Intel Xeon E5-1680 v2", 130],
    ["Intel Xeon E5-1680 v3", 140],
    ["Intel Xeon E5-1680 v4", 140],
    ["Intel Xeon E5-2403", 80],
    ["Intel Xeon E5-2403 v2", 80],
    ["Intel Xeon E5-2407", 80],
    ["Intel Xeon E5-2407 v2", 80],
    ["Intel Xeon E5-2408L v3", 45],
    ["Intel Xeon E5-2418L", 50],
    ["Intel Xeon E5-2418L v2", 50],
    ["Intel Xeon E5-2418L v3", 50],
    ["Intel Xeon E5-2420", 95],
    ["Intel Xeon E5-2420 v2", 80],
    ["Intel Xeon E5-2428L", 60],
    ["Intel Xeon E5-2428L v2", 60],
    ["Intel Xeon E5-2428L v3", 55],
    ["Intel Xeon E5-2430", 95],
    ["Intel Xeon E5-2430 v2", 80],
    ["Intel Xeon E5-2430L", 60],
    ["Intel Xeon E5-2430L v2", 60],
    ["Intel Xeon E5-2438L v3", 70],
    ["Intel Xeon E5-2440", 95],
    ["Intel Xeon E5-2440 v2", 95],
    ["Intel Xeon E5-2448L", 70],
    ["Intel Xeon E5-2448L v2", 70],
    ["Intel Xeon E5-2449L", 50],
    ["Intel Xeon E5-2450", 95],
    ["Intel Xeon E5-2450 v2", 95],
    ["Intel Xeon E5-2450L", 70],
    ["Intel Xeon E5-2450L v2", 60],
    ["Intel Xeon E5-2470", 95],
    ["Intel Xeon E5-2470 v2", 95],
    ["Intel Xeon E5-2603", 80],
    ["Intel Xeon E5-2603 v2", 80],
    ["Intel Xeon E5-2603 v3", 85],
    ["Intel Xeon E5-2603 v4", 85],
    ["Intel Xeon E5-2608L v3", 52],
    ["Intel Xeon E5-2608L v4", 50],
    ["Intel Xeon E5-2609", 80],
    ["Intel Xeon E5-2609 v2", 80],
    ["Intel Xeon E5-2609 v3", 85],
    ["Intel Xeon E5-2609 v4", 85],
    ["Intel Xeon E5-2618L", 40],
    ["Intel Xeon E5-2618L v2", 50],
    ["Intel Xeon E5-2618L v3", 75],
    ["Intel Xeon E5-2618L v4", 75],
    ["Intel Xeon E5-2620", 95],
    ["Intel Xeon E5-2620 v2", 80],
    ["Intel Xeon E5-2620 v3", 85],
    ["Intel Xeon E5-2620 v4", 85],
    ["Intel Xeon E5-2623 v3", 105],
    ["Intel Xeon E5-2623 v4", 85],
    ["Intel Xeon E5-2628L", 60],
    ["Intel Xeon E5-2628L v2", 70],
    ["Intel Xeon E5-2628L v3", 75],
    ["Intel Xeon E5-2628L v4", 75],
    ["Intel Xeon E5-2630", 95],
    ["Intel Xeon E5-2630 v2", 80],
    ["Intel Xeon E5-2630 v3", 85],
    ["Intel Xeon E5-2630 v4", 85],
    ["Intel Xeon E5-2630L", 60],
    ["Intel Xeon E5-2630L v2", 60],
    ["Intel Xeon E5-2630L v3", 55],
    ["Intel Xeon E5-2630L v4", 55],
    ["Intel Xeon E5-2637", 80],
    ["Intel Xeon E5-2637 v2", 130],
    ["Intel Xeon E5-2637 v3", 135],
    ["Intel Xeon E5-2637 v4", 135],
    ["Intel Xeon E5-2640", 95],
    ["Intel Xeon E5-2640 v2", 95],
    ["Intel Xeon E5-2640 v3", 90],
    ["Intel Xeon E5-2640 v4", 90],
    ["Intel Xeon E5-2643", 130],
    ["Intel Xeon E5-2643 v2", 130],
    ["Intel Xeon E5-2643 v3", 135],
    ["Intel Xeon E5-2643 v4", 135],
    ["Intel Xeon E5-2648L", 70],
    ["Intel Xeon E5-2648L v2", 70],
    ["Intel Xeon E5-2648L v3", 75],
    ["Intel Xeon E5-2648L v4", 75],
    ["Intel Xeon E5-2650", 95],
    ["Intel Xeon E5-2650 v2", 95],
    ["Intel Xeon E5-2650 v3", 105],
    ["Intel Xeon E5-2650 v4", 105],
    ["Intel Xeon E5-2650L", 70],
    ["Intel Xeon E5-2650L v2", 70],
    ["Intel Xeon E5-2650L v3", 65],
    ["Intel Xeon E5-2650L v4", 65],
    ["Intel Xeon E5-2651 v2", 105],
    ["Intel Xeon E5-2658", 95],
    ["Intel Xeon E5-2658 v2", 95],
    ["Intel Xeon E5-2658 v3", 105],
    ["Intel Xeon E5-2658 v4", 105],
    ["Intel Xeon E5-2658A v3", 105],
    ["Intel Xeon E5-2660", 95],
    ["Intel Xeon E5-2660 v2", 95],
    ["Intel Xeon E5-2660 v3", 105],
    ["Intel Xeon E5-2660 v4", 105],
    ["Intel Xeon E5-2665", 115],
    ["Intel Xeon E5-2666 v4", 145],
    ["Intel Xeon E5-2667", 130],
    ["Intel Xeon E5-2667 v2", 130],
    ["Intel Xeon E5-2667 v3", 135],
    ["Intel Xeon E5-2667 v4", 135],
    ["Intel Xeon E5-2670", 115],
    ["Intel Xeon E5-2670 v2", 115],
    ["Intel Xeon E5-2670 v3", 120],
    ["Intel Xeon E5-2673 v2", 110],
    ["Intel Xeon E5-2673 v3", 110],
    ["Intel Xeon E5-2673 v4", 135],
    ["Intel Xeon E5-2676 v4", 145],
    ["Intel Xeon E5-2679 v4", 200],
    ["Intel Xeon E5-2680", 130],
    ["Intel Xeon E5-2680 v2", 115],
    ["Intel Xeon E5-2680 v3", 120],
    ["Intel Xeon E5-2680 v4", 120],
    ["Intel Xeon E5-2682 v4", 120],
    ["Intel Xeon E5-2683 v3", 120],
    ["Intel Xeon E5-2683 v4", 120],
    ["Intel Xeon E5-2686 v4", 145],
    ["Intel Xeon E5-2687W", 150],
    ["Intel Xeon E5-2687W v2", 150],
    ["Intel Xeon E5-2687W v3", 160],
    ["Intel Xeon E5-2687W v4", 160],
    ["Intel Xeon E5-2689", 115],
    ["Intel Xeon E5-2689 v4", 165],
    ["Intel Xeon E5-2689A v4", 145],
    ["Intel Xeon E5-2690", 135],
    ["Intel Xeon E5-2690 v2", 130],
    ["Intel Xeon E5-2690 v3", 135],
    ["Intel Xeon E5-2690 v4", 135],
    ["Intel Xeon E5-2692 v2", 100],
    ["Intel Xeon E5-2695 v2", 115],
    ["Intel Xeon E5-2695 v3", 120],
    ["Intel Xeon E5-2695 v4", 120],
    ["Intel Xeon E5-2696 v2", 120],
    ["Intel Xeon E5-2696 v4", 150],
    ["Intel Xeon E5-2697 v2", 130],
    ["Intel Xeon E5-2697 v3", 145],
    ["Intel Xeon E5-2697 v4", 145],
    ["Intel Xeon E5-2697A v4", 145],
    ["Intel Xeon E5-2698 v3", 135],
    ["Intel Xeon E5-2698 v4", 135],
    ["Intel Xeon E5-2699 v3", 145],
    ["Intel Xeon E5-2699 v4", 145],
    ["Intel Xeon E5-2699A v4", 145],
    ["Intel Xeon E5-2699C v4", 145],
    ["Intel Xeon E5-2699P v4", 300],
    ["Intel Xeon E5-2699R v4", 145],
    ["Intel Xeon E5-4603", 95],
    ["Intel Xeon E5-4603 v2", 95],
    ["Intel Xeon E5-4607", 95],
    ["Intel Xeon E5-4607 v2", 95],
    ["Intel Xeon E5-4610", 95],
    ["Intel Xeon E5-4610 v2", 95],
    ["Intel Xeon E5-4610 v3", 105],
    ["Intel Xeon E5-4610 v4", 105],
    ["Intel Xeon E5-4617", 130],
    ["Intel Xeon E5-4620", 95],
    ["Intel Xeon E5-4620 v2", 95],
    ["Intel Xeon E5-4620 v3", 105],
    ["Intel Xeon E5-4620 v4", 105],
    ["Intel Xeon E5-4624L v2", 70],
    ["Intel Xeon E5-4627 v2", 130],
    ["Intel Xeon E5-4627 v3", 135],
    ["Intel Xeon E5-4627 v4", 135],
    ["Intel Xeon E5-4628L v4", 75],
    ["Intel Xeon E5-4640", 95],
    ["Intel Xeon E5-4640 v2", 95],
    ["Intel Xeon E5-4640 v3", 105],
    ["Intel Xeon E5-4640 v4", 105],
    ["Intel Xeon E5-4648 v3", 105],
    ["Intel Xeon E5-4650", 130],
    ["Intel Xeon E5-4650 v2", 95],
    ["Intel Xeon E5-4650 v3", 105],
    ["Intel Xeon E5-4650 v4", 105],
    ["Intel Xeon E5-4650L", 115],
    ["Intel Xeon E5-4655 v3", 135],
    ["Intel Xeon E5-4655 v4", 135],
    ["Intel Xeon E5-4657L v2", 115],
    ["Intel Xeon E5-4660 v3", 120],
    ["Intel Xeon E5-4660 v4", 120],
    ["Intel Xeon E5-4667 v3", 135],
    ["Intel Xeon E5-4667 v4", 135],
    ["Intel Xeon E5-4669 v3", 135],
    ["Intel Xeon E5-4669 v4", 135],
    ["Intel Xeon E5205", 65],
    ["Intel Xeon E5220", 65],
    ["Intel Xeon E5240", 65],
    ["Intel Xeon E5310", 80],
    ["Intel Xeon E5320", 80],
    ["Intel Xeon E5330", 80],
    ["Intel Xeon E5335", 80],
    ["Intel Xeon E5340", 80],
    ["Intel Xeon E5345", 80],
    ["Intel Xeon E5350", 120],
    ["Intel Xeon E5405", 80],
    ["Intel Xeon E5410", 80],
    ["Intel Xeon E5420", 80],
    ["Intel Xeon E5430", 80],
    ["Intel Xeon E5440", 80],
    ["Intel Xeon E5450", 80],
    ["Intel Xeon E5462", 80],
    ["Intel Xeon E5472", 80],
    ["Intel Xeon E5502", 80],
    ["Intel Xeon E5503", 80],
    ["Intel Xeon E5504", 80],
    ["Intel Xeon E5506", 80],
    ["Intel Xeon E5507", 80],
    ["Intel Xeon E5520", 80],
    ["Intel Xeon E5530", 80],
    ["Intel Xeon E5540", 80],
    ["Intel Xeon E5603", 80],
    ["Intel Xeon E5606", 80],
    ["Intel Xeon E5607", 80],
    ["Intel Xeon E5620", 80],
    ["Intel Xeon E5630", 80],
    ["Intel Xeon E5640", 80],
    ["Intel Xeon E5645", 80],
    ["Intel Xeon E5649", 80],
    ["Intel Xeon E6510", 105],
    ["Intel Xeon E6540", 105],
    ["Intel Xeon E7-2803", 105],
    ["Intel Xeon E7-2820", 105],
    ["Intel Xeon E7-2830", 105],
    ["Intel Xeon E7-2850", 130],
    ["Intel Xeon E7-2850 v2", 105],
    ["Intel Xeon E7-2860", 130],
    ["Intel Xeon E7-2870", 130],
    ["Intel Xeon E7-2870 v2", 130],
    ["Intel Xeon E7-2880 v2", 130],
    ["Intel Xeon E7-2890 v2", 155],
    ["Intel Xeon E7-4807", 95],
    ["Intel Xeon E7-4809 v2", 105],
    ["Intel Xeon E7-4809 v3", 115],
    ["Intel Xeon E7-4809 v4", 115],
    ["Intel Xeon E7-4820", 105],
    ["Intel Xeon E7-4820 v2", 105],
    ["Intel Xeon E7-4820 v3", 115],
    ["Intel Xeon E7-4820 v4", 115],
    ["Intel Xeon E7-4830", 105],
    ["Intel Xeon E7-4830 v2", 105],
    ["Intel Xeon E7-4830 v3", 115],
    ["Intel Xeon E7-4830 v4", 115],
    ["Intel Xeon E7-4850", 130],
    ["Intel Xeon E7-4850 v2", 105],
    ["Intel Xeon E7-4850 v3", 115],
    ["Intel Xeon E7-4850 v4", 115],
    ["Intel Xeon E7-4860", 130],
    ["Intel Xeon E7-4860 v2", 130],
    ["Intel Xeon E7-4870", 130],
    ["Intel Xeon E7-4870 v2", 130],
    ["Intel Xeon E7-4880 v2", 130],
    ["Intel Xeon E7-4890 v2", 155],
    ["Intel Xeon E7-8830", 105],
    ["Intel Xeon E7-8837", 130],
    ["Intel Xeon E7-8850", 130],
    ["Intel Xeon E7-8850 v2", 105],
    ["Intel Xeon E7-8855 v4", 140],
    ["Intel Xeon E7-8857 v2", 130],
    ["Intel Xeon E7-8860", 130],
    ["Intel Xeon E7-8860 v3", 140],
    ["Intel Xeon E7-8860 v4", 140],
    ["Intel Xeon E7-8867 v3", 165],
    ["Intel Xeon E7-8867 v4", 165],
    ["Intel Xeon E7-8867L", 105],
    ["Intel Xeon E7-8870", 130],
    ["Intel Xeon E7-8870 v2", 130],
    ["Intel Xeon E7-8870 v3", 140],
    ["Intel Xeon E7-8870 v4", 140],
    ["Intel Xeon E7-8880 v2", 130],
    ["Intel Xeon E7-8880 v3", 150],
    ["Intel Xeon E7-8880 v4", 150],
    ["Intel Xeon E7-8880L v2", 105],
    ["Intel Xeon E7-8880L v3", 115],
    ["Intel Xeon E7-8890 v2", 155],
    ["Intel Xeon E7-8890 v3", 165],
    ["Intel Xeon E7-8890 v4", 165],
    ["Intel Xeon E7-8891 v2", 155],
    ["Intel Xeon E7-8891 v3", 165],
    ["Intel Xeon E7-8891 v4", 165],
    ["Intel Xeon E7-8893 v2", 155],
    ["Intel Xeon E7-8893 v3", 140],
    ["Intel Xeon E7-8893 v4", 140],
    ["Intel Xeon E7-8894 v4", 165],
    ["Intel Xeon E7-8895 v2", 155],
    ["Intel Xeon E7210", 80],
    ["Intel Xeon E7220", 80],
    ["Intel Xeon E7310", 80],
    ["Intel Xeon E7320", 80],
    ["Intel Xeon E7330", 80],
    ["Intel Xeon E7340", 80],
    ["Intel Xeon E7420", 90],
    ["Intel Xeon E7430", 90],
    ["Intel Xeon E7440", 90],
    ["Intel Xeon E7450", 90],
    ["Intel Xeon E7458", 90],
    ["Intel Xeon E7520", 105],
    ["Intel Xeon E7530", 105],
    ["Intel Xeon E7540", 105],
    ["Intel Xeon EC3539", 65],
    ["Intel Xeon EC5509", 85],
    ["Intel Xeon EC5539", 65],
    ["Intel Xeon EC5549", 85],
    ["Intel Xeon Gold 5115", 85],
    ["Intel Xeon Gold 5117", 105],
    ["Intel Xeon Gold 5117F", 113],
    ["Intel Xeon Gold 5118", 105],
    ["Intel Xeon Gold 5119T", 85],
    ["Intel Xeon Gold 5120", 105],
    ["Intel Xeon Gold 5120T", 105],
    ["Intel Xeon Gold 5122", 105],
    ["Intel Xeon Gold 5213W", 100],
    ["Intel Xeon Gold 5215", 85],
    ["Intel Xeon Gold 5215L", 85],
    ["Intel Xeon Gold 5215M", 85],
    ["Intel Xeon Gold 5215R", 100],
    ["Intel Xeon Gold 5216W", 160],
    ["Intel Xeon Gold 5217", 115],
    ["Intel Xeon Gold 5218", 125],
    ["Intel Xeon Gold 5218B", 125],
    ["Intel Xeon Gold 5218N", 110],
    ["Intel Xeon Gold 5218R", 125],
    ["Intel Xeon Gold 5218T", 105],
    ["Intel Xeon Gold 5219Y", 125],
    ["Intel Xeon Gold 5220", 125],
    ["Intel Xeon Gold 5220R", 150],
    ["Intel Xeon Gold 5220S", 125],
    ["Intel Xeon Gold 5220T", 105],
    ["Intel Xeon Gold 5222", 105],
    ["Intel Xeon Gold 5315Y", 140],
    ["Intel Xeon Gold 5317", 150],
    ["Intel Xeon Gold 5318H", 150],
    ["Intel Xeon Gold 5318N", 150],
    ["Intel Xeon Gold 5318S", 165],
    ["Intel Xeon Gold 5318Y", 165],
    ["Intel Xeon Gold 5320", 185],
    ["Intel Xeon Gold 5320H", 150],
    ["Intel Xeon Gold 5320T", 150],
    ["Intel Xeon Gold 5403N", 115],
    ["Intel Xeon Gold 5411N", 165],
    ["Intel Xeon Gold 5412U", 185],
    ["Intel Xeon Gold 5415+", 150],
    ["Intel Xeon Gold 5416S", 150],
    ["Intel Xeon Gold 5418N", 165],
    ["Intel Xeon Gold 5418Y", 185],
    ["Intel Xeon Gold 5420+", 205],
    ["Intel Xeon Gold 5423N", 145],
    ["Intel Xeon Gold 5433N", 160],
    ["Intel Xeon Gold 5512U", 185],
    ["Intel Xeon Gold 5515+", 165],
    ["Intel Xeon Gold 5520+", 205],
    ["Intel Xeon Gold 6122", 120],
    ["Intel Xeon Gold 6126", 125],
    ["Intel Xeon Gold 6126F", 135],
    ["Intel Xeon Gold 6126T", 125],
    ["Intel Xeon Gold 6127M", 145],
    ["Intel Xeon Gold 6128", 115],
    ["Intel Xeon Gold 6130", 125],
    ["Intel Xeon Gold 6130F", 135],
    ["Intel Xeon Gold 6130H", 125],
    ["Intel Xeon Gold 6130T", 125],
    ["Intel Xeon Gold 6131", 205],
    ["Intel Xeon Gold 6132", 140],
    ["Intel Xeon Gold 6133", 150],
    ["Intel Xeon Gold 6134", 130],
    ["Intel Xeon Gold 6134M", 130],
    ["Intel Xeon Gold 6135", 155],
    ["Intel Xeon Gold 6135M", 155],
    ["Intel Xeon Gold 6136", 150],
    ["Intel Xeon Gold 6137", 205],
    ["Intel Xeon Gold 6137M", 205],
    ["Intel Xeon Gold 6138", 125],
    ["Intel Xeon Gold 6138F", 135],
    ["Intel Xeon Gold 6138P", 195],
    ["Intel Xeon Gold 6138T", 125],
    ["Intel Xeon Gold 6139", 135],
    ["Intel Xeon Gold 6139M", 135],
    ["Intel Xeon Gold 6140", 140],
    ["Intel Xeon Gold 6140M", 140],
    ["Intel Xeon Gold 6142", 150],
    ["Intel Xeon Gold 6142F", 160],
    ["Intel Xeon Gold 6142M", 150],
    ["Intel Xeon Gold 6143", 165],
    ["Intel Xeon Gold 6144", 150],
    ["Intel Xeon Gold 6145", 145],
    ["Intel Xeon Gold 6146", 165],
    ["Intel Xeon Gold 6147M", 150],
    ["Intel Xeon Gold 6148", 150],
    ["Intel Xeon Gold 6148F", 160],
    ["Intel Xeon Gold 6149", 205],
    ["Intel Xeon Gold 6150", 165],
    ["Intel Xeon Gold 6151", 205],
    ["Intel Xeon Gold 6152", 140],
    ["Intel Xeon Gold 6154", 200],
    ["Intel Xeon Gold 6155", 200],
    ["Intel Xeon Gold 6159", 145],
    ["Intel Xeon Gold 6161", 165],
    ["Intel Xeon Gold 6162", 150],
    ["Intel Xeon Gold 6164", 150],
    ["Intel Xeon Gold 6208U", 150],
    ["Intel Xeon Gold 6209U", 125],
    ["Intel Xeon Gold 6210U", 150],
    ["Intel Xeon Gold 6212U", 165],
    ["Intel Xeon Gold 6222", 115],
    ["Intel Xeon Gold 6222V", 115],
    ["Intel Xeon Gold 6226", 125],
    ["Intel Xeon Gold 6226R", 150],
    ["Intel Xeon Gold 6230", 125],
    ["Intel Xeon Gold 6230N", 125],
    ["Intel Xeon Gold 6230R", 150],
    ["Intel Xeon Gold 6230T", 125],
    ["Intel Xeon Gold 6231", 185],
    ["Intel Xeon Gold 6231C", 185],
    ["Intel Xeon Gold 6233", 165],
    ["Intel Xeon Gold 6234", 130],
    ["Intel Xeon Gold 6238", 140],
    ["Intel Xeon Gold 6238L", 140],
    ["Intel Xeon Gold 6238M", 140],
    ["Intel Xeon Gold 6238R", 165],
    ["Intel Xeon Gold 6238T", 125],
    ["Intel Xeon Gold 6240", 150],
    ["Intel Xeon Gold 6240C", 150],
    ["Intel Xeon Gold 6240L", 150],
    ["Intel Xeon Gold 6240M", 150],
    ["Intel Xeon Gold 6240R", 165],
    ["Intel Xeon Gold 6240Y", 150],
    ["Intel Xeon Gold 6241W", 205],
    ["Intel Xeon Gold 6242", 150],
    ["Intel Xeon Gold 6242R", 205],
    ["Intel Xeon Gold 6244", 150],
    ["Intel Xeon Gold 6245W", 180],
    ["Intel Xeon Gold 6246", 165],
    ["Intel Xeon Gold 6246R", 205],
    ["Intel Xeon Gold 6248", 150],
    ["Intel Xeon Gold 6248R", 205],
    ["Intel Xeon Gold 6250", 185],
    ["Intel Xeon Gold 6250L", 185],
    ["Intel Xeon Gold 6252", 150],
    ["Intel Xeon Gold 6252N", 150],
    ["Intel Xeon Gold 6253CL", 205],
    ["Intel Xeon Gold 6253W", 200],
    ["Intel Xeon Gold 6254", 200],
    ["Intel Xeon Gold 6256", 205],
    ["Intel Xeon Gold 6258R", 205],
    ["Intel Xeon Gold 6261", 205],
    ["Intel Xeon Gold 6262", 135],
    ["Intel Xeon Gold 6262V", 135],
    ["Intel Xeon Gold 6263CY", 205],
    ["Intel Xeon Gold 6266C", 205],
    ["Intel Xeon Gold 6267", 165],
    ["Intel Xeon Gold 6267C", 165],
    ["Intel Xeon Gold 6268CL", 205],
    ["Intel Xeon Gold 6269Y", 240],
    ["Intel Xeon Gold 6271C", 165],
    ["Intel Xeon Gold 6273C", 165],
    ["Intel Xeon Gold 6278C", 185],
    ["Intel Xeon Gold 6290", 240],
    ["Intel Xeon Gold 6312U", 185],
    ["Intel Xeon Gold 6314U", 205],
    ["Intel Xeon Gold 6326", 185],
    ["Intel Xeon Gold 6328H", 165],
    ["Intel Xeon Gold 6328HL", 165],
    ["Intel Xeon Gold 6330", 205],
    ["Intel Xeon Gold 6330H", 150],
    ["Intel Xeon Gold 6330N", 165],
    ["Intel Xeon Gold 6334", 165],
    ["Intel Xeon Gold 6336Y", 185],
    ["Intel Xeon Gold 6338", 205],
    ["Intel Xeon Gold 6338N", 185],
    ["Intel Xeon Gold 6338T", 165],
    ["Intel Xeon Gold 6342", 230],
    ["Intel Xeon Gold 6346", 205],
    ["Intel Xeon Gold 6348", 235],
    ["Intel Xeon Gold 6348H", 165],
    ["Intel Xeon Gold 6354", 205],
    ["Intel Xeon Gold 6403N", 185],
    ["Intel Xeon Gold 6414U", 250],
    ["Intel Xeon Gold 6416H", 165],
    ["Intel Xeon Gold 6418H", 185],
    ["Intel Xeon Gold 6421N", 185],
    ["Intel Xeon Gold 6423N", 195],
    ["Intel Xeon Gold 6426Y", 185],
    ["Intel Xeon Gold 6428N", 185],
    ["Intel Xeon Gold 6430", 270],
    ["Intel Xeon Gold 6433N", 205],
    ["Intel Xeon Gold 6433NE", 205],
    ["Intel Xeon Gold 6434", 195],
    ["Intel Xeon Gold 6434H", 195],
    ["Intel Xeon Gold 6438M", 205],
    ["Intel Xeon Gold 6438N", 205],
    ["Intel Xeon Gold 6438Y+", 205],
    ["Intel Xeon Gold 6442Y", 225],
    ["Intel Xeon Gold 6443N", 195],
    ["Intel Xeon Gold 6444Y", 270],
    ["Intel Xeon Gold 6448H", 250],
    ["Intel Xeon Gold 6448Y", 225],
    ["Intel Xeon Gold 6454S", 270],
    ["Intel Xeon Gold 6458Q", 350],
    ["Intel Xeon Gold 6526Y", 195],
    ["Intel Xeon Gold 6530", 270],
    ["Intel Xeon Gold 6534", 195],
    ["Intel Xeon Gold 6538N", 205],
    ["Intel Xeon Gold 6538Y+", 225],
    ["Intel Xeon Gold 6542Y", 250],
    ["Intel Xeon Gold 6544Y", 270],
    ["Intel Xeon Gold 6548N", 250],
    ["Intel Xeon Gold 6548Y+", 250],
    ["Intel Xeon Gold 6554S", 270],
    ["Intel Xeon Gold 6558Q", 350],
    ["Intel Xeon L3014", 30],
    ["Intel Xeon L3110", 45],
    ["Intel Xeon L3360", 65],
    ["Intel Xeon L3403", 30],
    ["Intel Xeon L3406", 30],
    ["Intel Xeon L3426", 45],
    ["Intel Xeon L5215", 20],
    ["Intel Xeon L5238", 35],
    ["Intel Xeon L5240", 40],
    ["Intel Xeon L5248", 55],
    ["Intel Xeon L5310", 50],
    ["Intel Xeon L5318", 40],
    ["Intel Xeon L5320", 50],
    ["Intel Xeon L5335", 50],
    ["Intel Xeon L5408", 40],
    ["Intel Xeon L5410", 50],
    ["Intel Xeon L5420", 50],
    ["Intel Xeon L5430", 50],
    ["Intel Xeon L5506", 60],
    ["Intel Xeon L5508", 38],
    ["Intel Xeon L5518", 60],
    ["Intel Xeon L5520", 60],
    ["Intel Xeon L5530", 60],
    ["Intel Xeon L5609", 40],
    ["Intel Xeon L5618", 40],
    ["Intel Xeon L5630", 40],
    ["Intel Xeon L5638", 60],
    ["Intel Xeon L5639", 60],
    ["Intel Xeon L5640", 60],
    ["Intel Xeon L5645", 60],
    ["Intel Xeon L7345", 50],
    ["Intel Xeon L7445", 50],
    ["Intel Xeon L7455", 65],
    ["Intel Xeon L7545", 95],
    ["Intel Xeon L7555", 95],
    ["Intel Xeon LC3518", 23],
    ["Intel Xeon LC3528", 35],
    ["Intel Xeon LC5518", 48],
    ["Intel Xeon LC5528", 60],
    ["Intel Xeon LV 1.6", 30],
    ["Intel Xeon LV 2.0", 35],
    ["Intel Xeon LV 2.4", 40],
    ["Intel Xeon LV 2.8", 55],
    ["Intel Xeon LV 3.0", 55],
    ["Intel Xeon LV 5113", 40],
    ["Intel Xeon LV 5128", 40],
    ["Intel Xeon LV 5133", 40],
    ["Intel Xeon LV 5138", 35],
    ["Intel Xeon LV 5148", 40],
    ["Intel Xeon MP 1.4", 64],
    ["Intel Xeon MP 1.5", 48],
    ["Intel Xeon MP 1.6", 72],
    ["Intel Xeon MP 1.9", 55],
    ["Intel Xeon MP 2.0", 57],
    ["Intel Xeon MP 2.2", 65],
    ["Intel Xeon MP 2.5", 66],
    ["Intel Xeon MP 2.7", 80],
    ["Intel Xeon MP 2.8", 72],
    ["Intel Xeon MP 2.83", 135],
    ["Intel Xeon MP 3.0", 129],
    ["Intel Xeon MP 3.00", 135],
    ["Intel Xeon MP 3.16", 135],
    ["Intel Xeon MP 3.33", 135],
    ["Intel Xeon MP 3.50", 135],
    ["Intel Xeon MP 3.66", 135],
    ["Intel Xeon MP 7020 Dual-Core", 135],
    ["Intel Xeon MP 7030 Dual-Core", 135],
    ["Intel Xeon MP 7040 Dual-Core", 135],
    ["Intel Xeon MP 7041 Dual-Core", 135],
    ["Intel Xeon MV 3.2", 90],
    ["Intel Xeon MV 5063", 95],
    ["Intel Xeon Phi 3110X", 300],
    ["Intel Xeon Phi 3120A", 300],
    ["Intel Xeon Phi 3120P", 300],
    ["Intel Xeon Phi 31S1P", 270],
    ["Intel Xeon Phi 5110P", 225],
    ["Intel Xeon Phi 5120D", 245],
    ["Intel Xeon Phi 7110P", 300],
    ["Intel Xeon Phi 7110X", 300],
    ["Intel Xeon Phi 7120A", 300],
    ["Intel Xeon Phi 7120D", 270],
    ["Intel Xeon Phi 7120P", 300],
    ["Intel Xeon Phi 7120X", 300],
    ["Intel Xeon Phi 7210", 215],
    ["Intel Xeon Phi 7210F", 230],
    ["Intel Xeon Phi 7230", 215],
    ["Intel Xeon Phi 7230F", 230],
    ["Intel Xeon Phi 7235", 250],
    ["Intel Xeon Phi 7250", 215],
    ["Intel Xeon Phi 7250F", 230],
    ["Intel Xeon Phi 7285", 250],
    ["Intel Xeon Phi 7290", 245],
    ["Intel Xeon Phi 7290F", 260],
    ["Intel Xeon Phi 7295", 320],
    ["Intel Xeon Phi SE10P", 300],
    ["Intel Xeon Phi SE10X", 300],
    ["Intel Xeon Platinum 8124M", 240],
    ["Intel Xeon Platinum 8151", 240],
    ["Intel Xeon Platinum 8153", 125],
    ["Intel Xeon Platinum 8156", 105],
    ["Intel Xeon Platinum 8157M", 145],
    ["Intel Xeon Platinum 8158", 150],
    ["Intel Xeon Platinum 8160", 150],
    ["Intel Xeon Platinum 8160F", 160],
    ["Intel Xeon Platinum 8160H", 150],
    ["Intel Xeon Platinum 8160M", 150],
    ["Intel Xeon Platinum 8160T", 150],
    ["Intel Xeon Platinum 8163", 165],
    ["Intel Xeon Platinum 8164", 150],
    ["Intel Xeon Platinum 8165", 165],
    ["Intel Xeon Platinum 8167M", 165],
    ["Intel Xeon Platinum 8168", 205],
    ["Intel Xeon Platinum 8170", 165],
    ["Intel Xeon Platinum 8170M", 165],
    ["Intel Xeon Platinum 8171M", 165],
    ["Intel Xeon Platinum 8172M", 205],
    ["Intel Xeon Platinum 8173M", 165],
    ["Intel Xeon Platinum 8174", 240],
    ["Intel Xeon Platinum 8175M", 240],
    ["Intel Xeon Platinum 8176", 165],
    ["Intel Xeon Platinum 8176F", 173],
    ["Intel Xeon Platinum 8176M", 165],
    ["Intel Xeon Platinum 8179M", 240],
    ["Intel Xeon Platinum 8180", 205],
    ["Intel Xeon Platinum 8180M", 205],
    ["Intel Xeon Platinum 8222L", 200],
    ["Intel Xeon Platinum 8249C", 150],
    ["Intel Xeon Platinum 8251", 240],
    ["Intel Xeon Platinum 8253", 125],
    ["Intel Xeon Platinum 8255C", 165],
    ["Intel Xeon Platinum 8256", 105],
    ["Intel Xeon Platinum 8259CL", 210],
    ["Intel Xeon Platinum 8259L", 210],
    ["Intel Xeon Platinum 8260", 165],
    ["Intel Xeon Platinum 8260L", 165],
    ["Intel Xeon Platinum 8260M", 165],
    ["Intel Xeon Platinum 8260Y", 165],
    ["Intel Xeon Platinum 8263C", 165],
    ["Intel Xeon Platinum 8267W", 205],
    ["Intel Xeon Platinum 8268", 205],
    ["Intel Xeon Platinum 8269CY", 205],
    ["Intel Xeon Platinum 8270", 205],
    ["Intel Xeon Platinum 8272CL", 195],
    ["Intel Xeon Platinum 8272L", 195],
    ["Intel Xeon Platinum 8273CL", 165],
    ["Intel Xeon Platinum 8274", 240],
    ["Intel Xeon Platinum 8275CL", 240],
    ["Intel Xeon Platinum 8276", 165],
    ["Intel Xeon Platinum 8276L", 165],
    ["Intel Xeon Platinum 8276M", 165],
    ["Intel Xeon Platinum 8279W", 205],
    ["Intel Xeon Platinum 8280", 205],
    ["Intel Xeon Platinum 8280L", 205],
    ["Intel Xeon Platinum 8280M", 205],
    ["Intel Xeon Platinum 8284", 240],
    ["Intel Xeon Platinum 8347C", 210],
    ["Intel Xeon Platinum 8351N", 225],
    ["Intel Xeon Platinum 8352M", 185],
    ["Intel Xeon Platinum 8352S", 205],
    ["Intel Xeon Platinum 8352V", 195],
    ["Intel Xeon Platinum 8352Y", 205],
    ["Intel Xeon Platinum 8353H", 150],
    ["Intel Xeon Platinum 8354H", 205],
    ["Intel Xeon Platinum 8356H", 190],
    ["Intel Xeon Platinum 8357C", 240],
    ["Intel Xeon Platinum 8358", 250],
    ["Intel Xeon Platinum 8358P", 240],
    ["Intel Xeon Platinum 8360H", 225],
    ["Intel Xeon Platinum 8360HL", 225],
    ["Intel Xeon Platinum 8360Y", 250],
    ["Intel Xeon Platinum 8362", 265],
    ["Intel Xeon Platinum 8368", 270],
    ["Intel Xeon Platinum 8368Q", 270],
    ["Intel Xeon Platinum 8370C", 205],
    ["Intel Xeon Platinum 8372C", 300],
    ["Intel Xeon Platinum 8373C", 300],
    ["Intel Xeon Platinum 8375C", 300],
    ["Intel Xeon Platinum 8376H", 205],
    ["Intel Xeon Platinum 8376HL", 205],
    ["Intel Xeon Platinum 8380", 270],
    ["Intel Xeon Platinum 8380H", 250],
    ["Intel Xeon Platinum 8380HL", 250],
    ["Intel Xeon Platinum 8444H", 270],
    ["Intel Xeon Platinum 8450H", 250],
    ["Intel Xeon Platinum 8452Y", 300],
    ["Intel Xeon Platinum 8454H", 270],
    ["Intel Xeon Platinum 8458P", 350],
    ["Intel Xeon Platinum 8460H", 330],
    ["Intel Xeon Platinum 8460Y+", 300],
    ["Intel Xeon Platinum 8461V", 300],
    ["Intel Xeon Platinum 8462Y+", 300],
    ["Intel Xeon Platinum 8468", 350],
    ["Intel Xeon Platinum 8468H", 330],
    ["Intel Xeon Platinum 8468V", 330],
    ["Intel Xeon Platinum 8470", 350],
    ["Intel Xeon Platinum 8470N", 300],
    ["Intel Xeon Platinum 8470Q", 350],
    ["Intel Xeon Platinum 8471N", 300],
    ["Intel Xeon Platinum 8480+", 350],
    ["Intel Xeon Platinum 8490H", 350],
    ["Intel Xeon Platinum 8558", 330],
    ["Intel Xeon Platinum 8558P", 350],
    ["Intel Xeon Platinum 8558U", 300],
    ["Intel Xeon Platinum 8562Y+", 300],
    ["Intel Xeon Platinum 8568Y+", 350],
    ["Intel Xeon Platinum 8570", 350],
    ["Intel Xeon Platinum 8571N", 300],
    ["Intel Xeon Platinum 8580", 350],
    ["Intel Xeon Platinum 8581V", 270],
    ["Intel Xeon Platinum 8592+", 350],
    ["Intel Xeon Platinum 8592V", 330],
    ["Intel Xeon Platinum 8593Q", 385],
    ["Intel Xeon Platinum 9221", 250],
    ["Intel Xeon Platinum 9222", 250],
    ["Intel Xeon Platinum 9242", 350],
    ["Intel Xeon Platinum 9282", 400],
    ["Intel Xeon Platinum P-8124", 240],
    ["Intel Xeon Platinum P-8136", 165],
    ["Intel Xeon Silver 4106H", 85],
    ["Intel Xeon Silver 4108", 85],
    ["Intel Xeon Silver 4109T", 70],
    ["Intel Xeon Silver 4110", 85],
    ["Intel Xeon Silver 4112", 85],
    ["Intel Xeon Silver 4114", 85],
    ["Intel Xeon Silver 4114T", 85],
    ["Intel Xeon Silver 4116", 85],
    ["Intel Xeon Silver 4116T", 85],
    ["Intel Xeon Silver 4123", 105],
    ["Intel Xeon Silver 4208", 85],
    ["Intel Xeon Silver 4209T", 70],
    ["Intel Xeon Silver 4210", 85],
    ["Intel Xeon Silver 4210R", 100],
    ["Intel Xeon Silver 4210T", 95],
    ["Intel Xeon Silver 4211W", 100],
    ["Intel Xeon Silver 4213W", 115],
    ["Intel Xeon Silver 4214", 85],
    ["Intel Xeon Silver 4214R", 100],
    ["Intel Xeon Silver 4214Y", 85],
    ["Intel Xeon Silver 4215", 85],
    ["Intel Xeon Silver 4215R", 130],
    ["Intel Xeon Silver 4216", 100],
    ["Intel Xeon Silver 4216R", 125],
    ["Intel Xeon Silver 4309Y", 105],
    ["Intel Xeon Silver 4310", 120],
    ["Intel Xeon Silver 4310T", 105],
    ["Intel Xeon Silver 4314", 135],
    ["Intel Xeon Silver 4316", 150],
    ["Intel Xeon Silver 4410T", 150],
    ["Intel Xeon Silver 4410Y", 150],
    ["Intel Xeon Silver 4416+", 165],
    ["Intel Xeon Silver 4509Y", 125],
    ["Intel Xeon Silver 4510", 150],
    ["Intel Xeon Silver 4510T", 115],
    ["Intel Xeon Silver 4514Y", 150],
    ["Intel Xeon Silver 4516Y+", 185],
    ["Intel Xeon W-10855M", 45],
    ["Intel Xeon W-10885M", 45],
    ["Intel Xeon W-11155MLE", 25],
    ["Intel Xeon W-11555MLE", 25],
    ["Intel Xeon W-11865MLE", 25],
    ["Intel Xeon W-11955M", 45],
    ["Intel Xeon W-1250", 80],
    ["Intel Xeon W-1250E", 80],
    ["Intel Xeon W-1250P", 125],
    ["Intel Xeon W-1250TE", 35],
    ["Intel Xeon W-1270", 80],
    ["Intel Xeon W-1270E", 80],
    ["Intel Xeon W-1270P", 125],
    ["Intel Xeon W-1270TE", 35],
    ["Intel Xeon W-1290", 80],
    ["Intel Xeon W-1290E", 95],
    ["Intel Xeon W-1290P", 125],
    ["Intel Xeon W-1290T", 35],
    ["Intel Xeon W-1290TE", 35],
    ["Intel Xeon W-1350", 80],
    ["Intel Xeon W-1350P", 125],
    ["Intel Xeon W-1370", 80],
    ["Intel Xeon W-1370P", 125],
    ["Intel Xeon W-1390", 80],
    ["Intel Xeon W-1390P", 125],
    ["Intel Xeon W-1390T", 35],
    ["Intel Xeon W-2102", 120],
    ["Intel Xeon W-2104", 120],
    ["Intel Xeon W-2123", 120],
    ["Intel Xeon W-2125", 120],
    ["Intel Xeon W-2133", 140],
    ["Intel Xeon W-2135", 140],
    ["Intel Xeon W-2140B", 120],
    ["Intel Xeon W-2145", 140],
    ["Intel Xeon W-2150B", 120],
    ["Intel Xeon W-2155", 140],
    ["Intel Xeon W-2175", 140],
    ["Intel Xeon W-2191B", 140],
    ["Intel Xeon W-2195", 140],
    ["Intel Xeon W-2223", 120],
    ["Intel Xeon W-2225", 105],
    ["Intel Xeon W-2235", 130],
    ["Intel Xeon W-2245", 155],
    ["Intel Xeon W-2255", 165],
    ["Intel Xeon W-2265", 165],
    ["Intel Xeon W-2275", 165],
    ["Intel Xeon W-2295", 165],
    ["Intel Xeon W-3175X", 255],
    ["Intel Xeon W-3223", 160],
    ["Intel Xeon W-3225", 160],
    ["Intel Xeon W-3235", 180],
    ["Intel Xeon W-3245", 205],
    ["Intel Xeon W-3245M", 205],
    ["Intel Xeon W-3265", 205],
    ["Intel Xeon W-3265M", 205],
    ["Intel Xeon W-3275", 205],
    ["Intel Xeon W-3275M", 205],
    ["Intel Xeon W-3323", 220],
    ["Intel Xeon W-3335", 250],
    ["Intel Xeon W-3345", 250],
    ["Intel Xeon W-3365", 270],
    ["Intel Xeon W-3375", 270],
    ["Intel Xeon W7-2495X", 225],
    ["Intel Xeon W3503", 130],
    ["Intel Xeon W3505", 130],
    ["Intel Xeon W3520", 130],
    ["Intel Xeon W3530", 130],
    ["Intel Xeon W3540", 130],
    ["Intel Xeon W3550", 130],
    ["Intel Xeon W3565", 130],
    ["Intel Xeon W3570", 130],
    ["Intel Xeon W3580", 130],
    ["Intel Xeon W3670", 130],
    ["Intel Xeon W3680", 130],
    ["Intel Xeon W3690", 130],
    ["Intel Xeon W5580", 130],
    ["Intel Xeon W5590", 130],
    ["Intel Xeon X3210", 100],
    ["Intel Xeon X3220", 100],
    ["Intel Xeon X3230", 100],
    ["Intel Xeon X3320", 95],
    ["Intel Xeon X3323", 80],
    ["Intel Xeon X3330", 95],
    ["Intel Xeon X3350", 95],
    ["Intel Xeon X3353", 80],
    ["Intel Xeon X3360", 95],
    ["Intel Xeon X3363", 80],
    ["Intel Xeon X3370", 95],
    ["Intel Xeon X3380", 95],
    ["Intel Xeon X3430", 95],
    ["Intel Xeon X3440", 95],
    ["Intel Xeon X3450", 95],
    ["Intel Xeon X3460", 95],
    ["Intel Xeon X3470", 95],
    ["Intel Xeon X3480", 95],
    ["Intel Xeon X5260", 80],
    ["Intel Xeon X5270", 80],
    ["Intel Xeon X5272", 80],
    ["Intel Xeon X5355", 120],
    ["Intel Xeon X5365", 120],
    ["Intel Xeon X5450", 120],
    ["Intel Xeon X5460", 120],
    ["Intel Xeon X5470", 120],
    ["Intel Xeon X5472", 120],
    ["Intel Xeon X5482", 150],
    ["Intel Xeon X5492", 150],
    ["Intel Xeon X5550", 95],
    ["Intel Xeon X5560", 95],
    ["Intel Xeon X5570", 95],
    ["Intel Xeon X5647", 130],
    ["Intel Xeon X5650", 95],
    ["Intel Xeon X5660", 95],
    ["Intel Xeon X5667", 95],
    ["Intel Xeon X5670", 95],
    ["Intel Xeon X5672", 95],
    ["Intel Xeon X5675", 95],
    ["Intel Xeon X5677", 130],
    ["Intel Xeon X5679", 115],
    ["Intel Xeon X5680", 130],
    ["Intel Xeon X5687", 130],
    ["Intel Xeon X5690", 130],
    ["Intel Xeon X5698", 130],
    ["Intel Xeon X6550", 130],
    ["Intel Xeon X7350", 130],
    ["Intel Xeon X7460", 130],
    ["Intel Xeon X7542", 130],
    ["Intel Xeon X7550", 130],
    ["Intel Xeon X7560", 130],
    ["N640", 35],
    ["N660", 35],
    ["N870", 35],
    ["N960", 35],
    ["N970", 35],
    ["P650", 35],
    ["P860", 35],
    ["Sempron 2650 APU", 25],
    ["Sempron 3850 APU", 25],
    ["TL-52", 31],
    ["TL-60", 31],
    ["TL-64", 35],
    ["X1150", 17],
    ["X940", 45]
];

// EXTERNAL MODULE: ./src/core/catalog/data/electricity-maps.generated.ts
var electricity_maps_generated = __webpack_require__(3762);
;// CONCATENATED MODULE: ./src/core/catalog/data/ember-countries.generated.ts
// GENERATED by scripts/generate-catalog.mjs — do not edit; edit the generator or its inputs and re-run it.
// Source: @tgwf/co2 0.19.0 (CO2.js, Green Web Foundation), export averageIntensity of "@tgwf/co2/data",
// republished from Ember's yearly electricity data: latest year available per country (2022-2024 in CO2.js 0.19.0).
// Data licence: CC BY-SA 4.0 as republished by CO2.js (LICENSES/CC-BY-SA-4.0.md). This file is a separate, share-alike
// licensed part of carbon-gate; the MIT licence of the code does not apply to it. Attribution: Ember, via CO2.js.
/** The CO2.js release the values were taken from. */
const EMBER_CO2JS_VERSION = "0.19.0";
/** ISO 3166 alpha-3 code or Ember aggregate -> average grid intensity, gCO2e/kWh. */
const EMBER_AVERAGE_INTENSITY = {
    "ABW": 550,
    "AFG": 123.71,
    "AFRICA": 545.09,
    "AGO": 167.22,
    "ALB": 24.42,
    "ARE": 467.51,
    "ARG": 344.83,
    "ARM": 243.52,
    "ASEAN": 573.65,
    "ASIA": 572.12,
    "ASM": 647.06,
    "ATG": 611.11,
    "AUS": 553.76,
    "AUT": 102.62,
    "AZE": 632.89,
    "BDI": 230.77,
    "BEL": 117.58,
    "BEN": 590,
    "BFA": 554.91,
    "BGD": 694.63,
    "BGR": 264.21,
    "BHR": 902.41,
    "BHS": 653.66,
    "BIH": 638.05,
    "BLR": 323.63,
    "BLZ": 155.56,
    "BOL": 468.02,
    "BRA": 106.06,
    "BRB": 600,
    "BRN": 892.67,
    "BTN": 24.19,
    "BWA": 849.42,
    "CAF": 0,
    "CAN": 184.99,
    "CHE": 36.72,
    "CHL": 265.52,
    "CHN": 557.5,
    "CIV": 393.53,
    "CMR": 285.71,
    "COD": 27.04,
    "COG": 713.73,
    "COK": 250,
    "COL": 285.8,
    "COM": 642.86,
    "CPV": 480,
    "CRI": 63.01,
    "CUB": 638.98,
    "CYM": 642.86,
    "CYP": 512.24,
    "CZE": 413.86,
    "DEU": 342.06,
    "DJI": 450,
    "DMA": 600,
    "DNK": 143.3,
    "DOM": 565.97,
    "DZA": 633.65,
    "ECU": 209.7,
    "EGY": 574.5,
    "ERI": 590.91,
    "ESP": 146.15,
    "EST": 341.02,
    "ETH": 23.55,
    "EU": 213.02,
    "EUROPE": 285,
    "FIN": 72.25,
    "FJI": 278.26,
    "FLK": 1000,
    "FRA": 44.18,
    "FRO": 354.17,
    "G20": 468.38,
    "G7": 343.3,
    "GAB": 429.47,
    "GBR": 215.79,
    "GEO": 143.06,
    "GHA": 452.86,
    "GIN": 182.72,
    "GLP": 493.9,
    "GMB": 666.67,
    "GNB": 625,
    "GNQ": 605.1,
    "GRC": 319.76,
    "GRD": 666.67,
    "GRL": 111.11,
    "GTM": 272.66,
    "GUF": 204.08,
    "GUM": 611.11,
    "GUY": 634.33,
    "HKG": 681.99,
    "HND": 289.5,
    "HRV": 174.48,
    "HTI": 534.65,
    "HUN": 182.82,
    "IDN": 682.43,
    "IND": 708.96,
    "IRL": 279.79,
    "IRN": 648.68,
    "IRQ": 689.4,
    "ISL": 28.33,
    "ISR": 567.26,
    "ITA": 287.75,
    "JAM": 561.25,
    "JOR": 539.21,
    "JPN": 483.73,
    "KAZ": 801.79,
    "KEN": 84.83,
    "KGZ": 152.65,
    "KHM": 497.46,
    "KIR": 500,
    "KNA": 636.36,
    "KOR": 415.65,
    "KWT": 637.24,
    "LAO": 232.12,
    "LATIN AMERICA AND CARIBBEAN": 254.21,
    "LBN": 369.47,
    "LBR": 435.9,
    "LBY": 830.53,
    "LCA": 650,
    "LKA": 509.78,
    "LSO": 20.83,
    "LTU": 139.34,
    "LUX": 134.62,
    "LVA": 136.22,
    "MAC": 448.98,
    "MAR": 577.65,
    "MDA": 629.56,
    "MDG": 477.27,
    "MDV": 611.77,
    "MEX": 483.14,
    "MIDDLE EAST": 637.24,
    "MKD": 568.97,
    "MLI": 394.5,
    "MLT": 484.16,
    "MMR": 569.69,
    "MNE": 413.51,
    "MNG": 784.01,
    "MOZ": 127.81,
    "MRT": 481.71,
    "MSR": 1000,
    "MTQ": 516.78,
    "MUS": 633.03,
    "MWI": 54.65,
    "MYS": 604.43,
    "NAM": 47.62,
    "NCL": 585.76,
    "NER": 687.5,
    "NGA": 507.85,
    "NIC": 288.33,
    "NLD": 252.7,
    "NOR": 30.75,
    "NORTH AMERICA": 358.36,
    "NPL": 23.36,
    "NRU": 750,
    "NZL": 120.11,
    "OCEANIA": 495.47,
    "OECD": 337.99,
    "OMN": 545.33,
    "PAK": 398.61,
    "PAN": 258.74,
    "PER": 263.27,
    "PHL": 613.38,
    "PNG": 513.74,
    "POL": 614.98,
    "PRI": 664.53,
    "PRK": 344.26,
    "PRT": 111.8,
    "PRY": 24.86,
    "PSE": 460.78,
    "PYF": 436.62,
    "QAT": 602.83,
    "REU": 525.22,
    "ROU": 245.55,
    "RUS": 446.17,
    "RWA": 301.89,
    "SAU": 691.95,
    "SDN": 214.33,
    "SEN": 535.4,
    "SGP": 498.74,
    "SLB": 636.36,
    "SLE": 47.62,
    "SLV": 99.29,
    "SOM": 523.81,
    "SPM": 600,
    "SRB": 670.8,
    "SSD": 610.17,
    "STP": 555.56,
    "SUR": 383.18,
    "SVK": 96.49,
    "SVN": 227.11,
    "SWE": 35.89,
    "SWZ": 142.86,
    "SYC": 571.43,
    "SYR": 682.27,
    "TCA": 653.85,
    "TCD": 615.39,
    "TGO": 478.26,
    "THA": 555.43,
    "TJK": 98.7,
    "TKM": 1306.3,
    "TON": 571.43,
    "TTO": 682.11,
    "TUN": 560.25,
    "TUR": 469.7,
    "TWN": 635.15,
    "TZA": 371.59,
    "UGA": 57.39,
    "UKR": 250.47,
    "URY": 96.7,
    "USA": 383.55,
    "UZB": 1121.18,
    "VCT": 600,
    "VEN": 180.25,
    "VGB": 647.06,
    "VIR": 641.79,
    "VNM": 486.13,
    "VUT": 500,
    "WORLD": 472.94,
    "WSM": 400,
    "XKX": 958.72,
    "YEM": 586.32,
    "ZAF": 713.9,
    "ZMB": 111,
    "ZWE": 298.44
};
/** Labels for the keys of EMBER_AVERAGE_INTENSITY that are regions, not countries. */
const EMBER_AGGREGATE_LABELS = {
    "AFRICA": "Africa",
    "ASEAN": "ASEAN",
    "ASIA": "Asia",
    "EU": "European Union",
    "EUROPE": "Europe",
    "G20": "G20",
    "G7": "G7",
    "LATIN AMERICA AND CARIBBEAN": "Latin America and Caribbean",
    "MIDDLE EAST": "Middle East",
    "NORTH AMERICA": "North America",
    "OCEANIA": "Oceania",
    "OECD": "OECD",
    "WORLD": "World"
};

;// CONCATENATED MODULE: ./src/core/catalog/data/gcp-regions-2024.generated.ts
// GENERATED by scripts/generate-catalog.mjs — do not edit; edit the generator or its inputs and re-run it.
// Source: GoogleCloudPlatform/region-carbon-info @ 49f3f26bfd682305e8d9b572fea1f811900421a9, data/yearly/2024.csv (44 regions).
// Licence: Apache-2.0 (LICENSES/Apache-2.0.txt), Copyright Google LLC.
// Values: average operational grid carbon intensity of each region's grid in 2024, gCO2eq/kWh.
/** The calendar year Google's figures describe. */
const GCP_REGION_YEAR = 2024;
/** Google Cloud region -> [location as Google names it, grid intensity in gCO2eq/kWh]. */
const GCP_REGIONS = {
    "africa-south1": ["Johannesburg", 656.85],
    "asia-east1": ["Taiwan", 439.29],
    "asia-east2": ["Hong Kong", 505.02],
    "asia-northeast1": ["Tokyo", 452.85],
    "asia-northeast2": ["Osaka", 296.19],
    "asia-northeast3": ["Seoul", 356.57],
    "asia-south1": ["Mumbai", 678.76],
    "asia-south2": ["Delhi", 531.83],
    "asia-southeast1": ["Singapore", 366.85],
    "asia-southeast2": ["Jakarta", 560.55],
    "australia-southeast1": ["Sydney", 497.5],
    "australia-southeast2": ["Melbourne", 454.37],
    "europe-central2": ["Warsaw", 642.88],
    "europe-north1": ["Finland", 39.32],
    "europe-north2": ["Stockholm", 2.73],
    "europe-southwest1": ["Madrid", 89.04],
    "europe-west1": ["Belgium", 103.37],
    "europe-west2": ["London", 105.94],
    "europe-west3": ["Frankfurt", 275.82],
    "europe-west4": ["Eemshaven", 208.81],
    "europe-west6": ["Zürich", 15.05],
    "europe-west8": ["Milan", 201.69],
    "europe-west9": ["Paris", 16.3],
    "europe-west10": ["Berlin", 275.82],
    "europe-west12": ["Turin", 201.69],
    "me-central1": ["Doha", 366],
    "me-central2": ["Dammam", 382.23],
    "me-west1": ["Tel Aviv", 433.75],
    "northamerica-northeast1": ["Montréal", 5.48],
    "northamerica-northeast2": ["Toronto", 58.56],
    "northamerica-south1": ["Mexico", 305],
    "southamerica-east1": ["Sāo Paulo", 67.32],
    "southamerica-west1": ["Santiago", 238],
    "us-central1": ["Iowa", 412.72],
    "us-central2": ["Oklahoma", 372.23],
    "us-east1": ["South Carolina", 575.77],
    "us-east2": ["Georgia", 340.42],
    "us-east4": ["Northern Virginia", 323.05],
    "us-east5": ["Columbus", 323.05],
    "us-south1": ["Dallas", 302.95],
    "us-west1": ["Oregon", 79.23],
    "us-west2": ["Los Angeles", 169.28],
    "us-west3": ["Salt Lake City", 555.17],
    "us-west4": ["Las Vegas", 357.3]
};

;// CONCATENATED MODULE: ./src/core/catalog/sources.ts



/** Green Algorithms tables are cited at the snapshot the fixtures were copied from. */
const GREEN_ALGORITHMS_TREE = 'https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest';
/** Licence string for a number read off a vendor datasheet: a fact, not a copyrighted work. */
const FACT = 'public domain (fact)';
/** CodeCarbon's `cpu_power.csv` (MIT): TDP by CPU model. */
const CODECARBON_CPU_SOURCE = {
    name: 'CodeCarbon cpu_power.csv (from Intel ARK / AMD product pages)',
    url: 'https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv',
    licence: 'MIT'
};
/** Green Algorithms' per-core TDP for an unknown CPU ("Any" row of TDP_cpu.csv). */
const GREEN_ALGORITHMS_CPU_PER_CORE_SOURCE = {
    name: 'Green Algorithms TDP_cpu.csv, "Any" row (TDP per core)',
    url: `${GREEN_ALGORITHMS_TREE}/TDP_cpu.csv`,
    licence: 'CC BY 4.0'
};
/** Green Algorithms' memory power (referenceValues.csv `memoryPower`). */
const GREEN_ALGORITHMS_MEMORY_SOURCE = {
    name: 'Green Algorithms referenceValues.csv, memoryPower (W per GB of DRAM)',
    url: `${GREEN_ALGORITHMS_TREE}/referenceValues.csv`,
    licence: 'CC BY 4.0'
};
/** Green Algorithms' GPU/TPU table, cited for the rows taken from it. */
const GREEN_ALGORITHMS_GPU_SOURCE = {
    name: 'Green Algorithms TDP_gpu.csv',
    url: `${GREEN_ALGORITHMS_TREE}/TDP_gpu.csv`,
    licence: 'CC BY 4.0'
};
/** Ember country averages as republished by CO2.js; the year varies by country (2022-2024). */
const EMBER_SOURCE = {
    name: `Ember yearly electricity data via CO2.js ${EMBER_CO2JS_VERSION} (latest year per country, 2022-2024)`,
    url: 'https://ember-energy.org/data/yearly-electricity-data/',
    licence: 'CC BY-SA 4.0'
};
/** Electricity Maps yearly zone averages as shipped in CO2.js. */
const ELECTRICITY_MAPS_SOURCE = {
    name: `Electricity Maps ${electricity_maps_generated/* ELECTRICITY_MAPS_YEAR */.Mb} yearly average via CO2.js ${electricity_maps_generated/* ELECTRICITY_MAPS_CO2JS_VERSION */.He}`,
    url: electricity_maps_generated/* ELECTRICITY_MAPS_METHODOLOGY_URL */.Ym,
    licence: 'ODbL 1.0',
    year: electricity_maps_generated/* ELECTRICITY_MAPS_YEAR */.Mb
};
/** Google's own per-region grid intensities. */
const GCP_REGION_SOURCE = {
    name: `Google Cloud region carbon info ${GCP_REGION_YEAR} (grid carbon intensity)`,
    url: 'https://github.com/GoogleCloudPlatform/region-carbon-info/blob/49f3f26bfd682305e8d9b572fea1f811900421a9/data/yearly/2024.csv',
    licence: 'Apache-2.0',
    year: GCP_REGION_YEAR
};
/** Strubell, Ganesh & McCallum (2019): US average intensity 0.954 lb/kWh and PUE 1.58. */
const STRUBELL_2019_SOURCE = {
    name: 'Strubell, Ganesh & McCallum 2019, "Energy and Policy Considerations for Deep Learning in NLP" (ACL)',
    url: 'https://aclanthology.org/P19-1355/',
    licence: 'CC BY 4.0',
    year: 2019
};
/** Cloud Carbon Footprint's methodology: the provider PUEs it uses. */
const CLOUD_CARBON_FOOTPRINT_PUE_SOURCE = {
    name: 'Cloud Carbon Footprint methodology, power usage effectiveness',
    url: 'https://www.cloudcarbonfootprint.org/docs/methodology/#power-usage-effectiveness',
    licence: 'Apache-2.0'
};
/** Uptime Institute's 2024 global average PUE, as Green Algorithms uses it for unknown providers. */
const UPTIME_2024_PUE_SOURCE = {
    name: 'Uptime Institute Global Data Center Survey 2024 average PUE, via Green Algorithms defaults_PUE.csv',
    url: `${GREEN_ALGORITHMS_TREE}/defaults_PUE.csv`,
    licence: 'CC BY 4.0',
    year: 2024
};

;// CONCATENATED MODULE: ./src/core/catalog/cpus.ts





/**
 * Rated power per physical core for a CPU known only by its core count: Green Algorithms'
 * "Any" row (12.0 W per core). Chosen over CodeCarbon's 4 W per thread because the manifest
 * counts cores, and Green Algorithms states the figure per core.
 */
const CPU_WATTS_PER_CORE = {
    wattsPerCore: 12.0,
    source: GREEN_ALGORITHMS_CPU_PER_CORE_SOURCE
};
/** DRAM power per GB of installed memory: Green Algorithms' 0.3725 W/GB. */
const MEMORY_WATTS_PER_GB = {
    wattsPerGB: 0.3725,
    source: GREEN_ALGORITHMS_MEMORY_SOURCE
};
const VENDORS = new Set(['intel', 'amd']);
/** Words that describe the part rather than name the model. */
const FILLER = new Set(['cpu', 'processor']);
/** Normalised word key of a CPU name; see the module comment for what is dropped and why. */
function cpuKey(name) {
    const withoutClock = name.replace(/@.*$/, ' '); // "CPU @ 3.00GHz": a clock, not the model
    const tokens = nameTokens(withoutClock.replace(/\b\d+-core\b/gi, ' ')).filter((t) => !FILLER.has(t));
    const withIdx = tokens.indexOf('with'); // "AMD Ryzen 7 5800H with Radeon Graphics"
    return (withIdx > 0 ? tokens.slice(0, withIdx) : tokens).join(' ');
}
let cpus_index;
function cpus_buildIndex() {
    const byKey = new Map();
    const byModel = new Map();
    for (const [name, tdpW] of CPU_POWER_ROWS) {
        const key = cpuKey(name);
        const existing = byKey.get(key);
        // The table lists a few models twice with different spellings and TDPs (e.g. a no-break
        // space in "Intel Atom E625CT"); keep the larger TDP, an upper bound, rather than the first.
        if (!existing || tdpW > existing.tdpW)
            byKey.set(key, { name: existing?.name ?? name, tdpW });
    }
    for (const [key, row] of byKey) {
        const [first, ...rest] = key.split(' ');
        if (!VENDORS.has(first) || rest.length === 0)
            continue;
        const model = rest.join(' ');
        byModel.set(model, byModel.has(model) ? null : row); // null: two vendors, ambiguous
    }
    return { byKey, byModel, names: CPU_POWER_ROWS.map(([name]) => name) };
}
function cpus_getIndex() {
    cpus_index ??= cpus_buildIndex();
    return cpus_index;
}
/**
 * Looks up a CPU's TDP by model name in CodeCarbon's table. Returns up to three closest model
 * names as `suggestions` when the name is not there (e.g. a cloud VM that hides the model as
 * "Intel(R) Xeon(R) CPU @ 2.20GHz"): give `watts:` or `cores:` instead.
 */
function findCpu(name) {
    const idx = cpus_getIndex();
    const key = cpuKey(name);
    const row = key === '' ? undefined : (idx.byKey.get(key) ?? idx.byModel.get(key) ?? undefined);
    if (row)
        return { ok: true, value: { name: row.name, kind: 'cpu', tdpW: row.tdpW, source: CODECARBON_CPU_SOURCE } };
    if (key !== '' && !/\d/.test(key)) {
        // "Intel(R) Xeon(R) CPU @ 2.20GHz": cloud VMs often hide the model; nearest names would mislead.
        return {
            ok: false,
            suggestions: [],
            reason: `"${(0,excerpt/* excerpt */.Kb)(name)}" names no CPU model number (cloud VMs often hide it); give \`watts:\` or \`cores:\` instead.`
        };
    }
    return { ok: false, suggestions: (0,suggest/* closestNames */.g9)(key === '' ? name : key, idx.names, 3) };
}

;// CONCATENATED MODULE: ./src/core/catalog/cloud-regions.ts
/**
 * Where cloud regions sit on the grid.
 *
 * AWS and Azure publish no per-region grid intensity, so each region is mapped to the
 * Electricity Maps zone that supplies the place the provider says the region is in (AWS:
 * https://aws.amazon.com/about-aws/global-infrastructure/regions_az/ ; Azure:
 * https://learn.microsoft.com/azure/reliability/regions-list and
 * https://datacenters.microsoft.com/globe/explore). The zone's yearly average is then used.
 * The basis is geography: a US region goes to the balancing authority of its state (Northern
 * Virginia and Ohio are PJM, Iowa is MISO, Texas is ERCOT, California is CAISO); elsewhere the
 * country, or the country's sub-zone where Electricity Maps splits it (Sweden SE3, Norway NO1/NO2,
 * Italy North, India West/South, Japan Tokyo/Kansai, Australia NSW/Victoria, Brazil
 * Central-South, Canada by province). Cloud Carbon Footprint (Apache-2.0) maps US regions to
 * coarser eGRID NERC regions instead (e.g. us-east-1 to SERC); see DATA-SOURCES.md.
 * GovCloud regions are left out: their sites are not published precisely enough to map.
 */
/** AWS regions -> Electricity Maps zones. */
const AWS_REGION_ZONES = [
    { region: 'us-east-1', location: 'N. Virginia', zone: 'US-MIDA-PJM' },
    { region: 'us-east-2', location: 'Ohio', zone: 'US-MIDA-PJM' },
    { region: 'us-west-1', location: 'N. California', zone: 'US-CAL-CISO' },
    { region: 'us-west-2', location: 'Oregon', zone: 'US-NW-BPAT' },
    { region: 'ca-central-1', location: 'Montréal', zone: 'CA-QC' },
    { region: 'ca-west-1', location: 'Calgary', zone: 'CA-AB' },
    { region: 'mx-central-1', location: 'Querétaro, Mexico', zone: 'MX' },
    { region: 'sa-east-1', location: 'São Paulo', zone: 'BR-CS' },
    { region: 'eu-west-1', location: 'Ireland', zone: 'IE' },
    { region: 'eu-west-2', location: 'London', zone: 'GB' },
    { region: 'eu-west-3', location: 'Paris', zone: 'FR' },
    { region: 'eu-central-1', location: 'Frankfurt', zone: 'DE' },
    { region: 'eu-central-2', location: 'Zurich', zone: 'CH' },
    { region: 'eu-north-1', location: 'Stockholm', zone: 'SE-SE3' },
    { region: 'eu-south-1', location: 'Milan', zone: 'IT-NO' },
    { region: 'eu-south-2', location: 'Aragón, Spain', zone: 'ES' },
    { region: 'il-central-1', location: 'Tel Aviv', zone: 'IL' },
    { region: 'me-south-1', location: 'Bahrain', zone: 'BH' },
    { region: 'me-central-1', location: 'United Arab Emirates', zone: 'AE' },
    { region: 'af-south-1', location: 'Cape Town', zone: 'ZA' },
    { region: 'ap-east-1', location: 'Hong Kong', zone: 'HK' },
    { region: 'ap-east-2', location: 'Taipei', zone: 'TW' },
    { region: 'ap-south-1', location: 'Mumbai', zone: 'IN-WE' },
    { region: 'ap-south-2', location: 'Hyderabad', zone: 'IN-SO' },
    { region: 'ap-southeast-1', location: 'Singapore', zone: 'SG' },
    { region: 'ap-southeast-2', location: 'Sydney', zone: 'AU-NSW' },
    { region: 'ap-southeast-3', location: 'Jakarta', zone: 'ID' },
    { region: 'ap-southeast-4', location: 'Melbourne', zone: 'AU-VIC' },
    { region: 'ap-southeast-5', location: 'Malaysia', zone: 'MY-WM' },
    { region: 'ap-southeast-7', location: 'Thailand', zone: 'TH' },
    { region: 'ap-northeast-1', location: 'Tokyo', zone: 'JP-TK' },
    { region: 'ap-northeast-2', location: 'Seoul', zone: 'KR' },
    { region: 'ap-northeast-3', location: 'Osaka', zone: 'JP-KN' }
];
/** Azure regions (programmatic names) -> Electricity Maps zones. */
const AZURE_REGION_ZONES = [
    { region: 'eastus', location: 'Virginia', zone: 'US-MIDA-PJM' },
    { region: 'eastus2', location: 'Virginia', zone: 'US-MIDA-PJM' },
    { region: 'centralus', location: 'Iowa', zone: 'US-MIDW-MISO' },
    { region: 'northcentralus', location: 'Illinois', zone: 'US-MIDA-PJM' },
    { region: 'southcentralus', location: 'Texas', zone: 'US-TEX-ERCO' },
    { region: 'westcentralus', location: 'Wyoming', zone: 'US-NW-PACE' },
    { region: 'westus', location: 'California', zone: 'US-CAL-CISO' },
    { region: 'westus2', location: 'Washington (Quincy)', zone: 'US-NW-GCPD' },
    { region: 'westus3', location: 'Phoenix, Arizona', zone: 'US-SW-AZPS' },
    { region: 'canadacentral', location: 'Toronto', zone: 'CA-ON' },
    { region: 'canadaeast', location: 'Québec City', zone: 'CA-QC' },
    { region: 'brazilsouth', location: 'São Paulo State', zone: 'BR-CS' },
    { region: 'mexicocentral', location: 'Querétaro, Mexico', zone: 'MX' },
    { region: 'northeurope', location: 'Ireland', zone: 'IE' },
    { region: 'westeurope', location: 'Netherlands', zone: 'NL' },
    { region: 'uksouth', location: 'London', zone: 'GB' },
    { region: 'ukwest', location: 'Cardiff', zone: 'GB' },
    { region: 'francecentral', location: 'Paris', zone: 'FR' },
    { region: 'francesouth', location: 'Marseille', zone: 'FR' },
    { region: 'germanywestcentral', location: 'Frankfurt', zone: 'DE' },
    { region: 'germanynorth', location: 'Berlin', zone: 'DE' },
    { region: 'swedencentral', location: 'Gävle', zone: 'SE-SE3' },
    { region: 'norwayeast', location: 'Oslo', zone: 'NO-NO1' },
    { region: 'norwaywest', location: 'Stavanger', zone: 'NO-NO2' },
    { region: 'switzerlandnorth', location: 'Zürich', zone: 'CH' },
    { region: 'switzerlandwest', location: 'Geneva', zone: 'CH' },
    { region: 'italynorth', location: 'Milan', zone: 'IT-NO' },
    { region: 'polandcentral', location: 'Warsaw', zone: 'PL' },
    { region: 'spaincentral', location: 'Madrid', zone: 'ES' },
    { region: 'eastasia', location: 'Hong Kong', zone: 'HK' },
    { region: 'southeastasia', location: 'Singapore', zone: 'SG' },
    { region: 'japaneast', location: 'Tokyo', zone: 'JP-TK' },
    { region: 'japanwest', location: 'Osaka', zone: 'JP-KN' },
    { region: 'koreacentral', location: 'Seoul', zone: 'KR' },
    { region: 'koreasouth', location: 'Busan', zone: 'KR' },
    { region: 'australiaeast', location: 'New South Wales', zone: 'AU-NSW' },
    { region: 'australiasoutheast', location: 'Victoria', zone: 'AU-VIC' },
    { region: 'australiacentral', location: 'Canberra', zone: 'AU-NSW' },
    { region: 'centralindia', location: 'Pune', zone: 'IN-WE' },
    { region: 'southindia', location: 'Chennai', zone: 'IN-SO' },
    { region: 'westindia', location: 'Mumbai', zone: 'IN-WE' },
    { region: 'uaenorth', location: 'Dubai', zone: 'AE' },
    { region: 'uaecentral', location: 'Abu Dhabi', zone: 'AE' },
    { region: 'southafricanorth', location: 'Johannesburg', zone: 'ZA' },
    { region: 'southafricawest', location: 'Cape Town', zone: 'ZA' },
    { region: 'qatarcentral', location: 'Doha', zone: 'QA' },
    { region: 'israelcentral', location: 'Israel', zone: 'IL' }
];
/**
 * Country of each Google Cloud region, for labels only (Google's CSV names a city or campus,
 * e.g. "Eemshaven"). The intensity itself comes from Google's CSV.
 */
const GCP_REGION_COUNTRIES = {
    'africa-south1': 'South Africa',
    'asia-east1': 'Taiwan',
    'asia-east2': 'Hong Kong',
    'asia-northeast1': 'Japan',
    'asia-northeast2': 'Japan',
    'asia-northeast3': 'South Korea',
    'asia-south1': 'India',
    'asia-south2': 'India',
    'asia-southeast1': 'Singapore',
    'asia-southeast2': 'Indonesia',
    'australia-southeast1': 'Australia',
    'australia-southeast2': 'Australia',
    'europe-central2': 'Poland',
    'europe-north1': 'Finland',
    'europe-north2': 'Sweden',
    'europe-southwest1': 'Spain',
    'europe-west1': 'Belgium',
    'europe-west2': 'United Kingdom',
    'europe-west3': 'Germany',
    'europe-west4': 'Netherlands',
    'europe-west6': 'Switzerland',
    'europe-west8': 'Italy',
    'europe-west9': 'France',
    'europe-west10': 'Germany',
    'europe-west12': 'Italy',
    'me-central1': 'Qatar',
    'me-central2': 'Saudi Arabia',
    'me-west1': 'Israel',
    'northamerica-northeast1': 'Canada',
    'northamerica-northeast2': 'Canada',
    'northamerica-south1': 'Mexico',
    'southamerica-east1': 'Brazil',
    'southamerica-west1': 'Chile',
    'us-central1': 'United States',
    'us-central2': 'United States',
    'us-east1': 'United States',
    'us-east2': 'United States',
    'us-east4': 'United States',
    'us-east5': 'United States',
    'us-south1': 'United States',
    'us-west1': 'United States',
    'us-west2': 'United States',
    'us-west3': 'United States',
    'us-west4': 'United States'
};

// EXTERNAL MODULE: ./src/core/catalog/data/iso-countries.generated.ts
var iso_countries_generated = __webpack_require__(1649);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(2184);
;// CONCATENATED MODULE: ./src/core/catalog/presets.ts


/** Strubell et al. 2019: the EPA US average, 0.954 lb CO2e per kWh, and PUE 1.58. */
const STRUBELL_LB_PER_KWH = 0.954;
/** Presets by lower-case name: `strubell-2019` reproduces the paper's method. */
const PRESETS = Object.freeze({
    'strubell-2019': {
        intensity: {
            intensityGPerKWh: STRUBELL_LB_PER_KWH * units/* KG_PER_LB */.C3 * 1000, // lb/kWh x kg/lb x g/kg
            label: 'Strubell et al. 2019 (US average, 0.954 lb/kWh)',
            key: 'strubell-2019',
            source: STRUBELL_2019_SOURCE
        },
        pue: { pue: 1.58, source: STRUBELL_2019_SOURCE }
    }
});
/** The preset `location` names (case-insensitive, surrounding spaces ignored), or undefined. */
function presetFor(location) {
    const key = location.trim().toLowerCase();
    return Object.hasOwn(PRESETS, key) ? PRESETS[key] : undefined;
}

;// CONCATENATED MODULE: ./src/core/catalog/locations.ts








let locations_index;
function locations_getIndex() {
    if (locations_index)
        return locations_index;
    const countries = iso_countries_generated/* ISO_COUNTRIES */.r.map(([alpha2, alpha3, name]) => ({ alpha2, alpha3, name }));
    locations_index = {
        byAlpha2: new Map(countries.map((c) => [c.alpha2, c])),
        byAlpha3: new Map(countries.map((c) => [c.alpha3, c])),
        byName: new Map(countries.map((c) => [(0,suggest/* normalizeName */.Pc)(c.name), c])),
        aws: new Map(AWS_REGION_ZONES.map((r) => [r.region, r])),
        azure: new Map(AZURE_REGION_ZONES.map((r) => [azureKey(r.region), r]))
    };
    return locations_index;
}
/** Azure regions are written "East US 2", "eastus2" or "east-us-2"; all mean `eastus2`. */
function azureKey(region) {
    return region.toLowerCase().replace(/[^a-z0-9]/g, '');
}
const hasOwn = (o, k) => Object.hasOwn(o, k);
function emberCountry(country) {
    if (!hasOwn(EMBER_AVERAGE_INTENSITY, country.alpha3))
        return undefined;
    return {
        intensityGPerKWh: EMBER_AVERAGE_INTENSITY[country.alpha3],
        label: country.name,
        key: country.alpha3,
        source: EMBER_SOURCE
    };
}
function emberAggregate(key) {
    if (!hasOwn(EMBER_AGGREGATE_LABELS, key) || !hasOwn(EMBER_AVERAGE_INTENSITY, key))
        return undefined;
    return {
        intensityGPerKWh: EMBER_AVERAGE_INTENSITY[key],
        label: EMBER_AGGREGATE_LABELS[key],
        key,
        source: EMBER_SOURCE
    };
}
/** An Electricity Maps zone; `key` is how to write it so that it resolves back to this zone. */
function zone(zoneKey, writtenKey) {
    if (!hasOwn(electricity_maps_generated/* ELECTRICITY_MAPS_ZONES */.KC, zoneKey))
        return undefined;
    const [intensityGPerKWh, label] = electricity_maps_generated/* ELECTRICITY_MAPS_ZONES */.KC[zoneKey];
    return {
        intensityGPerKWh,
        label,
        key: writtenKey,
        source: { ...ELECTRICITY_MAPS_SOURCE, name: `${ELECTRICITY_MAPS_SOURCE.name}, zone ${zoneKey}` }
    };
}
/** A bare code resolves as a country first (see module comment), then as a zone. */
function resolveBare(raw) {
    const idx = locations_getIndex();
    const upper = raw.toUpperCase();
    const country = (upper.length === 3 ? idx.byAlpha3.get(upper) : undefined) ??
        (upper.length === 2 ? idx.byAlpha2.get(upper) : undefined);
    if (country) {
        const value = emberCountry(country) ?? zone(country.alpha2, country.alpha2);
        if (value)
            return value;
    }
    const bareZone = zone(upper, upper);
    if (bareZone)
        return bareZone;
    const aggregate = emberAggregate(upper.replace(/\s+/g, ' '));
    if (aggregate)
        return aggregate;
    const named = idx.byName.get((0,suggest/* normalizeName */.Pc)(raw));
    if (named)
        return emberCountry(named) ?? zone(named.alpha2, named.alpha2);
    return undefined;
}
function cloudRegion(provider, region) {
    const idx = locations_getIndex();
    const entry = provider === 'aws' ? idx.aws.get(region.toLowerCase()) : idx.azure.get(azureKey(region));
    if (!entry)
        return undefined;
    const grid = zone(entry.zone, entry.zone);
    if (!grid)
        return undefined;
    const providerName = provider === 'aws' ? 'AWS' : 'Azure';
    return {
        intensityGPerKWh: grid.intensityGPerKWh,
        label: `${providerName} ${entry.region} (${entry.location}; Electricity Maps zone ${entry.zone})`,
        key: `${provider}:${entry.region}`,
        source: {
            ...grid.source,
            name: `${grid.source.name}; ${providerName} region mapped to the zone by its published location (carbon-gate)`
        }
    };
}
function gcpRegion(region) {
    const key = region.toLowerCase();
    if (!hasOwn(GCP_REGIONS, key))
        return undefined;
    const [location, intensityGPerKWh] = GCP_REGIONS[key];
    const country = hasOwn(GCP_REGION_COUNTRIES, key) ? GCP_REGION_COUNTRIES[key] : undefined;
    const where = country && country !== location ? `${location}, ${country}` : location;
    return { intensityGPerKWh, label: `GCP ${key} (${where})`, key: `gcp:${key}`, source: GCP_REGION_SOURCE };
}
function resolvePrefixed(provider, rest) {
    switch (provider) {
        case 'gcp':
            return gcpRegion(rest);
        case 'aws':
        case 'azure':
            return cloudRegion(provider, rest);
        case 'zone': {
            const zoneKey = rest.toUpperCase();
            // Write the bare key where it already means this zone, `zone:` where a country shadows it.
            const bare = resolveBare(zoneKey);
            const shadowed = bare === undefined || bare.key !== zoneKey;
            return zone(zoneKey, shadowed ? `zone:${zoneKey}` : zoneKey);
        }
        default:
            return undefined;
    }
}
/**
 * Resolves a manifest location to a grid intensity with its label, normalised key and source
 * (name, URL, licence and, where the data gives it, the year). Unknown locations return up to
 * three closest known locations as `suggestions`.
 */
function findIntensity(location) {
    const raw = location.trim();
    if (raw === '')
        return { ok: false, suggestions: [] };
    const preset = presetFor(raw);
    if (preset)
        return { ok: true, value: preset.intensity };
    const colon = raw.indexOf(':');
    const value = colon > 0
        ? resolvePrefixed(raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim())
        : resolveBare(raw);
    if (value)
        return { ok: true, value };
    return { ok: false, suggestions: locationSuggestions(raw) };
}
/**
 * Up to three known locations closest to `raw`. A `provider:` input is compared with that
 * provider's regions only; candidates under half the input's length are left out, because
 * closestNames ranks any candidate contained in the input first ("Germny" contains "ER").
 */
function locationSuggestions(raw) {
    const colon = raw.indexOf(':');
    const prefix = colon > 0 ? `${raw.slice(0, colon).trim().toLowerCase()}:` : '';
    const all = suggestionCandidates();
    const sameProvider = prefix ? all.filter((c) => c.startsWith(prefix)) : [];
    const minLength = Math.ceil((0,suggest/* normalizeName */.Pc)(raw).length / 2);
    const pool = (sameProvider.length > 0 ? sameProvider : all).filter((c) => (0,suggest/* normalizeName */.Pc)(c).length >= minLength);
    return (0,suggest/* closestNames */.g9)(raw, pool, 3);
}
let known;
/**
 * Every location key the catalogue resolves, sorted: presets, ISO alpha-3 and alpha-2 codes,
 * Ember aggregates, Electricity Maps zones, `zone:` keys for zones a country code shadows, and
 * `gcp:`, `aws:` and `azure:` regions. For suggestions and documentation.
 */
function knownLocations() {
    if (known)
        return [...known];
    const idx = locations_getIndex();
    const keys = new Set(Object.keys(PRESETS));
    for (const c of idx.byAlpha3.values()) {
        if (hasOwn(EMBER_AVERAGE_INTENSITY, c.alpha3) || hasOwn(electricity_maps_generated/* ELECTRICITY_MAPS_ZONES */.KC, c.alpha2)) {
            keys.add(c.alpha3);
            keys.add(c.alpha2);
        }
    }
    for (const k of Object.keys(EMBER_AGGREGATE_LABELS))
        if (hasOwn(EMBER_AVERAGE_INTENSITY, k))
            keys.add(k);
    for (const k of Object.keys(electricity_maps_generated/* ELECTRICITY_MAPS_ZONES */.KC)) {
        const country = idx.byAlpha2.get(k);
        keys.add(country && hasOwn(EMBER_AVERAGE_INTENSITY, country.alpha3) ? `zone:${k}` : k);
    }
    for (const k of Object.keys(GCP_REGIONS))
        keys.add(`gcp:${k}`);
    for (const r of AWS_REGION_ZONES)
        keys.add(`aws:${r.region}`);
    for (const r of AZURE_REGION_ZONES)
        keys.add(`azure:${r.region}`);
    known = [...keys].sort();
    return [...known];
}
let candidates;
/** Known keys plus English country names, so "Germny" suggests "Germany". */
function suggestionCandidates() {
    candidates ??= [...knownLocations(), ...[...locations_getIndex().byAlpha3.values()].map((c) => c.name)];
    return candidates;
}

;// CONCATENATED MODULE: ./src/core/catalog/pue.ts


/** Provider fleet PUEs as Cloud Carbon Footprint uses them (Apache-2.0). */
const PROVIDER_PUE = Object.freeze({
    gcp: {
        pue: 1.1,
        source: {
            ...CLOUD_CARBON_FOOTPRINT_PUE_SOURCE,
            name: `${CLOUD_CARBON_FOOTPRINT_PUE_SOURCE.name}: Google Cloud 1.1`
        }
    },
    aws: {
        pue: 1.135,
        source: { ...CLOUD_CARBON_FOOTPRINT_PUE_SOURCE, name: `${CLOUD_CARBON_FOOTPRINT_PUE_SOURCE.name}: AWS 1.135` }
    },
    // CCF's code uses 1.185 (Microsoft's trailing-12-month average); its doc also quotes 1.125 for newest designs.
    azure: {
        pue: 1.185,
        source: { ...CLOUD_CARBON_FOOTPRINT_PUE_SOURCE, name: `${CLOUD_CARBON_FOOTPRINT_PUE_SOURCE.name}: Azure 1.185` }
    }
});
/** PUE for a location that is not a cloud region or preset (and for no location at all). */
const DEFAULT_PUE = Object.freeze({ pue: 1.56, source: UPTIME_2024_PUE_SOURCE });
/**
 * The default PUE for a manifest location: `gcp:` 1.1, `aws:` 1.135, `azure:` 1.185, a preset's
 * own PUE (`strubell-2019`: 1.58), otherwise 1.56. An explicit `pue:` in the manifest wins over
 * this; the caller applies that.
 */
function defaultPue(location) {
    if (location === undefined || location.trim() === '')
        return DEFAULT_PUE;
    const preset = presetFor(location);
    if (preset)
        return preset.pue;
    const colon = location.indexOf(':');
    const provider = colon > 0 ? location.slice(0, colon).trim().toLowerCase() : '';
    if (provider === 'gcp' || provider === 'aws' || provider === 'azure')
        return PROVIDER_PUE[provider];
    return DEFAULT_PUE;
}

;// CONCATENATED MODULE: ./src/core/catalog/index.ts
/**
 * The offline catalogues: GPU/accelerator and CPU power, DRAM power, grid intensity by location,
 * PUE defaults and presets. Every value carries a SourceRef (name, URL, licence, year where
 * known); DATA-SOURCES.md lists the sources and LICENSES/ holds their licence texts.
 */








/***/ }),

/***/ 9081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH)
/* harmony export */ });
/**
 * Where the adapters look for the config when none is named. A module of its own, apart from the
 * config parser (config.ts, which loads YAML and the policy's readers): the options table names it,
 * and `carbon-gate --help` must not load the parser to print it.
 */
const DEFAULT_CONFIG_PATH = '.github/carbon-budget.yml';


/***/ }),

/***/ 7157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ capDiagnostics),
/* harmony export */   _v: () => (/* binding */ DiagnosticCap)
/* harmony export */ });
/* unused harmony export MAX_DIAGNOSTICS_PER_CODE */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);

/** Diagnostics kept per file and code; beyond it they are counted and summarised in one more. */
const MAX_DIAGNOSTICS_PER_CODE = 10;
/** Lines of the left-out diagnostics named in the summary. */
const EXAMPLE_LINES = 5;
const RANK = { error: 0, warning: 1, notice: 2 };
/**
 * Collects diagnostics, keeping the first {@link MAX_DIAGNOSTICS_PER_CODE} of each (file, code) in
 * the order added, and counting the rest. Memory is bounded by the number of distinct files and
 * codes, whatever the number of diagnostics added.
 */
class DiagnosticCap {
    limit;
    kept = [];
    counts = new Map();
    overflow = new Map();
    errors = false;
    constructor(limit = MAX_DIAGNOSTICS_PER_CODE) {
        this.limit = limit;
    }
    /** Adds one diagnostic: kept, or counted where its (file, code) is full. */
    add(d) {
        if (d.severity === 'error')
            this.errors = true;
        const key = `${d.file ?? ''}\u0000${d.code}`;
        const n = this.counts.get(key) ?? 0;
        this.counts.set(key, n + 1);
        if (n < this.limit) {
            this.kept.push(d);
            return;
        }
        let o = this.overflow.get(key);
        if (o === undefined) {
            o = { first: d, count: 0, severity: d.severity, lines: [], later: false };
            this.overflow.set(key, o);
        }
        o.count++;
        if (RANK[d.severity] < RANK[o.severity])
            o.severity = d.severity;
        if (d.line !== undefined && !o.lines.includes(d.line)) {
            if (o.lines.length < EXAMPLE_LINES)
                o.lines.push(d.line);
            else
                o.later = true;
        }
    }
    /** Adds every diagnostic of a list, in order. */
    addAll(ds) {
        for (const d of ds)
            this.add(d);
    }
    /** True when any diagnostic added (kept or counted) is an error. */
    hasErrors() {
        return this.errors;
    }
    /** The kept diagnostics in the order added, then one summary per (file, code) that overflowed. */
    list() {
        const out = this.kept.slice();
        for (const o of this.overflow.values())
            out.push(summary(o, this.limit));
        return out;
    }
}
/** The diagnostic that stands for the left-out ones of a (file, code): same code, worst severity. */
function summary(o, limit) {
    const where = o.lines.length === 0
        ? ''
        : ` (at line${o.lines.length > 1 ? 's' : ''} ${o.lines.join(', ')}${o.later ? ' and later' : ''})`;
    const d = {
        severity: o.severity,
        code: o.first.code,
        message: `... and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(o.count)} more ${o.first.code} diagnostic${o.count === 1 ? '' : 's'} like this${o.first.file !== undefined ? ' in this file' : ''}${where}, not listed: only the first ${limit} of a kind are.`
    };
    if (o.first.file !== undefined)
        d.file = o.first.file;
    if (o.lines.length > 0)
        d.line = o.lines[0];
    return d;
}
/** The diagnostics of a list, capped per (file, code) as {@link DiagnosticCap} does. */
function capDiagnostics(ds) {
    const cap = new DiagnosticCap();
    cap.addAll(ds);
    return cap.list();
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   YK: () => (/* binding */ diagnostic),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/**
 * Builds a diagnostic at a position (or with no position, for whole-run problems). Only a
 * registered code is accepted, so an undocumented code does not compile.
 */
function diagnostic(severity, code, message, at) {
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


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ excerptList),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   v7: () => (/* binding */ excerptMessage)
/* harmony export */ });
/* unused harmony export EXCERPT_MAX_CHARS */
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


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ formatRatio),
/* harmony export */   Jr: () => (/* binding */ formatPlainNumber),
/* harmony export */   Pe: () => (/* binding */ formatWatts),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
/* harmony export */   TA: () => (/* binding */ formatIntensity),
/* harmony export */   Ws: () => (/* binding */ formatPue),
/* harmony export */   Ym: () => (/* binding */ formatShares),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   d5: () => (/* binding */ formatPower),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z9: () => (/* binding */ formatMemory)
/* harmony export */ });
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
const ENERGY_SCALES = [
    [1e6, 'GWh', 1, 1e6],
    [1e3, 'MWh', 1, 1e3],
    [1, 'kWh', 1, 1],
    [0, 'Wh', 1e3, 1]
];
/** Energy in the unit that keeps the number readable: Wh below 1 kWh, MWh and GWh above. */
function formatEnergy(energyKWh) {
    return scaled(energyKWh, ENERGY_SCALES, 'kWh');
}
/** Mass scales in kg, largest first. */
const MASS_SCALES = [
    [1e3, 't', 1, 1e3],
    [1, 'kg', 1, 1],
    [0, 'g', 1e3, 1]
];
/** Emissions (CO2e mass) in g below 1 kg, t (metric tonnes) from 1,000 kg. */
function formatMass(emissionsKg) {
    return scaled(emissionsKg, MASS_SCALES, 'kg');
}
/** Power scales in W, largest first. */
const POWER_SCALES = [
    [1e6, 'MW', 1, 1e6],
    [1e3, 'kW', 1, 1e3],
    [0, 'W', 1, 1]
];
/** Power in the unit that keeps the number readable: `400 W`, `1.42 kW`, `2.5 MW`. */
function formatPower(powerW) {
    return scaled(powerW, POWER_SCALES, 'W');
}
/** Power as written in a manifest, in W with up to two decimals: `1,515.43 W`, `400 W`. */
function formatWatts(powerW) {
    return `${wattsFormat.format(powerW)} W`;
}
/** Memory scales in GB (decimal), largest first. */
const MEMORY_SCALES = [
    [1e3, 'TB', 1, 1e3],
    [1, 'GB', 1, 1],
    [0, 'MB', 1e3, 1]
];
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
function formatBytes(bytes) {
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


/***/ }),

/***/ 9302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ weightByHour),
/* harmony export */   bU: () => (/* binding */ parseIntensityCsv),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   vm: () => (/* binding */ seriesFromPoints)
/* harmony export */ });
/* unused harmony exports INTENSITY_SERIES_CODES, addEnergyByHour */
/* harmony import */ var _diagnostic_cap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7157);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7135);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _traces_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7685);
/* harmony import */ var _traces_timezone_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2531);
/**
 * Time-resolved grid intensity: an hourly series of g CO2e/kWh, read from a CSV file or built from
 * a provider's points, and the weighting of energy by the intensity of the hour it was drawn in.
 *
 * Annual averages hide the daily swing of a grid (solar noon against a coal-fired evening); a run's
 * hours weighted by their own intensity say what it really emitted. Hours the series lacks fall back
 * to the annual value and are listed, so the report can say how much was time-resolved.
 */






/** Every diagnostic code of the hourly intensity series reader (documented in docs/diagnostics/formats.md). */
const INTENSITY_SERIES_CODES = (/* unused pure expression or super */ null && ([
    'intensity/empty',
    'intensity/missing-column',
    'intensity/unknown-unit',
    'intensity/unit-assumed',
    'intensity/column-chosen',
    'intensity/bad-timezone',
    'intensity/bad-timestamp',
    'intensity/missing-value',
    'intensity/non-numeric',
    'intensity/negative',
    'intensity/implausible',
    'intensity/duplicate-time',
    'intensity/sub-hourly',
    'intensity/no-usable-rows'
]));
/** One hour, in milliseconds. Series keys are multiples of it (UTC hour starts). */
const HOUR_MS = 3_600_000;
/**
 * Highest plausible grid intensity, g/kWh: twice coal-fired generation's 995 g/kWh (CodeCarbon
 * `data/private_infra/carbon_intensity_per_source.json`, MIT), which no grid average exceeds.
 * Above it a value is a unit mistake, not a grid.
 */
const MAX_PLAUSIBLE_INTENSITY_G_PER_KWH = 2000;
/** Start of the UTC hour that contains `timeMs`. */
function hourStartMs(timeMs) {
    return Math.floor(timeMs / HOUR_MS) * HOUR_MS;
}
/**
 * Bins points into hours. A point labels the hour that starts at or before it (Electricity Maps
 * stamps each hour with its start). Several points in one hour (5- or 15-minute data) are averaged,
 * which equals the time-weighted mean when they are evenly spaced.
 */
function seriesFromPoints(points, label, source) {
    const sums = new Map();
    for (const p of points) {
        const hour = hourStartMs(p.timeMs);
        const acc = sums.get(hour);
        if (acc) {
            acc.sum += p.intensityGPerKWh;
            acc.count++;
        }
        else
            sums.set(hour, { sum: p.intensityGPerKWh, count: 1 });
    }
    const hourlyGPerKWh = new Map();
    for (const hour of [...sums.keys()].sort((a, b) => a - b)) {
        const acc = sums.get(hour);
        hourlyGPerKWh.set(hour, acc.sum / acc.count);
    }
    return { hourlyGPerKWh, label, source };
}
/** Conversion factors to g/kWh for the units a header may name. */
const UNIT_FACTORS = [
    { re: /\bkg (per )?kwh\b/, factor: 1000, unit: 'kg/kWh' },
    { re: /\b(t|tonnes?|tons?) (per )?mwh\b/, factor: 1000, unit: 't/MWh' },
    { re: /\blbs? (per )?mwh\b/, factor: 0.45359237, unit: 'lb/MWh' },
    { re: /\bkg (per )?mwh\b/, factor: 1, unit: 'kg/MWh' },
    { re: /\bg (per )?kwh\b/, factor: 1, unit: 'g/kWh' },
    { re: /\bg (per )?mwh\b/, factor: 0.001, unit: 'g/MWh' }
];
/** Columns that mention carbon but hold shares, not intensities (Electricity Maps' CFE%, etc.). */
const NOT_INTENSITY = /\b(percent|percentage|pct|free|renewable|low carbon|fossil|estimated|estimation|source)\b/;
const TIME_NAMES = /^(timestamp|datetime|date ?time|time|hour|point time|period start|start|datetime utc|date time utc|timestamp utc)$/;
/** Lower-cases a header and turns CO2 spellings and punctuation into spaces, for matching. */
function headerWords(header) {
    return header
        .toLowerCase()
        .replace(/co₂/g, 'co2')
        .replace(/co2(eq|e)?/g, ' ')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** Reads the unit from a header: a factor to g/kWh, `undefined` when none is named, or an error. */
function unitOf(header) {
    const words = headerWords(header)
        .replace(/\bg(?=kwh|mwh)/, 'g ')
        .replace(/\bkg(?=kwh|mwh)/, 'kg ');
    for (const u of UNIT_FACTORS)
        if (u.re.test(words))
            return { factor: u.factor, unit: u.unit };
    if (/kwh|mwh|wh\b/.test(words))
        return { error: `unrecognised unit in column "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(header.trim())}"` };
    return undefined;
}
/**
 * Parses an hourly intensity CSV: a timestamp column and an intensity column, found by header
 * name (`timestamp`/`datetime`/`Datetime (UTC)`...; `carbon_intensity_gco2_per_kwh`,
 * `Carbon Intensity gCO₂eq/kWh (LCA)`...), or the first two columns when there is no header.
 * The unit is read from the intensity header (g/kWh, kg/kWh, t/MWh, lb/MWh); none means g/kWh.
 * Where a header offers both life-cycle and direct intensities, life-cycle is used (Electricity
 * Maps' default). Bad rows are skipped with a warning naming file, line and column; a file with no
 * usable row is an error.
 */
function parseIntensityCsv(text, file, options = {}) {
    const diagnostics = [];
    const source = options.source ?? { name: `intensity series ${file}`, licence: 'as supplied by the user' };
    const empty = () => ({ series: { hourlyGPerKWh: new Map(), label: file, source }, diagnostics });
    const zoneResult = (0,_traces_timezone_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveZone */ .VY)(options.timezone);
    if ('error' in zoneResult) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'intensity/bad-timezone', zoneResult.error, { file }));
        return empty();
    }
    const zone = zoneResult.zone;
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    let lineIndex = lines.findIndex((l) => l.trim().length > 0 && !l.trimStart().startsWith('#'));
    if (lineIndex === -1) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'intensity/empty', 'The intensity file has no rows; expected a header such as "timestamp,carbon_intensity_gco2_per_kwh" and one row per hour.', { file }));
        return empty();
    }
    const first = (0,_traces_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .splitCsvRecord */ .iE)(lines[lineIndex]);
    let timeCol = 0;
    let valueCol = 1;
    let factor = 1;
    let unit = 'g/kWh';
    if (Number.isNaN((0,_traces_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimeMs */ .jR)(first[0], zone))) {
        // A header row: find the columns by name.
        const words = first.map(headerWords);
        timeCol = words.findIndex((w) => TIME_NAMES.test(w) || /\b(datetime|timestamp)\b/.test(w));
        const candidates = words
            .map((w, i) => ({ w, i }))
            .filter(({ w, i }) => i !== timeCol &&
            !NOT_INTENSITY.test(w) &&
            (/\b(intensity|carbon|emission factor|ci)\b/.test(w) || /\bg (per )?kwh\b|gkwh/.test(w)));
        const headerLine = lineIndex + 1;
        if (timeCol === -1) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'intensity/missing-column', `No timestamp column in the header; expected one named "timestamp" or "datetime".${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)('timestamp', first))}`, { file, line: headerLine, column: 1 }));
        }
        if (candidates.length === 0) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'intensity/missing-column', `No intensity column in the header; expected one named like "carbon_intensity_gco2_per_kwh".${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g9)('carbon_intensity', first))}`, { file, line: headerLine, column: 1 }));
        }
        if (timeCol === -1 || candidates.length === 0)
            return empty();
        const lifecycle = candidates.find(({ w }) => /\b(lca|lifecycle|life cycle)\b/.test(w));
        const chosen = lifecycle ?? candidates[0];
        valueCol = chosen.i;
        if (candidates.length > 1) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('notice', 'intensity/column-chosen', `Several intensity columns; using "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(first[valueCol].trim())}"${lifecycle ? ' (life-cycle, as Electricity Maps defaults to)' : ' (the first)'}.`, { file, ...cellSpan(lines[lineIndex], headerLine, valueCol) }));
        }
        const u = unitOf(first[valueCol]);
        if (u && 'error' in u) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'intensity/unknown-unit', `${u.error}; expected g/kWh, kg/kWh, t/MWh or lb/MWh.`, {
                file,
                ...cellSpan(lines[lineIndex], headerLine, valueCol)
            }));
            return empty();
        }
        if (u) {
            factor = u.factor;
            unit = u.unit;
        }
        else {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('notice', 'intensity/unit-assumed', `Column "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(first[valueCol].trim())}" names no unit; read as g CO2e/kWh.`, { file, ...cellSpan(lines[lineIndex], headerLine, valueCol) }));
        }
        lineIndex++;
    }
    const points = [];
    const seen = new Set();
    let skipped = 0;
    // One warning per bad row, but a file of a million bad rows gets a bounded list.
    const rowWarnings = new _diagnostic_cap_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticCap */ ._v();
    for (; lineIndex < lines.length; lineIndex++) {
        const raw = lines[lineIndex];
        if (raw.trim().length === 0 || raw.trimStart().startsWith('#'))
            continue;
        const line = lineIndex + 1;
        const fields = (0,_traces_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .splitCsvRecord */ .iE)(raw);
        const warn = (code, message, col) => {
            skipped++;
            rowWarnings.add((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('warning', code, message, { file, ...cellSpan(raw, line, col) }));
        };
        const timeText = (fields[timeCol] ?? '').trim();
        const timeMs = (0,_traces_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimeMs */ .jR)(timeText, zone);
        if (Number.isNaN(timeMs)) {
            warn('intensity/bad-timestamp', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(timeText)}" is not a timestamp; expected ISO 8601 such as 2024-01-01T13:00:00Z. Row skipped.`, timeCol);
            continue;
        }
        const valueText = (fields[valueCol] ?? '').trim();
        if (valueText === '') {
            warn('intensity/missing-value', 'No intensity on this row; the hour falls back to the annual value.', valueCol);
            continue;
        }
        const value = Number(valueText);
        if (!Number.isFinite(value)) {
            warn('intensity/non-numeric', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(valueText)}" is not a number; expected an intensity in ${unit}. Row skipped.`, valueCol);
            continue;
        }
        const gPerKWh = value * factor;
        if (gPerKWh < 0) {
            warn('intensity/negative', `Intensity ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(valueText)} ${unit} is negative. Row skipped.`, valueCol);
            continue;
        }
        if (gPerKWh > MAX_PLAUSIBLE_INTENSITY_G_PER_KWH) {
            warn('intensity/implausible', `Intensity ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(valueText)} ${unit} is above ${MAX_PLAUSIBLE_INTENSITY_G_PER_KWH} g/kWh, more than any grid emits. Row skipped.`, valueCol);
            continue;
        }
        if (seen.has(timeMs)) {
            warn('intensity/duplicate-time', `Timestamp ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(timeText)} appears again; the first value is kept.`, timeCol);
            continue;
        }
        seen.add(timeMs);
        points.push({ timeMs, intensityGPerKWh: gPerKWh });
    }
    for (const d of rowWarnings.list())
        diagnostics.push(d);
    const series = seriesFromPoints(points, file, source);
    if (series.hourlyGPerKWh.size === 0) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('error', 'intensity/no-usable-rows', `No usable intensity row${skipped ? ` (${skipped} skipped)` : ''}; expected rows of timestamp and intensity.`, { file }));
    }
    else if (series.hourlyGPerKWh.size < points.length) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnostic */ .YK)('notice', 'intensity/sub-hourly', `${points.length} readings fall in ${series.hourlyGPerKWh.size} hour${series.hourlyGPerKWh.size === 1 ? '' : 's'}; each hour uses the mean of its readings.`, { file }));
    }
    return { series, diagnostics };
}
/**
 * Adds an interval's energy to a per-hour map, spread evenly over the hours it overlaps (a
 * constant draw within the interval, which is all an interval tells). Keys are UTC hour starts.
 */
function addEnergyByHour(energyByHourKWh, startMs, endMs, energyKWh) {
    if (!(endMs > startMs)) {
        const hour = hourStartMs(startMs);
        energyByHourKWh.set(hour, (energyByHourKWh.get(hour) ?? 0) + energyKWh);
        return;
    }
    const perMs = energyKWh / (endMs - startMs);
    for (let hour = hourStartMs(startMs); hour < endMs; hour += HOUR_MS) {
        const overlapMs = Math.min(endMs, hour + HOUR_MS) - Math.max(startMs, hour);
        energyByHourKWh.set(hour, (energyByHourKWh.get(hour) ?? 0) + overlapMs * perMs);
    }
}
/**
 * Weights each hour's energy by that hour's intensity: sum of kWh x g/kWh / 1000. Hours absent
 * from the series use `fallbackIntensityGPerKWh` (the location's annual average) and are listed in
 * `missingHours`. Keys that are not hour starts are read as the hour containing them.
 */
function weightByHour(energyByHourKWh, series, fallbackIntensityGPerKWh) {
    let emissionsG = 0;
    let totalKWh = 0;
    let coveredKWh = 0;
    const missing = new Set();
    for (const [key, energyKWh] of energyByHourKWh) {
        const hour = hourStartMs(key);
        totalKWh += energyKWh;
        const intensity = series.hourlyGPerKWh.get(hour);
        if (intensity === undefined) {
            emissionsG += energyKWh * fallbackIntensityGPerKWh;
            if (energyKWh > 0)
                missing.add(hour);
        }
        else {
            emissionsG += energyKWh * intensity;
            coveredKWh += energyKWh;
        }
    }
    return {
        emissionsKg: emissionsG / 1000,
        coveredFraction: totalKWh > 0 ? coveredKWh / totalKWh : missing.size === 0 ? 1 : 0,
        missingHours: [...missing].sort((a, b) => a - b)
    };
}
/**
 * Where CSV field `index` of `text` (line `line`) is written: its first character, as written
 * (quotes and leading blanks included), and its last, without the blanks before the next comma;
 * no end for an empty field.
 */
function cellSpan(text, line, index) {
    const column = (0,_traces_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .csvColumnOf */ .oJ)(text, index);
    let end = column - 1; // 0-based: the field runs from column - 1 up to (not including) end
    let inQuotes = false;
    for (; end < text.length; end++) {
        const c = text[end];
        if (c === '"')
            inQuotes = !inQuotes;
        else if (c === ',' && !inQuotes)
            break;
    }
    while (end > column - 1 && /\s/.test(text[end - 1]))
        end--;
    return end > column - 1 ? { line, column, endLine: line, endColumn: end } : { line, column };
}


/***/ }),

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ escapeLine),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   hN: () => (/* binding */ escapeControl),
/* harmony export */   jk: () => (/* binding */ escapeJsonText)
/* harmony export */ });
/**
 * Escaping for text that comes from manifests and logs (run names, file paths, model names,
 * diagnostic messages that quote them). A pull request's author controls that text, and it lands
 * in a comment written with the workflow's token, in the CI log and in terminals, so it must not
 * be able to:
 * break the table it sits in (`|`, newlines), inject HTML (`<script>`, `<img>`), ping people or
 * teams (`@octocat`), plant the hidden marker the sticky-comment search looks for (`<!--`), or
 * inject links and images (`[x](y)`, `![x](y)`); nor drive a terminal (ANSI and OSC sequences,
 * carriage returns, backspaces), forge a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`, `##[error]`) or hide and reorder what it shows (bidirectional overrides,
 * zero-width characters). {@link escapeControl} is the one escape for the characters; the others
 * add what their medium needs.
 */
/** U+200D ZERO WIDTH JOINER: invisible, and it stops GitHub from reading `@name` as a mention. */
const ZWJ = '\u200D';
/** Longest piece of user text kept in one place; the rest is cut with an ellipsis. */
const MAX_INLINE_CHARS = 200;
/**
 * ASCII punctuation that opens Markdown emphasis, strikethrough, code, math, links and images, or
 * ends a table cell. `(`, `)` and `!` need no escape once `[` and `]` are escaped (no link or
 * image can start); `#` only matters at the start of a line, where user text never is.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
/**
 * Makes untrusted text safe to place inline in GitHub-flavoured Markdown, including a table
 * cell. The result renders as the original characters (entities and backslash escapes are
 * decoded by the renderer), but the raw text contains no `<`, no unescaped `|`, no line break,
 * no `@` directly followed by a name, and no unescaped link or image syntax.
 */
function escapeMarkdown(text, maxChars = MAX_INLINE_CHARS) {
    return (escapeControl(truncateText(text, maxChars))
        // Entities first, so the `&` of the entities added here is not escaped again.
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        // `@name` pings a user or team; `#123` and `GH-123` cross-link issues. A zero-width joiner
        // keeps the text readable and the reference inert.
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`)
        // Bare URLs autolink on GitHub; breaking the scheme keeps a manifest from planting links.
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`));
}
/**
 * Characters that must never reach an output as they are, because a terminal, a CI log or a
 * renderer acts on them or hides them: every control character (C0, DEL, C1, so ESC and the
 * one-byte CSI U+009B, BEL, backspace, CR and LF), every format character (soft hyphen, zero-width
 * spaces and joiners, the bidirectional marks, embeddings, overrides and isolates U+202A–202E and
 * U+2066–2069, the byte-order mark, the invisible operators, tag characters U+E0000–E007F), the
 * Unicode line and paragraph separators, lone surrogates, and the blank "letters" and variation
 * selectors that render as nothing (Hangul fillers, the combining grapheme joiner, Mongolian
 * free variation selectors).
 */
// eslint-disable-next-line no-misleading-character-class -- each combining mark here is matched on its own, on purpose.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u3164\uffa0]/gu;
/** Short names for the escapes people know. */
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * The one escape every output builds on: each character of {@link UNSAFE_CHARS} becomes a visible
 * escape (`\n`, `\r`, `\t`, `\x1b`, `\u202e`, `\u{e0041}`), so a reader sees that something odd
 * was there instead of having it act (an ANSI sequence, an OSC 8 link, a line break that starts a
 * forged `::error::` workflow command) or vanish (a bidi override that reorders a name). The
 * result is one line; text without such characters is returned unchanged, and escaping twice
 * changes nothing more (backslashes are left as they are, so honest Windows paths read as before).
 */
function escapeControl(text) {
    return text.replace(UNSAFE_CHARS, visibleEscape);
}
/** `\n`, `\x1b`, `\u202e` or `\u{e0041}` for one character. */
function visibleEscape(c) {
    const named = NAMED_ESCAPES[c];
    if (named !== undefined)
        return named;
    const code = c.codePointAt(0);
    const hex = code.toString(16);
    if (code < 0x100)
        return `\\x${hex.padStart(2, '0')}`;
    if (code < 0x10000)
        return `\\u${hex.padStart(4, '0')}`;
    return `\\u{${hex}}`;
}
/**
 * Makes JSON text (from `JSON.stringify`, which escapes only C0 controls, the quote, the backslash
 * and lone surrogates) inert in a terminal and a CI log without changing what it parses to: each
 * character of {@link UNSAFE_CHARS} still raw becomes a `\uXXXX` escape (a character beyond U+FFFF,
 * two), and the `#` that completes the runner's `##[command]` syntax becomes `\u0023`. Outside
 * strings, JSON holds none of these characters, so only string contents change, and only in their
 * bytes.
 */
function escapeJsonText(json) {
    return json
        .replace(UNSAFE_CHARS, (c) => {
        // JSON.stringify escaped every C0 control inside strings: a raw one is the indentation's line break.
        if (c < ' ')
            return c;
        let out = '';
        for (let i = 0; i < c.length; i++)
            out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
        return out;
    })
        .replace(/##\[/g, '#\\u0023[');
}
/**
 * Breaks the GitHub Actions runner's older command syntax, `##[command]`, which the runner obeys
 * anywhere in a line a step prints (`##[error]`, `##[add-mask]`, `##[stop-commands]`): the second
 * `#` becomes the visible escape `\x23`. Enough for text placed inside a line.
 */
function escapeLegacyCommands(text) {
    return text.replace(/##\[/g, '#\\x23[');
}
/**
 * Makes one whole line of output safe for a terminal and inert to the GitHub Actions runner, which
 * reads every line a step prints: {@link escapeControl}, the older `##[command]` syntax broken, and
 * a line that starts (after blanks) with `::`, a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`), has its first `:` shown as `\x3a`. The CLI's writers and the action's log
 * pass every line through this.
 */
function escapeLine(line) {
    return escapeInline(line).replace(/^(\s*)::/, '$1\\x3a:');
}
/**
 * Makes untrusted text safe to place inside a line of a terminal report, a CI log or a YAML value,
 * whole: every control, format and invisible character shown as a visible escape
 * ({@link escapeControl}), and the runner's `##[` command syntax broken. Never a line break.
 */
function escapeInline(text) {
    return escapeLegacyCommands(escapeControl(text));
}
/** {@link escapeInline}, on text first cut to `maxChars` with an ellipsis. */
function escapeTerminal(text, maxChars = MAX_INLINE_CHARS) {
    return escapeInline(truncateText(text, maxChars));
}
/** Cuts text longer than `maxChars` code points and marks the cut with an ellipsis. */
function truncateText(text, maxChars) {
    const chars = Array.from(text);
    if (chars.length <= maxChars)
        return text;
    return `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}


/***/ }),

/***/ 6483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ redactDeep),
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
/**
 * Masking secrets in everything that leaves the process. A pull request controls files the gate
 * reads, and a file that fails to parse is quoted in a diagnostic: a config that is really
 * `.git/config` would quote `AUTHORIZATION: basic ...`, the checkout's token. The adapters pass
 * every text they print, post or write through {@link redactSecrets} with the secrets they hold
 * (the action's `github-token`, the Electricity Maps token); it also masks anything shaped like a
 * GitHub token or a credential, whoever's it is.
 */
/** What a secret is replaced with: the GitHub runner's own mask. */
const SECRET_MASK = '***';
/** Secrets shorter than this are not searched for: masking `ab` everywhere would hide the report. */
const MIN_SECRET_CHARS = 4;
/**
 * GitHub's token prefixes (docs: "About authentication to GitHub", token formats): `ghp_` personal
 * access token (classic), `gho_` OAuth, `ghu_` user-to-server, `ghs_` server-to-server
 * (installation tokens, the default `GITHUB_TOKEN`), `ghr_` refresh, `github_pat_` fine-grained
 * personal access token. The classic forms are the prefix and 36 characters of `[A-Za-z0-9]`, a
 * fine-grained one `github_pat_`, 22, `_`, 59; installation tokens are becoming JWTs of about 520
 * characters with `.`, `_` and `-` (GitHub's changelog, 2026-05-15, recommends
 * `ghs_[A-Za-z0-9._]{36,}`). Any length from 20 is masked, so a token cut short by an excerpt is
 * still hidden.
 */
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_)[A-Za-z0-9_.-]{20,}/g;
/**
 * An `Authorization` header or setting, as `git config` stores the checkout's
 * (`extraheader = AUTHORIZATION: basic <base64>`): the value after the scheme is masked, whatever
 * its length.
 */
const AUTHORIZATION_VALUE = /(authorization\s*[:=]\s*)(?:(basic|bearer|token)(\s+))?([^\s"'<>,;]+)/gi;
/** A Basic or Bearer credential on its own: long, and with both letters and digits, unlike prose. */
const SCHEME_CREDENTIAL = /\b(basic|bearer)(\s+)([A-Za-z0-9+/_.~-]{16,}={0,2})/gi;
/** A password in a URL: `https://x-access-token:<token>@github.com/...`. */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:)([^\s/?#@]+)@/gi;
/**
 * Masks, in `text`, each of `secrets` (as it is, URI-encoded, base64-encoded, and as the base64
 * of `x-access-token:<secret>` that `actions/checkout` writes into `.git/config`), every string
 * shaped like a GitHub token, `Authorization` header values, Basic and Bearer credentials, and
 * passwords in URLs. Pure and idempotent: masked text is masked again unchanged.
 */
function redactSecrets(text, secrets = []) {
    let out = text;
    for (const form of secretForms(secrets))
        if (out.includes(form))
            out = out.split(form).join(SECRET_MASK);
    return out
        .replace(GITHUB_TOKEN, (token) => {
        // `.` and `-` may end a sentence rather than the token: keep them visible.
        const tail = /[.-]+$/.exec(token)?.[0] ?? '';
        return `${SECRET_MASK}${tail}`;
    })
        .replace(AUTHORIZATION_VALUE, (_m, head, scheme, gap) => scheme ? `${head}${scheme}${gap}${SECRET_MASK}` : `${head}${SECRET_MASK}`)
        .replace(SCHEME_CREDENTIAL, (m, scheme, gap, value) => /[0-9]/.test(value) && /[A-Za-z]/.test(value) ? `${scheme}${gap}${SECRET_MASK}` : m)
        .replace(URL_PASSWORD, (_m, head) => `${head}${SECRET_MASK}@`);
}
/**
 * A copy of `value` (plain data: objects, arrays, strings, numbers; a Report, a diagnostic list)
 * with {@link redactSecrets} applied to every string in it, keys left as they are.
 */
function redactDeep(value, secrets = []) {
    const walk = (v) => {
        if (typeof v === 'string')
            return redactSecrets(v, secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const out = {};
            for (const [k, inner] of Object.entries(v))
                out[k] = walk(inner);
            return out;
        }
        return v;
    };
    return walk(value);
}
/** Every form a secret may be printed in, longest first (so no shorter form cuts a longer one). */
function secretForms(secrets) {
    const forms = new Set();
    for (const raw of secrets) {
        const secret = raw.trim();
        if (secret.length < MIN_SECRET_CHARS)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
        const encoded = [base64(secret), base64(`x-access-token:${secret}`)];
        // With its padding where it ends the value, without where more text follows it.
        for (const e of encoded)
            if (e !== undefined)
                forms.add(e).add(e.replace(/=+$/, ''));
    }
    return [...forms].sort((a, b) => b.length - a.length);
}
/** Base64 of a Latin-1 string; undefined for other text (a token is ASCII). */
function base64(text) {
    try {
        return btoa(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ resolveRun),
/* harmony export */   VN: () => (/* binding */ LOCATION_EXPECTED)
/* harmony export */ });
/* unused harmony export RESOLVE_CODES */
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1506);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7135);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6228);
/**
 * The resolve stage: a RunSpec's names become numbers with sources. GPU and CPU models are
 * looked up in the catalogue (explicit `watts` win), memory gets the DRAM W/GB default, the
 * location becomes a grid intensity (an explicit `intensity` wins) and a PUE (an explicit `pue`
 * wins over the location's default). Every problem is a diagnostic at the field's position, with
 * the closest valid names for an unknown one; nothing is guessed.
 */





/** Every diagnostic code this stage emits (documented in docs/diagnostics/report.md). */
const RESOLVE_CODES = (/* unused pure expression or super */ null && ([
    'hardware/unknown-gpu',
    'hardware/unknown-cpu',
    'hardware/no-rated-power',
    'hardware/default-variant',
    'hardware/cpu-cores-total',
    'location/missing',
    'location/unknown',
    'location/note',
    'run/utilization-ignored'
]));
/** What a location may be, for messages. */
const LOCATION_EXPECTED = 'a country (ISO 3166 code such as "DE" or "DEU"), a grid zone (such as "US-CAL-CISO"), a cloud region ' +
    '("aws:us-east-1", "gcp:europe-west4", "azure:westeurope") or the preset "strubell-2019"';
/** Resolves one run's hardware power, grid intensity and PUE. */
function resolveRun(spec, defaultLocation) {
    const diagnostics = [];
    const extraSources = [];
    const at = (field) => spec.fieldPositions[field] ?? spec.position;
    const hardware = resolveHardware(spec, at, diagnostics, extraSources);
    const place = resolvePlace(spec, at, defaultLocation, diagnostics);
    if (spec.powerW !== undefined && spec.utilization !== 1 && spec.fieldPositions['utilization'] !== undefined) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('warning', 'run/utilization-ignored', `Run "${spec.name}": \`utilization\` (${spec.utilization}) is not applied to \`power\` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWatts */ .Pe)(spec.powerW)}), which is a measured average draw already; remove one of them.`, at('utilization')));
    }
    const failed = diagnostics.some((d) => d.severity === 'error');
    if (failed || !hardware || !place)
        return { diagnostics, extraSources, usedDefaultLocation: place?.usedDefault ?? false };
    return {
        run: {
            spec,
            power: hardware.power,
            hardware: hardware.label,
            hardwareSpecs: hardware.specs,
            intensity: place.intensity,
            pue: place.pue
        },
        diagnostics,
        extraSources,
        usedDefaultLocation: place.usedDefault
    };
}
/** A value the manifest gave itself: its source is the manifest. */
function manifestSource(spec, what) {
    return { name: `${spec.manifest} (${what} given in the manifest)`, licence: 'user-supplied' };
}
/** Powers, label and catalogue entries of a run's hardware; undefined on any error. */
function resolveHardware(spec, at, diagnostics, extraSources) {
    if (spec.powerW !== undefined) {
        // `power:` replaces the components, so their names are not looked up: a TPU with no published
        // TDP, or a GPU the catalogue lacks, is fine beside a measured draw.
        const described = [
            deviceAsWritten(spec.gpu, 'GPU'),
            deviceAsWritten(spec.cpu, 'CPU'),
            spec.memoryGB !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMemory */ .z9)(spec.memoryGB)} DRAM` : ''
        ]
            .filter((s) => s !== '')
            .join(', ');
        const label = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWatts */ .Pe)(spec.powerW)} whole machine (measured average)${described ? `; ${described}` : ''}`;
        return { power: { gpuW: 0, cpuW: 0, memoryW: 0, otherW: spec.powerW }, label, specs: [] };
    }
    const labels = [];
    const specs = [];
    let ok = true;
    let gpuW = 0;
    let cpuW = 0;
    let memoryW = 0;
    if (spec.gpu) {
        const gpu = resolveDevice(spec, spec.gpu, 'gpu', at, diagnostics);
        if (gpu) {
            gpuW = gpu.powerW;
            labels.push(gpu.label);
            specs.push(gpu.spec);
        }
        else
            ok = false;
    }
    if (spec.cpu) {
        const cpu = resolveDevice(spec, spec.cpu, 'cpu', at, diagnostics);
        if (cpu) {
            cpuW = cpu.powerW;
            labels.push(cpu.label);
            specs.push(cpu.spec);
            if (cpu.perCore)
                extraSources.push(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CPU_WATTS_PER_CORE */ .VN.source);
        }
        else
            ok = false;
    }
    if (spec.memoryGB !== undefined) {
        memoryW = spec.memoryGB * _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MEMORY_WATTS_PER_GB */ .Q3.wattsPerGB;
        labels.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMemory */ .z9)(spec.memoryGB)} DRAM`);
        extraSources.push(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MEMORY_WATTS_PER_GB */ .Q3.source);
    }
    if (!ok)
        return undefined;
    return { power: { gpuW, cpuW, memoryW, otherW: 0 }, label: labels.join(', ') || 'no hardware described', specs };
}
/** "8 x A100", as written in the manifest. */
function deviceAsWritten(device, kind) {
    if (!device)
        return '';
    if (device.model)
        return `${device.count} x ${device.model}`;
    if (device.watts !== undefined)
        return `${device.count} x ${kind} at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWatts */ .Pe)(device.watts)}`;
    if (device.cores !== undefined)
        return `${device.cores} CPU cores`;
    return '';
}
/** One GPU or CPU entry: explicit watts, a catalogue model, or (CPU) cores at the per-core default. */
function resolveDevice(spec, device, kind, at, diagnostics) {
    const KIND = kind.toUpperCase();
    if (device.watts !== undefined) {
        const name = device.model ?? KIND;
        return {
            powerW: device.count * device.watts,
            label: `${device.count} x ${name} at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWatts */ .Pe)(device.watts)}`,
            spec: { name, kind, tdpW: device.watts, source: manifestSource(spec, `${KIND} watts`) }
        };
    }
    if (device.model !== undefined) {
        const found = kind === 'gpu' ? (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findGpu */ .GO)(device.model) : (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findCpu */ .uq)(device.model);
        if (found.ok) {
            if (found.note)
                diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('notice', 'hardware/default-variant', `Run "${spec.name}": ${found.note}`, at(`${kind}.model`)));
            return {
                powerW: device.count * found.value.tdpW,
                label: `${device.count} x ${found.value.name}`,
                spec: found.value
            };
        }
        if (kind === 'cpu' && device.cores !== undefined) {
            // An unknown CPU model with a core count: the per-core default covers it, and says so.
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('notice', 'hardware/unknown-cpu', `Run "${spec.name}": CPU "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(device.model)}" is not in the catalogue; its ${device.cores} cores are estimated at ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CPU_WATTS_PER_CORE */ .VN.wattsPerCore} W per core.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(found.suggestions)}`, at('cpu.model')));
            return perCore(spec, device, at, diagnostics);
        }
        if (found.reason) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', 'hardware/no-rated-power', `Run "${spec.name}": ${found.reason}`, at(`${kind}.model`)));
            return undefined;
        }
        const alternative = kind === 'gpu' ? '`watts:` (rated power of one GPU)' : '`watts:` (rated power of one CPU) or `cores:`';
        // An unknown GPU points to the generated list of every catalogue row, so the reader can check the spelling.
        const list = kind === 'gpu' ? ` The catalogue's GPUs are listed at ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GPU_LIST_URL */ .OG}.` : '';
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', `hardware/unknown-${kind}`, `Run "${spec.name}": unknown ${KIND} model "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(device.model)}"; expected a catalogue model or ${alternative}.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(found.suggestions)}${list}`, at(`${kind}.model`)));
        return undefined;
    }
    if (kind === 'cpu' && device.cores !== undefined)
        return perCore(spec, device, at, diagnostics);
    // The manifest parser refuses a device with no model, watts or cores; this is a safety net.
    diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', `hardware/unknown-${kind}`, `Run "${spec.name}": the ${KIND} has no \`model\` or \`watts\`.`, at(kind)));
    return undefined;
}
/** A CPU given by its core count: cores in use x the per-core default. */
function perCore(spec, device, at, diagnostics) {
    const cores = device.cores ?? 0;
    if (device.count > 1) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('notice', 'hardware/cpu-cores-total', `Run "${spec.name}": \`cores: ${cores}\` is read as all cores in use across the ${device.count} CPUs, not per CPU.`, at('cpu.cores')));
    }
    const powerW = cores * _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CPU_WATTS_PER_CORE */ .VN.wattsPerCore;
    return {
        powerW,
        label: `${cores} CPU cores`,
        spec: {
            name: `${cores} CPU cores at ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CPU_WATTS_PER_CORE */ .VN.wattsPerCore} W per core`,
            kind: 'cpu',
            tdpW: powerW,
            source: _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CPU_WATTS_PER_CORE */ .VN.source
        },
        perCore: true
    };
}
/**
 * Grid intensity and PUE, with their sources; undefined on any error. A location is looked up even
 * beside an explicit intensity, because it still sets the default PUE: a misspelt region must not
 * fall back to the generic PUE in silence.
 */
function resolvePlace(spec, at, defaultLocation, diagnostics) {
    const usedDefault = spec.location === undefined && defaultLocation !== undefined;
    const location = spec.location ?? defaultLocation?.location;
    if (location === undefined && spec.intensityGPerKWh === undefined) {
        diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', 'location/missing', `Run "${spec.name}" has no \`location\` and no \`intensity\`, so its emissions cannot be computed; expected \`location:\` in the run or in \`defaults:\` (${LOCATION_EXPECTED}), \`intensity:\` (e.g. "0.4 kg/kWh"), or a default location in the budget config or the --location / location input.`, spec.position));
        return undefined;
    }
    let located;
    if (location !== undefined) {
        const found = (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findIntensity */ .hh)(location);
        const where = spec.location !== undefined ? at('location') : defaultLocation?.at;
        const fromDefault = spec.location === undefined ? ` (the default location from ${defaultLocation?.origin})` : '';
        if (!found.ok) {
            const why = found.reason ? ` ${found.reason}` : '';
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', 'location/unknown', `Run "${spec.name}": unknown location "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(location)}"${fromDefault}; expected ${LOCATION_EXPECTED}.${why}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(found.suggestions)}`, where));
            return undefined;
        }
        if (found.note)
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('notice', 'location/note', `Run "${spec.name}": ${found.note}`, where));
        located = found.value;
    }
    const intensity = spec.intensityGPerKWh !== undefined
        ? {
            intensityGPerKWh: spec.intensityGPerKWh,
            label: `intensity given in ${spec.manifest}`,
            key: 'explicit',
            source: manifestSource(spec, 'intensity')
        }
        : located;
    const pue = spec.pue !== undefined ? { pue: spec.pue, source: manifestSource(spec, 'PUE') } : (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultPue */ .Yz)(location);
    return { intensity, pue, usedDefault };
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   g9: () => (/* binding */ closestNames)
/* harmony export */ });
/* unused harmony export editDistance */
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
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
    const quoted = suggestions.map((s) => `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(s)}"`);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` Did you mean ${list}?`;
}


/***/ }),

/***/ 3594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ TraceAccessError)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/**
 * The error a `TraceReader` throws when a file cannot be opened or read. A byte stream can signal
 * a failure only by throwing, so the reader's own diagnostic (`io/not-found`, `io/outside-root`,
 * ...) travels on the error, and `measureTraces` reports it as it is instead of a generic
 * `traces/read-failed`. It is defined here, in the core, so the adapters' readers can throw it
 * without the core knowing about them.
 */

/** A trace file could not be opened or read; its message is the diagnostic's (one line). */
class TraceAccessError extends Error {
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
        this.diagnostic = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', code, message, { file });
    }
}


/***/ }),

/***/ 7124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ RATIO_FLOOR_BYTES),
/* harmony export */   AI: () => (/* binding */ raiseHint),
/* harmony export */   fe: () => (/* binding */ createTraceBudget),
/* harmony export */   i0: () => (/* binding */ DEFAULT_TRACE_BYTE_LIMITS),
/* harmony export */   j_: () => (/* binding */ meterTrace),
/* harmony export */   m2: () => (/* binding */ budgetSpent)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/* harmony import */ var _access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3594);
/**
 * Bounds on the bytes the trace readers decode: per file, per check (all files of all runs
 * together), and, for gzip, the ratio of decompressed to compressed bytes. Power logs come from
 * the change being judged (a pull request's files or its workflow's artifacts), and a few MB of
 * gzip can unpack to gigabytes of rows that keep a core busy for minutes; a plain file adds its
 * own bytes. The meter counts what really comes out of the decompressor and stops the stream
 * before the chunk that crosses a limit reaches a parser.
 */


const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/**
 * Defaults, generous for real logs: a month of 1 Hz nvidia-smi rows for 8 GPUs is about 1 GB, so
 * a file may hold 4 GiB and a check 16 GiB (a matrix of many nodes). Honest logs compress 5-70x
 * (nvidia-smi rows of a constant idle power about 13x, DCGM scrapes of constant values up to 70x
 * at `gzip -9`); gzip cannot exceed about 1,030x, which is what a file of one repeated row or of
 * newlines reaches. A ratio of 250 leaves honest logs far inside it and stops such a bomb after
 * {@link RATIO_FLOOR_BYTES}.
 */
const DEFAULT_TRACE_BYTE_LIMITS = Object.freeze({
    maxFileBytes: 4 * GiB,
    maxTotalBytes: 16 * GiB,
    maxCompressionRatio: 250
});
/**
 * The ratio is judged only once a file has decoded more than this: a small, very regular log may
 * compress better than any ratio, and is harmless at this size.
 */
const RATIO_FLOOR_BYTES = 16 * MiB;
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
async function* meterTrace(chunks, budget, file, compressedBytes) {
    const { maxFileBytes, maxTotalBytes, maxCompressionRatio } = budget.limits;
    let fileBytes = 0;
    for await (const chunk of chunks) {
        fileBytes += chunk.length;
        budget.usedBytes += chunk.length;
        const packed = compressedBytes();
        if (packed !== undefined &&
            fileBytes > RATIO_FLOOR_BYTES &&
            fileBytes / Math.max(packed, 1) > maxCompressionRatio) {
            throw new _access_js__WEBPACK_IMPORTED_MODULE_1__/* .TraceAccessError */ .g('traces/limit-compression-ratio', `This gzip trace unpacked ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(fileBytes)} from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(packed)} (a ratio above ${maxCompressionRatio}), which power logs never reach and a decompression bomb does; reading stopped, and the run's measured energy is not used. If the file is genuine, raise the limit with ${raiseHint('ratio', String(maxCompressionRatio * 4))}.`, file);
        }
        if (fileBytes > maxFileBytes) {
            throw new _access_js__WEBPACK_IMPORTED_MODULE_1__/* .TraceAccessError */ .g('traces/limit-file-bytes', `This trace file holds more than ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxFileBytes)}${packed !== undefined ? ' once decompressed' : ''}, the limit for one file; reading stopped, and the run's measured energy is not used. If the file is genuine, raise the limit with ${raiseHint('file', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxFileBytes * 2))}.`, file);
        }
        if (budget.usedBytes > maxTotalBytes) {
            throw new _access_js__WEBPACK_IMPORTED_MODULE_1__/* .TraceAccessError */ .g('traces/limit-total-bytes', `Reading stopped in this trace file: the trace files read so far hold more than ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxTotalBytes)} together, the limit for all trace files of one check; the run's measured energy is not used. If the files are genuine, raise the limit with ${raiseHint('total', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxTotalBytes * 2))}.`, file);
        }
        yield chunk;
    }
}


/***/ }),

/***/ 7685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iE: () => (/* binding */ splitCsvRecord),
/* harmony export */   jR: () => (/* binding */ parseTimeMs),
/* harmony export */   oJ: () => (/* binding */ csvColumnOf),
/* harmony export */   rJ: () => (/* binding */ unclosedQuoteMessage),
/* harmony export */   y1: () => (/* binding */ forEachCsvRecord)
/* harmony export */ });
/* unused harmony exports MAX_RECORD_LINES, MAX_RECORD_CHARS */
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5492);
/* harmony import */ var _timestamps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(249);
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
const MAX_RECORD_CHARS = _stream_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_BYTES */ .Oc;
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
    await (0,_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachLine */ .FF)(chunks, (text, line) => {
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
        return (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_1__/* .epochToMs */ .Jj)(Number(s), 'auto');
    return (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDateTime */ .DP)(s, zone);
}


/***/ }),

/***/ 5492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   FF: () => (/* binding */ forEachLine),
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   Oc: () => (/* binding */ MAX_LINE_BYTES),
/* harmony export */   WI: () => (/* binding */ headText),
/* harmony export */   bf: () => (/* binding */ isGzip)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7124);
/**
 * Byte-stream plumbing shared by the trace readers: transparent gzip (by magic bytes, not by file
 * name), a peek at the first bytes for format detection, and a line splitter for the formats that
 * are read line by line. Everything streams; nothing holds a whole file.
 */



/** Bytes of the decoded stream that format detection looks at. */
const HEAD_BYTES = 16 * 1024;
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
const INFLATE_INPUT_BYTES = 256 * 1024;
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
    const inflater = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip)({ chunkSize: 256 * 1024 });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(copies(source), { objectMode: false }), inflater, () => {
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
        stream = (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .meterTrace */ .j_)(stream, bounds.budget, bounds.file, () => inflater?.bytesWritten);
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


/***/ }),

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ parseDateTime),
/* harmony export */   Jj: () => (/* binding */ epochToMs),
/* harmony export */   xk: () => (/* binding */ epochUnitOf)
/* harmony export */ });
/* harmony import */ var _timezone_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2531);

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
    const offset = (0,_timezone_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOffsetMinutes */ .ML)(m[8]);
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


/***/ }),

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ parseOffsetMinutes),
/* harmony export */   VY: () => (/* binding */ resolveZone),
/* harmony export */   xW: () => (/* binding */ UTC)
/* harmony export */ });
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2085);
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
            error: `Unknown time zone "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}": expected UTC, an offset such as +05:30, or an IANA name such as Europe/Berlin.` +
                (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closestNames */ .g9)(text, names))
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


/***/ }),

/***/ 2184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ KG_PER_LB),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   at: () => (/* binding */ parseFraction),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   es: () => (/* binding */ J_PER_KWH),
/* harmony export */   s9: () => (/* binding */ parseQuantityDetail)
/* harmony export */ });
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
/**
 * Quantities with units: every power, energy, duration, mass, grid intensity and memory size a
 * user writes is converted here, exactly, to the base unit named in the model (`powerW`,
 * `energyKWh`, `durationS`, `emissionsKg`, `intensityGPerKWh`, `memoryGB`).
 *
 * Rules, chosen so that a typo never becomes a plausible number:
 * - A bare number where a unit is needed is an error, not a guess.
 * - Negative, NaN and infinite values are refused.
 * - Unit symbols are case-insensitive (`kwh`, `KWH`), except that `M` (mega) and `m` (milli)
 *   differ: `MW` is megawatts, `mW` would be milliwatts, which no training run is measured in, so
 *   any lower-case `m` prefix is refused with a hint instead of being read as mega.
 * - `m` alone is not a duration unit (minutes or months?); write `min`.
 * - ISO 8601 durations with years or months are refused: they have no fixed length.
 */

/** One pound (avoirdupois) in kilograms, exact by the 1959 international yard and pound agreement. */
const KG_PER_LB = 0.45359237;
/** Joules in one kilowatt-hour, exact by definition (1000 W x 3600 s). */
const J_PER_KWH = 3.6e6;
/** Bytes in the decimal gigabyte, the base memory unit (DRAM power is quoted per GB). */
const BYTES_PER_GB = 1e9;
function unit(symbol, mul, div = 1) {
    return { symbol, mul, div };
}
/**
 * Tables keyed by the lookup key of {@link prefixKey}: lower case, except a leading `M` which
 * stays upper case (mega). Values are factors to the base unit.
 */
const POWER_UNITS = {
    w: unit('W', 1),
    kw: unit('kW', 1e3),
    Mw: unit('MW', 1e6)
};
const ENERGY_UNITS = {
    wh: unit('Wh', 1, 1e3),
    kwh: unit('kWh', 1),
    Mwh: unit('MWh', 1e3),
    gwh: unit('GWh', 1e6),
    j: unit('J', 1, J_PER_KWH),
    kj: unit('kJ', 1e3, J_PER_KWH),
    Mj: unit('MJ', 1e6, J_PER_KWH),
    gj: unit('GJ', 1e9, J_PER_KWH)
};
const MASS_UNITS = {
    g: unit('g', 1, 1e3),
    kg: unit('kg', 1),
    t: unit('t', 1e3),
    tonne: unit('t', 1e3),
    tonnes: unit('t', 1e3),
    lb: unit('lb', KG_PER_LB),
    lbs: unit('lb', KG_PER_LB),
    pound: unit('lb', KG_PER_LB),
    pounds: unit('lb', KG_PER_LB)
};
const MEMORY_UNITS = {
    Mb: unit('MB', 1e6, BYTES_PER_GB),
    gb: unit('GB', 1),
    tb: unit('TB', 1e3),
    Mib: unit('MiB', 2 ** 20, BYTES_PER_GB),
    gib: unit('GiB', 2 ** 30, BYTES_PER_GB),
    tib: unit('TiB', 2 ** 40, BYTES_PER_GB)
};
/** Duration words are matched fully case-insensitively (no prefixes to confuse). */
const DURATION_UNITS = {
    s: unit('s', 1),
    sec: unit('s', 1),
    secs: unit('s', 1),
    second: unit('s', 1),
    seconds: unit('s', 1),
    min: unit('min', 60),
    mins: unit('min', 60),
    minute: unit('min', 60),
    minutes: unit('min', 60),
    h: unit('h', 3600),
    hr: unit('h', 3600),
    hrs: unit('h', 3600),
    hour: unit('h', 3600),
    hours: unit('h', 3600),
    d: unit('d', 86400),
    day: unit('d', 86400),
    days: unit('d', 86400)
};
/** Milli-prefixed symbols people may type, with what they most likely meant. */
const MILLI_HINTS = {
    mw: 'milliwatts are not supported; for megawatts write "MW"',
    mwh: 'milliwatt-hours are not supported; for megawatt-hours write "MWh"',
    mj: 'millijoules are not supported; for megajoules write "MJ"',
    mg: 'milligrams are not supported; write "g", "kg", "t" or "lb"',
    mb: 'a lower-case "m" means milli; for megabytes write "MB"',
    mib: 'a lower-case "m" means milli; for mebibytes write "MiB"'
};
/** Spellings refused on purpose, with the reason. */
const AMBIGUOUS_HINTS = {
    m: '"m" is ambiguous (minutes or months?); write "min" for minutes',
    ton: '"ton" is ambiguous (short, long or metric?); write "t" or "tonne" for 1000 kg',
    tons: '"tons" is ambiguous (short, long or metric?); write "t" or "tonne" for 1000 kg'
};
/** What each kind expects, as shown after "expected". */
const EXPECTED = {
    power: 'a power with a unit, such as "400 W" or "1.2 kW"',
    energy: 'an energy with a unit, such as "2 MWh" or "500 kWh"',
    duration: 'a duration with a unit, such as "84 h", "90 min", "1.5 d" or "PT84H"',
    mass: 'a mass with a unit, such as "500 kg", "1.2 t" or "1400 lb"',
    intensity: 'a grid intensity with a unit, such as "432 gCO2e/kWh" or "0.954 lb/kWh"',
    memory: 'a memory size with a unit, such as "512 GB" or "64 GiB"'
};
/** Human name of each kind, for "is a power unit, not a duration unit" hints. */
const KIND_NOUN = {
    power: 'power',
    energy: 'energy',
    duration: 'duration',
    mass: 'mass',
    intensity: 'grid intensity',
    memory: 'memory size'
};
/** The noun with its article: "an energy", "a power". */
function aKind(kind) {
    return `${/^[aeiou]/.test(KIND_NOUN[kind]) ? 'an' : 'a'} ${KIND_NOUN[kind]}`;
}
/**
 * A table's entry for a symbol someone wrote, own keys only: `400 constructor` names no unit,
 * whatever Object's prototype holds.
 */
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
/**
 * Lookup key for SI-prefixed symbols: lower case, except a leading `M`, which means mega and
 * must not fold into `m` (milli).
 */
function prefixKey(symbol) {
    if (symbol.length > 1 && symbol[0] === 'M')
        return 'M' + symbol.slice(1).toLowerCase();
    return symbol.toLowerCase();
}
/** Matches "CO2", "CO2e", "CO2eq", "CO2-eq", "CO₂e" at the end of a mass symbol (case-insensitive). */
const CO2_SUFFIX = /co(?:2|₂)(?:e|eq|-e|-eq)?$/i;
/**
 * The symbol without a CO2 marker and the blanks before it (`kg CO2e` → `kg`). The blanks are
 * trimmed here rather than matched by `\s*` in the pattern, which, tried at every blank of a long
 * run, is quadratic.
 */
function withoutCo2(symbol) {
    const m = CO2_SUFFIX.exec(symbol);
    return m ? symbol.slice(0, m.index).trimEnd() : symbol;
}
/** Looks up a mass symbol, allowing a CO2 marker (`kgCO2e`, `t CO2e`, `lb CO2`). */
function massUnit(symbol) {
    const bare = withoutCo2(symbol);
    if (bare === '')
        return undefined;
    return own(MASS_UNITS, prefixKey(bare));
}
const isBlank = (c) => c !== undefined && /\s/.test(c);
/**
 * Splits an intensity symbol at `/` and at a blank-separated `per`, dropping the blanks around
 * each separator: what `split(/\s*\/\s*|\s+per\s+/i)` gives, found in one pass (the regex retries
 * a long run of blanks from each of its blanks, which is quadratic).
 */
function splitPer(symbol) {
    const parts = [];
    let start = 0;
    let i = 0;
    const n = symbol.length;
    while (i < n) {
        let j = i;
        while (isBlank(symbol[j]))
            j++;
        let end = -1;
        if (symbol[j] === '/')
            end = j + 1;
        else if (j > i && symbol.slice(j, j + 3).toLowerCase() === 'per' && isBlank(symbol[j + 3]))
            end = j + 3;
        if (end < 0) {
            // No separator starts anywhere in this run of blanks, nor at the character after it.
            i = j > i ? j + 1 : i + 1;
            continue;
        }
        while (isBlank(symbol[end]))
            end++;
        parts.push(symbol.slice(start, i));
        start = i = end;
    }
    parts.push(symbol.slice(start));
    return parts;
}
/** Intensity = mass / energy, in g/kWh: any supported mass over any supported energy. */
function intensityUnit(symbol) {
    const parts = splitPer(symbol);
    if (parts.length !== 2)
        return undefined;
    const mass = massUnit(parts[0]);
    const energy = own(ENERGY_UNITS, prefixKey(parts[1]));
    if (!mass || !energy)
        return undefined;
    // g/kWh = (kg per mass unit x 1000) / (kWh per energy unit)
    return unit(`${mass.symbol}/${energy.symbol}`, mass.mul * 1000 * energy.div, mass.div * energy.mul);
}
/** Finds a unit of the given kind, or undefined. */
function lookupUnit(kind, symbol) {
    switch (kind) {
        case 'power':
            return own(POWER_UNITS, prefixKey(symbol));
        case 'energy':
            return own(ENERGY_UNITS, prefixKey(symbol));
        case 'mass':
            return massUnit(symbol);
        case 'memory':
            return own(MEMORY_UNITS, prefixKey(symbol));
        case 'duration':
            return own(DURATION_UNITS, symbol.toLowerCase());
        case 'intensity':
            return intensityUnit(symbol);
    }
}
const KINDS = ['power', 'energy', 'duration', 'mass', 'intensity', 'memory'];
/** Explains why a symbol is not a unit of `kind`: milli, ambiguous, or a unit of another kind. */
function unitHint(kind, symbol) {
    const bare = kind === 'intensity' ? (splitPer(symbol).pop() ?? symbol) : withoutCo2(symbol);
    const milli = own(MILLI_HINTS, bare.toLowerCase());
    if (milli && bare[0] === 'm')
        return `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(bare)}": ${milli}`;
    const ambiguous = own(AMBIGUOUS_HINTS, bare.toLowerCase());
    // "m" is only ambiguous where minutes are plausible; elsewhere it is simply not a unit.
    if (ambiguous && (bare.toLowerCase() !== 'm' || kind === 'duration'))
        return ambiguous;
    for (const other of KINDS) {
        if (other !== kind && lookupUnit(other, symbol)) {
            if (kind === 'intensity' && other === 'mass')
                return `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(symbol)}" is a mass; a grid intensity is a mass per energy, such as "g/kWh"`;
            return `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(symbol)}" is ${aKind(other)} unit, not ${aKind(kind)} unit`;
        }
    }
    return `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(symbol)}" is not ${aKind(kind)} unit`;
}
/** A decimal number: digits with an optional fraction and exponent, and an optional sign. */
const NUMBER = String.raw `[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NUMBER_THEN_UNIT = new RegExp(String.raw `^(${NUMBER})\s*([^\d\s+.-].*)?$`);
/** One term of a compound duration such as "1 d 2 h 30 min". */
const DURATION_TERM = new RegExp(String.raw `(${NUMBER})\s*([a-zA-Z]+)\s*`, 'y');
function fail(kind, problem, hint) {
    return hint === undefined
        ? { ok: false, problem, expected: EXPECTED[kind] }
        : { ok: false, problem, expected: EXPECTED[kind], hint };
}
/** Refuses NaN, infinities and negatives; `undefined` means the number is acceptable. */
function rangeProblem(kind, value) {
    if (Number.isNaN(value))
        return fail(kind, 'range', 'NaN is not a quantity');
    if (!Number.isFinite(value))
        return fail(kind, 'range', 'an infinite value is not a quantity');
    if (value < 0)
        return fail(kind, 'range', `${aKind(kind)} cannot be negative`);
    return undefined;
}
/**
 * A quantity converted to its base unit, refused where the conversion overflows: `1e308 MW` is a
 * finite number of megawatts but no number of watts, and an infinite power must not reach a sum.
 */
function finiteValue(kind, text, value) {
    if (Number.isFinite(value))
        return { ok: true, value };
    return fail(kind, 'range', `"${text}" is too large: in ${BASE_UNIT[kind]} it exceeds the largest number there is`);
}
/** The base unit of each kind, as the parsers return it. */
const BASE_UNIT = {
    power: 'W',
    energy: 'kWh',
    duration: 's',
    mass: 'kg',
    intensity: 'g/kWh',
    memory: 'GB'
};
/** Calendar designators and their length in seconds; Y and M (months) have none. */
const ISO_DATE_PART = /^(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?$/;
const ISO_TIME_PART = /^(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?$/;
function isoNumber(text) {
    return text === undefined ? 0 : Number(text.replace(',', '.'));
}
/** Parses an ISO 8601 duration (`PT84H`, `P1DT2H30M`, `P2W`), case-insensitively. */
function parseIsoDuration(text) {
    const upper = text.toUpperCase();
    const [datePart, timePart, ...rest] = upper.slice(1).split('T');
    const date = ISO_DATE_PART.exec(datePart);
    const time = timePart === undefined ? [] : ISO_TIME_PART.exec(timePart);
    if (rest.length > 0 || !date || !time || upper === 'P' || timePart === '' || upper.endsWith('T')) {
        return fail('duration', 'syntax', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}" is not an ISO 8601 duration such as "PT84H" or "P1DT2H30M"`);
    }
    if (date[1] !== undefined || date[2] !== undefined) {
        return fail('duration', 'unit', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}": years and months have no fixed length; give days, e.g. "P30D"`);
    }
    const seconds = isoNumber(date[3]) * 604800 +
        isoNumber(date[4]) * 86400 +
        isoNumber(time[1]) * 3600 +
        isoNumber(time[2]) * 60 +
        isoNumber(time[3]);
    return rangeProblem('duration', seconds) ?? { ok: true, value: seconds };
}
/** Parses "1 d 2 h 30 min" (one or more number-unit terms) into seconds. */
function parseDurationText(text) {
    if (/^[pP]/.test(text))
        return parseIsoDuration(text);
    DURATION_TERM.lastIndex = 0;
    let total = 0;
    let terms = 0;
    let match;
    while (DURATION_TERM.lastIndex < text.length && (match = DURATION_TERM.exec(text)) !== null) {
        const value = Number(match[1]);
        const bad = rangeProblem('duration', value);
        if (bad)
            return bad;
        const factor = own(DURATION_UNITS, match[2].toLowerCase());
        if (!factor)
            return fail('duration', 'unit', unitHint('duration', match[2]));
        total += (value * factor.mul) / factor.div;
        terms++;
    }
    if (terms > 0 && DURATION_TERM.lastIndex === text.length)
        return finiteValue('duration', text, total);
    return parseSimple('duration', text);
}
/** Parses "number unit" for every kind (and reports duration text that is not a term list). */
function parseSimple(kind, text) {
    const match = NUMBER_THEN_UNIT.exec(text);
    if (!match) {
        if (/^[+-]?(?:nan|\.nan|inf|\.inf|infinity)\b/i.test(text))
            return fail(kind, 'range', 'NaN and infinities are not quantities');
        return fail(kind, 'syntax', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}" is not a number followed by a unit`);
    }
    const value = Number(match[1]);
    const bad = rangeProblem(kind, value);
    if (bad)
        return bad;
    const symbol = match[2]?.trim();
    if (!symbol)
        return fail(kind, 'missing-unit', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}" has no unit`);
    if (symbol.startsWith(','))
        return fail(kind, 'syntax', `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}": write the decimal separator as a point, e.g. "1.5", and no thousands separator`);
    const factor = lookupUnit(kind, symbol);
    if (!factor)
        return fail(kind, 'unit', unitHint(kind, symbol));
    return finiteValue(kind, text, (value * factor.mul) / factor.div);
}
/**
 * Parses a quantity and says precisely why it was refused. `input` is what YAML produced: a
 * string such as "400 W", or a number (which is refused for lacking a unit).
 */
function parseQuantityDetail(kind, input) {
    if (typeof input === 'number') {
        return rangeProblem(kind, input) ?? fail(kind, 'missing-unit', `${input} has no unit; a bare number is ambiguous`);
    }
    if (typeof input !== 'string')
        return fail(kind, 'type', `got ${describeValue(input)}`);
    const text = input.trim();
    if (text === '')
        return fail(kind, 'type', 'got an empty string');
    return kind === 'duration' ? parseDurationText(text) : parseSimple(kind, text);
}
/** value in the base unit: power W, energy kWh, duration s, mass kg, intensity g/kWh, memory GB */
function parseQuantity(kind, input) {
    const detail = parseQuantityDetail(kind, input);
    if (detail.ok)
        return detail;
    return { ok: false, expected: detail.hint ? `${detail.expected} (${detail.hint})` : detail.expected };
}
const FRACTION_EXPECTED = 'a fraction between 0 and 1, or a percentage such as "80%"';
/** "80%" or 0.8 -> 0.8. Accepts 0..1 (or 0%..100%); callers that need > 0 check it themselves. */
function parseFraction(input) {
    let value;
    let percent = false;
    if (typeof input === 'number') {
        value = input;
    }
    else if (typeof input === 'string') {
        // `\s*(?:(%)\s*)?$`, not `\s*(%?)\s*$`: two adjacent `\s*` split a long run of blanks every way.
        const match = new RegExp(String.raw `^\s*(${NUMBER})\s*(?:(%)\s*)?$`).exec(input);
        if (!match)
            return { ok: false, expected: `${FRACTION_EXPECTED} (got "${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(input)}")` };
        value = Number(match[1]);
        percent = match[2] === '%';
    }
    else {
        return { ok: false, expected: `${FRACTION_EXPECTED} (got ${describeValue(input)})` };
    }
    if (!Number.isFinite(value))
        return { ok: false, expected: `${FRACTION_EXPECTED} (got ${value})` };
    if (percent) {
        if (value < 0 || value > 100)
            return { ok: false, expected: `${FRACTION_EXPECTED} (got ${value}%)` };
        return { ok: true, value: value / 100 };
    }
    if (value < 0 || value > 1) {
        const hint = value > 1 && value <= 100 ? `; for ${value} percent write "${value}%"` : '';
        return { ok: false, expected: `${FRACTION_EXPECTED} (got ${value}${hint})` };
    }
    return { ok: true, value };
}
/** Describes a non-quantity input for messages: "true", "a list", "a mapping", "nothing". */
function describeValue(input) {
    if (input === null || input === undefined)
        return 'nothing';
    if (Array.isArray(input))
        return 'a list';
    if (typeof input === 'object')
        return 'a mapping';
    if (typeof input === 'string')
        return `"${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(input)}"`;
    return String(input);
}


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ IGNORED_GLOBS),
/* harmony export */   Sm: () => (/* binding */ MANIFEST_GLOBS),
/* harmony export */   kD: () => (/* binding */ findManifests)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3382);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7135);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7336);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9322);
/**
 * Finding manifests for the CLI and the action: files, folders and globs as a user names them, or
 * the default search, never inside dependencies or VCS data, and never through a symbolic link.
 */






/** Where manifests are searched when no file is named, relative to the search folder. */
const MANIFEST_GLOBS = ['**/carbon-manifest.{yml,yaml,json}'];
/** Folders never searched for manifests: dependencies and VCS data hold no manifests of ours. */
const IGNORED_GLOBS = ['**/node_modules/**', '**/.git/**'];
/**
 * Turns command-line style arguments into manifest files. An existing file is taken as named; a
 * folder means {@link MANIFEST_GLOBS} under it; anything else with glob syntax is expanded. No
 * arguments means the default globs under `cwd`. Globs skip `node_modules` and `.git`.
 *
 * No symbolic link is returned: not a linked manifest (named or matched), not a manifest in a
 * folder reached through a link below `cwd` (or below a named folder outside it), and a named
 * folder that is a link is not searched. A link's target is not what a reviewer sees in the
 * change (a link can name `.git/config`, or a large data folder the search would crawl), so each
 * is an error naming the link; nothing inside a `.git` folder is returned either.
 *
 * Diagnostics: `io/not-found` (a plain path that does not exist), `io/no-match` (a glob that
 * matches nothing), `io/no-manifests` (a folder or the default search without any manifest),
 * `io/symbolic-link`, `io/git-folder`.
 */
async function findManifests(args, options) {
    const { cwd } = options;
    const diagnostics = [];
    const found = new Set();
    const refused = new Set();
    /** Adds a file unless it is refused; `from` is where the search for links in its path starts. */
    const add = async (abs, from) => {
        const name = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(abs, cwd);
        if (found.has(name) || refused.has(name))
            return;
        const problem = await refusal(abs, (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(cwd, abs) ? cwd : from, cwd);
        if (problem) {
            refused.add(name);
            diagnostics.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', problem[0], problem[1], { file: name }));
        }
        else
            found.add(name);
    };
    const addAll = async (matches, from) => {
        for (const abs of matches)
            await add(abs, from);
    };
    if (args.length === 0) {
        const matches = await globFiles(MANIFEST_GLOBS, cwd);
        if (matches.length === 0)
            diagnostics.push(noManifests((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(cwd, cwd)));
        await addAll(matches, cwd);
    }
    for (const arg of args) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, arg);
        // A link that leads nowhere is still a link, refused as one rather than reported missing.
        const info = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs).catch(() => undefined)) ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined));
        if (info?.isDirectory()) {
            // A named folder that is (or lies under) a link is not searched at all: the search would
            // crawl wherever the link points.
            const problem = await refusal(abs, (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(cwd, abs) ? cwd : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), cwd, 'folder');
            if (problem) {
                diagnostics.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', problem[0], problem[1], { file: arg }));
                continue;
            }
            const matches = await globFiles(MANIFEST_GLOBS, abs);
            if (matches.length === 0)
                diagnostics.push(noManifests(arg));
            await addAll(matches, abs);
        }
        else if (info) {
            await add(abs, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs));
        }
        else if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .isDynamicPattern */ .ey)(arg)) {
            const matches = await globFiles([arg], cwd);
            if (matches.length === 0) {
                diagnostics.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', 'io/no-match', `The pattern "${arg}" matches no file (searched from ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(cwd, cwd)}, skipping node_modules and .git).`, { file: arg }));
            }
            // A match outside the working folder has only its own name checked for a link.
            await addAll(matches, cwd);
        }
        else {
            diagnostics.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', 'io/not-found', `No such file or folder: expected a manifest file, a folder containing carbon-manifest.yml, or a glob.`, { file: arg }));
        }
    }
    return { files: [...found].sort(), diagnostics };
}
function noManifests(dir) {
    return (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', 'io/no-manifests', `No manifest found: expected files matching ${MANIFEST_GLOBS.join(', ')} under "${dir}" (node_modules and .git are skipped); name manifest files or globs explicitly.`, { file: dir });
}
/**
 * Why a path is not returned: it lies inside a `.git` folder, or it or a folder on its way from
 * `from` (exclusive) is a symbolic link. `what` names it in the message.
 */
async function refusal(abs, from, cwd, what = 'manifest') {
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInGitFolder */ .e9)(abs))
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .gitFolderProblem */ .sW)(what);
    const link = await firstLink(from, abs);
    if (link === undefined)
        return undefined;
    if (link === abs && what === 'folder') {
        return [
            'io/symbolic-link',
            'The folder is a symbolic link; manifests are not searched through links (a link can point anywhere, such as .git). Name the folder it points to, or commit the files themselves in place of the link.'
        ];
    }
    if (link === abs)
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .symbolicLinkProblem */ .Ez)(what);
    return [
        'io/symbolic-link',
        `The ${what} lies in "${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(link, cwd)}", which is a symbolic link to a folder; manifests are not searched or read through links (a link can point anywhere, such as .git). Commit the files themselves in place of the link.`
    ];
}
/**
 * The first path from `from` (exclusive) down to `abs` (inclusive) that is a symbolic link; only
 * `abs` itself is looked at when it does not lie below `from`.
 */
async function firstLink(from, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(from, abs);
    const parts = rel !== '' && (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(from, abs) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) : [];
    const steps = parts.length === 0 ? [abs] : parts.map((_, i) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(from, ...parts.slice(0, i + 1)));
    for (const step of steps) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(step).catch(() => undefined);
        if (info?.isSymbolicLink())
            return step;
    }
    return undefined;
}
async function globFiles(patterns, cwd) {
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([...patterns], {
        cwd,
        absolute: true,
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        ignore: [...IGNORED_GLOBS]
    });
    return matches.map((m) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(m)).sort();
}


/***/ }),

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ fetchPastRange),
/* harmony export */   w7: () => (/* binding */ DEFAULT_ELECTRICITY_MAPS_BASE_URL)
/* harmony export */ });
/* unused harmony export pastRangeChunks */
/* harmony import */ var _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9302);
/**
 * Electricity Maps client for hourly past intensities (`GET /v3/carbon-intensity/past-range`),
 * shared by the CLI and the action. It returns a typed failure instead of throwing, so the caller
 * can fall back to the annual average and say why; the token never appears in any message.
 *
 * API reference: https://portal.electricitymaps.com/docs/api (v3). The endpoint serves at most
 * 10 days (240 hours) per request at hourly granularity, so longer ranges are split into chunks.
 */

/** Default API base; `api.electricitymaps.com/v3` serves the same API. */
const DEFAULT_ELECTRICITY_MAPS_BASE_URL = 'https://api.electricitymap.org/v3';
/**
 * Longest range one past-range request may cover at hourly granularity: 10 days, the limit the API
 * reference ({@link ELECTRICITY_MAPS_SOURCE}) gives for past-range; longer ranges are split.
 */
const MAX_RANGE_HOURS = 240;
/** The source attached to fetched series. */
const ELECTRICITY_MAPS_SOURCE = {
    name: 'Electricity Maps API v3 carbon-intensity/past-range',
    url: 'https://portal.electricitymaps.com/docs/api',
    licence: 'Electricity Maps API terms of use (per token)'
};
/** Splits [startMs, endMs) into whole-hour chunks of at most {@link MAX_RANGE_HOURS} hours. */
function pastRangeChunks(startMs, endMs) {
    const first = Math.floor(startMs / _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ;
    const last = Math.max(first + _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ, Math.ceil(endMs / _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ);
    const chunks = [];
    for (let s = first; s < last; s += MAX_RANGE_HOURS * _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) {
        chunks.push({ startMs: s, endMs: Math.min(last, s + MAX_RANGE_HOURS * _core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) });
    }
    return chunks;
}
/**
 * Fetches hourly intensities for a zone and range, chunk by chunk, retrying 5xx, 429, timeouts and
 * network errors with a bounded exponential backoff (honouring `Retry-After` up to the cap).
 * Resolves to a series, or to a failure the caller turns into a warning and the annual fallback.
 */
async function fetchPastRange(options) {
    const base = (options.baseUrl ?? DEFAULT_ELECTRICITY_MAPS_BASE_URL).replace(/\/+$/, '');
    const redact = (text) => (options.token ? text.split(options.token).join('***') : text);
    let requests = 0;
    if (!options.token) {
        return {
            ok: false,
            kind: 'auth',
            message: 'No Electricity Maps token was given; expected one in the input or environment.',
            requests
        };
    }
    if (!options.zone) {
        return {
            ok: false,
            kind: 'request',
            message: 'No Electricity Maps zone was given; expected one such as "DE" or "US-CAL-CISO".',
            requests
        };
    }
    if (!(Number.isFinite(options.startMs) && Number.isFinite(options.endMs) && options.endMs >= options.startMs)) {
        return {
            ok: false,
            kind: 'request',
            message: 'The time range to fetch is empty or invalid; expected a start before the end.',
            requests
        };
    }
    const points = new Map();
    let skippedEntries = 0;
    for (const chunk of pastRangeChunks(options.startMs, options.endMs)) {
        const url = new URL(`${base}/carbon-intensity/past-range`);
        url.searchParams.set('zone', options.zone);
        url.searchParams.set('start', new Date(chunk.startMs).toISOString());
        url.searchParams.set('end', new Date(chunk.endMs).toISOString());
        if (options.emissionFactorType)
            url.searchParams.set('emissionFactorType', options.emissionFactorType);
        const answer = await getWithRetries(url, options, () => requests++);
        if (!answer.ok)
            return { ...answer, message: redact(answer.message), requests };
        const parsed = readPastRange(answer.body);
        if ('error' in parsed) {
            return {
                ok: false,
                kind: 'response',
                status: answer.status,
                message: redact(`Electricity Maps answered ${url.pathname} with ${parsed.error}.`),
                requests
            };
        }
        skippedEntries += parsed.skipped;
        // Chunks share their boundary hour; the first reading of an hour wins.
        for (const p of parsed.points)
            if (!points.has(p.timeMs))
                points.set(p.timeMs, p.intensityGPerKWh);
    }
    const series = (0,_core_intensity_series_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesFromPoints */ .vm)([...points].map(([timeMs, intensityGPerKWh]) => ({ timeMs, intensityGPerKWh })), `Electricity Maps ${options.zone}`, ELECTRICITY_MAPS_SOURCE);
    return { ok: true, series, requests, skippedEntries };
}
// Our choice, not the API's: the intensity is an improvement over the annual average, not a
// requirement, so a CI job waits at most (3 + 1) x 15 s + 1 + 2 + 4 s = 67 s per chunk (90 s
// where Retry-After asks for the 10 s cap each time) before falling back, yet rides out a brief
// outage or a rate-limit answer.
/** Default per-request timeout, ms. */
const DEFAULT_TIMEOUT_MS = 15_000;
/** Default number of retries after the first attempt. */
const DEFAULT_RETRIES = 3;
/** Default first backoff delay, ms (doubled per retry). */
const DEFAULT_BACKOFF_MS = 1000;
/** Longest wait between attempts, ms, whatever the backoff or the server's Retry-After says. */
const MAX_BACKOFF_MS = 10_000;
/** HTTP statuses that redirect. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Redirects followed within the API's own origin before giving up. */
const MAX_REDIRECTS = 5;
/**
 * One GET with the token, following redirects by hand: only to the same origin (scheme, host and
 * port) as the request, where the token belongs. fetch's own redirect handling would send the
 * `auth-token` header on to any host the answer names. Counts every request through `onRequest`.
 */
async function getSameOrigin(url, init, onRequest) {
    let current = url;
    for (let hop = 0;; hop++) {
        const response = await fetch(current, { ...init, redirect: 'manual' });
        if (!REDIRECTS.has(response.status))
            return response;
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        let next;
        try {
            next = location === null ? undefined : new URL(location, current);
        }
        catch {
            next = undefined;
        }
        if (next === undefined)
            return { refused: `Electricity Maps answered HTTP ${response.status} without a valid redirect location` };
        if (next.origin !== url.origin)
            return {
                refused: `Electricity Maps redirected the request to another origin (${next.origin}); it was not followed, so the token was not sent there`
            };
        if (hop >= MAX_REDIRECTS)
            return { refused: `Electricity Maps redirected the request more than ${MAX_REDIRECTS} times` };
        onRequest();
        current = next;
    }
}
/** One GET with retries; counts every attempt through `onAttempt`. */
async function getWithRetries(url, options, onAttempt) {
    const retries = Math.max(0, Math.min(options.retries ?? DEFAULT_RETRIES, 10));
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    // The next wait: doubled per attempt, or the server's Retry-After, capped either way.
    let retryAfterMs;
    const where = `${url.origin}${url.pathname}?zone=${url.searchParams.get('zone')}&start=${url.searchParams.get('start')}&end=${url.searchParams.get('end')}`;
    let last = { ok: false, kind: 'network', message: `No request was sent to ${where}.` };
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0)
            await sleep(Math.min(retryAfterMs ?? backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS));
        retryAfterMs = undefined;
        onAttempt();
        let response;
        try {
            const answer = await getSameOrigin(url, {
                headers: { 'auth-token': options.token, accept: 'application/json' },
                signal: AbortSignal.timeout(timeoutMs)
            }, onAttempt);
            if ('refused' in answer)
                return { ok: false, kind: 'redirect', message: `${answer.refused} (${where}).` };
            response = answer;
        }
        catch (err) {
            // Checked by name: the DOMException may come from another realm (test runners, bundles).
            const name = err?.name;
            const timedOut = name === 'TimeoutError' || name === 'AbortError';
            last = timedOut
                ? {
                    ok: false,
                    kind: 'timeout',
                    message: `Electricity Maps did not answer ${where} within ${timeoutMs} ms (${attempt + 1} attempt(s)).`
                }
                : {
                    ok: false,
                    kind: 'network',
                    message: `Could not reach ${where}: ${describe(err)} (${attempt + 1} attempt(s)).`
                };
            // A host name that does not resolve will not resolve a moment later: no retry.
            if (isDnsFailure(err)) {
                last = {
                    ok: false,
                    kind: 'network',
                    message: `Could not reach ${where}: the host name ${url.hostname} does not resolve (${describe(err)}); not retried.`
                };
                break;
            }
            continue;
        }
        const body = await response.text().catch(() => '');
        if (response.ok)
            return { ok: true, status: response.status, body };
        const detail = errorDetail(body);
        if (response.status === 401 || response.status === 403) {
            return {
                ok: false,
                kind: 'auth',
                status: response.status,
                message: `Electricity Maps rejected the token (HTTP ${response.status})${detail}; check the token and that its plan covers past-range for this zone.`
            };
        }
        if (response.status !== 429 && response.status < 500) {
            return {
                ok: false,
                kind: 'request',
                status: response.status,
                message: `Electricity Maps refused ${where} (HTTP ${response.status})${detail}.`
            };
        }
        last = {
            ok: false,
            kind: 'server',
            status: response.status,
            message: `Electricity Maps answered ${where} with HTTP ${response.status}${detail} after ${attempt + 1} attempt(s).`
        };
        const retryAfter = response.headers.get('retry-after');
        if (retryAfter !== null && /^\d+(\.\d+)?$/.test(retryAfter.trim()))
            retryAfterMs = Number(retryAfter) * 1000;
    }
    return last;
}
/** Reads `{"zone":..,"data":[{"datetime":..,"carbonIntensity":..}, ...]}`. */
function readPastRange(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return { error: 'a body that is not JSON' };
    }
    const data = json?.data;
    if (!Array.isArray(data))
        return { error: 'JSON without a "data" array' };
    const points = [];
    let skipped = 0;
    for (const entry of data) {
        const { datetime, carbonIntensity } = (entry ?? {});
        const timeMs = typeof datetime === 'string' ? Date.parse(datetime) : NaN;
        if (Number.isNaN(timeMs))
            return { error: `an entry whose "datetime" is not an ISO time (${JSON.stringify(datetime)})` };
        if (typeof carbonIntensity !== 'number' || !Number.isFinite(carbonIntensity) || carbonIntensity < 0) {
            skipped++;
            continue;
        }
        points.push({ timeMs, intensityGPerKWh: carbonIntensity });
    }
    return { points, skipped };
}
/** The API's own error text (`{"error": "..."}` or `{"message": "..."}`), briefly, when present. */
function errorDetail(body) {
    try {
        const json = JSON.parse(body);
        const text = typeof json.error === 'string' ? json.error : typeof json.message === 'string' ? json.message : '';
        return text ? `: ${text.slice(0, 200)}` : '';
    }
    catch {
        return '';
    }
}
/** The most telling part of a fetch error: undici puts the system error (ECONNREFUSED) in `cause`. */
function describe(err) {
    const e = err;
    const text = e?.cause?.code ?? e?.cause?.message ?? e?.message;
    return typeof text === 'string' ? text : String(err);
}
/** True for a failed DNS lookup: undici puts getaddrinfo's error (ENOTFOUND, EAI_AGAIN) in `cause`. */
function isDnsFailure(err) {
    const code = err?.cause?.code;
    return typeof code === 'string' && /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_NODATA|EAI_FAIL)$/.test(code);
}
/** Resolves after `ms` milliseconds (the retry backoff). */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Tb: () => (/* binding */ refProblem),
/* harmony export */   UX: () => (/* binding */ resolveGitBase),
/* harmony export */   r: () => (/* binding */ gitBaseSource)
/* harmony export */ });
/* unused harmony export parseNameStatus */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_traces_access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3594);
/**
 * The CLI's base (`carbon-gate check --base <ref>`) read from git: the base is the merge base of
 * `HEAD` and the ref (what a pull request into that ref would be judged against), the change is
 * the working tree against it (committed, staged and unstaged edits, plus untracked manifests),
 * and base files are read from git's objects. Every call runs `git` through `execFile`/`spawn`
 * without a shell, with the ref checked first (it cannot start with `-`, so it is never taken for
 * an option) and `--` before paths.
 */



/** Longest ref accepted: git's own names are far shorter; a longer one is a mistake. */
const MAX_REF_CHARS = 256;
/** Largest `git ls-tree` listing read: a repository of a million files lists in about 100 MB. */
const MAX_LISTING_BYTES = 128 * 1024 * 1024;
/**
 * Why a `--base` value cannot be a git ref, or undefined when it may be one. A leading `-` would
 * make git read it as an option; control characters are never part of a ref.
 */
function refProblem(ref) {
    if (ref.startsWith('-'))
        return `a git ref cannot start with '-' (got '${ref.slice(0, 40)}')`;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(ref))
        return 'a git ref cannot contain control characters';
    if (ref.length > MAX_REF_CHARS)
        return `a git ref is at most ${MAX_REF_CHARS} characters`;
    return undefined;
}
/**
 * Resolves `--base <ref>` in the repository holding `cwd`: its top folder, the ref's commit, and
 * the merge base of `HEAD` and that commit. A problem is one sentence for a usage error.
 */
async function resolveGitBase(cwd, ref) {
    const bad = refProblem(ref);
    if (bad)
        return { ok: false, problem: `Option '--base' needs a branch, tag or commit: ${bad}.` };
    const top = await git(['rev-parse', '--show-toplevel'], cwd);
    if (!top.ok) {
        return {
            ok: false,
            problem: top.missing === true
                ? `Option '--base' needs git, which was not found (is it installed and on PATH?).`
                : `Option '--base' needs a git repository, but ${cwd} is not inside one.`
        };
    }
    const repoRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top.stdout.trim()).catch(() => top.stdout.trim());
    const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoRoot);
    if (!commit.ok) {
        return {
            ok: false,
            problem: `Option '--base': '${ref}' is not a branch, tag or commit of this repository (expected e.g. --base origin/main).`
        };
    }
    const mergeBase = await git(['merge-base', 'HEAD', commit.stdout.trim()], repoRoot);
    if (!mergeBase.ok) {
        return {
            ok: false,
            problem: `Option '--base': HEAD and '${ref}' have no common commit (or HEAD has no commit yet), so there is no base to compare with.`
        };
    }
    return { ok: true, base: { repoRoot, ref, sha: mergeBase.stdout.trim() } };
}
/**
 * The base as a {@link BaseSource}. `manifestPaths` are the head's manifests (repository paths):
 * those git does not track are listed as added (`git ls-files --others`).
 */
function gitBaseSource(base, manifestPaths) {
    const { repoRoot, sha } = base;
    let listing;
    const baseFiles = () => (listing ??= listTree(repoRoot, sha));
    return {
        ref: base.ref,
        sha,
        async changedFiles() {
            const diff = await git(['diff', '--name-status', '-M', '-z', '--no-ext-diff', '--no-textconv', sha, '--'], repoRoot, MAX_LISTING_BYTES);
            if (!diff.ok)
                return { failed: `git diff against ${sha.slice(0, 7)} failed: ${diff.message}` };
            const files = parseNameStatus(diff.stdout);
            if (manifestPaths.length > 0) {
                const others = await git(['ls-files', '--others', '-z', '--', ...manifestPaths.map((p) => `:(literal)${p}`)], repoRoot, MAX_LISTING_BYTES);
                if (!others.ok)
                    return { failed: `git ls-files failed: ${others.message}` };
                for (const p of others.stdout.split('\0').filter((s) => s !== ''))
                    files.push({ path: p, status: 'added' });
            }
            return { files };
        },
        baseFiles,
        async read(path, maxBytes) {
            const info = (await baseFiles())?.get(path);
            if ((await baseFiles()) !== undefined && info === undefined)
                return { kind: 'absent' };
            if (info?.sizeBytes !== undefined && info.sizeBytes > maxBytes)
                return { kind: 'too-large', sizeBytes: info.sizeBytes };
            return readBlob(repoRoot, `${sha}:${path}`, maxBytes);
        },
        async *stream(path, name) {
            const at = `at the base ${base.ref} (${sha.slice(0, 7)})`;
            if ((await baseFiles()) !== undefined && !(await baseFiles())?.has(path))
                throw new _core_traces_access_js__WEBPACK_IMPORTED_MODULE_2__/* .TraceAccessError */ .g('io/not-found', `No such trace file ${at}.`, name);
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', 'blob', `${sha}:${path}`], {
                cwd: repoRoot,
                stdio: ['ignore', 'pipe', 'pipe'],
                env: gitEnv()
            });
            const exited = new Promise((resolve) => {
                child.on('error', () => resolve(-1));
                child.on('close', (code) => resolve(code));
            });
            child.stderr.resume();
            try {
                for await (const chunk of child.stdout)
                    yield chunk;
            }
            finally {
                // The core may stop reading early (a byte limit): the child must not linger.
                if (child.exitCode === null)
                    child.kill();
            }
            const code = await exited;
            if (code !== 0)
                throw new _core_traces_access_js__WEBPACK_IMPORTED_MODULE_2__/* .TraceAccessError */ .g('io/unreadable', `The trace file ${at} could not be read from git.`, name);
        }
    };
}
/** `git diff --name-status -z` records: a status, then one path (two for renames and copies). */
function parseNameStatus(out) {
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length;) {
        const status = parts[i++];
        if (status === '')
            continue;
        const letter = status[0];
        if (letter === 'R' || letter === 'C') {
            const previous = parts[i++];
            const path = parts[i++];
            if (path === undefined || previous === undefined)
                break;
            // A copy leaves its source in place: the new file is added.
            files.push(letter === 'R' ? { path, status: 'renamed', previous } : { path, status: 'added' });
            continue;
        }
        const path = parts[i++];
        if (path === undefined)
            break;
        files.push({ path, status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified' });
    }
    return files;
}
/** Every regular file at the commit with its size (links and submodules left out), or undefined when git cannot list them. */
async function listTree(repoRoot, sha) {
    const out = await git(['ls-tree', '-r', '-z', '--long', '--full-tree', sha], repoRoot, MAX_LISTING_BYTES);
    if (!out.ok)
        return undefined;
    const files = new Map();
    for (const record of out.stdout.split('\0')) {
        const m = /^(\d+) (\w+) [0-9a-f]+ +(\d+|-)\t(.*)$/s.exec(record);
        if (!m || m[2] !== 'blob' || m[1] === '120000')
            continue;
        files.set(m[4], m[3] === '-' ? {} : { sizeBytes: Number(m[3]) });
    }
    return files;
}
/** Reads a blob, at most `maxBytes`; more is `too-large`, a missing path `absent`. */
function readBlob(repoRoot, object, maxBytes) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', 'blob', object], {
            cwd: repoRoot,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: gitEnv()
        });
        const chunks = [];
        let total = 0;
        let over = false;
        let stderr = '';
        child.stdout.on('data', (chunk) => {
            total += chunk.length;
            if (total > maxBytes) {
                over = true;
                child.kill();
            }
            else
                chunks.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 1000)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => resolve({ kind: 'failed', message: error.message }));
        child.on('close', (code) => {
            if (over)
                resolve({ kind: 'too-large' });
            else if (code === 0)
                resolve({ kind: 'found', bytes: Buffer.concat(chunks) });
            else if (/does not exist|exists on disk, but not in|Not a valid object name|not a valid/i.test(stderr))
                resolve({ kind: 'absent' });
            else
                resolve({ kind: 'failed', message: firstLine(stderr) || `git exited with ${code}` });
        });
    });
}
/** Runs git without a shell; never throws (also for src/io/ledger.ts). */
function git(args, cwd, maxBuffer = 1024 * 1024) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, maxBuffer, encoding: 'utf8', env: gitEnv() }, (error, stdout, stderr) => {
            if (!error)
                resolve({ ok: true, stdout });
            else if (error.code === 'ENOENT' && stdout === '' && stderr === '')
                resolve({ ok: false, message: 'git was not found', missing: true });
            else
                resolve({ ok: false, message: firstLine(stderr) || error.message.split('\n')[0] });
        });
    });
}
/** The environment git runs in: the user's, with prompts off (a read never asks for credentials). */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}


/***/ }),

/***/ 4957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ loadIntensitySeries),
/* harmony export */   Em: () => (/* binding */ ELECTRICITY_MAPS_TOKEN_ENV)
/* harmony export */ });
/* unused harmony exports MAX_SERIES_FILE_BYTES, readIntensitySeriesFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7135);
/* harmony import */ var _core_traces_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5492);
/* harmony import */ var _electricity_maps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8133);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7336);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9322);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5528);
/**
 * Time-resolved intensity for the adapters (CLI and action alike): reads the hourly series file a
 * flag or input names, and builds the Electricity Maps provider from a token, into the two fields
 * of `AnalyzeInput` that the core weights measured runs with. The core does the rest (which run
 * gets which series, fallbacks, coverage, notes).
 *
 * Nothing here throws for bad input, and the token appears in no message.
 */








/** Environment variable the CLI (and, by the action's choice, a workflow) reads the token from. */
const ELECTRICITY_MAPS_TOKEN_ENV = 'ELECTRICITY_MAPS_TOKEN';
/**
 * Largest series file read, compressed or not: 32 MiB. A year of hourly rows is about 0.3 MiB,
 * a year of 5-minute readings about 4 MiB.
 */
const MAX_SERIES_FILE_BYTES = 32 * 1024 * 1024;
/**
 * Reads the series file and builds the provider that the options ask for. A series file that
 * cannot be read is an error (it was asked for by name); a URL that is not http(s) is an error;
 * a URL without a token is a notice (a fork's pull request gets no secrets, and must not fail for
 * it). Spread the result into `AnalyzeInput`.
 */
async function loadIntensitySeries(options) {
    const diagnostics = [];
    const loaded = { diagnostics };
    if (options.seriesFile !== undefined && options.seriesFile.trim() !== '') {
        const read = await readIntensitySeriesFile(options.seriesFile, options);
        for (const d of read.diagnostics)
            diagnostics.push(d);
        if (read.input)
            loaded.intensitySeries = read.input;
    }
    const token = options.electricityMapsToken?.trim() ?? '';
    const url = options.electricityMapsUrl?.trim() ?? '';
    if (url !== '' && !(0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .isHttpUrl */ .q$)(url)) {
        diagnostics.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnostic */ .YK)('error', 'intensity/bad-provider-url', `The Electricity Maps URL "${url}" is not an http(s) URL; expected the API base such as ${_electricity_maps_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ELECTRICITY_MAPS_BASE_URL */ .w7}.`));
        return loaded;
    }
    if (token === '') {
        if (url !== '') {
            diagnostics.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnostic */ .YK)('notice', 'intensity/no-token', `An Electricity Maps URL is set but no token (--electricity-maps-token, the electricity-maps-token input or ${ELECTRICITY_MAPS_TOKEN_ENV}), so no hourly intensities are fetched.`));
        }
        return loaded;
    }
    loaded.intensityProvider = electricityMapsProvider({
        ...options,
        electricityMapsToken: token,
        electricityMapsUrl: url || undefined
    });
    return loaded;
}
/**
 * The Electricity Maps `carbon-intensity/past-range` client as a core `IntensityProvider`: it
 * never throws, and its failure messages (from the client, which redacts the token) say what went
 * wrong for the core's `intensity/provider-failed` warning.
 */
function electricityMapsProvider(options) {
    const token = options.electricityMapsToken;
    return {
        name: 'Electricity Maps',
        async fetch(request) {
            try {
                const result = await (0,_electricity_maps_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchPastRange */ .E1)({
                    token,
                    zone: request.zone,
                    startMs: request.startMs,
                    endMs: request.endMs,
                    ...(options.electricityMapsUrl !== undefined ? { baseUrl: options.electricityMapsUrl } : {}),
                    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
                    ...(options.retries !== undefined ? { retries: options.retries } : {}),
                    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {})
                });
                if (result.ok)
                    return { ok: true, series: result.series };
                return { ok: false, message: result.message };
            }
            catch (e) {
                // The client returns failures; this is a safety net, and the token is scrubbed from it too.
                const message = e instanceof Error ? e.message : String(e);
                return { ok: false, message: `unexpected error: ${message.split(token).join('***').split('\n')[0]}.` };
            }
        }
    };
}
/**
 * Reads an intensity series file named by a flag or input: a regular file (never a symbolic link,
 * never inside a `.git` folder) of at most {@link MAX_SERIES_FILE_BYTES}, gzip-decompressed when it
 * starts with the gzip magic (to the same limit), UTF-8. Diagnostics: `io/git-folder`,
 * `io/symbolic-link`, `io/not-found`, `io/not-a-file`, `io/unreadable`, `io/too-large`,
 * `io/not-utf8`, `io/outside-root`; the file keeps the name it was given.
 */
async function readIntensitySeriesFile(file, options) {
    const what = 'intensity series';
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.baseDir, file);
    const fail = (code, message) => ({
        diagnostics: [(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnostic */ .YK)('error', code, message, { file })]
    });
    const limitMiB = `${MAX_SERIES_FILE_BYTES / (1024 * 1024)} MiB`;
    const refused = await (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .refusedFile */ .Fe)(abs, what);
    if (refused)
        return fail(...refused);
    const info = await (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .statRegularFile */ .b2)(abs, what);
    if ('problem' in info)
        return fail(...info.problem);
    if (info.sizeBytes > MAX_SERIES_FILE_BYTES)
        return fail('io/too-large', `The ${what} is larger than ${limitMiB}, far more than a series of hourly values, so it was not read.`);
    if (options.confineTo !== undefined) {
        if (!(await (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isRealPathInside */ .yP)(options.confineTo, abs)))
            return fail('io/outside-root', `The ${what} resolves to a path outside "${options.confineTo}"; only files inside it are read.`);
    }
    let bytes;
    try {
        bytes = await (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readAtMost */ .rU)(abs, MAX_SERIES_FILE_BYTES + 1);
    }
    catch (err) {
        return fail(...(0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFsError */ .TQ)(err, what));
    }
    if (bytes.length > MAX_SERIES_FILE_BYTES)
        return fail('io/too-large', `The ${what} is larger than ${limitMiB}, so it was not read.`);
    if ((0,_core_traces_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .isGzip */ .bf)(bytes)) {
        try {
            bytes = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(bytes, { maxOutputLength: MAX_SERIES_FILE_BYTES });
        }
        catch (err) {
            const code = err.code;
            return code === 'ERR_BUFFER_TOO_LARGE'
                ? fail('io/too-large', `The ${what} is larger than ${limitMiB} once decompressed, so it was not read.`)
                : fail('io/unreadable', `The ${what} looks gzip-compressed but could not be decompressed (${code ?? 'corrupt data'}).`);
        }
    }
    try {
        return { input: { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }, diagnostics: [] };
    }
    catch {
        return fail('io/not-utf8', `The ${what} is not valid UTF-8 text; expected a CSV of timestamp and g/kWh saved as UTF-8.`);
    }
}


/***/ }),

/***/ 5981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseLimitLines)
/* harmony export */ });
/* unused harmony export resolveLimits */
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2085);
/**
 * The grammar shared by the limit options (`artifact-limits`, `trace-limits`): one `key: value`
 * per line (or per `;`-separated item, which is how a command-line flag writes several), sizes with
 * a unit (`2 GiB`, `500MB`), counts as whole numbers (`20_000`), `#` comments and blank lines
 * ignored. Every bad item is reported, naming the option, its line, what was expected and the
 * closest key, and leaves that limit at its default.
 */

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const SIZE_UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: MiB,
    gib: GiB
};
/**
 * Parses the text of a limits option. `optionName` is how messages name the option
 * (`artifact-limits`, `--trace-limits`); `keys` maps each accepted key to the field it sets.
 */
function parseLimitLines(text, optionName, keys) {
    const limits = {};
    const problems = [];
    const names = Object.keys(keys);
    text.split(/\r?\n/).forEach((raw, index) => {
        for (const part of raw.replace(/#.*$/, '').split(';')) {
            const item = part.trim();
            if (item === '')
                continue;
            const where = `\`${optionName}\` line ${index + 1}`;
            const m = item.match(/^([A-Za-z-]+)\s*[:=]\s*(.+)$/);
            if (!m) {
                problems.push(`${where}: expected "key: value" (keys: ${names.join(', ')}), got ${JSON.stringify(item)}`);
                continue;
            }
            const name = m[1].toLowerCase();
            const spec = Object.hasOwn(keys, name) ? keys[name] : undefined;
            if (!spec) {
                problems.push(`${where}: unknown limit "${m[1]}"; expected one of ${names.join(', ')}.${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)((0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closestNames */ .g9)(name, names))}`);
                continue;
            }
            const value = spec.kind === 'size' ? parseSize(m[2]) : parseCount(m[2]);
            if (value === undefined) {
                problems.push(`${where}: "${m[2].trim()}" is not ${spec.kind === 'size' ? 'a size such as "2 GiB" or "500 MB"' : 'a positive whole number'}`);
                continue;
            }
            limits[spec.field] = value;
        }
    });
    return { limits, problems };
}
/** `2 GiB`, `500MB`, `1.5 GB`, `300` (bytes): a positive whole number of bytes, or undefined. */
function parseSize(text) {
    const m = text.trim().match(/^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/);
    if (!m)
        return undefined;
    const unit = SIZE_UNITS[(m[2] || 'b').toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Math.round(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
/** `20000`, `20_000`: a positive whole number, or undefined. */
function parseCount(text) {
    const t = text.trim().replace(/_/g, '');
    if (!/^\d+$/.test(t))
        return undefined;
    const n = Number(t);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
/**
 * Fills unset limits from `defaults` and checks the set ones: each must be a positive whole
 * number; a bad one is reported and its default kept.
 */
function resolveLimits(defaults, partial = {}) {
    const limits = { ...defaults };
    const problems = [];
    for (const key of Object.keys(defaults)) {
        const value = partial[key];
        if (value === undefined)
            continue;
        if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
            limits[key] = value;
        else
            problems.push(`${key} must be a positive whole number, got ${String(value)}; using ${String(limits[key])}`);
    }
    return { limits, problems };
}


/***/ }),

/***/ 9948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lw: () => (/* binding */ OPTIONS),
  VC: () => (/* binding */ defaultText),
  ti: () => (/* binding */ describeOption),
  k2: () => (/* binding */ failsCheck),
  W6: () => (/* binding */ optionNames),
  IC: () => (/* binding */ spec)
});

// UNUSED EXPORTS: INPUT_NAMES

// EXTERNAL MODULE: ./src/core/budget.ts
var budget = __webpack_require__(4782);
// EXTERNAL MODULE: ./src/core/config-path.ts
var config_path = __webpack_require__(9081);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/traces/limits.ts
var limits = __webpack_require__(7124);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/io/limit-lines.ts
var limit_lines = __webpack_require__(5981);
;// CONCATENATED MODULE: ./src/io/artifacts/limits.ts
/**
 * Limits on what one artifact may unpack to and on all artifacts of a run together (how many, how
 * many bytes), the `artifact-limits` input that sets them, and the byte meter that enforces them
 * while data streams. Artifact content comes from a job that may have run untrusted code (a fork's
 * pull request), so sizes in zip headers are claims, not facts: the meter counts the bytes that
 * really come out of the decompressor.
 */



const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/**
 * Defaults: generous for real training logs (a week of 1 Hz nvidia-smi rows on 8 GPUs is about
 * 500 MB), small enough that a hostile artifact cannot fill a hosted runner's disk (14 GB free).
 */
const DEFAULT_EXTRACT_LIMITS = Object.freeze({
    maxTotalBytes: 1 * GiB,
    maxEntries: 10_000,
    maxCompressionRatio: 100,
    ratioFloorBytes: 1 * MiB,
    maxZipBytes: 1 * GiB
});
/**
 * Defaults for a run: 100 artifacts (one page of the list API; a 64-node matrix fits), and 8 GiB
 * unpacked in all, which with one zip waiting to be unpacked (at most 1 GiB) stays well inside a
 * hosted runner's 14 GB of free disk.
 */
const DEFAULT_ARTIFACT_LIMITS = Object.freeze({
    ...DEFAULT_EXTRACT_LIMITS,
    maxArtifacts: 100,
    maxRunTotalBytes: 8 * GiB
});
/** Thrown inside a stream pipeline when a limit is crossed; caught and turned into a diagnostic. */
class LimitExceededError extends Error {
    /** Which limit was crossed. */
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'LimitExceededError';
        this.kind = kind;
    }
}
/** How the message of a crossed total names it. */
const TOTAL_TEXT = {
    'total-bytes': ' in total',
    'zip-bytes': ' of zip data',
    'run-total': " (what was left of the limit for all the run's artifacts together)"
};
/**
 * A pass-through stream that counts bytes and fails with a {@link LimitExceededError} the moment
 * the running total or the entry's compression ratio crosses its limit, before the chunk that
 * crossed it is written anywhere.
 */
function createByteMeter(options) {
    let entryBytes = 0;
    return new Transform({
        transform(chunk, _encoding, callback) {
            entryBytes += chunk.length;
            options.tally.bytes += chunk.length;
            if (options.tally.bytes > options.maxTotalBytes) {
                const kind = options.totalKind ?? 'total-bytes';
                callback(new LimitExceededError(kind, `unpacked more than ${formatBytes(options.maxTotalBytes)}${TOTAL_TEXT[kind]}`));
                return;
            }
            const { compressedBytes, maxCompressionRatio, ratioFloorBytes = 0 } = options;
            if (compressedBytes !== undefined && maxCompressionRatio !== undefined && entryBytes > ratioFloorBytes) {
                const ratio = entryBytes / Math.max(compressedBytes, 1);
                if (ratio > maxCompressionRatio) {
                    callback(new LimitExceededError('compression-ratio', `unpacked ${formatBytes(entryBytes)} from ${formatBytes(compressedBytes)} (ratio above ${maxCompressionRatio}), which looks like a zip bomb`));
                    return;
                }
            }
            callback(null, chunk);
        }
    });
}
/**
 * Checks limits given by a user (action inputs) and fills the rest with defaults. Each limit must
 * be a positive whole number; a bad one is reported and its default kept.
 */
function resolveExtractLimits(partial = {}) {
    return resolveLimits(DEFAULT_EXTRACT_LIMITS, pick(partial, Object.keys(DEFAULT_EXTRACT_LIMITS)));
}
/** Checks the run's artifact limits (one artifact's and the run's) and fills the rest with defaults. */
function resolveArtifactLimits(partial = {}) {
    return resolveLimits(DEFAULT_ARTIFACT_LIMITS, partial);
}
function pick(partial, keys) {
    return Object.fromEntries(Object.entries(partial).filter(([k]) => keys.includes(k)));
}
/** Keys of the `artifact-limits` input and the limit each sets. */
const LIMIT_KEYS = {
    total: { field: 'maxTotalBytes', kind: 'size' },
    entries: { field: 'maxEntries', kind: 'count' },
    ratio: { field: 'maxCompressionRatio', kind: 'count' },
    zip: { field: 'maxZipBytes', kind: 'size' },
    count: { field: 'maxArtifacts', kind: 'count' },
    'run-total': { field: 'maxRunTotalBytes', kind: 'size' }
};
/**
 * Parses the `artifact-limits` action input: one `key: value` per line (or `;`-separated), keys
 * `total` (size), `entries` (count), `ratio` (number) and `zip` (size) per artifact, and `count`
 * (number) and `run-total` (size) per run; sizes take B, KB, MB, GB, KiB, MiB or GiB (`2 GiB`,
 * `500MB`). Blank lines and `#` comments are ignored. Every bad line is reported (`input/invalid`,
 * naming the line, what was expected, and the closest key) and leaves that limit at its default.
 */
function parseExtractLimits(text, inputName = 'artifact-limits') {
    return parseLimitLines(text, inputName, LIMIT_KEYS);
}

// EXTERNAL MODULE: ./src/io/electricity-maps.ts
var electricity_maps = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/io/trace-limits.ts
var trace_limits = __webpack_require__(6158);
// EXTERNAL MODULE: ./src/io/discovery.ts
var discovery = __webpack_require__(3638);
;// CONCATENATED MODULE: ./src/io/options.ts
/**
 * The one table of options: every option of the CLI and of the action, each once, with its name
 * (the CLI flag is `--<name>`, the action input is `<name>`), one description both adapters show,
 * its default, and which adapters have it. An option only one adapter has says why the other has
 * none.
 *
 * Generated from it: the CLI's parser (src/cli/args.ts) and `--help` (src/cli/help.ts); read
 * through it: the action's inputs (src/action/inputs.ts); checked against it by tests:
 * action.yml's inputs and the option tables of docs/cli.md and docs/action.md, which
 * `npm run options` rewrites from it.
 */








/** Why the GitHub-only inputs have no CLI flag. */
const GITHUB_ONLY = 'GitHub only:';
/** Why the terminal-only flags have no action input. */
const TERMINAL_ONLY = 'Terminal only:';
/** The folder paths are relative to, in each adapter's words. */
const FOLDER = { cli: 'the current folder', action: 'the workspace' };
/**
 * Every option, in the order help, action.yml and the docs list them: shared ones first, then the
 * action's, then the CLI's.
 */
const OPTIONS = {
    manifests: {
        description: 'Training manifests to read: paths, folders or globs, relative to {folder}. A folder means every `carbon-manifest.yml`/`.yaml`/`.json` below it. `node_modules` and `.git` are never searched or read; the search skips symbolic links, and a named link, or a folder reached through one, is refused: commit the file itself.',
        value: 'lines',
        default: discovery/* MANIFEST_GLOBS */.Sm.join('\n'),
        cli: {
            placeholder: 'FILES|GLOBS...',
            positional: true,
            note: 'Quote globs, so the shell does not expand them.'
        },
        action: { note: 'One per line.' }
    },
    config: {
        description: 'Budget and config file (YAML or JSON), relative to {folder}. A path you name must exist; when the default is missing the check runs without a config, and the report says where it looked. A symbolic link or a file inside `.git` is refused.',
        value: 'text',
        default: config_path/* DEFAULT_CONFIG_PATH */.B,
        example: config_path/* DEFAULT_CONFIG_PATH */.B,
        cli: {
            placeholder: 'FILE',
            short: 'c',
            note: 'Without `--config`, the default is looked for in the current folder, then in each folder above it up to the repository root (the nearest folder holding `.git`), the nearest first; outside a repository, in the current folder only.'
        },
        action: { note: 'The default is read from the workspace only: it is the repository root.' }
    },
    budget: {
        description: "The budget, replacing the config file's as a whole: an emissions mass (`500 kg`, `1.2 t`, `1400 lb`), an energy (`2 MWh`, `800 kWh`), or both (`500 kg; 2 MWh`).",
        value: 'text',
        default: '',
        defaultText: "the config file's budget, or none",
        example: '"500 kg"',
        cli: { placeholder: 'LIMITS' },
        action: {}
    },
    'warn-at': {
        description: 'Share of the budget at which the status becomes `warn`: `80%` or `0.8`.',
        value: 'text',
        default: '',
        defaultText: `the config file's, else \`${budget/* DEFAULT_WARN_AT_FRACTION */.iC * 100}%\``,
        example: '80%',
        cli: { placeholder: 'PCT' },
        action: {}
    },
    'fail-on': {
        description: 'When the verdict fails the check (the CLI exits with 1, the action fails the step): `over-budget` (status `fail`), `warning` (status `warn` or `fail`), or `never` (report only). Invalid input fails in every mode (the CLI exits with 2).',
        value: 'choice',
        choices: ['over-budget', 'warning', 'never'],
        default: 'over-budget',
        example: 'warning',
        cli: { placeholder: 'MODE' },
        action: {}
    },
    location: {
        description: 'Location for runs that name none: an ISO country code (`DE`, `USA`), a grid zone (`US-CAL-CISO`), a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope`) or a preset (`strubell-2019`).',
        value: 'text',
        default: '',
        defaultText: "the config file's, else none",
        example: 'gcp:europe-west4',
        cli: { placeholder: 'LOC' },
        action: {}
    },
    timezone: {
        description: "Time zone of power-log timestamps that carry none (nvidia-smi's), and of such times in an intensity series: an IANA name (`Europe/Berlin`) or an offset (`+02:00`). A manifest's `trace.timezone` wins.",
        value: 'text',
        default: '',
        defaultText: 'UTC',
        example: 'Europe/Amsterdam',
        cli: { placeholder: 'TZ' },
        action: {}
    },
    'intensity-series': {
        description: "Hourly grid-intensity CSV (timestamp, g/kWh; `.gz` allowed), relative to {folder}, for measured runs whose manifest names no `intensity-series`: each hour of measured energy is weighted by that hour's intensity; hours it lacks use the run's annual intensity, with a warning giving the coverage. Estimated runs are not affected. A symbolic link or a file inside `.git` is refused.",
        value: 'text',
        default: '',
        defaultText: 'none (annual intensities)',
        example: 'data/grid-2024-06.csv',
        cli: { placeholder: 'FILE' },
        action: {}
    },
    'electricity-maps-token': {
        description: "Electricity Maps API token: fetches hourly intensities (`carbon-intensity/past-range`) for the zone of each measured run's location over the hours that drew energy, for runs without a series file: at most 31 days per run and 90 per check, the rest at the annual average with a warning. On failure the run uses its annual average with a warning; the check does not fail for it. Never printed, and never sent to another origin than the API's.",
        value: 'text',
        default: '',
        defaultText: 'none (annual intensities)',
        example: '"$ELECTRICITY_MAPS_TOKEN"',
        secret: true,
        cli: {
            placeholder: 'TOKEN',
            defaultText: 'the `ELECTRICITY_MAPS_TOKEN` environment variable, which is safer: a flag shows in the process list'
        },
        action: {
            note: "Pass a secret, e.g. `${{ secrets.ELECTRICITY_MAPS_TOKEN }}`; a fork's pull request gets no secrets, and its runs keep their annual intensities."
        }
    },
    'electricity-maps-url': {
        description: 'Electricity Maps API base URL (http or https), for a proxy or a test server.',
        value: 'text',
        default: '',
        defaultText: `the public API, ${electricity_maps/* DEFAULT_ELECTRICITY_MAPS_BASE_URL */.w7}`,
        example: electricity_maps/* DEFAULT_ELECTRICITY_MAPS_BASE_URL */.w7,
        cli: { placeholder: 'URL' },
        action: {}
    },
    'trace-limits': {
        description: `How much the power logs of one check may make carbon-gate read, one \`key: value\` per line or \`;\`-separated: \`file\` (bytes of one log, once decompressed; default ${(0,format/* formatBytes */.z3)(trace_limits/* DEFAULT_TRACE_LIMITS */.P.maxFileBytes)}), \`total\` (bytes of all logs together; default ${(0,format/* formatBytes */.z3)(trace_limits/* DEFAULT_TRACE_LIMITS */.P.maxTotalBytes)}), \`ratio\` (a gzip log's unpacked/packed ratio, judged past ${(0,format/* formatBytes */.z3)(limits/* RATIO_FLOOR_BYTES */.$5)}; default ${trace_limits/* DEFAULT_TRACE_LIMITS */.P.maxCompressionRatio}) and \`crawl\` (files and folders the trace globs may read; default ${trace_limits/* DEFAULT_TRACE_LIMITS */.P.maxCrawlEntries}). Sizes take B, KB, MB, GB, KiB, MiB or GiB. A log cut short by a limit is an error, and its run's measured energy is not used.`,
        value: 'lines',
        default: '',
        defaultText: "each limit's default",
        example: '"file: 8 GiB; total: 32 GiB"',
        cli: { placeholder: 'LIMITS' },
        action: {}
    },
    comment: {
        description: 'The sticky pull-request comment: `update` edits it in place (no edit when unchanged), `recreate` deletes and re-posts it (so watchers are notified again), `off` posts none.',
        value: 'choice',
        choices: ['update', 'recreate', 'off'],
        default: 'update',
        action: {},
        onlyReason: `${GITHUB_ONLY} the report's place on GitHub; the CLI prints it.`
    },
    'comment-tag': {
        description: "Tag in the comment's hidden marker, in the report's heading and in the JSON report's path. Give each gate on a pull request its own tag to get one comment per gate. Letters, digits, `.`, `_` and single `-`, up to 64 characters.",
        value: 'text',
        default: 'carbon-gate',
        action: {},
        onlyReason: `${GITHUB_ONLY} it names the pull-request comment.`
    },
    'override-label': {
        description: "A maintainer's waiver: when the pull request carries exactly this label, added last by someone with at least `write` permission on the repository who is not the PR's author (the policy file's `waivers` can change who; its `waivers.label` replaces this input), an over-budget (or, with `fail-on: warning`, near-budget) verdict does not fail the check, up to the footprint measured when the label was added (recorded in the PR comment; see docs/waivers.md). The comment and summary say who added it and why the waiver was accepted or refused. Invalid input is never waived. Empty disables the waiver.",
        value: 'text',
        default: 'carbon-budget-approved',
        action: {},
        onlyReason: `${GITHUB_ONLY} a pull-request label; the CLI's caller decides what to do with its exit code.`
    },
    'github-token': {
        description: 'Token for the pull-request comment, the override-label lookup, artifacts and the commit status. Needs `pull-requests: write` to comment, `actions: read` for `artifacts`, and `statuses: write` for `status-context`. Never printed.',
        value: 'text',
        default: '${{ github.token }}',
        secret: true,
        action: {},
        onlyReason: `${GITHUB_ONLY} it authenticates to the GitHub API.`
    },
    artifacts: {
        description: "Artifact names or glob patterns (`carbon-node-*`), one per line, to read from the run `run-id`: their manifests and power logs are used together with the workspace's.",
        value: 'lines',
        default: '',
        defaultText: 'none',
        action: {},
        onlyReason: `${GITHUB_ONLY} workflow artifacts; on a laptop, download them and name their folders.`
    },
    'run-id': {
        description: 'The workflow run whose artifacts are read.',
        value: 'text',
        default: '',
        defaultText: 'the current run, or, in a `workflow_run` event, the triggering run',
        action: {},
        onlyReason: `${GITHUB_ONLY} a workflow run.`
    },
    'status-context': {
        description: "When set, the verdict is also posted as a commit status with this context (name) on the pull request's head commit: `pending` while the gate works, then `success`, `failure` (the step fails) or `error` (invalid input), with a one-line description and a link to the run. Branch protection can require it, also in `workflow_run` mode.",
        value: 'text',
        default: '',
        defaultText: 'no commit status',
        action: {},
        onlyReason: `${GITHUB_ONLY} a commit status.`
    },
    ledger: {
        description: "The team's carbon ledger on its branch (the policy's `ledger.branch`, default `carbon-ledger`; see docs/ledger.md): `write` appends one record per spent run, through the Git Data API, on `push` to the default branch (the runs the push added or changed) and on `workflow_run` completions on the default branch (the artifacts' measured runs); `read` reads it for window budgets; `off` does neither; `auto` is `write` on those events when the policy names a `ledger`, `read` on pull requests when the policy has a window budget, else `off`. Writing needs `contents: write`, and `pull-requests: read` to name each record's pull request.",
        value: 'choice',
        choices: ['auto', 'off', 'read', 'write'],
        default: 'auto',
        action: {},
        onlyReason: `${GITHUB_ONLY} the action keeps the ledger; the CLI reads it with \`carbon-gate ledger\`.`
    },
    'if-artifacts-missing': {
        description: '`fail` or `warn` when an artifact pattern matches nothing, an artifact expired or is gone, or the run uploaded none. Either way it is reported: missing data never passes silently.',
        value: 'choice',
        choices: ['fail', 'warn'],
        default: 'fail',
        action: {},
        onlyReason: `${GITHUB_ONLY} workflow artifacts.`
    },
    'artifact-limits': {
        description: `Artifact limits, one \`key: value\` per line: per artifact \`total\` (unpacked bytes, default ${(0,format/* formatBytes */.z3)(DEFAULT_ARTIFACT_LIMITS.maxTotalBytes)}), \`entries\` (default ${DEFAULT_ARTIFACT_LIMITS.maxEntries}), \`ratio\` (per-entry unpacked/packed, default ${DEFAULT_ARTIFACT_LIMITS.maxCompressionRatio}) and \`zip\` (downloaded zip size, default ${(0,format/* formatBytes */.z3)(DEFAULT_ARTIFACT_LIMITS.maxZipBytes)}); per run \`count\` (artifacts read, the first by name; default ${DEFAULT_ARTIFACT_LIMITS.maxArtifacts}) and \`run-total\` (unpacked bytes of all artifacts together, default ${(0,format/* formatBytes */.z3)(DEFAULT_ARTIFACT_LIMITS.maxRunTotalBytes)}). Sizes take B, KB, MB, GB, KiB, MiB or GiB. An artifact past a limit is not read, and that is an error.`,
        value: 'lines',
        default: '',
        defaultText: "each limit's default",
        action: {},
        onlyReason: `${GITHUB_ONLY} workflow artifacts.`
    },
    base: {
        description: "Judge the change against a git ref: the base is the merge base of `HEAD` and the ref (what a pull request into it is judged against), and the manifests, power logs and policy file are read there with git, so `change` budgets see what the working tree adds (committed or not) and the base's policy file applies, as in the pull request's check. Needs a git repository and `git` on PATH.",
        value: 'text',
        default: '',
        defaultText: 'no base: every run counts as new',
        example: 'origin/main',
        cli: { placeholder: 'REF' },
        onlyReason: `${TERMINAL_ONLY} the action takes the base from its event (the pull request's base commit, the merge group's base).`
    },
    format: {
        description: 'Report format: `text`, `markdown`, `json` or `model-card`.',
        value: 'choice',
        choices: ['text', 'markdown', 'json', 'model-card'],
        default: 'text',
        example: 'json',
        cli: { placeholder: 'FMT', short: 'f' },
        onlyReason: `${TERMINAL_ONLY} the action writes each format where it belongs (Markdown in the comment and summary, JSON at \`report-path\`).`
    },
    output: {
        description: 'Write the report to this file (its folder is created) instead of standard output.',
        value: 'text',
        default: '',
        defaultText: 'standard output',
        example: 'report.md',
        cli: { placeholder: 'FILE', short: 'o' },
        onlyReason: `${TERMINAL_ONLY} the action writes its JSON report to \`report-path\`.`
    },
    'no-color': {
        description: 'No ANSI colour in the text report.',
        value: 'switch',
        default: '',
        cli: {},
        onlyReason: `${TERMINAL_ONLY} nothing the action writes is coloured.`
    },
    help: {
        description: 'Show this help.',
        value: 'switch',
        default: '',
        cli: { short: 'h' },
        onlyReason: `${TERMINAL_ONLY} the command's own help; the action's is action.yml.`
    },
    version: {
        description: 'Show the version.',
        value: 'switch',
        default: '',
        cli: { short: 'v' },
        onlyReason: `${TERMINAL_ONLY} the command's own version; the action's is its tag.`
    }
};
/** The names of the options an adapter has, in the table's order. */
function optionNames(adapter) {
    return Object.keys(OPTIONS).filter((name) => spec(name)[adapter] !== undefined);
}
/** An option's entry, widened to {@link OptionSpec}. */
function spec(name) {
    return OPTIONS[name];
}
/** The names of the options the action declares as inputs (action.yml), in the table's order. */
const INPUT_NAMES = optionNames('action');
/** An option's description as an adapter shows it: the shared text, `{folder}` filled in, and the adapter's note. */
function describeOption(name, adapter) {
    const option = spec(name);
    const note = option[adapter]?.note;
    const text = note ? `${option.description} ${note}` : option.description;
    return text.replaceAll('{folder}', FOLDER[adapter]);
}
/**
 * The default as an adapter's help and docs state it: the literal default in backticks, else the
 * text saying what an empty value means; undefined for a switch (off unless given).
 */
function defaultText(name, adapter) {
    const option = spec(name);
    if (option.value === 'switch')
        return undefined;
    const text = option[adapter]?.defaultText ?? option.defaultText;
    if (text !== undefined && option.default === '')
        return text;
    if (option.default === '')
        return undefined;
    return option.default
        .split('\n')
        .map((d) => `\`${d}\``)
        .join(', ');
}
/**
 * True when a verdict fails the check under `failOn`. Invalid input fails in every mode (the
 * adapters also judge it first, to exit with 2 and to refuse a waiver).
 */
function failsCheck(status, failOn) {
    if (status === 'invalid')
        return true;
    if (failOn === 'never')
        return false;
    return status === 'fail' || (failOn === 'warning' && status === 'warn');
}


/***/ }),

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   e9: () => (/* binding */ isInGitFolder),
/* harmony export */   j1: () => (/* binding */ commonAncestor),
/* harmony export */   yP: () => (/* binding */ isRealPathInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Path helpers shared by the adapters' file I/O: how files are named in reports and diagnostics
 * (relative, with `/`), and whether a path stays inside a root folder, as written or on its real
 * path (after symbolic links), which is how every confined read is checked.
 */


/** Converts a path to forward slashes, so names in reports are the same on every platform. */
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * Names `absPath` relative to `baseDir` with `/` separators, the way diagnostics and reports show
 * files (`examples/bert/carbon-manifest.yml`). A path outside `baseDir` keeps its `../` prefix;
 * one on another drive stays absolute.
 */
function displayPath(absPath, baseDir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(baseDir, absPath);
    if (rel === '')
        return '.';
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return toPosix(absPath);
    return toPosix(rel);
}
/** True when `candidate` is `root` itself or lies below it (both absolute, compared lexically). */
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return false;
    // A child may be called "..data"; only a whole ".." segment leaves the root.
    return rel !== '..' && !rel.startsWith('..' + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
}
/** The deepest folder that contains every one of `absPaths` (absolute paths; at least one). */
function commonAncestor(absPaths) {
    const split = absPaths.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
    const first = split[0];
    let depth = first.length;
    for (const parts of split.slice(1)) {
        let i = 0;
        while (i < depth && i < parts.length && parts[i] === first[i])
            i++;
        depth = i;
    }
    const joined = first.slice(0, depth).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    // Splitting "/a" gives ["", "a"]: an empty prefix means the filesystem root.
    return joined === '' ? node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absPaths[0])).root : joined;
}
/**
 * True when the file's real path (after symbolic links) lies inside the root's real path. A path
 * that cannot be resolved is compared as written, so a missing file is judged by its name.
 */
async function isRealPathInside(rootDir, abs) {
    const [realRoot, realFile] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(rootDir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(rootDir)),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => abs)
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
function isInGitFolder(abs) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(abs)
        .split(/[\\/]/)
        .some((part) => part.toLowerCase().replace(/[. ]+$/, '') === '.git');
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ symbolicLinkProblem),
/* harmony export */   Fe: () => (/* binding */ refusedFile),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Lf: () => (/* binding */ readTextFiles),
/* harmony export */   Q3: () => (/* binding */ readOptionalTextFile),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   b2: () => (/* binding */ statRegularFile),
/* harmony export */   rU: () => (/* binding */ readAtMost),
/* harmony export */   sW: () => (/* binding */ gitFolderProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7135);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/**
 * Reading the small text files the adapters hand to the core (manifests, config files): a size cap
 * checked before and while reading, UTF-8 only, optional confinement to a folder, never a symbolic
 * link and never anything inside a `.git` folder; and the file checks other readers share (those
 * refusals, a regular file, at most so many bytes, a file-system error in words). Every problem
 * becomes a Diagnostic naming the file; nothing here throws for bad input.
 */





/** Largest manifest or config file read: 1 MiB. Real manifests are a few KiB; more is a mistake or an attack. */
const MAX_TEXT_BYTES = 1024 * 1024;
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.baseDir, file);
    const fail = (code, message) => ({
        diagnostics: [(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('error', code, message, { file })]
    });
    const refused = await refusedFile(abs, what);
    if (refused)
        return fail(...refused);
    const info = await statRegularFile(abs, what);
    if ('problem' in info)
        return fail(...info.problem);
    if (info.sizeBytes > maxBytes)
        return fail('io/too-large', tooLargeMessage(what, maxBytes, info.sizeBytes));
    if (options.confineTo !== undefined && !(await (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isRealPathInside */ .yP)(options.confineTo, abs))) {
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
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/**
 * Why a file that a user, a manifest or a config names must not be read at all, or undefined
 * when it may be: a path inside a `.git` folder (as written, after `..` is resolved, or on its
 * real path, through a linked folder), or a symbolic link. Links are refused rather than followed
 * because the file's name is all a reviewer sees: `.github/carbon-budget.yml -> ../.git/config`
 * would make a pull request's own change read the checkout's token, and the parse error quote it.
 * A path that does not exist is not refused here (the read says it is missing).
 */
async function refusedFile(abs, what) {
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInGitFolder */ .e9)(abs))
        return gitFolderProblem(what);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined);
    if (info === undefined)
        return undefined;
    if (info.isSymbolicLink())
        return symbolicLinkProblem(what);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs).catch(() => abs);
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInGitFolder */ .e9)(real) ? gitFolderProblem(what) : undefined;
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, NO_FOLLOW);
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
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
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


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DEFAULT_TRACE_LIMITS),
/* harmony export */   f: () => (/* binding */ parseTraceLimits)
/* harmony export */ });
/* harmony import */ var _core_traces_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7124);
/* harmony import */ var _limit_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5981);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5923);
/**
 * The `trace-limits` option (the CLI's `--trace-limits`, the action's `trace-limits` input): how
 * much the power logs of one check may make carbon-gate read. The byte limits are the core's (it
 * decodes the logs); the crawl limit is the trace globs' (./walk.ts).
 */



/** The defaults of every trace limit. */
const DEFAULT_TRACE_LIMITS = Object.freeze({
    ..._core_traces_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRACE_BYTE_LIMITS */ .i0,
    maxCrawlEntries: _walk_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CRAWL_ENTRIES */ .tG
});
/** Keys of `trace-limits` and the limit each sets. */
const TRACE_LIMIT_KEYS = {
    file: { field: 'maxFileBytes', kind: 'size' },
    total: { field: 'maxTotalBytes', kind: 'size' },
    ratio: { field: 'maxCompressionRatio', kind: 'count' },
    crawl: { field: 'maxCrawlEntries', kind: 'count' }
};
/**
 * Parses `trace-limits`: one `key: value` per line or `;`-separated item: `file` and `total`
 * (sizes: `8 GiB`, `500 MB`), `ratio` and `crawl` (whole numbers). Every bad item is a problem
 * naming `optionName` and the line; the limits it leaves unset keep their defaults.
 */
function parseTraceLimits(text, optionName) {
    return (0,_limit_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLimitLines */ .y)(text, optionName, TRACE_LIMIT_KEYS);
}


/***/ }),

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ checkOptionValues),
/* harmony export */   KC: () => (/* binding */ optionProblemText),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1506);
/* harmony import */ var _core_excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _core_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2183);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2085);
/* harmony import */ var _core_traces_timezone_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2531);
/* harmony import */ var _electricity_maps_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8133);
/**
 * The values of the options that name something carbon-gate must know (a location, a time zone,
 * a URL), checked when the options are read, once for both adapters: the CLI reports a problem as
 * a usage error naming `--location`, the action as an `input/invalid` error naming the `location`
 * input, both with the closest valid value. Checked here rather than where the value is used, so
 * that `--location Mars` fails even when every run names its own location, and a bad
 * `--timezone` is not reported at a manifest's line, as though the manifest were wrong.
 *
 * The rules are the core's own (the location catalogue, the trace readers' time zones), so a value
 * accepted here is one the core accepts. The choices and the limits are checked by their own
 * parsers; budgets and `warn-at` by the core, which names the option in its message.
 */






/** Each check: the problem with a (non-empty) value, or undefined when it is usable. */
const CHECKS = {
    location(value) {
        const found = (0,_core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findIntensity */ .hh)(value);
        if (found.ok)
            return undefined;
        const why = found.reason ? ` ${found.reason}` : '';
        return `unknown location "${(0,_core_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(value)}"; expected ${_core_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCATION_EXPECTED */ .VN}.${why}${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(found.suggestions)}`;
    },
    timezone(value) {
        const zone = (0,_core_traces_timezone_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveZone */ .VY)(value);
        return 'error' in zone ? lowerFirst(zone.error) : undefined;
    },
    'electricity-maps-url'(value) {
        return isHttpUrl(value.trim())
            ? undefined
            : `"${(0,_core_excerpt_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(value)}" is not an http(s) URL; expected the API base, such as ${_electricity_maps_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ELECTRICITY_MAPS_BASE_URL */ .w7}.`;
    }
};
/**
 * Checks the given option values; empty or absent values are not checked (they mean "not set").
 * Problems come in the order of `values`' keys.
 */
function checkOptionValues(values) {
    const problems = [];
    for (const [option, value] of Object.entries(values)) {
        if (value === undefined || value.trim() === '')
            continue;
        const message = CHECKS[option](value);
        if (message !== undefined)
            problems.push({ option, message });
    }
    return problems;
}
/**
 * A problem as an adapter says it, naming the option as the user wrote it: `Option '--location':
 * ...` on the command line, ``Input `location`: ...`` in the action.
 */
function optionProblemText(problem, adapter) {
    return adapter === 'cli'
        ? `Option '--${problem.option}': ${problem.message}`
        : `Input \`${problem.option}\`: ${problem.message}`;
}
/** True for an absolute http or https URL. */
function isHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:';
    }
    catch {
        return false;
    }
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}


/***/ }),

/***/ 5923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ createCrawlBudget),
/* harmony export */   tG: () => (/* binding */ DEFAULT_CRAWL_ENTRIES),
/* harmony export */   uF: () => (/* binding */ walkGlob)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);




/**
 * Default number of folder entries the trace globs of one check may read: a repository with a
 * hundred thousand files is searched whole twice over, in about a second; a tree made to stall the
 * check is cut there.
 */
const DEFAULT_CRAWL_ENTRIES = 200_000;
/** A fresh budget of `maxEntries` (default {@link DEFAULT_CRAWL_ENTRIES}). */
function createCrawlBudget(maxEntries = DEFAULT_CRAWL_ENTRIES) {
    return { maxEntries, entries: 0, listings: new Map() };
}
/**
 * Finds the files below `startDir` that match `pattern` (a glob relative to it, `/`-separated;
 * minimatch syntax, dot-files only where named), without leaving `realRoot` (the root's real
 * path) through a link, and within `budget`.
 */
async function walkGlob(startDir, pattern, realRoot, budget) {
    const matcher = new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(pattern, { dot: false, nonegate: true, nocomment: true });
    const result = { files: [], outsideLinks: [], truncated: false };
    const start = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(startDir).catch(() => undefined);
    if (start === undefined || !(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRoot, start))
        return result;
    const walked = new Set([start]);
    // Depth first, in name order; `real` is the folder's real path, `rel` its path in the pattern's terms.
    const stack = [{ abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(startDir), real: start, rel: '' }];
    while (stack.length > 0) {
        const dir = stack.pop();
        const entries = await list(dir.real, budget);
        if (entries === 'spent') {
            result.truncated = true;
            break;
        }
        const subfolders = [];
        for (const entry of entries) {
            const rel = dir.rel === '' ? entry.name : `${dir.rel}/${entry.name}`;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir.abs, entry.name);
            const named = matcher.match(rel);
            const below = matcher.match(rel, true);
            if (!named && !below)
                continue;
            let real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir.real, entry.name);
            let isFolder = entry.isDirectory();
            if (entry.isSymbolicLink()) {
                // Resolved only to judge it; a broken link is no file.
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
                if (target === undefined)
                    continue;
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined);
                if (info === undefined)
                    continue;
                isFolder = info.isDirectory();
                if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRoot, target)) {
                    if (isFolder ? below : named)
                        result.outsideLinks.push({ path: abs, kind: isFolder ? 'folder' : 'file' });
                    continue;
                }
                real = target;
            }
            if (isFolder) {
                if (below && !walked.has(real)) {
                    walked.add(real);
                    subfolders.push({ abs, real, rel });
                }
            }
            else if (named) {
                result.files.push(abs);
            }
        }
        // Pushed in reverse, so the stack pops them in name order.
        for (let i = subfolders.length - 1; i >= 0; i--)
            stack.push(subfolders[i]);
    }
    result.files.sort();
    return result;
}
/**
 * A folder's entries in name order, read once per check and counted against the budget as they
 * are read (a folder of millions of entries is not read whole before it is counted).
 */
async function list(realDir, budget) {
    const known = budget.listings.get(realDir);
    if (known)
        return known;
    const entries = [];
    try {
        // Iterating a Dir closes it at the end, and on the early return.
        for await (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)(realDir)) {
            if (++budget.entries > budget.maxEntries)
                return 'spent';
            entries.push(entry);
        }
    }
    catch {
        // A folder that cannot be read holds nothing to match, as for any glob.
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    budget.listings.set(realDir, entries);
    return entries;
}


/***/ })

};
