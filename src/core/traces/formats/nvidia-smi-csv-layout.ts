/**
 * The column layout of `nvidia-smi --query-gpu=... --format=csv` logs: detecting the format,
 * reading a header line into column roles, and the tables of preferred columns. The streaming
 * reader (nvidia-smi-csv.ts) calls this once per header; its per-row loop only reads `roleOf`.
 *
 * Columns: `timestamp`; the power is `power.draw.average` where present, else `power.draw`, else
 * `power.draw.instant` (per row, the first of these that is available); the device is `uuid`,
 * else `index`, else `pci.bus_id`. A `columns` map may name other headers for `timestamp`,
 * `power` and `device`; header-less logs (`noheader`) take their column names from a `columns`
 * list.
 */
import { diagnostic } from '../../diagnostics.js';
import { excerpt, excerptList } from '../../excerpt.js';
import { closestNames, didYouMean } from '../../suggest.js';
import type { ParseOptions, SampleSink } from '../types.js';

/** Power columns in order of preference. */
export const POWER_COLUMNS = ['power.draw.average', 'power.draw', 'power.draw.instant'] as const;
/** Device columns in order of preference. */
const DEVICE_COLUMNS = ['uuid', 'index', 'pci.bus_id'] as const;

/** Column roles in `Layout.roleOf`: a column the reader skips, the time, the device. */
export const ROLE_NONE = 0;
export const ROLE_TIME = 1;
export const ROLE_DEVICE = 2;
/** Power roles are ROLE_POWER + rank (0 = most preferred). */
export const ROLE_POWER = 3;

/** The column layout a header (or a `columns` list) defines. */
export interface Layout {
  /** Header text as bytes, to skip identical repeats quickly. */
  headerBytes: Uint8Array | null;
  names: string[];
  roleOf: Int8Array;
  /** Last column a row is scanned to: the preferred power column's, until a row needs more. */
  lastNeeded: number;
  /** Last column of any role (fallback power columns included). */
  lastAll: number;
  powerNames: string[];
  deviceName: string | undefined;
  /**
   * The span a row reader may take in one comparison: from the end of the time column's field to
   * the start of column `segmentTo`'s, when only skipped columns and the device column lie between
   * (per device, those bytes rarely change: `, 0, GPU-..., NVIDIA H100 80GB HBM3, `). -1 when the
   * columns are in another order.
   */
  segmentFrom: number;
  segmentTo: number;
}

/**
 * The time column and the first needed column after the device column, when the columns from the
 * time column to it hold nothing needed but the device (see `Layout.segmentFrom`); else -1s.
 */
function segmentOf(roleOf: Int8Array, lastNeeded: number): { segmentFrom: number; segmentTo: number } {
  const none = { segmentFrom: -1, segmentTo: -1 };
  const from = roleOf.indexOf(ROLE_TIME);
  if (from < 0) return none;
  let device = false;
  for (let col = from + 1; col <= lastNeeded; col++) {
    const role = roleOf[col];
    if (role === ROLE_DEVICE) device = true;
    else if (role !== ROLE_NONE) return device ? { segmentFrom: from, segmentTo: col } : none;
  }
  return none;
}

/**
 * Column name without its ` [unit]`: the trimmed header less a last `[...]` (no `]` inside) and
 * the blanks before it. Found by scanning back from the end, in linear time: the regex
 * `\s*\[[^\]]*\]\s*$` tried at every `[` of a header of a million `[` is quadratic.
 */
function baseName(header: string): string {
  const t = header.trim();
  const end = t.length - 1;
  if (end < 1 || t[end] !== ']') return t;
  const open = t.indexOf('[', t.lastIndexOf(']', end - 1) + 1);
  if (open < 0 || open >= end) return t;
  return t.slice(0, open).trimEnd();
}

const FIELD_NAME = /^[a-z][a-z0-9_.]*$/i;

/** True when a line is an nvidia-smi CSV header: every field a field name, one a power.draw one. */
export function isHeaderLine(text: string): boolean {
  const fields = text.split(',').map(baseName);
  return (
    fields.every((f) => FIELD_NAME.test(f)) &&
    fields.some((f) => f.toLowerCase().startsWith('power.draw') || f === 'timestamp')
  );
}

const SLASH_TIME = /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/;

/**
 * True when a log's first line (comments skipped) is an nvidia-smi CSV header (field names joined
 * by ", " with a power.draw field or nvidia-smi's bracketed units), or a header-less row with
 * nvidia-smi's own timestamp layout.
 */
export function detectNvidiaSmiCsv(head: string): boolean {
  const first = head.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (first === undefined) return false;
  // A header: field names joined by ", ", with a power.draw field or nvidia-smi's bracketed units.
  if (first.includes(',') && isHeaderLine(first) && /power\.draw|, \S+ \[(W|MiB|%|MHz)\]/i.test(first)) return true;
  // noheader: `2026/11/27 05:02:35.255, 0, 79.11`, nvidia-smi's own timestamp layout.
  return first.includes(', ') && first.split(',').some((f) => SLASH_TIME.test(f.trim()) && f.trim().length <= 26);
}

