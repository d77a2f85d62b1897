/**
 * The confined trace reader against a real temporary folder: globs relative to the manifest,
 * confinement to the root (through "..", absolute paths and symbolic links), streaming in chunks,
 * and the errors a stream throws, which reach the report with their own codes.
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.js';
import type { TraceReader } from '../../src/core/model.js';
import { TraceAccessError } from '../../src/core/traces/access.js';
import { measureTraces } from '../../src/core/traces/index.js';
import { createTraceReader, splitPattern } from '../../src/io/trace-reader.js';
import { createCrawlBudget } from '../../src/io/walk.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

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
    return err instanceof TraceAccessError ? err.diagnostic.code : `other: ${String(err)}`;
  }
}

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

describe('createTraceReader', () => {
  beforeEach(() => {
    put(tmp.dir, 'runs/bert/carbon-manifest.yml');
    put(tmp.dir, 'runs/bert/logs/power-1.csv', 'a');
    put(tmp.dir, 'runs/bert/logs/power-2.csv', 'b');
    put(tmp.dir, 'runs/bert/logs/other.txt', 'c');
    put(tmp.dir, 'shared/logs/node-1.csv', 'd');
    put(tmp.outside, 'secret.csv', 'secret');
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
    const reader = createTraceReader(tmp.dir);
    expect(await reader.list(manifest, pattern)).toEqual({ files: expected, diagnostics: [] });
  });

  it('allows an absolute pattern inside the root', async () => {
    const reader = createTraceReader(tmp.dir);
    expect((await reader.list(manifest, path.join(tmp.dir, 'shared/logs/*.csv'))).files).toEqual([
      'shared/logs/node-1.csv'
    ]);
  });

  it.each([['../../../*.csv'], ['../../../etc/passwd'], ['logs/**/../../../../x.csv'], ['/etc/passwd'], ['/etc/*']])(
    'refuses %s, which leaves the root',
    async (pattern) => {
      const reader = createTraceReader(path.join(tmp.dir, 'runs'));
      const result = await reader.list('bert/carbon-manifest.yml', pattern);
      expect(result.files).toEqual([]);
      expect(result.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
        ['error', 'io/outside-root', 'bert/carbon-manifest.yml']
      ]);
    }
  );

  it('refuses a matched symlink that points tmp.outside, and lists the rest', async () => {
    symlinkSync(path.join(tmp.outside, 'secret.csv'), path.join(tmp.dir, 'runs/bert/logs/power-3.csv'));
    const result = await createTraceReader(tmp.dir).list(manifest, 'logs/power-*.csv');
    expect(result.files).toEqual(['runs/bert/logs/power-1.csv', 'runs/bert/logs/power-2.csv']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/outside-root']);
    expect(result.diagnostics[0].message).toContain('runs/bert/logs/power-3.csv');
  });

  it('refuses a pattern whose folder is a symlink to the outside', async () => {
    symlinkSync(tmp.outside, path.join(tmp.dir, 'runs/bert/escape'));
    const result = await createTraceReader(tmp.dir).list(manifest, 'escape/*.csv');
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/outside-root']);
  });

  it('names files from baseDir when it differs from the root', async () => {
    const reader = createTraceReader(tmp.dir, { baseDir: path.join(tmp.dir, 'runs') });
    expect((await reader.list('bert/carbon-manifest.yml', 'logs/power-1.csv')).files).toEqual([
      'bert/logs/power-1.csv'
    ]);
    expect((await collect(reader.open('bert/logs/power-1.csv'))).bytes.toString()).toBe('a');
  });

  it('reads a file larger than one block in several blocks of one reused buffer, byte for byte', async () => {
    const size = 10.5 * 1024 * 1024;
    const content = Buffer.alloc(size);
    for (let i = 0; i < size; i++) content[i] = i % 251;
    put(tmp.dir, 'runs/bert/logs/big.csv', content);
    const parts: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    for await (const chunk of createTraceReader(tmp.dir).open('runs/bert/logs/big.csv')) {
      // Copied at once: a block is valid only until the next one is asked for.
      parts.push(Buffer.from(chunk));
      buffers.add(chunk.buffer);
    }
    expect(Buffer.concat(parts).equals(content)).toBe(true);
    // 10.5 MiB in blocks of 4 MiB: 3 reads, so the file was not read whole, all into one buffer.
    expect(parts.map((p) => p.length)).toEqual([4 * 1024 * 1024, 4 * 1024 * 1024, 2.5 * 1024 * 1024]);
    expect(buffers.size).toBe(1);
  });

  it('files read one after another share one block buffer; files read at once have their own', async () => {
    put(tmp.dir, 'runs/bert/logs/one.csv', 'first file');
    put(tmp.dir, 'runs/bert/logs/two.csv', 'second file');
    const reader = createTraceReader(tmp.dir);
    const buffersOf = async (file: string, into: Set<ArrayBufferLike>) => {
      const parts: Buffer[] = [];
      for await (const chunk of reader.open(file)) {
        parts.push(Buffer.from(chunk));
        into.add(chunk.buffer);
      }
      return Buffer.concat(parts).toString();
    };
    // One after another: the second file reads into the buffer the first one gave back.
    const sequential = new Set<ArrayBufferLike>();
    expect(await buffersOf('runs/bert/logs/one.csv', sequential)).toBe('first file');
    expect(await buffersOf('runs/bert/logs/two.csv', sequential)).toBe('second file');
    expect(sequential.size).toBe(1);
    // At once: the first file's block is still valid while the second is read.
    const a = reader.open('runs/bert/logs/one.csv')[Symbol.asyncIterator]();
    const b = reader.open('runs/bert/logs/two.csv')[Symbol.asyncIterator]();
    const blockA = (await a.next()).value as Uint8Array;
    const blockB = (await b.next()).value as Uint8Array;
    expect(blockA.buffer).not.toBe(blockB.buffer);
    expect(Buffer.from(blockA).toString()).toBe('first file');
    expect(Buffer.from(blockB).toString()).toBe('second file');
    expect((await a.next()).done).toBe(true);
    expect((await b.next()).done).toBe(true);
  });

  it.each([
    ['runs/bert/logs/missing.csv', 'io/not-found'],
    ['runs/bert/logs', 'io/not-a-file'],
    ['../x', 'io/outside-root']
  ])('open(%s) fails with %s', async (file, code) => {
    expect(await codesOf(Promise.resolve(createTraceReader(tmp.dir).open(file)))).toBe(code);
  });

  it('open refuses a symlink to the outside', async () => {
    symlinkSync(path.join(tmp.outside, 'secret.csv'), path.join(tmp.dir, 'runs/bert/logs/link.csv'));
    expect(await codesOf(Promise.resolve(createTraceReader(tmp.dir).open('runs/bert/logs/link.csv')))).toBe(
      'io/outside-root'
    );
  });

  it('open refuses an existing file tmp.outside the root named by a relative path', async () => {
    const rel = path.relative(tmp.dir, path.join(tmp.outside, 'secret.csv'));
    expect(await codesOf(Promise.resolve(createTraceReader(tmp.dir).open(rel)))).toBe('io/outside-root');
  });
});

describe('createTraceReader with symbolic links inside the root', () => {
  it('lists a link to a file inside the root, and reads a file reached twice only once', async () => {
    put(tmp.dir, 'm/carbon-manifest.yml');
    put(tmp.dir, 'm/logs/a.csv', 'a');
    symlinkSync('a.csv', path.join(tmp.dir, 'm/logs/b.csv'));
    put(tmp.dir, 'm/other/c.csv', 'c');
    symlinkSync(path.join(tmp.dir, 'm/other/c.csv'), path.join(tmp.dir, 'm/logs/c.csv'));
    const result = await createTraceReader(tmp.dir).list('m/carbon-manifest.yml', 'logs/*.csv');
    expect(result.files).toEqual(['m/logs/a.csv', 'm/logs/c.csv']);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['notice', 'io/duplicate-trace']]);
    expect(result.diagnostics[0].message).toContain('"m/logs/b.csv" is the same file as "m/logs/a.csv"');
  });

  it('survives a symlink loop and lists each file once', async () => {
    put(tmp.dir, 'm/carbon-manifest.yml');
    put(tmp.dir, 'm/logs/a.csv', 'a');
    symlinkSync('..', path.join(tmp.dir, 'm/logs/loop'));
    const result = await createTraceReader(tmp.dir).list('m/carbon-manifest.yml', 'logs/**/*.csv');
    expect(result.files).toEqual(['m/logs/a.csv']);
    expect(result.diagnostics.every((d) => d.severity === 'notice')).toBe(true);
  });
});

