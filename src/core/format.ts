/**
 * The one number and quantity formatter, used by the compute modules (diagnostics and notes) and
 * the renderers alike, so that a duration or an energy reads the same in a warning as in the
 * report's table. Everything goes through one fixed locale (en-US), so that text is byte-for-byte
 * the same on every machine, whatever the runner's `LANG`.
 *
 * One set of rules:
 * - Numbers: three significant digits below 1,000 (`12.3`, `0.0123`, `999`); whole numbers with
 *   thousands separators from 1,000 up (`1,438`, `626,155`); zero is `0`; non-finite values as
 *   JavaScript writes them (`NaN`, `Infinity`).
 * - Quantities take the unit that keeps the number readable: durations in s below 60 s, min below
 *   1 h, h below 240 h (training runs are quoted in hours), d beyond; energy in Wh below 1 kWh,
 *   kWh, MWh from 1,000 kWh, GWh from 10^6 kWh; and so on for mass, power and memory. The unit is
 *   chosen by the value before rounding, so 59.99 s is `60 s`, not `1 min`.
 * - Percentages are cut, not rounded (see {@link formatPercent}).
 *
 * Values a user wrote and a message quotes back (a PUE, a machine's measured power) keep their
 * given precision: {@link formatPue}, {@link formatWatts}.
 */

const LOCALE = 'en-US';

const significant3 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const plain4 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 4, useGrouping: false });
const pueFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const wattsFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Seconds in a minute, an hour and a day. */
const S_PER_MIN = 60;
const S_PER_H = 3600;
const S_PER_D = 86400;
/** Durations are quoted in hours up to 10 days: training runs are talked of in hours. */
const HOURS_UP_TO_S = 240 * S_PER_H;

/**
 * Formats a number for people: three significant digits below 1,000 (`12.3`, `0.0123`), whole
 * numbers with thousands separators from 1,000 up (`1,438`, `626,155`). Whole numbers keep every
 * digit because rounding `1,438` to `1,440` would misquote the paper's figures.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  return Math.abs(value) >= 1000 ? integer.format(value) : significant3.format(value);
}

/** Formats a number for machine-read contexts (Mermaid): 4 significant digits, no grouping. */
export function formatPlainNumber(value: number): string {
  return plain4.format(value);
}

/**
 * A display unit: used from `min` (in the base unit) up; value_in_unit = value * mul / div. Two
 * factors, so that small units multiply (`kWh * 1000`) and large ones divide (`kWh / 1000`) by an
 * exact power of ten instead of by an inexact reciprocal such as 0.001.
 */
type Scale = readonly [min: number, symbol: string, mul: number, div: number];

/**
 * A value in the largest unit of `scales` (largest first) it reaches, the smallest below them all;
 * zero and non-finite values in the base unit `base` (`0 kWh`, not `0 Wh`).
 */
function scaled(value: number, scales: readonly Scale[], base: string): string {
  if (value === 0 || !Number.isFinite(value)) return `${formatNumber(value)} ${base}`;
  const abs = Math.abs(value);
  const [, symbol, mul, div] = scales.find(([min]) => abs >= min) ?? scales[scales.length - 1];
  return `${formatNumber((value * mul) / div)} ${symbol}`;
}

/** Energy scales in kWh, largest first. */
const ENERGY_SCALES: readonly Scale[] = [
  [1e6, 'GWh', 1, 1e6],
  [1e3, 'MWh', 1, 1e3],
  [1, 'kWh', 1, 1],
  [0, 'Wh', 1e3, 1]
];

/** Energy in the unit that keeps the number readable: Wh below 1 kWh, MWh and GWh above. */
export function formatEnergy(energyKWh: number): string {
  return scaled(energyKWh, ENERGY_SCALES, 'kWh');
}

/** Mass scales in kg, largest first. */
const MASS_SCALES: readonly Scale[] = [
  [1e3, 't', 1, 1e3],
  [1, 'kg', 1, 1],
  [0, 'g', 1e3, 1]
];

/** Emissions (CO2e mass) in g below 1 kg, t (metric tonnes) from 1,000 kg. */
export function formatMass(emissionsKg: number): string {
  return scaled(emissionsKg, MASS_SCALES, 'kg');
}

/** Power scales in W, largest first. */
const POWER_SCALES: readonly Scale[] = [
  [1e6, 'MW', 1, 1e6],
  [1e3, 'kW', 1, 1e3],
  [0, 'W', 1, 1]
];

/** Power in the unit that keeps the number readable: `400 W`, `1.42 kW`, `2.5 MW`. */
export function formatPower(powerW: number): string {
  return scaled(powerW, POWER_SCALES, 'W');
}

