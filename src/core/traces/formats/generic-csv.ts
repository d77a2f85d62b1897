/**
 * Generic CSV power logs: a header, then one row per reading with a timestamp (ISO 8601, epoch s
 * or ms, or elapsed seconds) and either power (W, mW, kW by the header's unit) or a cumulative
 * energy counter (J, mJ, uJ, Wh, kWh), and optionally host/device columns. Comma, semicolon or
 * tab separated (decided on the header); double-quoted cells allowed. A header-less file names
 * its columns with a `columns` list; a `columns` map picks the header's columns by role.
 */
import { diagnostic } from '../../diagnostics.js';
import { resolveFields, type FieldMap } from '../fields.js';
import { splitCsvRecord } from '../lines.js';
import { forEachLine } from '../stream.js';
import { UTC } from '../timezone.js';
import type { ParseOptions, SampleSink, TraceFormat } from '../types.js';
import { fieldsNote, RecordReader } from './generic.js';

/** Every diagnostic code of the generic CSV reader (documented in docs/diagnostics/traces.md). */
export const GENERIC_CSV_CODES = ['traces/csv-columns'] as const;

/** The separator a header line uses: the most frequent of comma, semicolon and tab. */
export function separatorOf(header: string): string {
  const count = (c: string): number => header.split(c).length - 1;
  const counts: [string, number][] = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')]
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

function firstLine(head: string): string | undefined {
  return head
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .find((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** The format, for the registry. */
export const format: TraceFormat = {
  id: 'csv',
  generic: true,
  detect(head: string): boolean {
    const first = firstLine(head);
    if (first === undefined || first.trimStart().startsWith('{')) return false;
    const headers = splitCsvRecord(first, separatorOf(first));
    if (headers.length < 2) return false;
    return resolveFields(headers).map !== undefined;
  },
  async parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
    const file = options.file;
    const zone = options.zone ?? UTC;
    let sep: string | null = null;
    let map: FieldMap | null = null;
    let reader: RecordReader | null = null;
    let headerText: string | null = null;
    let failed = false;
    let width = 0;
    const start = (headers: string[], line: number): void => {
      const r = resolveFields(headers, Array.isArray(options.columns) ? undefined : options.columns);
      for (const p of r.problems) {
        sink.report(
          diagnostic('error', 'traces/csv-columns', p.message, {
            file,
            line: line > 0 ? line : undefined,
            column: p.column
          })
        );
      }
      if (!r.map) {
        failed = true;
        return;
      }
      map = r.map;
      width = headers.length;
      reader = new RecordReader(sink, options, map, zone);
      sink.note?.(fieldsNote(file, map, zone));
    };
    if (Array.isArray(options.columns)) {
      start(options.columns, 0);
    }
    await forEachLine(
      chunks,
      (text, line) => {
        if (text.trim() === '' || text.startsWith('#')) return;
        if (sep === null) sep = separatorOf(text);
        if (failed) {
          sink.drop('malformed-row', line, 'the header could not be used');
          return;
        }
        if (map === null) {
          headerText = text;
          start(splitCsvRecord(text, sep), line);
          return;
        }
        // A repeated header (concatenated logs) is skipped.
        if (text === headerText) return;
        const cells = splitCsvRecord(text, sep);
        if (cells.length < width) {
          sink.drop('malformed-row', line, `${cells.length} fields where the header has ${width}`);
          return;
        }
        const m = map as FieldMap;
        reader!.record(cells[m.timestamp], cells[m.energy >= 0 ? m.energy : m.power], cells, line);
      },
      (line) => sink.drop('malformed-row', line, 'an overlong line')
    );
  }
};
