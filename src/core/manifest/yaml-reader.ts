/**
 * Typed reads from a YAML document that never throw: each read either returns a value or records
 * a diagnostic at the value's line and column, so one pass reports every problem. Aliases and
 * merge keys (`<<: *base`) are followed, so values written once under an anchor are found (and
 * pointed at) where they are written.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import { diagnostic } from '../diagnostics.js';
import { excerpt } from '../excerpt.js';
import type { Diagnostic, DiagnosticCode, Position, Severity } from '../diagnostics.js';
import { closestNames, didYouMean } from '../suggest.js';
import { describeValue, parseFraction, parseQuantityDetail } from '../units.js';
import type { QuantityKind } from '../units.js';
import { spanPosition, type YamlPrefix, type YamlSource } from './yaml-source.js';

/** The registered codes under `prefix/`, without the prefix: `unknown-key` for `manifest/unknown-key`. */
type SuffixOf<P extends YamlPrefix> = DiagnosticCode extends infer C
  ? C extends `${P}/${infer S}`
    ? S
    : never
  : never;

/**
 * The code suffixes a reader with prefix `P` may report: those registered under `P`. For a reader
 * whose prefix is not one known kind (the reader's own generic reads), only the suffixes registered
 * under both prefixes, so that every read is a registered code whichever file it reads.
 */
export type CodeSuffix<P extends YamlPrefix> = [P] extends ['manifest']
  ? SuffixOf<'manifest'>
  : [P] extends ['config']
    ? SuffixOf<'config'>
    : SuffixOf<'manifest'> & SuffixOf<'config'>;

/** A resolved value node: aliases already followed. `null` where YAML holds no node. */
export type ValueNode = Node | null;

/** One key of a mapping, with its value and where both are written. */
export interface Entry {
  key: string;
  keyPos: Position;
  value: ValueNode;
  valuePos: Position;
  /** Dotted path for messages and field positions, e.g. `gpu.model`. */
  path: string;
}

/**
 * Reads values out of a loaded document, collecting diagnostics. `P` is the kind of file, and the
 * prefix of its codes: `report` takes only the suffixes registered under it.
 */
export class YamlReader<P extends YamlPrefix> {
  readonly diagnostics: Diagnostic[] = [];
  /** Errors recorded so far; callers compare counts to tell whether a read went wrong. */
  errorCount = 0;

  constructor(
    readonly file: string,
    private readonly source: YamlSource,
    /** Diagnostic code prefix: `manifest` or `config`. */
    readonly prefix: P
  ) {}

  /** The document's root node (aliases followed). */
  root(): ValueNode {
    return this.resolve(this.source.doc.contents as Node | null);
  }

  /**
   * Where a node is written: its first character and its last (see `Position`); the document
   * start, with no end, where there is no node.
   */
  pos(node: Node | null | undefined): Position {
    const range = node?.range;
    return spanPosition(this.file, this.source, range?.[0] ?? 0, range?.[1]);
  }

  /** Records a diagnostic with this reader's code prefix; `code` is the registered suffix. */
  report(severity: Severity, code: CodeSuffix<P>, message: string, at: Position): void {
    // The suffix's type guarantees `prefix/code` is registered; TypeScript cannot join the two.
    this.diagnostics.push(diagnostic(severity, `${this.prefix}/${code}` as DiagnosticCode, message, at));
    if (severity === 'error') this.errorCount++;
  }

  /** Records a diagnostic whose code is registered under both prefixes (the generic reads). */
  private reportEither(severity: Severity, code: CodeSuffix<YamlPrefix>, message: string, at: Position): void {
    this.report(severity, code as CodeSuffix<P>, message, at);
  }

  /** Follows aliases (bounded: the loader refused alias bombs and self-references). */
  resolve(node: Node | null | undefined): ValueNode {
    let current: Node | null | undefined = node;
    for (let hops = 0; current && isAlias(current) && hops < 100; hops++) {
      current = current.resolve(this.source.doc) ?? null;
    }
    return current ?? null;
  }

