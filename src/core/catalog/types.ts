/**
 * The result type every catalogue lookup returns: a value, or the closest valid names so the
 * caller can write a "did you mean" diagnostic. Lookups never throw and never guess silently.
 */

/**
 * A catalogue lookup's result.
 * - `note` (optional) is set when the name was ambiguous and a documented default was chosen
 *   (e.g. "A100" -> the SXM4 variant); the caller should surface it as an info/warning.
 * - `reason` (optional) is set when the name is known but has no usable value (e.g. a TPU whose
 *   vendor publishes no TDP), so the caller can say that instead of "unknown name".
 */
export type Lookup<T> = { ok: true; value: T; note?: string } | { ok: false; suggestions: string[]; reason?: string };
