import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addEnergyByHour,
  HOUR_MS,
  parseIntensityCsv,
  seriesFromPoints,
  weightByHour
} from '../../src/core/intensity-series.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/intensity/${name}`, import.meta.url));
const read = (name: string): string => readFileSync(fixture(name), 'utf8');
const utc = (iso: string): number => Date.parse(iso);
const source = { name: 'test', licence: 'n/a' };

describe('parseIntensityCsv', () => {
  test.each([
    {
      name: 'plain timestamp,g/kWh file',
      file: 'hourly-de.csv',
      timezone: undefined,
      expected: [
        ['2024-03-01T00:00:00Z', 412],
        ['2024-03-01T01:00:00Z', 398],
        ['2024-03-01T02:00:00Z', 385.5],
        ['2024-03-01T03:00:00Z', 377],
        ['2024-03-01T04:00:00Z', 390],
        ['2024-03-01T05:00:00Z', 421]
      ] as [string, number][]
    },
    {
      // Electricity Maps exports both; life-cycle (LCA) is the API default and is preferred.
      name: 'Electricity Maps export layout, LCA column, CRLF',
      file: 'electricity-maps-export-fr.csv',
      timezone: undefined,
      expected: [
        ['2024-03-01T00:00:00Z', 44.1],
        ['2024-03-01T01:00:00Z', 43.0],
        ['2024-03-01T02:00:00Z', 45.8]
      ] as [string, number][]
    },
    {
      // kg/kWh x 1000 = g/kWh; four 15-minute readings average into their hour; local time +01:00.
      name: 'quarter-hourly kg/kWh in a zone',
      file: 'quarter-hourly-kg.csv',
      timezone: 'Europe/Berlin',
      expected: [
        ['2024-03-01T00:00:00Z', ((0.3 + 0.32 + 0.34 + 0.36) / 4) * 1000],
        ['2024-03-01T01:00:00Z', 0.2 * 1000]
      ] as [string, number][]
    },
    {
      name: 'headerless with offsets',
      file: 'headerless.csv',
      timezone: undefined,
      expected: [
        ['2024-02-29T23:00:00Z', 500],
        ['2024-03-01T00:00:00Z', 450]
      ] as [string, number][]
    }
  ])('$name', ({ file, timezone, expected }) => {
    const { series, diagnostics } = parseIntensityCsv(read(file), file, { timezone });
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(series.hourlyGPerKWh.size).toBe(expected.length);
    for (const [iso, value] of expected) expect(series.hourlyGPerKWh.get(utc(iso))).toBeCloseTo(value, 9);
  });

  test('reports each bad row with its line and column and keeps the good ones', () => {
    const { series, diagnostics } = parseIntensityCsv(read('bad-rows.csv'), 'bad-rows.csv');
    expect([...series.hourlyGPerKWh]).toEqual([
      [utc('2024-03-01T00:00:00Z'), 300],
      [utc('2024-03-01T05:00:00Z'), 280]
    ]);
    const found = diagnostics.map((d) => [d.code, d.line, d.column, d.severity]);
    expect(found).toEqual([
      ['intensity/missing-value', 3, 22, 'warning'],
      ['intensity/bad-timestamp', 4, 1, 'warning'],
      ['intensity/non-numeric', 5, 22, 'warning'],
      ['intensity/negative', 6, 22, 'warning'],
      ['intensity/implausible', 7, 22, 'warning'],
      ['intensity/duplicate-time', 8, 1, 'warning']
    ]);
    for (const d of diagnostics) expect(d.file).toBe('bad-rows.csv');
  });

  test('a diagnostic spans the cell at fault, as written', () => {
    const text = read('bad-rows.csv');
    const { diagnostics } = parseIntensityCsv(text, 'bad-rows.csv');
    const rows = text.split('\n');
    // The cell is the text between the commas of its line (the last one runs to the line's end).
    const span = (line: number, field: number) => {
      const cells = rows[line - 1].replace(/\r$/, '').split(',');
      const column = cells.slice(0, field).reduce((n, c) => n + c.length + 1, 0) + 1;
      return { line, column, endLine: line, endColumn: column + cells[field].length - 1 };
    };
    const at = (code: string) => {
      const d = diagnostics.find((x) => x.code === code);
      return d && { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
    };
    expect(at('intensity/bad-timestamp')).toEqual(span(4, 0));
    expect(at('intensity/non-numeric')).toEqual(span(5, 1));
    expect(at('intensity/negative')).toEqual(span(6, 1));
    expect(at('intensity/implausible')).toEqual(span(7, 1));
    // An empty cell has a start and no end.
    expect(at('intensity/missing-value')).toEqual({ line: 3, column: 22, endLine: undefined, endColumn: undefined });
  });

  test('a quoted cell spans its quotes, and blanks before the comma are left out', () => {
    const text = '"2024-03-01T01:00:00Z","-5"';
    const csv = `timestamp,g/kWh\n2024-03-01T00:00:00Z,300\n${text}  \n`;
    const { diagnostics } = parseIntensityCsv(csv, 'q.csv');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['intensity/negative', 3, text.indexOf('"-5"') + 1, 3, text.length]
    ]);
  });

  test.each([
    {
      name: 'no intensity column',
      text: 'timestamp,zone\n2024-01-01T00:00Z,DE\n',
      code: 'intensity/missing-column',
      hint: 'carbon_intensity'
    },
    {
      name: 'no time column',
      text: 'when,carbon_intensity\nx,1\n',
      code: 'intensity/missing-column',
      hint: 'timestamp'
    },
    {
      name: 'unknown unit',
      text: 'timestamp,intensity_mg_per_kwh\n2024-01-01T00:00Z,1\n',
      code: 'intensity/unknown-unit',
      hint: 'g/kWh'
    },
    { name: 'empty file', text: '\n\n', code: 'intensity/empty', hint: 'header' },
    { name: 'no usable row', text: 'timestamp,g/kWh\nnope,1\n', code: 'intensity/no-usable-rows', hint: 'skipped' },
    {
      name: 'bad timezone',
      text: 'timestamp,g/kWh\n2024-01-01T00:00,1\n',
      code: 'intensity/bad-timezone',
      hint: 'IANA',
      timezone: 'Mars/Olympus'
    }
  ])('error: $name', ({ text, code, hint, timezone }) => {
    const { series, diagnostics } = parseIntensityCsv(text, 'x.csv', { timezone });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toContain(code);
    expect(errors.find((d) => d.code === code)!.message).toContain(hint);
    expect(series.hourlyGPerKWh.size).toBe(0);
  });

  test.each([
    { header: 'gco2_per_kwh', value: '100', expected: 100 },
    { header: 'intensity (kgCO2e/kWh)', value: '0.25', expected: 0.25 * 1000 },
    { header: 'intensity t/MWh', value: '0.4', expected: 0.4 * 1000 },
    // 1 lb/MWh = 453.59237 g / 1000 kWh.
    { header: 'moer lbs_co2_per_mwh intensity', value: '900', expected: (900 * 453.59237) / 1000 }
  ])('unit from the header: $header', ({ header, value, expected }) => {
    const { series, diagnostics } = parseIntensityCsv(`timestamp,${header}\n2024-01-01T00:00Z,${value}\n`, 'u.csv');
    expect(diagnostics).toEqual([]);
    expect(series.hourlyGPerKWh.get(utc('2024-01-01T00:00Z'))).toBeCloseTo(expected, 9);
  });

  test('a value above the plausible maximum after conversion is dropped', () => {
    const { diagnostics } = parseIntensityCsv('timestamp,intensity kg/kWh\n2024-01-01T00:00Z,100\n', 'u.csv');
    expect(diagnostics.map((d) => d.code)).toEqual(['intensity/implausible', 'intensity/no-usable-rows']);
  });
});

