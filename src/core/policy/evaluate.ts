/**
 * Judges the runs against the policy (docs/policy.md): matches head runs with base runs by
 * manifest path and run name, then gives every budget a verdict. `change` budgets judge what the
 * change adds (net of what it removes), `run` budgets each run alone, `total` budgets the sum at
 * the head. A `run` or `total` budget the base already exceeds is pre-existing: it warns rather
 * than fails unless the change makes it worse. Pure: the runs are computed before this is called.
 */
import { diagnostic, type Diagnostic, type Position } from '../diagnostics.js';
import { formatEnergy, formatMass, formatPercent } from '../format.js';
import type { LedgerState } from '../ledger/read.js';
import { windowLabel, windowSpend } from '../ledger/window.js';
import type { BudgetRule, BudgetVerdict, CoveragePolicy, Policy, RunChange, RunResult, Status } from '../model.js';
import { committedName, normalizeManifestPath, pathMatcher } from './paths.js';

/**
 * Every diagnostic code of the policy stage (documented in docs/diagnostics/report.md): this module's,
 * and those analyze reports about the base (its config, its manifests).
 */
export const POLICY_CODES = ['policy/low-coverage', 'policy/base-invalid', 'policy/base-config-invalid'] as const;

/** The note of a `change` budget judged without a base. */
export const NO_BASE_NOTE = 'no base to compare with: every run counts as new';

/** What the coverage policy needs to know of a head run beyond its result. */
export interface RunFacts {
  /** The run's manifest declares a `duration` (coverage is judged against it). */
  declaresDuration: boolean;
  /** Where a finding about the run's logs points: its `traces` key, else its name. */
  tracesAt: Position;
}

/** What {@link evaluatePolicy} judges. */
export interface PolicyInput {
  policy: Policy;
  /** The runs computed at the head. */
  head: readonly RunResult[];
  /** The runs computed at the base; null when there is no base to compare with. */
  base: readonly RunResult[] | null;
  /** Facts about head runs from their specs (for coverage); runs without facts are not judged for coverage. */
  facts?: ReadonlyMap<RunResult, RunFacts>;
  /** The ledger for `window` budgets (absent: not read). */
  ledger?: LedgerState;
  /** The adapter's clock (ms since the epoch) that windows end at; without it no window is judged. */
  nowMs?: number;
  /**
   * Manifests that stand for a committed manifest (an artifact's copy, see
   * AnalyzeInput.committedAs): `paths:` select them by the committed name.
   */
  committedAs?: Readonly<Record<string, string>>;
}

/** The verdicts, the run changes (null without a base) and the diagnostics of the judgement. */
export interface PolicyOutcome {
  verdicts: BudgetVerdict[];
  changes: RunChange[] | null;
  diagnostics: Diagnostic[];
}

/** Emissions and energy of some runs. */
interface Amount {
  emissionsKg: number;
  energyKWh: number;
}

/** Judges every budget of the policy, and the coverage policy where it fails runs. */
export function evaluatePolicy(input: PolicyInput): PolicyOutcome {
  // In report order, so that ties (two runs using as much) are settled the same way every time.
  const head = [...input.head].sort(compareRuns);
  const base = input.base === null ? null : [...input.base].sort(compareRuns);
  const matched = matchRuns(head, base);
  const ledger: LedgerContext = {
    state: input.ledger ?? { kind: 'not-read' },
    missing: input.policy.ledger?.missing ?? 'warn',
    ...(input.nowMs !== undefined ? { nowMs: input.nowMs } : {})
  };
  const pathOf = (run: RunResult): string => committedName(run.manifest, input.committedAs);
  const verdicts = input.policy.budgets.map((rule) => judge(rule, head, base, matched, ledger, pathOf));
  const diagnostics: Diagnostic[] = [];
  if (input.policy.coverage) {
    const coverage = judgeCoverage(input.policy.coverage, head, matched, input.facts, diagnostics);
    if (coverage) verdicts.push(coverage);
  }
  return { verdicts, changes: base === null ? null : matched.changes, diagnostics };
}

/** Manifest path, then place in the file, then name (the report's order), in code-point order. */
function compareRuns(a: RunResult, b: RunResult): number {
  return (
    byText(a.manifest, b.manifest) ||
    a.position.line - b.position.line ||
    a.position.column - b.position.column ||
    byText(a.name, b.name)
  );
}

/** Code-point order: unlike localeCompare, independent of the machine's locale. */
function byText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The worst status over the verdicts (pass < warn < fail); `pass` without any. A pre-existing
 * verdict does not count: the issue's rule is that what the base already exceeded does not block a
 * change that does not make it worse, and a `warn` would block it under `fail-on: warning`. Its row
 * still shows `warn (pre-existing)`, so the repository's state stays in sight.
 */
