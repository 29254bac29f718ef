// My terms in the popup's search, beside the built-in entries: the fields search matches on
// (lib/search.ts), filled from a MyTerm. Forms merged into a built-in entry are left out: they
// belong to that entry, which search already finds.
import { stripTones } from '../pinyin-text.ts';
import type { SearchableTerm } from '../search.ts';
import type { MyTerm } from './types.ts';

export function searchableMyTerms(terms: MyTerm[]): SearchableTerm[] {
  return terms.filter((t) => !t.aliasOf).map(searchableMyTerm);
}

function searchableMyTerm(term: MyTerm): SearchableTerm {
  const syllables = stripTones(term.pinyin)
    .toLowerCase()
    .split(/[^a-zv]+/)
    .filter(Boolean);
  return {
    id: term.id,
    term: term.term,
    traditional: term.variants[0] ?? term.term,
    forms: term.forms,
    variants: term.variants,
    english: term.english,
    gloss: '',
    pinyin: term.pinyin,
    pinyinPlain: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    category: term.category,
    definition: term.definition,
    total: term.sources.length,
  };
}
