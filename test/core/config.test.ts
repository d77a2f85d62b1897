import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { CONFIG_CODES, parseConfig } from '../../src/core/config.js';
import { DEFAULT_CONFIG_PATH } from '../../src/core/config-path.js';
import type { Position } from '../../src/core/diagnostics.js';

const LB_IN_KG = 0.45359237;
const lines = (...rows: string[]): string => rows.join('\n') + '\n';
const FILE = '.github/carbon-budget.yml';

const budgetSchema = JSON.parse(
  readFileSync(new URL('../../schema/carbon-budget.schema.json', import.meta.url), 'utf8')
) as object;
const validateSchema = new Ajv2020({
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictRequired: false
}).compile(budgetSchema);

test('the default path', () => {
  expect(DEFAULT_CONFIG_PATH).toBe('.github/carbon-budget.yml');
});

describe('valid configs', () => {
  test.each([
    [
      'the documented example',
      lines('budget:', '  emissions: 500 kg', '  energy: 2 MWh', '  warn-at: 80%', 'location: gcp:europe-west4'),
      {
        file: FILE,
        budget: { emissionsKg: 500, energyKWh: 2 * 1000, warnAtFraction: 80 / 100, origin: FILE },
        location: 'gcp:europe-west4'
      }
    ],
    [
      'emissions only, in tonnes',
      lines('budget:', '  emissions: 1.2 t'),
      { file: FILE, budget: { emissionsKg: 1.2 * 1000, origin: FILE } }
    ],
    [
      'emissions in pounds',
      lines('budget: { emissions: 1400 lb CO2e }'),
      { file: FILE, budget: { emissionsKg: 1400 * LB_IN_KG, origin: FILE } }
    ],
    [
      'energy only, warn-at as a number',
      lines('budget:', '  energy: 500 kWh', '  warn-at: 0.9'),
      { file: FILE, budget: { energyKWh: 500, warnAtFraction: 0.9, origin: FILE } }
    ],
    ['a location only', lines('location: strubell-2019'), { file: FILE, location: 'strubell-2019' }],
    ['JSON', '{"budget": {"energy": "3.6 GJ"}}', { file: FILE, budget: { energyKWh: 3.6e9 / 3.6e6, origin: FILE } }]
  ])('%s', (_title, text, expected) => {
    const { config, diagnostics } = parseConfig(FILE, text);
    expect(diagnostics).toEqual([]);
    // Positions and the policy are checked on their own, below.
    expect({ ...config, positions: undefined, policy: undefined }).toEqual(expected);
    expect(validateSchema(parse(text))).toBe(true);
  });

  test('an empty file sets nothing, with a warning', () => {
    const { config, diagnostics } = parseConfig(FILE, '# budget to come\n');
    expect(config).toEqual({ file: FILE });
    expect(diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([['warning', 'config/empty', 1, 1]]);
  });
});

/**
 * Span of `needle` on the first line containing `lineContains` (1-based line and column of its
 * first character, and of its last), by plain search of the text.
 */
function spanOf(text: string, lineContains: string, needle: string): Position {
  const rows = text.split('\n');
  const i = rows.findIndex((row) => row.includes(lineContains));
  const column = i < 0 ? -1 : rows[i].indexOf(needle);
  if (column < 0) throw new Error(`no "${needle}" on a line with "${lineContains}"`);
  return { file: FILE, line: i + 1, column: column + 1, endLine: i + 1, endColumn: column + needle.length };
}

describe('the config keeps where each value is written', () => {
  test('block style, the location on line 6', () => {
    const text = lines(
      '# the team budget',
      'budget:',
      '  emissions: 500 kg',
      '  energy: 2 MWh',
      '  warn-at: 90%',
      'location: gcp:europe-west4'
    );
    const { config } = parseConfig(FILE, text);
    expect(config?.positions).toEqual({
      budget: { file: FILE, line: 3, column: 3, endLine: 5, endColumn: 14 },
      'budget.emissions': spanOf(text, 'emissions:', '500 kg'),
      'budget.energy': spanOf(text, 'energy:', '2 MWh'),
      'budget.warn-at': spanOf(text, 'warn-at:', '90%'),
      location: spanOf(text, 'location:', 'gcp:europe-west4')
    });
    expect(config?.positions?.location?.line).toBe(6);
  });

  test('flow style, on one line', () => {
    const text = lines('{ budget: { emissions: 1 t, warn-at: 0.5 }, location: DE }');
    const { config } = parseConfig(FILE, text);
    expect(config?.positions).toEqual({
      budget: spanOf(text, 'budget', '{ emissions: 1 t, warn-at: 0.5 }'),
      'budget.emissions': spanOf(text, 'emissions', '1 t'),
      'budget.warn-at': spanOf(text, 'warn-at', '0.5'),
      location: spanOf(text, 'location', 'DE')
    });
  });

  test('values under an anchor point at the anchor', () => {
    const text = lines(
      'x-site: &site',
      '  location: FR',
      'x-limit: &limit 2 MWh',
      '<<: *site',
      'budget:',
      '  energy: *limit'
    );
    const { config, diagnostics } = parseConfig(FILE, text);
    expect(diagnostics).toEqual([]);
    expect(config?.location).toBe('FR');
    expect(config?.positions?.location).toEqual(spanOf(text, 'location:', 'FR'));
    expect(config?.positions?.['budget.energy']).toEqual(spanOf(text, 'x-limit', '2 MWh'));
  });
});

interface Row {
  title: string;
  text: string;
  code: (typeof CONFIG_CODES)[number];
  line: number;
  column: number;
  says: string[];
  severity?: 'error' | 'warning';
  /** False where a JSON Schema cannot see the problem (YAML-level or zero limits). */
  schemaRefuses?: boolean;
}

const rows: Row[] = [
  {
    title: 'a file over 1 MiB',
    text: 'budget: { emissions: 5 kg }\n' + '#'.repeat(1024 * 1024),
    code: 'config/too-large',
    line: 1,
    column: 1,
    says: ['larger than 1048576 bytes'],
    schemaRefuses: false
  },
  {
    title: 'mappings nested 65 deep (block style), refused before parsing',
    // The root mapping is level 1; `x-deep`'s value is level 2; line k (from 3) opens level k - 1.
    text: lines(
      'budget: { emissions: 5 kg }',
      'x-deep:',
      ...Array.from({ length: 64 }, (_, i) => `${'  '.repeat(i + 1)}a:`),
      `${'  '.repeat(65)}1`
    ),
    code: 'config/too-deep',
    line: 66,
    column: 129,
    says: ['more than 64 levels deep', 'was not read'],
    schemaRefuses: false
  },
  {
    title: 'bad YAML',
    text: lines('budget:', '\temissions: 5 kg'),
    code: 'config/yaml-syntax',
    line: 2,
    column: 1,
    says: ['not valid YAML'],
    schemaRefuses: false
  },
  {
    title: 'an unknown tag',
    text: lines('location: !zone DE'),
    code: 'config/yaml-warning',
    severity: 'warning',
    line: 1,
    column: 11,
    says: ['!zone'],
    schemaRefuses: false
  },
  {
    title: 'an alias bomb',
    text: lines(
      'x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]',
      'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'
    ),
    code: 'config/too-many-aliases',
    // sizes: a = 1 + 10 = 11, b = 1 + 10*11 = 111, c = 1111, d = 11111 > 10000: the first *d
    line: 5,
    column: 'x-e: &e ['.length + 1,
    says: ['*d expands to 11111 nodes'],
    schemaRefuses: false
  },
  {
    title: 'empty',
    text: '',
    code: 'config/empty',
    severity: 'warning',
    line: 1,
    column: 1,
    says: ['sets no budget'],
    schemaRefuses: false
  },
  {
    title: 'a budget that is a string',
    text: lines('budget: 500 kg'),
    code: 'config/bad-type',
    line: 1,
    column: 9,
    says: ['expected a mapping', 'got "500 kg"']
  },
  {
    title: 'a list at the top',
    text: lines('- budget'),
    code: 'config/bad-type',
    line: 1,
    column: 1,
    says: ['got a list']
  },
  {
    title: 'a number for a location',
    text: lines('location: 5'),
    code: 'config/bad-type',
    line: 1,
    column: 11,
    says: ['put it in quotes']
  },
  {
    title: 'a misspelt budget key',
    text: lines('budget:', '  emisions: 500 kg'),
    code: 'config/unknown-key',
    line: 2,
    column: 3,
    says: ['Did you mean "emissions"']
  },
  {
    title: 'a budget key at the top',
    text: lines('emissions: 500 kg'),
    code: 'config/unknown-key',
    line: 1,
    column: 1,
    says: ['belongs in a budget: an entry of `budgets:`']
  },
  {
    title: 'warnAt',
    text: lines('budget:', '  energy: 1 MWh', '  warnAt: 90%'),
    code: 'config/unknown-key',
    line: 3,
    column: 3,
    says: ['Write `warn-at:`']
  },
  {
    title: 'a key given twice',
    text: lines('budget:', '  energy: 1 MWh', '  energy: 2 MWh'),
    code: 'config/duplicate-key',
    line: 3,
    column: 3,
    says: ['`budget.energy` is given twice; the first is on line 2'],
    schemaRefuses: false
  },
  {
    title: 'a budget without a limit',
    text: lines('budget:', '  warn-at: 90%'),
    code: 'config/missing-field',
    line: 2,
    column: 3,
    says: ['needs a limit']
  },
  {
    title: 'a bare emissions number',
    text: lines('budget:', '  emissions: 500'),
    code: 'config/bad-unit',
    line: 2,
    column: 14,
    says: ['a mass with a unit', 'got 500']
  },
  {
    title: 'an energy in milliwatt-hours',
    text: lines('budget:', '  energy: 2 mWh'),
    code: 'config/bad-unit',
    line: 2,
    column: 11,
    says: ['for megawatt-hours write "MWh"']
  },
  {
    title: 'short tons',
    text: lines('budget:', '  emissions: 2 tons'),
    code: 'config/bad-unit',
    line: 2,
    column: 14,
    says: ['"tons" is ambiguous']
  },
  {
    title: 'a zero budget',
    text: lines('budget:', '  emissions: 0 kg'),
    code: 'config/out-of-range',
    line: 2,
    column: 14,
    says: ['above zero'],
    schemaRefuses: false
  },
  {
    title: 'warn-at over 100%',
    text: lines('budget:', '  emissions: 5 kg', '  warn-at: 120%'),
    code: 'config/out-of-range',
    line: 3,
    column: 12,
    says: ['got 120%']
  },
  {
    title: 'warn-at of 80',
    text: lines('budget:', '  emissions: 5 kg', '  warn-at: 80'),
    code: 'config/out-of-range',
    line: 3,
    column: 12,
    says: ['for 80 percent write "80%"']
  },
  {
    title: 'warn-at as words',
    text: lines('budget:', '  emissions: 5 kg', '  warn-at: most'),
    code: 'config/bad-value',
    line: 3,
    column: 12,
    says: ['got "most"']
  },
  {
    title: 'an empty location',
    text: lines('location: ""'),
    code: 'config/bad-value',
    line: 1,
    column: 11,
    says: ['empty string']
  },
  // The policy (docs/policy.md).
  {
    title: 'version 2',
    text: lines('version: 2', 'budgets:', '  - { name: a, emissions: 5 kg }'),
    code: 'config/bad-version',
    line: 1,
    column: 10,
    says: ['expected 1', 'got 2']
  },
  {
    title: 'version as a string',
    text: lines('version: "1"', 'budgets:', '  - { name: a, emissions: 5 kg }'),
    code: 'config/bad-version',
    line: 1,
    column: 10,
    says: ['without quotes']
  },
  {
    title: 'budget and budgets together',
    text: lines('budget:', '  emissions: 500 kg', 'budgets:', '  - name: a', '    emissions: 5 kg'),
    code: 'config/conflict',
    line: 3,
    column: 1,
    says: ['`budget` and `budgets` are both given']
  },
  {
    title: 'an empty budgets list',
    text: lines('version: 1', 'budgets: []'),
    code: 'config/empty-list',
    line: 2,
    column: 10,
    says: ['empty list', 'sets no budget']
  },
  {
    title: 'an empty paths list',
    text: lines('budgets:', '  - name: llm', '    paths: []', '    emissions: 5 kg'),
    code: 'config/empty-list',
    line: 3,
    column: 12,
    says: ['select nothing']
  },
  {
    title: 'budgets as a mapping',
    text: lines('budgets:', '  per-pr: { emissions: 5 kg }'),
    code: 'config/bad-type',
    line: 2,
    column: 3,
    says: ['expected a list of budgets']
  },
  {
    title: 'two budgets with one name',
    text: lines('budgets:', '  - name: per-pr', '    emissions: 250 kg', '  - name: per-pr', '    energy: 2 MWh'),
    code: 'config/duplicate-name',
    line: 4,
    column: 11,
    says: ['Two budgets are named "per-pr"', 'the first is on line 2'],
    schemaRefuses: false
  },
  {
    title: 'increase on a total budget',
    text: lines('budgets:', '  - name: llm', '    scope: total', '    increase: 20%'),
    code: 'config/not-for-scope',
    line: 4,
    column: 5,
    says: ['applies to `scope: change` only', 'scope is total']
  },
  {
    title: 'increase on a run budget',
    text: lines('budgets:', '  - name: one', '    scope: run', '    emissions: 5 kg', '    increase: 20%'),
    code: 'config/not-for-scope',
    line: 5,
    column: 5,
    says: ['scope is run']
  },
  {
    title: 'an absolute glob',
    text: lines('budgets:', '  - name: llm', '    paths: ["/experiments/**"]', '    emissions: 5 kg'),
    code: 'config/bad-glob',
    line: 3,
    column: 13,
    says: ['no leading "/"', 'got "/experiments/**"']
  },
  {
    title: 'a glob leaving the repository',
    text: lines('budgets:', '  - name: llm', '    paths: ../other/**', '    emissions: 5 kg'),
    code: 'config/bad-glob',
    line: 3,
    column: 12,
    says: ['no ".." folders']
  },
  {
    title: 'a glob with an unclosed bracket',
    text: lines('budgets:', '  - name: llm', '    paths: ["models/[ab/**"]', '    emissions: 5 kg'),
    code: 'config/bad-glob',
    line: 3,
    column: 13,
    says: ['closed'],
    schemaRefuses: false
  },
  {
    title: 'a negated glob',
    text: lines('budgets:', '  - name: llm', '    paths: ["!models/**"]', '    emissions: 5 kg'),
    code: 'config/bad-glob',
    line: 3,
    column: 13,
    says: ['negated']
  },
  {
    title: 'a misspelt budget entry key',
    text: lines('budgets:', '  - name: llm', '    emisions: 5 kg'),
    code: 'config/unknown-key',
    line: 3,
    column: 5,
    says: ['Did you mean "emissions"', 'in `budgets[0]`']
  },
  {
    title: 'a budget entry without a name',
    text: lines('budgets:', '  - emissions: 5 kg'),
    code: 'config/missing-field',
    line: 2,
    column: 5,
    says: ['needs a `name`']
  },
  {
    title: 'a budget entry without a limit',
    text: lines('budgets:', '  - name: a', '    scope: run'),
    code: 'config/missing-field',
    line: 2,
    column: 5,
    says: ['needs a limit']
  },
  {
    title: 'a budget name with a space',
    text: lines('budgets:', '  - name: per pr', '    emissions: 5 kg'),
    code: 'config/bad-value',
    line: 2,
    column: 11,
    says: ['1 to 64 letters']
  },
  {
    title: 'a misspelt scope',
    text: lines('budgets:', '  - name: a', '    scope: totl', '    emissions: 5 kg'),
    code: 'config/bad-value',
    line: 3,
    column: 12,
    says: ['expected one of change, run, total or window', 'Did you mean "total"']
  },
  {
    title: 'a budget emissions without a unit',
    text: lines('budgets:', '  - name: a', '    emissions: 250'),
    code: 'config/bad-unit',
    line: 3,
    column: 16,
    says: ['got 250']
  },
  {
    title: 'a zero energy budget',
    text: lines('budgets:', '  - name: a', '    energy: 0 kWh'),
    code: 'config/out-of-range',
    line: 3,
    column: 13,
    says: ['above zero'],
    schemaRefuses: false
  },
  {
    title: 'increase of 20 (not 20%)',
    text: lines('budgets:', '  - name: a', '    increase: 20'),
    code: 'config/out-of-range',
    line: 3,
    column: 15,
    says: ['for 20 percent write "20%"']
  },
  {
    title: 'increase of 0%',
    text: lines('budgets:', '  - name: a', '    increase: 0%'),
    code: 'config/out-of-range',
    line: 3,
    column: 15,
    says: ['0% would fail any growth'],
    schemaRefuses: false
  },
  {
    title: 'increase in words',
    text: lines('budgets:', '  - name: a', '    increase: some'),
    code: 'config/bad-value',
    line: 3,
    column: 15,
    says: ['got "some"']
  },
  {
    title: 'coverage below: error',
    text: lines('coverage:', '  min: 90%', '  below: error'),
    code: 'config/bad-value',
    line: 3,
    column: 10,
    says: ['expected fail or warn']
  },
  {
    title: 'a coverage minimum of 0',
    text: lines('coverage:', '  min: 0'),
    code: 'config/out-of-range',
    line: 2,
    column: 8,
    says: ['no coverage required']
  },
  {
    title: 'a misspelt waiver permission',
    text: lines('waivers:', '  min-permission: maintainer'),
    code: 'config/bad-value',
    line: 2,
    column: 19,
    says: ['Did you mean "maintain"']
  },
  {
    title: 'allow-author as a string',
    text: lines('waivers:', '  allow-author: "yes"'),
    code: 'config/bad-type',
    line: 2,
    column: 17,
    says: ['expected true or false']
  },
  {
    title: 'a team without its organisation',
    text: lines('waivers:', '  teams: [ml-leads]'),
    code: 'config/bad-value',
    line: 2,
    column: 11,
    says: ['"org/team-slug"']
  },
  {
    title: 'a label with a zero-width space',
    text: lines('waivers:', '  label: "carbon\u200bok"'),
    code: 'config/bad-value',
    line: 2,
    column: 10,
    says: ['invisible']
  },
  {
    title: 'a window budget without its window',
    text: lines('budgets:', '  - name: q', '    scope: window', '    emissions: 5 t'),
    code: 'config/missing-field',
    line: 3,
    column: 12,
    says: ['needs a `window`', '"90d"']
  },
  {
    title: 'a window that is no window',
    text: lines('budgets:', '  - name: q', '    scope: window', '    window: 2w', '    emissions: 5 t'),
    code: 'config/bad-value',
    line: 4,
    column: 13,
    says: ['expected a window such as "90d"', 'got "2w"']
  },
  {
    title: 'a window of zero days',
    text: lines('budgets:', '  - name: q', '    scope: window', '    window: 0d', '    emissions: 5 t'),
    code: 'config/bad-value',
    line: 4,
    column: 13,
    says: ['1 to 3660 days']
  },
  {
    title: 'a window on a change budget',
    text: lines('budgets:', '  - name: q', '    window: 90d', '    emissions: 5 t'),
    code: 'config/not-for-scope',
    line: 3,
    column: 5,
    says: ['Add `scope: window`']
  },
  {
    title: 'an increase on a window budget',
    text: lines('budgets:', '  - name: q', '    scope: window', '    window: month', '    increase: 20%'),
    code: 'config/not-for-scope',
    line: 5,
    column: 5,
    says: ["this budget's scope is window"]
  },
  {
    title: 'a ledger that neither warns nor fails',
    text: lines('ledger:', '  missing: block'),
    code: 'config/bad-value',
    line: 2,
    column: 12,
    says: ['expected warn or fail']
  },
  {
    title: 'a ledger branch with ..',
    text: lines('ledger:', '  branch: a..b'),
    code: 'config/bad-value',
    line: 2,
    column: 11,
    says: ['expected a branch name']
  },
  {
    title: 'an unknown waiver key',
    text: lines('waivers:', '  min_permission: admin'),
    code: 'config/unknown-key',
    line: 2,
    column: 3,
    says: ['Write `min-permission:`']
  }
];

describe('config diagnostics: code, position and message', () => {
  test.each(rows.map((row) => [row.title, row] as const))('%s', (_title, row) => {
    const { config, diagnostics } = parseConfig(FILE, row.text);
    const found = diagnostics.find((d) => d.code === row.code && d.line === row.line && d.column === row.column);
    if (!found)
      throw new Error(
        `no ${row.code} at ${row.line}:${row.column}; got:\n${diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`
      );
    expect(found.file).toBe(FILE);
    expect(found.severity).toBe(row.severity ?? 'error');
    for (const fragment of row.says) expect(found.message).toContain(fragment);
    // A config with an error yields no config: a dropped budget would let everything pass.
    if (found.severity === 'error') expect(config).toBeUndefined();
    if (row.schemaRefuses !== false) expect(validateSchema(parse(row.text))).toBe(false);
  });

  test('every code is exercised above', () => {
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(CONFIG_CODES));
  });

  test('all problems in one pass', () => {
    const { diagnostics } = parseConfig(
      FILE,
      lines('budget:', '  emissions: 500', '  energy: -1 kWh', '  warn-at: 0', 'locaton: DE')
    );
    expect(diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
      [2, 14, 'config/bad-unit'],
      [3, 11, 'config/out-of-range'],
      [4, 12, 'config/out-of-range'],
      [5, 1, 'config/unknown-key']
    ]);
  });
});

