#!/usr/bin/env node
/**
 * `npm run bench`: what a user of the built CLI gets, side by side in one run.
 *
 * Throughput, end to end in the CLI process: `node dist/cli/index.js check DIR --format json`, DIR
 * a folder whose manifest names the power logs, timed from spawning Node to its exit (best of
 * `--runs`), with the child's peak RSS (GNU time's %M: ru_maxrss of the process, worker threads
 * included as they share it), and its energy (`totals.itEnergyKWh`) checked against the
 * generator's own integer expectation. Four cases:
 *   - one log of `--size` MB (default 1000: the 1 GB log);
 *   - `--parts` logs (default 8) of size/parts MB each, one run naming all of them, as a matrix
 *     job's per-node logs (each node's GPUs are devices of their own);
 *   - the gzip copies of both (MB/s counted on the decompressed bytes).
 * Beside each, `wc -l` on the same bytes (`gzip -dc | wc -l` for the gzip cases) and the ratio.
 *
 * Cold start (scripts/bench/cold-start.mjs): time to the first stdout byte and to the exit of
 * `carbon-gate --version` and of the action with nothing to read, with `node -e 0` as the floor
 * (median and minimum of `--startup-runs`).
 *
 * `--compare-env NAME=VALUE` runs each throughput case once more with that variable set (a switch
 * of the trace reader, such as one that turns its worker threads off) and fails unless every
 * energy in the report is identical to the bit. `--pandas` adds pandas (read_csv + trapezoid,
 * scripts/bench/pandas_trapezoid.py) on the single plain log.
 *
 * Logs live under .bench/ (git-ignored), reused while the generator is unchanged. The bundles are
 * measured as built: run `npm run bundle` after changing src/. Prints the machine, the command,
 * and Markdown tables for docs/performance.md; exits 1 when an energy is off by more than 1e-9
 * (relative) or, with --compare-env, differs at all.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureColdStart } from './bench/cold-start.mjs';
import { generate, GENERATOR_VERSION } from './bench/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const CLI = path.join(root, 'dist/cli/index.js');

/** `--name VALUE`, or `fallback`. */
function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const sizeMB = Number(flag('size', '1000'));
const parts = Number(flag('parts', '8'));
const runs = Number(flag('runs', '3'));
const startupRuns = Number(flag('startup-runs', '10'));
const compareEnv = flag('compare-env', undefined);
const withGzip = !process.argv.includes('--no-gzip');
const withPandas = process.argv.includes('--pandas');
for (const [name, value] of [
  ['size', sizeMB],
  ['parts', parts],
  ['runs', runs],
  ['startup-runs', startupRuns]
])
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`--${name} takes a positive number`);
if (compareEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(compareEnv))
  throw new Error('--compare-env takes NAME=VALUE');
const TIME = '/usr/bin/time';
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** One generated log (plain), reused while its expectation says the same generator wrote it. */
function ensureLog(file, mb, node) {
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const expected = JSON.parse(readFileSync(meta, 'utf8'));
    if (expected.generatorVersion === GENERATOR_VERSION && expected.node === node) return expected;
  }
  process.stderr.write(`generating ${path.relative(root, file)} ...\n`);
  return generate(file, mb, node);
}

async function ensureGzip(file) {
  const gz = `${file}.gz`;
  if (!existsSync(gz) || statSync(gz).mtimeMs < statSync(file).mtimeMs) {
    process.stderr.write(`compressing ${path.relative(root, gz)} ...\n`);
    await pipeline(createReadStream(file), createGzip({ level: 6 }), createWriteStream(`${gz}.part`));
    spawnSync('mv', [`${gz}.part`, gz]);
  }
  return gz;
}

/** A folder with the logs and one manifest naming them all: what `carbon-gate check .` reads. */
function writeCase(name, logs, expected) {
  const dir = path.join(benchDir, 'cases', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = logs.map((log) => path.relative(dir, log));
  const gpus = expected.reduce((n, e) => n + e.gpus, 0);
  const durationS = Math.ceil(Math.max(...expected.map((e) => e.wallS)));
  writeFileSync(
    path.join(dir, 'carbon-manifest.yml'),
    [
      'version: 1',
      `name: bench-${name}`,
      'runs:',
      `  - name: ${name}`,
      `    gpu: { model: NVIDIA H100 80GB HBM3, count: ${gpus} }`,
      `    duration: ${durationS} s`,
      '    location: US',
      '    pue: 1.0',
      `    traces: [ ${names.map((n) => JSON.stringify(n)).join(', ')} ]`,
      '    trace: { timezone: UTC }',
      ''
    ].join('\n')
  );
  return dir;
}

/**
 * One `carbon-gate check cases/NAME --format json` in .bench/ (traces must lie below the current
 * folder, and the logs are shared by the cases): wall seconds, peak RSS, the report.
 */
function runCheck(dir, extraEnv = {}) {
  const rssFile = path.join(benchDir, 'rss.txt');
  const useTime = existsSync(TIME);
  const args = [CLI, 'check', path.relative(benchDir, dir), '--format', 'json'];
  const t0 = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args], {
        cwd: benchDir,
        env: { ...process.env, ...extraEnv },
        encoding: 'utf8',
        maxBuffer: 1 << 28
      })
    : spawnSync(process.execPath, args, {
        cwd: benchDir,
        env: { ...process.env, ...extraEnv },
        encoding: 'utf8',
        maxBuffer: 1 << 28
      });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`carbon-gate check in ${dir} printed no JSON report (exit ${r.status}):\n${r.stderr}`);
  }
  const maxRssKB = useTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { seconds, maxRssKB, report, stderr: r.stderr };
}

