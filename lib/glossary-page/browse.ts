// Browsing the glossary: A–Z by the first letter of the toneless pinyin, by category and by topic.
import { CATEGORIES, type Category, type TermEntry, TOPICS, type Topic } from '../types.ts';

type Browsable = Pick<TermEntry, 'id' | 'pinyinPlain' | 'category'> & { topic?: Topic };

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

/** Topics in their canonical order with how many terms each has (empty ones left out). */
export function topicCounts(terms: Browsable[]): { topic: Topic; count: number }[] {
  const counts = new Map<Topic, number>();
  for (const term of terms)
    if (term.topic) counts.set(term.topic, (counts.get(term.topic) ?? 0) + 1);
  return TOPICS.flatMap((topic) => {
    const count = counts.get(topic) ?? 0;
    return count > 0 ? [{ topic, count }] : [];
  });
}

export function termsInTopic<T extends Browsable>(terms: T[], topic: Topic): T[] {
  return terms.filter((t) => t.topic === topic).sort(byPinyin);
}
