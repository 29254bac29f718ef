// Longest-leftmost term matching over folded text. A trie walked from each position that can
// start a pattern: with a few hundred short patterns this beats a full Aho–Corasick automaton
// in setup time (it runs in every frame) and is exactly leftmost-longest by construction.
import type { MatchIndex } from '../types.ts';
import { type FoldTable, foldCode, parseFoldTable } from './fold.ts';

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
  /** Terms inside [start, end) other than the one spanning it all (for nested forms). */
  findInner(text: string, start: number, end: number): TermMatch[];
  readonly patternCount: number;
}

export function createMatcher(index: Pick<MatchIndex, 'patterns' | 'fold'>): Matcher {
  const fold = parseFoldTable(index.fold);
  const children: Map<number, number>[] = [new Map()];
  const values: number[] = [NONE];
  // Bitset over raw code units that can start a pattern; checked before any folding.
  const canStart = new Uint32Array(2048);

  for (const [form, value] of index.patterns) {
    if (form.length === 0) continue;
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const code = foldCode(fold, form.charCodeAt(i));
      const kids = children[node] as Map<number, number>;
      let next = kids.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        values.push(NONE);
        kids.set(code, next);
      }
      node = next;
    }
    // A real term wins over a blocker of the same spelling; otherwise the first one listed.
    const current = values[node] as number;
    if (current === NONE || (current === BLOCKER && value !== BLOCKER)) values[node] = value;
  }
  markStarts(canStart, children[0] as Map<number, number>, fold);

  function longestAt(text: string, from: number, limit: number): [number, number] {
    let node = 0;
    let bestEnd = -1;
    let bestValue = NONE;
    for (let i = from; i < limit; i++) {
      const next = (children[node] as Map<number, number>).get(foldCode(fold, text.charCodeAt(i)));
      if (next === undefined) break;
      node = next;
      const value = values[node] as number;
      if (value !== NONE) {
        bestEnd = i + 1;
        bestValue = value;
      }
    }
    return [bestEnd, bestValue];
  }

  function findTerms(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const limit = text.length;
    let i = 0;
    while (i < limit) {
      const code = text.charCodeAt(i);
      if (((canStart[code >>> 5] as number) & (1 << (code & 31))) === 0) {
        i++;
        continue;
      }
      const [end, value] = longestAt(text, i, limit);
      if (end < 0) {
        i++;
        continue;
      }
      if (value !== BLOCKER) out.push({ start: i, end, term: value });
      i = end;
    }
    return out;
  }

  return {
    findTerms,
    findInner(text, start, end) {
      // Inner terms start anywhere inside; the one at `start` must be shorter than the whole.
      const found: TermMatch[] = [];
      for (let i = start; i < end; i++) {
        const [e, value] = longestAt(text, i, i === start ? end - 1 : end);
        if (e > 0 && value >= 0) found.push({ start: i, end: e, term: value });
      }
      return found;
    },
    patternCount: index.patterns.length,
  };
}

/** Marks every raw code unit whose fold is a first character of some pattern. */
function markStarts(bits: Uint32Array, root: Map<number, number>, fold: FoldTable): void {
  const firsts = new Set(root.keys());
  const set = (code: number) => {
    bits[code >>> 5] = (bits[code >>> 5] as number) | (1 << (code & 31));
  };
  for (const code of firsts) set(code);
  for (const [from, to] of fold) if (firsts.has(to)) set(from);
  for (const code of firsts) {
    if (code >= 0x21 && code <= 0x7e) set(code + 0xfee0);
    if (code >= 0x61 && code <= 0x7a) {
      set(code - 32);
      set(code - 32 + 0xfee0);
    }
  }
}
