/**
 * The options table against everything that states an option: the CLI's parser and help,
 * action.yml (names, descriptions, defaults), the action's input reader, and the option tables of
 * docs/cli.md and docs/action.md. action.yml's inputs and the docs' tables are generated from the
 * table: with CARBON_GATE_WRITE_OPTIONS=1 (`npm run options`) this file writes them instead of
 * failing.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../../src/action/inputs.js';
import { parseCliArgs } from '../../src/cli/args.js';
import { helpText } from '../../src/cli/help.js';
import { cliRequest } from '../../src/cli/check.js';
import { DEFAULT_CONFIG_PATH } from '../../src/core/config-path.js';
import { MANIFEST_GLOBS } from '../../src/io/discovery.js';
import {
  defaultText,
  INPUT_NAMES,
  OPTIONS,
  optionNames,
  spec,
  type Adapter,
  type OptionName
} from '../../src/io/options.js';
import { actionYml, defaultInputEnv, inputVar, ROOT, withRunnerEnv } from '../action/harness.js';
import {
  actionDescription,
  markers,
  renderActionInputs,
  renderDocsTable,
  replaceBetween
} from '../support/option-docs.js';

const WRITE = process.env.CARBON_GATE_WRITE_OPTIONS === '1';
const ALL = Object.keys(OPTIONS) as OptionName[];
const SHARED = ALL.filter((n) => spec(n).cli !== undefined && spec(n).action !== undefined);

/** Checks that `file` holds `expected` (or, in write mode, writes it). */
function generated(file: string, text: string, expected: string): void {
  if (WRITE && text !== expected) writeFileSync(path.join(ROOT, file), expected);
  else expect([file, text]).toEqual([file, expected]);
}

describe('the options table', () => {
  test('every option is in at least one adapter, and one only in one adapter says why', () => {
    for (const name of ALL) {
      const option = spec(name);
      const adapters = (['cli', 'action'] as Adapter[]).filter((a) => option[a] !== undefined);
      expect([name, adapters.length > 0]).toEqual([name, true]);
      expect([name, option.onlyReason !== undefined]).toEqual([name, adapters.length === 1]);
      if (option.onlyReason)
        expect([name, option.onlyReason]).toEqual([name, expect.stringMatching(/^(GitHub|Terminal) only: /)]);
      // A flag's value needs an example for the "needs a value" message.
      if (option.cli && !option.cli.positional && option.value !== 'switch')
        expect([name, typeof option.example]).toEqual([name, 'string']);
      if (option.value === 'choice')
        expect([name, option.choices]).toEqual([name, expect.arrayContaining([option.default])]);
    }
  });

  test('the options the issue asked to share are shared: the action has `timezone`, the CLI `--fail-on`', () => {
    expect(SHARED).toEqual(
      expect.arrayContaining([
        'manifests',
        'config',
        'budget',
        'warn-at',
        'fail-on',
        'location',
        'timezone',
        'intensity-series',
        'electricity-maps-token',
        'electricity-maps-url'
      ])
    );
    const githubOnly = ALL.filter((n) => spec(n).cli === undefined);
    expect(githubOnly.sort()).toEqual(
      [
        'github-token',
        'comment',
        'comment-tag',
        'override-label',
        'artifacts',
        'run-id',
        'status-context',
        'if-artifacts-missing',
        'artifact-limits',
        // The action keeps the ledger branch; the CLI reads it with `carbon-gate ledger`.
        'ledger'
      ].sort()
    );
    const terminalOnly = ALL.filter((n) => spec(n).action === undefined);
    // `--base`: the action's base comes from its event (issue 11), so it has no input for it.
    expect(terminalOnly.sort()).toEqual(['base', 'format', 'output', 'no-color', 'help', 'version'].sort());
  });

  test('the default manifest glob and config path are the ones the readers use', () => {
    expect(OPTIONS.manifests.default.split('\n')).toEqual([...MANIFEST_GLOBS]);
    expect(OPTIONS.config.default).toBe(DEFAULT_CONFIG_PATH);
  });
});