describe('addEnergyByHour', () => {
  test.each([
    {
      // 2 kWh evenly over 00:30-02:30: a quarter, a half, a quarter.
      name: 'spans three hours',
      start: '2024-03-01T00:30:00Z',
      end: '2024-03-01T02:30:00Z',
      kWh: 2,
      expected: [
        ['2024-03-01T00:00:00Z', 2 * (30 / 120)],
        ['2024-03-01T01:00:00Z', 2 * (60 / 120)],
        ['2024-03-01T02:00:00Z', 2 * (30 / 120)]
      ] as [string, number][]
    },
    {
      name: 'inside one hour',
      start: '2024-03-01T05:10:00Z',
      end: '2024-03-01T05:20:00Z',
      kWh: 0.3,
      expected: [['2024-03-01T05:00:00Z', 0.3]] as [string, number][]
    },
    {
      name: 'instant',
      start: '2024-03-01T05:10:00Z',
      end: '2024-03-01T05:10:00Z',
      kWh: 0.1,
      expected: [['2024-03-01T05:00:00Z', 0.1]] as [string, number][]
    }
  ])('$name', ({ start, end, kWh, expected }) => {
    const map = new Map<number, number>();
    addEnergyByHour(map, utc(start), utc(end), kWh);
    expect(map.size).toBe(expected.length);
    for (const [iso, value] of expected) expect(map.get(utc(iso))).toBeCloseTo(value, 12);
  });
});

