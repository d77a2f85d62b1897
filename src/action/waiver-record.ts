/**
 * What a waiver covers, and whether it still does: pure functions over the report and the waiver's
 * record (no API, no I/O).
 *
 * A waiver covers the footprint at the time it was given, not whatever the PR grows to later. When
 * a trusted label is first seen, the amounts each failing budget used are written into a hidden
 * record on the second line of the action's own PR comment:
 *
 *     <!-- carbon-gate:waiver v1 {"v":1,"pr":7,"label":"…","by":"alice","event":123,"at":"…","sha":"…","budgets":[…]} -->
 *
 * Later runs read it back (only from the comment the token's own identity wrote: see waiver.ts) and
 * judge every failing budget against it: a budget whose use has grown past the waived amount, or
 * that was not failing when the label was added, is no longer covered.
 */
import type { BudgetVerdict, Report } from '../core/model.js';
import { formatEnergy, formatMass, formatPercent } from '../core/format.js';
import { failsCheck } from '../io/options.js';
import type { FailOn } from './inputs.js';

/** One budget's verdict as the waiver logic reads it (the policy's verdict, or the legacy budget). */
export interface JudgedBudget {
  name: string;
  status: BudgetVerdict['status'];
  limit: BudgetVerdict['limit'];
  used: BudgetVerdict['used'];
  /** The coverage row only: the runs whose logs cover too little (coverage is no amount). */
  coverageRuns?: RunRef[];
}

/** A run, by manifest and name (how runs are matched between base and head). */
export interface RunRef {
  manifest: string;
  run: string;
}

/** What one budget used when the waiver was given: the quantities it limits. */
export interface WaivedAmounts {
  /** The budget's name. */
  name: string;
  emissionsKg?: number;
  energyKWh?: number;
  increaseFraction?: number;
  /** The coverage row: the runs below the coverage minimum then; another run falling below is not covered. */
  runs?: RunRef[];
}

/** The hidden record of a waiver, kept in the action's own PR comment. */
export interface WaiverRecord {
  v: 1;
  /** The PR the waiver was given on: a record copied to another PR's comment does not count there. */
  pr: number;
  label: string;
  /** The labeller's login. */
  by: string;
  /** The `labeled` event's id, where the API gave one: the same event always means the same record. */
  event?: number;
  /** The `labeled` event's time (ISO 8601, as the API gave it). */
  at: string;
  /** The head commit the waived footprint was measured at. */
  sha: string;
  /** What each budget failing at that commit used. */
  budgets: WaivedAmounts[];
}

/** The record's line opens with this, so it is found only where it is written. */
const RECORD_PREFIX = '<!-- carbon-gate:waiver v1 ';
const RECORD_SUFFIX = ' -->';
/** A record longer than this is not ours (a few hundred budgets fit easily). */
const MAX_RECORD_CHARS = 32_768;
/** Most budgets one record names: a policy of more is not one a person keeps (and the comment's size cap holds). */
const MAX_RECORD_BUDGETS = 512;
const BUDGET_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const SHA = /^[0-9a-f]{7,64}$/;

/**
 * The budgets the report judged: the policy's verdicts, or, for a report without them (a core
 * before the policy, or no policy at all), the one legacy budget, named `budget`, judged on the
 * totals.
 */
export function judgedBudgets(report: Report): JudgedBudget[] {
  const verdicts = report.policy?.budgets;
  if (verdicts && verdicts.length > 0)
    return verdicts.map((v) => {
      const judged: JudgedBudget = { name: v.name, status: v.status, limit: v.limit, used: v.used };
      if (v.coverage) judged.coverageRuns = v.coverage.runs.map((r) => ({ manifest: r.manifest, run: r.run }));
      return judged;
    });
  const b = report.budget;
  if (!b || (b.emissionsKg === undefined && b.energyKWh === undefined)) return [];
  const status = report.status === 'invalid' ? 'fail' : report.status;
  return [
    {
      name: 'budget',
      status,
      limit: { emissionsKg: b.emissionsKg, energyKWh: b.energyKWh },
      used: { emissionsKg: report.totals.emissionsKg, energyKWh: report.totals.energyKWh }
    }
  ];
}

/** The budgets whose verdict fails the check under `fail-on` (over, or near with `fail-on: warning`). */
export function failingBudgets(report: Report, failOn: FailOn): JudgedBudget[] {
  return judgedBudgets(report).filter((b) => failsCheck(b.status, failOn));
}