describe('symbolic links out of the root are neither followed nor named past the link', () => {
  it('a folder link to the outside is not listed: a warning names the link, never a file behind it', async () => {
    put(tmp.dir, 'm/carbon-manifest.yml');
    put(tmp.dir, 'm/logs/a.csv', 'a');
    put(tmp.outside, 'passwd.csv', 'secret');
    put(tmp.outside, 'deeper/shadow.csv', 'secret');
    symlinkSync(tmp.outside, path.join(tmp.dir, 'm/logs/etc'));
    const result = await createTraceReader(tmp.dir).list('m/carbon-manifest.yml', 'logs/**/*');
    expect(result.files).toEqual(['m/logs/a.csv']);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'io/outside-link']]);
    expect(result.diagnostics[0].message).toContain('"m/logs/etc"');
    const text = JSON.stringify(result);
    for (const leak of ['passwd', 'shadow', 'deeper', tmp.outside]) expect(text).not.toContain(leak);
  });

  it('a link to the file-system root is not crawled', async () => {
    put(tmp.dir, 'm/logs/a.csv', 'a');
    symlinkSync('/', path.join(tmp.dir, 'm/logs/root'));
    const crawl = createCrawlBudget();
    const result = await createTraceReader(tmp.dir, { crawl }).list('m/carbon-manifest.yml', 'logs/**/*.csv');
    expect(result.files).toEqual(['m/logs/a.csv']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['io/outside-link']);
    // The two folders walked (m/logs holds a.csv and the link): nothing of "/" was read.
    expect(crawl.entries).toBe(2);
  });

  it('a folder link the pattern cannot match below is not even reported', async () => {
    put(tmp.dir, 'm/logs/a.csv', 'a');
    symlinkSync(tmp.outside, path.join(tmp.dir, 'm/logs/etc'));
    const result = await createTraceReader(tmp.dir).list('m/carbon-manifest.yml', 'logs/*.csv');
    expect(result).toEqual({ files: ['m/logs/a.csv'], diagnostics: [] });
  });
});

