/**
 * The policy part of the budget config (docs/policy.md): `version`, `budgets`, `coverage` and
 * `waivers`, and the legacy `budget:` block read as one `total` rule. Every problem is a
 * diagnostic at its line and column; the caller drops the whole config when any is an error, so
 * the check never runs with a guessed policy.
 */
import { isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Position } from '../diagnostics.js';
import { excerpt } from '../excerpt.js';
import type { YamlReader, Entry, ValueNode } from '../manifest/yaml-reader.js';
import type {
  BudgetRule,
  BudgetScope,
  BudgetSpec,
  CoveragePolicy,
  LedgerPolicy,
  Policy,
  RepoPermission,
  WaiverPolicy
} from '../model.js';
import { closestNames, didYouMean } from '../suggest.js';
import { DEFAULT_WARN_AT_FRACTION } from '../budget.js';
import { checkGlob } from './paths.js';
// The policy's `coverage.min` defaults to the threshold the trace readers already warn at (and say why).
import { DEFAULT_MIN_COVERAGE } from '../traces/index.js';
import { MAX_WINDOW_DAYS, parseWindow } from '../ledger/window.js';

/** Keys of one entry of `budgets:`. */
export const RULE_KEYS = ['name', 'scope', 'window', 'paths', 'emissions', 'energy', 'increase', 'warn-at'] as const;

/** Keys of `ledger:`. */
const LEDGER_KEYS = ['branch', 'missing'] as const;

/** The default ledger branch. */
export const DEFAULT_LEDGER_BRANCH = 'carbon-ledger';

/** A branch name git accepts, kept simple: no `..`, no leading `/` or `-`, no `.lock` ending. */
const BRANCH = /^(?![/-])(?!.*\.\.)(?!.*\/\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]{1,200}$/;

/** Keys of `coverage:`. */
export const COVERAGE_KEYS = ['min', 'below'] as const;

/** Keys of `waivers:`. */
export const WAIVER_KEYS = ['label', 'min-permission', 'allow-author', 'teams'] as const;

/** The scopes a budget may have; `change` is the default. */
const BUDGET_SCOPES: readonly BudgetScope[] = ['change', 'run', 'total', 'window'];

/** Repository permissions, weakest first (GitHub's `role_name` values). */
const REPO_PERMISSIONS: readonly RepoPermission[] = ['read', 'triage', 'write', 'maintain', 'admin'];

/** The only policy version this release reads. */
const POLICY_VERSION = 1;

/** Name of the rule the legacy `budget:` block (and a `--budget` override) becomes. */
export const LEGACY_RULE_NAME = 'budget';

/** Default `waivers.min-permission`. */
const DEFAULT_MIN_PERMISSION: RepoPermission = 'write';

/** Budget names: short, and safe in a comment, a file name or a log line. */
const RULE_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** `org/team-slug`, as GitHub spells organisations (39 characters) and team slugs. */
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})$/;

/**
 * Characters that make two labels look alike while differing: controls, bidirectional marks,
 * zero-width and other invisible characters. A label holding one could never be matched safely.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
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
function hasInvisible(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/** What {@link readPolicy} needs from the top of the config. */
export interface PolicyEntries {
  version?: Entry;
  budget?: Entry;
  budgets?: Entry;
  coverage?: Entry;
  waivers?: Entry;
  ledger?: Entry;
}

/**
 * Reads the policy. `legacy` is the `budget:` block as the config parser already read it (its
 * limits and warn-at), turned into the one `total` rule it stands for.
 */
