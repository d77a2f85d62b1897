/** The CLI's sanitising writer (src/cli/output.ts): what reaches standard output and standard error. */
import { describe, expect, it } from '@jest/globals';
import { cliSecrets, safeStreams, sanitizeOutput } from '../../src/cli/output.js';

const ESC = '\u001b';

describe('sanitizeOutput', () => {
  it('keeps the line breaks of a rendered report and escapes what a line must not carry', () => {
    const text = `Runs\n::error::forged\n  ##[warning]x\nbell\u0007 ${ESC}]8;;https://evil.example${ESC}\\\n`;
    expect(sanitizeOutput(text, { secrets: [] })).toBe(
      'Runs\n\\x3a:error::forged\n  #\\x23[warning]x\nbell\\x07 \\x1b]8;;https://evil.example\\x1b\\\n'
    );
  });

  it('lets the colour codes through only when asked, and nothing else that starts with ESC', () => {
    const text = `${ESC}[1mcarbon-gate${ESC}[0m: ${ESC}[2J${ESC}[31mOver${ESC}[0m`;
    expect(sanitizeOutput(text, { secrets: [], color: true })).toBe(
      `${ESC}[1mcarbon-gate${ESC}[0m: \\x1b[2J${ESC}[31mOver${ESC}[0m`
    );
    expect(sanitizeOutput(text, { secrets: [] })).not.toContain(ESC);
  });

  it('masks the secrets it is given', () => {
    expect(sanitizeOutput('token: s3cret-value', { secrets: ['s3cret-value'] })).toBe('token: ***');
  });
});

describe('safeStreams', () => {
  it('writes each message to standard error as one line, whatever it holds', () => {
    const err: string[] = [];
    const out = safeStreams({ stdout: () => undefined, stderr: (t) => void err.push(t) }, { secrets: [] });
    out.line('::warning::dir/a\n::error::b.yml:1:2: error x: "\r\u202e"');
    expect(err).toEqual(['\\x3a:warning::dir/a\\n::error::b.yml:1:2: error x: "\\r\\u202e"\n']);
  });
});

describe('cliSecrets', () => {
  it('takes the flag, the Electricity Maps variable and the CI tokens, and skips empty ones', () => {
    expect(cliSecrets({ ELECTRICITY_MAPS_TOKEN: 'em', GITHUB_TOKEN: 'gh', GH_TOKEN: '', OTHER: 'x' }, 'flag')).toEqual([
      'flag',
      'em',
      'gh'
    ]);
  });
});
