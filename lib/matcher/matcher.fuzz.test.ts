// Fuzzing the matcher with the real glossary and with random indexes, on text built to break
// naive code: surrogate pairs and emoji (also inside terms), combining marks, zero-width and
// bidi controls, right-to-left scripts, lone surrogates and very long lines. The fast matcher
// must never throw, return offsets that are in bounds, ordered, non-overlapping, never split a
// surrogate pair the pattern did not, and agree with the naive reference matcher exactly.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { count, hostilePiece, reportCounts, runs, withPieceInside } from '../testing/fuzz.ts';
import type { BuildIndex } from '../types.ts';
import { createMatcher, type TermMatch } from './matcher.ts';
import { referenceFindInner, referenceFindTerms } from '../testing/reference-matcher.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

const bundle = readBuiltGlossary();
const index = bundle.index;
const matcher = createMatcher(index);
const forms = [...new Set(index.patterns.map(([form]) => form))];
/** Forms of real terms (not context blockers): each is found on its own. */
const termForms = [...new Set(index.patterns.filter(([, v]) => v >= 0).map(([form]) => form))];

const form = fc.constantFrom(...forms);
const filler = fc.constantFrom('。', '，', '的', '和', '“', '”', '\n', 'a', '1');
const piece = fc.oneof(
  { weight: 3, arbitrary: form },
  { weight: 2, arbitrary: withPieceInside(form) },
  { weight: 3, arbitrary: hostilePiece },
  { weight: 2, arbitrary: filler },
);
const hostileText = (maxLength: number) =>
  fc.array(piece, { maxLength }).map((pieces) => pieces.join(''));

/** The first thing wrong with the matches' offsets, or null (one expect per case stays fast). */
function shapeProblem(text: string, matches: TermMatch[]): string | null {
  let last = 0;
  for (const m of matches) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) return `fractional ${m.start}`;
    if (m.start < last) return `overlap or disorder at ${m.start}`;
    if (m.end <= m.start || m.end > text.length) return `bad end ${m.end}`;
    if (m.term < 0 || m.term >= index.ids.length) return `bad term ${m.term}`;
    last = m.end;
  }
  return null;
}

const checkShape = (text: string, matches: TermMatch[]) =>
  expect(shapeProblem(text, matches)).toBeNull();

/** Does a cut at `at` fall between the two halves of a surrogate pair? */
const splitsPair = (text: string, at: number) =>
  at > 0 &&
  at < text.length &&
  /[\ud800-\udbff]/.test(text[at - 1] as string) &&
  /[\udc00-\udfff]/.test(text[at] as string);

afterAll(() => {
  reportCounts('matcher');
});

