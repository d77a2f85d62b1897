import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_WARN_AT_FRACTION,
  OVERRIDE_ORIGIN,
  budgetStatus,
  budgetUse,
  parseBudget,
  resolveBudget,
  runBudgetShare
} from '../../src/core/budget.js';
import type { BudgetSpec, Config } from '../../src/core/model.js';

const LB_KG = 0.45359237;

describe('budgetStatus: boundaries', () => {
  const emissions500: BudgetSpec = { emissionsKg: 500, warnAtFraction: 0.8 };
  const energy2MWh: BudgetSpec = { energyKWh: 2000, warnAtFraction: 0.8 };
  it.each([
    { case: 'well within', budget: emissions500, kg: 100, kWh: 0, status: 'pass', used: 100 / 500 },
    { case: 'just under 80%', budget: emissions500, kg: 399.99, kWh: 0, status: 'pass', used: 399.99 / 500 },
    { case: 'exactly 80% warns', budget: emissions500, kg: 400, kWh: 0, status: 'warn', used: 0.8 },
    { case: 'exactly 100% warns, not fails', budget: emissions500, kg: 500, kWh: 0, status: 'warn', used: 1 },
    { case: 'just over 100% fails', budget: emissions500, kg: 500.01, kWh: 0, status: 'fail', used: 500.01 / 500 },
    { case: 'energy at 80% warns', budget: energy2MWh, kg: 1e9, kWh: 1600, status: 'warn', used: 0.8 },
    { case: 'energy over fails', budget: energy2MWh, kg: 0, kWh: 2001, status: 'fail', used: 2001 / 2000 },
    {
      case: 'both set: the larger fraction decides',
      budget: { emissionsKg: 500, energyKWh: 2000, warnAtFraction: 0.8 },
      kg: 100,
      kWh: 2500,
      status: 'fail',
      used: 2500 / 2000
    },
    {
      case: 'custom warn-at 50%',
      budget: { emissionsKg: 500, warnAtFraction: 0.5 },
      kg: 250,
      kWh: 0,
      status: 'warn',
      used: 0.5
    }
  ] as const)('$case', ({ budget, kg, kWh, status, used }) => {
    const use = budgetUse(budget, { emissionsKg: kg, energyKWh: kWh });
    expect(use?.usedFraction).toBeCloseTo(used, 12);
    expect(budgetStatus(use, true)).toBe(status);
  });

  it('reports each fraction and the limits', () => {
    const use = budgetUse(
      { emissionsKg: 500, energyKWh: 2000, warnAtFraction: 0.8, origin: 'cfg.yml' },
      { emissionsKg: 100, energyKWh: 500 }
    );
    expect(use).toEqual({
      emissionsKg: 500,
      emissionsFraction: 100 / 500,
      energyKWh: 2000,
      energyFraction: 500 / 2000,
      usedFraction: 500 / 2000,
      warnAtFraction: 0.8,
      origin: 'cfg.yml'
    });
  });

  it('without a limit there is no budget block and the status is pass', () => {
    expect(budgetUse(undefined, { emissionsKg: 1e9, energyKWh: 1e9 })).toBeNull();
    expect(budgetUse({ warnAtFraction: 0.8 }, { emissionsKg: 1, energyKWh: 1 })).toBeNull();
    expect(budgetStatus(null, true)).toBe('pass');
  });

  it('invalid input has no verdict (status invalid) whatever the numbers', () => {
    expect(budgetStatus(null, false)).toBe('invalid');
    expect(
      budgetStatus(budgetUse({ emissionsKg: 500, warnAtFraction: 0.8 }, { emissionsKg: 1, energyKWh: 0 }), false)
    ).toBe('invalid');
  });

  it('defaults warn-at to 80%', () => {
    expect(DEFAULT_WARN_AT_FRACTION).toBe(0.8);
  });
});

