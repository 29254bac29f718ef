// Popup search over the whole glossary, in memory: characters (simplified or traditional),
// pinyin with or without tones or spaces, pinyin initials (ldsr → 立德树人), and English.
import { stripTones } from './glossary/pinyin-text.ts';
import type { TermEntry } from './types.ts';

export type SearchableTerm = Pick<
  TermEntry,
  | 'id'
  | 'term'
  | 'traditional'
  | 'forms'
  | 'variants'
  | 'english'
  | 'gloss'
  | 'pinyin'
  | 'pinyinPlain'
  | 'initials'
  | 'category'
  | 'definition'
> & { total?: number };

interface Item {
  term: SearchableTerm;
  han: string[];
  plain: string;
  initials: string;
  english: string;
  gloss: string;
  definition: string;
}

export interface SearchHit {
  term: SearchableTerm;
  score: number;
}

const HAN = /[\u3400-\u9fff]/;

export function createSearchIndex(terms: SearchableTerm[]) {
  const items: Item[] = terms.map((term) => ({
    term,
    han: [...new Set([term.term, term.traditional, ...term.forms, ...term.variants])],
    plain: term.pinyinPlain,
    initials: term.initials,
    english: term.english.toLowerCase(),
    gloss: term.gloss.toLowerCase(),
    definition: term.definition,
  }));

  return function search(query: string, limit = 30): SearchHit[] {
    const q = query.normalize('NFC').trim();
    if (!q) return [];
    const scoreOf = HAN.test(q) ? hanScorer(q) : latinScorer(q);
    const hits: SearchHit[] = [];
    for (const item of items) {
      const score = scoreOf(item);
      if (score > 0) hits.push({ term: item.term, score });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        (b.term.total ?? 0) - (a.term.total ?? 0) ||
        a.term.pinyinPlain.localeCompare(b.term.pinyinPlain),
    );
    return hits.slice(0, limit);
  };
}

function hanScorer(q: string) {
  return (item: Item): number => {
    let best = 0;
    for (const form of item.han) {
      if (form === q) return 100;
      if (form.startsWith(q)) best = Math.max(best, 80 - (form.length - q.length));
      else if (form.includes(q)) best = Math.max(best, 60 - (form.length - q.length));
      else if (q.includes(form) && form.length >= 2) best = Math.max(best, 40);
    }
    if (best === 0 && q.length >= 2 && item.definition.includes(q)) best = 10;
    return best;
  };
}

function latinScorer(query: string) {
  const lower = query.toLowerCase();
  const compact = stripTones(lower).replace(/[\s'’·-]+/g, '');
  const words = lower.split(/\s+/).filter(Boolean);
  return (item: Item): number => {
    let best = 0;
    if (compact.length > 0) {
      if (item.plain === compact) best = 95;
      else if (item.plain.startsWith(compact)) best = 75;
      else if (compact.length >= 3 && item.plain.includes(compact)) best = 45;
      if (item.initials === compact) best = Math.max(best, 90);
      else if (compact.length >= 2 && item.initials.startsWith(compact)) best = Math.max(best, 55);
    }
    if (item.english === lower) best = Math.max(best, 92);
    else if (words.every((w) => wordPrefix(item.english, w))) best = Math.max(best, 70);
    else if (lower.length >= 3 && item.english.includes(lower)) best = Math.max(best, 50);
    else if (lower.length >= 3 && words.every((w) => wordPrefix(item.gloss, w)))
      best = Math.max(best, 25);
    return best;
  };
}

function wordPrefix(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    if (at === 0 || /[^a-z0-9]/.test(text[at - 1] as string)) return true;
    from = at + 1;
  }
}
