/**
 * The CLI's exit codes, in a module of their own so that the command modules main.ts loads lazily
 * (check.ts) and main.ts itself share them without one importing the other.
 */

/** Exit codes: the verdict passes, the verdict fails (`--fail-on`), invalid input or usage. */
export const EXIT = { ok: 0, overBudget: 1, invalid: 2 } as const;
