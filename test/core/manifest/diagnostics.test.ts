/**
 * Every manifest diagnostic code, each at its exact line and column. Manifests are written one
 * line per array item so that the expected line is the item's index + 1, and the expected column
 * is counted in the comment beside it.
 */
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { MANIFEST_CODES, MAX_ALIAS_EXPANSION, MAX_ALIASES, parseManifest } from '../../../src/core/manifest/index.js';
import { exceedsBytes } from '../../../src/core/manifest/yaml-source.js';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

interface Row {
  title: string;
  text: string;
  code: (typeof MANIFEST_CODES)[number];
  line: number;
  column: number;
  /** Fragments the message must contain (what was expected, suggestions, the first line ...). */
  says: string[];
  severity?: 'error' | 'warning';
  maxBytes?: number;
}

/** The alias bomb: level k holds 9 aliases of level k-1, so its expansion grows 9-fold per level. */
function aliasBomb(): string {
  const rows = ['version: 1', 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let k = 1; k <= 8; k++)
    rows.push(
      `l${k}: &l${k} [${Array(9)
        .fill(`*l${k - 1}`)
        .join(', ')}]`
    );
  return lines(...rows);
}
// Nodes per level: a list node plus its 9 items.
const bombSizes = [1 + 9];
for (let k = 1; k <= 8; k++) bombSizes.push(1 + 9 * bombSizes[k - 1]);
const firstTooBig = bombSizes.findIndex((size) => size > MAX_ALIAS_EXPANSION); // level whose aliases are refused

