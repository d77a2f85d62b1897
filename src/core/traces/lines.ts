/**
 * Text helpers shared by the line-oriented trace formats (CodeCarbon CSV, Prometheus text, RAPL
 * logs, intensity series): streaming line splitting, RFC 4180 CSV fields, and timestamps with an
 * optional zone for logs that write local time without one.
 *
 * These formats are small next to nvidia-smi logs, so a string per line is affordable here; the
 * byte-level fast path of the nvidia-smi parser does not go through this module.
 */

/** Called once per line, without its line terminator; `line` is 1-based. */
export type LineHandler = (text: string, line: number) => void;

/**
 * Streams decoded lines out of byte chunks in constant memory (one partial line is kept between
 * chunks). Accepts `\n` and `\r\n` endings and strips a leading UTF-8 byte-order mark, which
 * CodeCarbon's own data files carry. A final line without a terminator is still delivered.
 */
export async function forEachLine(chunks: AsyncIterable<Uint8Array>, onLine: LineHandler): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let line = 0;
  let first = true;
  const flush = (text: string): void => {
    line++;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    onLine(text.endsWith('\r') ? text.slice(0, -1) : text, line);
  };
  for await (const chunk of chunks) {
    const text = pending + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      flush(text.slice(start, nl));
      start = nl + 1;
    }
    pending = text.slice(start);
  }
  pending += decoder.decode();
  if (pending.length > 0) flush(pending);
}

/** Called once per CSV record with its fields and the 1-based line on which the record starts. */
export type CsvRecordHandler = (fields: string[], line: number) => void;

/**
 * Streams CSV records (RFC 4180: `"` quotes, `""` escapes, quoted fields may hold commas and line
 * breaks) out of byte chunks. Blank lines are skipped. pandas, which writes CodeCarbon's file,
 * quotes any field that holds a comma, so a record can span lines only inside quotes.
 */
export async function forEachCsvRecord(chunks: AsyncIterable<Uint8Array>, onRecord: CsvRecordHandler): Promise<void> {
  let carried = '';
  let carriedLine = 0;
  await forEachLine(chunks, (text, line) => {
    const record = carried ? `${carried}\n${text}` : text;
    const startLine = carried ? carriedLine : line;
    if (hasOpenQuote(record)) {
      carried = record;
      carriedLine = startLine;
      return;
    }
    carried = '';
    if (record.trim().length === 0) return;
    onRecord(splitCsvRecord(record), startLine);
  });
  // An unterminated quote at end of file: deliver what there is rather than lose it silently.
  if (carried) onRecord(splitCsvRecord(carried), carriedLine);
}

/** True when the text ends inside a quoted field (an odd number of `"` characters). */
function hasOpenQuote(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/** Splits one CSV record into fields, unquoting quoted ones. Unquoted fields are kept as written. */
export function splitCsvRecord(record: string): string[] {
  if (record.indexOf('"') === -1) return record.split(',');
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (inQuotes) {
      if (c === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * Converts zone-less local times to UTC. `offsetMs(localMs)` is the zone's UTC offset at that local
 * wall time, where `localMs` is the wall time read as if it were UTC.
 */
export interface Zone {
  /** The zone as given, for messages. */
  name: string;
  offsetMs(localMs: number): number;
}

const HOUR_MS = 3_600_000;

/**
 * Resolves a timezone option: absent, `UTC` or `Z` (UTC); `+HH:MM`, `-HHMM` or `+HH` (a fixed
 * offset east of UTC); a number of minutes east of UTC (`120`, `-300`); or an IANA zone name
 * (`Europe/Paris`), whose daylight-saving changes are honoured. Returns an error sentence for
 * anything else, so the caller can report it with its position.
 */
export function resolveZone(timezone: string | undefined): Zone | { error: string } {
  const name = (timezone ?? 'UTC').trim();
  if (name === '' || /^(utc|z|gmt)$/i.test(name)) return { name: 'UTC', offsetMs: () => 0 };
  const fixed = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    if (minutes > 18 * 60) return { error: `timezone offset "${name}" is beyond +/-18:00` };
    const offset = (fixed[1] === '-' ? -1 : 1) * minutes * 60_000;
    return { name, offsetMs: () => offset };
  }
  if (/^[+-]?\d+$/.test(name)) {
    const minutes = Number(name);
    if (Math.abs(minutes) > 18 * 60) return { error: `timezone offset of ${minutes} minutes is beyond +/-18:00` };
    return { name, offsetMs: () => minutes * 60_000 };
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
  } catch {
    return { error: `unknown timezone "${name}"; expected UTC, an offset such as +02:00, or an IANA zone such as Europe/Paris` };
  }
  /** The zone's offset at a UTC instant: its wall clock read as UTC, minus the instant. */
  const offsetAt = (utcMs: number): number => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wallMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return wallMs - Math.floor(utcMs / 1000) * 1000;
  };
  // Offsets change on the hour in practice, so one lookup per local hour keeps long logs cheap.
  const cache = new Map<number, number>();
  return {
    name,
    offsetMs(localMs: number): number {
      const hour = Math.floor(localMs / HOUR_MS);
      let offset = cache.get(hour);
      if (offset === undefined) {
        // Two passes settle the offset across a daylight-saving change.
        const guess = offsetAt(localMs);
        offset = offsetAt(localMs - guess);
        if (cache.size > 100_000) cache.clear();
        cache.set(hour, offset);
      }
      return offset;
    }
  };
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const SLASH_RE = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/**
 * Parses a timestamp into milliseconds since the Unix epoch, or NaN when it is not one.
 * Accepted: ISO 8601 date-time (`2024-01-01T12:00:00`, space or `T`, optional fraction, optional
 * `Z`/`UTC`/`+HH:MM`), `YYYY/MM/DD HH:MM:SS[.fff]` (nvidia-smi), and plain numbers as Unix time
 * (seconds, or milliseconds when above 1e11, i.e. after 1973 in ms and past year 5000 in s).
 * Times without a zone are read in `zone` (UTC when absent).
 */
export function parseTimestampMs(text: string, zone?: Zone): number {
  const s = text.trim();
  if (s.length === 0) return NaN;
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return n > 1e11 ? n : n * 1000;
  }
  const m = ISO_RE.exec(s) ?? SLASH_RE.exec(s);
  if (!m) return NaN;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] ? Number(m[6]) : 0;
  const fractionMs = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return NaN;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second) + fractionMs;
  // Date.UTC rolls 31 February into March; a real log never writes that, so treat it as invalid.
  if (new Date(wallMs).getUTCDate() !== day) return NaN;
  const designator = m[8];
  if (designator === undefined) return wallMs - (zone ? zone.offsetMs(wallMs) : 0);
  if (/^(z|utc)$/i.test(designator)) return wallMs;
  const off = /^([+-])(\d{2}):?(\d{2})?$/.exec(designator);
  if (!off) return NaN;
  const offsetMs = (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3] ?? 0)) * 60_000;
  return wallMs - offsetMs;
}
