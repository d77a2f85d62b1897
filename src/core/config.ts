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
import { isMap, isScalar } from 'yaml';
import { hasErrors, sortDiagnostics } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';
import { YamlReader } from './manifest/yaml-reader.js';
import type { Entry } from './manifest/yaml-reader.js';
import { loadYaml } from './manifest/yaml-source.js';
import type { BudgetSpec, Config } from './model.js';
import { positiveLimit, readPolicy } from './policy/parse.js';

/** Keys at the top of the config (plus any `x-*` key, kept free for YAML anchors). */
export const CONFIG_KEYS = [
  'version',
  'location',
  'budgets',
  'budget',
  'coverage',
  'waivers',
  'ledger',
  '$schema'
] as const;

/** Keys of `budget:`. */
export const BUDGET_KEYS = ['emissions', 'energy', 'warn-at'] as const;

/** Every diagnostic code the config parser emits (each documented in docs/diagnostics/manifest.md). */
export const CONFIG_CODES = [
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
] as const;

/** Parses the budget config; `config` is absent when the file has any error. */
export function parseConfig(file: string, text: string): { config?: Config; diagnostics: Diagnostic[] } {
  const loaded = loadYaml(file, text, { prefix: 'config', what: 'budget config' });
  if (!loaded.source) return { diagnostics: loaded.diagnostics };
  const reader = new YamlReader(file, loaded.source, 'config');
  const config = readConfig(reader);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...reader.diagnostics]);
  return hasErrors(diagnostics) || !config ? { diagnostics } : { config, diagnostics };
}

function readConfig(reader: YamlReader<'config'>): Config | undefined {
  const root = reader.root();
  if (root === null || (isScalar(root) && root.value === null)) {
    reader.report(
      'warning',
      'empty',
      'The budget config is empty, so it sets no budget; add e.g. `budgets: [{ name: per-pr, emissions: 250 kg }]`.',
      reader.pos(null)
    );
    return { file: reader.file };
  }
  if (!isMap(root)) {
    reader.report(
      'error',
      'bad-type',
      `The budget config is a mapping with \`version\`, \`budgets\`, \`location\` and the like, got ${reader.describe(root)}.`,
      reader.pos(root)
    );
    return undefined;
  }
  const entries = reader.entries(root, '').filter((e) => !e.key.startsWith('x-'));
  const hints: Record<string, string> = {};
  for (const key of [...BUDGET_KEYS, 'name', 'scope', 'paths', 'increase'])
    hints[key] =
      `\`${key}\` belongs in a budget: an entry of \`budgets:\`, e.g. \`budgets: [{ name: per-pr, emissions: 250 kg }]\`.`;
  hints['policy'] = 'The policy keys (`budgets`, `coverage`, `waivers`, `ledger`) go at the top of the file.';
  hints['rules'] = 'Write `budgets:`.';
  const top = new Map(reader.checkKeys(entries, CONFIG_KEYS, 'the budget config', hints).map((e) => [e.key, e]));
  const positions: NonNullable<Config['positions']> = {};
  const config: Config = { file: reader.file, positions };
  const budgetEntry = top.get('budget');
  if (budgetEntry) {
    const budget = readBudget(reader, budgetEntry, positions);
    if (budget) {
      config.budget = budget;
      positions.budget = budgetEntry.valuePos;
    }
  }
  config.policy = readPolicy(
    reader,
    {
      version: top.get('version'),
      budget: budgetEntry,
      budgets: top.get('budgets'),
      coverage: top.get('coverage'),
      waivers: top.get('waivers'),
      ledger: top.get('ledger')
    },
    config.budget
  );
  const locationEntry = top.get('location');
  if (locationEntry) {
    const location = reader.string(
      locationEntry,
      'a location such as "DE", "US-CAL-CISO", "gcp:europe-west4" or "strubell-2019"'
    );
    if (location !== undefined) {
      config.location = location;
      positions.location = locationEntry.valuePos;
    }
  }
  const schemaEntry = top.get('$schema');
  if (schemaEntry) reader.string(schemaEntry, 'the URL or path of the JSON Schema');
  return config;
}

/**
 * `budget: { emissions, energy, warn-at }`; at least one limit. The position of each value read
 * goes into `positions` (`budget.emissions`, ...).
 */
function readBudget(
  reader: YamlReader<'config'>,
  entry: Entry,
  positions: NonNullable<Config['positions']>
): Partial<BudgetSpec> | undefined {
  const map = reader.map(entry, '{ emissions: 500 kg, warn-at: 80% }');
  if (!map) return undefined;
  const written = reader.entries(map, 'budget');
  const fields = reader.checkKeys(written, BUDGET_KEYS, '`budget`', {
    co2: 'Write the limit as `emissions: 500 kg`.',
    co2e: 'Write the limit as `emissions: 500 kg`.',
    limit: 'Write the limit as `emissions: 500 kg` or `energy: 2 MWh`.',
    warn_at: 'Write `warn-at:`.',
    warnAt: 'Write `warn-at:`.'
  });
  const budget: Partial<BudgetSpec> = { origin: reader.file };
  for (const field of fields) {
    if (field.key === 'emissions') {
      const emissionsKg = positiveLimit(reader, field, reader.quantity(field, 'mass'), '"500 kg"');
      if (emissionsKg !== undefined) budget.emissionsKg = emissionsKg;
      positions['budget.emissions'] = field.valuePos;
    } else if (field.key === 'energy') {
      const energyKWh = positiveLimit(reader, field, reader.quantity(field, 'energy'), '"2 MWh"');
      if (energyKWh !== undefined) budget.energyKWh = energyKWh;
      positions['budget.energy'] = field.valuePos;
    } else if (field.key === 'warn-at') {
      const warnAtFraction = reader.fraction(field, 'a warning for any emissions at all');
      if (warnAtFraction !== undefined) budget.warnAtFraction = warnAtFraction;
      positions['budget.warn-at'] = field.valuePos;
    }
  }
  // A misspelt key (`emisions`) is likely the missing limit: the typo is the one error to report.
  if (!fields.some((f) => f.key === 'emissions' || f.key === 'energy') && fields.length === written.length) {
    reader.report(
      'error',
      'missing-field',
      '`budget` needs a limit: `emissions` (a mass, e.g. "500 kg") and/or `energy` (e.g. "2 MWh").',
      entry.valuePos
    );
  }
  return budget;
}
