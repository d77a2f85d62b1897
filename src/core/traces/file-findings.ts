/**
 * A file's findings in words: turns the integrator's account of one trace file (what it dropped
 * and why, its gaps, counter resets and wraps, relative times, and whether anything was usable)
 * into diagnostics. The integrator counts; this module only writes the text.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { formatDuration } from '../format.js';
import { EXAMPLE_LINES, type FileAccount } from './integrator.js';
import type { DropReason } from './types.js';

/** A drop reason in words, for diagnostics and notes. */
export const DROP_REASON_TEXT: Readonly<Record<DropReason, string>> = {
  unavailable: 'unavailable values ([N/A], [Not Supported], blank)',
  'non-numeric': 'non-numeric values',
  negative: 'negative values',
  implausible: 'implausible values (above the plausible maximum of one device)',
  'duplicate-time': 'duplicate timestamps for the same device',
  'out-of-order': 'out-of-order timestamps for the same device',
  'bad-timestamp': 'unreadable timestamps',
  'malformed-row': 'malformed rows'
};

/** Builds the per-file diagnostics: drop summaries, gaps, resets, and no-sample errors. */
export function fileDiagnostics(a: FileAccount): Diagnostic[] {
  const out: Diagnostic[] = a.diagnostics.list();
  for (const [reason, tallyOf] of a.drops) {
    const more = tallyOf.count - tallyOf.lines.length;
    const where = `line${tallyOf.lines.length > 1 ? 's' : ''} ${tallyOf.lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    const detail = tallyOf.details.length > 0 ? ` (first: ${tallyOf.details[0]})` : '';
    out.push(
      diagnostic(
        reason === 'unavailable' ? 'notice' : 'warning',
        `traces/dropped-${reason}`,
        `Dropped ${tallyOf.count} sample${tallyOf.count === 1 ? '' : 's'} with ${DROP_REASON_TEXT[reason]} at ${where}${detail}.`,
        { file: a.file, line: tallyOf.lines[0] }
      )
    );
  }
  if (a.gaps.count > 0) {
    const ex = a.gaps.examples
      .map((g) => `${formatDuration(g.durationMs / 1000)} before line ${g.line} (${g.device})`)
      .join('; ');
    const more = a.gaps.count - a.gaps.examples.length;
    out.push(
      diagnostic(
        'warning',
        'traces/gap',
        `${a.gaps.count} gap${a.gaps.count === 1 ? '' : 's'} longer than the gap threshold (or than a wrapping counter's range allows), ${formatDuration(a.gaps.totalMs / 1000)} of device time in all, not bridged: ${ex}${more > 0 ? `; and ${more} more` : ''}.`,
        { file: a.file, line: a.gaps.examples[0]?.line }
      )
    );
  }
  if (a.resets.count > 0) {
    out.push(
      diagnostic(
        'notice',
        'traces/counter-reset',
        `${a.resets.count} energy-counter reset${a.resets.count === 1 ? '' : 's'} (a decrease; the new reading was taken as the energy since the reset) at line${a.resets.lines.length > 1 ? 's' : ''} ${a.resets.lines.join(', ')}.`,
        { file: a.file, line: a.resets.lines[0] }
      )
    );
  }
  if (a.wraps.count > 0) {
    out.push(
      diagnostic(
        'notice',
        'traces/counter-wrap',
        `${a.wraps.count} energy-counter wrap${a.wraps.count === 1 ? '' : 's'} (a decrease within the counter's range) at line${a.wraps.lines.length > 1 ? 's' : ''} ${a.wraps.lines.join(', ')}.`,
        { file: a.file, line: a.wraps.lines[0] }
      )
    );
  }
  if (a.samples === 0) {
    out.push(
      diagnostic(
        'error',
        'traces/no-samples',
        `No usable sample in this ${a.format} file${a.dropped > 0 ? ` (${a.dropped} dropped)` : ''}: its energy cannot be measured.`,
        { file: a.file }
      )
    );
  } else if (a.intervals === 0) {
    out.push(
      diagnostic(
        'error',
        'traces/no-interval',
        `Only single samples per device in this ${a.format} file: energy needs at least two samples of a device ${a.gaps.count > 0 ? 'closer together than the gap threshold' : 'to integrate between'}.`,
        { file: a.file }
      )
    );
  }
  if (a.untimed.length > 0) {
    const more = a.untimed.length - EXAMPLE_LINES;
    const which =
      a.untimed.slice(0, EXAMPLE_LINES).join('; ') +
      (more > 0 ? `; and ${more} more device${more === 1 ? '' : 's'}` : '');
    out.push(
      diagnostic(
        'warning',
        'traces/untimed',
        `Times are relative, not wall-clock (${which}): the energy counts, but it is not placed in hours and does not set the run's wall time.`,
        { file: a.file }
      )
    );
  }
  return out;
}
