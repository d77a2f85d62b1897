#!/usr/bin/env node
/**
 * A stand-in for `nvidia-smi`, installed on a test's PATH as `nvidia-smi` (see ./fakes.ts). It
 * answers the two calls `carbon-gate record` makes, the way the real one does:
 *
 * - `--help-query-gpu`: prints the file FAKE_SMI_HELP (the real driver-590 help text, cut from the
 *   H100 capture, with or without its "power.draw.average" entry);
 * - `--query-gpu=<fields> --format=csv -lms <ms>`: a header line (`power.draw [W]`, units in
 *   brackets as nvidia-smi writes them), then every <ms> one row per GPU, with local-time
 *   timestamps `YYYY/MM/DD HH:MM:SS.mmm` (so TZ matters, as with the real one) and constant
 *   watts `123.45 W`. A field the help does not list fails the query, as the real one does.
 *
 * Environment: FAKE_SMI_WATTS (per GPU, comma-separated), FAKE_SMI_NAMES (per GPU), FAKE_SMI_HELP,
 * FAKE_SMI_EVENTS (a file: it appends `start <epoch ms>` and `stop <epoch ms>` lines, the ground
 * truth of when it emitted power), FAKE_SMI_DIE_AFTER (exit 1 after that many samples, writing
 * FAKE_SMI_EVENTS `died <ms>` first).
 */
import { appendFileSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const help = process.env.FAKE_SMI_HELP ? readFileSync(process.env.FAKE_SMI_HELP, 'utf8') : '';

if (args[0] === '--help-query-gpu') {
  process.stdout.write(help);
  process.exit(0);
}

const query = args.find((a) => a.startsWith('--query-gpu='));
const lmsAt = args.indexOf('-lms');
if (!query || !args.includes('--format=csv') || lmsAt < 0) {
  process.stderr.write(`fake nvidia-smi: unexpected arguments ${JSON.stringify(args)}\n`);
  process.exit(2);
}
const fields = query.slice('--query-gpu='.length).split(',');
for (const f of fields) {
  if (!help.includes(`"${f}"`)) {
    // The real message, e.g. driver 470 asked for power.draw.average.
    process.stdout.write(`Field "${f}" is not a valid field to query.\n\n`);
    process.exit(2);
  }
}
const intervalMs = Number(args[lmsAt + 1]);
const watts = (process.env.FAKE_SMI_WATTS ?? '100').split(',').map(Number);
const names = (process.env.FAKE_SMI_NAMES ?? watts.map(() => 'NVIDIA H200').join(',')).split(',');
const dieAfter = process.env.FAKE_SMI_DIE_AFTER ? Number(process.env.FAKE_SMI_DIE_AFTER) : Infinity;
const events = process.env.FAKE_SMI_EVENTS;
const event = (what) => {
  if (events) appendFileSync(events, `${what} ${Date.now()}\n`);
};

const pad = (n, w = 2) => String(n).padStart(w, '0');
const stamp = (d) =>
  `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
const unit = (f) => (f.startsWith('power.') ? ' [W]' : '');
const value = (f, gpu, time) => {
  switch (f) {
    case 'timestamp':
      return stamp(time);
    case 'index':
      return String(gpu);
    case 'uuid':
      return `GPU-0000000${gpu}-1111-2222-3333-444444444444`;
    case 'name':
      return names[gpu];
    default:
      return f.startsWith('power.') ? `${watts[gpu].toFixed(2)} W` : '[N/A]';
  }
};

process.on('SIGTERM', () => {
  event('stop');
  process.exit(0);
});

event('start');
process.stdout.write(`${fields.map((f) => `${f}${unit(f)}`).join(', ')}\n`);
let samples = 0;
const sample = () => {
  if (samples >= dieAfter) {
    event('died');
    process.stderr.write('Unable to determine the device handle for GPU0000:00:09.0: Unknown Error\n');
    process.exit(1);
  }
  const now = new Date();
  for (let gpu = 0; gpu < watts.length; gpu++)
    process.stdout.write(`${fields.map((f) => value(f, gpu, now)).join(', ')}\n`);
  samples++;
};
sample();
setInterval(sample, intervalMs);