/**
 * Builds the column layout of a header line (or of a `columns` list, `lineNo` 0): which column is
 * the time, the device and each power column, and how far a row must be scanned. Reports what is
 * missing to the sink, and notes which columns it integrates; a layout without the columns it
 * needs has no roles, so its rows are dropped as malformed until a usable header appears.
 */
export function buildLayout(
  headers: string[],
  headerBytes: Uint8Array | null,
  lineNo: number,
  sink: SampleSink,
  options: ParseOptions,
  zoneName: string
): Layout {
  const names = headers.map(baseName);
  const lower = names.map((n) => n.toLowerCase());
  const file = options.file;
  const at = lineNo > 0 ? { file, line: lineNo } : { file };
  const map = !Array.isArray(options.columns) ? options.columns : undefined;
  const find = (name: string): number => lower.indexOf(baseName(name).toLowerCase());
  const roleOf = new Int8Array(names.length);
  let ok = true;
  const mapped = (role: 'timestamp' | 'power' | 'device'): number | undefined => {
    const header = map?.[role];
    if (header === undefined) return undefined;
    const i = find(header);
    if (i < 0) {
      ok = false;
      sink.report(
        diagnostic(
          'error',
          'traces/unknown-column',
          `The columns map names "${excerpt(header)}" for ${role}, but this nvidia-smi log has no such column; it has ${excerptList(names)}.${didYouMean(closestNames(header, names))}`,
          at
        )
      );
    }
    return i;
  };
  if (map) {
    for (const key of Object.keys(map)) {
      if (key !== 'timestamp' && key !== 'power' && key !== 'device') {
        sink.report(
          diagnostic(
            'error',
            'traces/unknown-column-role',
            `Unknown key "${excerpt(key)}" in the columns map for an nvidia-smi log: expected timestamp, power or device.${didYouMean(closestNames(key, ['timestamp', 'power', 'device']))}`,
            at
          )
        );
      }
    }
  }
  const ts = mapped('timestamp') ?? find('timestamp');
  if (ts < 0) {
    if (map?.timestamp === undefined) {
      sink.report(
        diagnostic(
          'error',
          'traces/nvidia-smi-no-timestamp',
          `This nvidia-smi log has no timestamp column (columns: ${names.join(', ')}): record it with --query-gpu=timestamp,index,power.draw,...`,
          at
        )
      );
    }
    ok = false;
  } else roleOf[ts] = ROLE_TIME;
  const powerNames: string[] = [];
  const powerCols: number[] = [];
  const mappedPower = mapped('power');
  if (mappedPower !== undefined) {
    if (mappedPower >= 0) {
      roleOf[mappedPower] = ROLE_POWER;
      powerNames.push(names[mappedPower]);
      powerCols.push(mappedPower);
    }
  } else {
    for (const p of POWER_COLUMNS) {
      const i = find(p);
      if (i >= 0) {
        roleOf[i] = ROLE_POWER + powerNames.length;
        powerNames.push(names[i]);
        powerCols.push(i);
      }
    }
    if (powerNames.length === 0) {
      ok = false;
      sink.report(
        diagnostic(
          'error',
          'traces/nvidia-smi-no-power',
          `This nvidia-smi log has no power column (columns: ${names.join(', ')}): expected one of ${POWER_COLUMNS.join(', ')}.${didYouMean(closestNames('power.draw', names))}`,
          at
        )
      );
    }
  }
  let deviceName: string | undefined;
  const mappedDevice = mapped('device');
  let dev = mappedDevice ?? -1;
  if (mappedDevice === undefined) {
    for (const d of DEVICE_COLUMNS) {
      dev = find(d);
      if (dev >= 0) break;
    }
  }
  if (dev >= 0) {
    roleOf[dev] = ROLE_DEVICE;
    deviceName = names[dev];
  }
  if (!ok) {
    // Rows under an unusable header are dropped as malformed until a usable header appears.
    return {
      headerBytes,
      names,
      roleOf: new Int8Array(0),
      lastNeeded: -1,
      lastAll: -1,
      powerNames: [],
      deviceName: undefined,
      segmentFrom: -1,
      segmentTo: -1
    };
  }
  // Rows are scanned up to the preferred power column; the fallback columns only once a row
  // needs them (then for the rest of the layout).
  const lastNeeded = Math.max(ts, dev, powerCols[0]);
  const lastAll = powerCols.reduce((a, b) => Math.max(a, b), lastNeeded);
  const prefix = `${file}: integrated ${powerNames[0]}`;
  sink.note?.(
    `${prefix}${powerNames.length > 1 ? ` (preferred over ${powerNames.slice(1).join(', ')})` : ''} per ${deviceName ?? 'file (no device column: all rows are one GPU)'}; timestamps without a zone read in ${zoneName}.`
  );
  return { headerBytes, names, roleOf, lastNeeded, lastAll, powerNames, deviceName, ...segmentOf(roleOf, lastAll) };
}
