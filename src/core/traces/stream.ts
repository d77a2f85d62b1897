/**
 * Byte-stream plumbing shared by the trace readers: transparent gzip (by magic bytes, not by file
 * name), a peek at the first bytes for format detection, and a line splitter for the formats that
 * are read line by line. Everything streams; nothing holds a whole file.
 */
import { createGunzip, type Gunzip } from 'node:zlib';
import { Readable, pipeline } from 'node:stream';
import { meterTrace, type TraceBudget } from './limits.js';

/** Bytes of the decoded stream that format detection looks at. */
export const HEAD_BYTES = 16 * 1024;

/** Longest line the line readers accept; a longer one is dropped as malformed, not buffered. */
export const MAX_LINE_BYTES = 1 << 20;

/** A byte stream after decompression, with its first bytes already read for detection. */
export interface DecodedStream {
  /** The first (up to HEAD_BYTES) bytes of the decoded content. */
  head: Uint8Array;
  /** True when the file was gzip-compressed. */
  gzip: boolean;
  /** The whole decoded content, head included. */
  chunks: AsyncIterable<Uint8Array>;
  /** Releases the underlying source when the content is not read to the end. */
  close(): Promise<void>;
}

async function* prepend(first: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const c of first) yield c;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/**
 * Reads chunks until at least `bytes` bytes (or the end); returns them and, where reading failed
 * after some bytes, the error, so that the bytes before it are still read and the error is raised
 * where the parser would have met it.
 */
async function readAtLeast(
  source: AsyncIterator<Uint8Array>,
  bytes: number
): Promise<{ chunks: Uint8Array[]; length: number; error?: unknown }> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < bytes) {
    // A source may reuse its buffer for the next chunk (see TraceReader.open): what is kept is
    // copied before the next one is asked for. Sources that read large blocks rarely get here.
    for (let i = 0; i < chunks.length; i++) chunks[i] = chunks[i].slice();
    let r: IteratorResult<Uint8Array>;
    try {
      r = await source.next();
    } catch (error) {
      if (chunks.length === 0) throw error;
      return { chunks, length, error };
    }
    if (r.done) break;
    if (r.value.length === 0) continue;
    chunks.push(r.value);
    length += r.value.length;
  }
  return { chunks, length };
}

/** An iterator whose next() fails with `error`. */
function failing(error: unknown): AsyncIterator<Uint8Array> {
  return { next: () => Promise.reject(error) };
}

function concatHead(chunks: Uint8Array[], limit: number): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(Math.min(total, limit));
  let at = 0;
  for (const c of chunks) {
    if (at >= out.length) break;
    const take = Math.min(c.length, out.length - at);
    out.set(take === c.length ? c : c.subarray(0, take), at);
    at += take;
  }
  return out;
}

/** True when the bytes start with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Compressed bytes fed to the inflater at a time: it inflates a whole input chunk before it looks
 * at its reader again, so a 4 MiB block of a log that compresses 7x would be 28 MB of output held
 * at once; pieces of 256 KiB keep that under 2 MB.
 */
const INFLATE_INPUT_BYTES = 256 * 1024;

/** The source's chunks as copies (the source may reuse its buffer), in pieces the inflater takes at once. */
async function* copies(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += INFLATE_INPUT_BYTES) yield chunk.slice(at, at + INFLATE_INPUT_BYTES);
  }
}

function gunzip(source: AsyncIterable<Uint8Array>): Gunzip {
  // Large output chunks keep the per-chunk overhead of the parsers negligible. Concatenated gzip
  // members (`cat a.gz b.gz`) are decoded one after another, as gzip(1) does.
  // The inflater runs on libuv's thread pool, off the JavaScript thread, and may still hold an
  // input chunk when the next is read: each is copied, as the source may reuse its buffer (the
  // compressed bytes are a fraction of the output, so the copy is cheap).
  const inflater = createGunzip({ chunkSize: 256 * 1024 });
  pipeline(Readable.from(copies(source), { objectMode: false }), inflater, () => {
    // Errors surface through the iteration of `inflater` below.
  });
  return inflater;
}

