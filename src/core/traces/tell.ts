/**
 * How a trace parser tells the user of a choice it made, through its sink beside the samples.
 * Every format words these the same way, so the helper lives here once.
 */
import { diagnostic, type DiagnosticCode } from '../diagnostics.js';
import type { SampleSink } from './types.js';

/**
 * States a choice a parser made: as a report note (naming the file) where the sink takes notes,
 * else as a notice at the file (and line, where one is given).
 */
export function tellNote(sink: SampleSink, code: DiagnosticCode, text: string, file: string, line?: number): void {
  if (sink.note) sink.note(`${file}: ${text}`);
  else sink.report(diagnostic('notice', code, text, { file, line }));
}
