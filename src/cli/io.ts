/**
 * The real process behind the CLI's `CliIo`: the only place in src/cli that touches `process`
 * streams, so `main` runs in-process in tests with fake ones.
 */
import type { CliIo } from './main.js';

/** Builds the CliIo of the running process. A closed pipe (`carbon-gate check | head`) is not an error. */
export function processIo(): CliIo {
  const ignoreBrokenPipe = (err: NodeJS.ErrnoException): void => {
    if (err.code !== 'EPIPE') throw err;
  };
  process.stdout.on('error', ignoreBrokenPipe);
  process.stderr.on('error', ignoreBrokenPipe);
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true
  };
}
