/**
 * Which column (CSV header or JSON key) of a generic log holds the time, the power, the energy
 * and the device, and in which unit. Names are matched case-insensitively with their unit taken
 * from brackets (`power [W]`, `energy (kWh)`) or a suffix (`power_mw`, `energy_kwh`,
 * `timestamp_ms`); a `columns` map in the manifest overrides the guess.
 */
import { excerpt, excerptList } from '../excerpt.js';
import { closestNames, didYouMean } from '../suggest.js';
import type { EpochUnit } from './timestamps.js';

/** Our names for the roles a column can play; the keys of a `columns` map. */
export const ROLES = ['timestamp', 'power', 'energy', 'device'] as const;
/** A role a column can play. */
export type Role = (typeof ROLES)[number];

/** Multipliers to W. */
const POWER_UNITS: Record<string, number> = {
  w: 1,
  watt: 1,
  watts: 1,
  mw: 1e-3,
  milliwatts: 1e-3,
  kw: 1e3,
  kilowatts: 1e3,
  uw: 1e-6,
  µw: 1e-6
};
/** Multipliers to J. */
const ENERGY_UNITS: Record<string, number> = {
  j: 1,
  joule: 1,
  joules: 1,
  mj: 1e-3,
  millijoules: 1e-3,
  uj: 1e-6,
  µj: 1e-6,
  microjoules: 1e-6,
  kj: 1e3,
  wh: 3600,
  kwh: 3.6e6,
  mwh: 3.6e9,
  ws: 1
};
const TIME_UNITS: Record<string, EpochUnit> = {
  s: 's',
  sec: 's',
  secs: 's',
  seconds: 's',
  ms: 'ms',
  millis: 'ms',
  milliseconds: 'ms',
  us: 'us',
  µs: 'us',
  micros: 'us',
  ns: 'ns',
  nanos: 'ns'
};

const TIME_NAMES = new Set([
  'timestamp',
  'time',
  'datetime',
  'date_time',
  'ts',
  'date',
  'epoch',
  'unix_time',
  'unixtime',
  'time_utc',
  'timestamp_utc',
  'utc',
  'sample_time',
  'sampled_at',
  'at',
  'elapsed',
  'elapsed_time',
  'seconds',
  't'
]);
const POWER_NAMES = new Set([
  'power',
  'watts',
  'watt',
  'power_draw',
  'powerdraw',
  'power.draw',
  'power_usage',
  'draw',
  'gpu_power',
  'total_power',
  'node_power',
  'power_consumption'
]);
const ENERGY_NAMES = new Set([
  'energy',
  'energy_consumed',
  'total_energy',
  'total_energy_consumption',
  'energy_total',
  'cumulative_energy',
  'joules',
  'energy_counter'
]);
/** Device columns, host-like first: a key joins every one present (`node-3/0`). */
const HOST_NAMES = ['host', 'hostname', 'node', 'nodename', 'node_name', 'machine', 'instance', 'server'];
const DEVICE_NAMES = [
  'device',
  'device_id',
  'gpu',
  'gpu_id',
  'gpu_index',
  'index',
  'idx',
  'uuid',
  'gpu_uuid',
  'id',
  'card',
  'channel',
  'meter',
  'domain'
];

/**
 * A unit table's entry for a name from the file, own keys only: a column called `constructor` or
 * `__proto__` is an unknown unit, not Object's.
 */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The base and unit of a trimmed header that ends in a bracketed unit, `power [W]` or
 * `energy (kWh)`: what `/^(.*?)\s*[[(]\s*([^\])]+?)\s*[\])]\s*$/` captures, found by scanning instead,
 * in linear time (the regex backtracks quadratically over a header of a million brackets). The
 * unit opens at the first `[` or `(` after the last `]` or `)` before the closing one, and is
 * what it holds without surrounding blanks (a blank where it holds only blanks).
 */
function bracketedUnit(t: string): { base: string; unit: string } | undefined {
  const end = t.length - 1;
  if (end < 0 || (t[end] !== ']' && t[end] !== ')')) return undefined;
  let open = -1;
  for (let i = end - 1; i >= 0; i--) {
    const c = t[i];
    if (c === ']' || c === ')') break;
    if (c === '[' || c === '(') open = i;
  }
  if (open < 0 || open === end - 1) return undefined;
  const base = t.slice(0, open).trimEnd();
  // `.` in the regex stops at a line break, so a base that holds one did not match.
  if (/[\n\r\u2028\u2029]/.test(base)) return undefined;
  const inner = t.slice(open + 1, end);
  const unit = inner.trim();
  return { base, unit: unit === '' ? inner[inner.length - 1] : unit };
}

