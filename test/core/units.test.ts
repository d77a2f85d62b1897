import { readFileSync } from 'node:fs';
import {
  formatDuration,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatMemory,
  formatPower
} from '../../src/core/format.js';
import { KG_PER_LB, parseFraction, parseQuantity, parseQuantityDetail } from '../../src/core/units.js';
import type { QuantityKind, QuantityProblem } from '../../src/core/units.js';

// Exact definitions, written out here so that the expected values do not come from the code:
const LB_IN_KG = 0.45359237; // international pound, 1959
const J_PER_KWH = 1000 * 3600; // 1 kW for 1 h
const S_PER_MIN = 60;
const S_PER_H = 60 * 60;
const S_PER_D = 24 * S_PER_H;
const BYTES_PER_GB = 1e9; // decimal gigabyte, the base memory unit
const GIB = 2 ** 30;

/** Equal within rounding of a couple of floating-point operations. */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

const valid: [QuantityKind, unknown, number][] = [
  ['power', '400 W', 400],
  ['power', '400W', 400],
  ['power', ' 250 w ', 250],
  ['power', '1.2 kW', 1.2 * 1000],
  ['power', '1.2 kw', 1.2 * 1000],
  ['power', '1.2 KW', 1.2 * 1000],
  ['power', '3 MW', 3 * 1e6],
  ['power', '3 Mw', 3 * 1e6],
  ['power', '1e3 W', 1000],
  ['power', '+5 W', 5],
  ['power', '0 W', 0],
  ['power', '1515.43 W', 1515.43],
  ['energy', '500 kWh', 500],
  ['energy', '500 kwh', 500],
  ['energy', '500 KWH', 500],
  ['energy', '750 Wh', 750 / 1000],
  ['energy', '2 MWh', 2 * 1000],
  ['energy', '2 MWH', 2 * 1000],
  ['energy', '1 GWh', 1e6],
  ['energy', '7.2e6 J', 7.2e6 / J_PER_KWH],
  ['energy', '3600 kJ', (3600 * 1e3) / J_PER_KWH],
  ['energy', '36 MJ', (36 * 1e6) / J_PER_KWH],
  ['energy', '3.6 GJ', (3.6 * 1e9) / J_PER_KWH],
  ['duration', '84 h', 84 * S_PER_H],
  ['duration', '84 H', 84 * S_PER_H],
  ['duration', '90min', 90 * S_PER_MIN],
  ['duration', '1.5 d', 1.5 * S_PER_D],
  ['duration', '45 s', 45],
  ['duration', '45 sec', 45],
  ['duration', '2 hr', 2 * S_PER_H],
  ['duration', '3 hours', 3 * S_PER_H],
  ['duration', '2 days', 2 * S_PER_D],
  ['duration', '1 d 12 h', S_PER_D + 12 * S_PER_H],
  ['duration', '1h 30min', S_PER_H + 30 * S_PER_MIN],
  ['duration', 'PT84H', 84 * S_PER_H],
  ['duration', 'P1DT2H30M', S_PER_D + 2 * S_PER_H + 30 * S_PER_MIN],
  ['duration', 'P2W', 14 * S_PER_D],
  ['duration', 'pt1.5h', 1.5 * S_PER_H],
  ['duration', 'PT0,5H', 0.5 * S_PER_H],
  ['duration', 'PT90S', 90],
  ['mass', '500 kg', 500],
  ['mass', '500 KG', 500],
  ['mass', '1.2 t', 1.2 * 1000],
  ['mass', '2 tonnes', 2 * 1000],
  ['mass', '250 g', 250 / 1000],
  ['mass', '1400 lb', 1400 * LB_IN_KG],
  ['mass', '1400 lbs', 1400 * LB_IN_KG],
  ['mass', '500 kgCO2e', 500],
  ['mass', '1 t CO2e', 1000],
  ['mass', '1438 lb CO2eq', 1438 * LB_IN_KG],
  ['intensity', '432 g/kWh', 432],
  ['intensity', '432 gCO2/kWh', 432],
  ['intensity', '432 gCO2e/kWh', 432],
  ['intensity', '432 gCO2eq/kWh', 432],
  ['intensity', '432 g CO2e per kWh', 432],
  ['intensity', '0.432 kg/kWh', 0.432 * 1000],
  ['intensity', '0.954 lb/kWh', 0.954 * LB_IN_KG * 1000],
  ['intensity', '954 lb/MWh', (954 * LB_IN_KG * 1000) / 1000],
  ['intensity', '1 lb/MWh', LB_IN_KG], // 1 lb/MWh = 453.59237 g / 1000 kWh
  ['intensity', '0.4 t/MWh', (0.4 * 1e6) / 1000],
  ['memory', '512 GB', 512],
  ['memory', '2 gb', 2],
  ['memory', '64 GiB', (64 * GIB) / BYTES_PER_GB],
  ['memory', '1 TB', 1000],
  ['memory', '1 TiB', 2 ** 40 / BYTES_PER_GB],
  ['memory', '512 MB', (512 * 1e6) / BYTES_PER_GB],
  ['memory', '512 MiB', (512 * 2 ** 20) / BYTES_PER_GB]
];

