// A valid curated entry for tests, with the fields a test cares about overridden.
import type { CuratedEntry } from '../glossary-build/entries.ts';

export function curatedEntry(over: Partial<CuratedEntry> = {}): CuratedEntry {
  return {
    id: 'x',
    term: '立德树人',
    forms: [over.term ?? '立德树人'],
    category: 'concept',
    topic: 'education',
    english: 'e',
    gloss: 'g',
    definition: 'd',
    members: [],
    related: [],
    exclude: [],
    ...over,
  };
}