/** A header name split into its base name and unit. */
export interface NamedUnit {
  base: string;
  unit: string | undefined;
}

/**
 * Splits `power [W]`, `energy (kWh)`, `power_mw`, `Energy.kWh` into a lower-case base name and a
 * unit. A bracketed unit keeps its case so `MJ` (mega) and `mJ` (milli) stay apart; a suffix is
 * read lower-case (`_mj` is millijoules, the snake-case convention of NVML logs).
 */
export function splitNameUnit(header: string): NamedUnit {
  const trimmed = header.trim();
  const br = bracketedUnit(trimmed);
  if (br) return { base: br.base.toLowerCase(), unit: br.unit };
  const lower = trimmed.toLowerCase();
  // A column named only by its unit: `kWh`, `joules`.
  if (lower.length > 1 && own(ENERGY_UNITS, lower) !== undefined) return { base: 'energy', unit: lower };
  const sfx = /^(.*?)[_.\s-]([a-zµ]+)$/.exec(lower);
  if (
    sfx &&
    (own(POWER_UNITS, sfx[2]) !== undefined ||
      own(ENERGY_UNITS, sfx[2]) !== undefined ||
      own(TIME_UNITS, sfx[2]) !== undefined)
  ) {
    return { base: sfx[1], unit: sfx[2] };
  }
  return { base: lower, unit: undefined };
}

function unitKey(unit: string): string {
  // Case matters only for M (mega) vs m (milli) in energy and power units.
  if (/^M(W|Wh|J)$/.test(unit)) return `mega:${unit}`;
  return unit.toLowerCase().replace(/\s+/g, '');
}

/** W per unit of a power column, or undefined when the unit is not a power unit. */
export function powerFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return 1;
  const k = unitKey(unit);
  if (k === 'mega:MW') return 1e6;
  return own(POWER_UNITS, k);
}

/** J per unit of an energy column, or undefined when the unit is not an energy unit. */
export function energyFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  const k = unitKey(unit);
  if (k === 'mega:MJ') return 1e6;
  if (k === 'mega:MWh') return 3.6e9;
  return own(ENERGY_UNITS, k);
}

/** Epoch unit of a time column's header. */
function timeUnit(unit: string | undefined): EpochUnit {
  return unit === undefined ? 'auto' : (own(TIME_UNITS, unit.toLowerCase()) ?? 'auto');
}

/** Where each role is, in a header. */
export interface FieldMap {
  timestamp: number;
  timeUnit: EpochUnit;
  /** Power column and its factor to W (-1 when none). */
  power: number;
  powerToW: number;
  /** Energy column and its factor to J (-1 when none). */
  energy: number;
  energyToJ: number;
  /** Device columns joined into the key, host-like first. */
  devices: number[];
  /** The chosen columns as named in the header, for notes. */
  names: Partial<Record<Role, string>>;
}

/** A problem with a header or a `columns` map, with the column (1-based) where known. */
export interface FieldProblem {
  message: string;
  column?: number;
}

function isPowerName(n: NamedUnit): boolean {
  if (powerFactor(n.unit) === undefined) return false;
  if (POWER_NAMES.has(n.base)) return true;
  // `gpu_power`, `power_avg`, but not `power_limit`, `max_power` or `power_state`.
  return n.base.includes('power') && !/limit|cap|max|min|state|mode|manage|profile|smoothing/.test(n.base);
}

function isEnergyName(n: NamedUnit): boolean {
  if (energyFactor(n.unit) === undefined) return false;
  return ENERGY_NAMES.has(n.base) || (n.base.includes('energy') && !/rate|per|limit/.test(n.base));
}

/**
 * Finds the roles in a header. With a `columns` map, its entries name the header columns for each
 * role (an unknown role or header name is a problem with the closest names suggested). Energy is
 * preferred over power when both are present, because a counter integrates in hardware.
 */
