import { describe, expect, it } from 'vitest';
import { makeUserTerm, problemSummary } from '../my-terms/model.ts';
import { createSearchIndex } from '../search.ts';
import { searchableMyTerms } from './searchable.ts';
import type { MyTerm } from './types.ts';

function mine(term: string, change: Partial<MyTerm> = {}): MyTerm {
  const made = makeUserTerm({
    term,
    english: 'county high school revitalization',
    category: 'program',
    topic: 'education',
  });
  if (!made.ok) throw new Error(problemSummary(made.problem));
  return { ...made.term, sources: [], createdAt: 1, updatedAt: 1, ...change };
}

describe('searchableMyTerms', () => {
  const search = createSearchIndex(
    searchableMyTerms([mine('县域普高振兴'), mine('立德育人', { aliasOf: 'lide-shuren' })]),
  );
  const ids = (query: string) => search(query).map((hit) => hit.term.id);

  it('finds my terms by characters in either script, pinyin, initials and English', () => {
    for (const query of ['县域普高', '縣域普高', 'xianyu', 'xian yu pu gao', 'xypg', 'county high'])
      expect(ids(query), query).toEqual(['my:县域普高振兴']);
  });

  it('leaves out forms merged into a built-in entry', () => {
    expect(ids('立德育人')).toEqual([]);
  });
});