export function readPolicy(
  reader: YamlReader<'config'>,
  top: PolicyEntries,
  legacy: Partial<BudgetSpec> | undefined
): Policy {
  if (top.version) readVersion(reader, top.version);
  const budgets: BudgetRule[] = [];
  if (top.budget && top.budgets) {
    reader.report(
      'error',
      'conflict',
      '`budget` and `budgets` are both given: `budget` is the old form of one `total` budget. Move its limits into an entry of `budgets` (with `scope: total`) and remove `budget`.',
      top.budgets.keyPos
    );
  } else if (top.budgets) {
    for (const rule of readRules(reader, top.budgets)) budgets.push(rule);
  } else if (top.budget && legacy && (legacy.emissionsKg !== undefined || legacy.energyKWh !== undefined)) {
    const rule: BudgetRule = {
      name: LEGACY_RULE_NAME,
      scope: 'total',
      warnAtFraction: legacy.warnAtFraction ?? DEFAULT_WARN_AT_FRACTION,
      origin: reader.file,
      at: top.budget.keyPos
    };
    if (legacy.emissionsKg !== undefined) rule.emissionsKg = legacy.emissionsKg;
    if (legacy.energyKWh !== undefined) rule.energyKWh = legacy.energyKWh;
    budgets.push(rule);
  }
  const policy: Policy = { budgets, waivers: defaultWaivers() };
  if (top.coverage) {
    const coverage = readCoverage(reader, top.coverage);
    if (coverage) policy.coverage = coverage;
  }
  if (top.waivers) {
    const waivers = readWaivers(reader, top.waivers);
    if (waivers) policy.waivers = waivers;
  }
  if (top.ledger) {
    const ledger = readLedger(reader, top.ledger);
    if (ledger) policy.ledger = ledger;
  }
  return policy;
}

/** The waiver settings when the config has no `waivers:`. */
export function defaultWaivers(): WaiverPolicy {
  return { minPermission: DEFAULT_MIN_PERMISSION, allowAuthor: false, teams: [] };
}

/** `version: 1`, the only one there is. */
function readVersion(reader: YamlReader<'config'>, entry: Entry): void {
  const value = reader.scalar(entry.value);
  if (value === POLICY_VERSION) return;
  const hint = value === '1' ? ' (write the number without quotes)' : '';
  reader.report(
    'error',
    'bad-version',
    `\`version\`: expected ${POLICY_VERSION}, the only policy version this release reads, got ${reader.describe(entry.value)}${hint}.`,
    entry.valuePos
  );
}

/** An Entry for the `index`-th item of a list, so the typed reads can take it. */
function itemEntry(reader: YamlReader<'config'>, parent: Entry, node: Node | null, index: number): Entry {
  const value = reader.resolve(node);
  const valuePos = reader.pos(value ?? node);
  return { key: String(index), keyPos: valuePos, value, valuePos, path: `${parent.path}[${index}]` };
}

/** `budgets:` — a non-empty list of rules with unique names. */
function readRules(reader: YamlReader<'config'>, entry: Entry): BudgetRule[] {
  if (!isSeq(entry.value)) {
    reader.report(
      'error',
      'bad-type',
      `\`budgets\`: expected a list of budgets such as \`- { name: per-pr, emissions: 250 kg }\`, got ${reader.describe(entry.value)}.`,
      entry.valuePos
    );
    return [];
  }
  if (entry.value.items.length === 0) {
    reader.report(
      'error',
      'empty-list',
      '`budgets` is an empty list, so it sets no budget; list at least one (e.g. `- { name: per-pr, emissions: 250 kg }`) or remove the key.',
      entry.valuePos
    );
    return [];
  }
  const rules: BudgetRule[] = [];
  const seen = new Map<string, Position>();
  entry.value.items.forEach((node, index) => {
    const item = itemEntry(reader, entry, node as Node | null, index);
    const rule = readRule(reader, item);
    if (!rule) return;
    const first = seen.get(rule.name);
    if (first && rule.at) {
      reader.report(
        'error',
        'duplicate-name',
        `Two budgets are named "${rule.name}"; the first is on line ${first.line}. Each budget needs its own name: the report and waivers refer to budgets by name.`,
        rule.at
      );
      return;
    }
    if (rule.at) seen.set(rule.name, rule.at);
    rules.push(rule);
  });
  return rules;
}

