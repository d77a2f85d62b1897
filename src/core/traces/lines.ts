/**
 * Text helpers for the CSV-shaped trace and series formats (CodeCarbon, RAPL logs, generic CSV,
 * intensity series): RFC 4180 records on top of the shared line splitter in `stream.ts`, and timestamps that
 * may be either date-times or Unix epoch numbers.
 */
import { forEachLine } from './stream.js';
import { epochToMs, parseDateTime } from './timestamps.js';
import type { Zone } from './timezone.js';

/** Called once per CSV record with its fields and the 1-based line on which the record starts. */
export type CsvRecordHandler = (fields: string[], line: number) => void;

/**
 * Streams CSV records (RFC 4180: `"` quotes, `""` escapes, quoted fields may hold commas and line
 * breaks) out of byte chunks. Blank lines are skipped. pandas, which writes CodeCarbon's file,
 * quotes any field that holds a comma, so a record spans lines only inside quotes. A line too long
 * to be a record is passed to `onOverlong` and skipped (see `MAX_LINE_BYTES`).
 */
export async function forEachCsvRecord(
  chunks: AsyncIterable<Uint8Array>,
  onRecord: CsvRecordHandler,
  onOverlong: (line: number) => void
): Promise<void> {
  let carried = '';
  let carriedLine = 0;
  await forEachLine(
    chunks,
    (text, line) => {
      const record = carried ? `${carried}\n${text}` : text;
      const startLine = carried ? carriedLine : line;
      if (hasOpenQuote(record)) {
        carried = record;
        carriedLine = startLine;
        return;
      }
      carried = '';
      if (record.trim().length === 0) return;
      onRecord(splitCsvRecord(record), startLine);
    },
    onOverlong
  );
  // An unterminated quote at the end: deliver what there is rather than lose it silently.
  if (carried) onRecord(splitCsvRecord(carried), carriedLine);
}

/** True when the text ends inside a quoted field (an odd number of `"` characters). */
function hasOpenQuote(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/**
 * Splits one CSV record into fields at `sep` (a comma unless given: generic logs may use `;` or a
 * tab), unquoting quoted ones (`"a, b"` keeps its comma, `""` is a quote). Unquoted fields are
 * kept as written.
 */
export function splitCsvRecord(record: string, sep = ','): string[] {
  if (record.indexOf('"') === -1) return record.split(sep);
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (inQuotes) {
      if (c === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === sep) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** 1-based column at which field `index` of a CSV line starts (quotes counted as written). */
export function csvColumnOf(line: string, index: number): number {
  let col = 0;
  let inQuotes = false;
  for (let field = 0; field < index && col < line.length; col++) {
    const c = line[col];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ',' && !inQuotes) field++;
  }
  return col + 1;
}

/**
 * Milliseconds since the Unix epoch of a timestamp written as a date-time (ISO 8601 or
 * nvidia-smi's `YYYY/MM/DD HH:MM:SS.mmm`, local in `zone` when it names no zone) or as a Unix
 * epoch number (seconds, milliseconds, micro- or nanoseconds, told apart by magnitude, as
 * `date +%s.%N` and most loggers write). NaN when it is neither.
 */
export function parseTimeMs(text: string, zone: Zone): number {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return epochToMs(Number(s), 'auto');
  return parseDateTime(s, zone);
}
