/**
 * What generic CSV and JSON Lines share once a row's cells are found: reading the time, the
 * power or energy and the device of one record and handing it to the sink.
 */
import { excerpt } from '../../excerpt.js';
import type { FieldMap } from '../fields.js';
import { epochToMs, epochUnitOf, parseDateTime, type EpochUnit } from '../timestamps.js';
import type { Zone } from '../timezone.js';
import type { ParseOptions, SampleSink } from '../types.js';

/** Texts that mean "no value" in generic logs. */
const UNAVAILABLE = new Set(['', 'na', 'n/a', '[n/a]', 'nan', 'null', 'none', '-', '[not supported]', 'unknown']);

/** Epoch seconds below this (2001-09-09) are taken as elapsed seconds, not wall-clock time. */
const RELATIVE_TIME_BELOW_S = 1e9;

/**
 * A cell as text: JSON Lines cells may be lists or objects, which are named by their kind and
 * never converted to text (that would walk them, and a hostile line nests thousands deep).
 */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Reads records of one file with a resolved field map. */
export class RecordReader {
  /** How numeric timestamps are read, decided on the first one: epoch or relative seconds. */
  private numericMode: 'epoch' | 'relative' | undefined;
  private unit: EpochUnit = 'auto';
  private readonly declared = new Set<string>();

  constructor(
    private readonly sink: SampleSink,
    private readonly options: ParseOptions,
    private readonly map: FieldMap,
    private readonly zone: Zone
  ) {}

  /** The UTC ms of a time cell (string or number); NaN when unreadable. */
  time(value: unknown): number {
    if (typeof value === 'number') return this.numericTime(value);
    if (typeof value !== 'string') return NaN;
    const text = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(text)) return this.numericTime(Number(text));
    return parseDateTime(text, this.zone);
  }

  private numericTime(v: number): number {
    if (!Number.isFinite(v)) return NaN;
    if (this.numericMode === undefined) {
      // The unit (given by the header, else by the first value's magnitude) and whether the
      // numbers are epoch or elapsed time are decided once, so a file is read one way.
      this.unit = this.map.timeUnit === 'auto' ? epochUnitOf(v) : this.map.timeUnit;
      this.numericMode = epochToMs(v, this.unit) / 1000 < RELATIVE_TIME_BELOW_S ? 'relative' : 'epoch';
    }
    return epochToMs(v, this.unit);
  }

  /** The device key of a record (host and device cells joined), prefixed by the file's. */
  device(cells: readonly unknown[]): string {
    if (this.map.devices.length === 0) return `${this.options.devicePrefix}total`;
    let key = '';
    for (let i = 0; i < this.map.devices.length; i++) {
      const v = cells[this.map.devices[i]];
      key += (i > 0 ? '/' : '') + cellText(v).trim();
    }
    return this.options.devicePrefix + key;
  }

  /** Hands one record to the sink, or drops it with the reason. */
  record(timeCell: unknown, valueCell: unknown, cells: readonly unknown[], line: number): void {
    const isEnergy = this.map.energy >= 0;
    const raw = typeof valueCell === 'string' ? valueCell.trim() : valueCell;
    if (raw === undefined || raw === null || (typeof raw === 'string' && UNAVAILABLE.has(raw.toLowerCase()))) {
      this.sink.drop(
        'unavailable',
        line,
        raw === undefined ? 'missing' : raw === null ? 'null' : excerpt(raw) || 'blank'
      );
      return;
    }
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
    if (Number.isNaN(value)) {
      this.sink.drop('non-numeric', line, excerpt(cellText(raw)));
      return;
    }
    const timeMs = this.time(timeCell);
    if (Number.isNaN(timeMs)) {
      this.sink.drop('bad-timestamp', line, excerpt(cellText(timeCell)));
      return;
    }
    const device = this.device(cells);
    if (this.numericMode === 'relative' && !this.declared.has(device)) {
      this.declared.add(device);
      this.sink.untimed?.(
        device,
        `numeric times below ${RELATIVE_TIME_BELOW_S} s are read as elapsed seconds, not epoch time`
      );
    }
    if (isEnergy) this.sink.counter(device, timeMs, value * this.map.energyToJ, line);
    else this.sink.power(device, timeMs, value * this.map.powerToW, line);
  }
}

/** A note that says which columns were used, and how. */
export function fieldsNote(file: string, map: FieldMap, zone: Zone): string {
  const what =
    map.energy >= 0
      ? `the cumulative energy column "${excerpt(map.names.energy ?? '')}" (increases summed; a decrease is a reset)`
      : `the power column "${excerpt(map.names.power ?? '')}" (trapezoid)`;
  return `${file}: integrated ${what} over "${excerpt(map.names.timestamp ?? '')}" per ${map.names.device ? `"${excerpt(map.names.device)}"` : 'file (no device column)'}; timestamps without a zone read in ${zone.name}.`;
}
