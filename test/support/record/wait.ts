/**
 * Waiting for something a recorder writes, by polling: tests wait on what happened (a number of
 * rows in a log), never on how long it took; jest's timeout is the only clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves once `ready()` is true, checking every 20 ms. */
export async function waitFor(ready: () => boolean): Promise<void> {
  while (!ready()) await sleep(20);
}

/** The number of lines in `file` that `match` accepts (0 when it does not exist yet). */
export function countLines(file: string, match: (line: string) => boolean): number {
  if (!existsSync(file)) return 0;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && match(l)).length;
}
