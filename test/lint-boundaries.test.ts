/**
 * The layers, as `npm run lint` enforces them: src/core imports nothing outside src/core; src/io
 * imports only src/core; src/cli and src/action import core and io, never each other; and inside
 * the core, compute modules format with src/core/format.ts and never import from src/core/render/,
 * which sits on top of them. Lints probe sources (never written to disk) with the project's own
 * eslint.config.js.
 */
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** The messages no-restricted-imports gives for `source` as if it were the file at `filePath`. */
async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('only src/core/render imports from src/core/render', () => {
  it.each([
    ['src/core/probe.ts', "import { textBar } from './render/bar.js';\nexport const y = textBar;\n"],
    ['src/core/traces/probe.ts', "import { renderText } from '../render/index.js';\nexport const y = renderText;\n"],
    ['src/core/traces/formats/probe.ts', "import { textBar } from '../../render/bar.js';\nexport const y = textBar;\n"]
  ])('%s importing the renderers is refused', async (filePath, source) => {
    const messages = await restrictedImports(filePath, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/core/format.js');
  });

  it('a compute module may import the formatter', async () => {
    expect(
      await restrictedImports(
        'src/core/probe.ts',
        "import { formatNumber } from './format.js';\nexport const y = formatNumber;\n"
      )
    ).toEqual([]);
  });

  it('a renderer may import the other renderers and the formatter', async () => {
    const source =
      "import { textBar } from './bar.js';\nimport { formatNumber } from '../format.js';\nexport const y = [textBar, formatNumber];\n";
    expect(await restrictedImports('src/core/render/probe.ts', source)).toEqual([]);
  });

  it('the core stays pure outside render too (the rule keeps the core restrictions)', async () => {
    const messages = await restrictedImports(
      'src/core/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n"
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/core does no I/O');
  });
});

/** A one-line module importing `specifier`, as lint would see it. */
function importing(specifier: string): string {
  return `import * as m from '${specifier}';\nexport const y = m;\n`;
}

describe('the layers of src/', () => {
  it.each([
    ['src/core/probe.ts', '../io/read.js', 'src/core imports nothing outside src/core'],
    ['src/core/traces/probe.ts', '../../io/trace-reader.js', 'src/core imports nothing outside src/core'],
    ['src/core/traces/formats/probe.ts', '../../../action/main.js', 'src/core imports nothing outside src/core'],
    ['src/core/probe.ts', '../cli/main.js', 'src/core imports nothing outside src/core'],
    ['src/io/probe.ts', '../action/inputs.js', 'src/io is shared by the CLI and the action'],
    ['src/io/artifacts/probe.ts', '../../cli/args.js', 'src/io is shared by the CLI and the action'],
    ['src/io/probe.ts', '@actions/core', 'src/io is shared by the CLI and the action'],
    ['src/cli/probe.ts', '../action/inputs.js', 'src/cli imports src/core and src/io, never the action'],
    ['src/cli/probe.ts', '@actions/core', 'src/cli imports src/core and src/io, never the action'],
    ['src/action/probe.ts', '../cli/args.js', 'src/action imports src/core and src/io, never the CLI'],
    ['src/action/artifacts/probe.ts', '../../cli/main.js', 'src/action imports src/core and src/io, never the CLI']
  ])('%s importing %s is refused', async (filePath, specifier, why) => {
    const messages = await restrictedImports(filePath, importing(specifier));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(why);
  });

  it.each([
    ['src/io/probe.ts', '../core/model.js'],
    ['src/io/artifacts/probe.ts', '../../core/diagnostics.js'],
    ['src/cli/probe.ts', '../io/request.js'],
    ['src/cli/probe.ts', '../core/analyze.js'],
    ['src/action/probe.ts', '../io/request.js'],
    ['src/action/artifacts/probe.ts', '../../io/artifacts/extract.js'],
    ['src/action/log.ts', '@actions/core'],
    ['src/core/traces/probe.ts', '../model.js']
  ])('%s may import %s', async (filePath, specifier) => {
    expect(await restrictedImports(filePath, importing(specifier))).toEqual([]);
  });
});

describe('the action writes to the workflow only through src/action/log.ts', () => {
  it.each([
    ['src/action/probe.ts', "import * as core from '@actions/core';\nexport const y = core;\n"],
    ['src/action/artifacts/probe.ts', "import { info } from '@actions/core';\nexport const y = info;\n"],
    [
      'src/action/probe.ts',
      "import { setOutput, warning } from '@actions/core';\nexport const y = [setOutput, warning];\n"
    ],
    ['src/action/probe.ts', "import { summary } from '@actions/core';\nexport const y = summary;\n"]
  ])('%s: %s is refused', async (filePath, source) => {
    const messages = await restrictedImports(filePath, source);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toContain('src/action/log.ts');
  });

  it('reading inputs, and the annotation type, stay open to every action module', async () => {
    const source =
      "import { getInput, type AnnotationProperties } from '@actions/core';\nexport const y: [typeof getInput, AnnotationProperties?] = [getInput];\n";
    expect(await restrictedImports('src/action/probe.ts', source)).toEqual([]);
  });

  it('keeps the layer rule for action modules', async () => {
    const messages = await restrictedImports('src/action/probe.ts', importing('../cli/args.js'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('never the CLI');
  });
});

describe('no array spread into call arguments in src/', () => {
  /** The messages no-restricted-syntax gives for `source` as if it were the file at `filePath`. */
  async function restrictedSyntax(filePath: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  it.each([
    ['push', 'export function f(a: number[], b: number[]): void {\n  a.push(...b);\n}\n'],
    ['Math.max', 'export function f(a: number[]): number {\n  return Math.max(...a);\n}\n'],
    ['String.fromCharCode', 'export function f(a: number[]): string {\n  return String.fromCharCode(...a);\n}\n']
  ])('%s(...array) is refused, in every layer', async (_name, source) => {
    for (const filePath of ['src/core/probe.ts', 'src/io/probe.ts', 'src/action/probe.ts', 'src/cli/probe.ts']) {
      const messages = await restrictedSyntax(filePath, source);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('overflows the stack');
    }
  });

  it('a loop, and spread into an array literal, are allowed', async () => {
    const source =
      'export function f(a: number[], b: number[]): number[] {\n  for (const x of b) a.push(x);\n  return [...a, ...b];\n}\n';
    expect(await restrictedSyntax('src/core/probe.ts', source)).toEqual([]);
  });
});
