import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { CONFIG_CODES, DEFAULT_CONFIG_PATH, parseConfig } from '../../src/core/config.js';
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
    // Positions are checked on their own, below.
    expect({ ...config, positions: undefined }).toEqual(expected);
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
    says: ['belongs under `budget:`']
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
