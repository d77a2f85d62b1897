/**
 * readRequest against a real temporary folder: the one place that turns a request (the CLI's
 * arguments or the action's inputs) into the core's input — manifests found and read, the config
 * rule (named must exist, the default may be missing), confinement, further sources and when
 * "no manifest anywhere" is the problem to report.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diagnostic } from '../../src/core/diagnostics.js';
import type { TextInput, TraceReader } from '../../src/core/model.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { readRequest, type AnalyzeRequest, type LoadedSource } from '../../src/io/request.js';

const MANIFEST = 'version: 1\nruns:\n  - name: a\n    power: 100 W\n    duration: 1 h\n';

let dir: string;
let outside: string;

function put(base: string, rel: string, content = MANIFEST): string {
  const abs = path.join(base, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** A request with nothing set but the base folder (and the root, when given). */
function request(over: Partial<AnalyzeRequest> = {}, rootDir?: string): AnalyzeRequest {
  return {
    manifests: { patterns: [], named: false },
    config: { path: '.github/carbon-budget.yml', named: false },
    overrides: {},
    intensity: {},
    confinement: rootDir === undefined ? { baseDir: dir } : { baseDir: dir, rootDir },
    ...over
  };
}

const codes = (ds: readonly { severity: string; code: string }[]) => ds.map((d) => `${d.severity} ${d.code}`);

