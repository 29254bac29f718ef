// Longest-leftmost term matching over folded text. A trie walked from each position that can
// start a pattern: with a few hundred short patterns this beats a full Aho–Corasick automaton
// in setup time (it runs in every frame) and is exactly leftmost-longest by construction.
// The trie lives in flat typed arrays (an open-addressing hash of (node, code) → child), folding
// is one array read per code unit, and the first step is one read in a table by raw code unit:
// about twice the throughput of a Map per trie node (docs/benchmarks-matcher.md).
import type { MatchIndex } from '../types.ts';
import { parseFoldTable } from './fold.ts';

export interface TermMatch {
  start: number;
  end: number;
  /** Index into MatchIndex.ids. */
  term: number;
}

/** Pattern value of a context blocker: consumes text so a short form cannot fire inside it. */
export const BLOCKER = -1;
const NONE = -2;

export interface Matcher {
  /** All non-overlapping matches in `text`, leftmost first, longest at each start. */
  findTerms(text: string): TermMatch[];
  /**
   * The other terms nested in the match [start, end): every term starting at or after `start`
   * and ending at or before `end`, except the whole span and except forms of the same term as
   * the whole span, and except a term inside a longer match of the same term. A shorter term at
   * a position where a blocker at least as long starts is left out, as findTerms would.
   * Ordered by start, then by end.
   */
  findInner(text: string, start: number, end: number): TermMatch[];
  readonly patternCount: number;
}

