/**
 * The adapters' file layer against a real temporary folder: manifest discovery, capped reads,
 * report writing, and the trace reader's confinement to its root.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  FileAccessError,
  createTraceReader,
  findManifests,
  readOptionalTextFile,
  readTextFile,
  splitPattern,
  writeTextFile
} from '../../src/io/files.js';
import { commonAncestor, displayPath, isInside } from '../../src/io/paths.js';

let dir: string;
let outside: string;

/** Creates `rel` under `base` with `content`, making folders as needed. */
function put(base: string, rel: string, content: string | Buffer = 'x'): string {
  const abs = path.join(base, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-files-'));
  outside = mkdtempSync(path.join(tmpdir(), 'carbon-gate-outside-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; chunks: number }> {
  const parts: Buffer[] = [];
  for await (const chunk of iterable) parts.push(Buffer.from(chunk));
  return { bytes: Buffer.concat(parts), chunks: parts.length };
}

async function codesOf(promise: Promise<unknown>): Promise<string> {
  try {
    await collect((await promise) as AsyncIterable<Uint8Array>);
    return 'no error';
  } catch (err) {
    return err instanceof FileAccessError ? err.diagnostic.code : `other: ${String(err)}`;
  }
}

describe('paths', () => {
  it.each([
    ['/a/b', '/a/b', true],
    ['/a/b', '/a/b/c/d.csv', true],
    ['/a/b', '/a/b/..data', true],
    ['/a/b', '/a/bc', false],
    ['/a/b', '/a', false],
    ['/a/b', '/x/y', false]
  ])('isInside(%s, %s) = %s', (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });

  it.each([
    [['/a/b/c', '/a/b/d/e'], '/a/b'],
    [['/a/b', '/a/b'], '/a/b'],
    [['/a/b', '/x'], '/'],
    [['/a/b/c'], '/a/b/c']
  ])('commonAncestor(%j) = %s', (paths, expected) => {
    expect(commonAncestor(paths)).toBe(expected);
  });

  it.each([
    ['/w/examples/a.yml', '/w', 'examples/a.yml'],
    ['/w', '/w', '.'],
    ['/other/a.yml', '/w', '../other/a.yml']
  ])('displayPath(%s, %s) = %s', (abs, base, expected) => {
    expect(displayPath(abs, base)).toBe(expected);
  });
});

describe('splitPattern', () => {
  it.each([
    ['logs/power-*.csv', 'logs', 'power-*.csv', false],
    ['logs/day1/power.csv', 'logs/day1/power.csv', '', false],
    ['*.csv', '.', '*.csv', false],
    ['../shared/logs/*.csv', '../shared/logs', '*.csv', false],
    ['logs/**/../../x.csv', 'logs', '**/../../x.csv', true],
    ['/abs/logs/*.csv', '/abs/logs', '*.csv', false],
    ['/*.csv', '/', '*.csv', false]
  ])('%s -> prefix %s, rest %s, climbs %s', (pattern, prefix, rest, climbs) => {
    expect(splitPattern(pattern)).toEqual({ staticPrefix: prefix, dynamic: rest, dynamicHasParent: climbs });
  });
});

describe('findManifests', () => {
  beforeEach(() => {
    put(dir, 'b/carbon-manifest.yml');
    put(dir, 'a/deep/er/carbon-manifest.yaml');
    put(dir, 'c/carbon-manifest.json');
    put(dir, 'node_modules/pkg/carbon-manifest.yml');
    put(dir, '.git/carbon-manifest.yml');
    put(dir, 'other/run.yml');
  });

  it('searches the default globs, skipping node_modules and .git, sorted, named from cwd', async () => {
    const found = await findManifests([], { cwd: dir });
    expect(found).toEqual({
      files: ['a/deep/er/carbon-manifest.yaml', 'b/carbon-manifest.yml', 'c/carbon-manifest.json'],
      diagnostics: []
    });
  });

  it('takes a folder as the default globs under it, a file as named, and a glob as expanded', async () => {
    const found = await findManifests(['a', 'other/run.yml', 'c/*.json', 'b/carbon-manifest.yml', 'b'], { cwd: dir });
    expect(found).toEqual({
      files: ['a/deep/er/carbon-manifest.yaml', 'b/carbon-manifest.yml', 'c/carbon-manifest.json', 'other/run.yml'],
      diagnostics: []
    });
  });

  it.each([
    [['missing.yml'], 'io/not-found', 'missing.yml'],
    [['nothing/**/*.yml'], 'io/no-match', 'nothing/**/*.yml'],
    [['other'], 'io/no-manifests', 'other']
  ])('reports %j as %s', async (args, code, file) => {
    const found = await findManifests(args, { cwd: dir });
    expect(found.files).toEqual([]);
    expect(found.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', code, file]]);
  });

  it('reports a folder without manifests when searching by default', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'carbon-gate-empty-'));
    try {
      const found = await findManifests([], { cwd: empty });
      expect(found.diagnostics.map((d) => d.code)).toEqual(['io/no-manifests']);
      expect(found.diagnostics[0].message).toContain('carbon-manifest.{yml,yaml,json}');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('collects every problem, not only the first', async () => {
    const found = await findManifests(['x.yml', 'b', 'y.yml'], { cwd: dir });
    expect(found.files).toEqual(['b/carbon-manifest.yml']);
    expect(found.diagnostics.map((d) => d.file)).toEqual(['x.yml', 'y.yml']);
  });
});

describe('readTextFile', () => {
  it('reads a UTF-8 file and names it as given', async () => {
    put(dir, 'm.yml', 'name: café\n');
    expect(await readTextFile('m.yml', { baseDir: dir })).toEqual({
      input: { file: 'm.yml', text: 'name: café\n' },
      diagnostics: []
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    put(dir, 'ten.yml', '0123456789');
    put(dir, 'eleven.yml', '0123456789A');
    expect((await readTextFile('ten.yml', { baseDir: dir, maxBytes: 10 })).input?.text).toBe('0123456789');
    const refused = await readTextFile('eleven.yml', { baseDir: dir, maxBytes: 10 });
    expect(refused.input).toBeUndefined();
    expect(refused.diagnostics.map((d) => [d.code, d.file])).toEqual([['io/too-large', 'eleven.yml']]);
  });

  it('refuses a manifest over 1 MiB by default', async () => {
    put(dir, 'big.yml', Buffer.alloc(1024 * 1024 + 1, 0x61));
    const refused = await readTextFile('big.yml', { baseDir: dir, what: 'manifest' });
    expect(refused.diagnostics.map((d) => d.code)).toEqual(['io/too-large']);
    expect(refused.diagnostics[0].message).toContain('1 MiB');
  });

  it('refuses a FIFO without blocking on it', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
    expect((await readTextFile('pipe.yml', { baseDir: dir })).diagnostics.map((d) => d.code)).toEqual([
      'io/not-a-file'
    ]);
  });

  it.each([
    ['missing.yml', 'io/not-found'],
    ['folder', 'io/not-a-file'],
    ['latin1.yml', 'io/not-utf8']
  ])('reports %s as %s', async (file, code) => {
    mkdirSync(path.join(dir, 'folder'));
    put(dir, 'latin1.yml', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await readTextFile(file, { baseDir: dir, what: 'manifest' });
    expect(result.input).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', code, file]]);
  });

  it('refuses a symbolic link out of the confining folder', async () => {
    put(outside, 'secret.yml', 'token: x');
    symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, 'link.yml'));
    expect((await readTextFile('link.yml', { baseDir: dir, confineTo: dir })).diagnostics.map((d) => d.code)).toEqual([
      'io/outside-root'
    ]);
    expect((await readTextFile('link.yml', { baseDir: dir })).input?.text).toBe('token: x');
  });
});

describe('readOptionalTextFile', () => {
  it.each([
    ['missing.yml', undefined, []],
    ['present.yml', 'budget: {}\n', []],
    ['folder', undefined, ['io/not-a-file']],
    ['latin1.yml', undefined, ['io/not-utf8']]
  ])('reads %s: text %j, diagnostics %j (only absence is silent)', async (file, text, codes) => {
    mkdirSync(path.join(dir, 'folder'));
    put(dir, 'present.yml', 'budget: {}\n');
    put(dir, 'latin1.yml', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await readOptionalTextFile(file, { baseDir: dir, what: 'config file' });
    expect(result.input?.text).toBe(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});

describe('writeTextFile', () => {
  it('creates the folder and writes the text', async () => {
    expect(await writeTextFile('out/deep/report.md', '# r\n', { baseDir: dir })).toEqual([]);
    expect(readFileSync(path.join(dir, 'out/deep/report.md'), 'utf8')).toBe('# r\n');
  });

  it('returns a diagnostic when the target is a folder', async () => {
    mkdirSync(path.join(dir, 'taken'));
    expect((await writeTextFile('taken', 'x', { baseDir: dir })).map((d) => [d.code, d.file])).toEqual([
      ['io/write-failed', 'taken']
    ]);
  });
});

describe('createTraceReader', () => {
  beforeEach(() => {
    put(dir, 'runs/bert/carbon-manifest.yml');
    put(dir, 'runs/bert/logs/power-1.csv', 'a');
    put(dir, 'runs/bert/logs/power-2.csv', 'b');
    put(dir, 'runs/bert/logs/other.txt', 'c');
    put(dir, 'shared/logs/node-1.csv', 'd');
    put(outside, 'secret.csv', 'secret');
  });

  const manifest = 'runs/bert/carbon-manifest.yml';

  it.each([
    ['logs/power-*.csv', ['runs/bert/logs/power-1.csv', 'runs/bert/logs/power-2.csv']],
    ['logs/power-2.csv', ['runs/bert/logs/power-2.csv']],
    ['logs/**/*.csv', ['runs/bert/logs/power-1.csv', 'runs/bert/logs/power-2.csv']],
    ['../../shared/logs/*.csv', ['shared/logs/node-1.csv']],
    ['logs/none-*.csv', []],
    ['logs/missing.csv', []],
    ['nofolder/*.csv', []]
  ])('lists %s relative to the manifest folder', async (pattern, expected) => {
    const reader = createTraceReader(dir);
    expect(await reader.list(manifest, pattern)).toEqual({ files: expected, diagnostics: [] });
  });

  it('allows an absolute pattern inside the root', async () => {
    const reader = createTraceReader(dir);
    expect((await reader.list(manifest, path.join(dir, 'shared/logs/*.csv'))).files).toEqual([
      'shared/logs/node-1.csv'
    ]);
  });

  it.each([['../../../*.csv'], ['../../../etc/passwd'], ['logs/**/../../../../x.csv'], ['/etc/passwd'], ['/etc/*']])(
    'refuses %s, which leaves the root',
    async (pattern) => {
      const reader = createTraceReader(path.join(dir, 'runs'));
      const result = await reader.list('bert/carbon-manifest.yml', pattern);
      expect(result.files).toEqual([]);
      expect(result.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
        ['error', 'io/outside-root', 'bert/carbon-manifest.yml']
      ]);
    }
  );

  it('refuses a matched symlink that points outside, and lists the rest', async () => {
    symlinkSync(path.join(outside, 'secret.csv'), path.join(dir, 'runs/bert/logs/power-3.csv'));
    const result = await createTraceReader(dir).list(manifest, 'logs/power-*.csv');
    expect(result.files).toEqual(['runs/bert/logs/power-1.csv', 'runs/bert/logs/power-2.csv']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/outside-root']);
    expect(result.diagnostics[0].message).toContain('runs/bert/logs/power-3.csv');
  });

  it('refuses a pattern whose folder is a symlink to the outside', async () => {
    symlinkSync(outside, path.join(dir, 'runs/bert/escape'));
    const result = await createTraceReader(dir).list(manifest, 'escape/*.csv');
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/outside-root']);
  });

  it('names files from baseDir when it differs from the root', async () => {
    const reader = createTraceReader(dir, { baseDir: path.join(dir, 'runs') });
    expect((await reader.list('bert/carbon-manifest.yml', 'logs/power-1.csv')).files).toEqual([
      'bert/logs/power-1.csv'
    ]);
    expect((await collect(reader.open('bert/logs/power-1.csv'))).bytes.toString()).toBe('a');
  });

  it('streams a file larger than one chunk in several chunks, byte for byte', async () => {
    const size = 2.5 * 1024 * 1024;
    const content = Buffer.alloc(size);
    for (let i = 0; i < size; i++) content[i] = i % 251;
    put(dir, 'runs/bert/logs/big.csv', content);
    const { bytes, chunks } = await collect(createTraceReader(dir).open('runs/bert/logs/big.csv'));
    expect(bytes.equals(content)).toBe(true);
    // 2.5 MiB in chunks of at most 1 MiB: at least 3 chunks, so the file was not read whole.
    expect(chunks).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['runs/bert/logs/missing.csv', 'io/not-found'],
    ['runs/bert/logs', 'io/not-a-file'],
    ['../x', 'io/outside-root']
  ])('open(%s) fails with %s', async (file, code) => {
    expect(await codesOf(Promise.resolve(createTraceReader(dir).open(file)))).toBe(code);
  });

  it('open refuses a symlink to the outside', async () => {
    symlinkSync(path.join(outside, 'secret.csv'), path.join(dir, 'runs/bert/logs/link.csv'));
    expect(await codesOf(Promise.resolve(createTraceReader(dir).open('runs/bert/logs/link.csv')))).toBe(
      'io/outside-root'
    );
  });

  it('open refuses an existing file outside the root named by a relative path', async () => {
    const rel = path.relative(dir, path.join(outside, 'secret.csv'));
    expect(await codesOf(Promise.resolve(createTraceReader(dir).open(rel)))).toBe('io/outside-root');
  });
});

describe('createTraceReader with symbolic links inside the root', () => {
  it('lists a link to a file inside the root, and reads a file reached twice only once', async () => {
    put(dir, 'm/carbon-manifest.yml');
    put(dir, 'm/logs/a.csv', 'a');
    symlinkSync('a.csv', path.join(dir, 'm/logs/b.csv'));
    put(dir, 'm/other/c.csv', 'c');
    symlinkSync(path.join(dir, 'm/other/c.csv'), path.join(dir, 'm/logs/c.csv'));
    const result = await createTraceReader(dir).list('m/carbon-manifest.yml', 'logs/*.csv');
    expect(result.files).toEqual(['m/logs/a.csv', 'm/logs/c.csv']);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['notice', 'io/duplicate-trace']]);
    expect(result.diagnostics[0].message).toContain('"m/logs/b.csv" is the same file as "m/logs/a.csv"');
  });

  it('survives a symlink loop and lists each file once', async () => {
    put(dir, 'm/carbon-manifest.yml');
    put(dir, 'm/logs/a.csv', 'a');
    symlinkSync('..', path.join(dir, 'm/logs/loop'));
    const result = await createTraceReader(dir).list('m/carbon-manifest.yml', 'logs/**/*.csv');
    expect(result.files).toEqual(['m/logs/a.csv']);
    expect(result.diagnostics.every((d) => d.severity === 'notice')).toBe(true);
  });
});
