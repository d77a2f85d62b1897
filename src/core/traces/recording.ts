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

/** One recorded call of a {@link SampleSink} method. */
export type RecordedEvent =
  | {
      k: 'batch';
      /** The device names, where they changed since the page's previous batch (else the last ones). */
      names?: string[];
      slots: Int32Array;
      times: Float64Array;
      powers: Float64Array;
      lines: Float64Array;
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

/** Recorded calls in order, handed over together (a page stands alone: it repeats its device names). */
export type RecordedPage = RecordedEvent[];

/** Samples per page: pages of about 2 MB keep the messages few and the memory held small. */
const PAGE_SAMPLES = 65536;

/** The array buffers of a page, to transfer (not copy) it to another thread. */
export function pageTransfers(page: RecordedPage): ArrayBuffer[] {
  const out: ArrayBufferLike[] = [];
  for (const e of page) {
    if (e.k === 'batch') out.push(e.slots.buffer, e.times.buffer, e.powers.buffer, e.lines.buffer);
  }
  // Slices of plain typed arrays: never shared memory.
  return out as ArrayBuffer[];
}

/**
 * A SampleSink that records. `onPage` receives each full page, and the last one from `end()`.
 * Batches are copied out of the parser's arrays (which it reuses).
 */
export class RecordingSink implements SampleSink {
  private page: RecordedPage = [];
  private samples = 0;
  private lastNames: readonly string[] | null = null;
  private lastNamesLength = -1;

  constructor(private readonly onPage: (page: RecordedPage) => void) {}

  /** @inheritdoc */
  power(device: string, timeMs: number, powerW: number, line: number, component?: Component): void {
    this.push({ k: 'power', device, timeMs, powerW, line, ...(component ? { component } : {}) }, 1);
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
    const changed = devices !== this.lastNames || devices.length !== this.lastNamesLength;
    this.lastNames = devices;
    this.lastNamesLength = devices.length;
    this.push(
      {
        k: 'batch',
        ...(changed ? { names: [...devices] } : {}),
        slots: slots.slice(0, count),
        times: timesMs.slice(0, count),
        powers: powersW.slice(0, count),
        lines: lines.slice(0, count)
      },
      count
    );
  }

  /** @inheritdoc */
  counter(device: string, timeMs: number, energyJ: number, line: number, wrapJ?: number, component?: Component): void {
    this.push(
      {
        k: 'counter',
        device,
        timeMs,
        energyJ,
        line,
        ...(wrapJ !== undefined ? { wrapJ } : {}),
        ...(component ? { component } : {})
      },
      1
    );
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
    this.push({ k: 'interval', device, startMs, endMs, energyKWh, line, ...(component ? { component } : {}) }, 1);
  }

  /** @inheritdoc */
  drop(reason: DropReason, line: number, detail?: string): void {
    this.push({ k: 'drop', reason, line, ...(detail !== undefined ? { detail } : {}) }, 1);
  }

  /** @inheritdoc */
  report(d: Diagnostic): void {
    this.push({ k: 'report', diagnostic: d }, 1);
  }

  /** @inheritdoc */
  note(text: string): void {
    this.push({ k: 'note', text }, 1);
  }

  /** @inheritdoc */
  untimed(device: string, reason: string): void {
    this.push({ k: 'untimed', device, reason }, 1);
  }

  /** @inheritdoc */
  pueIncluded(included: boolean, pues?: readonly number[]): void {
    this.push({ k: 'pue', included, ...(pues ? { pues: [...pues] } : {}) }, 1);
  }

  /** Hands over what is left as the last page (possibly empty). */
  end(): void {
    const page = this.page;
    this.page = [];
    this.samples = 0;
    this.onPage(page);
  }

  private push(e: RecordedEvent, samples: number): void {
    this.page.push(e);
    this.samples += samples;
    if (this.samples >= PAGE_SAMPLES) {
      const page = this.page;
      this.page = [];
      this.samples = 0;
      // A new page repeats the device names: pages are replayed on their own.
      this.lastNames = null;
      this.onPage(page);
    }
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
  for (const e of page) {
    switch (e.k) {
      case 'batch': {
        if (e.names) state.names = e.names;
        const lines = e.lines;
        if (lineOffset !== 0) for (let i = 0; i < lines.length; i++) if (lines[i] > 0) lines[i] += lineOffset;
        if (sink.powerBatch) sink.powerBatch(state.names, e.slots, e.times, e.powers, lines, lines.length);
        else
          for (let i = 0; i < lines.length; i++) sink.power(state.names[e.slots[i]], e.times[i], e.powers[i], lines[i]);
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
