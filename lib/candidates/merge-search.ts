// Finding the entry to merge a candidate into: the built-in entries by the glossary's own search
// (characters, pinyin, English), and my terms by any of their forms, pinyin or English.
import type { MyTerm } from '../my-glossary/types.ts';
import { stripTones } from '../pinyin-text.ts';
import type { SearchHit } from '../search.ts';

export interface MergeHit {
  id: string;
  term: string;
  detail: string;
  mine: boolean;
}

export function searchMergeTargets(
  query: string,
  builtIn: (query: string, limit: number) => SearchHit[],
  mine: MyTerm[],
  limit = 8,
): MergeHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const plain = stripTones(q).replace(/\s+/g, '');
  const own = mine
    .filter(
      (t) =>
        [...t.forms, ...t.variants].some((f) => f.includes(q)) ||
        t.english.toLowerCase().includes(q) ||
        (plain && stripTones(t.pinyin).replace(/\s+/g, '').includes(plain)),
    )
    .slice(0, limit)
    .map((t) => ({ id: t.id, term: t.term, detail: t.pinyin, mine: true }));
  const theirs = builtIn(q, limit).map(({ term }) => ({
    id: term.id,
    term: term.term,
    detail: [term.pinyin, term.english].filter(Boolean).join(' · '),
    mine: false,
  }));
  return [...own, ...theirs].slice(0, limit);
}
