/**
 * Runs carbon-gate's trace reader on one file in a fresh process and prints one JSON line: the
 * time from opening the file to the result, the energy, the counts, and the process's peak RSS
 * (getrusage's ru_maxrss, so the whole process is measured: Node itself included).
 *
 * Usage: node scripts/bench/measure-child.mjs BUILD_DIR FILE
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildDir, file] = process.argv.slice(2);
const { measureTraces } = await import(pathToFileURL(path.resolve(buildDir, 'src/core/traces/index.js')).href);
const cpuStart = process.cpuUsage();
const started = performance.now();
const m = await measureTraces([{ path: file, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) }], {});
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(
  `${JSON.stringify({
    elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    itEnergyKWh: m.summary.itEnergyKWh,
    samples: m.summary.samples,
    droppedSamples: m.summary.droppedSamples,
    devices: m.summary.devices,
    coverage: m.summary.coverage,
    diagnostics: m.diagnostics.map((d) => d.code),
    maxRssKB: process.resourceUsage().maxRSS
  })}\n`
);
