import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../types.ts';
import { BLOCKER, createMatcher } from './matcher.ts';
import { referenceFindTerms } from './reference.ts';

// A small hand-made index: 立德树人(0) nested in 立德树人根本任务(1), 两个确立(2), 双减(3) with a
// blocker, and a fold table entry 兩→两, 確→确, 樹→树 as the build would emit.
const index: Pick<MatchIndex, 'patterns' | 'fold'> = {
  patterns: [
    ['立德树人', 0],
    ['立德树人根本任务', 1],
    ['两个确立', 2],
    ['双减', 3],
    ['双减速', BLOCKER],
    ['ab', 4],
  ],
  fold: '兩两確确樹树雙双減减',
};
const matcher = createMatcher(index);
const spans = (text: string) =>
  matcher.findTerms(text).map((m) => [text.slice(m.start, m.end), m.term]);

describe('createMatcher', () => {
  it('prefers the longest overlapping term', () => {
    expect(spans('落实立德树人根本任务。')).toEqual([['立德树人根本任务', 1]]);
    expect(spans('坚持立德树人。')).toEqual([['立德树人', 0]]);
  });

  it('matches traditional and mixed script without rewriting the text', () => {
    expect(spans('深刻領悟“兩個確立”')).toEqual([]); // 個 is not in this fold table
    expect(spans('兩个確立與立德樹人')).toEqual([
      ['兩个確立', 2],
      ['立德樹人', 0],
    ]);
  });

  it('folds full-width Latin and case', () => {
    expect(spans('ＡＢ and Ab')).toEqual([
      ['ＡＢ', 4],
      ['Ab', 4],
    ]);
  });

  it('lets a context blocker stop a short form inside a longer word', () => {
    expect(spans('推进双减工作')).toEqual([['双减', 3]]);
    expect(spans('列车双减速装置')).toEqual([]);
  });

  it('never matches across a line break', () => {
    expect(spans('立德\n树人')).toEqual([]);
  });

  it('finds the inner terms of a nested match', () => {
    const text = '立德树人根本任务';
    const inner = matcher.findInner(text, 0, text.length);
    expect(inner.map((m) => text.slice(m.start, m.end))).toEqual(['立德树人']);
  });

  it('agrees with the naive reference matcher on random text', () => {
    const alphabet = [...'立德树人根本任务两个確确兩双減减速ab ＡB\n。樹'];
    const text = fc
      .array(fc.constantFrom(...alphabet), { maxLength: 60 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matcher.findTerms(t)).toEqual(referenceFindTerms(index, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps offsets valid on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        for (const m of matcher.findTerms(t)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
    );
  });
});