describe('matcher fuzz, real glossary', () => {
  it('equals the reference on hostile Unicode and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        count('matcher/reference');
        const found = matcher.findTerms(text);
        checkShape(text, found);
        expect(found).toEqual(referenceFindTerms(index, text));
        // The glossary has no astral characters, so no match may begin or end inside a pair.
        for (const m of found)
          expect(splitsPair(text, m.start) || splitsPair(text, m.end)).toBe(false);
      }),
      { numRuns: runs(800) },
    );
  });

  it('does not match a term with an emoji, joiner or combining mark inside it', () => {
    // The pieces that cannot be part of any form: the term is no longer written as such.
    const foreign = fc.constantFrom('😀', '🇨🇳', '\u0301', '\u200b', '\u200d', '\u202e', '\ud800');
    const cut = fc
      .tuple(fc.constantFrom(...termForms.filter((f) => f.length >= 2)), fc.nat(), foreign)
      .map(([f, at, p]) => {
        const i = 1 + (at % (f.length - 1));
        return { whole: f, text: f.slice(0, i) + p + f.slice(i) };
      });
    fc.assert(
      fc.property(cut, ({ whole, text }) => {
        count('matcher/emoji-inside');
        const found = matcher.findTerms(text);
        expect(found.some((m) => m.start === 0 && m.end === text.length)).toBe(false);
        expect(found).toEqual(referenceFindTerms(index, text));
        // Without the piece the term is found again.
        expect(matcher.findTerms(whole).length).toBeGreaterThan(0);
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('findInner equals the reference inside every match of hostile text', () => {
    fc.assert(
      fc.property(hostileText(25), (text) => {
        count('matcher/inner');
        for (const outer of matcher.findTerms(text)) {
          const inner = matcher.findInner(text, outer.start, outer.end);
          expect(inner).toEqual(referenceFindInner(index, text, outer.start, outer.end));
          for (const m of inner) {
            expect(m.start).toBeGreaterThanOrEqual(outer.start);
            expect(m.end).toBeLessThanOrEqual(outer.end);
          }
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it('never throws on findInner spans out of bounds, reversed, fractional or NaN', () => {
    // findInner walks [start, end) once per start: its caller bounds the span (a match), so
    // the span is garbage here but not astronomically long.
    const bound = fc.oneof(
      fc.integer({ min: -5, max: 300 }),
      fc.double({ min: -5, max: 300, noNaN: false }),
    );
    const span = fc.tuple(bound, bound);
    fc.assert(
      fc.property(hostileText(10), span, (text, [start, end]) => {
        count('matcher/inner-garbage');
        expect(() => matcher.findInner(text, start, end)).not.toThrow();
      }),
      { numRuns: runs(500) },
    );
  });

  it('finds on one very long line exactly what it finds line by line', () => {
    // Lines of up to ~20k characters joined into one of up to ~200k: a line break ends every
    // match, so the long line's matches are the per-line matches, shifted.
    const line = hostileText(400).map((t) => t.replaceAll('\n', ''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        count('matcher/long-line');
        const whole = lines.join('\n');
        const expected: TermMatch[] = [];
        let offset = 0;
        for (const l of lines) {
          for (const m of matcher.findTerms(l)) {
            expected.push({ ...m, start: m.start + offset, end: m.end + offset });
          }
          offset += l.length + 1;
        }
        const found = matcher.findTerms(whole);
        checkShape(whole, found);
        expect(found).toEqual(expected);
      }),
      { numRuns: runs(60) },
    );
  });

  it('scans a 1 MB single line of terms and hostile pieces', () => {
    const unit = `落实立德树人😀根本任务，兩個確立\u200b四个意识e\u0301مرحبا${'\ud800'}双减。`;
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    count('matcher/megabyte');
    const found = matcher.findTerms(text);
    checkShape(text, found);
    const perUnit = referenceFindTerms(index, unit);
    expect(found.length).toBe(perUnit.length * (text.length / unit.length));
  });
});

describe('matcher fuzz, random indexes', () => {
  // Patterns made of the hostile pieces themselves, so astral characters, lone surrogates and
  // combining marks are inside terms; folds may map any code unit to any other.
  const unit = fc.oneof(
    fc.constantFrom('a', 'A', 'ａ', '立', '德', '\u0301', '\u200d', '\ud83d', '\ude00', '😀'),
    hostilePiece,
  );
  const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
  const anyIndex: fc.Arbitrary<Pick<BuildIndex, 'patterns' | 'fold'>> = fc.record({
    patterns: fc.array(fc.tuple(word, fc.integer({ min: -1, max: 5 })), { maxLength: 10 }),
    fold: fc
      .array(fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), unit), {
        maxLength: 6,
      })
      .map((pairs) =>
        pairs
          .map(([from, to]) => [from, to.charAt(0)] as const)
          .filter(([from, to]) => from.length === 1 && to.length === 1)
          .map(([from, to]) => from + to)
          .join(''),
      ),
  });

  it('equals the reference for any index on any text', () => {
    fc.assert(
      fc.property(anyIndex, fc.array(unit, { maxLength: 40 }), (idx, chars) => {
        count('matcher/random-index');
        const text = chars.join('');
        const m = createMatcher(idx);
        const found = m.findTerms(text);
        expect(found).toEqual(referenceFindTerms(idx, text));
        for (const outer of found) {
          expect(m.findInner(text, outer.start, outer.end)).toEqual(
            referenceFindInner(idx, text, outer.start, outer.end),
          );
        }
      }),
      { numRuns: runs(800) },
    );
  });
});
