/**
 * Quantities with units: every power, energy, duration, mass, grid intensity and memory size a
 * user writes is converted here, exactly, to the base unit named in the model (`powerW`,
 * `energyKWh`, `durationS`, `emissionsKg`, `intensityGPerKWh`, `memoryGB`).
 *
 * Rules, chosen so that a typo never becomes a plausible number:
 * - A bare number where a unit is needed is an error, not a guess.
 * - Negative, NaN and infinite values are refused.
 * - Unit symbols are case-insensitive (`kwh`, `KWH`), except that `M` (mega) and `m` (milli)
 *   differ: `MW` is megawatts, `mW` would be milliwatts, which no training run is measured in, so
 *   any lower-case `m` prefix is refused with a hint instead of being read as mega.
 * - `m` alone is not a duration unit (minutes or months?); write `min`.
 * - ISO 8601 durations with years or months are refused: they have no fixed length.
 */
import { excerpt } from './excerpt.js';

/** The kinds of quantity a manifest or config may give. */
export type QuantityKind = 'power' | 'energy' | 'duration' | 'mass' | 'intensity' | 'memory';

/** Result of parsing a quantity: the value in the base unit, or what was expected instead. */
export type Parsed = { ok: true; value: number } | { ok: false; expected: string };

/** Why a quantity was refused, so callers can pick a diagnostic code (unit vs range vs type). */
export type QuantityProblem =
  /** Not a number or a string at all (boolean, mapping, list, empty). */
  | 'type'
  /** A number without a unit where a unit is needed. */
  | 'missing-unit'
  /** A unit this kind does not know (or a unit of another kind). */
  | 'unit'
  /** Text that is not "number unit". */
  | 'syntax'
  /** Negative, NaN or infinite. */
  | 'range';

/** Detailed result: like {@link Parsed}, plus the problem class and a specific hint. */
export type ParsedDetail =
  { ok: true; value: number } | { ok: false; problem: QuantityProblem; expected: string; hint?: string };

/** One pound (avoirdupois) in kilograms, exact by the 1959 international yard and pound agreement. */
export const KG_PER_LB = 0.45359237;

/** Joules in one kilowatt-hour, exact by definition (1000 W x 3600 s). */
export const J_PER_KWH = 3.6e6;

/** Bytes in the decimal gigabyte, the base memory unit (DRAM power is quoted per GB). */
const BYTES_PER_GB = 1e9;

/**
 * A unit as a ratio to the base unit: value_in_base = value * mul / div. Two factors rather than
 * one so that e.g. joules divide by 3.6e6 exactly as the definition reads, instead of multiplying
 * by a rounded reciprocal.
 */
interface UnitFactor {
  symbol: string;
  mul: number;
  div: number;
}

function unit(symbol: string, mul: number, div = 1): UnitFactor {
  return { symbol, mul, div };
}

/**
 * Tables keyed by the lookup key of {@link prefixKey}: lower case, except a leading `M` which
 * stays upper case (mega). Values are factors to the base unit.
 */
const POWER_UNITS: Record<string, UnitFactor> = {
  w: unit('W', 1),
  kw: unit('kW', 1e3),
  Mw: unit('MW', 1e6)
};

const ENERGY_UNITS: Record<string, UnitFactor> = {
  wh: unit('Wh', 1, 1e3),
  kwh: unit('kWh', 1),
  Mwh: unit('MWh', 1e3),
  gwh: unit('GWh', 1e6),
  j: unit('J', 1, J_PER_KWH),
  kj: unit('kJ', 1e3, J_PER_KWH),
  Mj: unit('MJ', 1e6, J_PER_KWH),
  gj: unit('GJ', 1e9, J_PER_KWH)
};

const MASS_UNITS: Record<string, UnitFactor> = {
  g: unit('g', 1, 1e3),
  kg: unit('kg', 1),
  t: unit('t', 1e3),
  tonne: unit('t', 1e3),
  tonnes: unit('t', 1e3),
  lb: unit('lb', KG_PER_LB),
  lbs: unit('lb', KG_PER_LB),
  pound: unit('lb', KG_PER_LB),
  pounds: unit('lb', KG_PER_LB)
};