describe('parseQuantity converts exactly to the base unit', () => {
  test.each(valid)('%s %j', (kind, input, expected) => {
    const parsed = parseQuantity(kind, input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expectClose(parsed.value, expected);
  });
});

const invalid: [QuantityKind, unknown, QuantityProblem, string][] = [
  ['power', 400, 'missing-unit', 'a bare number is ambiguous'],
  ['power', '400', 'missing-unit', 'has no unit'],
  ['power', '5 mW', 'unit', 'milliwatts are not supported; for megawatts write "MW"'],
  ['power', '5 mw', 'unit', 'milliwatts are not supported'],
  ['power', '4 Wh', 'unit', '"Wh" is an energy unit, not a power unit'],
  ['power', '4 parsecs', 'unit', '"parsecs" is not a power unit'],
  ['power', '-4 W', 'range', 'cannot be negative'],
  ['power', -4, 'range', 'cannot be negative'],
  ['power', 'NaN W', 'range', 'NaN'],
  ['power', Number.NaN, 'range', 'NaN'],
  ['power', Number.POSITIVE_INFINITY, 'range', 'infinite'],
  ['power', '1e400 W', 'range', 'infinite'],
  ['power', true, 'type', 'got true'],
  ['power', null, 'type', 'got nothing'],
  ['power', '', 'type', 'empty'],
  ['power', 'four W', 'syntax', 'not a number followed by a unit'],
  ['energy', '2 mWh', 'unit', 'milliwatt-hours are not supported'],
  ['energy', '2 mwh', 'unit', 'for megawatt-hours write "MWh"'],
  ['energy', '3 mJ', 'unit', 'millijoules'],
  ['energy', '1,5 kWh', 'syntax', 'decimal separator'],
  ['duration', '84', 'missing-unit', 'has no unit'],
  ['duration', 84, 'missing-unit', 'a bare number is ambiguous'],
  ['duration', '5 m', 'unit', 'ambiguous (minutes or months?)'],
  ['duration', '1h30m', 'unit', 'write "min" for minutes'],
  ['duration', 'P1M', 'unit', 'years and months have no fixed length'],
  ['duration', 'P1Y', 'unit', 'years and months'],
  ['duration', 'PT', 'syntax', 'not an ISO 8601 duration'],
  ['duration', 'P', 'syntax', 'not an ISO 8601 duration'],
  ['duration', '-2 h', 'range', 'cannot be negative'],
  ['duration', '2 W', 'unit', '"W" is a power unit, not a duration unit'],
  ['mass', '2 tons', 'unit', 'ambiguous (short, long or metric?)'],
  ['mass', '5 mg', 'unit', 'milligrams are not supported'],
  ['mass', '500', 'missing-unit', 'has no unit'],
  ['intensity', '432 g', 'unit', 'a grid intensity is a mass per energy'],
  ['intensity', '432', 'missing-unit', 'has no unit'],
  ['intensity', '0.954 lb/mWh', 'unit', 'milliwatt-hours'],
  ['memory', '5 mb', 'unit', 'for megabytes write "MB"'],
  ['memory', '512', 'missing-unit', 'has no unit']
];

describe('parseQuantity refuses what is not a quantity, and says why', () => {
  test.each(invalid)('%s %j -> %s', (kind, input, problem, fragment) => {
    const detail = parseQuantityDetail(kind, input);
    expect(detail.ok).toBe(false);
    if (detail.ok) return;
    expect(detail.problem).toBe(problem);
    expect(detail.hint).toContain(fragment);
    const parsed = parseQuantity(kind, input);
    expect(parsed).toEqual({ ok: false, expected: `${detail.expected} (${detail.hint})` });
  });

  test.each([
    ['power', 'a power with a unit, such as "400 W" or "1.2 kW"'],
    ['duration', 'a duration with a unit, such as "84 h", "90 min", "1.5 d" or "PT84H"'],
    ['mass', 'a mass with a unit, such as "500 kg", "1.2 t" or "1400 lb"']
  ] as [QuantityKind, string][])('%s: the message says what was expected', (kind, expected) => {
    const parsed = parseQuantity(kind, 12);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.expected.startsWith(expected)).toBe(true);
  });
});

