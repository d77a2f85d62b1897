/**
 * "Did you mean" suggestions for names (GPU models, locations, manifest keys): the closest valid
 * names by a case- and punctuation-insensitive edit distance.
 */
import { excerpt } from './excerpt.js';

/** Lower-cases and strips everything but letters and digits, so "A100-SXM4" ~ "a100 sxm4". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Levenshtein distance between two strings (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = curr;
  }
  return prev[b.length];
}

/**
 * Longest name (letters and digits) that gets suggestions. Real names (GPU models, keys, zones)
 * are far shorter; a longer one is not a typo of any of them, and bounding it keeps the edit
 * distances cheap whatever a hostile file names.
 */
const MAX_SUGGESTED_NAME_LENGTH = 64;

/**
 * Returns up to `limit` candidates closest to `input`, best first. A candidate that contains the
 * input (or is contained by it) after normalisation ranks ahead of mere edit-distance neighbours;
 * candidates further than half the input's length away are left out. An input longer than
 * {@link MAX_SUGGESTED_NAME_LENGTH} gets none. The work is linear in the candidates' length: the
 * edit distance, which is at least the difference in length, is computed only where that
 * difference is within the cut-off.
 */
export function closestNames(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = normalizeName(input);
  if (needle.length > MAX_SUGGESTED_NAME_LENGTH) return [];
  const cutoff = Math.max(2, Math.ceil(needle.length / 2));
  const scored: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const hay = normalizeName(name);
    if (!hay) continue;
    const lengthDiff = Math.abs(hay.length - needle.length);
    let score: number;
    // Containment scores a tenth of the length difference, never more than the edit distance.
    if (needle && (hay.includes(needle) || needle.includes(hay))) score = lengthDiff * 0.1;
    else if (lengthDiff > cutoff) continue;
    else score = editDistance(needle, hay);
    if (score <= cutoff) scored.push({ name, score });
  }
  scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (seen.has(s.name)) continue;
    seen.add(s.name);
    out.push(s.name);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Formats suggestions as a sentence tail: ` Did you mean "a", "b" or "c"?` (empty when none).
 * A suggestion may come from a file (a log's header), so each is quoted as a short excerpt.
 */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `"${excerpt(s)}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` Did you mean ${list}?`;
}