const MEMORY_UNITS: Record<string, UnitFactor> = {
  Mb: unit('MB', 1e6, BYTES_PER_GB),
  gb: unit('GB', 1),
  tb: unit('TB', 1e3),
  Mib: unit('MiB', 2 ** 20, BYTES_PER_GB),
  gib: unit('GiB', 2 ** 30, BYTES_PER_GB),
  tib: unit('TiB', 2 ** 40, BYTES_PER_GB)
};

/** Duration words are matched fully case-insensitively (no prefixes to confuse). */
const DURATION_UNITS: Record<string, UnitFactor> = {
  s: unit('s', 1),
  sec: unit('s', 1),
  secs: unit('s', 1),
  second: unit('s', 1),
  seconds: unit('s', 1),
  min: unit('min', 60),
  mins: unit('min', 60),
  minute: unit('min', 60),
  minutes: unit('min', 60),
  h: unit('h', 3600),
  hr: unit('h', 3600),
  hrs: unit('h', 3600),
  hour: unit('h', 3600),
  hours: unit('h', 3600),
  d: unit('d', 86400),
  day: unit('d', 86400),
  days: unit('d', 86400)
};

/** Milli-prefixed symbols people may type, with what they most likely meant. */
const MILLI_HINTS: Record<string, string> = {
  mw: 'milliwatts are not supported; for megawatts write "MW"',
  mwh: 'milliwatt-hours are not supported; for megawatt-hours write "MWh"',
  mj: 'millijoules are not supported; for megajoules write "MJ"',
  mg: 'milligrams are not supported; write "g", "kg", "t" or "lb"',
  mb: 'a lower-case "m" means milli; for megabytes write "MB"',
  mib: 'a lower-case "m" means milli; for mebibytes write "MiB"'
};

/** Spellings refused on purpose, with the reason. */
const AMBIGUOUS_HINTS: Record<string, string> = {
  m: '"m" is ambiguous (minutes or months?); write "min" for minutes',
  ton: '"ton" is ambiguous (short, long or metric?); write "t" or "tonne" for 1000 kg',
  tons: '"tons" is ambiguous (short, long or metric?); write "t" or "tonne" for 1000 kg'
};

/** What each kind expects, as shown after "expected". */
const EXPECTED: Record<QuantityKind, string> = {
  power: 'a power with a unit, such as "400 W" or "1.2 kW"',
  energy: 'an energy with a unit, such as "2 MWh" or "500 kWh"',
  duration: 'a duration with a unit, such as "84 h", "90 min", "1.5 d" or "PT84H"',
  mass: 'a mass with a unit, such as "500 kg", "1.2 t" or "1400 lb"',
  intensity: 'a grid intensity with a unit, such as "432 gCO2e/kWh" or "0.954 lb/kWh"',
  memory: 'a memory size with a unit, such as "512 GB" or "64 GiB"'
};

/** Human name of each kind, for "is a power unit, not a duration unit" hints. */
const KIND_NOUN: Record<QuantityKind, string> = {
  power: 'power',
  energy: 'energy',
  duration: 'duration',
  mass: 'mass',
  intensity: 'grid intensity',
  memory: 'memory size'
};

/** The noun with its article: "an energy", "a power". */
function aKind(kind: QuantityKind): string {
  return `${/^[aeiou]/.test(KIND_NOUN[kind]) ? 'an' : 'a'} ${KIND_NOUN[kind]}`;
}

/**
 * A table's entry for a symbol someone wrote, own keys only: `400 constructor` names no unit,
 * whatever Object's prototype holds.
 */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Lookup key for SI-prefixed symbols: lower case, except a leading `M`, which means mega and
 * must not fold into `m` (milli).
 */
function prefixKey(symbol: string): string {
  if (symbol.length > 1 && symbol[0] === 'M') return 'M' + symbol.slice(1).toLowerCase();
  return symbol.toLowerCase();
}

/** Matches "CO2", "CO2e", "CO2eq", "CO2-eq", "CO₂e" at the end of a mass symbol (case-insensitive). */
const CO2_SUFFIX = /co(?:2|₂)(?:e|eq|-e|-eq)?$/i;

