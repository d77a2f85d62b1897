import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { STRUBELL_2019_TABLE1, TABLE1, equivalents } from '../../src/core/equivalents.js';

const LB_KG = 0.45359237;

/** Reads the two-column CSV (quoted first field) as published in the shared samples. */
function readTable1(): { consumption: string; co2eLb: number }[] {
  const text = readFileSync(new URL('../fixtures/strubell2019/table1_co2e_comparisons.csv', import.meta.url), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const match = /^"(.*)",(\d+)$/.exec(line.trim());
      if (!match) throw new Error(`unexpected row ${line}`);
      return { consumption: match[1], co2eLb: Number(match[2]) };
    });
}

describe('Table 1 data', () => {
  it('matches the transcribed CSV row for row', () => {
    expect(TABLE1.map(({ consumption, co2eLb }) => ({ consumption, co2eLb }))).toEqual(readTable1());
  });

  it('cites the paper', () => {
    expect(STRUBELL_2019_TABLE1.url).toBe('https://aclanthology.org/P19-1355/');
    expect(STRUBELL_2019_TABLE1.year).toBe(2019);
  });
});

describe('equivalents', () => {
  it.each([
    // One NY<->SF flight's worth of emissions is 1.0 flights.
    { totalLb: 1984, ratios: [1984 / 1984, 1984 / 11023, 1984 / 36156, 1984 / 126000] },
    // BERT-base on V100x64, the paper's 1,438 lb.
    { totalLb: 1438, ratios: [1438 / 1984, 1438 / 11023, 1438 / 36156, 1438 / 126000] },
    // NAS, the paper's 626,155 lb: about five cars' lifetimes.
    { totalLb: 626155, ratios: [626155 / 1984, 626155 / 11023, 626155 / 36156, 626155 / 126000] }
  ])('$totalLb lb: ratio = total lb / reference lb', ({ totalLb, ratios }) => {
    const result = equivalents(totalLb * LB_KG);
    expect(result.map((e) => e.referenceLb)).toEqual([1984, 11023, 36156, 126000]);
    result.forEach((e, i) => expect(e.ratio).toBeCloseTo(ratios[i], 9));
  });

  it('lists the everyday comparisons only, with their published labels', () => {
    expect(equivalents(0).map((e) => e.label)).toEqual([
      'Air travel, 1 passenger, NY<->SF',
      'Human life, avg, 1 year',
      'American life, avg, 1 year',
      'Car, avg incl. fuel, 1 lifetime'
    ]);
    expect(equivalents(0).every((e) => e.ratio === 0)).toBe(true);
  });
});
