/**
 * Number and quantity formatting shared by the renderers. Everything goes through one fixed
 * locale (en-US) so that a report renders byte-for-byte the same on every machine, whatever the
 * runner's `LANG`.
 */

const LOCALE = 'en-US';

const significant3 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const plain4 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 4, useGrouping: false });

/**
 * Formats a number for people: three significant digits below 1,000 (`12.3`, `0.0123`), whole
 * numbers with thousands separators from 1,000 up (`1,438`, `626,155`). Whole numbers keep every
 * digit because rounding `1,438` to `1,440` would misquote the paper's figures.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const text = Math.abs(value) >= 1000 ? integer.format(value) : significant3.format(value);
  // Intl prints "-0" for tiny negatives rounded to zero; a report has no use for it.
  return text === '-0' ? '0' : text;
}

/** Formats a number for machine-read contexts (Mermaid): 4 significant digits, no grouping. */
export function formatPlainNumber(value: number): string {
  return plain4.format(value);
}

/** Energy in the unit that keeps the number readable: Wh below 1 kWh, MWh and GWh above. */
export function formatEnergy(energyKWh: number): string {
  const abs = Math.abs(energyKWh);
  if (abs === 0) return '0 kWh';
  if (abs < 1) return `${formatNumber(energyKWh * 1000)} Wh`;
  if (abs < 1000) return `${formatNumber(energyKWh)} kWh`;
  if (abs < 1e6) return `${formatNumber(energyKWh / 1000)} MWh`;
  return `${formatNumber(energyKWh / 1e6)} GWh`;
}

/** Emissions (CO2e mass) in g below 1 kg, t (metric tonnes) from 1,000 kg. */
export function formatMass(emissionsKg: number): string {
  const abs = Math.abs(emissionsKg);
  if (abs === 0) return '0 kg';
  if (abs < 1) return `${formatNumber(emissionsKg * 1000)} g`;
  if (abs < 1000) return `${formatNumber(emissionsKg)} kg`;
  return `${formatNumber(emissionsKg / 1000)} t`;
}

/** A PUE as given: up to three decimals (`1.135`, `1.58`, `1.1`), never rounded to 1.14. */
export function formatPue(pue: number): string {
  return pueFormat.format(pue);
}

const pueFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });

/** Power as written in a manifest, in W with up to two decimals: `1,515.43 W`, `400 W`. */
export function formatWatts(powerW: number): string {
  return `${wattsFormat.format(powerW)} W`;
}

const wattsFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** Grid intensity, always in g/kWh so that runs compare at a glance. */
export function formatIntensity(intensityGPerKWh: number): string {
  return `${formatNumber(intensityGPerKWh)} g/kWh`;
}

/**
 * A duration in the largest unit that keeps it readable: `45 s`, `12.5 min`, `84 h`, `12.3 d`.
 * Hours are used up to 10 days because training runs are usually quoted in hours.
 */
export function formatDuration(durationS: number): string {
  const abs = Math.abs(durationS);
  if (abs < 60) return `${formatNumber(durationS)} s`;
  if (abs < 3600) return `${formatNumber(durationS / 60)} min`;
  if (abs < 240 * 3600) return `${formatNumber(durationS / 3600)} h`;
  return `${formatNumber(durationS / 86400)} d`;
}

/**
 * A fraction as a percentage with at most one decimal (`2.5%`, `80%`, `124.3%`). Digits are cut,
 * not rounded, so a share just under a threshold never displays as the threshold (79.96% shows as
 * `79.9%`, not `80%`); a share just over 100% shows as `>100%`. A nonzero share never shows as `0%`.
 */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (percent === 0) return '0%';
  if (percent > 0 && percent < 0.1) return '<0.1%';
  // The epsilon absorbs binary error such as 0.57 * 100 = 56.99999999999999.
  const cut = Math.trunc(percent * 10 + (percent > 0 ? 1e-9 : -1e-9)) / 10;
  if (fraction > 1 && cut <= 100) return '>100%';
  return `${percentFormat.format(cut)}%`;
}

const percentFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Ratio for equivalents: `0.72 x`, `3.4 x`, `1,203 x`. */
export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio)} x`;
}

/**
 * A text bar of `width` cells for a used fraction, e.g. `████████░░░░░░░░░░░░`. Over-budget
 * fractions fill the bar; the percentage beside it says by how much.
 */
export function textBar(fraction: number, width = 20): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
