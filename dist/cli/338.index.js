export const id = 338;
export const ids = [338];
export const modules = {

/***/ 338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  renderModelCard: () => (/* reexport */ modelcard/* renderModelCard */.k),
  renderText: () => (/* reexport */ renderText)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, renderJson

// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/core/render/bar.ts
/**
 * The budget bar of the text and Markdown renderers: presentation only, so it lives with them
 * rather than in the shared formatter (src/core/format.ts).
 */
/**
 * A text bar of `width` cells for a used fraction, e.g. `████████░░░░░░░░░░░░`. Over-budget
 * fractions fill the bar; the percentage beside it says by how much.
 */
function textBar(fraction, width = 20) {
    const clamped = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(clamped * width);
    return '█'.repeat(filled) + '░'.repeat(width - filled);
}

;// CONCATENATED MODULE: ./src/core/render/view.ts

/** Count of errors, warnings and notices. */
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}
/** `3 errors`, `1 warning`. */
function plural(count, noun) {
    return `${(0,format/* formatNumber */.ZV)(count)} ${noun}${count === 1 ? '' : 's'}`;
}
/** Each limit that is set, as "used of limit (percent)". */
function limitPhrases(report) {
    const b = report.budget;
    if (!b)
        return [];
    const out = [];
    if (b.emissionsKg !== undefined && b.emissionsFraction !== undefined) {
        out.push(`${(0,format/* formatMass */.so)(report.totals.emissionsKg)} CO2e of ${(0,format/* formatMass */.so)(b.emissionsKg)} (${(0,format/* formatPercent */.l9)(b.emissionsFraction)})`);
    }
    if (b.energyKWh !== undefined && b.energyFraction !== undefined) {
        out.push(`${(0,format/* formatEnergy */.QE)(report.totals.energyKWh)} of ${(0,format/* formatEnergy */.QE)(b.energyKWh)} (${(0,format/* formatPercent */.l9)(b.energyFraction)})`);
    }
    return out;
}
/** The verdict for the report's status, budget and diagnostics. */
function verdictOf(report) {
    const totals = `${(0,format/* formatMass */.so)(report.totals.emissionsKg)} CO2e, ${(0,format/* formatEnergy */.QE)(report.totals.energyKWh)}`;
    if (!report.inputValid) {
        const errors = countBySeverity(report.diagnostics).error;
        // Without a run, "0 kg CO2e, 0 kWh" would read as a result; the runs section says there is none.
        const computed = report.runs.length > 0 ? ` Runs that could be computed: ${totals}.` : '';
        return {
            kind: 'invalid',
            headline: 'Invalid input',
            detail: `${plural(errors, 'error')} in the input; the check fails until ${errors === 1 ? 'it is' : 'they are'} fixed.${computed}`
        };
    }
    const limits = limitPhrases(report);
    const verdicts = report.policy?.budgets ?? [];
    if (verdicts.length > 0 && showsBudgetTable(report))
        return policyVerdict(report, verdicts, totals);
    if (report.budget === null || limits.length === 0) {
        return { kind: 'no-budget', headline: 'No budget set', detail: `${totals}.` };
    }
    const joined = limits.join(' and ');
    const warnAt = (0,format/* formatPercent */.l9)(report.budget.warnAtFraction);
    if (report.status === 'fail')
        return { kind: 'over', headline: 'Over budget', detail: `${joined}.` };
    if (report.status === 'warn')
        return { kind: 'near', headline: 'Near budget', detail: `${joined}; warning from ${warnAt}.` };
    return { kind: 'within', headline: 'Within budget', detail: `${joined}.` };
}
/**
 * The verdict over several budgets: how many fail, warn (and of those, how many only because the
 * base was already over) and pass. Names stay in the budgets table, so the detail has no user text.
 */