describe('the CLI, generated from the table', () => {
  const flags = optionNames('cli').filter((n) => !spec(n).cli?.positional);
  /** A valid value of the options whose grammar is checked by the parser. */
  const CHECKED: Partial<Record<OptionName, string>> = {
    'trace-limits': 'file: 8 GiB',
    // Checked when read (src/io/validate.ts): the table's own examples must pass.
    location: OPTIONS.location.example,
    timezone: OPTIONS.timezone.example,
    'electricity-maps-url': OPTIONS['electricity-maps-url'].example
  };

  test.each(flags)('--%s is parsed', (name) => {
    const option = spec(name);
    const value = CHECKED[name] ?? option.choices?.[0] ?? 'x';
    const argv = option.value === 'switch' ? ['check', `--${name}`] : ['check', `--${name}`, value];
    const parsed = parseCliArgs(argv);
    if (name === 'help' || name === 'version') expect(parsed.kind).toBe(name);
    else expect(parsed.kind).toBe('check');
    if (option.cli?.short)
      expect(parseCliArgs([...argv.slice(0, 1), `-${option.cli.short}`, ...argv.slice(2)])).toEqual(parsed);
  });

  test('the parser knows no flag the table does not have', () => {
    expect(parseCliArgs(['check', '--comment-tag', 'x'])).toEqual({
      kind: 'usage-error',
      errors: [expect.stringContaining("Unknown option '--comment-tag'")]
    });
  });

  test('--help lists every CLI option with its default, and no GitHub-only one', () => {
    const help = helpText();
    for (const name of flags) expect([name, help.includes(`--${name}`)]).toEqual([name, true]);
    for (const name of ALL.filter((n) => spec(n).cli === undefined))
      expect([name, help.includes(`--${name}`)]).toEqual([name, false]);
    // Defaults are stated once, in the table; help shows them without Markdown backticks.
    const flat = help.replace(/\s+/g, ' ');
    for (const name of optionNames('cli')) {
      const shown = defaultText(name, 'cli')?.replace(/`/g, '');
      if (shown) expect([name, flat.includes(`Default: ${shown}.`)]).toEqual([name, true]);
    }
    expect(help.split('\n').filter((l) => l.length > 100)).toEqual([]);
  });
});

describe('action.yml, generated from the table', () => {
  const file = 'action.yml';
  const text = readFileSync(path.join(ROOT, file), 'utf8');

  test('its inputs block is the rendered table', () => {
    const start = text.indexOf('inputs:\n');
    const end = text.indexOf('\n\noutputs:');
    expect([start >= 0, end > start]).toEqual([true, true]);
    generated(file, text, text.slice(0, start) + renderActionInputs() + text.slice(end));
  });

  test("declares exactly the table's inputs, in its order, with its descriptions and defaults", () => {
    const inputs = actionYml().inputs;
    expect(Object.keys(inputs)).toEqual([...INPUT_NAMES]);
    for (const name of INPUT_NAMES) {
      expect([name, inputs[name].description]).toEqual([name, actionDescription(name)]);
      expect([name, inputs[name].default]).toEqual([name, spec(name).default]);
      expect([name, inputs[name].required]).toEqual([name, false]);
    }
  });
});

describe('docs, generated from the table', () => {
  test.each([
    ['docs/cli.md', 'cli'],
    ['docs/action.md', 'action']
  ] as const)('%s documents every option of its adapter with its default', (file, adapter) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const { start, end } = markers(adapter);
    const replaced = replaceBetween(text, start, end, renderDocsTable(adapter));
    expect([file, replaced !== undefined]).toEqual([file, true]);
    generated(file, text, replaced ?? text);
  });
});

describe('the CLI and the action map the same values to the same request', () => {
  /** Values for every shared option, other than the defaults. */
  const VALUES: Record<string, string> = {
    manifests: 'ml/carbon-manifest.yml',
    config: 'ci/budget.yml',
    budget: '5 kg; 2 MWh',
    'warn-at': '50%',
    'fail-on': 'warning',
    location: 'FR',
    timezone: '+02:00',
    'intensity-series': 'grid.csv',
    'electricity-maps-token': 'em-token',
    'electricity-maps-url': 'http://127.0.0.1:9/v3',
    'trace-limits': 'file: 8 GiB\nratio: 500'
  };

  async function actionSettings(inputs: Record<string, string>) {
    const env: Record<string, string> = { ...defaultInputEnv(), [inputVar('github-token')]: 'ghs_x' };
    for (const [k, v] of Object.entries(inputs)) env[inputVar(k)] = v;
    const { value } = await withRunnerEnv(env, async () => readSettings(env));
    expect(value.diagnostics).toEqual([]);
    return value.settings!;
  }

  function cliSettings(argv: string[]) {
    const parsed = parseCliArgs(['check', ...argv]);
    if (parsed.kind !== 'check') throw new Error(JSON.stringify(parsed));
    const { confinement, ...request } = cliRequest(parsed.options, { env: {}, cwd: ROOT });
    expect(confinement).toEqual({ baseDir: ROOT });
    return { request, failOn: parsed.options.failOn };
  }

  test('every shared option has a value here', () => {
    expect(Object.keys(VALUES).sort()).toEqual([...SHARED].sort());
  });

  test('all of them set', async () => {
    const argv = SHARED.flatMap((n) => (n === 'manifests' ? [VALUES[n]] : [`--${n}`, VALUES[n]]));
    const cli = cliSettings(argv);
    const action = await actionSettings(VALUES);
    expect(cli.request).toEqual(action.request);
    expect(cli.failOn).toBe(action.failOn);
    expect(cli.request.manifests).toEqual({ patterns: ['ml/carbon-manifest.yml'], named: true });
    expect(cli.request.config).toEqual({ path: 'ci/budget.yml', named: true });
  });

  test('none of them set: the defaults', async () => {
    const cli = cliSettings([]);
    const action = await actionSettings({});
    expect(cli.request).toEqual(action.request);
    expect(cli.failOn).toBe(action.failOn);
    expect(cli.request.manifests).toEqual({ patterns: [], named: false });
    expect(cli.request.config).toEqual({ path: DEFAULT_CONFIG_PATH, named: false });
  });
});
