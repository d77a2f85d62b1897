import { CPU_WATTS_PER_CORE, findCpu, MEMORY_WATTS_PER_GB } from '../../../src/core/catalog/index.js';
import { readCsv, readCsvObjects } from './fixtures.js';

/** CodeCarbon's table as the fixture copy has it: name -> TDP strings (a name may repeat). */
const csvRows = readCsv('codecarbon-cpu_power.csv').slice(1);
const csvTdp = (name: string): number => {
  const hits = csvRows.filter((r) => r[0] === name);
  if (hits.length !== 1) throw new Error(`fixture has ${hits.length} rows named ${name}`);
  return Number(hits[0][1]);
};

describe('findCpu: names as /proc/cpuinfo, lscpu and manifests write them', () => {
  const cases: [input: string, csvName: string][] = [
    ['AMD EPYC 7742', 'AMD EPYC 7742'],
    ['AMD EPYC 7742 64-Core Processor', 'AMD EPYC 7742'],
    ['amd epyc 7742', 'AMD EPYC 7742'],
    ['EPYC 7742', 'AMD EPYC 7742'],
    ['AMD EPYC 7B12', 'AMD EPYC 7B12'],
    ['AMD EPYC 7R13 Processor', 'AMD EPYC 7R13'],
    ['AMD EPYC 9654 96-Core Processor', 'AMD EPYC 9654'],
    ['Intel(R) Xeon(R) Gold 6136 CPU @ 3.00GHz', 'Intel Xeon Gold 6136'],
    ['Intel(R) Xeon(R) CPU E5-2686 v4 @ 2.30GHz', 'Intel Xeon E5-2686 v4'],
    ['Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz', 'Intel Xeon Platinum 8259CL'],
    ['Intel(R) Xeon(R) Platinum 8480+', 'Intel Xeon Platinum 8480+'],
    ['Xeon Gold 6148', 'Intel Xeon Gold 6148'],
    ['Intel(R) Core(TM) i9-13900K', 'Intel Core i9-13900K'],
    ['AMD Ryzen 7 5800H with Radeon Graphics', 'AMD Ryzen 7 5800H'],
    ['Apple M1', 'Apple M1']
  ];
  test.each(cases)('%s -> CodeCarbon row "%s" with its TDP', (input, csvName) => {
    expect(findCpu(input)).toEqual({
      ok: true,
      value: { name: csvName, kind: 'cpu', tdpW: csvTdp(csvName), source: expect.objectContaining({ licence: 'MIT' }) }
    });
  });

  test('published TDPs for two common training hosts: EPYC 7742 225 W, Xeon Gold 6136 150 W', () => {
    expect(findCpu('AMD EPYC 7742 64-Core Processor')).toEqual({
      ok: true,
      value: expect.objectContaining({ tdpW: 225 })
    });
    expect(findCpu('Intel(R) Xeon(R) Gold 6136 CPU @ 3.00GHz')).toEqual({
      ok: true,
      value: expect.objectContaining({ tdpW: 150 })
    });
  });

  test('every row whose name is unique in the table resolves to its own TDP', () => {
    const key = (n: string): string =>
      n
        .toLowerCase()
        .replace(/[^a-z0-9+]+/g, ' ')
        .trim();
    const counts = new Map<string, number>();
    for (const [name] of csvRows) counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
    const numeric = csvRows.filter(([name, tdp]) => counts.get(key(name)) === 1 && /^\d+(\.\d+)?$/.test(tdp));
    expect(numeric.length).toBeGreaterThan(4800);
    // A few rows differ only by the word "Processor" ("AMD Ryzen 7 1700" / "... 1700 Processor");
    // either spelling may come back as the name, but it must be a row of the table.
    const names = new Set(csvRows.map((r) => r[0]));
    const wrong = numeric.filter(([name, tdp]) => {
      const r = findCpu(name);
      return !(r.ok && names.has(r.value.name) && r.value.tdpW === Number(tdp));
    });
    expect(wrong).toEqual([]);
  });

  test('a model listed twice with different TDPs takes the larger one', () => {
    // Fixture rows: "Intel Atom E625CT" 3 and "Intel Atom\u00a0E625CT" 2.7 (a no-break space).
    expect(
      csvRows
        .filter((r) => r[0].replace(/\u00a0/g, ' ') === 'Intel Atom E625CT')
        .map((r) => Number(r[1]))
        .sort()
    ).toEqual([2.7, 3]);
    expect(findCpu('Intel Atom E625CT')).toEqual({
      ok: true,
      value: expect.objectContaining({ tdpW: Math.max(2.7, 3) })
    });
  });
});

describe('findCpu: names not in the table', () => {
  test.each([
    ['AMD EPYC 77422', 'AMD EPYC 7742'],
    ['Intel Xeon Gold 6136X', 'Intel Xeon Gold 6136']
  ])('%s suggests %s', (input, expected) => {
    const r = findCpu(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.suggestions).toContain(expected);
  });

  test('rows whose upstream TDP is malformed ("27.29.5") are left out, not guessed', () => {
    const malformed = csvRows.filter((r) => !/^\d+(\.\d+)?$/.test(r[1].trim())).map((r) => r[0]);
    expect(malformed).toEqual([
      'Intel Celeron 1000A',
      'Intel Celeron 1100A',
      'Intel Celeron 1200',
      'Intel Celeron 1400'
    ]);
    for (const name of malformed) expect(findCpu(name).ok).toBe(false);
  });

  test('a cloud VM that hides the model gets a reason, not misleading suggestions', () => {
    expect(findCpu('Intel(R) Xeon(R) CPU @ 2.20GHz')).toEqual({
      ok: false,
      suggestions: [],
      reason: expect.stringContaining('cores:')
    });
  });

  test.each(['', '  '])('"%s" is not found', (input) => {
    expect(findCpu(input)).toEqual({ ok: false, suggestions: [] });
  });
});

describe('per-core and DRAM defaults', () => {
  test('CPU_WATTS_PER_CORE is the "Any" row of Green Algorithms TDP_cpu.csv', () => {
    const any = readCsvObjects('green-algorithms-TDP_cpu.csv', 1).find((r) => r.model === 'Any');
    expect(CPU_WATTS_PER_CORE.wattsPerCore).toBe(Number(any?.TDP_per_core));
    expect(CPU_WATTS_PER_CORE.source).toEqual(
      expect.objectContaining({ licence: 'CC BY 4.0', url: expect.stringMatching(/^https:\/\/.*TDP_cpu\.csv$/) })
    );
  });

  test('MEMORY_WATTS_PER_GB is memoryPower of Green Algorithms referenceValues.csv (0.3725 W/GB)', () => {
    const memory = readCsvObjects('green-algorithms-referenceValues.csv', 1).find((r) => r.variable === 'memoryPower');
    expect(MEMORY_WATTS_PER_GB.wattsPerGB).toBe(Number(memory?.value));
    expect(MEMORY_WATTS_PER_GB.wattsPerGB).toBe(0.3725);
    expect(MEMORY_WATTS_PER_GB.source).toEqual(
      expect.objectContaining({
        licence: 'CC BY 4.0',
        url: expect.stringMatching(/^https:\/\/.*referenceValues\.csv$/)
      })
    );
  });
});
