/**
 * The grammar shared by the limit options (`artifact-limits`, `trace-limits`): one `key: value`
 * per line (or per `;`-separated item, which is how a command-line flag writes several), sizes with
 * a unit (`2 GiB`, `500MB`), counts as whole numbers (`20_000`), `#` comments and blank lines
 * ignored. Every bad item is reported, naming the option, its line, what was expected and the
 * closest key, and leaves that limit at its default.
 */
import { closestNames, didYouMean } from '../core/suggest.js';

/** How one key's value is written: a byte size with a unit, or a positive whole number. */
export type LimitValueKind = 'size' | 'count';

/** One key of a limits option: the field it sets and how its value is written. */
export interface LimitKeySpec<F extends string> {
  field: F;
  kind: LimitValueKind;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

const SIZE_UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: MiB,
  gib: GiB
};

/**
 * Parses the text of a limits option. `optionName` is how messages name the option
 * (`artifact-limits`, `--trace-limits`); `keys` maps each accepted key to the field it sets.
 */
export function parseLimitLines<F extends string>(
  text: string,
  optionName: string,
  keys: Readonly<Record<string, LimitKeySpec<F>>>
): { limits: Partial<Record<F, number>>; problems: string[] } {
  const limits: Partial<Record<F, number>> = {};
  const problems: string[] = [];
  const names = Object.keys(keys);
  text.split(/\r?\n/).forEach((raw, index) => {
    for (const part of raw.replace(/#.*$/, '').split(';')) {
      const item = part.trim();
      if (item === '') continue;
      const where = `\`${optionName}\` line ${index + 1}`;
      const m = item.match(/^([A-Za-z-]+)\s*[:=]\s*(.+)$/);
      if (!m) {
        problems.push(`${where}: expected "key: value" (keys: ${names.join(', ')}), got ${JSON.stringify(item)}`);
        continue;
      }
      const name = m[1].toLowerCase();
      const spec = Object.hasOwn(keys, name) ? keys[name] : undefined;
      if (!spec) {
        problems.push(
          `${where}: unknown limit "${m[1]}"; expected one of ${names.join(', ')}.${didYouMean(closestNames(name, names))}`
        );
        continue;
      }
      const value = spec.kind === 'size' ? parseSize(m[2]) : parseCount(m[2]);
      if (value === undefined) {
        problems.push(
          `${where}: "${m[2].trim()}" is not ${spec.kind === 'size' ? 'a size such as "2 GiB" or "500 MB"' : 'a positive whole number'}`
        );
        continue;
      }
      limits[spec.field] = value;
    }
  });
  return { limits, problems };
}

/** `2 GiB`, `500MB`, `1.5 GB`, `300` (bytes): a positive whole number of bytes, or undefined. */
function parseSize(text: string): number | undefined {
  const m = text.trim().match(/^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/);
  if (!m) return undefined;
  const unit = SIZE_UNITS[(m[2] || 'b').toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.round(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** `20000`, `20_000`: a positive whole number, or undefined. */
function parseCount(text: string): number | undefined {
  const t = text.trim().replace(/_/g, '');
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * Fills unset limits from `defaults` and checks the set ones: each must be a positive whole
 * number; a bad one is reported and its default kept.
 */
export function resolveLimits<T extends object>(
  defaults: Readonly<T>,
  partial: Partial<T> = {}
): { limits: T; problems: string[] } {
  const limits = { ...defaults } as T;
  const problems: string[] = [];
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const value = partial[key] as unknown;
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) limits[key] = value as T[typeof key];
    else
      problems.push(
        `${key} must be a positive whole number, got ${String(value)}; using ${String(limits[key] as unknown)}`
      );
  }
  return { limits, problems };
}