/** One entry of `budgets:`. */
function readRule(reader: YamlReader<'config'>, item: Entry): BudgetRule | undefined {
  const map = reader.map(item, '{ name: per-pr, scope: change, emissions: 250 kg }');
  if (!map) return undefined;
  const errorsBefore = reader.errorCount;
  const written = reader.entries(map, item.path);
  const fields = new Map(
    reader
      .checkKeys(written, RULE_KEYS, `\`${item.path}\``, {
        co2: 'Write the limit as `emissions: 250 kg`.',
        co2e: 'Write the limit as `emissions: 250 kg`.',
        limit: 'Write the limit as `emissions: 250 kg`, `energy: 2 MWh` or `increase: 20%`.',
        path: 'Write `paths:` with a list of globs, e.g. `paths: ["experiments/llm/**"]`.',
        warn_at: 'Write `warn-at:`.',
        warnAt: 'Write `warn-at:`.'
      })
      .map((e) => [e.key, e])
  );
  const nameEntry = fields.get('name');
  let name: string | undefined;
  if (!nameEntry) {
    reader.report(
      'error',
      'missing-field',
      `\`${item.path}\` needs a \`name\` (letters, digits, ".", "_" or "-", up to 64), e.g. \`name: per-pr\`.`,
      item.valuePos
    );
  } else {
    name = reader.string(nameEntry, 'a budget name such as "per-pr"');
    if (name !== undefined && !RULE_NAME.test(name)) {
      reader.report(
        'error',
        'bad-value',
        `\`${nameEntry.path}\`: expected a name of 1 to 64 letters, digits, ".", "_" or "-", such as "per-pr", got ${reader.describe(nameEntry.value)}.`,
        nameEntry.valuePos
      );
      name = undefined;
    }
  }
  let scope: BudgetScope = 'change';
  const scopeEntry = fields.get('scope');
  if (scopeEntry) {
    const value = reader.string(scopeEntry, 'one of change, run, total or window');
    if (value !== undefined) {
      if ((BUDGET_SCOPES as readonly string[]).includes(value)) scope = value as BudgetScope;
      else
        reader.report(
          'error',
          'bad-value',
          `\`${scopeEntry.path}\`: expected one of change, run, total or window, got ${reader.describe(scopeEntry.value)}.${didYouMean(closestNames(value, BUDGET_SCOPES))}`,
          scopeEntry.valuePos
        );
    }
  }
  const rule: BudgetRule = {
    name: name ?? '',
    scope,
    warnAtFraction: DEFAULT_WARN_AT_FRACTION,
    origin: reader.file,
    at: nameEntry?.valuePos ?? item.valuePos
  };
  const windowEntry = fields.get('window');
  if (windowEntry) {
    if (scope !== 'window') {
      reader.report(
        'error',
        'not-for-scope',
        `\`${windowEntry.path}\`: \`window\` sets the period of a \`scope: window\` budget; this budget's scope is ${scope}. Add \`scope: window\` or remove \`window\`.`,
        windowEntry.keyPos
      );
    } else {
      const text = reader.string(windowEntry, WINDOW_EXPECTED);
      if (text !== undefined) {
        const spec = parseWindow(text);
        if (spec) rule.window = spec;
        else
          reader.report(
            'error',
            'bad-value',
            `\`${windowEntry.path}\`: expected ${WINDOW_EXPECTED}, got ${reader.describe(windowEntry.value)}.`,
            windowEntry.valuePos
          );
      }
    }
  } else if (scope === 'window') {
    reader.report(
      'error',
      'missing-field',
      `\`${item.path}\` has \`scope: window\` and needs a \`window\`: ${WINDOW_EXPECTED}.`,
      scopeEntry?.valuePos ?? item.valuePos
    );
  }
  const pathsEntry = fields.get('paths');
  if (pathsEntry) {
    const paths = readPaths(reader, pathsEntry);
    if (paths) rule.paths = paths;
  }
  const emissions = fields.get('emissions');
  if (emissions) {
    const value = positiveLimit(reader, emissions, reader.quantity(emissions, 'mass'), '"250 kg"');
    if (value !== undefined) rule.emissionsKg = value;
  }
  const energy = fields.get('energy');
  if (energy) {
    const value = positiveLimit(reader, energy, reader.quantity(energy, 'energy'), '"2 MWh"');
    if (value !== undefined) rule.energyKWh = value;
  }
  const increase = fields.get('increase');
  if (increase) {
    if (scope !== 'change') {
      reader.report(
        'error',
        'not-for-scope',
        `\`${increase.path}\`: \`increase\` limits growth against the base, so it applies to \`scope: change\` only; this budget's scope is ${scope}. Use \`emissions\` or \`energy\` here, or make it a change budget.`,
        increase.keyPos
      );
    } else {
      const value = readIncrease(reader, increase);
      if (value !== undefined) rule.increaseFraction = value;
    }
  }
  const warnAt = fields.get('warn-at');
  if (warnAt) {
    const value = reader.fraction(warnAt, 'a warning for any use at all');
    if (value !== undefined) rule.warnAtFraction = value;
  }
  if (!emissions && !energy && !increase && fields.size === written.length) {
    reader.report(
      'error',
      'missing-field',
      `\`${item.path}\` needs a limit: \`emissions\` (e.g. "250 kg"), \`energy\` (e.g. "2 MWh") or, for \`scope: change\`, \`increase\` (e.g. "20%").`,
      item.valuePos
    );
  }
  return reader.errorCount === errorsBefore && name !== undefined ? rule : undefined;
}

