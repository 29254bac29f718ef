import { describe, expect, it } from 'vitest';
import bundle from './glossary-build/generated/glossary.json' with { type: 'json' };
import { createSearchIndex, type SearchableTerm } from './search.ts';
import type { GlossaryBundle } from './types.ts';

const glossary = bundle as unknown as GlossaryBundle;
const search = createSearchIndex(
  glossary.terms.map((t) => ({ ...t, total: t.occurrences.length })),
);
const heads = (query: string) => search(query).map((h) => h.term.term);

function term(id: string, term: string, extra: Partial<SearchableTerm> = {}): SearchableTerm {
  return {
    id,
    term,
    traditional: term,
    forms: [term],
    variants: [],
    english: id,
    gloss: '',
    pinyin: '',
    pinyinPlain: id,
    initials: '',
    category: 'concept',
    definition: '',
    ...extra,
  };
}

describe('search over the full glossary, by each kind of query', () => {
  it('finds a term by its simplified headword', () => {
    expect(heads('立德树人')[0]).toBe('立德树人');
  });

  it('finds a term by its traditional headword', () => {
    expect(heads('兩個確立')[0]).toBe('两个确立');
    expect(heads('四個意識')[0]).toBe('四个意识');
  });

  it('finds terms by a character prefix and by a substring', () => {
    expect(heads('立德')).toContain('立德树人');
    expect(heads('树人')).toContain('立德树人');
  });

  it('finds a term by pinyin with tones, without tones, with or without spaces', () => {
    for (const q of [
      'lì dé shù rén',
      'lideshuren',
      'lide shuren',
      'LiDeShuRen',
      'li4 de2 shu4 ren2',
    ]) {
      expect(heads(q)[0], q).toBe('立德树人');
    }
  });

  it('accepts ü typed as v, as ü, or as u', () => {
    for (const q of ['kejiaoxingguozhanlve', 'kējiào xīngguó zhànlüè', 'kejiaoxingguozhanlue']) {
      expect(heads(q)[0], q).toBe('科教兴国战略');
    }
  });

  it('finds a term by its pinyin initials', () => {
    expect(heads('ldsr')[0]).toBe('立德树人');
  });

  it('finds a term by pinyin prefix while typing', () => {
    expect(heads('lides')).toContain('立德树人');
  });

  it('finds a term by English, exact or by word prefixes', () => {
    expect(heads('Two Establishes')[0]).toBe('两个确立');
    expect(heads('two establ')).toContain('两个确立');
    expect(heads('common prosperity')[0]).toBe('共同富裕');
    expect(heads('new quality productive forces')[0]).toBe('新质生产力');
  });

  it('returns nothing for nonsense and for blank queries, never throws', () => {
    expect(search('qqqzzzxx')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('！？…')).toEqual([]);
    expect(search('𠀀𠀁')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search('j', 5)).toHaveLength(5);
  });
});

describe('ranking', () => {
  const ranked = createSearchIndex([
    term('substring', '大中小学思政课', { english: 'integrated courses' }),
    term('prefix', '思政课教师', { english: 'course teachers' }),
    term('exact', '思政课', { english: 'political course' }),
    term('longprefix', `思政课${'很'.repeat(30)}`),
  ]);
  const ids = (q: string) => ranked(q).map((h) => h.term.id);

  it('puts the exact match before prefixes and prefixes before substrings', () => {
    expect(ids('思政课')).toEqual(['exact', 'prefix', 'longprefix', 'substring']);
  });

  it('keeps a very long prefix match above every substring match', () => {
    const [long] = ranked('思政课').filter((h) => h.term.id === 'longprefix');
    const [sub] = ranked('思政课').filter((h) => h.term.id === 'substring');
    expect(long?.score).toBeGreaterThan(sub?.score ?? Infinity);
  });

  it('ranks exact pinyin before a pinyin prefix before a pinyin substring', () => {
    const byPinyin = createSearchIndex([
      term('sub', '甲', { pinyinPlain: 'dasizhengke' }),
      term('pre', '乙', { pinyinPlain: 'sizhengkejiaoshi' }),
      term('exa', '丙', { pinyinPlain: 'sizhengke' }),
    ]);
    expect(byPinyin('sizhengke').map((h) => h.term.id)).toEqual(['exa', 'pre', 'sub']);
  });

  it('ranks exact English before word prefixes before substrings', () => {
    const byEnglish = createSearchIndex([
      term('a', '甲', { english: 'Reform of examinations' }),
      term('b', '乙', { english: 'Reform' }),
      term('c', '丙', { english: 'Deepening reforms' }),
      term('d', '丁', { english: 'Nonreformist' }),
    ]);
    expect(byEnglish('reform').map((h) => h.term.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('breaks ties by how often the term occurs in the sources', () => {
    const byUse = createSearchIndex([
      term('rare', '双减甲', { total: 1 }),
      term('common', '双减乙', { total: 9 }),
    ]);
    expect(byUse('双减').map((h) => h.term.id)).toEqual(['common', 'rare']);
  });
});
