/**
 * Loads a YAML (or JSON) text into a document with positions, refusing what could hurt: files
 * over a size limit and deeper than a nesting limit (both checked before parsing), syntax errors,
 * and alias bombs ("billion laughs").
 * Shared by the manifest and the budget config parsers; `prefix` names the diagnostic codes.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { diagnostic } from '../diagnostics.js';
import { excerptMessage } from '../excerpt.js';
import type { Diagnostic, Position } from '../diagnostics.js';
import { findTooDeep, MAX_NESTING_DEPTH } from './nesting.js';

/** Default size limit: manifests and configs are small; 1 MiB leaves room for thousands of runs. */
const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * Aliases allowed in one document. Anchors are handy for shared run settings, but a real file
 * needs a handful; a hundred is generous and far below what an alias bomb needs.
 */
export const MAX_ALIASES = 100;

/** Nodes one alias may expand to: an honest anchor is a small mapping; a bomb grows by powers. */
export const MAX_ALIAS_EXPANSION = 10_000;

/** The code prefix of a YAML file kind: `manifest/…` or `config/…` codes. */
export type YamlPrefix = 'manifest' | 'config';

/** A loaded document with what is needed to turn node offsets into line and column. */
export interface YamlSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The text the document was parsed from, to find where a node's last character is. */
  text: string;
}

/**
 * The position of the text from offset `start` to `end` (exclusive): its first character, and its
 * last one (inclusive) where the span holds more than white space. A block value's range runs on
 * to the next line; trailing white space and line breaks are left out, so the span ends on the
 * value's last character.
 */
export function spanPosition(
  file: string,
  where: { text: string; lineCounter: LineCounter },
  start: number,
  end?: number
): Position {
  const { line, col } = where.lineCounter.linePos(start);
  const position: Position = { file, line, column: col };
  let last = Math.min(end ?? start, where.text.length);
  while (last > start && /\s/.test(where.text[last - 1])) last--;
  if (last > start) {
    const endPos = where.lineCounter.linePos(last - 1);
    position.endLine = endPos.line;
    position.endColumn = endPos.col;
  }
  return position;
}

/** UTF-8 length of a string without encoding it when the answer is obvious. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when the text is larger than `maxBytes` in UTF-8, checked cheaply first by length. */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= maxBytes) return false; // at most three bytes per unit
  return utf8Length(text) > maxBytes;
}

/**
 * Parses `text` into a YAML document and checks it is safe to walk. Returns no source when the
 * file is refused (too large, syntax errors, alias bomb); the diagnostics say why.
 * `what` names the file kind in messages ("manifest", "budget config").
 */
export function loadYaml(
  file: string,
  text: string,
  options: { maxBytes?: number; prefix: YamlPrefix; what: string }
): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const { prefix, what } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const diagnostics: Diagnostic[] = [];
  const start = { file, line: 1, column: 1 };
  if (exceedsBytes(text, maxBytes)) {
    diagnostics.push(
      diagnostic(
        'error',
        `${prefix}/too-large`,
        `The ${what} is larger than ${maxBytes} bytes and was not read; a ${what} describes runs, it does not hold data (put logs in \`traces\`).`,
        start
      )
    );
    return { diagnostics };
  }
  // Before the parser: it composes, and the readers walk, by recursion.
  const deep = findTooDeep(text);
  if (deep) {
    diagnostics.push(
      diagnostic(
        'error',
        `${prefix}/too-deep`,
        `The ${what} nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep and was not read; a ${what} needs a few levels.`,
        { file, line: deep.line, column: deep.column }
      )
    );
    return { diagnostics };
  }
  const lineCounter = new LineCounter();
  // uniqueKeys off: duplicate keys are reported by the walker, with both lines, as a semantic error.
  // merge on: `<<: *anchor` is the common way to share settings between runs.
  const doc = parseDocument(text, {
    lineCounter,
    merge: true,
    uniqueKeys: false,
    prettyErrors: true,
    keepSourceTokens: false
  });
  const where = { text, lineCounter };
  for (const error of doc.errors) {
    const message =
      error.code === 'MULTIPLE_DOCS'
        ? `it holds more than one document; a ${what} is one document (remove the \`---\` separator)`
        : parserMessage(error.message);
    diagnostics.push(
      diagnostic(
        'error',
        `${prefix}/yaml-syntax`,
        `The ${what} is not valid YAML: ${message}.`,
        spanPosition(file, where, error.pos[0], error.pos[1])
      )
    );
  }
  for (const warning of doc.warnings) {
    const message = parserMessage(warning.message);
    diagnostics.push(
      diagnostic(
        'warning',
        `${prefix}/yaml-warning`,
        `${message}.`,
        spanPosition(file, where, warning.pos[0], warning.pos[1])
      )
    );
  }
  if (doc.errors.length > 0) return { diagnostics };
  const aliasProblems = checkAliases(
    doc,
    (node) => spanPosition(file, where, node.range?.[0] ?? 0, node.range?.[1]),
    prefix,
    what
  );
  for (const d of aliasProblems) diagnostics.push(d);
  if (aliasProblems.length > 0) return { diagnostics };
  return { source: { doc, lineCounter, text }, diagnostics };
}