function policyVerdict(report, verdicts, totals) {
    const count = (test) => verdicts.filter(test).length;
    const over = count((v) => v.status === 'fail');
    const near = count((v) => v.status === 'warn' && !v.preExisting);
    const already = count((v) => v.preExisting);
    const parts = [];
    if (over > 0)
        parts.push(`${(0,format/* formatNumber */.ZV)(over)} of ${plural(verdicts.length, 'budget')} over`);
    if (near > 0)
        parts.push(`${(0,format/* formatNumber */.ZV)(near)} near ${near === 1 ? 'its limit' : 'their limits'}`);
    if (already > 0)
        parts.push(`${(0,format/* formatNumber */.ZV)(already)} already over at the base, not made worse`);
    if (parts.length === 0)
        parts.push(verdicts.length === 1
            ? '1 budget, within its limit'
            : `all ${plural(verdicts.length, 'budget')} within their limits`);
    const detail = `${capitalise(parts.join('; '))}. Total ${totals}.`;
    if (report.status === 'fail')
        return { kind: 'over', headline: 'Over budget', detail };
    if (report.status === 'warn')
        return { kind: 'near', headline: 'Near budget', detail };
    return { kind: 'within', headline: 'Within budget', detail };
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * Whether the renderers show the policy's budgets as a table. Not for a lone `total` budget
 * over every manifest judged without a base and with nothing to note (the `budget:` block or a
 * `--budget` as they always were): its bars say everything.
 */
function showsBudgetTable(report) {
    const verdicts = report.policy?.budgets ?? [];
    if (verdicts.length === 0)
        return false;
    if (verdicts.length > 1 || report.policy?.base)
        return true;
    const v = verdicts[0];
    return !(report.budget !== null && v.scope === 'total' && v.paths === undefined && !v.preExisting && !v.note);
}
/** A signed amount for `change` budgets: `+50 kg`, `-20 kg`. */
function signed(value, format) {
    if (value === 0)
        return format(0);
    return `${value > 0 ? '+' : '-'}${format(Math.abs(value))}`;
}
/**
 * The cells of one budget's verdict. With `judged` false (the input has errors) the row shows the
 * budget and its limit but no use and no status: an invalid report has no number to judge, and a
 * "0 kg, pass" would read as one.
 */
function budgetRow(v, judged = true) {
    if (!judged)
        return { ...budgetRow(v), used: '—', share: '—', status: 'none', statusLabel: 'not judged' };
    const used = [];
    const limit = [];
    const mass = v.scope === 'change' ? (x) => signed(x, format/* formatMass */.so) : format/* formatMass */.so;
    const energy = v.scope === 'change' ? (x) => signed(x, format/* formatEnergy */.QE) : format/* formatEnergy */.QE;
    if (v.coverage) {
        const lowest = v.coverage.runs.reduce((m, r) => Math.min(m, r.coverageFraction), 1);
        used.push(v.coverage.runs.length > 0
            ? `${(0,format/* formatPercent */.l9)(lowest)} coverage (${plural(v.coverage.runs.length, 'run')} below)`
            : 'every run covered');
        limit.push(`${(0,format/* formatPercent */.l9)(v.coverage.minFraction)} coverage`);
    }
    if (v.limit.emissionsKg !== undefined) {
        used.push(`${mass(v.used.emissionsKg)} CO2e`);
        limit.push(`${(0,format/* formatMass */.so)(v.limit.emissionsKg)} CO2e`);
    }
    if (v.limit.energyKWh !== undefined) {
        used.push(energy(v.used.energyKWh));
        limit.push((0,format/* formatEnergy */.QE)(v.limit.energyKWh));
    }
    if (v.limit.increaseFraction !== undefined) {
        used.push(v.used.increaseFraction !== undefined ? `${signed(v.used.increaseFraction, format/* formatPercent */.l9)} growth` : 'growth n/a');
        limit.push(`+${(0,format/* formatPercent */.l9)(v.limit.increaseFraction)} growth`);
    }
    return {
        name: v.name,
        scope: v.period ? `${v.scope} ${v.period}` : v.scope,
        paths: (v.paths ?? []).join(', '),
        used: used.join(' · '),
        limit: limit.join(' · '),
        share: v.coverage ? '—' : (0,format/* formatPercent */.l9)(v.usedFraction),
        status: v.status,
        statusLabel: v.preExisting ? `${v.status} (pre-existing)` : v.status,
        ...(v.note !== undefined ? { note: v.note } : {})
    };
}
/**
 * The line under the budgets table: what the budgets were judged against, or why they were not.
 * `escapeRef` escapes the base's ref for the output (it may be a user's `--base` text).
 */
function judgedAgainst(report, escapeRef) {
    if (!report.inputValid)
        return 'Not judged: the input has errors (see the diagnostics).';
    const base = report.policy?.base;
    return base ? `Judged against the base ${escapeRef(base.ref)}.` : 'No base to compare with: every run counts as new.';
}
/** The runs the change touches, largest change first, and how many it leaves as they were. */
function changeRows(report) {
    // Invalid input has no numbers to compare: no changes are listed rather than "no run changed".
    if (!report.changes || !report.inputValid)
        return undefined;
    const touched = report.changes.filter((c) => c.kind !== 'unchanged');
    const rows = touched
        .map((c, i) => ({ c, i }))
        .sort((a, b) => Math.abs(b.c.deltaEmissionsKg) - Math.abs(a.c.deltaEmissionsKg) || a.i - b.i)
        .map(({ c }) => ({
        manifest: c.manifest,
        run: c.run,
        kind: c.kind,
        what: c.kind === 'added'
            ? 'added'
            : c.kind === 'removed'
                ? 'removed'
                : `${(0,format/* formatMass */.so)(c.base?.emissionsKg ?? 0)} -> ${(0,format/* formatMass */.so)(c.head?.emissionsKg ?? 0)}`,
        delta: `${signed(c.deltaEmissionsKg, format/* formatMass */.so)} CO2e`,
        percent: c.deltaFraction !== undefined ? signed(c.deltaFraction, format/* formatPercent */.l9) : '—'
    }));
    return { rows, unchanged: report.changes.length - touched.length };
}
/** The budget's bars, one per limit set. */
function budgetLines(report) {
    const b = report.budget;
    if (!b)
        return [];
    const out = [];
    if (b.emissionsKg !== undefined && b.emissionsFraction !== undefined) {
        out.push({
            label: 'Emissions',
            fraction: b.emissionsFraction,
            percent: (0,format/* formatPercent */.l9)(b.emissionsFraction),
            of: `of ${(0,format/* formatMass */.so)(b.emissionsKg)} CO2e`
        });
    }
    if (b.energyKWh !== undefined && b.energyFraction !== undefined) {
        out.push({
            label: 'Energy',
            fraction: b.energyFraction,
            percent: (0,format/* formatPercent */.l9)(b.energyFraction),
            of: `of ${(0,format/* formatEnergy */.QE)(b.energyKWh)}`
        });
    }
    return out;
}
/** "estimated", or "measured, 97% coverage, estimate 1.1 x". */
function methodLabel(run) {
    if (run.method === 'estimated')
        return 'estimated';
    const parts = ['measured'];
    if (run.measurement) {
        parts.push(`${(0,format/* formatPercent */.l9)(run.measurement.coverage)} coverage`);
        const dropped = run.measurement.droppedSamples;
        if (dropped > 0)
            parts.push(`${plural(dropped, 'sample')} dropped`);
    }
    if (run.estimate)
        parts.push(`estimate ${(0,format/* formatRatio */.B0)(run.estimate.ratioEstimateToMeasured)}`);
    return parts.join(', ');
}
/** The cells of one run. */
function runRow(run) {
    const duration = run.durationS !== undefined ? (0,format/* formatDuration */.a3)(run.durationS) : '—';
    return {
        name: run.name,
        manifest: run.manifest,
        line: run.position.line,
        method: methodLabel(run),
        hardware: run.hardware,
        duration: run.repeats === 1 ? duration : `${duration} x ${(0,format/* formatNumber */.ZV)(run.repeats)}`,
        pue: (0,format/* formatPue */.Ws)(run.pue),
        energy: (0,format/* formatEnergy */.QE)(run.energyKWh),
        intensity: (0,format/* formatIntensity */.TA)(run.intensityGPerKWh),
        emissions: (0,format/* formatMass */.so)(run.emissionsKg),
        share: run.budgetShare !== undefined ? (0,format/* formatPercent */.l9)(run.budgetShare) : '—'
    };
}
/** Non-zero components of the total facility energy, in a fixed order. */
function componentSlices(report) {
    const c = report.totals.components;
    const slices = [
        { label: 'GPU', energyKWh: c.gpuKWh },
        { label: 'CPU', energyKWh: c.cpuKWh },
        { label: 'Memory', energyKWh: c.memoryKWh },
        { label: 'Whole machine (measured)', energyKWh: c.otherKWh },
        { label: 'PUE overhead', energyKWh: c.pueOverheadKWh }
    ];
    return slices.filter((s) => s.energyKWh > 0);
}
/**
 * Whether the report has a method and sources worth printing: only when at least one run was
 * computed. Without runs the notes are the generic formulas and the sources only Table 1, which
 * explain numbers the report does not have and push the diagnostics (the reason there are no
 * runs) out of a short terminal or comment.
 */
function showsMethodology(report) {
    return report.runs.length > 0 && (report.methodology.notes.length > 0 || report.methodology.sources.length > 0);
}
/** "0.72 x Air travel, 1 passenger, NY<->SF (1,984 lb CO2e)". */
function equivalentLine(e) {
    return { ratio: (0,format/* formatRatio */.B0)(e.ratio), label: e.label, reference: `${(0,format/* formatNumber */.ZV)(e.referenceLb)} lb CO2e` };
}
/** `file:line:column`, as much of it as is known. Carries user text (the path). */
function where(d) {
    if (!d.file)
        return '';
    return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
}
/** Diagnostics with errors first, then warnings, then notices, each in report order. */
function bySeverity(diagnostics) {
    const rank = { error: 0, warning: 1, notice: 2 };
    return diagnostics
        .map((d, i) => ({ d, i }))
        .sort((a, b) => rank[a.d.severity] - rank[b.d.severity] || a.i - b.i)
        .map((x) => x.d);
}
/** The `limit` runs with the most emissions, kept in report order. */
function largestRuns(runs, limit) {
    if (runs.length <= limit)
        return [...runs];
    const keep = new Set(runs
        .map((r, i) => ({ e: r.emissionsKg, i }))
        .sort((a, b) => b.e - a.e || a.i - b.i)
        .slice(0, limit)
        .map((x) => x.i));
    return runs.filter((_, i) => keep.has(i));
}

;// CONCATENATED MODULE: ./src/core/render/markdown.ts




/** Default size limit: under GitHub's 65,536, leaving room for the adapter's hidden marker. */
const DEFAULT_MAX_CHARS = 65000;
const ICONS = {
    within: '✅',
    near: '⚠️',
    over: '❌',
    invalid: '❌',
    'no-budget': 'ℹ️'
};
const SEVERITY_ICONS = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Successively shorter layouts, tried in order until one fits. */
const LADDER = [
    {
        budgets: Infinity,
        changes: Infinity,
        runs: Infinity,
        diagnostics: Infinity,
        notes: Infinity,
        sources: true,
        pie: true,
        equivalents: true
    },
    { budgets: 200, changes: 200, runs: 200, diagnostics: 100, notes: 50, sources: true, pie: true, equivalents: true },
    { budgets: 50, changes: 50, runs: 50, diagnostics: 30, notes: 20, sources: true, pie: true, equivalents: true },
    { budgets: 20, changes: 20, runs: 20, diagnostics: 10, notes: 10, sources: false, pie: true, equivalents: true },
    { budgets: 10, changes: 5, runs: 5, diagnostics: 5, notes: 0, sources: false, pie: true, equivalents: true },
    { budgets: 5, changes: 0, runs: 0, diagnostics: 0, notes: 0, sources: false, pie: false, equivalents: false }
];
/**
 * Renders the report as GitHub-flavoured Markdown: verdict, budget bars, runs table, component
 * pie chart (Mermaid), equivalents, diagnostics and the methodology. Deterministic for a report.
 */
function renderMarkdown(report, options = {}) {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    let laid;
    for (const limits of LADDER) {
        laid = layout(report, options, limits);
        const text = assemble(laid.sections, laid.cut, options, laid.head);
        if (text.length <= maxChars)
            return text;
    }
    return hardCut(laid, options, maxChars);
}
/** "12 of 300 runs", or "all 300 runs" when none is left. */
function leftOut(hidden, total, noun) {
    return hidden === total ? `all ${plural(total, noun)}` : `${(0,format/* formatNumber */.ZV)(hidden)} of ${plural(total, noun)}`;
}
/** Lays the report out under the given limits and records what the limits left out. */
function layout(report, options, limits) {
    const sections = [];
    const cut = [];
    const add = (text) => {
        if (text !== '')
            sections.push(text);
    };
    const verdict = verdictOf(report);
    add(`### ${(0,render_escape/* escapeMarkdown */.FV)(options.title ?? 'Carbon budget')}`);
    add(`${ICONS[verdict.kind]} **${verdict.headline}**: ${verdict.detail}`);
    add(budgetSection(report));
    add(budgetsTableSection(report, limits.budgets, cut));
    const head = sections.length;
    add(changesSection(report, limits.changes, cut));
    const shownRuns = largestRuns(report.runs, limits.runs);
    if (shownRuns.length < report.runs.length) {
        const which = shownRuns.length > 0 ? ' (the smallest by emissions)' : '';
        cut.push(`${leftOut(report.runs.length - shownRuns.length, report.runs.length, 'run')}${which}`);
    }
    add(runsSection(report, shownRuns));
    if (limits.pie)
        add(pieSection(report));
    else if (componentSlices(report).length > 0)
        cut.push('the component chart');
    if (limits.equivalents)
        add(equivalentsSection(report));
    else if (report.totals.emissionsKg > 0)
        cut.push('the equivalents');
    const diagnostics = bySeverity(report.diagnostics);
    const shownDiagnostics = diagnostics.slice(0, limits.diagnostics);
    if (shownDiagnostics.length < diagnostics.length) {
        cut.push(leftOut(diagnostics.length - shownDiagnostics.length, diagnostics.length, 'diagnostic'));
    }
    add(diagnosticsSection(report, shownDiagnostics));
    if (showsMethodology(report)) {
        const notes = report.methodology.notes.slice(0, limits.notes);
        if (notes.length < report.methodology.notes.length) {
            cut.push(leftOut(report.methodology.notes.length - notes.length, report.methodology.notes.length, 'methodology note'));
        }
        if (!limits.sources && report.methodology.sources.length > 0)
            cut.push('the list of data sources');
        add(methodologySection(report, notes, limits.sources));
    }
    add(footer(report));
    return { sections, head, cut };
}
/** Joins sections, with the note of what was cut under the verdict, where nobody misses it. */
function assemble(sections, cut, options, head) {
    const texts = [...sections];
    if (cut.length > 0)
        texts.splice(Math.min(head, texts.length), 0, truncationNote(cut, options));
    return `${texts.join('\n\n')}\n`;
}
/** The visible note that says what was left out and where the full report is. */
function truncationNote(cut, options) {
    const limit = (0,format/* formatNumber */.ZV)(options.maxChars ?? DEFAULT_MAX_CHARS);
    const list = cut.length === 1 ? cut[0] : `${cut.slice(0, -1).join(', ')} and ${cut[cut.length - 1]}`;
    const hint = options.fullReportHint ? ` ${options.fullReportHint}` : ' The JSON report has everything.';
    return `> ✂️ **Shortened to fit ${limit} characters:** ${list} not shown.${hint}`;
}
/**
 * Last resort when even the shortest layout is too long (a tiny `maxChars`, a huge title): keep
 * whole sections from the top while they fit beside the note, so no code fence or fold is ever
 * left open; if not even the note fits, the note alone, cut to the limit.
 */
function hardCut(laid, options, maxChars) {
    // A short note: the full list of what was cut is itself too long to fit here.
    const cut = ['everything below this point'];
    for (let keep = laid.sections.length - 1; keep >= 0; keep--) {
        const text = assemble(laid.sections.slice(0, keep), cut, options, keep);
        if (text.length <= maxChars)
            return text;
    }
    return Array.from(truncationNote(cut, options)).slice(0, maxChars).join('');
}
/** Budget bars, one per limit, and where the budget was set. */
function budgetSection(report) {
    // The budgets table says it for every budget; bars for one of them would single it out.
    if (showsBudgetTable(report))
        return '';
    const lines = budgetLines(report);
    if (lines.length === 0)
        return '';
    const items = lines.map((l) => `- ${l.label} \`${textBar(l.fraction)}\` ${l.percent} ${l.of}`);
    const b = report.budget;
    if (b) {
        const origin = b.origin ? ` · budget from ${(0,render_escape/* escapeMarkdown */.FV)(b.origin)}` : '';
        items.push(`- Warning from ${(0,format/* formatPercent */.l9)(b.warnAtFraction)} of a limit${origin}`);
    }
    return items.join('\n');
}
const STATUS_ICONS = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    none: '➖'
};
/**
 * One row per budget of the policy (failing first when some must be left out), and the notes
 * under the table. Budget names, globs and notes carry user text.
 */
