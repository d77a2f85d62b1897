/**
 * When the terminal report may use colour: only on a terminal, and never when the user opted out
 * (the `NO_COLOR` convention, https://no-color.org: any non-empty value; `--no-color`; `TERM=dumb`).
 */

/** What decides colour; kept apart from `process` so it is tested as data. */
export interface ColorContext {
  /** True when the report goes to a terminal (stdout is a TTY and no `--output` file is used). */
  toTerminal: boolean;
  /** The `--no-color` flag. */
  noColorFlag: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** True when ANSI colour may be written. */
export function useColor(context: ColorContext): boolean {
  if (!context.toTerminal || context.noColorFlag) return false;
  const noColor = context.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return context.env.TERM !== 'dumb';
}
