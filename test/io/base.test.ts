/**
 * The base overlay (src/io/base.ts) over an in-memory BaseSource and a real working tree: which
 * manifests the base holds and under which names, how traces are listed and read at the base, and
 * which policy file applies. Every expected text is written out here, not taken from the code.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { TextInput, TraceReader } from '../../src/core/model.js';
import { TraceAccessError } from '../../src/core/traces/access.js';
import { buildBaseSnapshot, type BaseRead, type BaseSource, type ChangedFile } from '../../src/io/base.js';
import { createTraceReader } from '../../src/io/trace-reader.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();

/** A base held in memory: its files (repository paths) and the change's list; reads are recorded. */
function memorySource(
  baseFiles: Record<string, string>,
  changed: ChangedFile[],
  options: { listFiles?: boolean; fail?: string; failRead?: Set<string> } = {}
): BaseSource & { reads: string[] } {
  const reads: string[] = [];
  const source: BaseSource & { reads: string[] } = {
    ref: 'abc1234',
    sha: 'abc1234'.padEnd(40, '0'),
    reads,
    changedFiles: async () => (options.fail ? { failed: options.fail } : { files: changed }),
    read: async (p: string, maxBytes: number): Promise<BaseRead> => {
      reads.push(p);
      if (options.failRead?.has(p)) return { kind: 'failed', message: 'GitHub answered 500' };
      const text = baseFiles[p];
      if (text === undefined) return { kind: 'absent' };
      const bytes = Buffer.from(text);
      return bytes.length > maxBytes ? { kind: 'too-large', sizeBytes: bytes.length } : { kind: 'found', bytes };
    }
  };
  if (options.listFiles !== false) {
    source.baseFiles = async () => new Map(Object.keys(baseFiles).map((p) => [p, { sizeBytes: baseFiles[p].length }]));
  }
  return source;
}

const manifest = (run: string, kwh: number, trace?: string): string =>
  `version: 1\nruns:\n  - name: ${run}\n    energy: ${kwh} kWh\n${trace ? `    trace: { files: "${trace}" }\n` : ''}`;

async function build(
  source: BaseSource,
  head: TextInput[],
  extra: { config?: TextInput; configCandidates?: string[]; patterns?: string[]; headTraces?: TraceReader } = {}
) {
  return buildBaseSnapshot({
    source,
    manifests: head,
    baseDir: tmp.dir,
    repoRoot: tmp.dir,
    manifestPatterns: extra.patterns ?? [],
    headTraces: extra.headTraces,
    ...(extra.config ? { config: extra.config } : {}),
    configCandidates: extra.configCandidates ?? ['.github/carbon-budget.yml']
  });
}

async function text(iterable: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of iterable) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

