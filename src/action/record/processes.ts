/**
 * The record step's loggers by pid. The main step starts them detached and exits; the post step,
 * a new process, stops them. By then a logger may have died and its pid may have been given to
 * another process, so a pid is kept with the process's start time where the system tells it
 * (Linux: field 22 of `/proc/<pid>/stat`), and a pid whose start time changed is left alone: the
 * step never signals a process it did not start.
 */
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** A process as the main step saw it. */
export interface ProcessIdentity {
  pid: number;
  /** Its start time in clock ticks since boot (Linux), or undefined where `/proc` is not there. */
  startTicks?: string;
}

/** Whether a saved process is still the one that was started. */
type Liveness = 'alive' | 'gone' | 'replaced';

/** How stopping a logger ended. */
export type StopOutcome =
  /** It was running and ended after SIGTERM. */
  | 'stopped'
  /** It ignored SIGTERM for the whole grace time and was killed. */
  | 'killed'
  /** It had already ended before the post step: the logger died. */
  | 'gone'
  /** Its pid now belongs to another process (or one this user may not signal): left alone. */
  | 'replaced';

/** What `/proc/<pid>/stat` says: its state letter and start time, or undefined without `/proc`. */
async function procStat(pid: number): Promise<{ state: string; startTicks: string } | undefined> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // `pid (comm) state ppid ...`: comm may hold spaces and parentheses, so split after the last `)`.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); field 22 (starttime) is fields[19].
  if (fields.length < 20) return undefined;
  return { state: fields[0], startTicks: fields[19] };
}

/** The identity of a process just started (its start time read once, where there is `/proc`). */
export async function identify(pid: number): Promise<ProcessIdentity> {
  const stat = await procStat(pid);
  return stat ? { pid, startTicks: stat.startTicks } : { pid };
}

/** Whether the saved process still runs. A zombie (ended, not yet reaped by its new parent) is gone. */
async function liveness(id: ProcessIdentity): Promise<Liveness> {
  try {
    process.kill(id.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? 'replaced' : 'gone';
  }
  const stat = await procStat(id.pid);
  if (stat === undefined) return id.startTicks === undefined ? 'alive' : 'gone';
  if (stat.state === 'Z' || stat.state === 'X') return 'gone';
  if (id.startTicks !== undefined && stat.startTicks !== id.startTicks) return 'replaced';
  return 'alive';
}

/** Waits until the process is no longer alive, polling every `pollMs`, for at most `limitMs`. */
async function waitGone(id: ProcessIdentity, limitMs: number, pollMs: number): Promise<boolean> {
  for (let waited = 0; ; waited += pollMs) {
    if ((await liveness(id)) !== 'alive') return true;
    if (waited >= limitMs) return false;
    await sleep(pollMs);
  }
}

/**
 * Stops a saved logger: SIGTERM, up to `graceMs` for it to finish its last write, then SIGKILL.
 * A logger that had already ended is `gone`, one whose pid is another process's now is `replaced`
 * (neither is signalled).
 */
export async function stopProcess(id: ProcessIdentity, graceMs: number, pollMs = 50): Promise<StopOutcome> {
  const before = await liveness(id);
  if (before !== 'alive') return before;
  if (!signal(id.pid, 'SIGTERM')) return 'gone';
  if (await waitGone(id, graceMs, pollMs)) return 'stopped';
  signal(id.pid, 'SIGKILL');
  // SIGKILL cannot be ignored; the wait only lets the kernel finish with it.
  await waitGone(id, graceMs, pollMs);
  return 'killed';
}

/** Sends a signal; false when the process is no longer there. */
function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