export function worstStatus(verdicts: readonly BudgetVerdict[]): Exclude<Status, 'invalid'> {
  const judged = verdicts.filter((v) => !v.preExisting);
  if (judged.some((v) => v.status === 'fail')) return 'fail';
  if (judged.some((v) => v.status === 'warn')) return 'warn';
  return 'pass';
}

/** Head and base runs matched by manifest path and run name. */
interface Matched {
  changes: RunChange[];
  /** Each head run's base counterpart, where it has one. */
  baseOf: Map<RunResult, RunResult>;
}

/**
 * `manifest \0 name \0 k` for the k-th run of that name in that manifest: a name is unique in a
 * manifest, but a run whose duplicate was refused must still match only once.
 */
function runKeys(runs: readonly RunResult[]): Map<string, RunResult> {
  const keys = new Map<string, RunResult>();
  const count = new Map<string, number>();
  for (const run of runs) {
    const base = `${normalizeManifestPath(run.manifest)}\u0000${run.name}`;
    const k = count.get(base) ?? 0;
    count.set(base, k + 1);
    keys.set(`${base}\u0000${k}`, run);
  }
  return keys;
}

/** Matches runs and describes each one's change (every head run `added` without a base). */
function matchRuns(head: readonly RunResult[], base: readonly RunResult[] | null): Matched {
  const baseOf = new Map<RunResult, RunResult>();
  const changes: RunChange[] = [];
  const baseKeys = runKeys(base ?? []);
  const seen = new Set<string>();
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
    const change: RunChange = {
      manifest: run.manifest,
      run: run.name,
      // Head and base are computed by the same code from the same data: equal inputs give equal doubles.
      kind: then.emissionsKg === now.emissionsKg && then.energyKWh === now.energyKWh ? 'unchanged' : 'changed',
      base: then,
      head: now,
      deltaEmissionsKg: now.emissionsKg - then.emissionsKg,
      deltaEnergyKWh: now.energyKWh - then.energyKWh
    };
    if (then.emissionsKg > 0) change.deltaFraction = change.deltaEmissionsKg / then.emissionsKg;
    changes.push(change);
  }
  for (const [key, run] of baseKeys) {
    if (seen.has(key)) continue;
    const then = amountOf(run);
    const removed: RunChange = {
      manifest: run.manifest,
      run: run.name,
      kind: 'removed',
      base: then,
      deltaEmissionsKg: -then.emissionsKg,
      deltaEnergyKWh: -then.energyKWh
    };
    if (then.emissionsKg > 0) removed.deltaFraction = -1;
    changes.push(removed);
  }
  changes.sort(compareChanges);
  return { changes, baseOf };
}

/** By manifest path, then run name, in code-point order (independent of locale). */
function compareChanges(a: RunChange, b: RunChange): number {
  return byText(a.manifest, b.manifest) || byText(a.run, b.run);
}

function amountOf(run: RunResult): Amount {
  return { emissionsKg: run.emissionsKg, energyKWh: run.energyKWh };
}

