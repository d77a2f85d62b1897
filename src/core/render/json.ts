/**
 * The JSON report (CLI `--format json`, the action's report file): the Report as it is, indented,
 * with a final newline. Key order is the order the report was built in, so output is stable.
 */
import type { Report } from '../model.js';

/** Renders the report as indented JSON. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