const rows: Row[] = [
  {
    title: 'file over maxBytes, refused before parsing',
    text: lines('version: 1', 'runs: []'),
    maxBytes: 10,
    code: 'manifest/too-large',
    line: 1,
    column: 1,
    says: ['larger than 10 bytes']
  },
  {
    title: 'lists nested 65 deep, refused before parsing',
    text: lines('version: 1', `runs: ${'['.repeat(65)}${']'.repeat(65)}`),
    code: 'manifest/too-deep',
    line: 2,
    // `runs:` is level 1, the first bracket level 2: the 64th bracket (column 70) is level 65.
    column: 70,
    says: ['more than 64 levels deep', 'was not read']
  },
  {
    title: 'tab indentation',
    text: lines('version: 1', 'runs:', '\t- name: a'),
    code: 'manifest/yaml-syntax',
    line: 3,
    column: 1, // the tab
    says: ['not valid YAML', 'Tabs']
  },
  {
    title: 'a second colon in a compact mapping',
    text: lines('version: 1', 'runs:', '  - name: a: b'),
    code: 'manifest/yaml-syntax',
    line: 3,
    column: 11, // "  - name: " is 10 characters
    says: ['not valid YAML']
  },
  {
    title: 'an alias without an anchor',
    text: lines('version: 1', 'runs: *missing'),
    code: 'manifest/yaml-syntax',
    line: 2,
    column: 7,
    says: ['*missing refers to no anchor']
  },
  {
    title: 'two documents in one file',
    text: lines('version: 1', '---', 'version: 1'),
    code: 'manifest/yaml-syntax',
    line: 2,
    column: 1,
    says: ['more than one document']
  },
  {
    title: 'an unknown tag',
    text: lines('version: 1', 'runs:', '  - name: a', '    duration: !hours 84 h', '    power: 300 W'),
    code: 'manifest/yaml-warning',
    severity: 'warning',
    line: 4,
    column: 15, // "    duration: " is 14 characters
    says: ['!hours']
  },
  {
    title: 'an alias bomb (billion laughs)',
    text: aliasBomb(),
    code: 'manifest/too-many-aliases',
    line: 2 + firstTooBig + 1, // the first list made of aliases of the too-big level
    column: `l${firstTooBig + 1}: &l${firstTooBig + 1} [`.length + 1,
    says: [`expands to ${bombSizes[firstTooBig]} nodes`, `at most ${MAX_ALIAS_EXPANSION}`]
  },
  {
    title: 'more aliases than allowed',
    text: lines(
      'version: 1',
      'x-a: &a 1',
      `x-list: [${Array(MAX_ALIASES + 1)
        .fill('*a')
        .join(', ')}]`
    ),
    code: 'manifest/too-many-aliases',
    line: 3,
    column: 'x-list: ['.length + MAX_ALIASES * '*a, '.length + 1, // the alias after the allowed ones
    says: [`uses ${MAX_ALIASES + 1} aliases`, `at most ${MAX_ALIASES}`]
  },
  {
    title: 'an alias inside its own anchor',
    text: lines('version: 1', 'x-loop: &loop [*loop]'),
    code: 'manifest/too-many-aliases',
    line: 2,
    column: 16, // "x-loop: &loop [" is 15 characters
    says: ['inside its own anchor']
  },
  { title: 'an empty file', text: '', code: 'manifest/empty', line: 1, column: 1, says: ['empty', 'version: 1'] },
  { title: 'only comments', text: lines('# nothing yet'), code: 'manifest/empty', line: 1, column: 1, says: ['empty'] },
  {
    title: 'a list at the top',
    text: lines('- name: a'),
    code: 'manifest/bad-type',
    line: 1,
    column: 1,
    says: ['mapping with `version` and `runs`', 'got a list']
  },
  {
    title: 'runs as a mapping',
    text: lines('version: 1', 'runs:', '  name: a'),
    code: 'manifest/bad-type',
    line: 3,
    column: 3,
    says: ['expected a list of runs', 'got a mapping']
  },
  {
    title: 'a run that is not a mapping',
    text: lines('version: 1', 'runs:', '  - bert-base'),
    code: 'manifest/bad-type',
    line: 3,
    column: 5,
    says: ['item 1', 'got "bert-base"']
  },
  {
    title: 'gpu as a string',
    text: lines('version: 1', 'runs:', '  - name: a', '    gpu: A100', '    duration: 1 h'),
    code: 'manifest/bad-type',
    line: 4,
    column: 10, // "    gpu: " is 9 characters
    says: ['`gpu`: expected a mapping such as `{ model: A100-SXM4-40GB, count: 8 }`', 'got "A100"']
  },
  {
    title: 'a number where a name is expected',
    text: lines('version: 1', 'runs:', '  - name: 2021', '    power: 300 W', '    duration: 1 h'),
    code: 'manifest/bad-type',
    line: 3,
    column: 11,
    says: ['`name`', 'got 2021', 'put it in quotes']
  },
  {
    title: 'a quoted count',
    text: lines('version: 1', 'runs:', '  - name: a', '    gpu: { model: T4, count: "8" }', '    duration: 1 h'),
    code: 'manifest/bad-type',
    line: 4,
    column: 30, // '    gpu: { model: T4, count: ' is 29 characters
    says: ['`gpu.count`', 'whole number', 'without quotes']
  },
  {
    title: 'a key that is not a name',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 300 W', '    duration: 1 h', '    5: x'),
    code: 'manifest/bad-type',
    line: 6,
    column: 5,
    says: ['Keys must be names']
  },
  {
    title: 'a merge key that is not a mapping',
    text: lines('version: 1', 'runs:', '  - name: a', '    <<: 5', '    power: 300 W', '    duration: 1 h'),
    code: 'manifest/bad-type',
    line: 4,
    column: 9,
    says: ['merge key', 'got 5']
  },
  {
    title: 'version 2',
    text: lines('version: 2', 'runs: []'),
    code: 'manifest/bad-version',
    line: 1,
    column: 10,
    says: ['expected 1', 'got 2']
  },
  {
    title: 'version as a string',
    text: lines('name: x', 'version: "1"'),
    code: 'manifest/bad-version',
    line: 2,
    column: 10,
    says: ['got "1"']
  },
  {
    title: 'no version',
    text: lines('runs:', '  - name: a', '    power: 300 W', '    duration: 1 h'),
    code: 'manifest/missing-field',
    line: 1,
    column: 1,
    says: ['`version: 1`']
  },
  {
    title: 'no runs',
    text: lines('version: 1', 'name: x'),
    code: 'manifest/missing-field',
    line: 1,
    column: 1,
    says: ['needs `runs:`']
  },
  {
    title: 'a run without a name',
    text: lines('version: 1', 'runs:', '  - power: 300 W', '    duration: 1 h'),
    code: 'manifest/missing-field',
    line: 3,
    column: 5,
    says: ['Run 1 needs a `name`']
  },
  {
    title: 'a gpu with only a count',
    text: lines('version: 1', 'runs:', '  - name: a', '    gpu: { count: 8 }', '    duration: 1 h'),
    code: 'manifest/missing-field',
    line: 4,
    column: 10,
    says: ['`gpu` needs `model`', '`watts`']
  },
  {
    title: 'a cpu with only a count',
    text: lines('version: 1', 'runs:', '  - name: a', '    cpu:', '      count: 2', '    duration: 1 h'),
    code: 'manifest/missing-field',
    line: 5,
    column: 7,
    says: ['`cpu` needs', '`cores`']
  },
  {
    title: 'a misspelt run key',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 300 W', '    duraton: 84 h'),
    code: 'manifest/unknown-key',
    line: 5,
    column: 5,
    says: ['Unknown key `duraton` in run 1', 'Did you mean "duration"']
  },
  {
    title: 'a misspelt top-level key',
    text: lines('version: 1', 'run:', '  - name: a'),
    code: 'manifest/unknown-key',
    line: 2,
    column: 1,
    says: ['`run`', 'Did you mean "runs"']
  },
  {
    title: 'a run key at the top',
    text: lines('version: 1', 'location: DE', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h'),
    code: 'manifest/unknown-key',
    line: 2,
    column: 1,
    says: ['belongs in a run (under `runs:`) or in `defaults:`']
  },
  {
    title: 'name in defaults',
    text: lines('version: 1', 'defaults:', '  name: x', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h'),
    code: 'manifest/unknown-key',
    line: 3,
    column: 3,
    says: ['`name` cannot be a default']
  },
  {
    title: 'a misspelt gpu key',
    text: lines('version: 1', 'runs:', '  - name: a', '    gpu: { modle: T4 }', '    duration: 1 h'),
    code: 'manifest/unknown-key',
    line: 4,
    column: 12,
    says: ['`modle` in `gpu`', 'Did you mean "model"']
  },
  {
    title: 'a trace option in another spelling',
    text: lines('version: 1', 'runs:', '  - name: a', '    traces: log.csv', '    trace: { max_gap: 30 s }'),
    code: 'manifest/unknown-key',
    line: 5,
    column: 14,
    says: ['Write `max-gap:`']
  },
  {
    title: 'a key given twice',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 300 W', '    duration: 1 h', '    power: 400 W'),
    code: 'manifest/duplicate-key',
    line: 6,
    column: 5,
    says: ['`power` is given twice; the first is on line 4']
  },
  {
    title: 'an empty list of runs',
    text: lines('version: 1', 'runs: []'),
    code: 'manifest/no-runs',
    line: 2,
    column: 7,
    says: ['at least one training run']
  },
  {
    title: 'a run name used twice',
    text: lines(
      'version: 1',
      'runs:',
      '  - name: a',
      '    power: 1 kW',
      '    duration: 1 h',
      '  - name: a',
      '    power: 2 kW',
      '    duration: 2 h'
    ),
    code: 'manifest/duplicate-run',
    line: 6,
    column: 11,
    says: ['"a" is used twice; the first is on line 3']
  },
  {
    title: 'a bare number for a duration',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 300 W', '    duration: 84'),
    code: 'manifest/bad-unit',
    line: 5,
    column: 15,
    says: ['`duration`: expected a duration with a unit, such as "84 h"', 'got 84', 'a bare number is ambiguous']
  },
  {
    title: 'milliwatts',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 5 mW', '    duration: 1 h'),
    code: 'manifest/bad-unit',
    line: 4,
    column: 12,
    says: ['milliwatts are not supported; for megawatts write "MW"']
  },
  {
    title: 'an energy where a power is expected',
    text: lines('version: 1', 'runs:', '  - name: a', '    gpu: { watts: 300 Wh }', '    duration: 1 h'),
    code: 'manifest/bad-unit',
    line: 4,
    column: 19,
    says: ['`gpu.watts`', '"Wh" is an energy unit, not a power unit']
  },
  {
    title: 'a bare intensity',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h', '    intensity: 432'),
    code: 'manifest/bad-unit',
    line: 6,
    column: 16,
    says: ['grid intensity with a unit']
  },
  {
    title: 'utilization of 90 (meaning 90%)',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h', '    utilization: 90'),
    code: 'manifest/out-of-range',
    line: 6,
    column: 18,
    says: ['for 90 percent write "90%"']
  },
  {
    title: 'utilization of 0',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h', '    utilization: 0%'),
    code: 'manifest/out-of-range',
    line: 6,
    column: 18,
    says: ['above 0']
  },
  {
    title: 'PUE below 1',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h', '    pue: 0.9'),
    code: 'manifest/out-of-range',
    line: 6,
    column: 10,
    says: ['at least 1', 'got 0.9']
  },
  {
    title: 'fractional repeats',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 1 h', '    repeats: 2.5'),
    code: 'manifest/out-of-range',
    line: 6,
    column: 14,
    says: ['whole number of at least 1']
  },
  {
    title: 'zero GPUs',
    text: lines('version: 1', 'runs:', '  - name: a', '    gpu: { model: T4, count: 0 }', '    duration: 1 h'),
    code: 'manifest/out-of-range',
    line: 4,
    column: 30, // '    gpu: { model: T4, count: ' is 29 characters
    says: ['`gpu.count`']
  },
  {
    title: 'a negative duration',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: -2 h'),
    code: 'manifest/out-of-range',
    line: 5,
    column: 15,
    says: ['cannot be negative']
  },
  {
    title: 'a zero duration',
    text: lines('version: 1', 'runs:', '  - name: a', '    power: 1 kW', '    duration: 0 h'),
    code: 'manifest/out-of-range',
    line: 5,
    column: 15,
    says: ['above zero']
  },
  {
    title: 'a misspelt time zone',
    text: lines(
      'version: 1',
      'runs:',
      '  - name: a',
      '    traces: log.csv',
      '    trace:',
      '      timezone: Europe/Berln'
    ),
    code: 'manifest/bad-value',
    line: 6,
    column: 17,
    says: ['`trace.timezone`: Unknown time zone "Europe/Berln"', 'Did you mean "Europe/Berlin"']
  },
  {
    title: 'a misspelt trace format',
    text: lines(
      'version: 1',
      'runs:',
      '  - name: a',
      '    traces: log.csv',
      '    trace:',
      '      format: nvidia-smi-cvs' // the value starts at column 15
    ),
    code: 'manifest/bad-value',
    line: 6,
    column: 15,
    says: ['`trace.format`: unknown trace format "nvidia-smi-cvs"', 'expected one of', 'Did you mean "nvidia-smi-csv"']
  },
  {
    title: 'a misspelt trace format in flow style',
    text: lines('version: 1', 'runs:', '  - { name: a, traces: log.csv, trace: { format: codecarbn } }'),
    code: 'manifest/bad-value',
    line: 3,
    column: 50, // `codecarbn` in the flow map
    says: ['unknown trace format "codecarbn"', 'Did you mean "codecarbon"']
  },
  {
    // ISO 8601 offsets end at +-18:00; the trace reader refuses more, so the manifest must too.
    title: 'an offset beyond 18 hours',
    text: lines('version: 1', 'runs:', '  - name: a', '    traces: log.csv', '    trace:', '      timezone: "+20:00"'),
    code: 'manifest/bad-value',
    line: 6,
    column: 17,
    says: ['Unknown time zone "+20:00"', 'an offset such as +05:30']
  },
  {
    title: 'an empty run name',
    text: lines('version: 1', 'runs:', '  - name: ""', '    power: 1 kW', '    duration: 1 h'),
    code: 'manifest/bad-value',
    line: 3,
    column: 11,
    says: ['empty string']
  },
  {
    title: 'a run with neither duration nor traces',
    text: lines('version: 1', 'runs:', '  - power: 1 kW', '    name: a'),
    code: 'manifest/no-duration',
    line: 4,
    column: 5, // the run's `name` key
    says: ['Run "a" needs `duration`', '`traces`']
  },
  {
    title: 'an estimated run without hardware',
    text: lines('version: 1', 'runs:', '  - name: a', '    duration: 84 h', '    location: DE'),
    code: 'manifest/no-power-source',
    line: 3,
    column: 5,
    says: ['Run "a" is estimated', '`gpu`, `cpu`, `memory` or `power`']
  },
  {
    title: 'power together with gpu',
    text: lines(
      'version: 1',
      'runs:',
      '  - name: a',
      '    gpu: { model: V100, count: 8 }',
      '    power: 2 kW',
      '    duration: 1 h'
    ),
    code: 'manifest/power-overrides-hardware',
    severity: 'warning',
    line: 5,
    column: 12,
    says: ['`power` (2 kW)', 'replaces `gpu`']
  },
  {
    title: 'power in a run, gpu from defaults',
    text: lines(
      'version: 1',
      'defaults:',
      '  gpu: { model: V100 }',
      'runs:',
      '  - name: a',
      '    power: 2 kW',
      '    duration: 1 h'
    ),
    code: 'manifest/power-overrides-hardware',
    severity: 'warning',
    line: 6,
    column: 12,
    says: ['(`gpu` from `defaults`)']
  }
];

function find(diagnostics: Diagnostic[], row: Row): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === row.code && d.line === row.line && d.column === row.column);
}

