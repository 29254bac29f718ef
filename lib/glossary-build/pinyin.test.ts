import { describe, expect, it } from 'vitest';
import { pinyinOf } from './pinyin.ts';
import { stripTones } from '../pinyin-text.ts';
import { readBuiltGlossary } from './built.ts';

describe('pinyinOf', () => {
  it('gives tone marks, a plain spelling and initials', () => {
    expect(pinyinOf('立德树人')).toEqual({
      pinyin: 'lì dé shù rén',
      plain: 'lideshuren',
      initials: 'ldsr',
    });
  });

  it('reads numbered formulas', () => {
    expect(pinyinOf('四个意识').plain).toBe('sigeyishi');
    expect(pinyinOf('十四五').initials).toBe('ssw');
  });

  it('uses an override for a misread polyphone and derives the rest from it', () => {
    expect(pinyinOf('干在实处', 'gàn zài shí chù')).toEqual({
      pinyin: 'gàn zài shí chù',
      plain: 'ganzaishichu',
      initials: 'gzsc',
    });
  });

  it('writes ü as v in the plain form', () => {
    expect(pinyinOf('绿色化').plain).toBe('lvsehua');
    expect(stripTones('lǜ sè')).toBe('lv se');
  });
});

describe('pinyin in the built glossary', () => {
  const bundle = readBuiltGlossary();

  it('gives every all-Han headword one syllable per character', () => {
    for (const term of bundle.terms.filter((t) => /^[\u4e00-\u9fff]+$/.test(t.term))) {
      expect(term.pinyin.split(' '), term.term).toHaveLength(term.term.length);
      expect(term.pinyinPlain, term.term).toMatch(/^[a-z]+$/);
      expect(term.initials, term.term).toHaveLength(term.term.length);
    }
  });
});
