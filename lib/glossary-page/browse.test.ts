import { describe, expect, it } from 'vitest';
import type { Category } from '../types.ts';
import { categoryCounts, groupByLetter, letterOf, termsByLetter, termsIn } from './browse.ts';

const t = (id: string, pinyinPlain: string, category: Category = 'concept') => ({
  id,
  pinyinPlain,
  category,
});

describe('browsing A–Z by pinyin', () => {
  const terms = [
    t('zz', 'zhongguoshi'),
    t('ld', 'lideshuren'),
    t('lg', 'lianggequeli', 'formula'),
    t('ab', 'aiguo'),
  ];

  it('groups by the first letter of the toneless pinyin, letters and terms in order', () => {
    expect(groupByLetter(terms).map((g) => [g.letter, g.terms.map((x) => x.id)])).toEqual([
      ['a', ['ab']],
      ['l', ['lg', 'ld']],
      ['z', ['zz']],
    ]);
  });

  it('puts a term without pinyin under #', () => {
    expect(letterOf({ pinyinPlain: '' })).toBe('#');
    expect(letterOf({ pinyinPlain: '5G' })).toBe('#');
  });

  it('lists the terms of one letter', () => {
    expect(termsByLetter(terms, 'l').map((x) => x.id)).toEqual(['lg', 'ld']);
    expect(termsByLetter(terms, 'q')).toEqual([]);
  });
});

describe('browsing by category', () => {
  it('counts the categories in their canonical order and leaves empty ones out', () => {
    const terms = [t('a', 'a', 'slogan'), t('b', 'b', 'formula'), t('c', 'c', 'slogan')];
    expect(categoryCounts(terms)).toEqual([
      { category: 'formula', count: 1 },
      { category: 'slogan', count: 2 },
    ]);
  });

  it('lists one category in pinyin order', () => {
    const terms = [t('b', 'zai', 'slogan'), t('a', 'ai', 'slogan'), t('c', 'bu', 'formula')];
    expect(termsIn(terms, 'slogan').map((x) => x.id)).toEqual(['a', 'b']);
  });
});
