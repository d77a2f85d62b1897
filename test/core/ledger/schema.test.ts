import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseLedger } from '../../../src/core/ledger/parse.js';
import { RECORD_KEYS } from '../../../src/core/ledger/record.js';
import { chain, lineOf, record } from './support.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../schema/ledger-record.schema.json', import.meta.url), 'utf8')
) as { properties: object; required: string[]; examples: unknown[] };
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
const validate = ajv.compile(schema);

describe('schema/ledger-record.schema.json', () => {
  it('lists the keys in the format order, all required', () => {
    expect(Object.keys(schema.properties)).toEqual([...RECORD_KEYS]);
    expect(schema.required).toEqual([...RECORD_KEYS]);
  });

  it('accepts the records the parser accepts, and its examples parse', () => {
    const shards = chain([{ run: 'a', spentAt: '2026-01-02T03:04:05Z', emissionsKg: 1 }]);
    for (const e of parseLedger(shards).entries) expect(validate(JSON.parse(e.line))).toBe(true);
    for (const example of schema.examples) {
      expect(validate(example)).toBe(true);
      const line = JSON.stringify(example);
      expect(parseLedger([{ file: 'ledger/2026-12.jsonl', text: `${line}\n` }]).diagnostics).toEqual([]);
    }
  });

  it.each([
    ['a negative energy', '"energyKWh":200', '"energyKWh":-1'],
    ['a short commit', `"commit":"${'a'.repeat(40)}"`, '"commit":"abc"'],
    ['an unknown event', '"event":"push"', '"event":"merge"'],
    ['a local time', '"spentAt":"2026-01-02T03:04:05Z"', '"spentAt":"2026-01-02T03:04:05+01:00"']
  ])('refuses %s, as the parser does', (_what, from, to) => {
    const line = lineOf(record({ run: 'a', spentAt: '2026-01-02T03:04:05Z', emissionsKg: 100 })).replace(from, to);
    expect(line).toContain(to);
    expect(validate(JSON.parse(line))).toBe(false);
    expect(parseLedger([{ file: 'ledger/2026-01.jsonl', text: line }]).diagnostics.map((d) => d.code)).toEqual([
      'ledger/bad-record'
    ]);
  });
});
