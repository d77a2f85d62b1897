/**
 * What a trace parser tells the user through its sink beside the samples: a choice it made (a
 * note), or a timezone setting it cannot use (an error). Every format words these the same way,
 * so they live here once.
 */
import { diagnostic } from '../diagnostics.js';
import { resolveZone, type Zone } from './timezone.js';
import type { SampleSink } from './types.js';

/**
 * States a choice a parser made: as a report note (naming the file) where the sink takes notes,
 * else as a notice at the file (and line, where one is given).
 */
export function tellNote(sink: SampleSink, code: string, text: string, file: string, line?: number): void {
  if (sink.note) sink.note(`${file}: ${text}`);
  else sink.report(diagnostic('notice', code, text, { file, line }));
}

/**
 * Resolves the run's timezone setting for a parser that cannot read its file without one. An
 * unusable setting is reported to the sink as `traces/bad-timezone` at the file, and the result is
 * undefined so that the parser reads nothing rather than guessing a zone.
 */
export function zoneOrReport(timezone: string | undefined, sink: SampleSink, file: string): Zone | undefined {
  const result = resolveZone(timezone);
  if ('zone' in result) return result.zone;
  sink.report(diagnostic('error', 'traces/bad-timezone', result.error, { file }));
  return undefined;
}
