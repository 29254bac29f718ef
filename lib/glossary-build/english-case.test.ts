import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from './built.ts';
import { caseProblem, checkEnglishCase } from './english-case.ts';

describe('caseProblem', () => {
  it.each([
    'Two Establishes',
    'Five-sphere Integrated Plan',
    'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
    'Belt and Road Initiative',
    '14th Five-Year Plan (2021–2025)',
    'Three Entries (into textbooks, classrooms and minds)',
  ])('accepts the name "%s" in Title Case', (name) => {
    expect(caseProblem(name)).toBeUndefined();
  });

  it.each([
    'common prosperity',
    'spirit of the Beijing Winter Olympics',
    '12345 hotline',
    '"three new" economy',
    'Party building',
    'Chinese modernization',
    'Hong Kong people administering Hong Kong',
  ])('accepts the description "%s", lower case apart from proper nouns', (description) => {
    expect(caseProblem(description)).toBeUndefined();
  });

  it('accepts a listed sentence in sentence case', () => {
    expect(caseProblem('We will make our country strong')).toBeUndefined();
  });

  it('rejects a name that drops into lower case', () => {
    expect(caseProblem('West-East Power Transmission project')).toMatch(/"project" should be/);
    expect(caseProblem('Healthy China strategy')).toMatch(/"strategy"/);
  });

  it('rejects a capitalised function word inside a name', () => {
    expect(caseProblem('Belt And Road Initiative')).toMatch(/"And" is a short function word/);
  });

  it('lets a function word after a colon open the next part', () => {
    expect(caseProblem('Five Priorities: The Tech Part')).toBeUndefined();
  });
});

describe('checkEnglishCase', () => {
  it('names the entry and the field, and checks englishAlt too', () => {
    const errors = checkEnglishCase([
      { id: 'ok', english: 'common prosperity' },
      { id: 'jian-kang-zhong-guo', english: 'Healthy China', englishAlt: 'Healthy China strategy' },
    ]);
    expect(errors).toEqual([expect.stringMatching(/^jian-kang-zhong-guo: englishAlt "Healthy/)]);
  });
});

describe('the built glossary', () => {
  it('keeps the capitalisation rule in every English rendering', () => {
    expect(checkEnglishCase(readBuiltGlossary().terms)).toEqual([]);
  });
});
