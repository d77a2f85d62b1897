/**
 * Checks that the diagnostic codes a source file can emit are documented: every `traces/…` or
 * `intensity/…` code quoted in the file must be named in a `###` heading of the doc.
 */
import { readFileSync } from 'node:fs';

const REPO_ROOT = new URL('../../', import.meta.url);

/**
 * Each distinct `traces/…` or `intensity/…` code quoted in `sourcePath`, paired with whether a
 * `###` heading of `docPath` names it (both paths from the repository root).
 */
export function codesDocumented(sourcePath: string, docPath: string): [code: string, documented: boolean][] {
  const source = readFileSync(new URL(sourcePath, REPO_ROOT), 'utf8');
  const doc = readFileSync(new URL(docPath, REPO_ROOT), 'utf8');
  const headings = doc.split('\n').filter((l) => l.startsWith('### '));
  const codes = [...new Set([...source.matchAll(/'((?:traces|intensity)\/[a-z-]+)'/g)].map((m) => m[1]))];
  return codes.map((code) => [code, headings.some((h) => h.includes(`\`${code}\``))]);
}