describe('manifests at the base', () => {
  test('unchanged, modified, added, renamed and removed manifests', async () => {
    const head: TextInput[] = [
      { file: 'same/carbon-manifest.yml', text: manifest('a', 1) },
      { file: 'edited/carbon-manifest.yml', text: manifest('b', 150) },
      { file: 'new/carbon-manifest.yml', text: manifest('c', 300) },
      { file: 'moved-to/carbon-manifest.yml', text: manifest('d', 4) }
    ];
    const source = memorySource(
      {
        'same/carbon-manifest.yml': manifest('a', 1),
        'edited/carbon-manifest.yml': manifest('b', 100),
        'moved-from/carbon-manifest.yml': manifest('d', 4),
        'gone/carbon-manifest.yml': manifest('e', 5),
        'README.md': 'readme'
      },
      [
        { path: 'edited/carbon-manifest.yml', status: 'modified' },
        { path: 'new/carbon-manifest.yml', status: 'added' },
        { path: 'moved-to/carbon-manifest.yml', status: 'renamed', previous: 'moved-from/carbon-manifest.yml' },
        { path: 'gone/carbon-manifest.yml', status: 'removed' },
        { path: 'README.md', status: 'modified' }
      ]
    );
    const { snapshot, diagnostics } = await build(source, head);
    expect(diagnostics).toEqual([]);
    expect(snapshot?.ref).toBe('abc1234');
    expect(snapshot?.manifests).toEqual([
      { file: 'same/carbon-manifest.yml', text: manifest('a', 1) },
      { file: 'edited/carbon-manifest.yml', text: manifest('b', 100) },
      // The base text of the old name, under the name the head gives it.
      { file: 'moved-to/carbon-manifest.yml', text: manifest('d', 4) },
      { file: 'gone/carbon-manifest.yml', text: manifest('e', 5) }
    ]);
    expect(snapshot?.changedManifests).toEqual([
      'edited/carbon-manifest.yml',
      'gone/carbon-manifest.yml',
      'moved-from/carbon-manifest.yml',
      'moved-to/carbon-manifest.yml',
      'new/carbon-manifest.yml'
    ]);
    expect(snapshot?.diagnostics).toEqual([]);
    // The unchanged manifest is not read again; nothing but manifests and the policy file is read.
    expect(source.reads.sort()).toEqual([
      'edited/carbon-manifest.yml',
      'gone/carbon-manifest.yml',
      'moved-from/carbon-manifest.yml'
    ]);
  });

  test('a change that touches no manifest gives the head manifests unchanged', async () => {
    const head = [{ file: 'carbon-manifest.yml', text: manifest('a', 100) }];
    const source = memorySource({ 'carbon-manifest.yml': manifest('a', 100) }, [
      { path: 'README.md', status: 'modified' }
    ]);
    const { snapshot } = await build(source, head);
    expect(snapshot?.manifests).toEqual(head);
    expect(snapshot?.changedManifests).toEqual([]);
  });

  test('a removed file the manifest search would not find is not judged', async () => {
    const source = memorySource(
      { 'notes/old.yml': manifest('x', 1), 'node_modules/p/carbon-manifest.yml': manifest('y', 1) },
      [
        { path: 'notes/old.yml', status: 'removed' },
        { path: 'node_modules/p/carbon-manifest.yml', status: 'removed' }
      ]
    );
    const { snapshot } = await build(source, []);
    expect(snapshot?.manifests).toEqual([]);
    // With the search named, only what it names counts.
    const named = await build(source, [], { patterns: ['notes/*.yml'] });
    expect(named.snapshot?.manifests).toEqual([{ file: 'notes/old.yml', text: manifest('x', 1) }]);
  });

  test('a manifest neither at the base nor in the change was written by the workflow: its runs are new', async () => {
    const head = [{ file: 'generated/carbon-manifest.yml', text: manifest('g', 7) }];
    const { snapshot } = await build(memorySource({}, []), head);
    expect(snapshot?.manifests).toEqual([]);
    expect(snapshot?.changedManifests).toEqual(['generated/carbon-manifest.yml']);
    expect(snapshot?.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
      ['notice', 'base/not-committed', 'generated/carbon-manifest.yml']
    ]);
  });

  test('without a listing of the base, an untouched manifest is taken as committed', async () => {
    const head = [{ file: 'carbon-manifest.yml', text: manifest('a', 1) }];
    const { snapshot } = await build(memorySource({}, [], { listFiles: false }), head);
    expect(snapshot?.manifests).toEqual(head);
  });

  test('a base manifest that cannot be read is a warning, and its runs count as new', async () => {
    const head = [{ file: 'carbon-manifest.yml', text: manifest('a', 2) }];
    const source = memorySource(
      { 'carbon-manifest.yml': manifest('a', 1) },
      [{ path: 'carbon-manifest.yml', status: 'modified' }],
      { failRead: new Set(['carbon-manifest.yml']) }
    );
    const { snapshot } = await build(source, head);
    expect(snapshot?.manifests).toEqual([]);
    expect(snapshot?.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
      ['warning', 'base/unreadable', 'carbon-manifest.yml']
    ]);
    expect(snapshot?.diagnostics[0].message).toContain('GitHub answered 500');
  });

  test('a base manifest over 1 MiB is not read', async () => {
    const big = `${manifest('a', 1)}#${'x'.repeat(1024 * 1024)}\n`;
    const source = memorySource({ 'carbon-manifest.yml': big }, [{ path: 'carbon-manifest.yml', status: 'modified' }]);
    const { snapshot } = await build(source, [{ file: 'carbon-manifest.yml', text: manifest('a', 2) }]);
    expect(snapshot?.manifests).toEqual([]);
    expect(snapshot?.diagnostics.map((d) => d.code)).toEqual(['base/too-large']);
  });

  test('a change that cannot be listed gives no snapshot and one warning', async () => {
    const { snapshot, diagnostics } = await build(memorySource({}, [], { fail: 'GitHub answered 403' }), []);
    expect(snapshot).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'base/unavailable']]);
    expect(diagnostics[0].message).toContain('GitHub answered 403');
    expect(diagnostics[0].message).toContain('every run counts as new');
  });
});

