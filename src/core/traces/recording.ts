/**
 * A parse recorded on one thread and replayed on another. A worker runs a format's parser with a
 * {@link RecordingSink}, which writes every call the parser makes into pages of plain data (the
 * samples in typed arrays, moved between threads without a copy); the main thread replays the
 * pages, in the order of the file, into the one integrator. The integrator then sees exactly the
 * calls, in exactly the order, that the single-threaded read makes, so the energy, the hours and
 * the diagnostics are the same to the bit: only the parsing runs in parallel.
 *
 * Lines: a part of a file read on its own counts lines from 1; the replay adds the lines of the
 * parts before it (a line of 0 means "no line" and stays 0).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Component, DropReason, SampleSink } from './types.js';

/** The samples of a page, in columns: batches are ranges of them. Reused page after page. */
export interface PageColumns {
  slots: Int32Array;
  times: Float64Array;
  powers: Float64Array;
  lines: Float64Array;
}

/** Samples a page's columns hold: pages of about 2 MB keep the messages few and the memory held small. */
const PAGE_SAMPLES = 65536;

/**
 * Where a recording sink takes its page columns from, and where a replayed page's columns go back
 * to: reused, so that reading a file of any size allocates a few pages' worth and no more (each
 * thread has its own; the main thread hands the columns back after replaying them).
 */
export class ColumnStore {
  private readonly free: PageColumns[] = [];

  /** Columns for a page of at least `samples` samples: a returned one where it fits, else new ones. */
  take(samples: number): PageColumns {
    if (samples <= PAGE_SAMPLES) {
      const reused = this.free.pop();
      if (reused !== undefined) return reused;
    }
    const n = Math.max(samples, PAGE_SAMPLES);
    return {
      slots: new Int32Array(n),
      times: new Float64Array(n),
      powers: new Float64Array(n),
      lines: new Float64Array(n)
    };
  }

  /** Columns back for reuse (a few are kept; more would only hold memory). */
  give(columns: PageColumns): void {
    if (columns.slots.length === PAGE_SAMPLES && this.free.length < 4) this.free.push(columns);
  }
}

/** One recorded call of a {@link SampleSink} method. */
export type RecordedEvent =
  | {
      k: 'batch';
      /** The device names, where they changed since the page's previous batch (else the last ones). */
      names?: string[];
      /** The batch's samples: `count` of the page's columns from `at`. */
      at: number;
      count: number;
    }
  | { k: 'power'; device: string; timeMs: number; powerW: number; line: number; component?: Component }
  | {
      k: 'counter';
      device: string;
      timeMs: number;
      energyJ: number;
      line: number;
      wrapJ?: number;
      component?: Component;
    }
  | {
      k: 'interval';
      device: string;
      startMs: number;
      endMs: number;
      energyKWh: number;
      line: number;
      component?: Component;
    }
  | { k: 'drop'; reason: DropReason; line: number; detail?: string }
  | { k: 'report'; diagnostic: Diagnostic }
  | { k: 'note'; text: string }
  | { k: 'untimed'; device: string; reason: string }
  | { k: 'pue'; included: boolean; pues?: number[] };

/** Recorded calls in order, handed over together, with the columns their batches refer to. */
export interface RecordedPage {
  events: RecordedEvent[];
  /** The samples of the page's batches; absent when it has none. */
  columns?: PageColumns;
}

/** The array buffers of a page's columns, to transfer (not copy) them to another thread. */
export function columnTransfers(columns: PageColumns | undefined): ArrayBuffer[] {
  if (columns === undefined) return [];
  // Plain typed arrays made by ColumnStore: never shared memory.
  return [columns.slots.buffer, columns.times.buffer, columns.powers.buffer, columns.lines.buffer] as ArrayBuffer[];
}

/**
 * A SampleSink that records. `onPage` receives each full page, and the last one from `end()`.
 * Batches are copied out of the parser's arrays (which it reuses) into the page's columns.
 */
export class RecordingSink implements SampleSink {
  private events: RecordedEvent[] = [];
  private columns: PageColumns | undefined;
  private samples = 0;
  private lastNames: readonly string[] | null = null;
  private lastNamesLength = -1;

  constructor(
    private readonly onPage: (page: RecordedPage) => void,
    private readonly store: ColumnStore = new ColumnStore()
  ) {}

  /** @inheritdoc */
  power(device: string, timeMs: number, powerW: number, line: number, component?: Component): void {
    this.push({ k: 'power', device, timeMs, powerW, line, ...(component ? { component } : {}) });
  }