/**
 * The symbol without a CO2 marker and the blanks before it (`kg CO2e` → `kg`). The blanks are
 * trimmed here rather than matched by `\s*` in the pattern, which, tried at every blank of a long
 * run, is quadratic.
 */
function withoutCo2(symbol: string): string {
  const m = CO2_SUFFIX.exec(symbol);
  return m ? symbol.slice(0, m.index).trimEnd() : symbol;
}

/** Looks up a mass symbol, allowing a CO2 marker (`kgCO2e`, `t CO2e`, `lb CO2`). */
function massUnit(symbol: string): UnitFactor | undefined {
  const bare = withoutCo2(symbol);
  if (bare === '') return undefined;
  return own(MASS_UNITS, prefixKey(bare));
}

const isBlank = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * Splits an intensity symbol at `/` and at a blank-separated `per`, dropping the blanks around
 * each separator: what `split(/\s*\/\s*|\s+per\s+/i)` gives, found in one pass (the regex retries
 * a long run of blanks from each of its blanks, which is quadratic).
 */
function splitPer(symbol: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  const n = symbol.length;
  while (i < n) {
    let j = i;
    while (isBlank(symbol[j])) j++;
    let end = -1;
    if (symbol[j] === '/') end = j + 1;
    else if (j > i && symbol.slice(j, j + 3).toLowerCase() === 'per' && isBlank(symbol[j + 3])) end = j + 3;
    if (end < 0) {
      // No separator starts anywhere in this run of blanks, nor at the character after it.
      i = j > i ? j + 1 : i + 1;
      continue;
    }
    while (isBlank(symbol[end])) end++;
    parts.push(symbol.slice(start, i));
    start = i = end;
  }
  parts.push(symbol.slice(start));
  return parts;
}

/** Intensity = mass / energy, in g/kWh: any supported mass over any supported energy. */
function intensityUnit(symbol: string): UnitFactor | undefined {
  const parts = splitPer(symbol);
  if (parts.length !== 2) return undefined;
  const mass = massUnit(parts[0]);
  const energy = own(ENERGY_UNITS, prefixKey(parts[1]));
  if (!mass || !energy) return undefined;
  // g/kWh = (kg per mass unit x 1000) / (kWh per energy unit)
  return unit(`${mass.symbol}/${energy.symbol}`, mass.mul * 1000 * energy.div, mass.div * energy.mul);
}

/** Finds a unit of the given kind, or undefined. */
function lookupUnit(kind: QuantityKind, symbol: string): UnitFactor | undefined {
  switch (kind) {
    case 'power':
      return own(POWER_UNITS, prefixKey(symbol));
    case 'energy':
      return own(ENERGY_UNITS, prefixKey(symbol));
    case 'mass':
      return massUnit(symbol);
    case 'memory':
      return own(MEMORY_UNITS, prefixKey(symbol));
    case 'duration':
      return own(DURATION_UNITS, symbol.toLowerCase());
    case 'intensity':
      return intensityUnit(symbol);
  }
}

const KINDS: QuantityKind[] = ['power', 'energy', 'duration', 'mass', 'intensity', 'memory'];

/** Explains why a symbol is not a unit of `kind`: milli, ambiguous, or a unit of another kind. */
function unitHint(kind: QuantityKind, symbol: string): string {
  const bare = kind === 'intensity' ? (splitPer(symbol).pop() ?? symbol) : withoutCo2(symbol);
  const milli = own(MILLI_HINTS, bare.toLowerCase());
  if (milli && bare[0] === 'm') return `"${excerpt(bare)}": ${milli}`;
  const ambiguous = own(AMBIGUOUS_HINTS, bare.toLowerCase());
  // "m" is only ambiguous where minutes are plausible; elsewhere it is simply not a unit.
  if (ambiguous && (bare.toLowerCase() !== 'm' || kind === 'duration')) return ambiguous;
  for (const other of KINDS) {
    if (other !== kind && lookupUnit(other, symbol)) {
      if (kind === 'intensity' && other === 'mass')
        return `"${excerpt(symbol)}" is a mass; a grid intensity is a mass per energy, such as "g/kWh"`;
      return `"${excerpt(symbol)}" is ${aKind(other)} unit, not ${aKind(kind)} unit`;
    }
  }
  return `"${excerpt(symbol)}" is not ${aKind(kind)} unit`;
}