describe('the policy file at the base', () => {
  const BASE_POLICY = 'version: 1\nbudgets:\n  - name: per-pr\n    emissions: 250 kg\n';
  const LOOSER = 'version: 1\nbudgets:\n  - name: per-pr\n    emissions: 9000 kg\n';

  test('a change that edits the policy is judged by the base policy, with a notice', async () => {
    const source = memorySource({ '.github/carbon-budget.yml': BASE_POLICY }, [
      { path: '.github/carbon-budget.yml', status: 'modified' }
    ]);
    const { snapshot } = await build(source, [], {
      config: { file: '.github/carbon-budget.yml', text: LOOSER }
    });
    expect(snapshot?.config).toEqual({ file: '.github/carbon-budget.yml', text: BASE_POLICY });
    expect(snapshot?.diagnostics.map((d) => [d.severity, d.code])).toEqual([['notice', 'base/policy-changed']]);
  });

  test('a change that deletes the policy is still judged by it', async () => {
    const source = memorySource({ '.github/carbon-budget.yml': BASE_POLICY }, [
      { path: '.github/carbon-budget.yml', status: 'removed' }
    ]);
    const { snapshot } = await build(source, []);
    expect(snapshot?.config?.text).toBe(BASE_POLICY);
    expect(snapshot?.diagnostics[0].message).toContain('removes the policy file');
  });

  test('an unchanged policy is the head copy, without a notice; none at the base: none', async () => {
    const unchanged = await build(memorySource({ '.github/carbon-budget.yml': BASE_POLICY }, []), [], {
      config: { file: '.github/carbon-budget.yml', text: BASE_POLICY }
    });
    expect(unchanged.snapshot?.config?.text).toBe(BASE_POLICY);
    expect(unchanged.snapshot?.diagnostics).toEqual([]);
    const added = await build(memorySource({}, [{ path: '.github/carbon-budget.yml', status: 'added' }]), [], {
      config: { file: '.github/carbon-budget.yml', text: LOOSER }
    });
    expect(added.snapshot?.config).toBeUndefined();
  });
});