describe('the crawl budget bounds the trace globs of a whole check', () => {
  beforeEach(() => {
    for (let i = 0; i < 30; i++) put(tmp.dir, `m/logs/d${i % 3}/f${i}.csv`, 'x');
  });

  it('a walk that needs more entries than are left stops with an error naming the pattern and the limit', async () => {
    const result = await createTraceReader(tmp.dir, { crawl: createCrawlBudget(20) }).list(
      'm/carbon-manifest.yml',
      'logs/**/*.csv'
    );
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file])).toEqual([['io/crawl-limit', 'm/carbon-manifest.yml']]);
    expect(errors[0].message).toContain('"logs/**/*.csv" was not searched to the end');
    expect(errors[0].message).toContain('`crawl: 40`');
  });

  it('within the budget everything is found, and walking the same folders again costs nothing', async () => {
    // 3 folders of 10 files, and the folder that holds them: 33 entries.
    const crawl = createCrawlBudget(33);
    const reader = createTraceReader(tmp.dir, { crawl });
    const first = await reader.list('m/carbon-manifest.yml', 'logs/**/*.csv');
    expect(first.files).toHaveLength(30);
    expect(first.diagnostics).toEqual([]);
    const again = await reader.list('m/carbon-manifest.yml', 'logs/d1/*.csv');
    expect(again.files).toHaveLength(10);
    expect(again.diagnostics).toEqual([]);
    expect(crawl.entries).toBe(33);
  });
});

