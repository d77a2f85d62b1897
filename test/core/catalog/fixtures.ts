/**
 * Test-side readers for the upstream copies in test/fixtures/catalog/. Deliberately written
 * apart from scripts/generate-catalog.mjs, so the tests check the generated data against the
 * upstream files rather than against the generator's own reading of them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtureDir = join(repoRoot, 'test', 'fixtures', 'catalog');

/** Reads a CSV (quoted fields, CRLF or LF) into rows of strings. */
export function readCsv(name: string): string[][] {
  const text = readFileSync(join(fixtureDir, name), 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row `headerIndex` (Green Algorithms has a unit row first). */
export function readCsvObjects(name: string, headerIndex = 0): Record<string, string>[] {
  const rows = readCsv(name);
  const header = rows[headerIndex];
  return rows.slice(headerIndex + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}
