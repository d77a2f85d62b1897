/**
 * What each command line loads. `carbon-gate --version` must not load the analysis, and a check
 * must not load what it does not use (the Markdown and text renderers for `--format json`, the
 * ledger and its dashboard): the start-up time of a command is mostly the code Node compiles.
 *
 * Two views of the same rule:
 * - the sources' static import graph (type-only imports and `import()` left out): what an entry
 *   module loads before any of its code runs;
 * - the built bundle run with a module hook that records every file Node loads: ncc writes each
 *   `import()` as a chunk file beside dist/cli/index.js, and the chunks are told apart by the
 *   `CONCATENATED MODULE: ./src/...` comments ncc leaves in its unminified output.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useLoadLog } from '../support/load-log.js';

const root = process.cwd();
const cliDir = path.join(root, 'dist/cli');

// ---------------------------------------------------------------------------------------------
// The sources' static import graph.

/** The relative modules `file` imports for their values (`import type` and `import()` excluded). */
function staticImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found: string[] = [];
  // `import x from`, `import { a, type B } from`, `export { x } from`, `import './side-effect.js'`.
  const statement = /^(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (const m of text.matchAll(statement)) {
    const target = path.posix.join(path.posix.dirname(file), m[1]!).replace(/\.js$/, '.ts');
    found.push(target);
  }
  return found;
}

/** Every module `entry` loads before its first line runs. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is imported but does not exist`);
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

/** What no command line but a check needs. */
const ANALYSIS = ['src/core/analyze.ts', 'src/io/request.ts', 'src/io/trace-reader.ts', 'src/core/traces/index.ts'];

describe('the static import graph of the CLI', () => {
  it('reads the imports it should (the parser is checked on a module known to import the analysis)', () => {
    const check = staticClosure('src/cli/check.ts');
    for (const m of ANALYSIS) expect(check).toContain(m);
  });

  it('the entry loads only itself, the process streams and the version constant', () => {
    expect([...staticClosure('src/cli/index.ts')].sort()).toEqual([
      'src/cli/index.ts',
      'src/cli/io.ts',
      'src/core/version.ts'
    ]);
  });

  it('main.ts (parsing, --help, usage errors) loads neither the analysis nor a command module', () => {
    const main = staticClosure('src/cli/main.ts');
    for (const m of [...ANALYSIS, 'src/cli/check.ts', 'src/cli/ledger.ts', 'src/core/render/markdown.ts'])
      expect(main).not.toContain(m);
  });

  it('check.ts loads the JSON renderer only; the others and the ledger dashboard wait for their format or command', () => {
    const check = staticClosure('src/cli/check.ts');
    expect(check).toContain('src/core/render/json.ts');
    for (const m of [
      'src/core/render/index.ts',
      'src/core/render/markdown.ts',
      'src/core/render/text.ts',
      'src/core/render/dashboard/index.ts',
      'src/cli/ledger.ts'
    ])
      expect(check).not.toContain(m);
  });
});

// ---------------------------------------------------------------------------------------------
// The built bundle: which files Node loads.

/** The bundle's chunk files, each with the source modules ncc concatenated into it. */
function chunks(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of readdirSync(cliDir).filter((n) => n.endsWith('.js') && n !== 'index.js')) {
    const text = readFileSync(path.join(cliDir, name), 'utf8');
    out.set(
      name,
      [...text.matchAll(/CONCATENATED MODULE: \.\/(src\/[^\s]+)/g)].map((m) => m[1]!)
    );
  }
  return out;
}

const loads = useLoadLog();

beforeAll(() => {
  if (!existsSync(path.join(cliDir, 'index.js')))
    throw new Error('dist/cli/index.js is missing: run `npm run bundle` before the tests (CI does).');
});

/** Runs the CLI bundle with `args`; returns its result and the dist/cli files it loaded, in order. */
function runLogged(args: string[]): { status: number | null; stdout: string; loaded: string[] } {
  const { log, env } = loads.start();
  const r = spawnSync(process.execPath, [...loads.nodeArgs(), path.join(cliDir, 'index.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env }
  });
  return { status: r.status, stdout: r.stdout, loaded: loads.loadedIn(log, cliDir) };
}

/** The source modules of the chunks in `loaded`. */
function modulesOf(loaded: string[]): string[] {
  const all = chunks();
  return loaded.flatMap((name) => all.get(name) ?? []);
}

describe('dist/cli as it runs', () => {
  it('is split: the chunks hold the analysis, the entry does not', () => {
    const entry = readFileSync(path.join(cliDir, 'index.js'), 'utf8');
    for (const m of ANALYSIS) expect(entry).not.toContain(`CONCATENATED MODULE: ./${m}`);
    const chunked = [...chunks().values()].flat();
    for (const m of ANALYSIS) expect(chunked).toContain(m);
  });

  it('`--version` loads dist/cli/index.js alone and prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = runLogged([flag]);
      expect(r).toEqual({ status: 0, stdout: `carbon-gate ${version}\n`, loaded: ['index.js'] });
    }
  });

  it('`--version` on a longer line goes through the parser and says the same', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const r = runLogged(['check', '--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`carbon-gate ${version}\n`);
    for (const m of ANALYSIS) expect(modulesOf(r.loaded)).not.toContain(m);
  });

  it('`--help` does not load the analysis', () => {
    const r = runLogged(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    for (const m of ANALYSIS) expect(modulesOf(r.loaded)).not.toContain(m);
  });

  it('`check --format json` loads the analysis but neither the Markdown/text renderers nor the ledger', () => {
    const r = runLogged(['check', 'examples/measured-h200', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'pass', inputValid: true });
    const modules = modulesOf(r.loaded);
    for (const m of ANALYSIS) expect(modules).toContain(m);
    for (const m of ['src/core/render/markdown.ts', 'src/core/render/text.ts', 'src/cli/ledger.ts'])
      expect(modules).not.toContain(m);
  });

  it('`check` as text loads the text renderer it needs', () => {
    const r = runLogged(['check', 'examples/measured-h200']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('carbon-gate');
    expect(modulesOf(r.loaded)).toContain('src/core/render/text.ts');
  });

  it('every chunk imports nothing but Node built-ins and other chunks beside it', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const name of readdirSync(cliDir).filter((n) => n.endsWith('.js'))) {
      const text = readFileSync(path.join(cliDir, name), 'utf8');
      const required = [
        ...text.matchAll(/createRequire\(import\.meta\.url\)\(\s*["']([^"']+)["']\s*\)/g),
        ...text.matchAll(/^import\s[^;]*?\sfrom\s*["']([^"']+)["']/gm)
      ].map((m) => m[1]!);
      expect({ name, outside: required.filter((m) => !builtins.has(m) && !/^\.\/\d+\.index\.js$/.test(m)) }).toEqual({
        name,
        outside: []
      });
    }
  });
});