export function resolveFields(
  headers: readonly string[],
  columns?: Record<string, string>
): { map?: FieldMap; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const named = headers.map(splitNameUnit);
  const lowerHeaders = headers.map((h) => h.trim().toLowerCase());
  const map: FieldMap = {
    timestamp: -1,
    timeUnit: 'auto',
    power: -1,
    powerToW: 1,
    energy: -1,
    energyToJ: 1,
    devices: [],
    names: {}
  };
  const explicit: Partial<Record<Role, number>> = {};
  if (columns) {
    for (const [role, header] of Object.entries(columns)) {
      if (!(ROLES as readonly string[]).includes(role)) {
        problems.push({
          message: `Unknown key "${excerpt(role)}" in the trace columns map: expected ${ROLES.join(', ')}.${didYouMean(closestNames(role, ROLES))}`
        });
        continue;
      }
      const i = lowerHeaders.indexOf(header.trim().toLowerCase());
      if (i < 0) {
        problems.push({
          message: `The trace columns map names "${excerpt(header)}" for ${role}, but the header has no such column: it has ${excerptList(headers.map((h) => h.trim()))}.${didYouMean(
            closestNames(
              header,
              headers.map((h) => h.trim())
            )
          )}`
        });
        continue;
      }
      explicit[role as Role] = i;
    }
  }
  const pick = (role: Role, test: (n: NamedUnit, i: number) => boolean): number => {
    const given = explicit[role];
    if (given !== undefined) return given;
    return named.findIndex(test);
  };
  map.timestamp = pick('timestamp', (n) => TIME_NAMES.has(n.base) || n.base.endsWith('timestamp'));
  map.energy = pick('energy', isEnergyName);
  map.power = pick('power', isPowerName);
  if (explicit.power !== undefined && explicit.energy === undefined) map.energy = -1;
  else if (map.energy >= 0 && explicit.power === undefined) map.power = -1;
  if (explicit.device !== undefined) map.devices = [explicit.device];
  else {
    for (const names of [HOST_NAMES, DEVICE_NAMES]) {
      const i = named.findIndex(
        (n, k) => names.includes(n.base) && k !== map.timestamp && k !== map.power && k !== map.energy
      );
      if (i >= 0) map.devices.push(i);
    }
  }
  if (map.timestamp < 0) {
    problems.push({
      message: `No timestamp column in the header (${excerptList(headers.map((h) => h.trim()))}): expected one named timestamp, time or datetime, or a columns map entry "timestamp".`
    });
  } else {
    map.timeUnit = timeUnit(named[map.timestamp].unit);
    map.names.timestamp = headers[map.timestamp].trim();
  }
  if (map.power >= 0) {
    const f = powerFactor(named[map.power].unit);
    if (f === undefined)
      problems.push({
        message: `The power column "${excerpt(headers[map.power].trim())}" has unit "${excerpt(named[map.power].unit ?? '')}": expected W, mW or kW.`,
        column: map.power + 1
      });
    else map.powerToW = f;
    map.names.power = headers[map.power].trim();
  }
  if (map.energy >= 0) {
    const f = energyFactor(named[map.energy].unit);
    if (f === undefined) {
      problems.push({
        message: `The energy column "${excerpt(headers[map.energy].trim())}" needs a unit in its name: e.g. "energy [J]", "energy_wh" or "energy (kWh)".`,
        column: map.energy + 1
      });
    } else map.energyToJ = f;
    map.names.energy = headers[map.energy].trim();
  }
  const unitless = named.findIndex((n) => n.unit === undefined && n.base.includes('energy'));
  if (map.power < 0 && map.energy < 0 && unitless >= 0) {
    problems.push({
      message: `The energy column "${excerpt(headers[unitless].trim())}" needs a unit in its name: e.g. "energy [J]", "energy_wh" or "energy (kWh)".`,
      column: unitless + 1
    });
  } else if (map.power < 0 && map.energy < 0) {
    problems.push({
      message: `No power or energy column in the header (${excerptList(headers.map((h) => h.trim()))}): expected e.g. "power [W]", "power_w", "energy_j" or "energy (kWh)", or a columns map entry "power" or "energy".`
    });
  }
  if (map.devices.length > 0) map.names.device = map.devices.map((i) => headers[i].trim()).join(' + ');
  return problems.length > 0 ? { problems } : { map, problems };
}