/** What `window:` takes, for messages. */
const WINDOW_EXPECTED = `a window such as "90d" (1 to ${MAX_WINDOW_DAYS} days ending now), "month" or "quarter" (the calendar month or quarter in UTC)`;

/** `ledger: { branch, missing }`. */
function readLedger(reader: YamlReader<'config'>, entry: Entry): LedgerPolicy | undefined {
  const map = reader.map(entry, '{ branch: carbon-ledger, missing: warn }');
  if (!map) return undefined;
  const errorsBefore = reader.errorCount;
  const fields = reader.checkKeys(reader.entries(map, 'ledger'), LEDGER_KEYS, '`ledger`', {
    ref: 'Write `branch:`.',
    'on-missing': 'Write `missing: warn` or `missing: fail`.'
  });
  const ledger: LedgerPolicy = { branch: DEFAULT_LEDGER_BRANCH, missing: 'warn', at: entry.keyPos };
  for (const field of fields) {
    if (field.key === 'branch') {
      const branch = reader.string(field, 'a branch name such as "carbon-ledger"');
      if (branch === undefined) continue;
      if (!BRANCH.test(branch)) {
        reader.report(
          'error',
          'bad-value',
          `\`${field.path}\`: expected a branch name such as "carbon-ledger" (letters, digits, ".", "_", "-" and "/"; no "..", no leading "/" or "-"), got ${reader.describe(field.value)}.`,
          field.valuePos
        );
        continue;
      }
      ledger.branch = branch;
    } else {
      const value = reader.string(field, 'warn or fail');
      if (value === 'warn' || value === 'fail') ledger.missing = value;
      else if (value !== undefined)
        reader.report(
          'error',
          'bad-value',
          `\`${field.path}\`: expected warn or fail, got ${reader.describe(field.value)}.${didYouMean(closestNames(value, ['warn', 'fail']))}`,
          field.valuePos
        );
    }
  }
  return reader.errorCount === errorsBefore ? ledger : undefined;
}

