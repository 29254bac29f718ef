// Longest-leftmost term matching over folded text. A trie walked from each position that can
// start a pattern: with a few hundred short patterns this beats a full Aho–Corasick automaton
// in setup time (it runs in every frame) and is exactly leftmost-longest by construction.
// The trie is a double array compiled at build time (compile.ts): a step is three array reads
// (code unit → alphabet id with folding included, base, check), and the first step is one read
// in a table by raw code unit. Flat typed arrays run about twice as fast as a Map per trie node
// (docs/benchmarks-matcher.md), and a page decodes them instead of building them.
import type { BuildIndex, CompiledTrie } from '../types.ts';
import { BLOCKER, compileTrie, NONE } from './compile.ts';

export interface TermMatch {
  start: number;
  end: number;
  /** Index into MatchIndex.ids. */
  term: number;
}

/** Pattern value of a context blocker: consumes text so a short form cannot fire inside it. */
export { BLOCKER, crossesLine } from './compile.ts';

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

/**
 * A matcher over a trie compiled at build time (the content script's case: nothing to build),
 * or over a pattern list, compiled here (tests, and any runtime-made list). Never both: a pattern
 * list beside a trie would be silently ignored.
 */
export function createMatcher(
  source: { trie: CompiledTrie } | (Pick<BuildIndex, 'patterns' | 'fold'> & { trie?: never }),
): Matcher {
  const compiled = source.trie === undefined ? compileTrie(source) : source.trie;
  const base = decode(compiled.base, compiled.wide);
  const check = decode(compiled.check, compiled.wide);
  const values = compiled.wide
    ? new Int32Array(bytesOf(compiled.values).buffer)
    : new Int16Array(bytesOf(compiled.values).buffer);
  const units = new Uint16Array(bytesOf(compiled.units).buffer);
  const free = compiled.wide ? -1 : 0xffff;
  // Raw code unit → alphabet id (0: in no pattern), folding included: one read per character.
  const charId = new Uint16Array(0x10000);
  // The first step by raw code unit: the root's child, 0 for none. One array read settles the
  // common case, a character that starts nothing (~20% faster overall than a full step).
  const rootStep = compiled.size <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
  const rootBase = base[0] as number;
  for (let i = 0; i < units.length; i += 2) {
    const code = units[i] as number;
    const id = units[i + 1] as number;
    charId[code] = id;
    if (check[rootBase + id] === 0) rootStep[code] = rootBase + id;
  }
  const NO_NODE = free; // never a node's slot, so check[x] === node fails for it

  /** The child of `node` along raw code unit `code`, or NO_NODE. */
  function step(node: number, code: number): number {
    const t = (base[node] as number) + (charId[code] as number);
    return check[t] === node ? t : NO_NODE;
  }

  // Longest match starting at `from`, not reaching past `limit`; result in matchEnd/matchValue.
  let matchEnd = -1;
  let matchValue = NONE;
  function longestAt(text: string, from: number, limit: number): void {
    let node = 0;
    matchEnd = -1;
    matchValue = NONE;
    for (let i = from; i < limit; i++) {
      node = step(node, text.charCodeAt(i));
      if (node === NO_NODE) return;
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
        const t = (base[node] as number) + (charId[text.charCodeAt(j)] as number);
        if (check[t] !== node) break;
        node = t;
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
        node = step(node, text.charCodeAt(i));
        if (node === NO_NODE) break;
        const value = values[node] as number;
        if (value === BLOCKER) atFrom.length = 0;
        else if (value >= 0 && value !== outer && !(from === start && i + 1 === end))
          atFrom.push({ start: from, end: i + 1, term: value });
      }
      for (const m of atFrom) found.push(m);
    }
    return withoutRepeats(found);
  }

  return { findTerms, findInner, patternCount: compiled.patternCount };
}

/** Drops a match that lies inside another match of the same term: one term, one mention. */
function withoutRepeats(matches: TermMatch[]): TermMatch[] {
  return matches.filter(
    (m) =>
      !matches.some((o) => o !== m && o.term === m.term && o.start <= m.start && m.end <= o.end),
  );
}

export function decode(base64: string, wide: boolean): Uint16Array | Int32Array {
  const { buffer } = bytesOf(base64);
  return wide ? new Int32Array(buffer) : new Uint16Array(buffer);
}

/** Native base64 decoding where the browser has it (Chrome 140, Firefox 133), else atob. */
export function bytesOf(base64: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
