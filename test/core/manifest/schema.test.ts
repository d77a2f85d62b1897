/**
 * The published JSON Schema and the parser must agree: every example manifest the parser accepts,
 * the schema accepts; the bad ones fail both (except the checks a schema cannot express, which
 * only the parser makes); and both name the same keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { CONFIG_KEYS, BUDGET_KEYS } from '../../../src/core/config.js';
import { COVERAGE_KEYS, RULE_KEYS, WAIVER_KEYS } from '../../../src/core/policy/parse.js';
import {
  CPU_KEYS,
  DEFAULT_KEYS,
  GPU_KEYS,
  parseManifest,
  RUN_KEYS,
  TOP_KEYS,
  TRACE_KEYS
} from '../../../src/core/manifest/index.js';

type Json = Record<string, unknown>;

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const manifestSchema = JSON.parse(read('schema/carbon-manifest.schema.json')) as Json;
const budgetSchema = JSON.parse(read('schema/carbon-budget.schema.json')) as Json;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
ajv.addSchema(manifestSchema, 'manifest');
ajv.addSchema(budgetSchema, 'budget');
const validateManifest = ajv.getSchema('manifest')!;

const dir = 'test/fixtures/manifests';
const files = (sub: string): string[] => readdirSync(new URL(`${dir}/${sub}/`, root)).sort();

/** The data the schema sees: YAML merge keys applied, as an editor's YAML support does. */
function data(text: string): unknown {
  return parse(text, { merge: true, uniqueKeys: false });
}

/** `# expect: code line:column` from a fixture's first line. */
const JSON_EXPECTATIONS: Record<string, string> = {
  'quoted-repeats.json': 'manifest/bad-type 4:67'
};
function expectation(name: string, text: string): { code: string; line: number; column: number } {
  const header =
    /^# expect: (\S+) (\d+):(\d+)/.exec(text)?.slice(1) ??
    JSON_EXPECTATIONS[name]?.match(/(\S+) (\d+):(\d+)/)?.slice(1);
  if (!header) throw new Error(`${name} has no expectation`);
  return { code: header[0], line: Number(header[1]), column: Number(header[2]) };
}

test('both schemas are valid draft 2020-12 schemas', () => {
  expect(manifestSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(budgetSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(ajv.validateSchema(manifestSchema)).toBe(true);
  expect(ajv.validateSchema(budgetSchema)).toBe(true);
});

describe('valid manifests pass the parser and the schema', () => {
  test.each(files('valid'))('%s', (name) => {
    const text = read(`${dir}/valid/${name}`);
    const { manifest, diagnostics } = parseManifest(name, text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(manifest?.runs.length).toBeGreaterThan(0);
    const ok = validateManifest(data(text));
    expect(validateManifest.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('invalid manifests fail the parser (at the stated position) and the schema', () => {
  test.each(files('invalid'))('%s', (name) => {
    const text = read(`${dir}/invalid/${name}`);
    const want = expectation(name, text);
    const { diagnostics } = parseManifest(name, text);
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toContain(
      `${want.code} ${want.line}:${want.column}`
    );
    expect(validateManifest(data(text))).toBe(false);
  });
});

describe('what only the parser can check: the schema accepts, the parser refuses', () => {
  test.each(files('invalid-semantic'))('%s', (name) => {
    const text = read(`${dir}/invalid-semantic/${name}`);
    const want = expectation(name, text);
    const { diagnostics } = parseManifest(name, text);
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toContain(
      `${want.code} ${want.line}:${want.column}`
    );
    expect(validateManifest(data(text))).toBe(true);
  });
});

describe('the schema names the same keys as the parser', () => {
  const defs = manifestSchema.$defs as Record<string, Json>;
  const keys = (schema: Json): string[] => Object.keys(schema.properties as Json).sort();

  test.each([
    ['top level', keys(manifestSchema), [...TOP_KEYS]],
    ['run', keys(defs.run), [...RUN_KEYS]],
    ['defaults', keys(defs.defaults), [...DEFAULT_KEYS]],
    ['gpu', keys(defs.gpu), [...GPU_KEYS]],
    ['cpu', keys(defs.cpu), [...CPU_KEYS]],
    ['trace', keys(defs.trace), [...TRACE_KEYS]],
    ['budget config top level', keys(budgetSchema), [...CONFIG_KEYS]],
    ['budget', keys((budgetSchema.properties as Record<string, Json>).budget), [...BUDGET_KEYS]],
    ['budgets entry', keys((budgetSchema.$defs as Record<string, Json>).rule), [...RULE_KEYS]],
    ['coverage', keys((budgetSchema.properties as Record<string, Json>).coverage), [...COVERAGE_KEYS]],
    ['waivers', keys((budgetSchema.properties as Record<string, Json>).waivers), [...WAIVER_KEYS]]
  ])('%s', (_where, schemaKeys, parserKeys) => {
    expect(schemaKeys).toEqual([...parserKeys].sort());
  });

  test('unknown keys are refused by the schema too (editors flag typos)', () => {
    for (const schema of [manifestSchema, defs.run, defs.defaults, defs.gpu, defs.cpu, defs.trace]) {
      expect(schema.additionalProperties).toBe(false);
    }
  });
});

describe('every example in the schemas is valid, so editor completions are', () => {
  const cases: [string, string, unknown][] = [];
  const collect = (schemaId: string, schema: Json): void => {
    for (const example of (schema.examples as unknown[]) ?? []) cases.push([schemaId, '', example]);
    for (const [name, def] of Object.entries((schema.$defs as Record<string, Json>) ?? {})) {
      for (const example of (def.examples as unknown[]) ?? []) cases.push([schemaId, name, example]);
    }
  };
  collect('manifest', manifestSchema);
  collect('budget', budgetSchema);

  test.each(cases)('%s %s: %j', (schemaId, def, example) => {
    const ref = def ? `${schemaId}#/$defs/${def}` : schemaId;
    expect(ajv.validate({ $ref: ref }, example)).toBe(true);
  });

  test('the whole-manifest example is accepted by the parser too', () => {
    const example = (manifestSchema.examples as unknown[])[0];
    const { diagnostics } = parseManifest('example.json', JSON.stringify(example, null, 2));
    expect(diagnostics).toEqual([]);
  });
});