function budgetsTableSection(report, limit, cut) {
    if (!showsBudgetTable(report))
        return '';
    const verdicts = report.policy?.budgets ?? [];
    const rank = { fail: 0, warn: 1, pass: 2 };
    const shown = verdicts.length <= limit
        ? verdicts
        : verdicts
            .map((v, i) => ({ v, i }))
            .sort((a, b) => rank[a.v.status] - rank[b.v.status] || a.i - b.i)
            .slice(0, limit)
            .sort((a, b) => a.i - b.i)
            .map((x) => x.v);
    if (shown.length < verdicts.length) {
        cut.push(`${leftOut(verdicts.length - shown.length, verdicts.length, 'budget')} (passing first)`);
    }
    const rows = shown.map((v) => {
        const r = budgetRow(v, report.inputValid);
        const scope = r.paths ? `${r.scope} · ${(0,render_escape/* escapeMarkdown */.FV)(r.paths, 200)}` : r.scope;
        return `| ${(0,render_escape/* escapeMarkdown */.FV)(r.name)} | ${scope} | ${r.used} | ${r.limit} | ${r.share} | ${STATUS_ICONS[r.status]} ${r.statusLabel} |`;
    });
    const notes = shown
        .map((v) => budgetRow(v, report.inputValid))
        .filter((r) => r.note !== undefined)
        .map((r) => `- **${(0,render_escape/* escapeMarkdown */.FV)(r.name)}**: ${(0,render_escape/* escapeMarkdown */.FV)(r.note ?? '', 500)}`);
    const against = judgedAgainst(report, (ref) => (0,render_escape/* escapeMarkdown */.FV)(ref, 80));
    return [
        '#### Budgets',
        '',
        '| Budget | Scope | Used | Limit | Share | Status |',
        '|---|---|---:|---:|---:|---|',
        ...rows,
        '',
        against,
        ...(notes.length > 0 ? ['', ...notes] : [])
    ].join('\n');
}
/** The runs the change adds, changes or removes, against the base; unchanged ones as a count. */
function changesSection(report, limit, cut) {
    const changes = changeRows(report);
    if (!changes)
        return '';
    const { rows, unchanged } = changes;
    const unchangedLine = rows.length === 0
        ? `No run changed${unchanged > 0 ? `; ${plural(unchanged, 'run')} unchanged` : ''}.`
        : unchanged > 0
            ? `${plural(unchanged, 'run')} unchanged.`
            : '';
    if (rows.length === 0)
        return ['#### Changes against the base', '', unchangedLine].join('\n');
    const shown = rows.slice(0, limit);
    if (shown.length < rows.length) {
        cut.push(`${leftOut(rows.length - shown.length, rows.length, 'changed run')} (the smallest changes)`);
    }
    if (shown.length === 0)
        return `**Changes against the base:** ${plural(rows.length, 'run')} changed (not listed here). ${unchangedLine}`.trim();
    const manifests = new Set(report.changes?.map((c) => c.manifest));
    const lines = shown.map((r) => {
        const name = manifests.size > 1 ? `${(0,render_escape/* escapeMarkdown */.FV)(r.run)} · ${(0,render_escape/* escapeMarkdown */.FV)(r.manifest)}` : (0,render_escape/* escapeMarkdown */.FV)(r.run);
        return `| ${name} | ${r.what} | ${r.delta} | ${r.percent} |`;
    });
    return [
        '#### Changes against the base',
        '',
        '| Run | Change | Emissions | % |',
        '|---|---|---:|---:|',
        ...lines,
        ...(unchangedLine ? ['', unchangedLine] : [])
    ].join('\n');
}
/** The per-run table, with a total row. */
function runsSection(report, runs) {
    if (report.runs.length === 0)
        return '_No runs could be computed._';
    if (runs.length === 0)
        return '';
    const manifests = new Set(report.runs.map((r) => r.manifest));
    const header = [
        '| Run | Method | Hardware | Duration | PUE | Energy | Intensity | Emissions | Share of budget |',
        '|---|---|---|---:|---:|---:|---:|---:|---:|'
    ];
    const rows = runs.map((run) => {
        const r = runRow(run);
        const name = manifests.size > 1 ? `${(0,render_escape/* escapeMarkdown */.FV)(r.name)} · ${(0,render_escape/* escapeMarkdown */.FV)(r.manifest)}` : (0,render_escape/* escapeMarkdown */.FV)(r.name);
        return `| ${name} | ${r.method} | ${(0,render_escape/* escapeMarkdown */.FV)(r.hardware)} | ${r.duration} | ${r.pue} | ${r.energy} | ${r.intensity} | ${r.emissions} | ${r.share} |`;
    });
    const used = report.budget?.usedFraction;
    const total = `| **Total** |  |  |  |  | **${(0,format/* formatEnergy */.QE)(report.totals.energyKWh)}** |  | **${(0,format/* formatMass */.so)(report.totals.emissionsKg)}** | ${used !== undefined ? `**${(0,format/* formatPercent */.l9)(used)}**` : '—'} |`;
    return ['#### Runs', '', ...header, ...rows, total].join('\n');
}
/** The component breakdown as a Mermaid pie chart (GitHub renders ```mermaid blocks). */
function pieSection(report) {
    const slices = componentSlices(report);
    if (slices.length === 0)
        return '';
    // Labels are fixed strings of ours and the values plain numbers, so nothing here needs escaping.
    const data = slices.map((s) => `    "${s.label}" : ${(0,format/* formatPlainNumber */.Jr)(s.energyKWh)}`);
    return [
        '#### Where the energy goes',
        '',
        '```mermaid',
        'pie showData',
        '    title Facility energy by component (kWh)',
        ...data,
        '```'
    ].join('\n');
}
/** Relatable comparisons from Strubell et al. (2019), Table 1. */
function equivalentsSection(report) {
    if (report.totals.emissionsKg <= 0 || report.equivalents.length === 0)
        return '';
    const items = report.equivalents.map((e) => {
        const l = equivalentLine(e);
        return `- **${l.ratio}** ${(0,render_escape/* escapeMarkdown */.FV)(l.label)} (${l.reference})`;
    });
    return [
        '#### For scale',
        '',
        'The total emissions compared with Strubell et al. (2019), Table 1:',
        '',
        ...items
    ].join('\n');
}
/** Diagnostics, errors first. */
function diagnosticsSection(report, shown) {
    if (report.diagnostics.length === 0)
        return '';
    const counts = countBySeverity(report.diagnostics);
    const summary = ['error', 'warning', 'notice']
        .filter((s) => counts[s] > 0)
        .map((s) => plural(counts[s], s))
        .join(', ');
    if (shown.length === 0)
        return `**Diagnostics:** ${summary} (not listed here).`;
    const items = shown.map((d) => {
        const at = where(d);
        return `- ${SEVERITY_ICONS[d.severity]} **${d.severity}** ${(0,render_escape/* escapeMarkdown */.FV)(d.code)}${at ? ` at ${(0,render_escape/* escapeMarkdown */.FV)(at)}` : ''}: ${(0,render_escape/* escapeMarkdown */.FV)(d.message, 1000)}`;
    });
    return [`#### Diagnostics (${summary})`, '', ...items].join('\n');
}
/** The methodology footnote, folded so that it does not crowd the comment. */
function methodologySection(report, notes, withSources) {
    const body = [];
    if (notes.length > 0)
        body.push(notes.map((n) => `- ${(0,render_escape/* escapeMarkdown */.FV)(n, 2000)}`).join('\n'));
    if (withSources && report.methodology.sources.length > 0) {
        body.push(['Data sources:', '', ...report.methodology.sources.map((s) => `- ${sourceItem(s)}`)].join('\n'));
    }
    if (body.length === 0)
        return '';
    return [
        '<details><summary>Method and data sources</summary>',
        '',
        ...body.flatMap((b) => [b, '']),
        '</details>'
    ].join('\n');
}
/** A source as a list item: a link only for plain https URLs, which are ours; text otherwise. */
function sourceItem(s) {
    const name = (0,render_escape/* escapeMarkdown */.FV)(s.name, 300);
    const safeUrl = s.url !== undefined && /^https:\/\/[A-Za-z0-9.-]+(\/[A-Za-z0-9\-._~%/?#=&+:,;@]*)?$/.test(s.url);
    const head = safeUrl ? `[${name}](${s.url})` : name;
    const year = s.year !== undefined ? `, ${s.year}` : '';
    return `${head} (${(0,render_escape/* escapeMarkdown */.FV)(s.licence)}${year})`;
}
/** The last line: tool and report schema versions. */
function footer(report) {
    return `<sub>${(0,render_escape/* escapeMarkdown */.FV)(report.tool.name)} ${(0,render_escape/* escapeMarkdown */.FV)(report.tool.version)} · report schema ${report.schemaVersion} · energy in facility kWh (IT x PUE), emissions in CO2e</sub>`;
}

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
;// CONCATENATED MODULE: ./src/core/render/text.ts
/**
 * The plain-text report for terminals. Colour (ANSI SGR codes) only when the caller asks for it:
 * the CLI decides from the TTY and `NO_COLOR`; without it the output has no escape sequence at
 * all, and text from manifests is stripped of control characters either way.
 */





/** ANSI SGR codes used, by purpose. */
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
const VERDICT_COLOUR = {
    within: 'green',
    near: 'yellow',
    over: 'red',
    invalid: 'red',
    'no-budget': 'cyan'
};
/** Widest cell kept in the runs table; longer text is cut with an ellipsis. */
const MAX_CELL_CHARS = 48;
/**
 * Shortens text to at most `maxChars` code points at a word boundary (a space, or the end of a
 * `,` or `;`), marked with an ellipsis, so that no word is cut in half. Only a first word that is
 * itself longer than the cell is cut inside: there is no boundary to cut at.
 */
function shortenAtWord(text, maxChars) {
    const chars = Array.from(text);
    if (chars.length <= maxChars)
        return text;
    // Room for the kept words, a space and the ellipsis.
    const room = chars.slice(0, maxChars - 2);
    // The last space at or just after the room, where the text before it ends a word.
    let end = -1;
    for (let i = room.length; i > 0; i--) {
        if (chars[i] === ' ') {
            end = i;
            break;
        }
    }
    if (end <= 0)
        return `${chars.slice(0, maxChars - 1).join('')}…`;
    const kept = room
        .slice(0, end)
        .join('')
        .replace(/[\s,;]+$/, '');
    return `${kept} …`;
}
/** Renders the report for a terminal. */
function renderText(report, options = {}) {
    const paint = (style, text) => options.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
    const out = [];
    const verdict = verdictOf(report);
    out.push(`${paint('bold', `${report.tool.name} ${(0,render_escape/* escapeTerminal */.en)(report.tool.version)}`)}: ${paint(VERDICT_COLOUR[verdict.kind], verdict.headline)}`);
    out.push(`  ${verdict.detail}`);
    const bars = budgetLines(report);
    if (bars.length > 0 && report.budget && !showsBudgetTable(report)) {
        out.push('', paint('bold', 'Budget'));
        for (const b of bars)
            out.push(`  ${b.label.padEnd(9)} [${textBar(b.fraction)}] ${b.percent} ${b.of}`);
        const origin = report.budget.origin ? ` (budget from ${(0,render_escape/* escapeTerminal */.en)(report.budget.origin)})` : '';
        out.push(`  Warning from ${(0,format/* formatPercent */.l9)(report.budget.warnAtFraction)} of a limit${origin}`);
    }
    if (showsBudgetTable(report)) {
        out.push('', paint('bold', 'Budgets'));
        const verdicts = report.policy?.budgets ?? [];
        const rows = verdicts.map((v) => {
            const r = budgetRow(v, report.inputValid);
            const scope = r.paths ? `${r.scope}: ${(0,render_escape/* escapeTerminal */.en)(r.paths, MAX_CELL_CHARS)}` : r.scope;
            return [(0,render_escape/* escapeTerminal */.en)(r.name, MAX_CELL_CHARS), scope, r.used, r.limit, r.share, r.statusLabel];
        });
        table(['Budget', 'Scope', 'Used', 'Limit', 'Share', 'Status'], rows, undefined, new Set([2, 3, 4])).forEach((l, i) => {
            const status = i > 0 && report.inputValid ? verdicts[i - 1].status : undefined;
            const colour = status === 'fail' ? 'red' : status === 'warn' ? 'yellow' : undefined;
            out.push(`  ${i === 0 ? paint('dim', l) : colour ? paint(colour, l) : l}`);
        });
        out.push(`  ${judgedAgainst(report, (ref) => (0,render_escape/* escapeTerminal */.en)(ref, 80))}`);
        for (const v of verdicts) {
            if (v.note !== undefined)
                out.push(`  ${(0,render_escape/* escapeTerminal */.en)(v.name, MAX_CELL_CHARS)}: ${(0,render_escape/* escapeTerminal */.en)(v.note, 500)}`);
        }
    }
    const changes = changeRows(report);
    if (changes) {
        out.push('', paint('bold', 'Changes against the base'));
        if (changes.rows.length > 0) {
            const rows = changes.rows.map((r) => [
                (0,render_escape/* escapeTerminal */.en)(r.run, MAX_CELL_CHARS),
                (0,render_escape/* escapeTerminal */.en)(r.manifest, MAX_CELL_CHARS),
                r.what,
                r.delta,
                r.percent
            ]);
            table(['Run', 'Manifest', 'Change', 'Emissions', '%'], rows, undefined, new Set([3, 4])).forEach((l, i) => out.push(`  ${i === 0 ? paint('dim', l) : l}`));
        }
        if (changes.rows.length === 0)
            out.push(`  No run changed${changes.unchanged > 0 ? `; ${plural(changes.unchanged, 'run')} unchanged` : ''}.`);
        else if (changes.unchanged > 0)
            out.push(`  ${plural(changes.unchanged, 'run')} unchanged.`);
    }
    out.push('', paint('bold', 'Runs'));
    if (report.runs.length === 0) {
        out.push('  No runs could be computed.');
    }
    else {
        const header = ['Run', 'Method', 'Hardware', 'Duration', 'PUE', 'Energy', 'Intensity', 'Emissions', 'Share'];
        const rows = report.runs.map((run) => {
            const r = runRow(run);
            return [
                (0,render_escape/* escapeTerminal */.en)(r.name, MAX_CELL_CHARS),
                r.method,
                // Escaped first (an escape can lengthen it), then shortened at a word: a hardware label is
                // read as words ("4 x NVIDIA H100 SXM5 80GB"), and half a model name misnames the part.
                shortenAtWord((0,render_escape/* escapeTerminal */.en)(r.hardware, 10 * MAX_CELL_CHARS), MAX_CELL_CHARS),
                r.duration,
                r.pue,
                r.energy,
                r.intensity,
                r.emissions,
                r.share
            ];
        });
        const used = report.budget?.usedFraction;
        const total = [
            'Total',
            '',
            '',
            '',
            '',
            (0,format/* formatEnergy */.QE)(report.totals.energyKWh),
            '',
            (0,format/* formatMass */.so)(report.totals.emissionsKg),
            used !== undefined ? (0,format/* formatPercent */.l9)(used) : '—'
        ];
        // One row per run: pushed one by one, as thousands of rows must not go on the stack at once.
        table(header, rows, total, new Set([3, 4, 5, 6, 7, 8])).forEach((l, i) => out.push(`  ${i === 0 ? paint('dim', l) : l}`));
    }
    const slices = componentSlices(report);
    if (slices.length > 0) {
        out.push('', paint('bold', 'Energy by component'));
        const width = slices.reduce((w, s) => Math.max(w, s.label.length), 0);
        // Rounded so that the shown shares add up to 100%.
        const shares = (0,format/* formatShares */.Ym)(slices.map((s) => s.energyKWh));
        slices.forEach((s, i) => {
            out.push(`  ${s.label.padEnd(width)}  ${(0,format/* formatEnergy */.QE)(s.energyKWh).padStart(12)}  ${shares[i].padStart(6)}`);
        });
    }
    if (report.totals.emissionsKg > 0 && report.equivalents.length > 0) {
        out.push('', paint('bold', 'For scale (Strubell et al. 2019, Table 1)'));
        // The ratios right-aligned to the widest, so that every label starts in one column.
        const lines = report.equivalents.map(equivalentLine);
        const ratioWidth = lines.reduce((w, l) => Math.max(w, displayWidth(l.ratio)), 0);
        for (const l of lines)
            out.push(`  ${l.ratio.padStart(ratioWidth)}  ${l.label} (${l.reference})`);
    }
    if (report.diagnostics.length > 0) {
        out.push('', paint('bold', 'Diagnostics'));
        for (const d of bySeverity(report.diagnostics)) {
            const colour = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan';
            out.push(`  ${paint(colour, (0,render_escape/* escapeTerminal */.en)((0,diagnostics/* formatDiagnostic */.xy)(d), 2000))}`);
        }
    }
    if (showsMethodology(report)) {
        out.push('', paint('bold', 'Method'));
        for (const n of report.methodology.notes)
            out.push(paint('dim', `  - ${(0,render_escape/* escapeTerminal */.en)(n, 2000)}`));
        if (report.methodology.sources.length > 0) {
            out.push(paint('dim', `  Sources: ${report.methodology.sources.map((s) => (0,render_escape/* escapeTerminal */.en)(s.name, 300)).join('; ')}`));
        }
    }
    return `${out.join('\n')}\n`;
}
/** Lays rows out in columns padded to their widest cell; `right` columns are right-aligned. */
function table(header, rows, total, right) {
    const all = total ? [header, ...rows, total] : [header, ...rows];
    const widths = header.map((_, c) => all.reduce((w, row) => Math.max(w, displayWidth(row[c])), 0));
    const line = (row) => row
        .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - displayWidth(cell));
        return right.has(c) ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd();
    return all.map(line);
}
/** Width in code points; good enough for the names and numbers in a report. */
function displayWidth(text) {
    return Array.from(text).length;
}

// EXTERNAL MODULE: ./src/core/render/modelcard.ts
var modelcard = __webpack_require__(6435);
// EXTERNAL MODULE: ./src/core/render/json.ts
var json = __webpack_require__(3964);
;// CONCATENATED MODULE: ./src/core/render/index.ts
/**
 * The renderers: one Report, four media. Markdown for the pull-request comment and job summary,
 * plain text for terminals, the Hugging Face model-card block, and JSON.
 */






/***/ })

};
