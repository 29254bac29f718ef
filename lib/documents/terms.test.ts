import { describe, expect, it } from 'vitest';
import { testIndex } from '../testing/match-index.ts';
import { termsInText } from './terms.ts';

describe('termsInText', () => {
  const index = testIndex({
    ids: ['lide-shuren', 'shuang-jian'],
    categories: ['slogan', 'policy'] as never,
    topics: ['education', 'education'] as never,
    patterns: [
      ['立德树人', 0],
      ['双减', 1],
    ],
  });
  const byId = new Map([
    ['lide-shuren', { term: '立德树人', english: 'foster virtue' }],
    ['shuang-jian', { term: '双减', english: 'double reduction' }],
  ]);

  it('counts each term and where it first stands, most frequent first', () => {
    const text = '落实双减。坚持立德树人，立德树人是根本任务。';
    expect(termsInText(text, index, byId)).toEqual([
      { id: 'lide-shuren', term: '立德树人', english: 'foster virtue', count: 2, first: 7 },
      { id: 'shuang-jian', term: '双减', english: 'double reduction', count: 1, first: 2 },
    ]);
  });
  it('finds nothing in text without terms', () => {
    expect(termsInText('今天天气很好。', index, byId)).toEqual([]);
  });
});