/** A decimal number: digits with an optional fraction and exponent, and an optional sign. */
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NUMBER_THEN_UNIT = new RegExp(String.raw`^(${NUMBER})\s*([^\d\s+.-].*)?$`);
/** One term of a compound duration such as "1 d 2 h 30 min". */
const DURATION_TERM = new RegExp(String.raw`(${NUMBER})\s*([a-zA-Z]+)\s*`, 'y');

function fail(kind: QuantityKind, problem: QuantityProblem, hint?: string): ParsedDetail {
  return hint === undefined
    ? { ok: false, problem, expected: EXPECTED[kind] }
    : { ok: false, problem, expected: EXPECTED[kind], hint };
}

/** Refuses NaN, infinities and negatives; `undefined` means the number is acceptable. */
function rangeProblem(kind: QuantityKind, value: number): ParsedDetail | undefined {
  if (Number.isNaN(value)) return fail(kind, 'range', 'NaN is not a quantity');
  if (!Number.isFinite(value)) return fail(kind, 'range', 'an infinite value is not a quantity');
  if (value < 0) return fail(kind, 'range', `${aKind(kind)} cannot be negative`);
  return undefined;
}

/**
 * A quantity converted to its base unit, refused where the conversion overflows: `1e308 MW` is a
 * finite number of megawatts but no number of watts, and an infinite power must not reach a sum.
 */
function finiteValue(kind: QuantityKind, text: string, value: number): ParsedDetail {
  if (Number.isFinite(value)) return { ok: true, value };
  return fail(kind, 'range', `"${text}" is too large: in ${BASE_UNIT[kind]} it exceeds the largest number there is`);
}

/** The base unit of each kind, as the parsers return it. */
const BASE_UNIT: Record<QuantityKind, string> = {
  power: 'W',
  energy: 'kWh',
  duration: 's',
  mass: 'kg',
  intensity: 'g/kWh',
  memory: 'GB'
};

