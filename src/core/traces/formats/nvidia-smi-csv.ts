/**
 * `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits] -l N` logs, read at disk speed.
 *
 * The reader works on the raw bytes of each chunk: it finds line ends with the native
 * `indexOf`, walks a row's fields only up to the last column it needs, reads numbers digit by
 * digit, and parses a timestamp's date, hour and minute only when they differ from the previous
 * row's (a per-minute cache), so a row costs no string and no object. The bytes between the time
 * and the power columns (index, uuid, name: the same on every row of a GPU) are compared with
 * that GPU's previous row's, four at a time, instead of being read field by field. Lines that
 * straddle two chunks are the only bytes copied.
 *
 * Which column holds what comes from the header (nvidia-smi-csv-layout.ts). Repeated header lines
 * (concatenated logs) are skipped; a different header starts a new column layout.
 */
import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { asciiText, bytesEqual, NumStatus, parseDecimalInto, POW10 } from '../bytes.js';
import { MAX_LINE_BYTES } from '../stream.js';
import { parseDateTime } from '../timestamps.js';
import { UTC, type Zone } from '../timezone.js';
import type { DropReason, ParseOptions, SampleSink, TraceFormat } from '../types.js';
import {
  buildLayout,
  detectNvidiaSmiCsv,
  isHeaderLine,
  POWER_COLUMNS,
  ROLE_DEVICE,
  ROLE_NONE,
  ROLE_POWER,
  ROLE_TIME,
  type Layout
} from './nvidia-smi-csv-layout.js';

/** Every diagnostic code of the nvidia-smi `--query-gpu` CSV reader (documented in docs/diagnostics/traces.md). */
export const NVIDIA_SMI_CSV_CODES = [
  'traces/nvidia-smi-no-header',
  'traces/nvidia-smi-no-timestamp',
  'traces/nvidia-smi-no-power',
  'traces/unknown-column',
  'traces/unknown-column-role',
  'traces/columns-ignored'
] as const;

const LF = 10;
const CR = 13;
const SP = 32;
const COMMA = 44;
const ZERO = 48;
const W = 87;

/** The format, for the registry. */
export const format: TraceFormat = {
  id: 'nvidia-smi-csv',
  component: 'gpu',
  detect: detectNvidiaSmiCsv,
  async parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
    const end = await new NvidiaSmiCsvReader(sink, options).read(chunks, true);
    partNotes(sink, options.file, [end]);
  }
};

/**
 * What the rest of a file depends on, of the reader's state at a line boundary: the column layout
 * in effect (from a header line's bytes, or from the `columns` list when `header` is null), whether
 * rows are scanned up to the fallback power columns, and whether the missing header was reported.
 * Everything else the reader keeps is a cache (the minute, the predicted GPU) or a count.
 */
export interface NvidiaSmiState {
  layout: boolean;
  header: Uint8Array | null;
  wide: boolean;
  reportedNoHeader: boolean;
}

/** How a part of a file ended: its lines, its state, and the counts its notes are made of. */
export interface NvidiaSmiPartEnd {
  /** Lines the part holds (the next part's lines come after these). */
  lines: number;
  state: NvidiaSmiState;
  repeatedHeaders: number;
  fallbackRows: number;
  /** Line (counted within the part) of its first fallback row; 0 when none. */
  fallbackFirstLine: number;
  /** The power columns of the layout in effect at the end, most preferred first. */
  powerNames: string[];
}

/** True when two states read the rest of a file alike. */
export function sameNvidiaSmiState(a: NvidiaSmiState, b: NvidiaSmiState): boolean {
  if (a.layout !== b.layout || a.wide !== b.wide || a.reportedNoHeader !== b.reportedNoHeader) return false;
  if (a.header === null || b.header === null) return a.header === b.header;
  return bytesEqual(a.header, 0, a.header.length, b.header);
}

/**
 * Reads one part of an nvidia-smi CSV file, from a line start: the first part (`seed` undefined)
 * as the whole file's reader starts; a later one from `seed`, the state at its start. Lines are
 * counted from 1 within the part. The notes made of counts over the whole file are not written:
 * {@link partNotes} writes them from every part's end.
 */
export function readNvidiaSmiPart(
  chunks: AsyncIterable<Uint8Array>,
  sink: SampleSink,
  options: ParseOptions,
  seed?: NvidiaSmiState
): Promise<NvidiaSmiPartEnd> {
  return new NvidiaSmiCsvReader(sink, options, seed).read(chunks, seed === undefined);
}

/**
 * The state after the complete lines of a file's first bytes: what a part that starts later is
 * expected to start from (a file whose header changes, or that falls back to another power column,
 * before that part is read again from the right state; see ../split.ts).
 */