/** `paths:` — a glob or a non-empty list of them, repository-relative. */
function readPaths(reader: YamlReader<'config'>, entry: Entry): string[] | undefined {
  const what = 'a repository-relative glob such as "experiments/llm/**"';
  const nodes: { node: ValueNode; path: string; at: Position }[] = [];
  if (isSeq(entry.value)) {
    if (entry.value.items.length === 0) {
      reader.report(
        'error',
        'empty-list',
        `\`${entry.path}\` is an empty list, so the budget would select nothing; list globs such as "experiments/llm/**", or remove the key to select every manifest.`,
        entry.valuePos
      );
      return undefined;
    }
    entry.value.items.forEach((item, index) => {
      const node = reader.resolve(item as Node | null);
      nodes.push({ node, path: `${entry.path}[${index}]`, at: reader.pos(node ?? (item as Node | null)) });
    });
  } else {
    nodes.push({ node: entry.value, path: entry.path, at: entry.valuePos });
  }
  const out: string[] = [];
  let ok = true;
  for (const { node, path, at } of nodes) {
    const glob = reader.stringAt(node, path, at, `${what}, or a list of them`);
    if (glob === undefined) {
      ok = false;
      continue;
    }
    const problem = checkGlob(glob);
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
function readIncrease(reader: YamlReader<'config'>, entry: Entry): number | undefined {
  const value = reader.scalar(entry.value);
  const expected = 'a growth above 0 as a percentage such as "20%" (or a fraction such as 0.2)';
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0 && value <= 1) return value;
    const hint = value > 1 && value <= 1e6 ? `; for ${value} percent write "${value}%"` : '';
    reader.report(
      'error',
      'out-of-range',
      `\`${entry.path}\`: expected ${expected}, got ${reader.describe(entry.value)}${hint}.`,
      entry.valuePos
    );
    return undefined;
  }
  if (typeof value === 'string') {
    const match = /^\s*(\d{1,7}(?:\.\d*)?|\.\d+)\s*%\s*$/.exec(value);
    if (match) {
      const percent = Number(match[1]);
      if (percent > 0) return percent / 100;
      reader.report(
        'error',
        'out-of-range',
        `\`${entry.path}\`: expected ${expected} (0% would fail any growth at all; use a small percentage), got ${reader.describe(entry.value)}.`,
        entry.valuePos
      );
      return undefined;
    }
  }
  reader.report(
    'error',
    typeof value === 'string' ? 'bad-value' : 'bad-type',
    `\`${entry.path}\`: expected ${expected}, got ${reader.describe(entry.value)}.`,
    entry.valuePos
  );
  return undefined;
}

/** `coverage: { min, below }`. */
function readCoverage(reader: YamlReader<'config'>, entry: Entry): CoveragePolicy | undefined {
  const map = reader.map(entry, '{ min: 90%, below: fail }');
  if (!map) return undefined;
  const errorsBefore = reader.errorCount;
  const fields = reader.checkKeys(reader.entries(map, 'coverage'), COVERAGE_KEYS, '`coverage`', {
    minimum: 'Write `min:`.',
    threshold: 'Write `min:`.',
    action: 'Write `below: fail` or `below: warn`.'
  });
  const coverage: CoveragePolicy = { minFraction: DEFAULT_MIN_COVERAGE, below: 'warn', at: entry.keyPos };
  for (const field of fields) {
    if (field.key === 'min') {
      const value = reader.fraction(field, 'no coverage required at all');
      if (value !== undefined) coverage.minFraction = value;
    } else {
      const value = reader.string(field, 'fail or warn');
      if (value === 'fail' || value === 'warn') coverage.below = value;
      else if (value !== undefined)
        reader.report(
          'error',
          'bad-value',
          `\`${field.path}\`: expected fail or warn, got ${reader.describe(field.value)}.${didYouMean(closestNames(value, ['fail', 'warn']))}`,
          field.valuePos
        );
    }
  }
  return reader.errorCount === errorsBefore ? coverage : undefined;
}