/** What a budget uses now, in the quantities it limits: what a new record keeps. */
export function amountsOf(budget: JudgedBudget): WaivedAmounts {
  const amounts: WaivedAmounts = { name: budget.name };
  if (budget.limit.emissionsKg !== undefined) amounts.emissionsKg = budget.used.emissionsKg;
  if (budget.limit.energyKWh !== undefined) amounts.energyKWh = budget.used.energyKWh;
  if (budget.limit.increaseFraction !== undefined && budget.used.increaseFraction !== undefined)
    amounts.increaseFraction = budget.used.increaseFraction;
  if (budget.coverageRuns) amounts.runs = budget.coverageRuns.map((r) => ({ manifest: r.manifest, run: r.run }));
  return amounts;
}

/** How one failing budget stands against the record. */
export interface BudgetCoverage {
  name: string;
  covered: boolean;
  /** One sentence, e.g. "per-pr: waived 300 kg at abc1234; now 450 kg." */
  text: string;
}

/** Every failing budget against the record; the waiver holds only when each is covered. */
export function coverageOf(record: WaiverRecord, failing: readonly JudgedBudget[]): BudgetCoverage[] {
  const at = shortSha(record.sha);
  return failing.map((budget) => {
    const waived = record.budgets.find((w) => w.name === budget.name);
    if (!waived) {
      return {
        name: budget.name,
        covered: false,
        text: `${budget.name}: within its limit when the waiver was given at ${at}; now ${usedPhrase(budget)}, which the waiver does not cover.`
      };
    }
    if (budget.coverageRuns) {
      const known = new Set((waived.runs ?? []).map(runKey));
      const added = budget.coverageRuns.filter((r) => !known.has(runKey(r)));
      if (added.length > 0) {
        const names = added.map((r) => `"${r.run}" (${r.manifest})`).join(', ');
        return {
          name: budget.name,
          covered: false,
          text: `${budget.name}: waived for ${count(waived.runs?.length ?? 0)} at ${at}; now also ${names}, which the waiver does not cover.`
        };
      }
      return {
        name: budget.name,
        covered: true,
        text: `${budget.name}: waived for ${count(waived.runs?.length ?? 0)} at ${at}; now ${count(budget.coverageRuns.length)} of them (covered).`
      };
    }
    const grown = QUANTITIES.filter((q) => grew(waived[q.key], budget, q.key));
    if (grown.length > 0) {
      const parts = grown.map(
        (q) => `waived ${q.format(waived[q.key] as number)} at ${at}; now ${q.format(now(budget, q.key) as number)}`
      );
      return { name: budget.name, covered: false, text: `${budget.name}: ${parts.join('; ')}.` };
    }
    const parts = QUANTITIES.filter((q) => waived[q.key] !== undefined).map(
      (q) => `waived ${q.format(waived[q.key] as number)} at ${at}; now ${q.format(now(budget, q.key) ?? 0)}`
    );
    return { name: budget.name, covered: true, text: `${budget.name}: ${parts.join('; ')} (covered).` };
  });
}

const runKey = (r: RunRef): string => JSON.stringify([r.manifest, r.run]);
const count = (n: number): string => `${n} run${n === 1 ? '' : 's'}`;

/** The quantities a record keeps, and how each is written. */
const QUANTITIES: readonly { key: 'emissionsKg' | 'energyKWh' | 'increaseFraction'; format: (n: number) => string }[] =
  [
    { key: 'emissionsKg', format: formatMass },
    { key: 'energyKWh', format: formatEnergy },
    { key: 'increaseFraction', format: (f) => `+${formatPercent(f)}` }
  ];

function now(budget: JudgedBudget, key: 'emissionsKg' | 'energyKWh' | 'increaseFraction'): number | undefined {
  return budget.used[key];
}

/**
 * True when the budget now uses more of a quantity than was waived. Numbers round-trip through the
 * record's JSON exactly, so the same inputs compare equal; a relative margin of 1e-9 absorbs the
 * last-bit differences of a sum taken in another order.
 */
function grew(
  waived: number | undefined,
  budget: JudgedBudget,
  key: 'emissionsKg' | 'energyKWh' | 'increaseFraction'
): boolean {
  if (budget.limit[key] === undefined) return false;
  const current = now(budget, key);
  if (current === undefined) return false;
  if (waived === undefined) return true;
  return current > waived + Math.abs(waived) * 1e-9;
}

