/**
 * The error a `TraceReader` throws when a file cannot be opened or read. A byte stream can signal
 * a failure only by throwing, so the reader's own diagnostic (`io/not-found`, `io/outside-root`,
 * ...) travels on the error, and `measureTraces` reports it as it is instead of a generic
 * `traces/read-failed`. It is defined here, in the core, so the adapters' readers can throw it
 * without the core knowing about them.
 */
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';

/** A trace file could not be opened or read; its message is the diagnostic's (one line). */
export class TraceAccessError extends Error {
  /** The problem, an error naming the file. */
  readonly diagnostic: Diagnostic;

  /**
   * @param code The diagnostic code, e.g. `io/not-found`.
   * @param message One sentence saying what is wrong, for the user.
   * @param file The file as the reader was asked to open it (the name the report shows).
   */
  constructor(code: DiagnosticCode, message: string, file: string) {
    super(message);
    this.name = 'TraceAccessError';
    // Always an error: a file that cannot be read leaves the run's measurement incomplete.
    this.diagnostic = diagnostic('error', code, message, { file });
  }
}
