/**
 * Which files a built bundle loads, recorded by a Node module hook (`node:module` register): a
 * spawned Node run with {@link LoadLog.nodeArgs} appends every `file:` URL it loads to a log.
 * The lazy-loading tests of the CLI and the action read what a command compiled from it.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The hook of one test file, made in beforeAll and removed in afterAll. */
export interface LoadLog {
  /** A fresh, empty log: its path, and the environment that makes the hook write to it. */
  start(): { log: string; env: Record<string, string> };
  /** Node's arguments that load the hook. */
  nodeArgs(): string[];
  /** The files in `dir` that the run logged to `log`, each once, in the order first loaded. */
  loadedIn(log: string, dir: string): string[];
}

/** Sets up the module hook for the test file that calls it. */
export function useLoadLog(): LoadLog {
  let hookDir = '';
  beforeAll(() => {
    hookDir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-loads-'));
    writeFileSync(
      path.join(hookDir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(process.env.CARBON_GATE_TEST_LOAD_LOG, url + '\\n');
  return nextLoad(url, context);
}
`
    );
    writeFileSync(
      path.join(hookDir, 'register.mjs'),
      `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`
    );
  });
  afterAll(() => rmSync(hookDir, { recursive: true, force: true }));
  return {
    start() {
      const log = path.join(hookDir, `loads-${Math.random().toString(36).slice(2)}.txt`);
      writeFileSync(log, '');
      return { log, env: { CARBON_GATE_TEST_LOAD_LOG: log } };
    },
    nodeArgs: () => ['--import', path.join(hookDir, 'register.mjs')],
    loadedIn(log, dir) {
      const loaded = readFileSync(log, 'utf8')
        .split('\n')
        .filter((u) => u.startsWith('file:'))
        .map((u) => fileURLToPath(u))
        .filter((f) => path.dirname(f) === dir)
        .map((f) => path.basename(f));
      return [...new Set(loaded)];
    }
  };
}