export async function nvidiaSmiHeadState(head: Uint8Array, options: ParseOptions): Promise<NvidiaSmiState> {
  const nl = head.lastIndexOf(LF);
  const lines = head.subarray(0, nl + 1);
  const end = await readNvidiaSmiPart(
    (async function* () {
      yield lines;
    })(),
    NULL_SINK,
    options
  );
  return end.state;
}

/**
 * The notes of a file read in parts, as the whole file's reader writes them at its end: repeated
 * headers, and the fallback column with the first line it was used on (counted over the file).
 */
export function partNotes(sink: SampleSink, file: string, ends: readonly NvidiaSmiPartEnd[]): void {
  let repeated = 0;
  let fallbackRows = 0;
  let fallbackFirstLine = 0;
  let offset = 0;
  for (const end of ends) {
    repeated += end.repeatedHeaders;
    if (fallbackRows === 0 && end.fallbackRows > 0) fallbackFirstLine = offset + end.fallbackFirstLine;
    fallbackRows += end.fallbackRows;
    offset += end.lines;
  }
  const last = ends[ends.length - 1];
  if (repeated > 0) {
    sink.note?.(`${file}: ${repeated} repeated header line(s) skipped (logs concatenated).`);
  }
  if (fallbackRows > 0 && last.state.layout) {
    sink.note?.(
      `${file}: ${last.powerNames[0]} was unavailable in ${fallbackRows} row(s) (first at line ${fallbackFirstLine}); the next available of ${last.powerNames.join(', ')} was used there.`
    );
  }
}

/** A sink that ignores everything: the calls of a head read only for its state. */
const NULL_SINK: SampleSink = {
  power: () => undefined,
  counter: () => undefined,
  interval: () => undefined,
  drop: () => undefined,
  report: () => undefined
};

/**
 * Index of the comma that ends the field starting at b[i], or `e` at the line's end. Four bytes
 * at a time (a word has a comma byte iff `x ^ 0x2c2c2c2c` has a zero byte), then byte by byte.
 */
function scanComma(b: Uint8Array, dv: DataView, i: number, e: number): number {
  let k = i;
  while (k + 4 <= e) {
    const x = dv.getInt32(k, true) ^ 0x2c2c2c2c;
    if (((x - 0x01010101) & ~x & 0x80808080) !== 0) break;
    k += 4;
  }
  while (k < e && b[k] !== COMMA) k++;
  return k;
}

