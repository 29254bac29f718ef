import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BuildIndex } from '../types.ts';
import { BLOCKER, createMatcher } from './matcher.ts';
import { referenceFindInner, referenceFindTerms } from '../testing/reference-matcher.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

// A small hand-made index: 立德树人(0) nested in 立德树人根本任务(1), 两个确立(2), 双减(3) with a
// blocker, and a fold table entry 兩→两, 確→确, 樹→树 as the build would emit.
const index: Pick<BuildIndex, 'patterns' | 'fold'> = {
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

  it('never uses a pattern or fold pair that contains a line break', () => {
    const m = createMatcher({
      patterns: [
        ['a\nb', 0],
        ['c', 1],
      ],
      fold: '\nc',
    });
    expect(m.findTerms('a\nb')).toEqual([]);
    expect(m.findTerms('c\n')).toEqual([{ start: 0, end: 1, term: 1 }]);
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

describe('findInner', () => {
  // 中央纪委(0) and 国家监委(1) inside 中央纪委国家监委(2, also written 纪委国家监委), itself
  // inside the long name of the inspection group (3, which also has a short form); 党组(5)
  // guarded by the blocker 党组织.
  const nested: Pick<BuildIndex, 'patterns' | 'fold'> = {
    patterns: [
      ['中央纪委', 0],
      ['国家监委', 1],
      ['中央纪委国家监委', 2],
      ['纪委国家监委', 2],
      ['中央纪委国家监委驻教育部纪检监察组', 3],
      ['驻教育部纪检监察组', 3],
      ['教育部', 4],
      ['党组', 5],
      ['党组织', BLOCKER],
      ['基层党组织', 6],
    ],
    fold: '紀纪國国監监',
  };
  const m = createMatcher(nested);
  const inner = (text: string) => {
    const [outer] = m.findTerms(text);
    if (!outer) return [];
    return m
      .findInner(text, outer.start, outer.end)
      .map((x) => [text.slice(x.start, x.end), x.term]);
  };

  it('lists every nested term, shorter ones at the same start included', () => {
    expect(inner('中央纪委国家监委驻教育部纪检监察组')).toEqual([
      ['中央纪委', 0],
      ['中央纪委国家监委', 2],
      ['国家监委', 1],
      ['教育部', 4],
    ]);
  });

  it('leaves out other forms of the same term as the whole match', () => {
    expect(inner('中央纪委国家监委驻教育部纪检监察组').map(([, t]) => t)).not.toContain(3);
  });

  it('mentions a nested term once, not again inside its own longer form', () => {
    expect(inner('中央纪委国家监委驻教育部纪检监察组').filter(([, t]) => t === 2)).toEqual([
      ['中央纪委国家监委', 2],
    ]);
    expect(inner('纪委国家监委')).toEqual([['国家监委', 1]]);
  });

  it('works on traditional script', () => {
    expect(inner('中央紀委國家監委')).toEqual([
      ['中央紀委', 0],
      ['國家監委', 1],
    ]);
  });

  it('respects a blocker inside the match', () => {
    expect(inner('基层党组织')).toEqual([]);
  });

  it('agrees with the naive reference on random text and spans', () => {
    const alphabet = [...'中央纪委国家监委驻教育部纪检监察组党织基层紀國\n'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((c) => c.join(''));
    const case_ = text.chain((t) =>
      fc
        .tuple(fc.nat(t.length), fc.nat(t.length))
        .map(([a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const),
    );
    fc.assert(
      fc.property(case_, ([t, start, end]) => {
        expect(m.findInner(t, start, end)).toEqual(referenceFindInner(nested, t, start, end));
        for (const outer of m.findTerms(t)) {
          expect(m.findInner(t, outer.start, outer.end)).toEqual(
            referenceFindInner(nested, t, outer.start, outer.end),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('paragraph boundaries', () => {
  const bundle = readBuiltGlossary();
  const glossaryMatcher = createMatcher(bundle.index);
  const forms = bundle.terms.flatMap((t) => [...t.forms, ...t.variants]);
  const crossesBreak = (text: string, ms: { start: number; end: number }[]) =>
    ms.some((x) => /[\n\r]/.test(text.slice(x.start, x.end)));

  it('never returns a match crossing a line break, with the real glossary', () => {
    // Glossary forms cut at a random point by a line break, glued to other forms and filler.
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc
        .tuple(fc.constantFrom(...forms), fc.nat(), fc.constantFrom('\n', '\r\n', '\n\n'))
        .map(([f, at, br]) => {
          const cut = 1 + (at % Math.max(1, f.length - 1));
          return f.slice(0, cut) + br + f.slice(cut);
        }),
      fc.constantFrom('。', '的', '\n', ' ', '和'),
    );
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const found = glossaryMatcher.findTerms(t);
        expect(crossesBreak(t, found)).toBe(false);
        for (const outer of found) {
          expect(crossesBreak(t, glossaryMatcher.findInner(t, outer.start, outer.end))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never returns a match crossing a line break, whatever the index', () => {
    const unit = fc.constantFrom('a', 'b', 'A', '\n', '\r', 'ａ');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    const anyIndex = fc.record({
      patterns: fc.array(fc.tuple(word, fc.integer({ min: -1, max: 3 })), { maxLength: 8 }),
      fold: fc.array(unit, { maxLength: 6 }).map((c) => c.join('')),
    });
    fc.assert(
      fc.property(anyIndex, fc.array(unit, { maxLength: 30 }), (index, chars) => {
        const t = chars.join('');
        const any = createMatcher(index);
        const found = any.findTerms(t);
        expect(crossesBreak(t, found)).toBe(false);
        expect(found).toEqual(referenceFindTerms(index, t));
      }),
      { numRuns: 1000 },
    );
  });
});
