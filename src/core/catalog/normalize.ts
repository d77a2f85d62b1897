/**
 * Name normalisation for catalogue keys. Hardware names arrive as tools print them
 * ("Intel(R) Xeon(R) Gold 6136 CPU @ 3.00GHz", "NVIDIA A100-SXM4-80GB") or as people type them
 * ("a100 sxm4 80gb"); each lookup compares normalised keys, never raw strings.
 */

/** Trademark marks tools print inside names: "(R)", "(TM)", "(C)", "®", "™", "©". */
const MARKS = /\((?:r|tm|c)\)|[®™©]/gi;

/** Lower-cases, drops trademark marks and splits on anything but letters, digits and "+". */
export function nameTokens(name: string): string[] {
  return name
    .replace(MARKS, ' ')
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .filter((t) => t !== '');
}

/** All tokens run together: "A100-SXM4-80GB" and "a100 sxm4 80gb" give the same key. */
export function compactKey(name: string): string {
  return nameTokens(name).join('');
}

/**
 * Tokens with a separate unit re-attached ("80 GB" -> "80gb"), sorted, so word order does not
 * matter: "A100 80GB PCIe" and "A100-PCIE-80GB" give the same key.
 */
export function tokenSetKey(tokens: readonly string[]): string {
  const merged: string[] = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    if (t === 'gb' && prev !== undefined && /^\d+$/.test(prev)) merged[merged.length - 1] = `${prev}gb`;
    else merged.push(t);
  }
  return [...merged].sort().join(' ');
}