describe('weightByHour', () => {
  const h = (n: number): number => utc('2024-03-01T00:00:00Z') + n * HOUR_MS;
  const series = seriesFromPoints(
    [
      { timeMs: h(0), intensityGPerKWh: 300 },
      { timeMs: h(1), intensityGPerKWh: 100 }
    ],
    'test',
    source
  );

  test.each([
    {
      name: 'two covered hours and one fallback hour',
      energy: [
        [h(0), 1.0],
        [h(1), 2.0],
        [h(2), 0.5]
      ] as [number, number][],
      fallback: 400,
      emissionsKg: (1.0 * 300 + 2.0 * 100 + 0.5 * 400) / 1000,
      covered: (1.0 + 2.0) / (1.0 + 2.0 + 0.5),
      missing: [h(2)]
    },
    {
      name: 'all covered; a key inside the hour is read as that hour',
      energy: [
        [h(0) + 600_000, 4.0],
        [h(1), 1.0]
      ] as [number, number][],
      fallback: 999,
      emissionsKg: (4.0 * 300 + 1.0 * 100) / 1000,
      covered: 1,
      missing: []
    },
    {
      name: 'nothing covered',
      energy: [
        [h(5), 2.0],
        [h(3), 1.0]
      ] as [number, number][],
      fallback: 250,
      emissionsKg: (3.0 * 250) / 1000,
      covered: 0,
      missing: [h(3), h(5)]
    },
    { name: 'no energy', energy: [] as [number, number][], fallback: 250, emissionsKg: 0, covered: 1, missing: [] }
  ])('$name', ({ energy, fallback, emissionsKg, covered, missing }) => {
    const result = weightByHour(new Map(energy), series, fallback);
    expect(result.emissionsKg).toBeCloseTo(emissionsKg, 12);
    expect(result.coveredFraction).toBeCloseTo(covered, 12);
    expect(result.missingHours).toEqual(missing);
  });

  test('end to end: a file series weights a 90-minute, 3 kWh interval', () => {
    const { series: de } = parseIntensityCsv(read('hourly-de.csv'), 'hourly-de.csv');
    const energy = new Map<number, number>();
    addEnergyByHour(energy, utc('2024-03-01T01:30:00Z'), utc('2024-03-01T03:00:00Z'), 3);
    // 1 kWh in hour 01 (398 g/kWh), 2 kWh in hour 02 (385.5 g/kWh).
    const expectedKg = (1 * 398 + 2 * 385.5) / 1000;
    expect(weightByHour(energy, de, 500).emissionsKg).toBeCloseTo(expectedKg, 12);
  });
});
