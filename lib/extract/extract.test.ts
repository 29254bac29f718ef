import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { toSimplified } from './simplify.ts';
import { extractTerms, knownTermOf } from './extract.ts';

const { index } = readBuiltGlossary();
const withGlossary = { toSimplified, index };
const withoutGlossary = { toSimplified };

describe('extractTerms', () => {
  it('finds what the texts mark and says which entry each one already is', () => {
    const found = extractTerms(
      [{ id: 'a', text: '深刻领悟“两个确立”的决定性意义，推进“数智校园”建设。' }],
      withGlossary,
    );
    expect(found.map((c) => [c.term, c.kinds, c.known])).toEqual([
      ['两个确立', ['quoted', 'formula'], 'liang-ge-que-li'],
      ['数智校园', ['quoted'], null],
    ]);
  });

  it('reads traditional text as simplified and keeps the sentences as written', () => {
    const [first] = extractTerms(
      [{ id: 'tw', text: '堅持「兩個確立」。要做到「兩個確立」，落實責任。' }],
      withGlossary,
    );
    expect(first).toEqual({
      term: '两个确立',
      count: 2,
      documents: ['tw'],
      kinds: ['quoted', 'formula'],
      known: 'liang-ge-que-li',
      sentences: [
        { document: 'tw', text: '堅持「兩個確立」。' },
        { document: 'tw', text: '要做到「兩個確立」，落實責任。' },
      ],
    });
  });

  it('counts a span that is both quoted and a formula once', () => {
    const [first] = extractTerms([{ id: 'a', text: '落实“双减”。' }], withGlossary);
    expect([first?.term, first?.count]).toEqual(['双减', 1]);
  });

  it('ranks candidates in more documents first, then the more frequent', () => {
    const found = extractTerms(
      [
        { id: 'a', text: '“甲乙工程”“甲乙工程”“甲乙工程”“丙丁方案”' },
        { id: 'b', text: '“丙丁方案”' },
      ],
      withoutGlossary,
    );
    expect(found.map((c) => [c.term, c.count, c.documents])).toEqual([
      ['丙丁方案', 2, ['a', 'b']],
      ['甲乙工程', 3, ['a']],
    ]);
  });

  it('keeps a name found only by its head noun when it recurs, as the build does', () => {
    const once = extractTerms([{ id: 'a', text: '深入实施科教兴国战略。' }], withoutGlossary);
    const twice = extractTerms(
      [
        { id: 'a', text: '深入实施科教兴国战略。' },
        { id: 'b', text: '坚持科教兴国战略。' },
      ],
      withoutGlossary,
    );
    expect(once).toEqual([]);
    expect(twice.map((c) => c.term)).toEqual(['科教兴国战略']);
  });

  it('drops a known term with a particle attached, but only when the glossary is used', () => {
    const text = '坚持“两个确立的”说法。';
    expect(extractTerms([{ id: 'a', text }], withGlossary).map((c) => c.term)).toEqual([
      '两个确立',
    ]);
    expect(extractTerms([{ id: 'a', text }], withoutGlossary).map((c) => c.term)).toEqual([
      '两个确立',
      '两个确立的',
    ]);
  });

  it('keeps at most the asked number of sentences', () => {
    const text = Array.from({ length: 5 }, (_, i) => `第${i}句讲“数智校园”。`).join('');
    const [first] = extractTerms([{ id: 'a', text }], { toSimplified, sentencesPerCandidate: 2 });
    expect(first?.count).toBe(5);
    expect(first?.sentences.map((s) => s.text)).toEqual([
      '第0句讲“数智校园”。',
      '第1句讲“数智校园”。',
    ]);
  });
});

describe('knownTermOf', () => {
  it('knows a whole form in either script, not a longer or shorter text', () => {
    const knownOf = knownTermOf(index);
    expect(knownOf('立德树人根本任务')).toBe('li-de-shu-ren');
    expect(knownOf('立德樹人')).toBe('li-de-shu-ren');
    expect(knownOf('立德树人工作')).toBeNull();
    expect(knownOf('立德')).toBeNull();
    expect(knownTermOf(null)('立德树人')).toBeNull();
  });
});
