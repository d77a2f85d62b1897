import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRef } from '../../../src/core/model.js';
import {
  AWS_REGION_ZONES,
  AZURE_REGION_ZONES,
  CPU_WATTS_PER_CORE,
  DEFAULT_PUE,
  findCpu,
  findIntensity,
  GPU_CATALOG,
  knownLocations,
  MEMORY_WATTS_PER_GB,
  PRESETS,
  PROVIDER_PUE
} from '../../../src/core/catalog/index.js';
import { readRepoFile, repoRoot } from './fixtures.js';

/** Where each licence's text or notice lives; facts need none. */
const LICENCE_FILES: Record<string, string | null> = {
  'public domain (fact)': null,
  'CC BY 4.0': 'LICENSES/CC-BY-4.0.txt',
  'CC BY-SA 4.0': 'LICENSES/CC-BY-SA-4.0.md',
  'ODbL 1.0': 'LICENSES/ODbL-1.0.md',
  'Apache-2.0': 'LICENSES/Apache-2.0.txt',
  MIT: 'LICENSES/MIT-CodeCarbon.txt'
};

/** Every SourceRef the catalogue can hand out, with what it is for. */
function allSources(): [what: string, source: SourceRef][] {
  const out: [string, SourceRef][] = [];
  for (const row of GPU_CATALOG) out.push([`GPU ${row.name}`, row.source]);
  const cpu = findCpu('AMD EPYC 7742');
  if (cpu.ok) out.push(['CPU table', cpu.value.source]);
  out.push(['CPU per core', CPU_WATTS_PER_CORE.source], ['DRAM per GB', MEMORY_WATTS_PER_GB.source]);
  for (const key of knownLocations()) {
    const r = findIntensity(key);
    out.push([`location ${key}`, r.ok ? r.value.source : { name: '', licence: '' }]);
  }
  for (const [name, preset] of Object.entries(PRESETS))
    out.push([`preset ${name} intensity`, preset.intensity.source], [`preset ${name} PUE`, preset.pue.source]);
  for (const [provider, pue] of Object.entries(PROVIDER_PUE)) out.push([`PUE ${provider}`, pue.source]);
  out.push(['default PUE', DEFAULT_PUE.source]);
  return out;
}

describe('every catalogue value has a source with a licence and a URL', () => {
  const sources = allSources();

  test('each source names itself, has an https URL and a known licence', () => {
    expect(sources.length).toBeGreaterThan(900);
    const bad = sources
      .filter(
        ([, s]) =>
          !(s.name.trim() !== '' && /^https:\/\/\S+$/.test(s.url ?? '') && Object.hasOwn(LICENCE_FILES, s.licence))
      )
      .map(([what, s]) => `${what}: ${JSON.stringify(s)}`);
    expect(bad).toEqual([]);
  });

  test('each licence used has its text or notice in LICENSES/', () => {
    const licences = new Set(sources.map(([, s]) => s.licence));
    for (const licence of licences) {
      const file = LICENCE_FILES[licence];
      if (file !== null) expect([licence, existsSync(join(repoRoot, file))]).toEqual([licence, true]);
    }
  });

  test('DATA-SOURCES.md lists every source URL the catalogue cites', () => {
    const doc = readRepoFile('DATA-SOURCES.md');
    const urls = new Set(sources.map(([, s]) => s.url ?? ''));
    expect([...urls].filter((u) => !doc.includes(u))).toEqual([]);
  });

  test('DATA-SOURCES.md shows every GPU row with its TDP, and every AWS/Azure mapping', () => {
    const doc = readRepoFile('DATA-SOURCES.md');
    const missingGpus = GPU_CATALOG.filter((r) => !doc.includes(`| ${r.name} | ${r.kind} | ${r.tdpW} |`)).map(
      (r) => r.name
    );
    const missingRegions = [
      ...AWS_REGION_ZONES.map((r) => `| aws | ${r.region} | ${r.location} | ${r.zone} |`),
      ...AZURE_REGION_ZONES.map((r) => `| azure | ${r.region} | ${r.location} | ${r.zone} |`)
    ].filter((row) => !doc.includes(row));
    expect(missingGpus).toEqual([]);
    expect(missingRegions).toEqual([]);
  });
});

describe('generated data modules', () => {
  test('are up to date with their inputs (scripts/generate-catalog.mjs --check)', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'generate-catalog.mjs'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8'
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });

  test('each data module names its source and licence in its header', () => {
    const expectations: [file: string, mentions: string[]][] = [
      ['cpu-power.generated.ts', ['mlco2/codecarbon', 'MIT']],
      ['gcp-regions-2024.generated.ts', ['GoogleCloudPlatform/region-carbon-info', 'Apache-2.0']],
      ['ember-countries.generated.ts', ['Ember', 'CC BY-SA 4.0']],
      ['electricity-maps.generated.ts', ['Electricity Maps', 'ODbL']],
      ['iso-countries.generated.ts', ['carbontracker', 'MIT']],
      ['gpus.generated.ts', ['scripts/data/gpus.yml', 'public domain (fact)', 'Green Algorithms', 'CC BY 4.0']]
    ];
    for (const [file, mentions] of expectations) {
      const head = readRepoFile(`src/core/catalog/data/${file}`).split('\n').slice(0, 8).join('\n');
      for (const m of mentions) expect([file, head.includes(m)]).toEqual([file, true]);
    }
  });
});