/** Every energy the report holds, in a fixed order: the totals and each run's. */
function energies(report) {
  return [report.totals?.itEnergyKWh, ...(report.runs ?? []).map((run) => run.itEnergyKWh)];
}

/** Best-of-`runs` wall time of a shell command (for `wc -l`). */
function timeShell(command) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}

async function warm(files) {
  for (const file of files)
    for await (const _chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
      // read once so every tool below starts with the file in the page cache
    }
}

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const mbps = (bytes, seconds) => bytes / 1e6 / seconds;
const int = (x) => Math.round(x).toLocaleString('en-US');

/** Measures one case; returns its table row and whether its energy is right. */
async function measureCase(label, dir, files, bytes, expectedKWh, gzip) {
  await warm(files);
  const wcSeconds = timeShell(
    gzip ? `gzip -dc ${files.map(quote).join(' ')} | wc -l` : `wc -l ${files.map(quote).join(' ')}`
  );
  let best;
  let maxRssKB = 0;
  for (let i = 0; i < runs; i++) {
    const r = runCheck(dir);
    maxRssKB = Math.max(maxRssKB, r.maxRssKB);
    if (!best || r.seconds < best.seconds) best = r;
  }
  const [total] = energies(best.report);
  const relErr = Math.abs(total - expectedKWh) / expectedKWh;
  let identical = 'not compared';
  let ok = relErr <= 1e-9;
  if (compareEnv !== undefined) {
    const [name, ...rest] = compareEnv.split('=');
    const other = runCheck(dir, { [name]: rest.join('=') });
    const same = energies(other.report).every((e, i) => Object.is(e, energies(best.report)[i]));
    identical = same ? 'yes' : `NO (${energies(other.report)[0]} vs ${total})`;
    ok &&= same;
  }
  const ours = mbps(bytes, best.seconds);
  const wc = mbps(bytes, wcSeconds);
  if (!ok) process.stderr.write(best.stderr);
  return {
    ok,
    speed: ours,
    rssMB: (maxRssKB * 1024) / 1e6,
    cells: [
      label,
      `${int(bytes / 1e6)} MB`,
      `**${int(ours)}**`,
      Number.isFinite(maxRssKB) ? `${int((maxRssKB * 1024) / 1e6)} MB` : 'n/a',
      relErr.toExponential(1),
      ...(compareEnv !== undefined ? [identical] : []),
      int(wc),
      `${(ours / wc).toFixed(2)}x`
    ]
  };
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n');
}

function machine() {
  const cpus = os.cpus();
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  return `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}; load average at the start ${load}`;
}

