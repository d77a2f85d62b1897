/**
 * The layering inside the core, as `npm run lint` enforces it: compute modules format with
 * src/core/format.ts and never import from src/core/render/, which sits on top of them. Lints
 * probe sources (never written to disk) with the project's own eslint.config.js.
 */
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

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
