/**
 * The registry of diagnostic codes and the documentation agree: every registered code has a `###`
 * heading naming it on the page the registry gives, and the documentation names no code that is
 * not registered (no stale entry, no entry on another page). That every emitted code is registered
 * is checked by the compiler: `diagnostic()` takes only a `DiagnosticCode`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DIAGNOSTIC_CODE_LISTS, DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/core/diagnostic-codes.js';

const ROOT = new URL('../../', import.meta.url);

/** The documentation: every Markdown file under docs/, and the README, as paths from the root. */
const DOC_FILES = [
  'README.md',
  ...readdirSync(new URL('docs/', ROOT), { recursive: true })
    .map((f) => `docs/${String(f).split('\\').join('/')}`)
    .filter((f) => f.endsWith('.md'))
];

const texts = new Map(DOC_FILES.map((f) => [f, readFileSync(new URL(f, ROOT), 'utf8')]));

/** The lines of a Markdown text outside fenced code blocks (whose `# comments` are not headings). */
function proseLines(text: string): string[] {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return !fenced && !line.startsWith('```');
  });
}

/** The headings of a Markdown text: their level (number of `#`) and their text. */
function headings(text: string): { level: number; text: string }[] {
  return proseLines(text)
    .map((line) => /^(#{1,6}) (.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ level: m[1].length, text: m[2] }));
}

/** The prefixes codes are registered under (`manifest`, `traces`, ...). */
const PREFIXES = new Set([...DIAGNOSTIC_CODES.keys()].map((code) => code.split('/')[0]));

/**
 * The codes a piece of text names in backticks: words shaped `prefix/name` under a registered
 * prefix (so `actions/checkout` or `examples/bert-finetune` are not taken for codes).
 */
function codesNamed(text: string): string[] {
  return [...text.matchAll(/`([a-z][a-z-]*)\/([a-z0-9][a-z0-9-]*)`/g)]
    .filter((m) => PREFIXES.has(m[1]))
    .map((m) => `${m[1]}/${m[2]}`);
}

const registered = (code: string): code is DiagnosticCode => DIAGNOSTIC_CODES.has(code as DiagnosticCode);

describe('the registry', () => {
  test('holds every area of codes', () => {
    // One code of each area that emits them: the core's stages, src/io and src/action.
    for (const code of [
      'manifest/unknown-key',
      'config/empty',
      'hardware/unknown-gpu',
      'budget/invalid',
      'traces/gap',
      'traces/dropped-unavailable',
      'intensity/no-usable-rows',
      'io/not-found',
      'input/invalid',
      'context/event',
      'artifact/unsafe-path',
      'workflow-run/bad-event',
      'commit-status/failed'
    ])
      expect([code, registered(code)]).toEqual([code, true]);
  });

  test('every code is `prefix/name` in lower case', () => {
    for (const code of DIAGNOSTIC_CODES.keys()) expect(code).toMatch(/^[a-z][a-z-]*\/[a-z0-9][a-z0-9-]*$/);
  });

  test('a code in two lists names the same page in both', () => {
    for (const { page, codes } of DIAGNOSTIC_CODE_LISTS)
      for (const code of codes) expect([code, DIAGNOSTIC_CODES.get(code)]).toEqual([code, page]);
  });

  test('every page it names exists', () => {
    for (const page of new Set(DIAGNOSTIC_CODES.values())) expect([page, texts.has(page)]).toEqual([page, true]);
  });
});

describe('every registered code is documented on its page', () => {
  test.each([...DIAGNOSTIC_CODES])('%s: a ### heading in %s', (code, page) => {
    const level3 = headings(texts.get(page) ?? '').filter((h) => h.level === 3);
    expect(level3.filter((h) => codesNamed(h.text).includes(code))).toHaveLength(1);
  });
});

describe('the documentation names only registered codes', () => {
  test.each(DOC_FILES)('headings of %s: registered, and on their own page', (file) => {
    for (const heading of headings(texts.get(file) ?? '')) {
      for (const code of codesNamed(heading.text)) {
        const page = registered(code) ? DIAGNOSTIC_CODES.get(code) : 'not registered';
        expect([code, page, heading.level]).toEqual([code, file, 3]);
      }
    }
  });

  test.each(DOC_FILES)('text of %s: every code it mentions is registered', (file) => {
    const stale = codesNamed(proseLines(texts.get(file) ?? '').join('\n')).filter((code) => !registered(code));
    expect(stale).toEqual([]);
  });
});
