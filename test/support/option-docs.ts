/**
 * What the options table (src/io/options.ts) says in action.yml and in the docs: the `inputs:`
 * block of action.yml and the option tables of docs/cli.md and docs/action.md, rendered from the
 * table. test/io/options.test.ts checks that the files hold exactly this text, and `npm run
 * options` (the same test with CARBON_GATE_WRITE_OPTIONS=1) writes it into them.
 */
import {
  defaultText,
  describeOption,
  INPUT_NAMES,
  optionNames,
  spec,
  type Adapter,
  type OptionName
} from '../../src/io/options.js';

/** Lines of action.yml stay within this many columns. */
const YAML_WIDTH = 100;

/** The markers around a generated block in a Markdown file. */
export function markers(adapter: Adapter): { start: string; end: string } {
  return {
    start: `<!-- options:${adapter} (generated from src/io/options.ts by \`npm run options\`; edit the table, not this block) -->`,
    end: `<!-- /options:${adapter} -->`
  };
}

/** An input's description in action.yml: the shared text, the action's note, and what empty means. */
export function actionDescription(name: OptionName): string {
  const option = spec(name);
  const empty = option.default === '' ? defaultText(name, 'action') : undefined;
  return `${describeOption(name, 'action')}${empty ? ` Empty: ${empty}.` : ''}`;
}

/** action.yml's `inputs:` block, from the line `inputs:` to the last input's `default:` line. */
export function renderActionInputs(): string {
  const lines = ['inputs:'];
  for (const name of INPUT_NAMES) {
    lines.push(`  ${name}:`, '    description: >-');
    lines.push(...wrap(actionDescription(name), YAML_WIDTH - 6).map((l) => `      ${l}`));
    lines.push('    required: false', `    default: ${yamlScalar(spec(name).default)}`);
  }
  return lines.join('\n');
}

/** A default as a YAML plain scalar where that reads back the same, else single-quoted. */
function yamlScalar(value: string): string {
  const plain = /^[A-Za-z0-9.$][^#'"]*$/.test(value) && !value.includes(': ') && !value.endsWith(':');
  return plain ? value : `'${value.replaceAll("'", "''")}'`;
}

/** The option table of docs/cli.md (or docs/action.md), with the markers, and the options only that adapter has. */
export function renderDocsTable(adapter: Adapter): string {
  const { start, end } = markers(adapter);
  const names = optionNames(adapter);
  const rows = names.map((name) => {
    const shown = defaultText(name, adapter) ?? '';
    return `| ${cell(`\`${label(name, adapter)}\``)} | ${cell(shown)} | ${cell(describeOption(name, adapter))} |`;
  });
  const other: Adapter = adapter === 'cli' ? 'action' : 'cli';
  const only = names.filter((n) => spec(n)[other] === undefined);
  const head = adapter === 'cli' ? '| Argument / option | Default | Meaning |' : '| Input | Default | What it does |';
  const also =
    adapter === 'cli'
      ? 'Every option above is also an input of the action ([action.md](action.md#inputs)), with the same name, meaning and default, except:'
      : 'Every input above is also an option of the CLI ([cli.md](cli.md#usage)), `--<name>` (`manifests` are its arguments), with the same meaning and default, except:';
  return [
    start,
    head,
    '| --- | --- | --- |',
    ...rows,
    '',
    also,
    '',
    ...only.map((n) => `- \`${label(n, adapter)}\`: ${spec(n).onlyReason}`),
    end
  ].join('\n');
}

/** How docs name an option: `-c, --config FILE`, `FILES|GLOBS...`, or the input name. */
function label(name: OptionName, adapter: Adapter): string {
  if (adapter === 'action') return name;
  const cli = spec(name).cli;
  if (cli?.positional) return cli.placeholder ?? name;
  return `${cli?.short ? `-${cli.short}, ` : ''}--${name}${cli?.placeholder ? ` ${cli.placeholder}` : ''}`;
}

/** Text for a Markdown table cell: pipes escaped, one line. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** Word-wraps text into lines of at most `width` characters (a longer word gets its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Replaces the text from `start` to `end` (both kept) in `text`; undefined when either is missing. */
export function replaceBetween(text: string, start: string, end: string, block: string): string | undefined {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) return undefined;
  return text.slice(0, from) + block + text.slice(to + end.length);
}
