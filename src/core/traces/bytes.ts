/**
 * Small byte-level helpers for the streaming parsers: ASCII classes and decimal numbers read
 * straight from a Uint8Array, so a hot loop allocates no strings.
 */

/** 10^k for k = 0..22: every one is exact in a double, so `int / POW10[k]` rounds correctly. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Outcome of `parseDecimal` besides the value: OK, UNAVAILABLE (blank or a bracketed word such
 * as `[N/A]` / `[Not Supported]`) or NON_NUMERIC. */
export const NumStatus = { OK: 0, UNAVAILABLE: 1, NON_NUMERIC: 2 } as const;
/** One of the NumStatus values. */
export type NumStatus = (typeof NumStatus)[keyof typeof NumStatus];

/**
 * Reads a decimal number (`-12.34`, `700.00 W`, `79`) from `b[start, end)` into `out[at]`,
 * allowing spaces around it and an optional unit suffix byte `unit` (e.g. `W`) after a space;
 * returns a NumStatus. Writing into a Float64Array (instead of returning the double) keeps the hot
 * loop free of boxed numbers. Values with more than 15 significant digits, or an exponent, fall
 * back to `Number()` on the text.
 */
export function parseDecimalInto(
  b: Uint8Array,
  start: number,
  end: number,
  unit: number,
  out: Float64Array,
  at: number
): NumStatus {
  let s = start;
  let e = end;
  while (s < e && (b[s] === 32 || b[s] === 9)) s++;
  while (e > s && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
  if (s === e || b[s] === 91 /* [ */) return NumStatus.UNAVAILABLE;
  // A unit suffix: `700.00 W`.
  if (unit !== 0 && b[e - 1] === unit) {
    e--;
    while (e > s && b[e - 1] === 32) e--;
  }
  let i = s;
  const negative = b[i] === 45; /* - */
  if (negative || b[i] === 43 /* + */) i++;
  let int = 0;
  let digits = 0;
  let scale = 0;
  let c: number;
  while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
    int = int * 10 + c;
    digits++;
    i++;
  }
  if (i < e && b[i] === 46 /* . */) {
    i++;
    while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
      int = int * 10 + c;
      digits++;
      scale++;
      i++;
    }
  }
  if (i !== e || digits === 0 || digits > 15) return parseSlow(b, s, e, out, at);
  const v = scale === 0 ? int : int / POW10[scale];
  out[at] = negative ? -v : v;
  return NumStatus.OK;
}

function parseSlow(b: Uint8Array, s: number, e: number, out: Float64Array, at: number): NumStatus {
  const text = asciiText(b, s, e).trim();
  // Number() accepts what a log may hold (`1e3`, 20 digits) but also '', 'Infinity', '0x1F'.
  // One way to split the digits (`\d+(\.\d*)?`, not `\d+\.?\d*`): a long run of digits is read in
  // linear time, where the ambiguous form backtracks quadratically before failing.
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return NumStatus.NON_NUMERIC;
  out[at] = Number(text);
  return NumStatus.OK;
}

/** Decodes `b[s, e)` as UTF-8 (slow path only). */
export function asciiText(b: Uint8Array, s: number, e: number): string {
  return new TextDecoder('utf-8').decode(b.subarray(s, e));
}

/** True when b[s, e) equals `other` byte for byte. */
export function bytesEqual(b: Uint8Array, s: number, e: number, other: Uint8Array): boolean {
  if (e - s !== other.length) return false;
  for (let i = other.length - 1; i >= 0; i--) if (b[s + i] !== other[i]) return false;
  return true;
}
