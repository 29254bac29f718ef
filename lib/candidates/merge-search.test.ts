import { describe, expect, it } from 'vitest';
import { mine } from '../testing/my-terms.ts';
import { searchMergeTargets } from './merge-search.ts';

describe('merge targets', () => {
  const builtIn = (q: string) =>
    q === 'lideshuren'
      ? [
          {
            score: 1,
            term: { id: 'li-de-shu-ren', term: '立德树人', pinyin: 'lì dé shù rén', english: 'x' },
          },
        ]
      : [];
  const terms = [mine('家校共育', { pinyin: 'jiā xiào gòng yù', english: 'home-school' })];

  it('finds my terms by form, pinyin or English before built-in entries', () => {
    for (const q of ['家校', 'jiaxiao', 'HOME'])
      expect(searchMergeTargets(q, builtIn as never, terms).map((h) => h.id)).toEqual([
        'my:家校共育',
      ]);
    expect(searchMergeTargets('lideshuren', builtIn as never, terms)).toEqual([
      { id: 'li-de-shu-ren', term: '立德树人', detail: 'lì dé shù rén · x', mine: false },
    ]);
    expect(searchMergeTargets('  ', builtIn as never, terms)).toEqual([]);
  });
});