  /**
   * The entries of a mapping, merge keys applied (keys written in the mapping win over merged
   * ones; earlier merge sources win over later ones, as YAML's merge type says). Duplicate keys
   * and keys that are not strings are reported.
   */
  entries(map: Node, parentPath: string): Entry[] {
    const explicit: Entry[] = [];
    const merged: Entry[] = [];
    const firstSeen = new Map<string, Position>();
    if (!isMap(map)) return explicit;
    for (const pair of map.items as Pair<Node | null, Node | null>[]) {
      const keyNode = pair.key;
      if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
        for (const e of this.mergeSources(pair.value, parentPath)) merged.push(e);
        continue;
      }
      const keyPos = this.pos(keyNode);
      const resolvedKey = this.resolve(keyNode);
      if (!isScalar(resolvedKey) || typeof resolvedKey.value !== 'string') {
        this.reportEither(
          'error',
          'bad-type',
          `${parentPath ? `\`${parentPath}\`: k` : 'K'}eys must be names (strings), got ${this.describe(resolvedKey)}.`,
          keyPos
        );
        continue;
      }
      const key = resolvedKey.value;
      const seen = firstSeen.get(key);
      if (seen !== undefined) {
        const where = seen.line === keyPos.line ? `line ${seen.line}, column ${seen.column}` : `line ${seen.line}`;
        this.reportEither(
          'error',
          'duplicate-key',
          `\`${joinPath(parentPath, excerpt(key))}\` is given twice; the first is on ${where}. Keep one.`,
          keyPos
        );
        continue;
      }
      firstSeen.set(key, keyPos);
      const value = this.resolve(pair.value);
      explicit.push({ key, keyPos, value, valuePos: this.pos(value ?? keyNode), path: joinPath(parentPath, key) });
    }
    for (const entry of merged) {
      if (firstSeen.has(entry.key)) continue;
      firstSeen.set(entry.key, entry.keyPos);
      explicit.push(entry);
    }
    return explicit;
  }

  /** Entries contributed by a merge key's value: one mapping, or a list of mappings. */
  private mergeSources(value: Node | null, parentPath: string): Entry[] {
    const resolved = this.resolve(value);
    const sources = isSeq(resolved) ? (resolved.items as Node[]).map((item) => this.resolve(item)) : [resolved];
    const out: Entry[] = [];
    const seen = new Set<string>();
    for (const source of sources) {
      if (!isMap(source)) {
        this.reportEither(
          'error',
          'bad-type',
          `A merge key \`<<\` takes an alias of a mapping (e.g. \`<<: *base\`), got ${this.describe(source)}.`,
          this.pos(source ?? value)
        );
        continue;
      }
      for (const entry of this.entries(source, parentPath)) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        out.push(entry);
      }
    }
    return out;
  }

  /** Reports every entry whose key is not in `allowed`, with the closest allowed names. */
  checkKeys(
    entries: readonly Entry[],
    allowed: readonly string[],
    where: string,
    hints: Record<string, string> = {}
  ): Entry[] {
    const known: Entry[] = [];
    for (const entry of entries) {
      if (allowed.includes(entry.key)) {
        known.push(entry);
        continue;
      }
      // Own keys only: a key named `constructor` or `__proto__` is unknown, with no hint from Object.
      const hint = Object.hasOwn(hints, entry.key) ? hints[entry.key] : undefined;
      const tail = hint ? ` ${hint}` : didYouMean(closestNames(entry.key, allowed));
      this.reportEither(
        'error',
        'unknown-key',
        `Unknown key \`${excerpt(entry.key)}\` in ${where}.${tail} Allowed: ${allowed.join(', ')}.`,
        entry.keyPos
      );
    }
    return known;
  }

  /** How a node reads in "got ..." text: the scalar as written, "a mapping", "a list", "nothing". */
  describe(node: ValueNode): string {
    if (node === null) return 'nothing';
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      if (node.value === null) return 'nothing';
      // A value is quoted as a short excerpt: the file may hold a secret where a value belongs.
      if (typeof node.value === 'string') return JSON.stringify(excerpt(node.value));
      if (typeof node.value === 'number' || typeof node.value === 'boolean')
        return excerpt(node.source ?? String(node.value));
      return describeValue(node.value);
    }
    return 'an unsupported value';
  }

  /** The plain JS value of a scalar node; `undefined` for collections and non-JSON scalars. */
  scalar(node: ValueNode): string | number | boolean | null | undefined {
    if (node === null) return null;
    if (!isScalar(node)) return undefined;
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    return undefined;
  }

  /** A mapping node, or a `bad-type` diagnostic naming `example`. */
  map(entry: Entry, example: string): Node | undefined {
    if (isMap(entry.value)) return entry.value;
    this.reportEither(
      'error',
      'bad-type',
      `\`${entry.path}\`: expected a mapping such as \`${example}\`, got ${this.describe(entry.value)}.`,
      entry.valuePos
    );
    return undefined;
  }

  /** A non-empty string (names, locations, globs). */
  string(entry: Entry, what: string): string | undefined {
    return this.stringAt(entry.value, entry.path, entry.valuePos, what);
  }

  /** A non-empty string at a node that is not itself a mapping entry (list items). */
  stringAt(node: ValueNode, path: string, at: Position, what: string): string | undefined {
    const value = this.scalar(node);
    if (typeof value !== 'string') {
      const quote = typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes)' : '';
      this.reportEither('error', 'bad-type', `\`${path}\`: expected ${what}, got ${this.describe(node)}${quote}.`, at);
      return undefined;
    }
    if (value.trim() === '') {
      this.reportEither('error', 'bad-value', `\`${path}\`: expected ${what}, got an empty string.`, at);
      return undefined;
    }
    return value;
  }

  /** A quantity converted to its base unit (see units.ts), refusing bare numbers. */
  quantity(entry: Entry, kind: QuantityKind): number | undefined {
    const value = this.scalar(entry.value);
    const parsed = parseQuantityDetail(kind, value === undefined ? {} : value);
    if (parsed.ok) return parsed.value;
    const code = parsed.problem === 'range' ? 'out-of-range' : parsed.problem === 'type' ? 'bad-type' : 'bad-unit';
    const hint = parsed.problem === 'type' ? '' : ` (${parsed.hint})`;
    this.reportEither(
      'error',
      code,
      `\`${entry.path}\`: expected ${parsed.expected}, got ${this.describe(entry.value)}${hint}.`,
      entry.valuePos
    );
    return undefined;
  }

  /** A number (no unit) satisfying `test`; `expected` says what was wanted, e.g. "a number >= 1". */
  number(entry: Entry, expected: string, test: (n: number) => boolean): number | undefined {
    const value = this.scalar(entry.value);
    if (typeof value !== 'number') {
      const hint = typeof value === 'string' && /\d/.test(value) ? ' (write the number without quotes or units)' : '';
      this.reportEither(
        'error',
        'bad-type',
        `\`${entry.path}\`: expected ${expected}, got ${this.describe(entry.value)}${hint}.`,
        entry.valuePos
      );
      return undefined;
    }
    if (!Number.isFinite(value) || !test(value)) {
      this.reportEither(
        'error',
        'out-of-range',
        `\`${entry.path}\`: expected ${expected}, got ${this.describe(entry.value)}.`,
        entry.valuePos
      );
      return undefined;
    }
    return value;
  }

  /** A whole number >= 1 (counts, repeats). */
  positiveInteger(entry: Entry, example: string): number | undefined {
    return this.number(
      entry,
      `a whole number of at least 1, such as ${example}`,
      (n) => Number.isSafeInteger(n) && n >= 1
    );
  }

  /**
   * A fraction (0.9 or "90%") above 0 and at most 1; `zeroMeans` says why 0 is refused. Numbers
   * out of range are `out-of-range`; text that is no fraction at all is `bad-value`.
   */
  fraction(entry: Entry, zeroMeans: string): number | undefined {
    const value = this.scalar(entry.value);
    if (value === undefined || value === null || typeof value === 'boolean') {
      this.reportEither(
        'error',
        'bad-type',
        `\`${entry.path}\`: expected a fraction between 0 and 1, or a percentage such as "80%", got ${this.describe(entry.value)}.`,
        entry.valuePos
      );
      return undefined;
    }
    const parsed = parseFraction(value);
    if (parsed.ok && parsed.value > 0) return parsed.value;
    const numeric = typeof value === 'number' || /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/.test(value);
    const expected = parsed.ok ? `a fraction above 0 and at most 1 (0 would mean ${zeroMeans})` : parsed.expected;
    this.reportEither(
      'error',
      numeric ? 'out-of-range' : 'bad-value',
      `\`${entry.path}\`: expected ${expected}${parsed.ok ? `, got ${this.describe(entry.value)}` : ''}.`,
      entry.valuePos
    );
    return undefined;
  }
}

/** `a` + `.` + `b`, or `b` at the root. */
function joinPath(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}
