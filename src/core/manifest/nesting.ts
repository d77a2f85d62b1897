/**
 * Refuses deeply nested YAML and JSON before anything parses it. The YAML library composes a
 * document, and the readers walk it, by recursion, so a manifest of `[[[[...` 5,000 levels deep
 * ends in the engine's "Maximum call stack size exceeded", and 100,000 levels keep the parser
 * busy for seconds. No manifest or config needs more than a handful of levels; the limit is far
 * beyond any of them.
 *
 * The depth is measured on the YAML library's own tokens (its lexer, which does not recurse),
 * so quotes, comments and block scalars are told apart exactly as the parser will: flow
 * collections count their brackets; block collections count the indentation levels open at a
 * collection, a sequence written at its parent key's indentation (`key:\n- item`) counting as
 * one more. The scan stops at the first node past the limit, so a hostile file costs no more than a
 * small one.
 */
import { CST, Lexer } from 'yaml';

/** Deepest nesting a manifest or config may have: collections in collections, flow or block. */
export const MAX_NESTING_DEPTH = 64;

/** Where a text first nests deeper than the limit: 1-based line and column. */
export interface TooDeep {
  line: number;
  column: number;
}

/** Lexer tokens that mark a state, not source text: they take no room in the text. */
const MARKERS: ReadonlySet<string> = new Set(['\x02', '\x18', '\x1f']);

/** An open block collection: where its first node is, and whether it is a sequence. */
interface Level {
  line: number;
  column: number;
  seq: boolean;
}

/**
 * The first place where `text` nests deeper than `limit` levels, or undefined when it does not.
 * Linear in the text, and stops at that place.
 */
export function findTooDeep(text: string, limit = MAX_NESTING_DEPTH): TooDeep | undefined {
  const block: Level[] = [];
  let flow = 0;
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  let scalarNext = false;

  /**
   * Depth of the collection just opened: the open block levels, and the brackets past the
   * outermost (which is a block level itself).
   */
  const depth = (): number => block.length + Math.max(0, flow - 1);

  /**
   * A node starts at column `column` in block context: closes the levels that ended and opens
   * one for it (a scalar's level becomes a mapping's when a `:` follows it).
   */
  const blockNode = (column: number, seq: boolean): void => {
    for (;;) {
      const top = block[block.length - 1];
      if (top === undefined || top.column < column) break;
      if (top.column > column) {
        block.pop();
        continue;
      }
      // Same column: a sequence under its parent key nests; a sibling item or key does not.
      if (seq) {
        if (top.seq) return;
        break;
      }
      if (top.seq) {
        block.pop();
        continue;
      }
      return;
    }
    block.push({ line, column, seq });
  };

  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (!MARKERS.has(token)) offset += token.length;
    const column = start - lineStart;
    let deep = false;
    if (scalarNext) {
      // The source of a scalar (plain, or a block scalar's body): text, whatever it holds.
      scalarNext = false;
    } else {
      switch (CST.tokenType(token)) {
        case 'scalar':
          scalarNext = true;
          if (flow === 0) blockNode(column, false);
          break;
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar-header':
        case 'alias':
          if (flow === 0) blockNode(column, false);
          break;
        case 'explicit-key-ind':
          if (flow === 0) {
            blockNode(column, false);
            deep = depth() > limit;
          }
          break;
        case 'map-value-ind': {
          // After a key in block context: the key's level is a mapping's, which starts at the key.
          const key = block[block.length - 1];
          if (flow === 0 && key !== undefined && depth() > limit) return { line: key.line, column: key.column + 1 };
          break;
        }
        case 'seq-item-ind':
          if (flow === 0) {
            blockNode(column, true);
            deep = depth() > limit;
          }
          break;
        case 'flow-map-start':
        case 'flow-seq-start':
          // The outermost bracket is a block node itself.
          if (flow === 0) blockNode(column, false);
          flow++;
          deep = depth() > limit;
          break;
        case 'flow-map-end':
        case 'flow-seq-end':
          if (flow > 0) flow--;
          break;
        case 'flow-error-end':
          flow = 0;
          break;
        case 'doc-start':
        case 'doc-end':
          block.length = 0;
          flow = 0;
          break;
      }
    }
    if (deep) return { line, column: column + 1 };
    // Line breaks: newline tokens, and those inside scalars, comments and blanks.
    for (let i = token.indexOf('\n'); i !== -1 && !MARKERS.has(token); i = token.indexOf('\n', i + 1)) {
      line++;
      lineStart = start + i + 1;
    }
  }
  return undefined;
}
