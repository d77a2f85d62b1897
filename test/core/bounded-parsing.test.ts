/**
 * The text parsers of names and quantities do work linear in their input, and their linear forms
 * read honest input exactly as the regular expressions they replace: random short inputs are
 * compared with those expressions, and long adversarial ones (a blank run, a bracket run) must
 * finish within jest's timeout, where the old forms backtracked quadratically for minutes.
 */
import { describe, expect, it, test } from '@jest/globals';
import { parseBudget } from '../../src/core/budget.js';
import { closestNames, editDistance, normalizeName } from '../../src/core/suggest.js';
import { splitNameUnit } from '../../src/core/traces/fields.js';
import { buildLayout } from '../../src/core/traces/formats/nvidia-smi-csv-layout.js';
import { parseFraction, parseQuantityDetail } from '../../src/core/units.js';
import { recordingSink } from './traces/helpers.js';

/** A seeded generator, so a failure is reproducible. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** `count` random strings of up to `maxLength` characters from `alphabet`. */
function randomStrings(alphabet: string[], count: number, maxLength: number, seed: number): string[] {
  const rand = rng(seed);
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(rand() * (maxLength + 1)) },
      () => alphabet[Math.floor(rand() * alphabet.length)]
    ).join('')
  );
}

/** A blank run long enough that a quadratic scan over it takes minutes. */
const LONG = 200_000;

describe('splitNameUnit reads a bracketed unit as its old regex did, in linear time', () => {
  /** The old reading of a bracketed unit (the rest of splitNameUnit did not change). */
  function oldBracket(header: string): { base: string; unit: string } | undefined {
    const br = /^(.*?)\s*[[(]\s*([^\])]+?)\s*[\])]\s*$/.exec(header.trim());
    return br ? { base: br[1].toLowerCase(), unit: br[2] } : undefined;
  }

  it('agrees on 200,000 random headers of brackets, blanks and line breaks', () => {
    let compared = 0;
    for (const h of randomStrings(['a', ' ', '[', ']', '(', ')', 'W', '\n', '_', 'k', 'j', '\t'], 200_000, 9, 1)) {
      const old = oldBracket(h);
      if (old === undefined) continue;
      compared++;
      expect([h, splitNameUnit(h)]).toEqual([h, old]);
    }
    expect(compared).toBeGreaterThan(1000);
  });

  test.each([
    ['power [W]', { base: 'power', unit: 'W' }],
    ['energy (kWh)', { base: 'energy', unit: 'kWh' }],
    ['a [[b]', { base: 'a', unit: '[b' }],
    ['a ( )', { base: 'a', unit: ' ' }]
  ])('%j', (header, expected) => {
    expect(splitNameUnit(header)).toEqual(expected);
  });

  test.each([
    ['a million open brackets', `power ${'('.repeat(LONG)}`],
    ['brackets and blanks', `power [${' ('.repeat(LONG)} x`],
    ['a blank run before the closing bracket', `power (W${' '.repeat(LONG)}x)`]
  ])('%s: read at once', (_what, header) => {
    expect(splitNameUnit(header).base.length).toBeGreaterThan(0);
  });
});

describe('nvidia-smi header names lose their [unit] as the old regex did, in linear time', () => {
  const oldBase = (h: string) => h.trim().replace(/\s*\[[^\]]*\]\s*$/, '');
  const names = (headers: string[]) =>
    buildLayout(headers, null, 0, recordingSink(), { file: 'f', devicePrefix: 'f#' }, 'UTC').names;

  it('agrees on 100,000 random headers', () => {
    const headers = randomStrings(['a', ' ', '[', ']', 'W', '\t', '.'], 100_000, 9, 2);
    expect(names(headers)).toEqual(headers.map(oldBase));
  });

  it('a header of 200,000 open brackets is read at once', () => {
    expect(names([`timestamp ${'['.repeat(LONG)}`, 'power.draw [W]'])).toEqual([
      `timestamp ${'['.repeat(LONG)}`,
      'power.draw'
    ]);
  });
});

