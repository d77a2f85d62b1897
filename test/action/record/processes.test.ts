/**
 * Stopping the record step's detached loggers by pid (src/action/record/processes.ts): a running
 * logger is stopped with SIGTERM, one that ignores it is killed after the grace time, one that has
 * already ended is reported gone, and a pid that now belongs to another process is left alone.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { identify, stopProcess } from '../../../src/action/record/processes.js';
import { isRunning } from './runner.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** A node process running `code`, once it has started (and, with `ready`, once it printed it). */
async function start(code: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  // Wait until its handlers are installed: it prints a line then.
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return child;
}

const RUNS = "console.log('ready'); setInterval(() => {}, 1000);";
const IGNORES_TERM = "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);";

describe('stopProcess', () => {
  test('a running logger is stopped with SIGTERM', async () => {
    const child = await start(RUNS);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal)));
    expect(await stopProcess(await identify(child.pid!), 5000, 10)).toBe('stopped');
    expect(await exited).toBe('SIGTERM');
  });

  test('one that ignores SIGTERM is killed after the grace time', async () => {
    const child = await start(IGNORES_TERM);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal)));
    expect(await stopProcess(await identify(child.pid!), 200, 10)).toBe('killed');
    expect(await exited).toBe('SIGKILL');
  });

  test('one that has already ended is gone, and nothing is signalled', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    const id = await identify(child.pid!);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await stopProcess(id, 200, 10)).toBe('gone');
  });

  (existsSync('/proc/self/stat') ? test : test.skip)(
    'a pid whose start time changed belongs to another process now, and is left alone',
    async () => {
      const child = await start(RUNS);
      const id = await identify(child.pid!);
      expect(id.startTicks).toMatch(/^\d+$/);
      const other = { pid: id.pid, startTicks: String(Number(id.startTicks) + 1) };
      expect(await stopProcess(other, 200, 10)).toBe('replaced');
      expect(isRunning(child.pid!)).toBe(true);
    }
  );
});
