// Browsing the glossary: A–Z by the first letter of the toneless pinyin, and by category.
import { CATEGORIES, type Category, type TermEntry } from '../types.ts';

type Browsable = Pick<TermEntry, 'id' | 'pinyinPlain' | 'category'>;

export function letterOf(term: Pick<TermEntry, 'pinyinPlain'>): string {
  const first = term.pinyinPlain.charAt(0).toLowerCase();
  return /[a-z]/.test(first) ? first : '#';
}

export const byPinyin = (a: Browsable, b: Browsable) =>
  a.pinyinPlain.localeCompare(b.pinyinPlain) || a.id.localeCompare(b.id);

/** Terms grouped by initial letter, letters A–Z, terms in pinyin order within each. */
export function groupByLetter<T extends Browsable>(terms: T[]): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of [...terms].sort(byPinyin)) {
    const letter = letterOf(term);
    const group = groups.get(letter);
    if (group) group.push(term);
    else groups.set(letter, [term]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([letter, list]) => ({ letter, terms: list }));
}

/** Categories in their canonical order with how many terms each has (empty ones left out). */
export function categoryCounts(terms: Browsable[]): { category: Category; count: number }[] {
  const counts = new Map<Category, number>();
  for (const term of terms) counts.set(term.category, (counts.get(term.category) ?? 0) + 1);
  return CATEGORIES.flatMap((category) => {
    const count = counts.get(category) ?? 0;
    return count > 0 ? [{ category, count }] : [];
  });
}

export function termsIn<T extends Browsable>(terms: T[], category: Category): T[] {
  return terms.filter((t) => t.category === category).sort(byPinyin);
}

export function termsByLetter<T extends Browsable>(terms: T[], letter: string): T[] {
  return terms.filter((t) => letterOf(t) === letter).sort(byPinyin);
}
