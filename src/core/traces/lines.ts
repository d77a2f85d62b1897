/**
 * Text helpers for the CSV-shaped trace and series formats (CodeCarbon, RAPL logs, generic CSV,
 * intensity series): RFC 4180 records on top of the shared line splitter in `stream.ts`, and timestamps that
 * may be either date-times or Unix epoch numbers.
 */
import { forEachLine, MAX_LINE_BYTES } from './stream.js';
import { epochToMs, parseDateTime } from './timestamps.js';
import type { Zone } from './timezone.js';

/** Called once per CSV record with its fields and the 1-based line on which the record starts. */
export type CsvRecordHandler = (fields: string[], line: number) => void;

/**
 * Most lines one CSV record may span. A line break inside a quoted field is legal, but no power
 * log writes more than a few; a quote still open after this many lines is a stray `"`, and
 * waiting longer would hold (and rescan) the rest of the file as one field.
 */
export const MAX_RECORD_LINES = 100;

/** Most characters one CSV record (and so one quoted field) may hold: as many as one line. */
export const MAX_RECORD_CHARS = MAX_LINE_BYTES;

/**
 * The sentence for a record whose quote is not closed within the limits: what was skipped, the
 * limit, and where reading resumed. Every CSV reader words it the same way.
 */
export function unclosedQuoteMessage(startLine: number, endLine: number): string {
  return `A quoted field opened on line ${startLine} is not closed within ${MAX_RECORD_LINES} lines or ${MAX_RECORD_CHARS} characters, the most one CSV record may span: lines ${startLine}-${endLine} are skipped as one malformed record and reading resumes on line ${endLine + 1}. Pair every quote (write "" for a quote inside a quoted field).`;
}

/**
 * Streams CSV records (RFC 4180: `"` quotes, `""` escapes, quoted fields may hold commas and line
 * breaks) out of byte chunks. Blank lines are skipped. pandas, which writes CodeCarbon's file,
 * quotes any field that holds a comma, so a record spans lines only inside quotes. A line too long
 * to be a record is passed to `onOverlong` and skipped (see `MAX_LINE_BYTES`).
 *
 * The work is linear in the input: each line's quotes are counted once, and an open record keeps
 * its lines in a list joined once. A record still open after MAX_RECORD_LINES lines or
 * MAX_RECORD_CHARS characters (a stray `"`) is handed to `onUnclosed` with its first and last line
 * and dropped, and reading resumes on the next line.
 */
export async function forEachCsvRecord(
  chunks: AsyncIterable<Uint8Array>,
  onRecord: CsvRecordHandler,
  onOverlong: (line: number) => void,
  onUnclosed: (startLine: number, endLine: number) => void
): Promise<void> {
  let parts: string[] = [];
  let partsChars = 0;
  let startLine = 0;
  const deliver = (record: string, line: number): void => {
    if (record.trim().length === 0) return;
    onRecord(splitCsvRecord(record), line);
  };
  await forEachLine(
    chunks,
    (text, line) => {
      const odd = quoteCount(text) % 2 === 1;
      if (parts.length === 0) {
        if (!odd) return deliver(text, line);
        parts = [text];
        partsChars = text.length;
        startLine = line;
        return;
      }
      parts.push(text);
      partsChars += text.length + 1;
      if (odd) {
        const record = parts.join('\n');
        parts = [];
        return deliver(record, startLine);
      }
      if (parts.length > MAX_RECORD_LINES || partsChars > MAX_RECORD_CHARS) {
        parts = [];
        onUnclosed(startLine, line);
      }
    },
    (line) => {
      onOverlong(line);
      // An overlong line inside an open record makes the record longer than any record may be.
      if (parts.length > 0) {
        parts = [];
        onUnclosed(startLine, line);
      }
    }
  );
  // An unterminated quote at the end: deliver what there is rather than lose it silently.
  if (parts.length > 0) deliver(parts.join('\n'), startLine);
}

/** The number of `"` characters in a line. */
function quoteCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count;
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
