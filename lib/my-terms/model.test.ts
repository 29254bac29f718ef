import { describe, expect, it } from 'vitest';
import { makeUserTerm } from './model.ts';

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

  it('refuses what cannot be matched or filed, saying why', () => {
    const base = { category: 'concept', topic: 'education' };
    expect(makeUserTerm({ ...base, term: '校' })).toEqual({
      ok: false,
      problem: '"校": a term needs at least two characters',
    });
    expect(makeUserTerm({ ...base, term: 'AI' })).toEqual({
      ok: false,
      problem: '"AI": a term needs a Chinese character',
    });
    expect(makeUserTerm({ ...base, term: '数智\n校园' }).ok).toBe(false);
    expect(makeUserTerm({ ...base, term: '数智校园', category: 'idea' })).toEqual({
      ok: false,
      problem: 'unknown category "idea"',
    });
    expect(makeUserTerm({ ...base, term: '数智校园', topic: 'sport' }).ok).toBe(false);
  });
});