function sum(runs: readonly RunResult[]): Amount {
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
function share(used: number, limit: number): number {
  if (!(used > 0)) return 0;
  const f = limit > 0 ? used / limit : Number.MAX_VALUE;
  return Number.isFinite(f) ? f : Number.MAX_VALUE;
}

/** The largest fraction of the rule's emissions and energy limits that `amount` uses. */
function amountShare(rule: BudgetRule, amount: Amount): number {
  let f = 0;
  if (rule.emissionsKg !== undefined) f = Math.max(f, share(amount.emissionsKg, rule.emissionsKg));
  if (rule.energyKWh !== undefined) f = Math.max(f, share(amount.energyKWh, rule.energyKWh));
  return f;
}

/** pass / warn / fail for a fraction used. */
function statusOf(usedFraction: number, warnAtFraction: number): 'pass' | 'warn' | 'fail' {
  if (usedFraction > 1) return 'fail';
  if (usedFraction >= warnAtFraction) return 'warn';
  return 'pass';
}

/** The verdict's fixed part: what the rule is. */
function verdictBase(rule: BudgetRule): Omit<BudgetVerdict, 'used' | 'usedFraction' | 'status' | 'preExisting'> {
  const limit: BudgetVerdict['limit'] = {};
  if (rule.emissionsKg !== undefined) limit.emissionsKg = rule.emissionsKg;
  if (rule.energyKWh !== undefined) limit.energyKWh = rule.energyKWh;
  if (rule.increaseFraction !== undefined) limit.increaseFraction = rule.increaseFraction;
  return {
    name: rule.name,
    scope: rule.scope,
    ...(rule.window ? { period: windowLabel(rule.window) } : {}),
    ...(rule.paths ? { paths: [...rule.paths] } : {}),
    limit,
    warnAtFraction: rule.warnAtFraction,
    origin: rule.origin,
    ...(rule.at ? { at: rule.at } : {})
  };
}

/** "120 kg CO2e and 300 kWh": the limited quantities of an amount. */
function amountPhrase(rule: BudgetRule, amount: Amount): string {
  const parts: string[] = [];
  if (rule.emissionsKg !== undefined || rule.energyKWh === undefined)
    parts.push(`${formatMass(amount.emissionsKg)} CO2e`);
  if (rule.energyKWh !== undefined) parts.push(formatEnergy(amount.energyKWh));
  return parts.join(' and ');
}

/** What window budgets judge with. */
interface LedgerContext {
  state: LedgerState;
  missing: 'warn' | 'fail';
  nowMs?: number;
}

/** One rule's verdict. */
function judge(
  rule: BudgetRule,
  head: readonly RunResult[],
  base: readonly RunResult[] | null,
  matched: Matched,
  ledger: LedgerContext,
  pathOf: (run: RunResult) => string
): BudgetVerdict {
  const selects = pathMatcher(rule.paths);
  const headRuns = head.filter((r) => selects(pathOf(r)));
  const baseRuns = base === null ? null : base.filter((r) => selects(pathOf(r)));
  if (rule.scope === 'change') return judgeChange(rule, headRuns, baseRuns);
  if (rule.scope === 'window') return judgeWindow(rule, headRuns, baseRuns, ledger);
  if (rule.scope === 'run') return judgeRuns(rule, headRuns, baseRuns, matched);
  return judgeTotal(rule, headRuns, baseRuns);
}

/** `change`: head minus base over the selected runs, and its growth against the base. */
function judgeChange(
  rule: BudgetRule,
  headRuns: readonly RunResult[],
  baseRuns: readonly RunResult[] | null
): BudgetVerdict {
  const now = sum(headRuns);
  const then = baseRuns === null ? { emissionsKg: 0, energyKWh: 0 } : sum(baseRuns);
  const used: BudgetVerdict['used'] = {
    emissionsKg: now.emissionsKg - then.emissionsKg,
    energyKWh: now.energyKWh - then.energyKWh
  };
  let usedFraction = amountShare(rule, used);
  const notes: string[] = [];
  if (baseRuns === null) notes.push(NO_BASE_NOTE);
  if (rule.increaseFraction !== undefined) {
    if (baseRuns === null) {
      notes.push('the increase limit needs a base and does not apply');
    } else if (!(then.emissionsKg > 0)) {
      notes.push('the selected manifests have no emissions at the base, so the increase limit does not apply');
    } else {
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
function judgeRuns(
  rule: BudgetRule,
  headRuns: readonly RunResult[],
  baseRuns: readonly RunResult[] | null,
  matched: Matched
): BudgetVerdict {
  let worst: RunResult | undefined;
  let usedFraction = 0;
  for (const run of headRuns) {
    const f = amountShare(rule, run);
    if (worst === undefined || f > usedFraction) {
      worst = run;
      usedFraction = f;
    }
  }
  const verdict: BudgetVerdict = {
    ...verdictBase(rule),
    used: worst ? amountOf(worst) : { emissionsKg: 0, energyKWh: 0 },
    ...(worst ? { worstRun: { manifest: worst.manifest, run: worst.name } } : {}),
    usedFraction,
    status: statusOf(usedFraction, rule.warnAtFraction),
    preExisting: false
  };
  if (verdict.status !== 'fail' || baseRuns === null) return verdict;
  // Worse: a run over the limit that is new, or that grew. Otherwise every run over the limit was
  // over it at the base already, with at least as much.
  const over = headRuns.filter((r) => amountShare(rule, r) > 1);
  const worse = over.some((r) => {
    const before = matched.baseOf.get(r);
    return before === undefined || r.emissionsKg > before.emissionsKg || r.energyKWh > before.energyKWh;
  });
  if (worse) return verdict;
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
function judgeTotal(
  rule: BudgetRule,
  headRuns: readonly RunResult[],
  baseRuns: readonly RunResult[] | null
): BudgetVerdict {
  const used = sum(headRuns);
  const usedFraction = amountShare(rule, used);
  const verdict: BudgetVerdict = {
    ...verdictBase(rule),
    used,
    usedFraction,
    status: statusOf(usedFraction, rule.warnAtFraction),
    preExisting: false
  };
  if (verdict.status !== 'fail' || baseRuns === null) return verdict;
  const then = sum(baseRuns);
  if (!(amountShare(rule, then) > 1)) return verdict;
  const grew =
    (rule.emissionsKg !== undefined && used.emissionsKg > then.emissionsKg) ||
    (rule.energyKWh !== undefined && used.energyKWh > then.energyKWh);
  if (grew) return verdict;
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
function judgeWindow(
  rule: BudgetRule,
  headRuns: readonly RunResult[],
  baseRuns: readonly RunResult[] | null,
  ledger: LedgerContext
): BudgetVerdict {
  const now = sum(headRuns);
  const then = baseRuns === null ? { emissionsKg: 0, energyKWh: 0 } : sum(baseRuns);
  const change = {
    emissionsKg: Math.max(0, now.emissionsKg - then.emissionsKg),
    energyKWh: Math.max(0, now.energyKWh - then.energyKWh)
  };
  const window = rule.window ?? { kind: 'days', days: 90 };
  const label = windowLabel(window);
  const state = ledger.state;
  if (state.kind !== 'read' || ledger.nowMs === undefined) {
    const why =
      ledger.nowMs === undefined && state.kind === 'read'
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
  const spend = windowSpend(state.records, window, ledger.nowMs, rule.paths);
  const used = { emissionsKg: spend.emissionsKg + change.emissionsKg, energyKWh: spend.energyKWh + change.energyKWh };
  const usedFraction = amountShare(rule, used);
  const remaining: { emissionsKg?: number; energyKWh?: number } = {};
  if (rule.emissionsKg !== undefined) remaining.emissionsKg = rule.emissionsKg - used.emissionsKg;
  if (rule.energyKWh !== undefined) remaining.energyKWh = rule.energyKWh - used.energyKWh;
  const oldestLeavesAt = spend.oldestLeavesMs === undefined ? undefined : new Date(spend.oldestLeavesMs).toISOString();
  const remainingPhrase = [
    ...(remaining.emissionsKg !== undefined
      ? [remainingOf(remaining.emissionsKg, (x) => `${formatMass(x)} CO2e`)]
      : []),
    ...(remaining.energyKWh !== undefined ? [remainingOf(remaining.energyKWh, formatEnergy)] : [])
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
    note:
      `Spent ${amountPhrase(rule, spend)} in ${windowText} (${spend.records} ledger ${spend.records === 1 ? 'record' : 'records'}, ${state.source}); ` +
      `this change adds ${amountPhrase(rule, change)}; ${remainingPhrase}.${leaves}`
  };
}

/** "1.2 t CO2e remaining" or "300 kg CO2e over". */
function remainingOf(value: number, format: (x: number) => string): string {
  return value >= 0 ? `${format(value)} remaining` : `${format(-value)} over`;
}

/**
 * The coverage policy: measured runs that declare a duration and whose logs cover less than
 * `min` of it. `below: warn` gives a warning at each run; `below: fail` also a verdict row named
 * `coverage` that fails unless every such run is unchanged from the base (then it is pre-existing).
 */
function judgeCoverage(
  coverage: CoveragePolicy,
  head: readonly RunResult[],
  matched: Matched,
  facts: ReadonlyMap<RunResult, RunFacts> | undefined,
  diagnostics: Diagnostic[]
): BudgetVerdict | undefined {
  const low: { run: RunResult; fraction: number }[] = [];
  for (const run of head) {
    const fact = facts?.get(run);
    const m = run.measurement;
    if (!fact?.declaresDuration || !m || !(m.coverage < coverage.minFraction)) continue;
    low.push({ run, fraction: m.coverage });
    diagnostics.push(
      diagnostic(
        'warning',
        'policy/low-coverage',
        `Run "${run.name}": its logs cover ${formatPercent(m.coverage)} of its declared duration, below the policy's ${formatPercent(coverage.minFraction)}` +
          (coverage.below === 'fail' ? '; the coverage policy fails the check.' : ' (`coverage.below: warn`).'),
        fact.tracesAt
      )
    );
  }
  if (coverage.below !== 'fail') return undefined;
  const unchanged = (run: RunResult) => {
    const before = matched.baseOf.get(run);
    return before !== undefined && before.emissionsKg === run.emissionsKg && before.energyKWh === run.energyKWh;
  };
  const blocking = low.filter((l) => !unchanged(l.run));
  const status: BudgetVerdict['status'] = low.length === 0 ? 'pass' : blocking.length > 0 ? 'fail' : 'warn';
  const lowest = low.reduce<(typeof low)[number] | undefined>(
    (a, b) => (a && a.fraction <= b.fraction ? a : b),
    undefined
  );
  const listed = low.slice(0, 3).map((l) => `"${l.run.name}" ${formatPercent(l.fraction)}`);
  const more = low.length > 3 ? ` and ${low.length - 3} more` : '';
  const verdict: BudgetVerdict = {
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
  if (lowest) verdict.worstRun = { manifest: lowest.run.manifest, run: lowest.run.name };
  if (low.length > 0) {
    verdict.note =
      `Logs cover less than ${formatPercent(coverage.minFraction)} of the declared duration: ${listed.join(', ')}${more}` +
      (blocking.length === 0 ? '; already so at the base, not made worse.' : '.');
  }
  return verdict;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