describe("a trace the reader cannot open reaches the report with the reader's own code", () => {
  const MANIFEST = `version: 1
runs:
  - name: run
    gpu: { model: H200 SXM, count: 1 }
    duration: 2 s
    location: DE
    traces: [ "logs/gpu.csv" ]
`;
  const LOG =
    'timestamp, index, power.draw [W]\n2026/11/27 10:00:00.000, 0, 100 W\n2026/11/27 10:00:02.000, 0, 100 W\n';

  /** Turns the listed log into something that cannot be read, as a change between listing and reading would. */
  const spoil: Record<string, () => void> = {
    'io/not-found': () => rmSync(path.join(tmp.dir, 'logs/gpu.csv')),
    'io/not-a-file': () => {
      rmSync(path.join(tmp.dir, 'logs/gpu.csv'));
      mkdirSync(path.join(tmp.dir, 'logs/gpu.csv'));
    },
    'io/outside-root': () => {
      rmSync(path.join(tmp.dir, 'logs/gpu.csv'));
      symlinkSync(put(tmp.outside, 'secret.csv', LOG), path.join(tmp.dir, 'logs/gpu.csv'));
    }
  };

  it.each(Object.keys(spoil))('%s, not traces/read-failed, on the trace file', async (code) => {
    put(tmp.dir, 'carbon-manifest.yml', MANIFEST);
    put(tmp.dir, 'logs/gpu.csv', LOG);
    const real = createTraceReader(tmp.dir);
    // The real reader, whose file changes after it was listed: only `open` can find the problem.
    const reader: TraceReader = {
      list: async (manifest, pattern) => {
        const listed = await real.list(manifest, pattern);
        spoil[code]();
        return listed;
      },
      open: (file) => real.open(file)
    };
    const report = await analyze({
      manifests: [{ file: 'carbon-manifest.yml', text: MANIFEST }],
      toolVersion: '0.0.0',
      traces: reader
    });
    expect(report.diagnostics.filter((d) => d.file === 'logs/gpu.csv').map((d) => [d.severity, d.code])).toEqual([
      ['error', code]
    ]);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('traces/read-failed');
    // The measurement failed, so the run falls back to its estimate, and says so.
    expect(report.runs.map((r) => r.method)).toEqual(['estimated']);
    expect(report.diagnostics.map((d) => d.code)).toContain('traces/unmeasured');
  });

  it.each([
    ['logs/link.csv', 'io/outside-root'],
    ['logs/folder.csv', 'io/not-a-file'],
    ['logs/missing.csv', 'io/not-found'],
    ['../escape.csv', 'io/outside-root']
  ])('measureTraces reports %s as %s, with the message and file the reader gave', async (file, code) => {
    put(tmp.outside, 'secret.csv', LOG);
    mkdirSync(path.join(tmp.dir, 'logs'));
    symlinkSync(path.join(tmp.outside, 'secret.csv'), path.join(tmp.dir, 'logs/link.csv'));
    mkdirSync(path.join(tmp.dir, 'logs/folder.csv'));
    const reader = createTraceReader(tmp.dir);
    let thrown: unknown;
    try {
      await collect(reader.open(file));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TraceAccessError);
    const m = await measureTraces([{ path: file, open: () => reader.open(file) }], {});
    expect(m.diagnostics).toEqual([(thrown as TraceAccessError).diagnostic]);
    expect(m.diagnostics[0]).toMatchObject({ severity: 'error', code, file });
  });
});

describe('createTraceReader never reads inside .git', () => {
  beforeEach(() => {
    put(tmp.dir, '.git/config', 'extraheader = AUTHORIZATION: basic x');
    put(tmp.dir, 'm/carbon-manifest.yml');
    put(tmp.dir, 'm/logs/power.csv', 'a');
  });

  it.each([['../.git/config'], ['../.git/*'], ['logs/../../.git/config'], ['../.GIT/config']])(
    'list refuses the pattern %s',
    async (pattern) => {
      const listed = await createTraceReader(tmp.dir).list('m/carbon-manifest.yml', pattern);
      expect(listed.files).toEqual([]);
      expect(listed.diagnostics.map((d) => [d.code, d.file])).toEqual([['io/git-folder', 'm/carbon-manifest.yml']]);
    }
  );

  it('list refuses a match that reaches .git through a link, and keeps the rest', async () => {
    symlinkSync('../../.git/config', path.join(tmp.dir, 'm/logs/config.csv'));
    const listed = await createTraceReader(tmp.dir).list('m/carbon-manifest.yml', 'logs/*.csv');
    expect(listed.files).toEqual(['m/logs/power.csv']);
    expect(listed.diagnostics.map((d) => d.code)).toEqual(['io/git-folder']);
  });

  it.each([['.git/config'], ['m/../.git/config'], ['m/logs/config.csv']])('open refuses %s', async (file) => {
    symlinkSync('../../.git/config', path.join(tmp.dir, 'm/logs/config.csv'));
    expect(await codesOf(Promise.resolve(createTraceReader(tmp.dir).open(file)))).toBe('io/git-folder');
  });
});
