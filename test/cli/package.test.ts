/**
 * The npm package, as `npm install -g carbon-gate` gets it: what `npm pack` puts in it (the CLI
 * bundle, the schemas and the licences, never the action bundle), that it declares no dependency
 * (the bundle already holds them), and that `engines` tells the truth about the Node it needs:
 * every package bundled into the CLI accepts that Node, and the CLI bundle calls no Node API that
 * is newer. The action bundle is held to the Node that action.yml runs it on instead.
 *
 * `.ci/pack` installs the packed tarball into an empty folder and runs it; this file checks the
 * package's contents and declarations, which needs no install.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = process.cwd();

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  [field: string]: unknown;
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;

// ---------------------------------------------------------------------------------------------
// Node version ranges: the subset of npm's semver ranges that `engines` fields use (comparators,
// caret, tilde, x-ranges, `||`). Anything else throws, so a new syntax fails the test loudly
// instead of being read wrongly.

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m) throw new Error(`not a version: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** One comparator (`>=20`, `^20.19.0`, `20`, `<=0.7.0`) as a test on a version. */
function comparator(text: string): (v: Version) => boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/.exec(text);
  if (!m) throw new Error(`unsupported range comparator: "${text}"`);
  const op = m[1] ?? '';
  const parts = [m[2], m[3], m[4]];
  const given = parts.findIndex((p) => p === undefined || /^[xX*]$/.test(p));
  const count = given === -1 ? 3 : given; // how many leading numbers the comparator names
  const n = parts.map((p, i) => (i < count ? Number(p) : 0)) as Version;
  const lower = n;
  /** The first version above the range a partial version names: `20` -> 21.0.0, `0.7` -> 0.8.0. */
  const next = (k: number): Version =>
    k === 0 ? [Infinity, 0, 0] : k === 1 ? [n[0] + 1, 0, 0] : k === 2 ? [n[0], n[1] + 1, 0] : [n[0], n[1], n[2] + 1];
  const ge = (v: Version) => compare(v, lower) >= 0;
  switch (op) {
    case '>=':
      return ge;
    case '>':
      return (v) => compare(v, next(count)) >= 0;
    case '<':
      return (v) => compare(v, lower) < 0;
    case '<=':
      return (v) => compare(v, next(count)) < 0;
    case '^': {
      // The first non-zero part named is the one that may not change.
      const firstNonZero = n.findIndex((x, i) => i < count && x !== 0);
      const keep = firstNonZero === -1 ? count : firstNonZero + 1;
      return (v) => ge(v) && compare(v, next(keep)) < 0;
    }
    case '~':
      return (v) => ge(v) && compare(v, next(Math.min(count, 2) || 1)) < 0;
    default:
      return (v) => ge(v) && compare(v, next(count)) < 0;
  }
}

/** Whether `version` satisfies `range` (`a b` is an AND of comparators, `||` an OR of those). */
function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range.split('||').some((set) => {
    const tokens = set
      .trim()
      .replace(/(>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter((t) => t !== '');
    if (tokens.length === 0) throw new Error(`empty range in "${range}"`);
    return tokens.every((t) => comparator(t)(v));
  });
}

/** The lowest version a `>=N[.N[.N]]` range allows: the only form `engines.node` should take. */
function minimumOf(range: string): string {
  const m = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!m) throw new Error(`engines.node should be ">=N", got "${range}"`);
  return `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
}

describe('the version-range reader this file relies on', () => {
  // Expected answers from npm's semver rules (docs.npmjs.com/cli/using-npm/semver); the ranges are
  // the engines fields of packages in this repository's lockfile.
  it.each([
    ['20.0.0', '20 || >=22', true],
    ['20.20.2', '20 || >=22', true],
    ['21.7.0', '20 || >=22', false],
    ['22.0.0', '20 || >=22', true],
    ['20.0.0', '^20.19.0 || ^22.13.0 || >=24', false],
    ['20.19.0', '^20.19.0 || ^22.13.0 || >=24', true],
    ['22.12.9', '^20.19.0 || ^22.13.0 || >=24', false],
    ['23.0.0', '^20.19.0 || ^22.13.0 || >=24', false],
    ['24.0.0', '^20.19.0 || ^22.13.0 || >=24', true],
    ['14.5.9', '>= 14.6', false],
    ['14.6.0', '>= 14.6', true],
    ['0.7.0', '>=0.6.11 <=0.7.0 || >=0.7.3', true],
    ['0.7.2', '>=0.6.11 <=0.7.0 || >=0.7.3', false],
    ['24.0.0', '>=0.6.11 <=0.7.0 || >=0.7.3', true],
    ['18.16.9', '>=18.17', false],
    ['6.9.0', '6.* || 8.* || >= 10.*', true],
    ['7.0.0', '6.* || 8.* || >= 10.*', false],
    ['10.0.0', '6.* || 8.* || >= 10.*', true],
    ['0.2.5', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['19.9.9', '>20', false],
    ['21.0.0', '>20', true],
    ['20.5.0', '<=20', true],
    ['21.0.0', '<=20', false],
    ['19.0.0', '<20', true],
    ['20.0.0', '<20', false]
  ])('%s satisfies "%s": %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('refuses range syntax it does not know', () => {
    expect(() => satisfies('20.0.0', '20.0.0 - 22.0.0')).toThrow(/unsupported/);
    expect(() => satisfies('20.0.0', '>=20.0.0-rc.1')).toThrow(/unsupported/);
  });

  it('reads the minimum of a ">=N" range and nothing else', () => {
    expect(minimumOf('>=20')).toBe('20.0.0');
    expect(minimumOf('>= 20.19')).toBe('20.19.0');
    expect(() => minimumOf('^20 || >=22')).toThrow(/should be/);
  });
});

// ---------------------------------------------------------------------------------------------
// The package's contents and declarations.

/** `npm pack --dry-run --json`: what the tarball would hold, without writing it. */
function packListing(): { files: { path: string; mode: number }[] } {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--offline', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' }
  });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed:\n${result.stderr}`);
  const [listing] = JSON.parse(result.stdout) as { files: { path: string; mode: number }[] }[];
  return listing!;
}

