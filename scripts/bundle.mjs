#!/usr/bin/env node
/**
 * Builds the committed bundles with @vercel/ncc (type-checked, never `-t`):
 *   src/action/index.ts -> dist/index.js       (what action.yml runs)
 *   src/cli/index.ts    -> dist/cli/index.js   (the `carbon-gate` command, executable)
 *   src/action/record/index.ts -> record/dist/index.js (what record/action.yml runs: the record step)
 * and next to each, from src/io/trace-worker.ts, `trace-worker.js`: the script of the threads that
 * read large trace files in parallel (src/io/trace-pool.ts finds it next to the running bundle).
 * Each folder also gets the `package.json` ({"type":"module"}) that ncc emits for ESM output, a
 * `licenses.txt` of the bundled dependencies of every chunk (written here: ncc's own licence file
 * holds only one chunk's once there are several), and one `NNN.index.js` chunk per
 * `import()` in the sources: the code a command does not need is never compiled (docs/performance.md,
 * "Cold start"). ncc names chunks by module id, which depends on the module's path only, so the
 * names are the same on every build. No minification and no source maps, so the output
 * is reviewable and identical on every machine: CI rebuilds and diffs it against the commit.
 */
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What to build; `optional` entries are skipped (with a message) while their source is absent. */
const BUNDLES = [
  { entry: 'src/action/index.ts', outDir: 'dist', executable: false, optional: true },
  { entry: 'src/cli/index.ts', outDir: 'dist/cli', executable: true, optional: false },
  { entry: 'src/action/record/index.ts', outDir: 'record/dist', executable: false, optional: false }
];

/** The trace pool's thread script, bundled next to each bundle under this name. */
const WORKER_ENTRY = 'src/io/trace-worker.ts';
const WORKER_FILE = 'trace-worker.js';

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false
  );
}

/**
 * The packages whose code the build holds, in any chunk: each module's file (concatenated modules
 * hold several) below its last `node_modules/`.
 */
function bundledPackages(stats) {
  const packages = new Map();
  const visit = (module) => {
    for (const inner of module.modules ?? []) visit(inner);
    const file = module.resource;
    if (typeof file !== 'string') return;
    const parts = file.split(path.sep);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) return;
    const name = parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
    packages.set(name, parts.slice(0, at + 1 + name.split('/').length).join(path.sep));
  };
  for (const module of stats.compilation.modules) visit(module);
  return packages;
}

/**
 * The licence file: per package (sorted by name), its name, its `license` field and the text of
 * its LICENSE/LICENCE file, as license-webpack-plugin (ncc's) writes them.
 */
async function licenseText(packages) {
  const entries = [];
  for (const name of [...packages.keys()].sort()) {
    const dir = packages.get(name);
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    const licenseFile = (await readdir(dir)).sort().find((f) => /^licen[cs]e/i.test(f));
    const text = licenseFile ? (await readFile(path.join(dir, licenseFile), 'utf8')).trim() : '';
    entries.push(`${name}\n${manifest.license ?? 'UNKNOWN'}\n${text}\n`);
  }
  return entries.join('\n\n');
}

/** Removes what an earlier build of this bundle wrote, but not the nested bundles' folders. */
async function clean(outDir, nestedDirs) {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const abs = path.join(outDir, e.name);
    if (e.isDirectory() && nestedDirs.includes(abs)) continue;
    await rm(abs, { recursive: true, force: true });
  }
}

async function build({ entry, outDir, executable, optional }) {
  const entryAbs = path.join(root, entry);
  const outAbs = path.join(root, outDir);
  if (!(await exists(entryAbs))) {
    if (!optional) throw new Error(`${entry} does not exist`);
    console.log(`bundle: skipping ${entry} (the file does not exist yet)`);
    return;
  }
  const nested = BUNDLES.map((b) => path.join(root, b.outDir)).filter(
    (d) => d !== outAbs && d.startsWith(outAbs + path.sep)
  );
  const { code, assets, stats } = await ncc(entryAbs, {
    cache: false,
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    license: 'licenses.txt',
    quiet: true
  });
  await mkdir(outAbs, { recursive: true });
  await clean(outAbs, nested);
  const indexFile = path.join(outAbs, 'index.js');
  await writeFile(indexFile, code);
  assets['licenses.txt'] = { source: await licenseText(bundledPackages(stats)) };
  for (const [name, asset] of Object.entries(assets).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.join(outAbs, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, asset.source);
  }
  await chmod(indexFile, executable ? 0o755 : 0o644);
  // The trace pool's thread script: Node built-ins and the trace core only, so a thread starts fast.
  const worker = await ncc(path.join(root, WORKER_ENTRY), {
    cache: false,
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    quiet: true
  });
  await writeFile(path.join(outAbs, WORKER_FILE), worker.code);
  const names = ['index.js', WORKER_FILE, ...Object.keys(assets).sort()].map((n) => path.posix.join(outDir, n));
  console.log(`bundle: ${entry} -> ${names.join(', ')}`);
}

// Each bundle is attempted, so one failure does not hide another's; any failure fails the script.
for (const bundle of BUNDLES) {
  try {
    await build(bundle);
  } catch (err) {
    console.error(`bundle: ${bundle.entry} failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