describe('the policy (version 1)', () => {
  const issueExample = lines(
    'version: 1',
    'location: gcp:europe-west4',
    'budgets:',
    '  - name: per-pr',
    '    scope: change',
    '    emissions: 250 kg',
    '    warn-at: 80%',
    '  - name: single-run',
    '    scope: run',
    '    emissions: 100 kg',
    '  - name: llm',
    '    paths: ["experiments/llm/**"]',
    '    scope: total',
    '    energy: 2 MWh',
    '  - name: growth',
    '    scope: change',
    '    increase: 20%',
    'coverage:',
    '  min: 90%',
    '  below: fail',
    'waivers:',
    '  label: carbon-budget-approved',
    '  min-permission: maintain',
    '  allow-author: false'
  );

  test('the issue example, every default filled', () => {
    const { config, diagnostics } = parseConfig(FILE, issueExample);
    expect(diagnostics).toEqual([]);
    expect(validateSchema(parse(issueExample))).toBe(true);
    const at = (name: string) => spanOf(issueExample, `name: ${name}`, name);
    expect(config?.location).toBe('gcp:europe-west4');
    expect(config?.budget).toBeUndefined();
    expect(config?.policy).toEqual({
      budgets: [
        { name: 'per-pr', scope: 'change', emissionsKg: 250, warnAtFraction: 0.8, origin: FILE, at: at('per-pr') },
        { name: 'single-run', scope: 'run', emissionsKg: 100, warnAtFraction: 0.8, origin: FILE, at: at('single-run') },
        {
          name: 'llm',
          scope: 'total',
          paths: ['experiments/llm/**'],
          energyKWh: 2 * 1000,
          warnAtFraction: 0.8,
          origin: FILE,
          at: at('llm')
        },
        {
          name: 'growth',
          scope: 'change',
          increaseFraction: 20 / 100,
          warnAtFraction: 0.8,
          origin: FILE,
          at: at('growth')
        }
      ],
      coverage: { minFraction: 90 / 100, below: 'fail', at: spanOf(issueExample, 'coverage:', 'coverage') },
      waivers: {
        label: 'carbon-budget-approved',
        minPermission: 'maintain',
        allowAuthor: false,
        teams: [],
        at: spanOf(issueExample, 'waivers:', 'waivers')
      }
    });
  });

  test('scope defaults to change, paths may be one glob, increase above 100%', () => {
    const text = lines(
      'budgets:',
      '  - name: grow',
      '    paths: "models/**"',
      '    increase: 150%',
      '    warn-at: 0.5'
    );
    const { config, diagnostics } = parseConfig(FILE, text);
    expect(diagnostics).toEqual([]);
    expect(validateSchema(parse(text))).toBe(true);
    expect(config?.policy?.budgets).toEqual([
      {
        name: 'grow',
        scope: 'change',
        paths: ['models/**'],
        increaseFraction: 150 / 100,
        warnAtFraction: 0.5,
        origin: FILE,
        at: spanOf(text, 'name: grow', 'grow')
      }
    ]);
  });

  test('the legacy `budget:` block is one total budget named "budget"', () => {
    const text = lines('budget:', '  emissions: 500 kg', '  energy: 2 MWh', '  warn-at: 90%');
    const { config } = parseConfig(FILE, text);
    expect(config?.policy).toEqual({
      budgets: [
        {
          name: 'budget',
          scope: 'total',
          emissionsKg: 500,
          energyKWh: 2 * 1000,
          warnAtFraction: 90 / 100,
          origin: FILE,
          at: spanOf(text, 'budget:', 'budget')
        }
      ],
      waivers: { minPermission: 'write', allowAuthor: false, teams: [] }
    });
  });

  test('a file with a location only has no budget, the default waivers and no coverage policy', () => {
    const { config } = parseConfig(FILE, lines('location: DE'));
    expect(config?.policy).toEqual({ budgets: [], waivers: { minPermission: 'write', allowAuthor: false, teams: [] } });
  });

  test('coverage and waivers defaults when their sections are given empty-handed', () => {
    const text = lines('coverage: {}', 'waivers:', '  teams: ["my-org/ml-leads"]', '  allow-author: true');
    const { config, diagnostics } = parseConfig(FILE, text);
    expect(diagnostics).toEqual([]);
    expect(config?.policy?.coverage).toMatchObject({ minFraction: 90 / 100, below: 'warn' });
    expect(config?.policy?.waivers).toMatchObject({
      minPermission: 'write',
      allowAuthor: true,
      teams: ['my-org/ml-leads']
    });
    expect(config?.policy?.waivers.label).toBeUndefined();
  });

  test('every problem of a policy in one pass, each at its line', () => {
    const text = lines(
      'version: 1',
      'budgets:',
      '  - name: per-pr',
      '    emissions: 250',
      '  - name: per-pr',
      '    scope: total',
      '    increase: 5%',
      '  - name: c',
      '    paths: ["/abs/**"]',
      '    energy: 1 MWh',
      'waivers:',
      '  min-permission: owner'
    );
    const { config, diagnostics } = parseConfig(FILE, text);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [4, 'config/bad-unit'],
      [7, 'config/not-for-scope'],
      [9, 'config/bad-glob'],
      [12, 'config/bad-value']
    ]);
  });

  test('every example of the schema is read by the parser without a diagnostic', () => {
    for (const example of (budgetSchema as { examples: unknown[] }).examples) {
      expect(parseConfig('example.json', JSON.stringify(example)).diagnostics).toEqual([]);
    }
  });
});
