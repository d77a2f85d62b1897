/**
 * Command-line parsing, as data: what each command line asks for, and the message each mistake
 * gets (all of them at once, with a suggestion where a name is close).
 */
import { parseCliArgs } from '../../src/cli/args.js';
import { useColor } from '../../src/cli/color.js';

const defaults = { files: [], noColor: false, format: 'text', failOn: 'over-budget' };

describe('parseCliArgs', () => {
  it.each([
    [['check'], { ...defaults }],
    [['check', 'a.yml', 'runs/**/m.yml', 'dir'], { ...defaults, files: ['a.yml', 'runs/**/m.yml', 'dir'] }],
    [
      [
        'check',
        '--config',
        'c.yml',
        '--budget',
        '500 kg',
        '--warn-at',
        '90%',
        '--location',
        'DE',
        '--timezone',
        '+02:00',
        '--format',
        'json',
        '--output',
        'r.json',
        '--no-color',
        '--fail-on',
        'never'
      ],
      {
        files: [],
        failOn: 'never',
        config: 'c.yml',
        budget: '500 kg',
        warnAt: '90%',
        location: 'DE',
        timezone: '+02:00',
        format: 'json',
        output: 'r.json',
        noColor: true
      }
    ],
    [
      [
        'check',
        '--intensity-series',
        'grid.csv',
        '--electricity-maps-token',
        'tok',
        '--electricity-maps-url',
        'http://127.0.0.1:9/v3'
      ],
      {
        ...defaults,
        intensitySeries: 'grid.csv',
        electricityMapsToken: 'tok',
        electricityMapsUrl: 'http://127.0.0.1:9/v3'
      }
    ],
    [
      ['check', '--budget=1.2 t', '-f', 'markdown', '-o', 'out.md', '-c', 'x.yml'],
      { ...defaults, budget: '1.2 t', format: 'markdown', output: 'out.md', config: 'x.yml' }
    ],
    [['check', '--fail-on', 'warning'], { ...defaults, failOn: 'warning' }],
    [['check', '--fail-on=over-budget'], { ...defaults }],
    [
      ['check', '--format', 'model-card', '--', '--odd-name.yml'],
      { ...defaults, format: 'model-card', files: ['--odd-name.yml'] }
    ]
  ])('%j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'check', options });
  });

  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['help'], 'help'],
    [['check', '--help'], 'help'],
    [['check', '--bogus', '--help'], 'help'],
    [['--version'], 'version'],
    [['-v'], 'version']
  ])('%j asks for %s', (argv, kind) => {
    expect(parseCliArgs(argv).kind).toBe(kind);
  });

  it.each([
    [[], ["Missing command: expected 'carbon-gate check [FILES|GLOBS...]'."]],
    [['chek'], ["Unknown command 'chek': expected one of 'check', 'help'. Did you mean \"check\"?"]],
    [['check', '--budgt', '5 kg'], ['Unknown option \'--budgt\'. Did you mean "--budget"?']],
    [['check', '-x'], ["Unknown option '-x'."]],
    [['check', '--format', 'yaml'], ["Unknown format 'yaml': expected one of text, markdown, json, model-card."]],
    [
      ['check', '--format', 'jsn'],
      ['Unknown format \'jsn\': expected one of text, markdown, json, model-card. Did you mean "json"?']
    ],
    [
      ['check', '--fail-on', 'warn'],
      ['Unknown fail-on \'warn\': expected one of over-budget, warning, never. Did you mean "warning"?']
    ],
    [['check', '--fail-on'], ["Option '--fail-on' needs a value, e.g. --fail-on warning."]],
    [['check', '--budget'], ['Option \'--budget\' needs a value, e.g. --budget "500 kg".']],
    [
      ['check', '--electricity-maps-token'],
      ['Option \'--electricity-maps-token\' needs a value, e.g. --electricity-maps-token "$ELECTRICITY_MAPS_TOKEN".']
    ],
    [
      ['check', '--intensity-series', '--format', 'json'],
      ["Option '--intensity-series' needs a value, e.g. --intensity-series data/grid-2024-06.csv."]
    ],
    [['check', '--output', '--format', 'json'], ["Option '--output' needs a value, e.g. --output report.md."]],
    [['check', '--config='], ["Option '--config' needs a non-empty value, e.g. --config .github/carbon-budget.yml."]],
    [['check', '--no-color=yes'], ["Option '--no-color' takes no value (got '--no-color=yes')."]],
    [
      ['check', '--colour', '--warn-at'],
      [
        'Unknown option \'--colour\'. Did you mean "--no-color"?',
        "Option '--warn-at' needs a value, e.g. --warn-at 80%."
      ]
    ]
  ])('%j is a usage error', (argv, errors) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', errors });
  });
});

describe('useColor', () => {
  it.each([
    [{ toTerminal: true, noColorFlag: false, env: {} }, true],
    [{ toTerminal: false, noColorFlag: false, env: {} }, false],
    [{ toTerminal: true, noColorFlag: true, env: {} }, false],
    [{ toTerminal: true, noColorFlag: false, env: { NO_COLOR: '1' } }, false],
    [{ toTerminal: true, noColorFlag: false, env: { NO_COLOR: 'false' } }, false],
    // no-color.org: an empty NO_COLOR does not turn colour off.
    [{ toTerminal: true, noColorFlag: false, env: { NO_COLOR: '' } }, true],
    [{ toTerminal: true, noColorFlag: false, env: { TERM: 'dumb' } }, false],
    [{ toTerminal: true, noColorFlag: false, env: { TERM: 'xterm-256color' } }, true]
  ])('%j -> %s', (context, expected) => {
    expect(useColor(context)).toBe(expected);
  });
});
