/**
 * The real process behind the CLI's `CliIo`: the only place in src/cli that touches `process`
 * streams, so `main` runs in-process in tests with fake ones.
 */
import type { CliIo } from './main.js';

/**
 * Builds the CliIo of the running process. A closed pipe (`carbon-gate check | head`) is not an
 * error; any other failure to write (a full disk behind `>`) is one line and exit code 2, never an
 * uncaught exception with a stack trace.
 */
export function processIo(): CliIo {
  const onWriteError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE') return;
    process.exitCode = 2;
    try {
      process.stderr.write(`carbon-gate: cannot write the output: ${err.code ?? err.message}\n`);
    } catch {
      // stderr itself is gone: the exit code is all that is left to say it.
    }
  };
  process.stdout.on('error', onWriteError);
  process.stderr.on('error', onWriteError);
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    onSignals: (signals, handler) => {
      for (const signal of signals) process.on(signal, handler);
      return () => {
        for (const signal of signals) process.off(signal, handler);
      };
    }
  };
}
