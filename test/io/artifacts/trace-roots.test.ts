/**
 * Finding a manifest's traces across the workspace and extracted artifacts, on real folders: the
 * matrix merge, the artifact-root fallback, and confinement to each root.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TraceReader } from '../../../src/core/model.js';
import {
  artifactPath,
  createArtifactTraceReader,
  findArtifactManifests,
  parseArtifactPath
} from '../../../src/io/artifacts/trace-roots.js';

let temp: string;
let workspace: string;
let artifactsDir: string;

const MANIFEST = 'version: 1\nruns:\n  - name: bert\n    traces: [logs/*.csv]\n';

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function readAll(reader: TraceReader, file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of reader.open(file)) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

/** Three matrix nodes, each uploading the manifest and its own log at the artifact root. */
async function matrix(): Promise<{ name: string; root: string }[]> {
  const out = [];
  for (const n of [0, 1, 2]) {
    const root = path.join(artifactsDir, `power-node-${n}`);
    await put(path.join(root, 'carbon-manifest.yml'), MANIFEST);
    await put(path.join(root, `logs/power-node-${n}.csv`), `node ${n}\n`);
    out.push({ name: `power-node-${n}`, root });
  }
  return out;
}

beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'cg-roots-'));
  workspace = path.join(temp, 'workspace');
  artifactsDir = path.join(temp, 'runner-temp', 'carbon-gate-artifacts');
  await put(path.join(workspace, 'models/bert/carbon-manifest.yml'), MANIFEST);
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('artifact paths', () => {
  it('names files inside artifacts and parses them back by the longest known name', () => {
    expect(artifactPath('power-node-0', 'logs/a.csv')).toBe('artifact:power-node-0/logs/a.csv');
    expect(parseArtifactPath('artifact:a/b/c.csv', ['a', 'a/b'])).toEqual({ name: 'a/b', relativePath: 'c.csv' });
    expect(parseArtifactPath('artifact:zzz/c.csv', ['a'])).toBeUndefined();
    expect(parseArtifactPath('models/bert/logs/a.csv', ['a'])).toBeUndefined();
  });
});

