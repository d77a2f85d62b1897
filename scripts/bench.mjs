#!/usr/bin/env node
/**
 * `npm run bench`: how fast carbon-gate turns an nvidia-smi power log into energy, against `wc -l`
 * and a pandas read_csv + trapezoid script on the same file, in the same run.
 *
 * 1. Compiles the trace reader with tsc into .bench/build (plain JS: no TypeScript loader in the
 *    measured process).
 * 2. Generates deterministic 8-GPU logs (default 100 MB and 1000 MB; `--sizes 100,1000`) under
 *    .bench/ with their exact expected energy (scripts/bench/generate.mjs), reused when present.
 * 3. Per file, with the page cache warm: `wc -l`, carbon-gate in a child process (best of
 *    `--runs N`, default 3; its peak RSS from getrusage), and pandas (Debian's python3-pandas,
 *    skipped when not installed or with `--no-pandas`).
 * 4. Prints MB/s (1 MB = 10^6 bytes; from opening the file to the result, and for the whole
 *    child process, Node's start included), peak RSS, the energy's relative error against the
 *    generator's, and the speed ratios; exits 1 if the energy is off by more than 1e-9.
 * 5. With `--gzip`, also reads a gzip copy of each log (MB/s of the decompressed bytes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, GENERATOR_VERSION } from './bench/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const buildDir = path.join(benchDir, 'build');

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const sizes = flag('sizes', '100,1000').split(',').map(Number);
const runs = Number(flag('runs', '3'));
const withPandas = !process.argv.includes('--no-pandas');
const withGzip = process.argv.includes('--gzip');
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function build() {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(
    process.execPath,
    [
      tsc,
      'src/core/traces/index.ts',
      '--ignoreConfig',
      '--outDir',
      buildDir,
      '--rootDir',
      '.',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--types',
      'node',
      '--sourceMap',
      'false',
      '--declaration',
      'false'
    ],
    { cwd: root, encoding: 'utf8' }
  );
  const entry = path.join(buildDir, 'src/core/traces/index.js');
  if (!existsSync(entry)) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error('tsc did not emit the trace reader');
  }
}

function ensureLog(sizeMB) {
  const file = path.join(benchDir, `nvidia-smi-8gpu-${sizeMB}MB.csv`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const expected = JSON.parse(readFileSync(meta, 'utf8'));
    if (expected.generatorVersion === GENERATOR_VERSION) return { file, expected };
  }
  process.stderr.write(`generating ${path.relative(root, file)} ...\n`);
  return { file, expected: generate(file, sizeMB) };
}

async function warm(file) {
  for await (const _chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    // read once so every tool below starts with the file in the page cache
  }
}

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

function hasPandas() {
  return spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

const mbps = (bytes, seconds) => bytes / 1e6 / seconds;
const f1 = (x) => x.toFixed(1);

async function main() {
  mkdirSync(benchDir, { recursive: true });
  build();
  const pandas = withPandas && hasPandas();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `carbon-gate trace benchmark: Node ${process.version}, ${os.cpus().length} x ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`
  );
  console.log(
    `command: npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${withPandas ? '' : ' --no-pandas'}${withGzip ? ' --gzip' : ''}`
  );
  let failed = false;
  const rows = [];
  for (const size of sizes) {
    const { file, expected } = ensureLog(size);
    await warm(file);
    const wcBest = Math.min(...Array.from({ length: runs }, () => timed('wc', ['-l', file]).seconds));
    let best = Infinity;
    let bestProcess = Infinity;
    let result;
    let maxRssKB = 0;
    for (let i = 0; i < runs; i++) {
      const r = timed(process.execPath, [path.join(root, 'scripts/bench/measure-child.mjs'), buildDir, file]);
      const out = JSON.parse(r.stdout.trim().split('\n').pop());
      maxRssKB = Math.max(maxRssKB, out.maxRssKB);
      bestProcess = Math.min(bestProcess, r.seconds);
      if (out.elapsedMs / 1000 < best) {
        best = out.elapsedMs / 1000;
        result = out;
      }
    }
    const relErr = Math.abs(result.itEnergyKWh - expected.expectedKWh) / expected.expectedKWh;
    if (!(relErr <= 1e-9)) failed = true;
    let pandasResult;
    if (pandas) {
      const r = timed(PYTHON, [path.join(root, 'scripts/bench/pandas_trapezoid.py'), file]);
      pandasResult = JSON.parse(r.stdout.trim().split('\n').pop());
      pandasResult.wall = r.seconds;
    }
    const ours = mbps(expected.bytes, best);
    rows.push({
      file: path.basename(file),
      MB: f1(expected.bytes / 1e6),
      rows: expected.samples + expected.droppedNA,
      'carbon-gate MB/s': f1(ours),
      'incl. node start MB/s': f1(mbps(expected.bytes, bestProcess)),
      'peak RSS MB': f1(maxRssKB / 1024),
      'energy kWh': result.itEnergyKWh.toFixed(6),
      'rel. error': relErr.toExponential(1),
      'wc -l MB/s': f1(mbps(expected.bytes, wcBest)),
      'x wc -l': (ours / mbps(expected.bytes, wcBest)).toFixed(2),
      'pandas MB/s': pandasResult ? f1(mbps(expected.bytes, pandasResult.seconds)) : 'n/a',
      'x pandas': pandasResult ? (ours / mbps(expected.bytes, pandasResult.seconds)).toFixed(1) : 'n/a',
      'pandas RSS MB': pandasResult ? f1(pandasResult.maxRssKB / 1024) : 'n/a'
    });
    if (pandasResult && Math.abs(pandasResult.kWh - expected.expectedKWh) / expected.expectedKWh > 1e-6) {
      console.log(
        `note: pandas' energy ${pandasResult.kWh} kWh differs from the expectation ${expected.expectedKWh} kWh`
      );
    }
    if (withGzip) {
      const gz = `${file}.gz`;
      if (!existsSync(gz) || statSync(gz).mtimeMs < statSync(file).mtimeMs) {
        process.stderr.write(`compressing ${path.relative(root, gz)} ...\n`);
        await pipeline(createReadStream(file), createGzip({ level: 6 }), createWriteStream(gz));
      }
      let bestGz = Infinity;
      let gzResult;
      for (let i = 0; i < runs; i++) {
        const r = timed(process.execPath, [path.join(root, 'scripts/bench/measure-child.mjs'), buildDir, gz]);
        const out = JSON.parse(r.stdout.trim().split('\n').pop());
        if (out.elapsedMs / 1000 < bestGz) {
          bestGz = out.elapsedMs / 1000;
          gzResult = out;
        }
      }
      const gzErr = Math.abs(gzResult.itEnergyKWh - expected.expectedKWh) / expected.expectedKWh;
      if (!(gzErr <= 1e-9)) failed = true;
      console.log(
        `${path.basename(gz)} (${f1(statSync(gz).size / 1e6)} MB compressed): ${f1(mbps(expected.bytes, bestGz))} MB/s of log, peak RSS ${f1(gzResult.maxRssKB / 1024)} MB, rel. error ${gzErr.toExponential(1)}`
      );
    }
    console.log(
      `${path.basename(file)}: ${result.samples} samples, ${result.droppedSamples} dropped, ${result.devices} devices, coverage ${(result.coverage * 100).toFixed(2)}%, diagnostics [${result.diagnostics.join(', ')}]`
    );
  }
  console.table(rows);
  if (!pandas)
    console.log(
      'pandas columns skipped: python3-pandas is not installed (apt-get install python3-pandas) or --no-pandas was given.'
    );
  if (failed) {
    console.error('FAIL: the energy differs from the generator expectation by more than 1e-9 (relative).');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