/** Calendar designators and their length in seconds; Y and M (months) have none. */
const ISO_DATE_PART = /^(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?$/;
const ISO_TIME_PART = /^(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?$/;

function isoNumber(text: string | undefined): number {
  return text === undefined ? 0 : Number(text.replace(',', '.'));
}

/** Parses an ISO 8601 duration (`PT84H`, `P1DT2H30M`, `P2W`), case-insensitively. */
function parseIsoDuration(text: string): ParsedDetail {
  const upper = text.toUpperCase();
  const [datePart, timePart, ...rest] = upper.slice(1).split('T');
  const date = ISO_DATE_PART.exec(datePart);
  const time = timePart === undefined ? [] : ISO_TIME_PART.exec(timePart);
  if (rest.length > 0 || !date || !time || upper === 'P' || timePart === '' || upper.endsWith('T')) {
    return fail('duration', 'syntax', `"${excerpt(text)}" is not an ISO 8601 duration such as "PT84H" or "P1DT2H30M"`);
  }
  if (date[1] !== undefined || date[2] !== undefined) {
    return fail(
      'duration',
      'unit',
      `"${excerpt(text)}": years and months have no fixed length; give days, e.g. "P30D"`
    );
  }
  const seconds =
    isoNumber(date[3]) * 604800 +
    isoNumber(date[4]) * 86400 +
    isoNumber(time[1]) * 3600 +
    isoNumber(time[2]) * 60 +
    isoNumber(time[3]);
  return rangeProblem('duration', seconds) ?? { ok: true, value: seconds };
}

/** Parses "1 d 2 h 30 min" (one or more number-unit terms) into seconds. */
function parseDurationText(text: string): ParsedDetail {
  if (/^[pP]/.test(text)) return parseIsoDuration(text);
  DURATION_TERM.lastIndex = 0;
  let total = 0;
  let terms = 0;
  let match: RegExpExecArray | null;
  while (DURATION_TERM.lastIndex < text.length && (match = DURATION_TERM.exec(text)) !== null) {
    const value = Number(match[1]);
    const bad = rangeProblem('duration', value);
    if (bad) return bad;
    const factor = own(DURATION_UNITS, match[2].toLowerCase());
    if (!factor) return fail('duration', 'unit', unitHint('duration', match[2]));
    total += (value * factor.mul) / factor.div;
    terms++;
  }
  if (terms > 0 && DURATION_TERM.lastIndex === text.length) return finiteValue('duration', text, total);
  return parseSimple('duration', text);
}

/** Parses "number unit" for every kind (and reports duration text that is not a term list). */
function parseSimple(kind: QuantityKind, text: string): ParsedDetail {
  const match = NUMBER_THEN_UNIT.exec(text);
  if (!match) {
    if (/^[+-]?(?:nan|\.nan|inf|\.inf|infinity)\b/i.test(text))
      return fail(kind, 'range', 'NaN and infinities are not quantities');
    return fail(kind, 'syntax', `"${excerpt(text)}" is not a number followed by a unit`);
  }
  const value = Number(match[1]);
  const bad = rangeProblem(kind, value);
  if (bad) return bad;
  const symbol = match[2]?.trim();
  if (!symbol) return fail(kind, 'missing-unit', `"${excerpt(text)}" has no unit`);
  if (symbol.startsWith(','))
    return fail(
      kind,
      'syntax',
      `"${excerpt(text)}": write the decimal separator as a point, e.g. "1.5", and no thousands separator`
    );
  const factor = lookupUnit(kind, symbol);
  if (!factor) return fail(kind, 'unit', unitHint(kind, symbol));
  return finiteValue(kind, text, (value * factor.mul) / factor.div);
}

/**
 * Parses a quantity and says precisely why it was refused. `input` is what YAML produced: a
 * string such as "400 W", or a number (which is refused for lacking a unit).
 */
export function parseQuantityDetail(kind: QuantityKind, input: unknown): ParsedDetail {
  if (typeof input === 'number') {
    return rangeProblem(kind, input) ?? fail(kind, 'missing-unit', `${input} has no unit; a bare number is ambiguous`);
  }
  if (typeof input !== 'string') return fail(kind, 'type', `got ${describeValue(input)}`);
  const text = input.trim();
  if (text === '') return fail(kind, 'type', 'got an empty string');
  return kind === 'duration' ? parseDurationText(text) : parseSimple(kind, text);
}

/** value in the base unit: power W, energy kWh, duration s, mass kg, intensity g/kWh, memory GB */
export function parseQuantity(kind: QuantityKind, input: unknown): Parsed {
  const detail = parseQuantityDetail(kind, input);
  if (detail.ok) return detail;
  return { ok: false, expected: detail.hint ? `${detail.expected} (${detail.hint})` : detail.expected };
}

const FRACTION_EXPECTED = 'a fraction between 0 and 1, or a percentage such as "80%"';

/** "80%" or 0.8 -> 0.8. Accepts 0..1 (or 0%..100%); callers that need > 0 check it themselves. */
export function parseFraction(input: unknown): Parsed {
  let value: number;
  let percent = false;
  if (typeof input === 'number') {
    value = input;
  } else if (typeof input === 'string') {
    // `\s*(?:(%)\s*)?$`, not `\s*(%?)\s*$`: two adjacent `\s*` split a long run of blanks every way.
    const match = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:(%)\s*)?$`).exec(input);
    if (!match) return { ok: false, expected: `${FRACTION_EXPECTED} (got "${excerpt(input)}")` };
    value = Number(match[1]);
    percent = match[2] === '%';
  } else {
    return { ok: false, expected: `${FRACTION_EXPECTED} (got ${describeValue(input)})` };
  }
  if (!Number.isFinite(value)) return { ok: false, expected: `${FRACTION_EXPECTED} (got ${value})` };
  if (percent) {
    if (value < 0 || value > 100) return { ok: false, expected: `${FRACTION_EXPECTED} (got ${value}%)` };
    return { ok: true, value: value / 100 };
  }
  if (value < 0 || value > 1) {
    const hint = value > 1 && value <= 100 ? `; for ${value} percent write "${value}%"` : '';
    return { ok: false, expected: `${FRACTION_EXPECTED} (got ${value}${hint})` };
  }
  return { ok: true, value };
}

/** Describes a non-quantity input for messages: "true", "a list", "a mapping", "nothing". */
export function describeValue(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `"${excerpt(input)}"`;
  return String(input);
}
