import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze.js';
import {
  GPU_CATALOG,
  GPU_DEFAULT_VARIANTS,
  GPU_LIST_URL,
  UNRATED_ACCELERATORS
} from '../../../src/core/catalog/index.js';
import { readCsvObjects, readRepoFile, repoRoot } from './fixtures.js';

/** What scripts/generate-catalog.mjs would write to `path` now. */
function generated(path: string): string {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'generate-catalog.mjs'), '--print', path], {
    cwd: repoRoot,
    encoding: 'utf8'
  });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  return run.stdout;
}

describe('docs/hardware.md, the list an unknown GPU points to', () => {
  const doc = readRepoFile('docs/hardware.md');

  test('is what the generator produces from the catalogue now', () => {
    expect(doc).toBe(generated('docs/hardware.md'));
  });

  test('lists every catalogue row with its TDP, nvidia-smi name, aliases, source link and licence', () => {
    const lines = doc.split('\n');
    const missing = GPU_CATALOG.filter((r) => {
      const line = lines.find((l) => l.startsWith(`| ${r.name} | ${r.kind} | ${r.tdpW} | `));
      if (line === undefined) return true;
      const smi = r.nvidiaSmiName === undefined ? '| — |' : `| \`${r.nvidiaSmiName}\` |`;
      return !(
        line.includes(smi) &&
        r.aliases.every((a) => line.includes(a)) &&
        line.includes(`](${r.source.url})`) &&
        line.endsWith(`| ${r.source.licence} |`)
      );
    }).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  test('lists every family name, every unrated accelerator and every row of Green Algorithms’ table', () => {
    for (const f of GPU_DEFAULT_VARIANTS) for (const form of f.forms) expect(doc).toContain(`\`${form}\``);
    for (const u of UNRATED_ACCELERATORS) expect(doc).toContain(`| ${u.name} |`);
    for (const r of readCsvObjects('green-algorithms-TDP_gpu.csv', 1)) expect(doc).toContain(`| ${r.model} |`);
  });
});

describe('DATA-SOURCES.md', () => {
  test('its generated GPU table is what the generator produces now', () => {
    expect(readRepoFile('DATA-SOURCES.md')).toBe(generated('DATA-SOURCES.md'));
  });
});

describe('an unknown GPU', () => {
  test('is reported with the closest names and a link to the list of every catalogue GPU', async () => {
    const text = `version: 1
runs:
  - name: typo
    gpu: { model: RTX A6500, count: 2 }
    duration: 3 h
    location: DE
`;
    const report = await analyze({ manifests: [{ file: 'carbon-manifest.yml', text }], toolVersion: '0.1.0' });
    const unknown = report.diagnostics.filter((d) => d.code === 'hardware/unknown-gpu');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toMatch(/unknown GPU model "RTX A6500".*Did you mean "/);
    expect(unknown[0].message).toContain(GPU_LIST_URL);
    // The link is this repository's docs/hardware.md, which exists.
    expect(GPU_LIST_URL).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/docs\/hardware\.md$/);
    expect(existsSync(join(repoRoot, 'docs', 'hardware.md'))).toBe(true);
  });
});