export function createMatcher(index: Pick<MatchIndex, 'patterns' | 'fold'>): Matcher {
  const fold = buildFoldArray(index.fold);
  const trie = new Trie(index.patterns.reduce((n, [form]) => n + form.length, 1));
  const firsts = new Set<number>();

  for (const [form, value] of index.patterns) {
    if (form.length === 0 || crossesLine(form)) continue;
    let node = 0;
    for (let i = 0; i < form.length; i++)
      node = trie.childOrAdd(node, foldOf(fold, form.charCodeAt(i)));
    // A real term wins over a blocker of the same spelling; otherwise the first one listed.
    const current = trie.values[node] as number;
    if (current === NONE || (current === BLOCKER && value !== BLOCKER)) trie.values[node] = value;
    firsts.add(foldOf(fold, form.charCodeAt(0)));
  }
  const starters = startingUnits(firsts, fold, index.fold);
  const { values } = trie;
  // The first step by raw code unit: the root's child along the unit's fold, 0 for none. One
  // array read settles the common case, a character that starts nothing (~20% faster overall).
  const rootStep = trie.size <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
  // Only the starters, not all 65,536 units: the full loop was a fifth of a cold start.
  for (const code of starters) {
    const child = trie.child(0, foldOf(fold, code));
    if (child > 0) rootStep[code] = child;
  }

  // Longest match starting at `from`, not reaching past `limit`; result in matchEnd/matchValue.
  let matchEnd = -1;
  let matchValue = NONE;
  function longestAt(text: string, from: number, limit: number): void {
    let node = 0;
    matchEnd = -1;
    matchValue = NONE;
    for (let i = from; i < limit; i++) {
      const code = text.charCodeAt(i);
      node = trie.child(node, fold[code] || code);
      if (node < 0) return;
      const value = values[node] as number;
      if (value !== NONE) {
        matchEnd = i + 1;
        matchValue = value;
      }
    }
  }

  function findTerms(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const limit = text.length;
    let i = 0;
    while (i < limit) {
      let node = rootStep[text.charCodeAt(i)] as number;
      if (node === 0) {
        i++;
        continue;
      }
      // The longest pattern from i, walked inline (this loop is the matcher's hot path).
      let value = values[node] as number;
      let end = value === NONE ? -1 : i + 1;
      for (let j = i + 1; j < limit; j++) {
        const code = text.charCodeAt(j);
        node = trie.child(node, fold[code] || code);
        if (node < 0) break;
        const here = values[node] as number;
        if (here !== NONE) {
          end = j + 1;
          value = here;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (value !== BLOCKER) out.push({ start: i, end, term: value });
      i = end;
    }
    return out;
  }

  function findInner(text: string, start: number, end: number): TermMatch[] {
    longestAt(text, start, end);
    const outer = matchEnd === end ? matchValue : NONE;
    const found: TermMatch[] = [];
    for (let from = start; from < end; from++) {
      // Every term ending at each step from `from`; a blocker drops the shorter ones before it.
      const atFrom: TermMatch[] = [];
      let node = 0;
      for (let i = from; i < end; i++) {
        const code = text.charCodeAt(i);
        node = trie.child(node, fold[code] || code);
        if (node < 0) break;
        const value = values[node] as number;
        if (value === BLOCKER) atFrom.length = 0;
        else if (value >= 0 && value !== outer && !(from === start && i + 1 === end))
          atFrom.push({ start: from, end: i + 1, term: value });
      }
      for (const m of atFrom) found.push(m);
    }
    return withoutRepeats(found);
  }

  return { findTerms, findInner, patternCount: index.patterns.length };
}

/** Drops a match that lies inside another match of the same term: one term, one mention. */
function withoutRepeats(matches: TermMatch[]): TermMatch[] {
  return matches.filter(
    (m) =>
      !matches.some((o) => o !== m && o.term === m.term && o.start <= m.start && m.end <= o.end),
  );
}

/** A pattern with a line break could match across blocks: such patterns are never used. */
export function crossesLine(form: string): boolean {
  return form.includes('\n') || form.includes('\r');
}

/**
 * Code unit → folded code unit for the whole BMP (128 KB), so folding is one array read; 0 where
 * a unit folds to itself (read as `fold[code] || code`). Filling all 65,536 identity entries was
 * most of a cold createMatcher (9–24 ms before a small page's first mark, measured in Chromium).
 */
function buildFoldArray(pairs: string): Uint16Array {
  const fold = new Uint16Array(0x10000);
  // Full-width ASCII and the ideographic space, then ASCII case, then the table: foldCode's order.
  for (let code = 0xff01; code <= 0xff5e; code++) fold[code] = code - 0xfee0;
  fold[0x3000] = 0x20;
  for (let code = 0x41; code <= 0x5a; code++) fold[code] = code + 32;
  for (let code = 0xff21; code <= 0xff3a; code++) fold[code] = code - 0xfee0 + 32;
  for (const [from, to] of parseFoldTable(pairs)) fold[from] = to;
  return fold;
}

/** Every raw code unit whose fold is the first code unit of some pattern. */
function startingUnits(firsts: Set<number>, fold: Uint16Array, pairs: string): number[] {
  // Only these code units fold to something other than themselves, so only they need a check.
  const folding = [0x3000, ...range(0x41, 0x5a), ...range(0xff01, 0xff5e)];
  for (let i = 0; i < pairs.length; i += 2) folding.push(pairs.charCodeAt(i));
  return [
    ...[...firsts].filter((code) => foldOf(fold, code) === code),
    ...folding.filter((code) => firsts.has(foldOf(fold, code))),
  ];
}

function foldOf(fold: Uint16Array, code: number): number {
  return fold[code] || code;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Trie edges in an open-addressing hash keyed by (node, code); node 0 is the root. */
class Trie {
  readonly values: Int32Array;
  private readonly keyNode: Int32Array;
  private readonly keyCode: Uint16Array;
  private readonly target: Int32Array;
  private readonly mask: number;
  private nodes = 1;

  /** Number of nodes, the root included. */
  get size(): number {
    return this.nodes;
  }

  constructor(maxNodes: number) {
    let size = 16;
    while (size < maxNodes * 2) size *= 2;
    this.mask = size - 1;
    this.keyNode = new Int32Array(size).fill(-1);
    this.keyCode = new Uint16Array(size);
    this.target = new Int32Array(size);
    this.values = new Int32Array(maxNodes).fill(NONE);
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    let slot = (Math.imul(node, 0x9e3779b1) ^ code) & this.mask;
    for (;;) {
      const owner = this.keyNode[slot] as number;
      if (owner === -1) return -1;
      if (owner === node && this.keyCode[slot] === code) return this.target[slot] as number;
      slot = (slot + 1) & this.mask;
    }
  }

  childOrAdd(node: number, code: number): number {
    let slot = (Math.imul(node, 0x9e3779b1) ^ code) & this.mask;
    for (;;) {
      const owner = this.keyNode[slot] as number;
      if (owner === -1) break;
      if (owner === node && this.keyCode[slot] === code) return this.target[slot] as number;
      slot = (slot + 1) & this.mask;
    }
    const created = this.nodes++;
    this.keyNode[slot] = node;
    this.keyCode[slot] = code;
    this.target[slot] = created;
    return created;
  }
}