describe('runBudgetShare', () => {
  it.each([
    { case: 'emissions limit', budget: { emissionsKg: 500, energyKWh: 1000, warnAtFraction: 0.8 }, share: 50 / 500 },
    { case: 'energy limit only', budget: { energyKWh: 1000, warnAtFraction: 0.8 }, share: 200 / 1000 },
    { case: 'no budget', budget: undefined, share: undefined }
  ])('$case', ({ budget, share }) => {
    const got = runBudgetShare({ emissionsKg: 50, energyKWh: 200 }, budget);
    if (share === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(share, 12);
  });
});

describe('parseBudget: a mass or an energy, detected from the unit', () => {
  it.each([
    ['500 kg', { emissionsKg: 500 }],
    ['1.2 t', { emissionsKg: 1200 }],
    ['1400 lb', { emissionsKg: 1400 * LB_KG }],
    ['2 MWh', { energyKWh: 2000 }],
    ['750 kWh', { energyKWh: 750 }],
    ['500 kg; 2 MWh', { emissionsKg: 500, energyKWh: 2000 }],
    ['2 MWh, 500 kg', { emissionsKg: 500, energyKWh: 2000 }]
  ])('%s', (text, expected) => {
    const parsed = parseBudget(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.value).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expect(parsed.value[key as keyof typeof parsed.value]).toBeCloseTo(value, 9);
    }
  });

  it.each([
    ['500', /bare number has no unit/],
    ['500 W', /neither/],
    ['', /empty/],
    ['0 kg', /above zero/],
    ['500 kg; 1 t', /at most one limit of each kind/],
    ['fast', /neither/]
  ])('refuses %p', (text, message) => {
    const parsed = parseBudget(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.expected).toMatch(message);
    expect(parsed.expected).toMatch(/a mass of CO2e such as "500 kg"/);
  });
});

describe('resolveBudget: config, then overrides', () => {
  const config: Config = {
    file: '.github/carbon-budget.yml',
    budget: { emissionsKg: 500, energyKWh: 3000, warnAtFraction: 0.9 }
  };

  it.each([
    {
      case: 'config only',
      config,
      overrides: undefined,
      expected: { emissionsKg: 500, energyKWh: 3000, warnAtFraction: 0.9, origin: '.github/carbon-budget.yml' }
    },
    {
      case: 'an override replaces the config limits as a whole, keeping its warn-at',
      config,
      overrides: { budget: '2 MWh' },
      expected: { energyKWh: 2000, warnAtFraction: 0.9, origin: OVERRIDE_ORIGIN }
    },
    {
      case: 'warn-at override',
      config,
      overrides: { warnAt: '75%' },
      expected: { emissionsKg: 500, energyKWh: 3000, warnAtFraction: 0.75, origin: '.github/carbon-budget.yml' }
    },
    {
      case: 'override without config',
      config: undefined,
      overrides: { budget: '1 t' },
      expected: { emissionsKg: 1000, warnAtFraction: 0.8, origin: OVERRIDE_ORIGIN }
    },
    {
      case: 'empty override strings are ignored',
      config: undefined,
      overrides: { budget: ' ', warnAt: '' },
      expected: undefined
    },
    { case: 'nothing at all', config: undefined, overrides: undefined, expected: undefined }
  ])('$case', ({ config: c, overrides, expected }) => {
    const { budget, diagnostics } = resolveBudget(c, overrides);
    expect(diagnostics).toEqual([]);
    expect(budget).toEqual(expected);
  });

  it.each([
    [
      { budget: '500' },
      'budget/invalid',
      /override \(--budget \/ budget input\) "500" is not a budget: expected a mass of CO2e/
    ],
    [{ budget: '3 h' }, 'budget/invalid', /neither/],
    [{ warnAt: '180%' }, 'budget/invalid-warn-at', /"180%" is not valid/],
    [{ warnAt: '0' }, 'budget/invalid-warn-at', /above 0/]
  ])('refuses %p with %s', (overrides, code, message) => {
    const { budget, diagnostics } = resolveBudget(config, overrides);
    expect(budget).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code });
    expect(diagnostics[0].message).toMatch(message);
  });
});