/** Power as written in a manifest, in W with up to two decimals: `1,515.43 W`, `400 W`. */
export function formatWatts(powerW: number): string {
  return `${wattsFormat.format(powerW)} W`;
}

/** Memory scales in GB (decimal), largest first. */
const MEMORY_SCALES: readonly Scale[] = [
  [1e3, 'TB', 1, 1e3],
  [1, 'GB', 1, 1],
  [0, 'MB', 1e3, 1]
];

/** Memory size in the unit that keeps the number readable: `512 GB`, `1.5 TB`, `500 MB`. */
export function formatMemory(memoryGB: number): string {
  return scaled(memoryGB, MEMORY_SCALES, 'GB');
}

/** Grid intensity, always in g/kWh so that runs compare at a glance. */
export function formatIntensity(intensityGPerKWh: number): string {
  return `${formatNumber(intensityGPerKWh)} g/kWh`;
}

/** A PUE as given: up to three decimals (`1.135`, `1.58`, `1.1`), never rounded to 1.14. */
export function formatPue(pue: number): string {
  return pueFormat.format(pue);
}

/**
 * A duration in the largest unit that keeps it readable: `45 s`, `12.5 min`, `84 h`, `12.3 d`.
 * Hours are used up to 10 days because training runs are usually quoted in hours.
 */
export function formatDuration(durationS: number): string {
  if (!Number.isFinite(durationS)) return `${durationS} s`;
  const abs = Math.abs(durationS);
  if (abs < S_PER_MIN) return `${formatNumber(durationS)} s`;
  if (abs < S_PER_H) return `${formatNumber(durationS / S_PER_MIN)} min`;
  if (abs < HOURS_UP_TO_S) return `${formatNumber(durationS / S_PER_H)} h`;
  return `${formatNumber(durationS / S_PER_D)} d`;
}

/**
 * A fraction as a percentage with at most one decimal (`2.5%`, `80%`, `124.3%`). Digits are cut,
 * not rounded, so a share just under a threshold never displays as the threshold (79.96% shows as
 * `79.9%`, not `80%`); a share just over 100% shows as `>100%`. A nonzero share never shows as `0%`.
 */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (!Number.isFinite(percent)) return `${percent}%`;
  if (percent === 0) return '0%';
  if (percent > 0 && percent < 0.1) return '<0.1%';
  if (percent < 0 && percent > -0.1) return '>-0.1%';
  // The epsilon absorbs binary error such as 0.57 * 100 = 56.99999999999999.
  const cut = Math.trunc(percent * 10 + (percent > 0 ? 1e-9 : -1e-9)) / 10;
  if (fraction > 1 && cut <= 100) return '>100%';
  return `${percentFormat.format(cut)}%`;
}

/** Tenths of a percent in a whole: shares are shown to one decimal. */
const TENTHS_IN_WHOLE = 1000;

/**
 * Parts of one whole as percentages with at most one decimal that add up to exactly 100% (the
 * largest-remainder method): each part gets its share cut to a tenth of a percent, and the tenths
 * still missing go to the parts whose cut lost the most (the earlier part on a tie). So 1/3 three
 * times is `33.4%`, `33.3%`, `33.3%`, never `33.3%` three times. A nonzero part whose rounded
 * share is zero shows as `<0.1%`. Parts must be finite and non-negative; all zero gives `0%` each.
 */
export function formatShares(parts: readonly number[]): string[] {
  const total = parts.reduce((sum, p) => sum + p, 0);
  if (!(total > 0) || !Number.isFinite(total)) return parts.map(() => '0%');
  const exact = parts.map((p) => (p / total) * TENTHS_IN_WHOLE);
  const tenths = exact.map((x) => Math.floor(x));
  let missing = TENTHS_IN_WHOLE - tenths.reduce((sum, t) => sum + t, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    tenths[i]++;
    missing--;
  }
  return tenths.map((t, i) => (t === 0 && parts[i] > 0 ? '<0.1%' : `${percentFormat.format(t / 10)}%`));
}

/** Ratio for equivalents: `0.72 x`, `3.4 x`, `1,203 x`. */
export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio)} x`;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/**
 * Formats a byte count for limits and messages, in binary units: `1 GiB`, `12.5 MiB`, `300 bytes`
 * (whole values without a decimal, others with one).
 */
export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${trimBytes(bytes / GiB)} GiB`;
  if (bytes >= MiB) return `${trimBytes(bytes / MiB)} MiB`;
  if (bytes >= KiB) return `${trimBytes(bytes / KiB)} KiB`;
  return `${bytes} bytes`;
}

function trimBytes(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
