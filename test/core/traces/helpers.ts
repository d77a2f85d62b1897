/**
 * Test helpers for the trace readers: trace files from strings (cut into chunks of a chosen size,
 * to exercise lines that straddle chunks) or from fixture files on disk, and a recording sink.
 * No integration logic lives here: expected energies are written out in each test.
 */
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import type { TraceFile } from '../../../src/core/traces/index.js';
import { resolveZone, type Zone } from '../../../src/core/traces/timezone.js';
import type { Component, DropReason, SampleSink } from '../../../src/core/traces/types.js';

/** The zone a setting names, UTC when none (as `measureTraces` resolves it for the parsers); throws on a bad one. */
export function zoneOf(spec: string | undefined): Zone {
  const r = resolveZone(spec);
  if ('error' in r) throw new Error(r.error);
  return r.zone;
}

/** Folder of the test fixtures. */
export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** A trace file whose bytes are `content`, delivered in chunks of `chunkSize` bytes. */
export function memoryFile(filePath: string, content: string | Uint8Array, chunkSize = 64 * 1024): TraceFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    path: filePath,
    async *open() {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, Math.min(bytes.length, i + chunkSize));
    }
  };
}

/** The absolute path of a fixture, given relative to test/fixtures. */
export function fixturePath(relative: string): string {
  return path.join(FIXTURES, relative);
}

/**
 * A fixture's bytes (relative to test/fixtures) in chunks of `chunkSize` bytes; a small, odd size
 * makes records straddle chunk boundaries.
 */
export function fixtureChunks(relative: string, chunkSize: number): AsyncIterable<Uint8Array> {
  return createReadStream(fixturePath(relative), { highWaterMark: chunkSize });
}

/** A trace file read from disk (relative to test/fixtures). */
export function fixtureFile(relative: string, name = relative): TraceFile {
  const full = path.join(FIXTURES, relative);
  return { path: name, open: () => createReadStream(full, { highWaterMark: 64 * 1024 }) };
}

/** UTC epoch ms, written like Date.UTC with a 1-based month. */
export function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/** Everything a parser pushed, in order. */
export interface Recorded {
  power: { device: string; timeMs: number; powerW: number; line: number; component?: Component }[];
  counter: { device: string; timeMs: number; energyJ: number; line: number; wrapJ?: number; component?: Component }[];
  intervals: {
    device: string;
    startMs: number;
    endMs: number;
    energyKWh: number;
    line: number;
    component?: Component;
  }[];
  drops: { reason: DropReason; line: number; detail?: string }[];
  reports: Diagnostic[];
  notes: string[];
  untimed: string[];
  /** What the parser said about the current file's PUE (`sink.pueIncluded`), if anything. */
  pueIncluded?: boolean;
}

/** A sink that records every call, in {@link Recorded}. */
export type RecordingSink = SampleSink & { rec: Recorded };

/** A sink that records every call, to test parsers on their own. */
export function recordingSink(): RecordingSink {
  const rec: Recorded = { power: [], counter: [], intervals: [], drops: [], reports: [], notes: [], untimed: [] };
  return {
    rec,
    power: (device, timeMs, powerW, line, component) =>
      void rec.power.push({ device, timeMs, powerW, line, component }),
    counter: (device, timeMs, energyJ, line, wrapJ, component) =>
      void rec.counter.push({ device, timeMs, energyJ, line, wrapJ, component }),
    interval: (device, startMs, endMs, energyKWh, line, component) =>
      void rec.intervals.push({ device, startMs, endMs, energyKWh, line, component }),
    drop: (reason, line, detail) => void rec.drops.push({ reason, line, detail }),
    report: (d) => void rec.reports.push(d),
    note: (t) => void rec.notes.push(t),
    untimed: (device) => void rec.untimed.push(device),
    pueIncluded: (included) => void (rec.pueIncluded = included)
  };
}

/** An async iterable of the string's bytes in chunks. */
export async function* chunksOf(content: string, chunkSize = 64 * 1024): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(content);
  for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, Math.min(bytes.length, i + chunkSize));
}

/** Relative difference |a - b| / |b|. */
export function relDiff(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

/** Codes of diagnostics, for compact assertions. */
export function codes(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => d.code);
}
