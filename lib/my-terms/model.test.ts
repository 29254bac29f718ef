import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, makeUserTerm, type UserTermInput } from './model.ts';

describe('makeUserTerm', () => {
  it('fills in pinyin and traditional renderings, and stores simplified forms', () => {
    const made = makeUserTerm({
      term: '數智校園',
      forms: ['数智化校园', '数智校园'],
      category: 'concept',
      topic: 'education',
      definition: ' 用数据和智能技术建设的校园 ',
    });
    expect(made).toEqual({
      ok: true,
      term: {
        id: 'my:数智校园',
        term: '数智校园',
        forms: ['数智校园', '数智化校园'],
        variants: ['數智校園', '數智化校園'],
        pinyin: 'shù zhì xiào yuán',
        definition: '用数据和智能技术建设的校园',
        english: '',
        category: 'concept',
        topic: 'education',
      },
    });
  });

  it('keeps the pinyin the user gave', () => {
    const made = makeUserTerm({
      term: '一体两翼',
      pinyin: 'yī tǐ liǎng yì',
      category: 'formula',
      topic: 'economy',
    });
    expect(made.ok && made.term.pinyin).toBe('yī tǐ liǎng yì');
  });

  it('refuses what cannot be matched or filed, with a code and the value at fault', () => {
    const base = { category: 'concept', topic: 'education' };
    const problem = (input: Partial<UserTermInput>) => {
      const made = makeUserTerm({ ...base, term: '数智校园', ...input });
      return made.ok ? null : made.problem;
    };
    expect(problem({ term: '校' })).toEqual({ code: 'tooShort', value: '校' });
    expect(problem({ term: ' AI ' })).toEqual({ code: 'notChinese', value: ' AI ' });
    expect(problem({ term: '数智\n校园' })).toEqual({ code: 'multiline', value: '数智\n校园' });
    const long = '校'.repeat(MAX_TERM_LENGTH + 1);
    expect(problem({ term: long })).toEqual({ code: 'tooLong', value: long });
    expect(problem({ term: '校'.repeat(MAX_TERM_LENGTH) })).toBeNull();
    // Other forms are checked as the headword is, and named as the user wrote them.
    expect(problem({ forms: ['数智化校園', '園'] })).toEqual({ code: 'tooShort', value: '園' });
    expect(problem({ category: 'idea' })).toEqual({ code: 'unknownCategory', value: 'idea' });
    expect(problem({ topic: 'sport' })).toEqual({ code: 'unknownTopic', value: 'sport' });
  });
});
