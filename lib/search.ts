// Glossary search over the whole glossary, in memory: characters (simplified or traditional),
// pinyin with or without tones, spaces or tone numbers, pinyin initials (ldsr → 立德树人), and
// English. Used by the popup and the glossary page; scripts/bench-search.ts measures it.
import { stripTones } from './pinyin-text.ts';
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
  /** `plain` with ü written u (lüe → lue): what people type when they do not know the v key. */
  plainU: string;
  initials: string;
  english: string;
  gloss: string;
  definition: string;
}

export interface SearchHit {
  term: SearchableTerm;
  score: number;
}

/**
 * Scores are tiers: exact (90s) before prefix (70s) before substring (40s–50s) before weak
 * matches in the gloss or definition. Within a tier a closer length scores up to 9 more, so a
 * tier never overtakes the one above it.
 */
export const TIER = {
  exact: 100,
  pinyinExact: 95,
  englishExact: 92,
  initialsExact: 90,
  prefix: 80,
  pinyinPrefix: 75,
  englishWords: 70,
  substring: 60,
  initialsPrefix: 55,
  englishSubstring: 50,
  pinyinSubstring: 45,
  containsForm: 40,
  gloss: 25,
  definition: 10,
} as const;

const HAN = /[\u3400-\u9fff\u{20000}-\u{2ffff}]/u;

const closeness = (extra: number) => Math.max(0, 9 - extra);

export function createSearchIndex(terms: SearchableTerm[]) {
  const items: Item[] = terms.map((term) => ({
    term,
    han: [...new Set([term.term, term.traditional, ...term.forms, ...term.variants])],
    plain: term.pinyinPlain,
    plainU: term.pinyinPlain.replace(/v/g, 'u'),
    initials: term.initials,
    english: term.english.toLowerCase(),
    gloss: term.gloss.toLowerCase(),
    definition: term.definition,
  }));

  return function search(query: string, limit = 30): SearchHit[] {
    const q = query.normalize('NFC').trim();
    if (!q) return [];
    const scoreOf = HAN.test(q) ? hanScorer(q.replace(/\s+/g, '')) : latinScorer(q);
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
      if (form === q) return TIER.exact;
      const extra = form.length - q.length;
      if (form.startsWith(q)) best = Math.max(best, TIER.prefix - 9 + closeness(extra));
      else if (form.includes(q)) best = Math.max(best, TIER.substring - 9 + closeness(extra));
      else if (form.length >= 2 && q.includes(form)) best = Math.max(best, TIER.containsForm);
    }
    if (best === 0 && q.length >= 2 && item.definition.includes(q)) best = TIER.definition;
    return best;
  };
}

function latinScorer(query: string) {
  const lower = query.toLowerCase();
  // "lì dé shù rén", "li4 de2 shu4 ren2", "lide shuren", "xi'an" → one run of toneless letters.
  const compact = stripTones(lower).replace(/[\s'’·\-1-5]+/g, '');
  const pinyinLike = /^[a-z]+$/.test(compact);
  const words = lower.split(/\s+/).filter(Boolean);
  return (item: Item): number => {
    let best = 0;
    if (pinyinLike) {
      const extra = item.plain.length - compact.length;
      if (item.plain === compact || item.plainU === compact) best = TIER.pinyinExact;
      else if (item.plain.startsWith(compact) || item.plainU.startsWith(compact))
        best = TIER.pinyinPrefix - 9 + closeness(extra);
      else if (
        compact.length >= 3 &&
        (item.plain.includes(compact) || item.plainU.includes(compact))
      )
        best = TIER.pinyinSubstring - 9 + closeness(extra);
      if (item.initials === compact) best = Math.max(best, TIER.initialsExact);
      else if (compact.length >= 2 && item.initials.startsWith(compact))
        best = Math.max(best, TIER.initialsPrefix);
    }
    if (item.english === lower) best = Math.max(best, TIER.englishExact);
    else if (words.every((w) => wordPrefix(item.english, w)))
      best = Math.max(best, TIER.englishWords);
    else if (lower.length >= 3 && item.english.includes(lower))
      best = Math.max(best, TIER.englishSubstring);
    else if (lower.length >= 3 && words.every((w) => wordPrefix(item.gloss, w)))
      best = Math.max(best, TIER.gloss);
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