/** Like scanComma, but bounded by the chunk's end and stopping at a line end (LF or CR) too. */
function scanField(b: Uint8Array, dv: DataView, i: number, n: number): number {
  let k = i;
  while (k + 4 <= n) {
    const w = dv.getInt32(k, true);
    const x = w ^ 0x2c2c2c2c;
    const y = w ^ 0x0a0a0a0a;
    if ((((x - 0x01010101) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) break;
    k += 4;
  }
  for (; k < n; k++) {
    const c = b[k];
    if (c === COMMA || c === LF || c === CR) return k;
  }
  return k;
}

/** Index of the next LF at or after b[i] (before n), or -1. */
function scanLF(b: Uint8Array, dv: DataView, i: number, n: number): number {
  let k = i;
  while (k + 4 <= n) {
    const y = dv.getInt32(k, true) ^ 0x0a0a0a0a;
    if (((y - 0x01010101) & ~y & 0x80808080) !== 0) break;
    k += 4;
  }
  for (; k < n; k++) if (b[k] === LF) return k;
  return -1;
}

/** A byte that may end a field: a comma, or the line's end (LF, CR). */
function isFieldEnd(c: number): boolean {
  return c === COMMA || c === LF || c === CR;
}

/**
 * True when b[s, s + bytes.length) holds `bytes` (the caller checked that they are there): compared
 * four at a time against `words` (wordsOf(bytes)), then the tail byte by byte.
 */
function sameBytesAt(b: Uint8Array, dv: DataView, s: number, bytes: Uint8Array, words: Int32Array): boolean {
  const nw = words.length;
  for (let w = 0; w < nw; w++) if (dv.getInt32(s + 4 * w, true) !== words[w]) return false;
  for (let k = nw * 4; k < bytes.length; k++) if (b[s + k] !== bytes[k]) return false;
  return true;
}

/** The first length/4*4 bytes of `bytes` as little-endian 32-bit words, for comparing four at a time. */
function wordsOf(bytes: Uint8Array): Int32Array {
  const words = new Int32Array(bytes.length >> 2);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let w = 0; w < words.length; w++) words[w] = dv.getInt32(4 * w, true);
  return words;
}

/**
 * Segments kept per layout, at most: a log whose segments keep changing (a varying column between
 * the time and the power) stops keeping them, rather than copy bytes per row.
 */
const MAX_SEGMENTS_KEPT = 1024;

/** Samples buffered before they are handed to the sink in one call. */
const BATCH = 4096;

/** Streams one nvidia-smi CSV file into a sink. */
class NvidiaSmiCsvReader {
  private readonly zone: Zone;
  private layout: Layout | null = null;
  private lineNo = 0;
  private carry = new Uint8Array(4096);
  /** A DataView of the buffer being read (chunk or carry), for four-byte reads. */
  private dv: DataView = new DataView(new ArrayBuffer(0)) as DataView;
  private carryLen = 0;
  private overlong = false;
  // Per-minute timestamp cache: the 16 bytes `YYYY/MM/DD HH:MM`, as four little-endian 32-bit
  // words compared four bytes at a time, and their UTC epoch ms.
  private tsW0 = 0;
  private tsW1 = 0;
  private tsW2 = 0;
  private tsW3 = 0;
  private tsKeyValid = false;
  private tsMinuteMs = 0;
  // Device slots: key bytes and the sink's device name, with the next slot predicted.
  private slotKeys: Uint8Array[] = [];
  /** Each key's bytes as little-endian 32-bit words (its first length/4*4 bytes). */
  private slotWords: Int32Array[] = [];
  private slotNames: string[] = [];
  private slotMap: Map<string, number> | null = null;
  private lastSlot = -1;
  /** Per slot, its last segment's bytes and words (see segmentFast); how many were kept. */
  private segBytes: (Uint8Array | undefined)[] = [];
  private segWords: Int32Array[] = [];
  private segmentsKept = 0;
  private readonly fieldStart = new Int32Array(ROLE_POWER + POWER_COLUMNS.length + 8);
  private readonly fieldEnd = new Int32Array(ROLE_POWER + POWER_COLUMNS.length + 8);
  // The batch of samples not yet handed over.
  private readonly bSlots = new Int32Array(BATCH);
  private readonly bTimes = new Float64Array(BATCH);
  private readonly bPowers = new Float64Array(BATCH);
  private readonly bLines = new Float64Array(BATCH);
  private bN = 0;
  private reportedNoHeader = false;
  private fallbackRows = 0;
  private fallbackFirstLine = 0;
  private repeatedHeaders = 0;

  private sink: SampleSink;

  constructor(
    sink: SampleSink,
    private readonly options: ParseOptions,
    seed?: NvidiaSmiState
  ) {
    this.zone = options.zone ?? UTC;
    // A later part's layout is rebuilt from its seed silently: its notes were the first part's.
    this.sink = seed ? NULL_SINK : sink;
    if (seed === undefined || (seed.layout && seed.header === null)) {
      if (Array.isArray(options.columns)) this.layout = this.makeLayout(options.columns, null, 0);
    } else if (seed.layout && seed.header !== null) {
      const header = seed.header.slice();
      this.layout = this.makeLayout(asciiText(header, 0, header.length).split(','), header, 0);
    }
    if (seed) {
      if (seed.wide && this.layout !== null) this.layout.lastNeeded = this.layout.lastAll;
      this.reportedNoHeader = seed.reportedNoHeader;
    }
    this.sink = sink;
  }

  /**
   * Reads every chunk, then the last line if it has no newline; `first`: the file's first part
   * (a BOM is skipped). Returns how the part ended; a read error is thrown after the rows read
   * before it are handed over.
   */
  async read(chunks: AsyncIterable<Uint8Array>, isFirst: boolean): Promise<NvidiaSmiPartEnd> {
    let first = isFirst;
    try {
      for await (const chunk of chunks) {
        // A plain Uint8Array view (not a Buffer) keeps the byte loads monomorphic.
        let b = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (first && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
        first = false;
        this.chunk(b);
      }
    } catch (e) {
      // A read error or a truncated gzip: the rows read so far still count (the cut line does not).
      this.flush();
      throw e;
    }
    if (this.carryLen > 0 && !this.overlong) {
      this.dv = new DataView(this.carry.buffer, this.carry.byteOffset, this.carry.byteLength);
      this.line(this.carry, 0, this.carryLen);
    }
    this.carryLen = 0;
    this.flush();
    const layout = this.layout;
    return {
      lines: this.lineNo,
      state: {
        layout: layout !== null,
        header: layout?.headerBytes ?? null,
        wide: layout !== null && layout.lastNeeded === layout.lastAll,
        reportedNoHeader: this.reportedNoHeader
      },
      repeatedHeaders: this.repeatedHeaders,
      fallbackRows: this.fallbackRows,
      fallbackFirstLine: this.fallbackFirstLine,
      powerNames: layout?.powerNames ?? []
    };
  }

  /**
   * A drop, after the samples read before it: the sink sees everything in the order of the lines,
   * whatever the batch boundaries, so a file read in parts gives the same account as read whole.
   */
  private drop(reason: DropReason, line: number, detail?: string): void {
    this.flush();
    this.sink.drop(reason, line, detail);
  }

  /** A diagnostic, after the samples read before it (see `drop`). */
  private report(d: Diagnostic): void {
    this.flush();
    this.sink.report(d);
  }

  /** Hands the buffered samples to the sink. */
  private flush(): void {
    const n = this.bN;
    if (n === 0) return;
    this.bN = 0;
    const sink = this.sink;
    if (sink.powerBatch) {
      sink.powerBatch(this.slotNames, this.bSlots, this.bTimes, this.bPowers, this.bLines, n);
    } else {
      for (let i = 0; i < n; i++)
        sink.power(this.slotNames[this.bSlots[i]], this.bTimes[i], this.bPowers[i], this.bLines[i]);
    }
  }

  private chunk(b: Uint8Array): void {
    let pos = 0;
    const n = b.length;
    if (this.carryLen > 0 || this.overlong) {
      const nl = b.indexOf(LF);
      if (nl < 0) {
        this.appendCarry(b, 0, n);
        return;
      }
      this.appendCarry(b, 0, nl);
      if (this.overlong) {
        this.overlong = false;
        this.lineNo++;
      } else {
        this.dv = new DataView(this.carry.buffer, this.carry.byteOffset, this.carry.byteLength);
        this.line(this.carry, 0, this.carryLen);
      }
      this.carryLen = 0;
      pos = nl + 1;
    }
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    while (pos < n) {
      // Most lines are rows read by the fast path, which also finds their end; anything else
      // (headers, comments, bad values, a new device, a line cut by the chunk's end) is found
      // with indexOf and read by the general path.
      const next = this.fastRow(b, pos, n);
      if (next >= 0) {
        pos = next;
        continue;
      }
      const nl = b.indexOf(LF, pos);
      if (nl < 0) break;
      this.line(b, pos, nl);
      pos = nl + 1;
    }
    if (pos < n) this.appendCarry(b, pos, n);
  }

  private appendCarry(b: Uint8Array, s: number, e: number): void {
    if (this.overlong) return;
    const need = this.carryLen + (e - s);
    if (need > MAX_LINE_BYTES) {
      // Not a log line (binary data, no newlines): count it once, keep nothing.
      this.overlong = true;
      this.carryLen = 0;
      this.drop('malformed-row', this.lineNo + 1, `a line longer than ${MAX_LINE_BYTES} bytes`);
      return;
    }
    if (need > this.carry.length) {
      const bigger = new Uint8Array(Math.max(need, this.carry.length * 2));
      bigger.set(this.carry.subarray(0, this.carryLen));
      this.carry = bigger;
    }
    this.carry.set(b.subarray(s, e), this.carryLen);
    this.carryLen = need;
  }

  /** One line `b[s, e)` without its LF. */
  private line(b: Uint8Array, s: number, end: number): void {
    const lineNo = ++this.lineNo;
    if (end - s > MAX_LINE_BYTES) {
      // Too long whether or not it straddled blocks: the result must not depend on block sizes.
      this.drop('malformed-row', lineNo, `a line longer than ${MAX_LINE_BYTES} bytes`);
      return;
    }
    let e = end;
    if (e > s && b[e - 1] === CR) e--;
    let k = s;
    while (k < e && b[k] === SP) k++;
    if (k === e) return;
    const c0 = b[k];
    const layout = this.layout;
    // Data rows start with a digit (timestamp, index), `[` or an upper-case letter (name, uuid);
    // anything else may be a header or a comment, decided on the text.
    if (c0 < ZERO || c0 > 57) {
      if (c0 === 35 /* # */) return;
      if (layout !== null && layout.headerBytes !== null && bytesEqual(b, s, e, layout.headerBytes)) {
        this.repeatedHeaders++;
        return;
      }
      if (c0 >= 97 && c0 <= 122 && this.headerLine(b, s, e, lineNo)) return;
    }
    if (layout === null) {
      this.noHeader(lineNo);
      return;
    }
    this.row(b, s, e, lineNo, layout);
  }

  private headerLine(b: Uint8Array, s: number, e: number, lineNo: number): boolean {
    const text = asciiText(b, s, e);
    if (!isHeaderLine(text)) return false;
    if (Array.isArray(this.options.columns) && this.layout !== null && this.layout.headerBytes === null) {
      this.report(
        diagnostic(
          'notice',
          'traces/columns-ignored',
          'This nvidia-smi log has a header line, so the columns list given for header-less logs is not used.',
          { file: this.options.file, line: lineNo }
        )
      );
    }
    // Samples of the old layout go out before its device slots are replaced.
    this.flush();
    this.layout = this.makeLayout(text.split(','), b.slice(s, e), lineNo);
    return true;
  }

  private noHeader(lineNo: number): void {
    if (!this.reportedNoHeader) {
      this.reportedNoHeader = true;
      this.report(
        diagnostic(
          'error',
          'traces/nvidia-smi-no-header',
          'This nvidia-smi log has no header line (it was written with --format=csv,noheader): name its columns in the manifest, e.g. trace: { columns: [timestamp, index, power.draw] }, in the order of --query-gpu.',
          { file: this.options.file, line: lineNo }
        )
      );
    }
    this.drop('malformed-row', lineNo, 'a row before any header');
  }

  /** Takes the layout of a header (or of the `columns` list): a new layout has new device slots. */
  private makeLayout(headers: string[], headerBytes: Uint8Array | null, lineNo: number): Layout {
    this.slotKeys = [];
    this.slotWords = [];
    this.slotNames = [];
    this.slotMap = null;
    this.lastSlot = -1;
    this.segBytes = [];
    this.segWords = [];
    this.segmentsKept = 0;
    return buildLayout(headers, headerBytes, lineNo, this.sink, this.options, this.zone.name);
  }

  /**
   * A common data row at b[s], read without knowing its end: every needed field must take the
   * fast reading (nvidia-smi timestamp, plain number, the predicted GPU), then the line end is
   * found from the last needed field. Returns the next line's start, or -1 with nothing
   * committed, for the general path to read the line.
   */
  private fastRow(b: Uint8Array, s: number, n: number): number {
    const layout = this.layout;
    if (layout === null || layout.lastNeeded < 0 || layout.deviceName === undefined) return -1;
    const c0 = b[s];
    // A digit, an upper-case letter or `[`: not a header, comment, blank or indented line.
    if (!((c0 >= ZERO && c0 <= 57) || (c0 >= 65 && c0 <= 91))) return -1;
    const roleOf = layout.roleOf;
    const last = layout.lastNeeded;
    const dv = this.dv;
    const at = this.bN;
    let slot = -1;
    let i = s;
    let end: number;
    // Where this row's segment (see Layout.segmentFrom) starts, when it was read field by field.
    let segStart = -1;
    let segEnd = -1;
    for (let col = 0; ; col++) {
      const role = roleOf[col];
      if (role === ROLE_TIME) {
        end = this.timeFast(b, i, n, at);
        if (col === layout.segmentFrom && end >= 0) {
          const skip = this.segmentFast(b, end, n);
          if (skip >= 0) {
            // Go on at column segmentTo (the loop's col++ makes it so).
            slot = this.lastSlot;
            col = layout.segmentTo - 1;
            i = skip;
            continue;
          }
          segStart = end;
        }
      } else if (role === ROLE_POWER) end = this.powerFast(b, i, n, at);
      else if (role === ROLE_DEVICE) {
        end = this.deviceFast(b, i, n);
        slot = this.lastSlot;
      } else end = scanField(b, dv, i, n);
      if (end < 0 || end >= n) return -1;
      if (col === last) break;
      if (b[end] !== COMMA) return -1;
      i = end + 1;
      if (col + 1 === layout.segmentTo) segEnd = i;
    }
    const lf = b[end] === LF ? end : scanLF(b, dv, end, n);
    if (lf < 0 || lf - s > MAX_LINE_BYTES) return -1;
    if (segStart >= 0 && segEnd >= 0) this.keepSegment(b, slot, segStart, segEnd);
    const lineNo = ++this.lineNo;
    this.bSlots[at] = slot;
    this.bLines[at] = lineNo;
    if (++this.bN === BATCH) this.flush();
    return lf + 1;
  }

  /**
   * The predicted GPU's segment at b[s] (the bytes from the time field's end to the start of
   * column `segmentTo`, as the GPU's last row read field by field had them): when every byte is
   * the same, the fields between are the same too, the device included, so they need not be read.
   * Returns the index after the segment (and leaves the slot in `lastSlot`), or -1.
   */
  private segmentFast(b: Uint8Array, s: number, n: number): number {
    const slot = this.predictedSlot();
    if (slot < 0) return -1;
    const seg = this.segBytes[slot];
    if (seg === undefined || s + seg.length >= n) return -1;
    if (!sameBytesAt(b, this.dv, s, seg, this.segWords[slot])) return -1;
    this.lastSlot = slot;
    return s + seg.length;
  }

  /** The slot after the last row's (rows cycle through the GPUs), or -1 when there is no prediction. */
  private predictedSlot(): number {
    const nKeys = this.slotKeys.length;
    if (nKeys === 0 || this.slotMap !== null) return -1;
    return this.lastSlot + 1 < nKeys ? this.lastSlot + 1 : 0;
  }

  /** Keeps b[s, e) as `slot`'s segment, unless segments changed too often to pay (see MAX_SEGMENTS_KEPT). */
  private keepSegment(b: Uint8Array, slot: number, s: number, e: number): void {
    if (this.segmentsKept > MAX_SEGMENTS_KEPT || slot < 0) return;
    this.segmentsKept++;
    const seg = b.slice(s, e);
    this.segBytes[slot] = seg;
    this.segWords[slot] = wordsOf(seg);
  }

  /**
   * One data row. Fields are consumed in order up to the last needed column, each needed field
   * parsed while it is scanned (the timestamp, the preferred power, the device key compared with
   * the predicted GPU's), so each byte is read about once; the rest of the line is never looked at.
   */
  private row(b: Uint8Array, s: number, e: number, lineNo: number, layout: Layout): void {
    const roleOf = layout.roleOf;
    const last = layout.lastNeeded;
    if (last < 0) {
      this.drop('malformed-row', lineNo, 'a row under a header without usable columns');
      return;
    }
    const fs = this.fieldStart;
    const fe = this.fieldEnd;
    const n = this.bN;
    let timeOk = false;
    let status: NumStatus = NumStatus.UNAVAILABLE;
    let slot = 0;
    let i = s;
    for (let col = 0; ; col++) {
      const role = roleOf[col];
      let end: number;
      if (role === ROLE_TIME) {
        end = this.timeFast(b, i, e, n);
        if (end < 0) {
          end = scanComma(b, this.dv, i, e);
          timeOk = this.time(b, i, end, n);
        } else timeOk = true;
        fs[ROLE_TIME] = i;
        fe[ROLE_TIME] = end;
      } else if (role === ROLE_POWER) {
        end = this.powerFast(b, i, e, n);
        if (end < 0) {
          end = scanComma(b, this.dv, i, e);
          status = parseDecimalInto(b, i, end, W, this.bPowers, n);
        } else status = NumStatus.OK;
        fs[ROLE_POWER] = i;
        fe[ROLE_POWER] = end;
      } else if (role === ROLE_DEVICE) {
        end = this.deviceFast(b, i, e);
        if (end < 0) {
          end = scanComma(b, this.dv, i, e);
          slot = this.device(b, i, end);
        } else slot = this.lastSlot;
      } else {
        end = scanComma(b, this.dv, i, e);
        if (role !== ROLE_NONE) {
          fs[role] = i;
          fe[role] = end;
        }
      }
      if (col === last) break;
      if (end >= e) {
        this.drop('malformed-row', lineNo, `${col + 1} field(s) where at least ${last + 1} were expected`);
        return;
      }
      i = end + 1;
    }
    if (!timeOk) {
      this.drop('bad-timestamp', lineNo, asciiText(b, fs[ROLE_TIME], fe[ROLE_TIME]).trim());
      return;
    }
    if (status !== NumStatus.OK && !this.fallback(b, s, e, lineNo, layout, status, n)) return;
    this.bSlots[n] = layout.deviceName === undefined ? this.singleDevice() : slot;
    this.bLines[n] = lineNo;
    if (++this.bN === BATCH) this.flush();
  }

  /**
   * nvidia-smi's own timestamp at b[i]: `YYYY/MM/DD HH:MM:SS.fff` followed by spaces and a comma
   * (or the line end). Writes the time into the batch and returns the comma's index; -1 when the
   * field is anything else (the caller then takes the general path).
   */
  private timeFast(b: Uint8Array, start: number, e: number, n: number): number {
    let s = start;
    while (s < e && b[s] === SP) s++;
    if (s + 19 > e || b[s + 13] !== 58 || b[s + 16] !== 58) return -1;
    if (!this.sameMinute(s)) {
      if (!this.minute(b, s)) return -1;
      this.setMinuteKey(s);
    }
    const s1 = b[s + 17] - ZERO;
    const s2 = b[s + 18] - ZERO;
    if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9) return -1;
    let ms = (s1 * 10 + s2) * 1000;
    let p = s + 19;
    if (p < e && b[p] === 46 /* . */) {
      p++;
      let frac = 0;
      let digits = 0;
      let c: number;
      while (p < e && (c = b[p] - ZERO) >= 0 && c <= 9) {
        frac = frac * 10 + c;
        digits++;
        p++;
      }
      if (digits === 3) ms += frac;
      else if (digits > 0) ms += (frac * 1000) / 10 ** digits;
      else return -1;
    }
    while (p < e && b[p] === SP) p++;
    if (p < e && !isFieldEnd(b[p])) return -1;
    this.bTimes[n] = this.tsMinuteMs + ms;
    return p;
  }

  /**
   * A plain power value at b[i]: digits with an optional fraction, an optional ` W`, then a comma
   * (or the line end). Writes it into the batch and returns the comma's index; -1 for anything
   * else (`[N/A]`, blanks, signs, exponents), which the caller reads with parseDecimalInto.
   */
  private powerFast(b: Uint8Array, start: number, e: number, n: number): number {
    let p = start;
    while (p < e && b[p] === SP) p++;
    let int = 0;
    let digits = 0;
    let scale = 0;
    let c: number;
    while (p < e && (c = b[p] - ZERO) >= 0 && c <= 9) {
      int = int * 10 + c;
      digits++;
      p++;
    }
    if (p < e && b[p] === 46 /* . */) {
      p++;
      while (p < e && (c = b[p] - ZERO) >= 0 && c <= 9) {
        int = int * 10 + c;
        digits++;
        scale++;
        p++;
      }
    }
    if (digits === 0 || digits > 15) return -1;
    while (p < e && b[p] === SP) p++;
    if (p < e && b[p] === W) {
      p++;
      while (p < e && b[p] === SP) p++;
    }
    if (p < e && !isFieldEnd(b[p])) return -1;
    this.bPowers[n] = scale === 0 ? int : int / POW10[scale];
    return p;
  }

  /**
   * The device key at b[i] when it is the predicted GPU's (the one after the last row's): compares
   * the key's bytes and expects a comma (or the line end) after them. Returns the comma's index
   * and leaves the slot in `lastSlot`; -1 when it is another device (the caller looks it up).
   */
  private deviceFast(b: Uint8Array, start: number, e: number): number {
    const slot = this.predictedSlot();
    if (slot < 0) return -1;
    let p = start;
    while (p < e && b[p] === SP) p++;
    const key = this.slotKeys[slot];
    if (p + key.length > e || !sameBytesAt(b, this.dv, p, key, this.slotWords[slot])) return -1;
    p += key.length;
    while (p < e && b[p] === SP) p++;
    if (p < e && !isFieldEnd(b[p])) return -1;
    this.lastSlot = slot;
    return p;
  }

  /**
   * The preferred power column is unavailable in this row: the next preferred column that has a
   * value stands in (power.draw.average is [N/A] on GA100). False (and a drop) when none has.
   */
  private fallback(
    b: Uint8Array,
    s: number,
    e: number,
    lineNo: number,
    layout: Layout,
    firstStatus: NumStatus,
    n: number
  ): boolean {
    const nPower = layout.powerNames.length;
    if (nPower > 1 && layout.lastNeeded < layout.lastAll) {
      // Scan the fallback columns from now on; this row again with them.
      layout.lastNeeded = layout.lastAll;
      this.row(b, s, e, lineNo, layout);
      return false;
    }
    let nonNumeric = firstStatus === NumStatus.NON_NUMERIC;
    const fs = this.fieldStart;
    const fe = this.fieldEnd;
    for (let r = 1; r < nPower; r++) {
      const st = parseDecimalInto(b, fs[ROLE_POWER + r], fe[ROLE_POWER + r], W, this.bPowers, n);
      if (st === NumStatus.OK) {
        if (this.fallbackRows++ === 0) this.fallbackFirstLine = lineNo;
        return true;
      }
      if (st === NumStatus.NON_NUMERIC) nonNumeric = true;
    }
    const text = asciiText(b, fs[ROLE_POWER], fe[ROLE_POWER]).trim();
    this.drop(nonNumeric ? 'non-numeric' : 'unavailable', lineNo, text === '' ? 'blank' : text);
    return false;
  }

  private singleDevice(): number {
    if (this.slotNames.length === 0) this.slotNames.push(`${this.options.devicePrefix}gpu`);
    return 0;
  }

  /** The slot of the device in b[s, e), found by comparing bytes (no string per row). */
  private device(b: Uint8Array, start: number, end: number): number {
    let s = start;
    let e = end;
    while (s < e && b[s] === SP) s++;
    while (e > s && b[e - 1] === SP) e--;
    if (this.slotMap !== null) return this.deviceByMap(b, s, e);
    const keys = this.slotKeys;
    const n = keys.length;
    // Rows cycle through the GPUs in order, so the slot after the last one usually matches.
    for (let k = 0, slot = this.lastSlot + 1; k < n; k++, slot++) {
      if (slot >= n) slot = 0;
      if (bytesEqual(b, s, e, keys[slot])) {
        this.lastSlot = slot;
        return slot;
      }
    }
    const key = b.slice(s, e);
    keys.push(key);
    this.slotWords.push(wordsOf(key));
    this.slotNames.push(`${this.options.devicePrefix}${asciiText(b, s, e)}`);
    this.lastSlot = n;
    if (keys.length > 64) {
      // Beyond a node's worth of GPUs, a map is faster than comparing against every key.
      this.slotMap = new Map(this.slotNames.map((nm, idx) => [nm, idx]));
    }
    return n;
  }

  private deviceByMap(b: Uint8Array, s: number, e: number): number {
    const name = `${this.options.devicePrefix}${asciiText(b, s, e)}`;
    const map = this.slotMap!;
    const known = map.get(name);
    if (known !== undefined) return known;
    const slot = this.slotNames.length;
    map.set(name, slot);
    this.slotNames.push(name);
    return slot;
  }

  /**
   * Writes the UTC epoch ms of an nvidia-smi timestamp `YYYY/MM/DD HH:MM:SS.mmm` in b[s, e) (ISO's
   * `-` and `T` accepted too) into the batch at `n`; false when unreadable. The minute comes from a
   * one-entry cache; other layouts go to the text parser.
   */
  private time(b: Uint8Array, start: number, end: number, n: number): boolean {
    let s = start;
    let e = end;
    while (s < e && b[s] === SP) s++;
    while (e > s && b[e - 1] === SP) e--;
    const len = e - s;
    if (len < 19 || b[s + 13] !== 58 || b[s + 16] !== 58) return this.slowTime(b, s, e, n);
    if (!this.sameMinute(s)) {
      if (!this.minute(b, s)) return this.slowTime(b, s, e, n);
      this.setMinuteKey(s);
    }
    const s1 = b[s + 17] - ZERO;
    const s2 = b[s + 18] - ZERO;
    if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9) return this.slowTime(b, s, e, n);
    let ms = (s1 * 10 + s2) * 1000;
    if (len > 19) {
      if (b[s + 19] !== 46 /* . */) return this.slowTime(b, s, e, n);
      let frac = 0;
      let digits = 0;
      for (let i = s + 20; i < e; i++) {
        const c = b[i] - ZERO;
        if (c < 0 || c > 9) return this.slowTime(b, s, e, n);
        frac = frac * 10 + c;
        digits++;
      }
      if (digits === 3) ms += frac;
      else if (digits > 0) ms += (frac * 1000) / 10 ** digits;
    }
    this.bTimes[n] = this.tsMinuteMs + ms;
    return true;
  }

  /**
   * True when the 16 bytes at `s` of the buffer being read (`this.dv`'s; the caller checked that
   * 19 are there) are the cached minute's: the seconds, at +17, change most, so the last word
   * goes first.
   */
  private sameMinute(s: number): boolean {
    const dv = this.dv;
    return (
      this.tsKeyValid &&
      dv.getInt32(s + 12, true) === this.tsW3 &&
      dv.getInt32(s + 8, true) === this.tsW2 &&
      dv.getInt32(s + 4, true) === this.tsW1 &&
      dv.getInt32(s, true) === this.tsW0
    );
  }

  /** Caches the minute's 16 bytes at `s` (already read by `minute`) as four words. */
  private setMinuteKey(s: number): void {
    const dv = this.dv;
    this.tsW0 = dv.getInt32(s, true);
    this.tsW1 = dv.getInt32(s + 4, true);
    this.tsW2 = dv.getInt32(s + 8, true);
    this.tsW3 = dv.getInt32(s + 12, true);
    this.tsKeyValid = true;
  }

  /** Reads the minute `YYYY/MM/DD HH:MM` at b[s] into the cache; false when not that layout. */
  private minute(b: Uint8Array, s: number): boolean {
    const sep1 = b[s + 4];
    if ((sep1 !== 47 && sep1 !== 45) || b[s + 7] !== sep1 || (b[s + 10] !== SP && b[s + 10] !== 84)) return false;
    const d = (i: number): number => {
      const c = b[s + i] - ZERO;
      return c >= 0 && c <= 9 ? c : NaN;
    };
    const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    const month = d(5) * 10 + d(6);
    const day = d(8) * 10 + d(9);
    const hour = d(11) * 10 + d(12);
    const min = d(14) * 10 + d(15);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && min <= 59)) return false;
    const local = Date.UTC(year, month - 1, day, hour, min);
    if (new Date(local).getUTCDate() !== day) return false;
    this.tsMinuteMs = this.zone.localToUtcMs(local);
    return true;
  }

  private slowTime(b: Uint8Array, s: number, e: number, n: number): boolean {
    const t = parseDateTime(asciiText(b, s, e), this.zone);
    if (Number.isNaN(t)) return false;
    this.bTimes[n] = t;
    return true;
  }
}