describe('manifest diagnostics: code, position and message', () => {
  test.each(rows.map((row) => [row.title, row] as const))('%s', (_title, row) => {
    const { diagnostics } = parseManifest(
      'carbon-manifest.yml',
      row.text,
      row.maxBytes ? { maxBytes: row.maxBytes } : {}
    );
    const found = find(diagnostics, row);
    if (!found)
      throw new Error(
        `no ${row.code} at ${row.line}:${row.column}; got:\n${diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`
      );
    expect(found.file).toBe('carbon-manifest.yml');
    expect(found.severity).toBe(row.severity ?? 'error');
    for (const fragment of row.says) expect(found.message).toContain(fragment);
  });

  test('every code is exercised above', () => {
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(MANIFEST_CODES));
  });
});

describe('manifest/empty', () => {
  test.each(['', '# nothing yet\n', '\n\n   \n'])('is one diagnostic on one line: %j', (text) => {
    const { diagnostics } = parseManifest('carbon-manifest.yml', text);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['manifest/empty', 1, 1]]);
    expect(diagnostics[0].message).not.toMatch(/[\r\n]/);
  });
});

describe('a misspelt trace format is one error, and the run is not measured or estimated', () => {
  test('only the format error, at the format line', () => {
    const text = lines(
      'version: 1',
      'runs:',
      '  - name: a',
      '    gpu: { model: A100-SXM4-40GB, count: 1 }',
      '    duration: 1 h',
      '    location: DE',
      '    traces: log.csv',
      '    trace: { format: csvv }'
    );
    const { manifest, diagnostics } = parseManifest('carbon-manifest.yml', text);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['manifest/bad-value', 8]]);
    expect(manifest?.runs ?? []).toEqual([]);
  });
});

