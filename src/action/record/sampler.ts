/**
 * The RAPL sampler's own process: the main step starts this bundle again, detached, as
 * `node index.js --rapl-sampler <file> <interval-ms> <powercap-root>`, and it samples the counters
 * into the file until the post step sends SIGTERM (then it takes one last reading, so the counters
 * cover the end, and exits). It runs in no step, so it writes nothing to the workflow: a counter
 * that stops being readable is one line on its standard error, which the main step pointed at a
 * file under RUNNER_TEMP that the post step reads.
 */
import { discoverRaplZones, sampleRapl } from '../../io/record/rapl.js';

/** The first argument that puts the bundle in sampler mode. */
export const SAMPLER_FLAG = '--rapl-sampler';

/** True when this process was started as the sampler. */
export function isSamplerProcess(argv: readonly string[] = process.argv): boolean {
  return argv[2] === SAMPLER_FLAG;
}

/** Samples until SIGTERM or SIGINT; sets the exit code (2 for bad arguments, 1 when the file cannot be written). */
export async function runSampler(argv: readonly string[] = process.argv): Promise<void> {
  const [file, intervalText, root] = argv.slice(3);
  const intervalMs = Number(intervalText);
  if (!file || !root || !Number.isFinite(intervalMs) || intervalMs <= 0) {
    process.stderr.write(`usage: ${SAMPLER_FLAG} <file> <interval-ms> <powercap-root>\n`);
    process.exitCode = 2;
    return;
  }
  const stop = new AbortController();
  for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(s, () => stop.abort());
  const { zones } = await discoverRaplZones(root);
  try {
    await sampleRapl({
      zones,
      file,
      intervalMs,
      signal: stop.signal,
      onProblem: (p) => process.stderr.write(`RAPL zone ${p.zone} (${p.domain}) stopped being readable: ${p.reason}\n`)
    });
  } catch (err) {
    process.stderr.write(`the RAPL log cannot be written: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
