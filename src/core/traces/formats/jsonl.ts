/**
 * JSON Lines power logs: one flat object per line, e.g.
 * `{"timestamp": "2026-11-27T05:02:35Z", "device": "0", "power_w": 79.1}` or with a cumulative
 * `energy_j` / `energy_kwh`. Keys are matched like CSV headers (see fields.ts), on the first
 * object; a `columns` map picks them by role.
 */
import { diagnostic } from '../../diagnostics.js';
import { resolveFields, type FieldMap } from '../fields.js';
import { forEachLine } from '../stream.js';
import { UTC } from '../timezone.js';
import type { ParseOptions, SampleSink, TraceFormat } from '../types.js';
import { fieldsNote, RecordReader } from './generic.js';

/** Every diagnostic code of the JSON Lines reader (documented in docs/diagnostics/traces.md). */
export const JSONL_CODES = ['traces/jsonl-keys'] as const;

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The format, for the registry. */
export const format: TraceFormat = {
  id: 'jsonl',
  generic: true,
  detect(head: string, fileName: string): boolean {
    const first = head.split('\n').find((l) => l.trim() !== '');
    if (first === undefined || !first.trimStart().startsWith('{')) return false;
    const obj = parseObject(first);
    if (obj === undefined) return false;
    return resolveFields(Object.keys(obj)).map !== undefined || /\.jsonl(\.gz)?$|\.ndjson(\.gz)?$/i.test(fileName);
  },
  async parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
    const file = options.file;
    const zone = options.zone ?? UTC;
    let keys: string[] | null = null;
    let map: FieldMap | null = null;
    let reader: RecordReader | null = null;
    let failed = false;
    await forEachLine(
      chunks,
      (text, line) => {
        if (text.trim() === '') return;
        const obj = parseObject(text);
        if (obj === undefined) {
          sink.drop('malformed-row', line, 'not a JSON object');
          return;
        }
        if (failed) {
          sink.drop('malformed-row', line, 'the keys could not be used');
          return;
        }
        if (map === null) {
          keys = Object.keys(obj);
          const r = resolveFields(keys, Array.isArray(options.columns) ? undefined : options.columns);
          for (const p of r.problems)
            sink.report(
              diagnostic(
                'error',
                'traces/jsonl-keys',
                p.message.replace(/header/g, 'first object').replace(/column/g, 'key'),
                { file, line }
              )
            );
          if (!r.map) {
            failed = true;
            sink.drop('malformed-row', line, 'the keys could not be used');
            return;
          }
          map = r.map;
          reader = new RecordReader(sink, options, map, zone);
          sink.note?.(fieldsNote(file, map, zone).replace(/column/g, 'key'));
        }
        const m = map as FieldMap;
        const k = keys!;
        // Own keys only: a line without the first object's `constructor` key must not read Object's.
        const cells = k.map((key) => (Object.hasOwn(obj, key) ? obj[key] : undefined));
        reader!.record(cells[m.timestamp], cells[m.energy >= 0 ? m.energy : m.power], cells, line);
      },
      (line) => sink.drop('malformed-row', line, 'an overlong line')
    );
  }
};
