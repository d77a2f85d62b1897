#!/usr/bin/env node
/**
 * The "training" that record tests wrap: it waits on what the loggers wrote (never on a clock),
 * then ends the way the test asks.
 *
 *   node command.mjs <outDir> <rows> <mode> [exitCode [earlierLog ...]]
 *
 * It first waits until every log in <outDir> (gpu-*.csv, cpu-rapl-*.csv) but the earlier logs
 * named (an earlier run's, which already hold rows) holds <rows> data rows (none with <rows> 0),
 * prints "hello from the command" to stdout, then by <mode>:
 * - `exit`: exits with [exitCode];
 * - `kill-self`: kills itself with SIGKILL;
 * - `wait-sigterm`: writes <outDir>/../ready, waits for SIGTERM, writes <outDir>/../got-SIGTERM
 *   and exits with [exitCode];
 * - `outlive-gpu`: waits until the fake nvidia-smi has died (FAKE_SMI_EVENTS has `died`), then
 *   until the RAPL log has <rows> more rows, and exits with [exitCode].
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [outDir, rowsText, mode, codeText, ...earlierLogs] = process.argv.slice(2);
const rows = Number(rowsText);
const code = Number(codeText ?? '0');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Data rows of each log in the folder (lines after the header). */
function counts() {
  if (!existsSync(outDir)) return {};
  const out = {};
  const logs = readdirSync(outDir).filter((n) => /^(gpu|cpu-rapl)-.*\.csv$/.test(n) && !earlierLogs.includes(n));
  for (const f of logs) {
    const lines = readFileSync(path.join(outDir, f), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    // A log that is not one (nvidia-smi's "No devices were found") is not waited for.
    if (lines.length > 0 && !lines[0].startsWith('timestamp')) continue;
    out[f.startsWith('gpu') ? 'gpu' : 'cpu'] = lines.length - 1;
  }
  return out;
}

async function until(ready) {
  while (!ready()) await sleep(20);
}

await until(() => {
  if (rows === 0) return true;
  const c = Object.values(counts());
  return c.length > 0 && c.every((n) => n >= rows);
});
process.stdout.write('hello from the command\n');

if (mode === 'exit') process.exit(code);
if (mode === 'kill-self') process.kill(process.pid, 'SIGKILL');
if (mode === 'wait-sigterm') {
  process.on('SIGTERM', () => {
    writeFileSync(path.join(outDir, '..', 'got-SIGTERM'), 'yes\n');
    process.exit(code);
  });
  writeFileSync(path.join(outDir, '..', 'ready'), 'yes\n');
  setInterval(() => {}, 1000);
}
if (mode === 'outlive-gpu') {
  const events = process.env.FAKE_SMI_EVENTS;
  await until(() => existsSync(events) && readFileSync(events, 'utf8').includes('died'));
  const cpuAtDeath = counts().cpu ?? 0;
  await until(() => (counts().cpu ?? 0) >= cpuAtDeath + rows);
  process.exit(code);
}