/** "120 kg CO2e of 100 kg", for the quantities the budget limits (plain text). */
export function usedPhrase(budget: JudgedBudget): string {
  const parts: string[] = [];
  if (budget.limit.emissionsKg !== undefined)
    parts.push(`${formatMass(budget.used.emissionsKg)} CO2e of ${formatMass(budget.limit.emissionsKg)}`);
  if (budget.limit.energyKWh !== undefined)
    parts.push(`${formatEnergy(budget.used.energyKWh)} of ${formatEnergy(budget.limit.energyKWh)}`);
  if (budget.limit.increaseFraction !== undefined && budget.used.increaseFraction !== undefined)
    parts.push(`+${formatPercent(budget.used.increaseFraction)} of +${formatPercent(budget.limit.increaseFraction)}`);
  return parts.join(' and ');
}

/** What the record waived, one phrase per budget: "per-pr up to 300 kg CO2e". */
export function waivedPhrases(record: WaiverRecord): string[] {
  return record.budgets.map((w) => {
    const parts = QUANTITIES.filter((q) => w[q.key] !== undefined).map((q) => q.format(w[q.key] as number));
    if (w.runs) parts.push(`low coverage of ${count(w.runs.length)}`);
    return `${w.name} up to ${parts.join(' and ')}`;
  });
}

/** A commit as messages name it: its first 7 hex digits. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * The record as one hidden line. `<` and `>` are written as JSON escapes so that no value can
 * close the HTML comment early.
 */
export function formatWaiverRecord(record: WaiverRecord): string {
  const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `${RECORD_PREFIX}${json}${RECORD_SUFFIX}`;
}

/**
 * True when the record's line reads back as the same record: one too large to read back (a very
 * long list of budgets or runs) could not bound a later run, so it must not be relied on.
 */
export function recordFits(record: WaiverRecord): boolean {
  const read = parseWaiverRecord(`\n${formatWaiverRecord(record)}`);
  return read !== undefined && JSON.stringify(read) === JSON.stringify(record);
}

/**
 * Reads the record from a comment body: only from its second line (the line right after the
 * marker, where {@link formatWaiverRecord}'s line is written), so text further down, such as a
 * run name a manifest chose, can never be taken for one. Anything malformed is no record.
 */
export function parseWaiverRecord(body: string): WaiverRecord | undefined {
  const lines = body.split('\n', 3);
  const line = (lines[1] ?? '').replace(/\r$/, '');
  if (line.length > MAX_RECORD_CHARS || !line.startsWith(RECORD_PREFIX) || !line.endsWith(RECORD_SUFFIX))
    return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(RECORD_PREFIX.length, line.length - RECORD_SUFFIX.length));
  } catch {
    return undefined;
  }
  return validRecord(value);
}

/** The record, when `value` has exactly the record's shape; else undefined. */
function validRecord(value: unknown): WaiverRecord | undefined {
  if (!isObject(value)) return undefined;
  const { v, pr, label, by, event, at, sha, budgets } = value;
  if (v !== 1) return undefined;
  if (typeof pr !== 'number' || !Number.isSafeInteger(pr) || pr <= 0) return undefined;
  if (typeof label !== 'string' || label === '' || label.length > 256) return undefined;
  if (typeof by !== 'string' || by === '' || by.length > 256) return undefined;
  if (event !== undefined && (typeof event !== 'number' || !Number.isSafeInteger(event))) return undefined;
  if (typeof at !== 'string' || at.length > 64) return undefined;
  if (typeof sha !== 'string' || !SHA.test(sha)) return undefined;
  if (!Array.isArray(budgets) || budgets.length > MAX_RECORD_BUDGETS) return undefined;
  const amounts: WaivedAmounts[] = [];
  for (const b of budgets as unknown[]) {
    if (!isObject(b) || typeof b.name !== 'string' || !BUDGET_NAME.test(b.name)) return undefined;
    const w: WaivedAmounts = { name: b.name };
    for (const key of ['emissionsKg', 'energyKWh', 'increaseFraction'] as const) {
      const n = b[key];
      if (n === undefined) continue;
      if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
      w[key] = n;
    }
    if (b.runs !== undefined) {
      if (!Array.isArray(b.runs) || b.runs.length > MAX_RECORD_BUDGETS) return undefined;
      const runs: RunRef[] = [];
      for (const r of b.runs as unknown[]) {
        if (!isObject(r) || typeof r.manifest !== 'string' || typeof r.run !== 'string') return undefined;
        runs.push({ manifest: r.manifest, run: r.run });
      }
      w.runs = runs;
    }
    amounts.push(w);
  }
  // The same key order as a record this action makes, so that one read back writes the same line.
  return { v: 1, pr, label, by, ...(event === undefined ? {} : { event }), at, sha, budgets: amounts };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