describe('traces at the base', () => {
  test('unchanged logs are read from the working tree, changed ones through the source', async () => {
    put(tmp.dir, 'run/logs/a.csv', 'head a');
    put(tmp.dir, 'run/logs/b.csv', 'head b (edited)');
    put(tmp.dir, 'run/logs/new.csv', 'head new');
    const m = manifest('r', 1, 'logs/*.csv');
    const head = [{ file: 'run/carbon-manifest.yml', text: m }];
    const source = memorySource(
      {
        'run/carbon-manifest.yml': m,
        'run/logs/a.csv': 'head a',
        'run/logs/b.csv': 'base b',
        'run/logs/old.csv': 'base old'
      },
      [
        { path: 'run/logs/b.csv', status: 'modified' },
        { path: 'run/logs/new.csv', status: 'added' },
        { path: 'run/logs/old.csv', status: 'removed' }
      ]
    );
    const headTraces = createTraceReader(tmp.dir);
    for (const listFiles of [true, false]) {
      const s = { ...source, ...(listFiles ? {} : { baseFiles: undefined }) };
      const { snapshot } = await build(s, head, { headTraces });
      const traces = snapshot?.traces as TraceReader;
      const listed = await traces.list('run/carbon-manifest.yml', 'logs/*.csv');
      expect(listed).toEqual({ files: ['run/logs/a.csv', 'run/logs/b.csv', 'run/logs/old.csv'], diagnostics: [] });
      source.reads.length = 0;
      expect(await text(traces.open('run/logs/a.csv'))).toBe('head a');
      expect(await text(traces.open('run/logs/b.csv'))).toBe('base b');
      expect(await text(traces.open('run/logs/old.csv'))).toBe('base old');
      expect(source.reads).toEqual(['run/logs/b.csv', 'run/logs/old.csv']);
    }
  });

  test("a renamed manifest's globs are expanded from its folder at the base", async () => {
    const m = manifest('r', 1, 'logs/*.csv');
    const source = memorySource({ 'old/carbon-manifest.yml': m, 'old/logs/x.csv': 'base x' }, [
      { path: 'new/carbon-manifest.yml', status: 'renamed', previous: 'old/carbon-manifest.yml' },
      { path: 'new/logs/x.csv', status: 'renamed', previous: 'old/logs/x.csv' }
    ]);
    const { snapshot } = await build(source, [{ file: 'new/carbon-manifest.yml', text: m }]);
    const traces = snapshot?.traces as TraceReader;
    expect(await traces.list('new/carbon-manifest.yml', 'logs/*.csv')).toEqual({
      files: ['old/logs/x.csv'],
      diagnostics: []
    });
    expect(await text(traces.open('old/logs/x.csv'))).toBe('base x');
  });

  test('a glob leaving the repository, or a log missing at the base, is an error of its own', async () => {
    const m = manifest('r', 1, '../../*.csv');
    const source = memorySource({ 'carbon-manifest.yml': m }, [{ path: 'gone.csv', status: 'removed' }]);
    const { snapshot } = await build(source, [{ file: 'carbon-manifest.yml', text: m }]);
    const traces = snapshot?.traces as TraceReader;
    const outside = await traces.list('carbon-manifest.yml', '../../*.csv');
    expect(outside.diagnostics.map((d) => d.code)).toEqual(['io/outside-root']);
    await expect(text(traces.open('gone.csv'))).rejects.toThrow(TraceAccessError);
  });
});