describe('one pass reports every problem', () => {
  const text = lines(
    'version: 1', // 1
    'defaults:', // 2
    '  pue: 0.5', // 3  col 8
    'runs:', // 4
    '  - name: a', // 5
    '    gpu: { model: T4, count: 0 }', // 6  col 30
    '    duration: 84', // 7  col 15
    '  - name: b', // 8
    '    power: 5 mW', // 9  col 12
    '    duraton: 1 h', // 10 col 5
    '  - name: a', // 11 col 11
    '    memory: 64 GB', // 12
    '    duration: 1 h' // 13
  );
  const { manifest, diagnostics } = parseManifest('m.yml', text);

  test('all of them, sorted by position', () => {
    expect(diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
      [3, 8, 'manifest/out-of-range'],
      [6, 30, 'manifest/out-of-range'],
      [7, 15, 'manifest/bad-unit'],
      [9, 12, 'manifest/bad-unit'],
      [10, 5, 'manifest/unknown-key'],
      [11, 11, 'manifest/duplicate-run']
    ]);
  });

  test('a misspelt key is the one error: run b gets no second "needs duration" error', () => {
    expect(diagnostics.filter((d) => d.code === 'manifest/no-duration')).toEqual([]);
  });

  test('an invalid default is reported once, not once per run', () => {
    expect(diagnostics.filter((d) => d.line === 3)).toHaveLength(1);
  });

  test('runs with errors (own or inherited) are left out of the manifest', () => {
    expect(manifest?.runs).toEqual([]);
  });
});

describe('size limit', () => {
  test('the default limit is 1 MiB', () => {
    const oneMiB = 1024 * 1024;
    const padding = '#'.repeat(oneMiB - 'version: 1\n'.length + 1);
    const tooLarge = parseManifest('m.yml', `version: 1\n${padding}`);
    expect(tooLarge.diagnostics.map((d) => d.code)).toEqual(['manifest/too-large']);
    const justFits = parseManifest('m.yml', `version: 1\n${padding.slice(1)}`);
    expect(justFits.diagnostics.map((d) => d.code)).not.toContain('manifest/too-large');
  });

  test.each([
    ['ascii', 'abc', 3],
    ['two-byte é', 'é', 2],
    ['three-byte €', '€', 3],
    ['four-byte emoji (a surrogate pair)', '😀', 4]
  ])('bytes are counted in UTF-8: %s', (_name, text, bytes) => {
    expect(exceedsBytes(text, bytes)).toBe(false);
    expect(exceedsBytes(text, bytes - 1)).toBe(true);
  });
});