test('KG_PER_LB is the international pound', () => {
  expect(KG_PER_LB).toBe(LB_IN_KG);
});

describe('parseFraction', () => {
  test.each([
    ['80%', 80 / 100],
    ['12.5 %', 12.5 / 100],
    ['100%', 1],
    ['0%', 0],
    [0.8, 0.8],
    ['0.8', 0.8],
    [1, 1],
    [0, 0]
  ] as [unknown, number][])('%j -> %d', (input, expected) => {
    expect(parseFraction(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    [80, 'for 80 percent write "80%"'],
    ['150%', 'got 150%'],
    [-0.1, 'got -0.1'],
    ['x', 'got "x"'],
    [true, 'got true'],
    [null, 'got nothing'],
    [Number.NaN, 'got NaN']
  ] as [unknown, string][])('%j is refused', (input, fragment) => {
    const parsed = parseFraction(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.expected).toContain('a fraction between 0 and 1, or a percentage such as "80%"');
      expect(parsed.expected).toContain(fragment);
    }
  });
});

/** The formatter of each kind (src/core/format.ts; its own rules are tested in format.test.ts). */
const FORMAT: Record<QuantityKind, (value: number) => string> = {
  power: formatPower,
  energy: formatEnergy,
  duration: formatDuration,
  mass: formatMass,
  intensity: formatIntensity,
  memory: formatMemory
};

describe('formatted quantities parse back', () => {
  test.each(valid)('%s %j', (kind, _input, expected) => {
    const text = FORMAT[kind](expected);
    const back = parseQuantity(kind, text);
    expect(back.ok).toBe(true);
    // formatting rounds to three significant digits: within half a unit of the third digit
    if (back.ok) expect(Math.abs(back.value - expected)).toBeLessThanOrEqual(5e-3 * Math.abs(expected));
  });
});

/**
 * The JSON Schema's unit patterns must accept what the parser accepts and refuse the unit
 * mistakes it refuses, or editors would flag valid manifests (or miss bad ones).
 */
describe('the schema patterns agree with the parser', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../schema/carbon-manifest.schema.json', import.meta.url), 'utf8')
  ) as {
    $defs: Record<string, { pattern: string }>;
  };
  const pattern = (kind: QuantityKind): RegExp => new RegExp(schema.$defs[kind].pattern, 'u');

  test.each(valid.filter(([, input]) => typeof input === 'string'))('schema accepts %s %j', (kind, input) => {
    expect(pattern(kind).test(input as string)).toBe(true);
  });

  // A regular expression cannot see that 1e400 overflows to Infinity; the parser refuses it.
  const refusable = invalid.filter(
    ([, input, problem]) => typeof input === 'string' && problem !== 'type' && input !== '1e400 W'
  );
  test.each(refusable)('schema refuses %s %j', (kind, input) => {
    expect(pattern(kind).test(input as string)).toBe(false);
  });
});