async function main() {
  for (const bundle of [CLI, path.join(root, 'dist/index.js')])
    if (!existsSync(bundle)) throw new Error(`${path.relative(root, bundle)} is missing: run \`npm run bundle\` first`);
  mkdirSync(path.join(benchDir, 'logs'), { recursive: true });
  console.log(`carbon-gate benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`machine: ${machine()}`);
  console.log(
    `command: npm run bench -- --size ${sizeMB} --parts ${parts} --runs ${runs} --startup-runs ${startupRuns}${withGzip ? '' : ' --no-gzip'}${compareEnv ? ` --compare-env ${compareEnv}` : ''}${withPandas ? ' --pandas' : ''}`
  );

  // The logs: one of sizeMB, and `parts` of sizeMB / parts (nodes 0 .. parts-1).
  const single = path.join(benchDir, 'logs', `nvidia-smi-8gpu-${sizeMB}MB.csv`);
  const singleExpected = ensureLog(single, sizeMB, 0);
  const partFiles = Array.from({ length: parts }, (_, n) =>
    path.join(benchDir, 'logs', `nvidia-smi-8gpu-${sizeMB / parts}MB-node${n}.csv`)
  );
  const partExpected = partFiles.map((file, n) => ensureLog(file, sizeMB / parts, n));
  // Integer sums first, one division last: the expectation of the set is as exact as each one's.
  const partKWh = partExpected.reduce((s, e) => s + e.sumCentiwattMs2, 0) / (2 * 100 * 1000 * 3.6e6);
  if (!Number.isSafeInteger(partExpected.reduce((s, e) => s + e.sumCentiwattMs2, 0)))
    throw new Error('the summed expectation left the safe-integer range');
  const partBytes = partExpected.reduce((s, e) => s + e.bytes, 0);

  const cases = [
    {
      label: `1 log of ${sizeMB} MB`,
      name: 'single',
      files: [single],
      expected: [singleExpected],
      kWh: singleExpected.expectedKWh,
      bytes: singleExpected.bytes,
      gzip: false
    },
    {
      label: `${parts} logs of ${sizeMB / parts} MB`,
      name: 'parts',
      files: partFiles,
      expected: partExpected,
      kWh: partKWh,
      bytes: partBytes,
      gzip: false
    }
  ];
  if (withGzip)
    for (const c of [...cases]) {
      const gz = [];
      for (const f of c.files) gz.push(await ensureGzip(f));
      const packed = gz.reduce((s, f) => s + statSync(f).size, 0);
      cases.push({
        ...c,
        label: `${c.label}, gzip (${int(packed / 1e6)} MB packed)`,
        name: `${c.name}-gz`,
        files: gz,
        gzip: true
      });
    }

  let failed = false;
  const rows = [];
  const speeds = {};
  let peakRssMB = 0;
  for (const c of cases) {
    process.stderr.write(`measuring ${c.label} ...\n`);
    const dir = writeCase(c.name, c.files, c.expected);
    const m = await measureCase(c.label, dir, c.files, c.bytes, c.kWh, c.gzip);
    failed ||= !m.ok;
    rows.push(m.cells);
    speeds[c.name] = m.speed;
    peakRssMB = Math.max(peakRssMB, m.rssMB);
  }

  process.stderr.write('measuring the cold start ...\n');
  const starts = await measureColdStart(root, startupRuns);

  console.log('\nPower logs, end to end (`carbon-gate check DIR --format json`, best of runs; MB = 10^6 bytes):\n');
  console.log(
    table(
      [
        'Logs',
        'Data',
        'MB/s',
        'Peak RSS',
        'Energy rel. error',
        ...(compareEnv ? [`Same bits with ${compareEnv}`] : []),
        '`wc -l` MB/s',
        'vs `wc -l`'
      ],
      rows
    )
  );
  console.log('\nCold start (ms from spawning node; median / minimum of runs):\n');
  console.log(
    table(
      ['Command', 'First byte', 'Exit'],
      starts.map((s) => [
        s.label,
        `${int(s.firstByteMs.median)} / ${int(s.firstByteMs.min)}`,
        `**${int(s.exitMs.median)}** / ${int(s.exitMs.min)}`
      ])
    )
  );

  const versionMs = starts[1].exitMs.median;
  const actionMs = starts[2].exitMs.median;
  const met = (ok) => (ok ? 'met' : 'NOT met');
  const targets = [
    [`${int(sizeMB)} MB log >= 1,500 MB/s`, `${int(speeds.single)} MB/s`, met(speeds.single >= 1500)],
    [`peak RSS <= 100 MB`, `${int(peakRssMB)} MB`, met(peakRssMB <= 100)],
    [
      `${parts} logs at least as fast as 1`,
      `${int(speeds.parts)} vs ${int(speeds.single)} MB/s`,
      met(speeds.parts >= speeds.single)
    ],
    ...(withGzip
      ? [
          [
            `gzip >= 80% of plain`,
            `${Math.round((100 * speeds['single-gz']) / speeds.single)}% (1 log), ${Math.round((100 * speeds['parts-gz']) / speeds.parts)}% (${parts} logs)`,
            met(speeds['single-gz'] >= 0.8 * speeds.single && speeds['parts-gz'] >= 0.8 * speeds.parts)
          ]
        ]
      : []),
    [`--version < 300 ms`, `${int(versionMs)} ms`, met(versionMs < 300)],
    [`empty action run < 300 ms`, `${int(actionMs)} ms`, met(actionMs < 300)]
  ];
  console.log('\nTargets (issue 14; medians for the cold start):\n');
  console.log(table(['Target', 'This run', ''], targets));

  if (withPandas) {
    const r = spawnSync(PYTHON, [path.join(root, 'scripts/bench/pandas_trapezoid.py'), single], { encoding: 'utf8' });
    if (r.status === 0) {
      const p = JSON.parse(r.stdout.trim().split('\n').pop());
      console.log(
        `\npandas on the ${sizeMB} MB log: ${int(mbps(singleExpected.bytes, p.seconds))} MB/s (read_csv + trapezoid, Python's start excluded), peak RSS ${int((p.maxRssKB * 1024) / 1e6)} MB, ${p.kWh} kWh`
      );
    } else console.log(`\npandas skipped: ${r.stderr.trim().split('\n').pop()}\n`);
  }
  if (failed) {
    console.error(
      `FAIL: an energy differs from the generator's expectation by more than 1e-9 (relative)${compareEnv ? `, or with ${compareEnv}` : ''}.`
    );
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