/** What {@link decode} counts a file's decoded bytes against, and the file's name for its errors. */
export interface DecodeBounds {
  budget: TraceBudget;
  file: string;
}

/**
 * Opens a trace's bytes: decompresses gzip when the content starts with its magic number, and
 * reads the first HEAD_BYTES of the decoded content for detection without losing them. With
 * `bounds`, every decoded byte (the head's too) is counted against the limits, and the stream
 * throws a `TraceAccessError` where one is crossed (see `meterTrace`).
 */
export async function decode(source: AsyncIterable<Uint8Array>, bounds?: DecodeBounds): Promise<DecodedStream> {
  const raw = source[Symbol.asyncIterator]();
  const first = await readAtLeast(raw, 2);
  let stream: AsyncIterable<Uint8Array> = prepend(first.chunks, first.error === undefined ? raw : failing(first.error));
  let gzip = false;
  let inflater: Gunzip | undefined;
  if (first.chunks.length > 0 && isGzip(concatHead(first.chunks, 2))) {
    gzip = true;
    inflater = gunzip(stream);
    stream = inflater as AsyncIterable<Uint8Array>;
  }
  if (bounds) {
    // zlib's bytesWritten is the input the inflater has consumed for the output so far (not what
    // was read ahead), so the ratio is judged on what produced the bytes.
    stream = meterTrace(stream, bounds.budget, bounds.file, () => inflater?.bytesWritten);
  }
  const it = stream[Symbol.asyncIterator]();
  const headRead = await readAtLeast(it, HEAD_BYTES);
  const rest = headRead.error === undefined ? it : failing(headRead.error);
  const close = async (): Promise<void> => {
    await it.return?.();
    await raw.return?.();
  };
  return { head: concatHead(headRead.chunks, HEAD_BYTES), gzip, chunks: prepend(headRead.chunks, rest), close };
}

/** The head's text up to its last complete line (a cut multi-byte character is not decoded). */
export function headText(head: Uint8Array): string {
  let end = head.length;
  if (end === HEAD_BYTES) {
    const nl = head.lastIndexOf(10);
    if (nl > 0) end = nl;
  }
  return new TextDecoder('utf-8').decode(head.subarray(0, end)).replace(/^\uFEFF/, '');
}

/** Receives one line (without its end-of-line bytes) and its 1-based number. */
export type LineHandler = (text: string, line: number) => void;

/**
 * Streams a byte source as lines of text (UTF-8; LF or CRLF; a leading BOM removed). A line longer
 * than MAX_LINE_BYTES is passed to `onOverlong` with its number and skipped.
 */
export async function forEachLine(
  chunks: AsyncIterable<Uint8Array>,
  onLine: LineHandler,
  onOverlong: (line: number) => void
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let line = 0;
  let skipping = false;
  const emit = (text: string): void => {
    line++;
    if (skipping) {
      skipping = false;
      return;
    }
    if (text.length > MAX_LINE_BYTES) {
      // Too long whether or not it straddled chunks: the result must not depend on chunk sizes.
      onOverlong(line);
      return;
    }
    const end = text.length > 0 && text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
    let t = end === text.length ? text : text.slice(0, end);
    if (line === 1 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    onLine(t, line);
  };
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0) break;
      emit(pos === 0 && carry !== '' ? carry + text.slice(0, nl) : text.slice(pos, nl));
      carry = '';
      pos = nl + 1;
    }
    carry = pos === 0 ? carry + text : text.slice(pos);
    if (carry.length > MAX_LINE_BYTES) {
      if (!skipping) onOverlong(line + 1);
      skipping = true;
      carry = '';
    }
  }
  carry += decoder.decode();
  if (carry !== '') emit(carry);
}
