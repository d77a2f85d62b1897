/**
 * `nvidia-smi dmon` logs: whitespace-aligned columns under a `# gpu pwr ...` header (repeated
 * every screenful), integer watts in `pwr`, `-` where a value is unavailable.
 *
 * Time: with `-o DT` each row carries `YYYYMMDD HH:MM:SS` (local time, read in the manifest's
 * timezone). Without a date (`-o T`, or no `-o` at all) the rows cannot be placed in wall-clock
 * time: times are relative (the time of day, rolled over at midnight, with `-o T`; otherwise
 * dmon's default interval of 1 s is assumed per row of each GPU), the energy still counts, and a
 * warning says so.
 */
import { diagnostic } from '../../diagnostics.js';
import { excerptList } from '../../excerpt.js';
import { forEachLine } from '../stream.js';
import { parseDateTime } from '../timestamps.js';
import { UTC, type Zone } from '../timezone.js';
import type { ParseOptions, SampleSink, TraceFormat } from '../types.js';

/** Every diagnostic code of the nvidia-smi dmon reader (documented in docs/diagnostics/traces.md). */
export const NVIDIA_SMI_DMON_CODES = ['traces/dmon-no-power', 'traces/dmon-no-header'] as const;

/** dmon's default sampling interval (`-d 1`), assumed when rows carry no time. */
const DMON_DEFAULT_INTERVAL_MS = 1000;
const DAY_MS = 86_400_000;

/** Column names of a `#` header line (`# gpu pwr`, `#Date Time gpu pwr`), lower-cased. */
function headerNames(line: string): string[] {
  return line
    .replace(/^#/, '')
    .trim()
    .split(/\s+/)
    .map((n) => n.toLowerCase());
}

/** The format, for the registry. */
export const format: TraceFormat = {
  id: 'nvidia-smi-dmon',
  component: 'gpu',
  detect(head: string): boolean {
    const first = head.split('\n').find((l) => l.trim() !== '');
    if (first === undefined || !first.startsWith('#')) return false;
    const names = headerNames(first);
    // pmon (per-process) shares the '# gpu' start but has a pid column.
    return (
      names.includes('gpu') &&
      !names.includes('pid') &&
      (names.includes('pwr') || names.includes('sm') || names.includes('gtemp'))
    );
  },
  async parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
    const file = options.file;
    const zone = options.zone ?? UTC;
    let names: string[] | null = null;
    let gpuCol = -1,
      pwrCol = -1,
      dateCol = -1,
      timeCol = -1;
    let reportedNoPower = false;
    let reportedNoHeader = false;
    let mode: 'datetime' | 'time' | 'none' = 'none';
    const rowsPerDevice = new Map<string, number>();
    const lastTimeOfDay = new Map<string, { last: number; dayOffset: number }>();
    const declared = new Set<string>();
    await forEachLine(
      chunks,
      (text, line) => {
        if (text.trim() === '') return;
        if (text.startsWith('#')) {
          const h = headerNames(text);
          if (!h.includes('gpu')) return; // the units line (`# Idx W C ...`)
          if (names !== null && h.join(' ') === names.join(' ')) return;
          names = h;
          gpuCol = h.indexOf('gpu');
          pwrCol = h.indexOf('pwr');
          dateCol = h.indexOf('date');
          timeCol = h.indexOf('time');
          mode = dateCol >= 0 && timeCol >= 0 ? 'datetime' : timeCol >= 0 ? 'time' : 'none';
          if (pwrCol < 0 && !reportedNoPower) {
            reportedNoPower = true;
            sink.report(
              diagnostic(
                'error',
                'traces/dmon-no-power',
                `This dmon log has no pwr column (columns: ${excerptList(h)}): record it with nvidia-smi dmon -s p (or -s pucm) -o DT.`,
                { file, line }
              )
            );
          }
          if (mode === 'datetime')
            sink.note?.(`${file}: integrated dmon's pwr (integer watts) per gpu; timestamps read in ${zone.name}.`);
          else
            sink.note?.(
              `${file}: integrated dmon's pwr (integer watts) per gpu; the log has no date column, so its times are relative (record with -o DT).`
            );
          return;
        }
        if (names === null) {
          if (!reportedNoHeader) {
            reportedNoHeader = true;
            sink.report(
              diagnostic(
                'error',
                'traces/dmon-no-header',
                'dmon rows before any "# gpu ..." header line: the columns are unknown.',
                { file, line }
              )
            );
          }
          sink.drop('malformed-row', line, 'a row before any header');
          return;
        }
        if (pwrCol < 0) {
          sink.drop('malformed-row', line, 'no pwr column');
          return;
        }
        const cells = text.trim().split(/\s+/);
        if (cells.length !== names.length) {
          sink.drop('malformed-row', line, `${cells.length} fields where the header has ${names.length}`);
          return;
        }
        const device = `${options.devicePrefix}${cells[gpuCol]}`;
        const raw = cells[pwrCol];
        let timeMs: number;
        if (mode === 'datetime') {
          timeMs = dmonDateTime(cells[dateCol], cells[timeCol], zone);
        } else {
          if (!declared.has(device)) {
            declared.add(device);
            sink.untimed?.(
              device,
              mode === 'time'
                ? 'dmon -o T has no date; times of day are used, rolled over at midnight'
                : `dmon without -o DT has no times; rows are assumed ${DMON_DEFAULT_INTERVAL_MS / 1000} s apart (dmon's default -d 1)`
            );
          }
          if (mode === 'time') {
            const tod = timeOfDayMs(cells[timeCol]);
            let st = lastTimeOfDay.get(device);
            if (st === undefined) {
              st = { last: tod, dayOffset: 0 };
              lastTimeOfDay.set(device, st);
            }
            // A time of day more than 12 h earlier than the last one is the next day.
            if (tod < st.last - DAY_MS / 2) st.dayOffset += DAY_MS;
            st.last = tod;
            timeMs = tod + st.dayOffset;
          } else {
            const k = rowsPerDevice.get(device) ?? 0;
            rowsPerDevice.set(device, k + 1);
            timeMs = k * DMON_DEFAULT_INTERVAL_MS;
          }
        }
        if (raw === '-' || raw === 'N/A') {
          sink.drop('unavailable', line, raw);
          return;
        }
        if (!/^-?\d+(\.\d+)?$/.test(raw)) {
          sink.drop('non-numeric', line, raw);
          return;
        }
        sink.power(device, timeMs, Number(raw), line);
      },
      (line) => sink.drop('malformed-row', line, 'an overlong line')
    );
  }
};

/** `20261127` + `05:02:35` → UTC ms, local time in `zone`; NaN when unreadable. */
function dmonDateTime(date: string, time: string, zone: Zone): number {
  if (!/^\d{8}$/.test(date) || !/^\d{2}:\d{2}:\d{2}$/.test(time)) return NaN;
  return parseDateTime(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)} ${time}`, zone);
}

/** `HH:MM:SS` → ms since midnight; NaN when unreadable. */
function timeOfDayMs(time: string): number {
  const t = /^(\d{2}):(\d{2}):(\d{2})$/.exec(time);
  if (!t) return NaN;
  const h = Number(t[1]),
    m = Number(t[2]),
    s = Number(t[3]);
  if (h > 23 || m > 59 || s > 60) return NaN;
  return ((h * 60 + m) * 60 + s) * 1000;
}