describe('manifests uploaded from elsewhere (artifacts), matched by git blob SHA', () => {
  /** git's blob SHA, written out here: sha1 of "blob <size>\0" and the bytes. */
  const blob = (bytes: Buffer | string): string => {
    const b = Buffer.from(bytes);
    return createHash('sha1')
      .update(Buffer.concat([Buffer.from(`blob ${b.length}\0`), b]))
      .digest('hex');
  };
  /** A base whose listing carries each file's blob SHA. */
  function listedSource(baseFiles: Record<string, string>, changed: ChangedFile[]) {
    const source = memorySource(baseFiles, changed);
    source.baseFiles = async () =>
      new Map(Object.entries(baseFiles).map(([p, t]) => [p, { sizeBytes: Buffer.byteLength(t), blobSha: blob(t) }]));
    return source;
  }
  const buildWith = (source: BaseSource, head: TextInput[], uploaded: TextInput[]) =>
    buildBaseSnapshot({
      source,
      manifests: head,
      uploaded,
      baseDir: tmp.dir,
      repoRoot: tmp.dir,
      manifestPatterns: [],
      configCandidates: ['.github/carbon-budget.yml']
    });
  const UP = 'artifact:node-0/carbon-manifest.yml';

  test('a modified manifest: the upload is judged against its base text, under the upload name', async () => {
    const grown = manifest('train', 150);
    const source = listedSource({ 'train/carbon-manifest.yml': manifest('train', 100) }, [
      { path: 'train/carbon-manifest.yml', status: 'modified', blobSha: blob(grown) }
    ]);
    const r = await buildWith(source, [], [{ file: UP, text: grown }]);
    expect(r.snapshot?.manifests).toEqual([{ file: UP, text: manifest('train', 100) }]);
    expect(r.snapshot?.changedManifests).toEqual([UP]);
    expect(r.snapshot?.diagnostics.map((d) => [d.code, d.file])).toEqual([['base/artifact-matched', UP]]);
  });

  test('a renamed manifest: the base text of its old name', async () => {
    const grown = manifest('train', 150);
    const source = listedSource({ 'old/carbon-manifest.yml': manifest('train', 100) }, [
      { path: 'new/carbon-manifest.yml', status: 'renamed', previous: 'old/carbon-manifest.yml', blobSha: blob(grown) }
    ]);
    const r = await buildWith(source, [], [{ file: UP, text: grown }]);
    expect(r.snapshot?.manifests).toEqual([{ file: UP, text: manifest('train', 100) }]);
    expect(r.snapshot?.changedManifests).toEqual([UP, 'old/carbon-manifest.yml']);
  });

  test('an unchanged manifest (by the base listing) is the same; nothing is read', async () => {
    const same = manifest('train', 100);
    const source = listedSource({ 'train/carbon-manifest.yml': same }, [{ path: 'README.md', status: 'modified' }]);
    const r = await buildWith(source, [], [{ file: UP, text: same }]);
    expect(r.snapshot?.manifests).toEqual([{ file: UP, text: same }]);
    expect(r.snapshot?.changedManifests).toEqual([]);
    expect(source.reads).toEqual([]);
  });

  test('committed with a byte-order mark (which reading drops): still the same file', async () => {
    const body = manifest('train', 150);
    const source = listedSource({ 'train/carbon-manifest.yml': manifest('train', 100) }, [
      { path: 'train/carbon-manifest.yml', status: 'modified', blobSha: blob(`\uFEFF${body}`) }
    ]);
    const r = await buildWith(source, [], [{ file: UP, text: body }]);
    expect(r.snapshot?.manifests).toEqual([{ file: UP, text: manifest('train', 100) }]);
  });

  test('an added manifest has no base text, but is the one the change adds (listed as touched)', async () => {
    const added = manifest('train', 150);
    const source = listedSource({}, [{ path: 'train/carbon-manifest.yml', status: 'added', blobSha: blob(added) }]);
    const r = await buildWith(source, [], [{ file: UP, text: added }]);
    expect(r.snapshot?.manifests).toEqual([]);
    expect(r.snapshot?.changedManifests).toEqual([UP]);
  });

  test('other bytes, two committed copies, a path the workspace already has, or a non-manifest path: no match', async () => {
    const text1 = manifest('train', 150);
    const cases: { base: Record<string, string>; changed: ChangedFile[]; head: TextInput[] }[] = [
      // Other bytes than committed.
      {
        base: { 'a/carbon-manifest.yml': manifest('train', 100) },
        changed: [{ path: 'a/carbon-manifest.yml', status: 'modified', blobSha: blob(manifest('train', 151)) }],
        head: []
      },
      // The same bytes at two paths: the upload does not say which.
      {
        base: {},
        changed: [
          { path: 'a/carbon-manifest.yml', status: 'added', blobSha: blob(text1) },
          { path: 'b/carbon-manifest.yml', status: 'added', blobSha: blob(text1) }
        ],
        head: []
      },
      // The workspace's own manifest already stands for that path.
      {
        base: { 'a/carbon-manifest.yml': manifest('train', 100) },
        changed: [{ path: 'a/carbon-manifest.yml', status: 'modified', blobSha: blob(text1) }],
        head: [{ file: 'a/carbon-manifest.yml', text: manifest('other', 1) }]
      },
      // A file the manifest search would not find.
      {
        base: { 'notes.txt': 'x' },
        changed: [{ path: 'notes.txt', status: 'modified', blobSha: blob(text1) }],
        head: []
      }
    ];
    for (const c of cases) {
      const r = await buildWith(listedSource(c.base, c.changed), c.head, [{ file: UP, text: text1 }]);
      expect(r.snapshot?.manifests.filter((m) => m.file === UP)).toEqual([]);
      expect(r.snapshot?.diagnostics.map((d) => d.code)).not.toContain('base/artifact-matched');
    }
  });
});