/** The files under `dir` (relative to the repository, `/`-separated), recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : [`${dir}/${e.name}`]
  );
}

describe('the npm package', () => {
  const listing = packListing();
  const packed = listing.files.map((f) => f.path).sort();

  it('holds the CLI bundle, the schemas, the licences and the data sources, nothing else', () => {
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'DATA-SOURCES.md',
      ...filesUnder('dist/cli'),
      ...filesUnder('schema'),
      ...filesUnder('LICENSES')
    ].sort();
    expect(packed).toEqual(expected);
    // The bundled dependencies' licences travel with the bundle.
    expect(packed).toContain('dist/cli/licenses.txt');
    // The action runs from the repository at a tag, never from npm.
    expect(packed).not.toContain('dist/index.js');
  });

  it('installs a `carbon-gate` command: the executable CLI bundle', () => {
    expect(pkg.private).toBeUndefined();
    expect(Object.keys(pkg.bin)).toEqual(['carbon-gate']);
    const bin = listing.files.find((f) => f.path === pkg.bin['carbon-gate']);
    expect(bin?.path).toBe('dist/cli/index.js');
    expect(bin!.mode & 0o111).toBe(0o111);
  });

  it('declares no dependency: the bundle holds them, so installing fetches nothing else', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect({ field, value: pkg[field] }).toEqual({ field, value: undefined });
  });

  it('loads nothing at run time but Node built-ins', () => {
    const text = readFileSync(path.join(root, pkg.bin['carbon-gate']), 'utf8');
    // ncc leaves each external module as `createRequire(import.meta.url)("x")` or a top-level
    // `import ... from "x"`; everything else is inlined.
    const required = [
      ...text.matchAll(/createRequire\(import\.meta\.url\)\(\s*["']([^"']+)["']\s*\)/g),
      ...text.matchAll(/^import\s[^;]*?\sfrom\s*["']([^"']+)["']/gm)
    ].map((m) => m[1]!);
    expect(required.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect([...new Set(required)].filter((m) => !builtins.has(m))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Which Node each bundle needs.

/** The names of the packages a bundle holds, from the licences file ncc writes beside it. */
function bundledPackages(licensesFile: string): string[] {
  const text = readFileSync(path.join(root, licensesFile), 'utf8');
  // Entries are separated by two blank lines; each starts with the package's name alone on a line.
  return [...text.matchAll(/(?:^|\n\n\n)(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n/g)].map((m) => m[1]!);
}

/** `engines.node` of every installed copy of `name` (nested copies too), from the lockfile. */
function enginesOf(name: string): { copy: string; version: string; node: string | undefined }[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; engines?: { node?: string } }>;
  };
  const copies = Object.entries(lock.packages).filter(
    ([key]) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`)
  );
  if (copies.length === 0) throw new Error(`${name} is bundled but not in package-lock.json`);
  return copies.map(([copy, p]) => ({ copy, version: p.version ?? '?', node: p.engines?.node }));
}

/** Packages whose `engines.node` leaves out `version`. */
function refusing(packages: string[], version: string): string[] {
  return packages.flatMap((name) =>
    enginesOf(name)
      .filter((e) => e.node !== undefined && !satisfies(version, e.node))
      .map((e) => `${e.copy}@${e.version} wants node ${e.node}`)
  );
}

const cliMinimum = minimumOf(pkg.engines.node);

describe('engines: the Node each bundle needs', () => {
  const cliPackages = bundledPackages('dist/cli/licenses.txt');
  const actionPackages = bundledPackages('dist/licenses.txt');

  it('finds the bundled packages in the licence files', () => {
    expect(cliPackages).toEqual(expect.arrayContaining(['yaml', 'tinyglobby']));
    expect(actionPackages).toEqual(expect.arrayContaining(['@actions/github', 'yaml']));
    // The toolkit stays out of the CLI (bundle.test.ts checks its code; this checks its licences).
    expect(cliPackages.filter((p) => p.startsWith('@actions/') || p.startsWith('@octokit/'))).toEqual([]);
  });

  it('states a minimum in the form ">=N"', () => {
    expect(cliMinimum).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // Even-numbered majors only: they are the release lines that become LTS. Odd-numbered ones live six
  // months, and some bundled packages leave them out (minimatch's engines read "20 || >=22").
  it('every package bundled into the CLI accepts the minimum and each even-numbered major release after it', () => {
    const major = parseVersion(cliMinimum)[0];
    for (const version of [cliMinimum, ...[2, 4, 6].map((k) => `${major + k}.0.0`)])
      expect({ version, refusing: refusing(cliPackages, version) }).toEqual({ version, refusing: [] });
  });

  it('every package bundled into the action accepts the Node that action.yml runs it on', () => {
    const using = /^\s+using:\s*['"]?node(\d+)['"]?\s*$/m.exec(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    expect(using).not.toBeNull();
    expect(refusing(actionPackages, `${using![1]}.0.0`)).toEqual([]);
  });
});

/**
 * Node APIs that are not in every release line from 20.0.0 on, with the releases that added them
 * (the "Added in" lines of nodejs.org/api; for language built-ins, the first Node release whose V8
 * ships them). A backport is available from its release on within its own major line only.
 */
const NEWER_APIS: { api: string; addedIn: string[]; pattern: RegExp; example: string }[] = [
  {
    api: 'AbortSignal.any()',
    addedIn: ['20.3.0', '18.17.0'],
    pattern: /\bAbortSignal\.any\(/,
    example: 'AbortSignal.any([a, b])'
  },
  {
    api: 'import.meta.dirname / filename',
    addedIn: ['21.2.0', '20.11.0'],
    pattern: /\bimport\.meta\.(dirname|filename)\b/,
    example: 'path.join(import.meta.dirname, "x")'
  },
  {
    api: 'util.styleText()',
    addedIn: ['21.7.0', '20.12.0'],
    pattern: /\bstyleText\b/,
    example: '(0,external_node_util_namespaceObject.styleText)("red", s)'
  },
  {
    api: 'process.loadEnvFile()',
    addedIn: ['21.7.0', '20.12.0'],
    pattern: /\bloadEnvFile\b/,
    example: 'process.loadEnvFile(".env")'
  },
  { api: 'util.parseEnv()', addedIn: ['21.7.0', '20.12.0'], pattern: /\.parseEnv\b/, example: 'util.parseEnv(text)' },
  {
    api: 'fs.Dirent#parentPath',
    addedIn: ['21.4.0', '20.12.0', '18.20.0'],
    pattern: /\.parentPath\b/,
    example: 'join(entry.parentPath, entry.name)'
  },
  {
    api: 'zlib.crc32()',
    addedIn: ['22.2.0', '20.15.0'],
    pattern: /zlib\w*\.crc32\b/,
    example: '(0,external_node_zlib_namespaceObject.crc32)(buf)'
  },
  {
    api: 'process.getBuiltinModule()',
    addedIn: ['22.3.0', '20.16.0'],
    pattern: /\bgetBuiltinModule\b/,
    example: 'process.getBuiltinModule("fs")'
  },
  {
    api: 'util.parseArgs({ allowNegative })',
    addedIn: ['22.4.0', '20.16.0'],
    pattern: /\ballowNegative\b/,
    example: 'parseArgs({ options, allowNegative: true })'
  },
  {
    api: 'path.matchesGlob()',
    addedIn: ['22.5.0', '20.17.0'],
    pattern: /\.matchesGlob\b/,
    example: 'path.matchesGlob(file, "*.yml")'
  },
  {
    api: 'Object.groupBy / Map.groupBy',
    addedIn: ['21.0.0'],
    pattern: /\b(Object|Map)\.groupBy\b/,
    example: 'Object.groupBy(runs, (r) => r.method)'
  },
  {
    api: 'fs.glob / fs.globSync',
    addedIn: ['22.0.0'],
    pattern: /(fs|promises)\w*\.glob(Sync)?\b/,
    example: '(0,promises_namespaceObject.glob)("**/*.yml")'
  },
  { api: 'WebSocket (global)', addedIn: ['22.0.0'], pattern: /\bnew WebSocket\(/, example: 'new WebSocket(url)' },
  {
    api: 'Promise.withResolvers()',
    addedIn: ['22.0.0'],
    pattern: /\bPromise\.withResolvers\b/,
    example: 'Promise.withResolvers()'
  },
  {
    api: 'Array.fromAsync()',
    addedIn: ['22.0.0'],
    pattern: /\bArray\.fromAsync\b/,
    example: 'await Array.fromAsync(stream)'
  },
  {
    api: 'Set methods (union, intersection, ...)',
    addedIn: ['22.0.0'],
    pattern: /\.(union|intersection|difference|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    example: 'a.union(b)'
  },
  {
    api: 'iterator helpers',
    addedIn: ['22.0.0'],
    pattern:
      /\bIterator\.from\b|\.(keys|values|entries)\(\)\.(map|filter|take|drop|flatMap|reduce|toArray|forEach|some|every|find)\(/,
    example: 'map.values().map((v) => v.powerW)'
  },
  {
    api: 'module.enableCompileCache()',
    addedIn: ['22.1.0'],
    pattern: /\benableCompileCache\b/,
    example: 'module.enableCompileCache()'
  },
  { api: 'URL.parse()', addedIn: ['22.1.0'], pattern: /\bURL\.parse\(/, example: 'URL.parse(text)' },
  {
    api: 'node:sqlite',
    addedIn: ['22.5.0'],
    pattern: /["']node:sqlite["']/,
    example: 'createRequire(import.meta.url)("node:sqlite")'
  },
  {
    api: 'stream.duplexPair()',
    addedIn: ['22.6.0'],
    pattern: /\bduplexPair\b/,
    example: 'const [a, b] = duplexPair()'
  },
  { api: 'util.getCallSite(s)()', addedIn: ['22.9.0'], pattern: /\bgetCallSites?\b/, example: 'util.getCallSites()' },
  { api: 'Promise.try()', addedIn: ['23.0.0'], pattern: /\bPromise\.try\b/, example: 'Promise.try(() => f())' },
  {
    api: 'Intl.DurationFormat',
    addedIn: ['23.0.0'],
    pattern: /\bIntl\.DurationFormat\b/,
    example: 'new Intl.DurationFormat("en")'
  },
  { api: 'Error.isError()', addedIn: ['24.0.0'], pattern: /\bError\.isError\b/, example: 'Error.isError(e)' },
  {
    api: 'RegExp.escape()',
    addedIn: ['24.0.0'],
    pattern: /\bRegExp\.escape\b/,
    example: 'new RegExp(RegExp.escape(name))'
  },
  { api: 'Float16Array', addedIn: ['24.0.0'], pattern: /\bFloat16Array\b/, example: 'new Float16Array(8)' }
];

/** Whether a Node release has an API added in `addedIn` (the newest entry first, then backports). */
function available(version: string, addedIn: string[]): boolean {
  const v = parseVersion(version);
  const [first, ...backports] = addedIn.map(parseVersion).sort((a, b) => compare(b, a));
  if (compare(v, first!) >= 0) return true;
  return backports.some((b) => b[0] === v[0] && compare(v, b) >= 0);
}

describe('the CLI bundle runs on the minimum Node', () => {
  it.each([
    // From the "Added in" lines of nodejs.org/api/util.html#utilstyletextformat-text-options.
    ['20.0.0', ['21.7.0', '20.12.0'], false],
    ['20.11.1', ['21.7.0', '20.12.0'], false],
    ['20.12.0', ['21.7.0', '20.12.0'], true],
    ['21.6.2', ['21.7.0', '20.12.0'], false],
    ['21.7.0', ['21.7.0', '20.12.0'], true],
    ['22.0.0', ['21.7.0', '20.12.0'], true],
    ['18.20.0', ['21.4.0', '20.12.0', '18.20.0'], true],
    ['19.9.0', ['21.4.0', '20.12.0', '18.20.0'], false]
  ])('Node %s has an API added in %j: %s', (version, addedIn, expected) => {
    expect(available(version, addedIn)).toBe(expected);
  });

  it.each(NEWER_APIS.map((a) => [a.api, a] as const))('the search for %s finds its use', (_api, entry) => {
    expect(entry.pattern.test(entry.example)).toBe(true);
  });

  it(`calls no Node API that Node ${cliMinimum} lacks`, () => {
    const text = readFileSync(path.join(root, pkg.bin['carbon-gate']), 'utf8');
    const missing = NEWER_APIS.filter((a) => !available(cliMinimum, a.addedIn));
    // With the minimum at 20.0.0 every API in the list is missing there; a raised minimum shrinks it.
    expect(missing.length).toBeGreaterThan(0);
    const used = missing.filter((a) => a.pattern.test(text)).map((a) => `${a.api} (Node ${a.addedIn.join(', ')})`);
    expect(used).toEqual([]);
  });
});
