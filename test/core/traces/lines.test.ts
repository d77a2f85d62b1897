import { csvColumnOf, forEachCsvRecord, parseTimeMs, splitCsvRecord } from '../../../src/core/traces/lines.js';
import { zoneOf } from './helpers.js';

/** The text as byte chunks of `size` bytes, so records and characters straddle chunks. */
async function* chunked(text: string, size: number): AsyncIterable<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('forEachCsvRecord', () => {
  const text = '\ufeffa,b,c\r\n"x, y","say ""hi""",3\r\n\r\n"multi\nline",é,\n1,2,3';
  test.each([1, 2, 5, 1000])('chunks of %i bytes', async (size) => {
    const records: [string[], number][] = [];
    await forEachCsvRecord(
      chunked(text, size),
      (fields, line) => records.push([fields, line]),
      () => undefined,
      () => undefined
    );
    expect(records).toEqual([
      [['a', 'b', 'c'], 1],
      [['x, y', 'say "hi"', '3'], 2],
      [['multi\nline', 'é', ''], 4],
      [['1', '2', '3'], 6]
    ]);
  });

  test('an unterminated quote at the end is still delivered', async () => {
    const records: string[][] = [];
    await forEachCsvRecord(
      chunked('a,"b\nc', 3),
      (fields) => records.push(fields),
      () => undefined,
      () => undefined
    );
    expect(records).toEqual([['a', 'b\nc']]);
  });
});

describe('splitCsvRecord and csvColumnOf', () => {
  test.each([
    { record: 'a,,c', fields: ['a', '', 'c'] },
    { record: '"a,b",c', fields: ['a,b', 'c'] },
    { record: '""', fields: [''] },
    { record: '"a;b";c,d', sep: ';', fields: ['a;b', 'c,d'] },
    { record: 'a\t"b\t""c"""', sep: '\t', fields: ['a', 'b\t"c"'] }
  ])('$record', ({ record, sep, fields }) => {
    expect(splitCsvRecord(record, sep)).toEqual(fields);
  });

  test.each([
    { line: 'ab,cd,ef', index: 0, column: 1 },
    { line: 'ab,cd,ef', index: 2, column: 7 },
    { line: '"a,b",cd', index: 1, column: 7 }
  ])('column of field $index in $line', ({ line, index, column }) => {
    expect(csvColumnOf(line, index)).toBe(column);
  });
});

describe('parseTimeMs', () => {
  const utc = zoneOf('UTC');
  test.each([
    { text: '1778580000', zone: utc, expected: Date.UTC(2026, 4, 12, 10) },
    { text: '1778580000.250', zone: utc, expected: Date.UTC(2026, 4, 12, 10, 0, 0, 250) },
    { text: '1778580000250', zone: utc, expected: Date.UTC(2026, 4, 12, 10, 0, 0, 250) },
    { text: '2026-05-12T12:00:00+02:00', zone: utc, expected: Date.UTC(2026, 4, 12, 10) },
    { text: '2026-05-12 12:00:00', zone: zoneOf('Europe/Berlin'), expected: Date.UTC(2026, 4, 12, 10) },
    { text: '2026-05-12T10:00:00Z', zone: zoneOf('Europe/Berlin'), expected: Date.UTC(2026, 4, 12, 10) }
  ])('$text', ({ text, zone, expected }) => {
    expect(parseTimeMs(text, zone)).toBe(expected);
  });

  test.each(['', 'soon', '2026-02-30T00:00:00Z', '12:00'])('not a time: "%s"', (text) => {
    expect(parseTimeMs(text, utc)).toBeNaN();
  });
});