/**
 * The parser's message without its position (the diagnostic has it) and without its code frame,
 * with whatever it quotes from the file cut to a short excerpt: the file may be something else
 * under a manifest's name (`.git/config`, whose header line holds a token), and the message is
 * shown in the PR comment.
 */
function parserMessage(message: string): string {
  return excerptMessage(message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
}

/**
 * Counts aliases and the size each expands to, before anything walks the document: the walker
 * follows aliases, so an alias bomb must be stopped here. Sizes are memoised per node, so this
 * is linear in the document even when the expansion would be exponential.
 */
function checkAliases(
  doc: Document.Parsed,
  at: (node: Node) => Position,
  prefix: YamlPrefix,
  what: string
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const aliases: Node[] = [];
  visit(doc, {
    Alias(_key, node) {
      aliases.push(node);
    }
  });
  if (aliases.length > MAX_ALIASES) {
    problems.push(
      diagnostic(
        'error',
        `${prefix}/too-many-aliases`,
        `The ${what} uses ${aliases.length} aliases; at most ${MAX_ALIASES} are allowed, to refuse alias bombs. Write the values out, or share fewer anchors.`,
        at(aliases[MAX_ALIASES])
      )
    );
    return problems;
  }
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();
  const sizeOf = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 1;
    const n = node as Node;
    const known = sizes.get(n);
    if (known !== undefined) return known;
    if (inProgress.has(n)) return Infinity; // an alias inside its own anchor
    inProgress.add(n);
    let size = 1;
    if (isAlias(n)) {
      const target = n.resolve(doc);
      size = target ? sizeOf(target) : 1;
    } else if (isMap(n)) {
      for (const pair of n.items) size += sizeOf(pair.key) + sizeOf(pair.value);
    } else if (isSeq(n)) {
      for (const item of n.items) size += sizeOf(item);
    }
    inProgress.delete(n);
    sizes.set(n, size);
    return size;
  };
  for (const alias of aliases) {
    if (!isAlias(alias)) continue;
    const target = alias.resolve(doc);
    if (!target) {
      problems.push(
        diagnostic(
          'error',
          `${prefix}/yaml-syntax`,
          `The ${what} is not valid YAML: alias *${alias.source} refers to no anchor &${alias.source} defined before it.`,
          at(alias)
        )
      );
      continue;
    }
    const size = isScalar(target) ? 1 : sizeOf(target);
    if (size > MAX_ALIAS_EXPANSION) {
      const message = Number.isFinite(size)
        ? `Alias *${alias.source} expands to ${size} nodes; at most ${MAX_ALIAS_EXPANSION} are allowed, to refuse alias bombs.`
        : `Alias *${alias.source} is used inside its own anchor, which would expand without end.`;
      problems.push(diagnostic('error', `${prefix}/too-many-aliases`, message, at(alias)));
      return problems; // one is enough; the rest of a bomb says the same thing
    }
  }
  return problems;
}
