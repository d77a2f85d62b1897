/**
 * The manifest `carbon-gate record` leaves in its output folder: the GPUs read from the recorded
 * nvidia-smi log, and `carbon-manifest.yml` written new or, when the folder already has a manifest,
 * updated in place (src/core/record/manifest-text.ts), never overwritten.
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findGpu } from '../../core/catalog/index.js';
import {
  newRecordManifest,
  updateRecordManifest,
  type RecordedGpus,
  type RecordedRun
} from '../../core/record/manifest-text.js';
import { replaceTextFile } from '../write.js';

/** The manifest's file name, one of the names `carbon-gate check` finds. */
export const RECORD_MANIFEST = 'carbon-manifest.yml';

/** Other names of a manifest in the folder, updated rather than shadowed by a second one. */
const OTHER_MANIFESTS = ['carbon-manifest.yaml'];

/** The head of the log read for the GPUs: the first samples name every GPU. */
const GPU_SCAN_BYTES = 1024 * 1024;

/**
 * The GPUs of a recorded `nvidia-smi --query-gpu=...,uuid,name,... --format=csv` log: one model per
 * distinct `uuid` (else `index`) among the rows of its first MiB, in order of appearance.
 * Undefined when the log has no header with a `name` column or no row.
 */
export async function readGpuInventory(file: string): Promise<RecordedGpus | undefined> {
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(GPU_SCAN_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, GPU_SCAN_BYTES, 0);
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
  const lines = text.split(/\r?\n/);
  // The last line may be cut by the scan's end.
  if (text.length === GPU_SCAN_BYTES) lines.pop();
  const header = lines.findIndex((l) => l.trim() !== '');
  if (header < 0) return undefined;
  const columns = lines[header].split(',').map((c) =>
    c
      .trim()
      .replace(/\s*\[[^\]]*\]$/, '')
      .toLowerCase()
  );
  const nameAt = columns.indexOf('name');
  const keyAt = columns.indexOf('uuid') >= 0 ? columns.indexOf('uuid') : columns.indexOf('index');
  if (nameAt < 0 || keyAt < 0) return undefined;
  const models = new Map<string, string>();
  for (const line of lines.slice(header + 1)) {
    const fields = line.split(',').map((f) => f.trim());
    if (fields.length !== columns.length || line === lines[header]) continue;
    const key = fields[keyAt];
    const name = fields[nameAt];
    if (key !== '' && name !== '' && !models.has(key)) models.set(key, name);
  }
  if (models.size === 0) return undefined;
  const list = [...models.values()];
  const distinct = new Set(list);
  return { models: list, inCatalogue: distinct.size === 1 && findGpu(list[0]).ok };
}

/** What {@link writeRecordManifest} did. */
export type ManifestWrite =
  { ok: true; file: string; created: boolean; run: string } | { ok: false; file: string; problem: string };

/**
 * Writes the recording into the folder's manifest: a new `carbon-manifest.yml`, or the existing
 * `carbon-manifest.yml`/`.yaml` with the new logs added (the file replaced atomically, keeping its
 * permissions). A manifest that cannot be edited safely is left as it is, and the problem says why.
 */
export async function writeRecordManifest(outDir: string, run: RecordedRun): Promise<ManifestWrite> {
  for (const name of [RECORD_MANIFEST, ...OTHER_MANIFESTS]) {
    const file = path.join(outDir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Not there (or the folder is not one: writing says so below).
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return { ok: false, file, problem: `cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
    }
    const update = updateRecordManifest(text, run);
    if (!update.ok) return { ok: false, file, problem: update.problem };
    const problems = await replaceTextFile(file, update.text, { baseDir: outDir, what: 'manifest' });
    if (problems.length > 0) return { ok: false, file, problem: problems[0].message };
    return { ok: true, file, created: false, run: update.run };
  }
  const file = path.join(outDir, RECORD_MANIFEST);
  try {
    // `wx`: a manifest that appeared meanwhile is not overwritten.
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(newRecordManifest(run), 'utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, file, problem: `cannot write it (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  return { ok: true, file, created: true, run: run.name };
}