async function drain(reader: TraceReader | undefined, file: string): Promise<string> {
  let text = '';
  for await (const chunk of reader!.open(file)) text += Buffer.from(chunk).toString('utf8');
  return text;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-request-'));
  outside = mkdtempSync(path.join(tmpdir(), 'carbon-gate-request-out-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('manifests', () => {
  test('the default search finds the manifests below the base folder, named from it', async () => {
    put(dir, 'b/carbon-manifest.yml');
    put(dir, 'a/carbon-manifest.yaml');
    put(dir, 'node_modules/x/carbon-manifest.yml');
    const { input } = await readRequest(request());
    expect(input.manifests.map((m) => m.file)).toEqual(['a/carbon-manifest.yaml', 'b/carbon-manifest.yml']);
    expect(input.diagnostics).toEqual([]);
    expect(input.toolVersion).toBe(TOOL_VERSION);
  });

  test('an empty default search is an error, as is a named glob that matches nothing', async () => {
    expect(codes((await readRequest(request())).input.diagnostics)).toEqual(['error io/no-manifests']);
    const named = await readRequest(request({ manifests: { patterns: ['runs/**/*.yml'], named: true } }));
    expect(codes(named.input.diagnostics)).toEqual(['error io/no-match']);
  });

  test('a manifest that is a symbolic link is refused, with a root or without', async () => {
    put(outside, 'carbon-manifest.yml');
    symlinkSync(path.join(outside, 'carbon-manifest.yml'), path.join(dir, 'linked.yml'));
    const named = { manifests: { patterns: ['linked.yml'], named: true } };
    for (const root of [dir, undefined]) {
      const read = await readRequest(request(named, root));
      expect(read.input.manifests).toEqual([]);
      expect(codes(read.input.diagnostics)).toEqual(['error io/symbolic-link']);
    }
  });

  test('with a root, a manifest outside it (by ..) is refused; without one, a named file may lie anywhere', async () => {
    put(outside, 'carbon-manifest.yml');
    const named = { manifests: { patterns: [path.join(outside, 'carbon-manifest.yml')], named: true } };
    const confined = await readRequest(request(named, dir));
    expect(confined.input.manifests).toEqual([]);
    expect(codes(confined.input.diagnostics)).toEqual(['error io/outside-root']);
    const free = await readRequest(request(named));
    expect(free.input.manifests).toHaveLength(1);
    expect(free.input.diagnostics).toEqual([]);
  });
});

describe('the config: a named one must exist, the default may be missing', () => {
  test.each([
    [false, []],
    [true, ['error io/not-found']]
  ])('missing, named %s -> %j', async (named, expected) => {
    put(dir, 'carbon-manifest.yml');
    const { input } = await readRequest(request({ config: { path: 'ci/budget.yml', named } }));
    expect(input.config).toBeUndefined();
    expect(codes(input.diagnostics)).toEqual(expected);
  });

  test.each([false, true])('present, named %s: read', async (named) => {
    put(dir, 'carbon-manifest.yml');
    put(dir, 'ci/budget.yml', 'budget:\n  emissions: 5 kg\n');
    const { input } = await readRequest(request({ config: { path: 'ci/budget.yml', named } }));
    expect(input.config).toEqual({ file: 'ci/budget.yml', text: 'budget:\n  emissions: 5 kg\n' });
  });

  test('the default path that is a folder is still a problem', async () => {
    put(dir, 'carbon-manifest.yml');
    mkdirSync(path.join(dir, '.github/carbon-budget.yml'), { recursive: true });
    const { input } = await readRequest(request());
    expect(codes(input.diagnostics)).toEqual(['error io/not-a-file']);
  });
});

describe('overrides, intensity and the adapter’s own findings', () => {
  test('set overrides pass through, unset and empty ones are left out; the adapter’s diagnostics come last', async () => {
    put(dir, 'carbon-manifest.yml');
    const note = diagnostic('notice', 'workflow-run/run-not-successful', 'The run failed.');
    const { input } = await readRequest(
      request({
        overrides: { budget: '5 kg', warnAt: undefined, location: '', timezone: '+02:00' },
        diagnostics: [note]
      })
    );
    expect(input.overrides).toEqual({ budget: '5 kg', timezone: '+02:00' });
    expect(input.diagnostics).toEqual([note]);
  });

  test('the series file is read from the base folder; with a root, one in a folder that links outside it is refused', async () => {
    put(dir, 'carbon-manifest.yml');
    put(dir, 'grid.csv', 'timestamp,carbon_intensity\n2026-01-01T00:00Z,100\n');
    const read = await readRequest(request({ intensity: { seriesFile: 'grid.csv' } }, dir));
    expect(read.input.intensitySeries?.file).toBe('grid.csv');
    put(outside, 'grid.csv', 'x');
    symlinkSync(outside, path.join(dir, 'linked'));
    const refused = await readRequest(request({ intensity: { seriesFile: 'linked/grid.csv' } }, dir));
    expect(refused.input.intensitySeries).toBeUndefined();
    expect(codes(refused.input.diagnostics)).toEqual(['error io/outside-root']);
    symlinkSync(path.join(outside, 'grid.csv'), path.join(dir, 'linked.csv'));
    const link = await readRequest(request({ intensity: { seriesFile: 'linked.csv' } }, dir));
    expect(codes(link.input.diagnostics)).toEqual(['error io/symbolic-link']);
  });

  test('a token makes a provider; none makes none', async () => {
    put(dir, 'carbon-manifest.yml');
    expect((await readRequest(request())).input.intensityProvider).toBeUndefined();
    const withToken = await readRequest(request({ intensity: { electricityMapsToken: 't' } }));
    expect(withToken.input.intensityProvider?.name).toBe('Electricity Maps');
  });
});

describe('traces', () => {
  test('without a root, traces are read inside the folder that holds the base folder and every manifest', async () => {
    const sibling = path.join(outside, 'run');
    put(sibling, 'carbon-manifest.yml');
    put(sibling, 'logs/gpu.csv', 'power');
    const base = path.join(outside, 'cwd');
    mkdirSync(base);
    const { input } = await readRequest({
      ...request({ manifests: { patterns: ['../run/carbon-manifest.yml'], named: true } }),
      confinement: { baseDir: base }
    });
    expect(input.manifests.map((m) => m.file)).toEqual(['../run/carbon-manifest.yml']);
    const listed = await input.traces!.list('../run/carbon-manifest.yml', 'logs/*.csv');
    expect(listed).toEqual({ files: ['../run/logs/gpu.csv'], diagnostics: [] });
    expect(await drain(input.traces, '../run/logs/gpu.csv')).toBe('power');
  });

  test('with a root, a trace outside it is refused', async () => {
    put(dir, 'carbon-manifest.yml');
    const { input } = await readRequest(request({}, dir));
    const listed = await input.traces!.list('carbon-manifest.yml', '../elsewhere/*.csv');
    expect(codes(listed.diagnostics)).toEqual(['error io/outside-root']);
  });
});

describe('further sources (the action’s artifacts)', () => {
  /** A source that brings `manifests` and a reader, and records what it was given. */
  function source(manifests: TextInput[], traces?: TraceReader) {
    const given: (readonly TextInput[])[] = [];
    const loaded: LoadedSource = { manifests, diagnostics: [diagnostic('warning', 'artifact/no-match', 'x')] };
    if (traces) loaded.traces = traces;
    return {
      given,
      source: {
        async load(own: readonly TextInput[]) {
          given.push(own);
          return loaded;
        }
      }
    };
  }
  const fromArtifact: TextInput = { file: 'artifact:a/carbon-manifest.yml', text: MANIFEST };
  const reader: TraceReader = {
    list: async () => ({ files: [], diagnostics: [] }),
    open: () => (async function* () {})()
  };

  test('load after the own manifests, which they are given; their manifests, reader and diagnostics join the input', async () => {
    put(dir, 'carbon-manifest.yml');
    const s = source([fromArtifact], reader);
    const { input, loaded } = await readRequest(request({ sources: [s.source] }));
    expect(s.given.map((g) => g.map((m) => m.file))).toEqual([['carbon-manifest.yml']]);
    expect(input.manifests.map((m) => m.file)).toEqual(['carbon-manifest.yml', 'artifact:a/carbon-manifest.yml']);
    expect(input.traces).toBe(reader);
    expect(codes(input.diagnostics)).toEqual(['warning artifact/no-match']);
    expect(loaded).toHaveLength(1);
  });

  test('next to a source, an empty default search is not a problem when the source brought manifests', async () => {
    const { input } = await readRequest(request({ sources: [source([fromArtifact]).source] }));
    expect(codes(input.diagnostics)).toEqual(['warning artifact/no-match']);
  });

  test('when no manifest arrived anywhere, the adapter says why, given what the sources loaded', async () => {
    const seen: number[] = [];
    const noManifests = (loaded: readonly LoadedSource[]) => {
      seen.push(loaded.length);
      return diagnostic('error', 'artifact/no-manifests', 'None in the artifacts.');
    };
    const beside = await readRequest(request({ sources: [source([]).source], noManifests }));
    expect(codes(beside.input.diagnostics)).toEqual(['warning artifact/no-match', 'error artifact/no-manifests']);
    // No search of the base folder at all (the action's workflow_run mode), and no source.
    const none = await readRequest(request({ manifests: undefined, noManifests }));
    expect(codes(none.input.diagnostics)).toEqual(['error artifact/no-manifests']);
    expect(seen).toEqual([1, 0]);
  });

  test('named manifests that match nothing stay the problem, even next to a source', async () => {
    let asked = false;
    const { input } = await readRequest(
      request({
        manifests: { patterns: ['missing.yml'], named: true },
        sources: [source([]).source],
        noManifests: () => {
          asked = true;
          return diagnostic('error', 'artifact/no-manifests', 'x');
        }
      })
    );
    expect(codes(input.diagnostics)).toEqual(['error io/not-found', 'warning artifact/no-match']);
    expect(asked).toBe(false);
  });

  test('without a search or an adapter message, a plain io/no-manifests', async () => {
    const { input } = await readRequest(request({ manifests: undefined }));
    expect(codes(input.diagnostics)).toEqual(['error io/no-manifests']);
  });
});