describe('createArtifactTraceReader', () => {
  it("gathers a committed manifest's traces from every matrix artifact when the workspace has none", async () => {
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts: await matrix() });
    const listed = await reader.list('models/bert/carbon-manifest.yml', 'logs/*.csv');
    expect(listed).toEqual({
      files: [
        'artifact:power-node-0/logs/power-node-0.csv',
        'artifact:power-node-1/logs/power-node-1.csv',
        'artifact:power-node-2/logs/power-node-2.csv'
      ],
      diagnostics: []
    });
    expect(await readAll(reader, 'artifact:power-node-2/logs/power-node-2.csv')).toBe('node 2\n');
  });

  it('prefers traces beside a workspace manifest, without mixing in the artifacts', async () => {
    await put(path.join(workspace, 'models/bert/logs/committed.csv'), 'committed\n');
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts: await matrix() });
    const listed = await reader.list('models/bert/carbon-manifest.yml', 'logs/*.csv');
    expect(listed).toEqual({ files: ['models/bert/logs/committed.csv'], diagnostics: [] });
    expect(await readAll(reader, 'models/bert/logs/committed.csv')).toBe('committed\n');
  });

  it('merges a manifest found inside an artifact with the same folder of every other artifact', async () => {
    const artifacts = await matrix();
    // One node uploaded its log one folder deeper; it is not beside the manifest, so not merged.
    await put(path.join(artifacts[1].root, 'extra/logs/other.csv'), 'elsewhere\n');
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts });
    const listed = await reader.list('artifact:power-node-0/carbon-manifest.yml', 'logs/*.csv');
    expect(listed.files).toEqual([
      'artifact:power-node-0/logs/power-node-0.csv',
      'artifact:power-node-1/logs/power-node-1.csv',
      'artifact:power-node-2/logs/power-node-2.csv'
    ]);
  });

  it('refuses a pattern that leaves the workspace and does not retry it in the artifacts', async () => {
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts: await matrix() });
    const listed = await reader.list(
      'models/bert/carbon-manifest.yml',
      '../../../runner-temp/carbon-gate-artifacts/*/logs/*.csv'
    );
    expect(listed.files).toEqual([]);
    expect(listed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'io/outside-root']]);
  });

  it("warns when only the artifact-root fallback would leave an artifact's folder", async () => {
    await put(path.join(temp, 'runner-temp', 'secret.csv'), 'not yours\n');
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts: await matrix() });
    // From models/bert, "../../secret.csv" stays in the workspace (and finds nothing); from an
    // artifact's root it climbs out of carbon-gate-artifacts/ to runner-temp/secret.csv.
    const listed = await reader.list('models/bert/carbon-manifest.yml', '../../secret.csv');
    expect(listed.files).toEqual([]);
    expect(listed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'artifact/trace-outside-root']]);
    expect(listed.diagnostics[0].file).toBe('models/bert/carbon-manifest.yml');
  });

  it('does not follow a link inside an artifact folder to a place outside it', async () => {
    const artifacts = await matrix();
    await put(path.join(temp, 'outside/logs/stolen.csv'), 'stolen\n');
    await symlink(path.join(temp, 'outside/logs/stolen.csv'), path.join(artifacts[0].root, 'logs/link.csv'));
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts });
    const listed = await reader.list('artifact:power-node-0/carbon-manifest.yml', 'logs/*.csv');
    expect(listed.files).toEqual([
      'artifact:power-node-0/logs/power-node-0.csv',
      'artifact:power-node-1/logs/power-node-1.csv',
      'artifact:power-node-2/logs/power-node-2.csv'
    ]);
    expect(listed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'io/outside-root']]);
    expect(listed.diagnostics[0].message).toContain('In artifact "power-node-0"');
  });

  it('with no artifacts behaves as the workspace reader', async () => {
    const reader = createArtifactTraceReader({ workspaceDir: workspace, artifacts: [] });
    expect(await reader.list('models/bert/carbon-manifest.yml', 'logs/*.csv')).toEqual({ files: [], diagnostics: [] });
  });
});

describe('findArtifactManifests', () => {
  it("reads the matrix's shared manifest once and says so", async () => {
    const found = await findArtifactManifests(await matrix());
    expect(found.inputs).toEqual([{ file: 'artifact:power-node-0/carbon-manifest.yml', text: MANIFEST }]);
    expect(found.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([
      ['notice', 'artifact/manifest-merged', 'artifact:power-node-0/carbon-manifest.yml']
    ]);
    expect(found.diagnostics[0].message).toContain('artifact:power-node-2/carbon-manifest.yml');
  });

  it('skips copies of a workspace manifest and keeps a different one', async () => {
    const artifacts = await matrix();
    const other = 'version: 1\nruns:\n  - name: gpt\n    traces: [logs/*.csv]\n';
    await put(path.join(artifacts[2].root, 'gpt/carbon-manifest.yaml'), other);
    const found = await findArtifactManifests(artifacts, {
      workspaceManifests: [{ file: 'models/bert/carbon-manifest.yml', text: MANIFEST }]
    });
    expect(found.inputs).toEqual([{ file: 'artifact:power-node-2/gpt/carbon-manifest.yaml', text: other }]);
    expect(found.diagnostics.map((d) => d.file)).toEqual(['models/bert/carbon-manifest.yml']);
  });

  it('reports an unreadable manifest under its artifact name', async () => {
    const root = path.join(artifactsDir, 'bad');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'carbon-manifest.json'), Buffer.from([0xff, 0xfe, 0x00]));
    const found = await findArtifactManifests([{ name: 'bad', root }]);
    expect(found.inputs).toEqual([]);
    expect(found.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['io/not-utf8', 'artifact:bad/carbon-manifest.json']
    ]);
  });
});