describe('quantities and fractions with long runs of blanks', () => {
  test.each([
    ['mass', `1 kg${' '.repeat(LONG)}x`],
    ['intensity', `1 g${' '.repeat(LONG)}per${' '.repeat(LONG)}x`],
    ['intensity', `1 g${' '.repeat(LONG)}/x`],
    ['power', `1 ${'/'.repeat(LONG)}`]
  ] as const)('%s %#: refused at once', (kind, text) => {
    expect(parseQuantityDetail(kind, text).ok).toBe(false);
  });

  test.each([
    ['mass', '500 kg CO2e', 500],
    ['mass', '1.2 t  CO₂-eq', 1200],
    ['intensity', '432 gCO2e/kWh', 432],
    ['intensity', '0.5 kg  per  kWh', 500],
    ['intensity', '1 t / MWh', 1000]
  ] as const)('%s %j still reads as before', (kind, text, value) => {
    expect(parseQuantityDetail(kind, text)).toEqual({ ok: true, value });
  });

  it('a mass with a blank run before its CO2 marker still reads, at once', () => {
    expect(parseQuantityDetail('mass', `1 kg${' '.repeat(LONG)}co2e`)).toEqual({ ok: true, value: 1 });
  });

  it('a fraction with a blank run is refused at once; "80 %" still reads', () => {
    expect(parseFraction(`1${' '.repeat(LONG)}!`).ok).toBe(false);
    expect(parseFraction(' 80 % ')).toEqual({ ok: true, value: 0.8 });
  });

  it('a budget with a blank run is refused at once; "500 kg ; 2 MWh" still reads', () => {
    expect(parseBudget(`500${' '.repeat(LONG)}x`).ok).toBe(false);
    expect(parseBudget('500 kg ;  2 MWh')).toEqual({ ok: true, value: { emissionsKg: 500, energyKWh: 2000 } });
    expect(parseBudget('500 kg,  2 MWh')).toEqual({ ok: true, value: { emissionsKg: 500, energyKWh: 2000 } });
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'a unit named %s is no unit',
    (name) => {
      for (const kind of ['power', 'energy', 'duration', 'mass', 'memory', 'intensity'] as const) {
        const parsed = parseQuantityDetail(kind, `400 ${name}`);
        expect([kind, parsed.ok]).toEqual([kind, false]);
        if (!parsed.ok) expect(parsed.hint).not.toMatch(/\[object Object\]|function|native code/);
      }
    }
  );
});

describe('closestNames: the same suggestions, bounded work', () => {
  /** The ranking before the bound, as it was written. */
  function oldClosest(input: string, candidates: string[], limit = 3): string[] {
    const needle = normalizeName(input);
    const scored: { name: string; score: number }[] = [];
    for (const name of candidates) {
      const hay = normalizeName(name);
      if (!hay) continue;
      let score = editDistance(needle, hay);
      if (needle && (hay.includes(needle) || needle.includes(hay)))
        score = Math.min(score, Math.abs(hay.length - needle.length) * 0.1);
      if (score <= Math.max(2, Math.ceil(needle.length / 2))) scored.push({ name, score });
    }
    scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
    return [...new Set(scored.map((s) => s.name))].slice(0, limit);
  }

  it('agrees with the unbounded ranking on random names', () => {
    const words = randomStrings(['a', 'b', 'c', '1', '-', ' '], 1200, 12, 3);
    const candidates = words.slice(0, 200);
    for (const input of words.slice(200))
      expect([input, closestNames(input, candidates)]).toEqual([input, oldClosest(input, candidates)]);
  });

  it('a name longer than 64 letters gets none, at once, whatever the candidates', () => {
    const long = 'a'.repeat(LONG);
    expect(closestNames(long, [long.slice(1), 'a'])).toEqual([]);
  });

  it('a short name among 100,000 huge candidates costs their length, not their product', () => {
    const huge = Array.from({ length: 100 }, (_, i) => `${'x'.repeat(10_000)}${i}`);
    expect(closestNames('timestamp', [...huge, 'timestamps'])).toEqual(['timestamps']);
  });
});