/** `waivers: { label, min-permission, allow-author, teams }`. */
function readWaivers(reader: YamlReader<'config'>, entry: Entry): WaiverPolicy | undefined {
  const map = reader.map(entry, '{ label: carbon-budget-approved, min-permission: maintain }');
  if (!map) return undefined;
  const errorsBefore = reader.errorCount;
  const fields = reader.checkKeys(reader.entries(map, 'waivers'), WAIVER_KEYS, '`waivers`', {
    permission: 'Write `min-permission:`.',
    min_permission: 'Write `min-permission:`.',
    allow_author: 'Write `allow-author:`.',
    team: 'Write `teams:` with a list of "org/team-slug".'
  });
  const waivers: WaiverPolicy = { ...defaultWaivers(), at: entry.keyPos };
  for (const field of fields) {
    if (field.key === 'label') {
      const label = reader.string(field, 'a label name such as "carbon-budget-approved"');
      if (label === undefined) continue;
      if (hasInvisible(label) || label !== label.trim() || label.length > 50) {
        reader.report(
          'error',
          'bad-value',
          `\`${field.path}\`: expected a label name of at most 50 visible characters without leading or trailing blanks (GitHub's limit; invisible and direction-changing characters would let two different labels look alike), got ${JSON.stringify(excerpt(label))}.`,
          field.valuePos
        );
        continue;
      }
      waivers.label = label;
    } else if (field.key === 'min-permission') {
      const value = reader.string(field, 'one of read, triage, write, maintain or admin');
      if (value === undefined) continue;
      if ((REPO_PERMISSIONS as readonly string[]).includes(value)) waivers.minPermission = value as RepoPermission;
      else
        reader.report(
          'error',
          'bad-value',
          `\`${field.path}\`: expected one of read, triage, write, maintain or admin, got ${reader.describe(field.value)}.${didYouMean(closestNames(value, REPO_PERMISSIONS))}`,
          field.valuePos
        );
    } else if (field.key === 'allow-author') {
      const value = reader.scalar(field.value);
      if (typeof value === 'boolean') waivers.allowAuthor = value;
      else
        reader.report(
          'error',
          'bad-type',
          `\`${field.path}\`: expected true or false, got ${reader.describe(field.value)}.`,
          field.valuePos
        );
    } else if (field.key === 'teams') {
      const teams = readTeams(reader, field);
      if (teams) waivers.teams = teams;
    }
  }
  return reader.errorCount === errorsBefore ? waivers : undefined;
}

/** `teams:` — a list of `org/team-slug`. */
function readTeams(reader: YamlReader<'config'>, entry: Entry): string[] | undefined {
  if (!isSeq(entry.value)) {
    reader.report(
      'error',
      'bad-type',
      `\`${entry.path}\`: expected a list of teams such as \`["my-org/ml-leads"]\`, got ${reader.describe(entry.value)}.`,
      entry.valuePos
    );
    return undefined;
  }
  const out: string[] = [];
  entry.value.items.forEach((item, index) => {
    const node = reader.resolve(item as Node | null);
    const at = reader.pos(node ?? (item as Node | null));
    const path = `${entry.path}[${index}]`;
    const team = reader.stringAt(node, path, at, 'a team as "org/team-slug"');
    if (team === undefined) return;
    if (!TEAM.test(team)) {
      reader.report(
        'error',
        'bad-value',
        `\`${path}\`: expected a team as "org/team-slug" (the organisation's login and the team's slug, e.g. "my-org/ml-leads"), got ${reader.describe(node)}.`,
        at
      );
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
export function positiveLimit(
  reader: YamlReader<'config'>,
  entry: Entry,
  value: number | undefined,
  example: string
): number | undefined {
  if (value === 0) {
    reader.report(
      'error',
      'out-of-range',
      `\`${entry.path}\`: expected a limit above zero, such as ${example}, got ${reader.describe(entry.value)}.`,
      entry.valuePos
    );
    return undefined;
  }
  return value;
}
