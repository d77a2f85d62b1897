/**
 * The budget bar of the text and Markdown renderers: presentation only, so it lives with them
 * rather than in the shared formatter (src/core/format.ts).
 */

/**
 * A text bar of `width` cells for a used fraction, e.g. `████████░░░░░░░░░░░░`. Over-budget
 * fractions fill the bar; the percentage beside it says by how much.
 */
export function textBar(fraction: number, width = 20): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
