/**
 * The `carbon-gate record` command line: options before the command, the command's own arguments
 * (its `--help` included) untouched, intervals in the three spellings, every mistake at once.
 */
import { describe, expect, test } from '@jest/globals';
import { parseRecordArgs } from '../../src/cli/record-args.js';

describe('parseRecordArgs', () => {
  test('defaults: 1 s, carbon/, the command line as the name, both loggers', () => {
    expect(parseRecordArgs(['--', 'python', 'train.py', '--lr', '3e-4'])).toEqual({
      kind: 'record',
      options: {
        intervalMs: 1000,
        out: 'carbon/',
        name: 'python train.py --lr 3e-4',
        gpu: true,
        cpu: true,
        command: ['python', 'train.py', '--lr', '3e-4']
      }
    });
  });

  test('options before the command; the command starts at -- or at the first non-option', () => {
    const parsed = parseRecordArgs([
      '--interval=500ms',
      '--out',
      'logs/power',
      '--name',
      'bert: "base"',
      '--location',
      ' gcp:europe-west4 ',
      '--no-gpu',
      'python',
      'train.py',
      '--help',
      '--',
      '--no-cpu'
    ]);
    expect(parsed).toEqual({
      kind: 'record',
      options: {
        intervalMs: 500,
        out: 'logs/power',
        name: 'bert: "base"',
        location: 'gcp:europe-west4',
        gpu: false,
        cpu: true,
        command: ['python', 'train.py', '--help', '--', '--no-cpu']
      }
    });
  });

  test('--help before the command is ours', () => {
    expect(parseRecordArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseRecordArgs(['-h', '--', 'x'])).toEqual({ kind: 'help' });
  });

  test('a long command line is cut for the default name', () => {
    const parsed = parseRecordArgs(['--', 'x'.repeat(100)]);
    expect(parsed.kind === 'record' && parsed.options.name).toBe(`${'x'.repeat(77)}...`);
  });

  test('every mistake at once', () => {
    expect(parseRecordArgs(['--no-gpu=yes', '--out', '--', 'x'])).toEqual({
      kind: 'usage-error',
      errors: ["Option '--no-gpu' takes no value.", "Option '--out' needs a value."]
    });
    const parsed = parseRecordArgs(['--nogpu', '-x', '--name', 'n'.repeat(201), '--interval', 'soon']);
    expect(parsed).toEqual({
      kind: 'usage-error',
      errors: [
        "Unknown option '--nogpu' for 'carbon-gate record'; put the command after '--'. Did you mean \"--no-gpu\"?",
        "Unknown option '-x' for 'carbon-gate record'; put the command after '--'.",
        'Option \'--interval\': "soon" is not a time; expected seconds (1, 0.5) or a time with a unit (500ms, 2s) from 100 ms to 1 h.',
        "Option '--name' is longer than 200 characters.",
        "Missing the command to record: 'carbon-gate record [options] -- <command> [args...]'."
      ]
    });
  });
});