  /** @inheritdoc */
  powerBatch(
    devices: readonly string[],
    slots: Int32Array,
    timesMs: Float64Array,
    powersW: Float64Array,
    lines: Float64Array,
    count: number
  ): void {
    if (this.columns !== undefined && this.samples + count > this.columns.slots.length) this.cut();
    const columns = (this.columns ??= this.store.take(count));
    const at = this.samples;
    columns.slots.set(slots.subarray(0, count), at);
    columns.times.set(timesMs.subarray(0, count), at);
    columns.powers.set(powersW.subarray(0, count), at);
    columns.lines.set(lines.subarray(0, count), at);
    this.samples += count;
    const changed = devices !== this.lastNames || devices.length !== this.lastNamesLength;
    this.lastNames = devices;
    this.lastNamesLength = devices.length;
    this.events.push({ k: 'batch', ...(changed ? { names: [...devices] } : {}), at, count });
  }

  /** @inheritdoc */
  counter(device: string, timeMs: number, energyJ: number, line: number, wrapJ?: number, component?: Component): void {
    this.push({
      k: 'counter',
      device,
      timeMs,
      energyJ,
      line,
      ...(wrapJ !== undefined ? { wrapJ } : {}),
      ...(component ? { component } : {})
    });
  }

  /** @inheritdoc */
  interval(
    device: string,
    startMs: number,
    endMs: number,
    energyKWh: number,
    line: number,
    component?: Component
  ): void {
    this.push({ k: 'interval', device, startMs, endMs, energyKWh, line, ...(component ? { component } : {}) });
  }

  /** @inheritdoc */
  drop(reason: DropReason, line: number, detail?: string): void {
    this.push({ k: 'drop', reason, line, ...(detail !== undefined ? { detail } : {}) });
  }

  /** @inheritdoc */
  report(d: Diagnostic): void {
    this.push({ k: 'report', diagnostic: d });
  }

  /** @inheritdoc */
  note(text: string): void {
    this.push({ k: 'note', text });
  }

  /** @inheritdoc */
  untimed(device: string, reason: string): void {
    this.push({ k: 'untimed', device, reason });
  }

  /** @inheritdoc */
  pueIncluded(included: boolean, pues?: readonly number[]): void {
    this.push({ k: 'pue', included, ...(pues ? { pues: [...pues] } : {}) });
  }

  /** Hands over what is left as the last page (possibly empty). */
  end(): void {
    this.cut();
  }

  private push(e: RecordedEvent): void {
    this.events.push(e);
    // Pages of other calls (formats that call `power` per sample) are cut by count too.
    if (this.events.length >= PAGE_SAMPLES) this.cut();
  }

  private cut(): void {
    const page: RecordedPage = { events: this.events, ...(this.columns ? { columns: this.columns } : {}) };
    this.events = [];
    this.columns = undefined;
    this.samples = 0;
    // A new page repeats the device names: pages are replayed on their own.
    this.lastNames = null;
    this.onPage(page);
  }
}

/** State a replay carries from page to page: the device names of the last batch. */
export interface ReplayState {
  names: string[];
}

/** A fresh replay state, one per recorded part. */
export function replayState(): ReplayState {
  return { names: [] };
}

/**
 * Calls `sink` as the recorded parser called its sink, with every line moved by `lineOffset`
 * (the lines of the file before the recorded part). The batches' line arrays are moved in place.
 */
export function replayPage(page: RecordedPage, sink: SampleSink, lineOffset: number, state: ReplayState): void {
  const at = (line: number): number => (line > 0 ? line + lineOffset : line);
  const c = page.columns;
  for (const e of page.events) {
    switch (e.k) {
      case 'batch': {
        if (e.names) state.names = e.names;
        const end = e.at + e.count;
        const slots = c!.slots.subarray(e.at, end);
        const times = c!.times.subarray(e.at, end);
        const powers = c!.powers.subarray(e.at, end);
        const lines = c!.lines.subarray(e.at, end);
        if (lineOffset !== 0) for (let i = 0; i < lines.length; i++) if (lines[i] > 0) lines[i] += lineOffset;
        if (sink.powerBatch) sink.powerBatch(state.names, slots, times, powers, lines, e.count);
        else for (let i = 0; i < e.count; i++) sink.power(state.names[slots[i]], times[i], powers[i], lines[i]);
        break;
      }
      case 'power':
        sink.power(e.device, e.timeMs, e.powerW, at(e.line), e.component);
        break;
      case 'counter':
        sink.counter(e.device, e.timeMs, e.energyJ, at(e.line), e.wrapJ, e.component);
        break;
      case 'interval':
        sink.interval(e.device, e.startMs, e.endMs, e.energyKWh, at(e.line), e.component);
        break;
      case 'drop':
        sink.drop(e.reason, at(e.line), e.detail);
        break;
      case 'report': {
        const d = e.diagnostic;
        const moved = { ...d };
        if (d.line !== undefined) moved.line = at(d.line);
        if (d.endLine !== undefined) moved.endLine = at(d.endLine);
        sink.report(moved);
        break;
      }
      case 'note':
        sink.note?.(e.text);
        break;
      case 'untimed':
        sink.untimed?.(e.device, e.reason);
        break;
      case 'pue':
        sink.pueIncluded?.(e.included, e.pues);
        break;
    }
  }
}
