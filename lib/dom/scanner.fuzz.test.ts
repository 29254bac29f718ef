// @vitest-environment happy-dom
// The scanner on pathological input: a huge text matched in line-aligned pieces finds exactly
// what matching it whole finds (fuzzed with hostile Unicode and line breaks, tiny piece sizes so
// every boundary case comes up), and a page that never stops mutating is still re-scanned.

import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createMatcher, type TermMatch } from '../matcher/matcher.ts';
import { count, hostilePiece, reportCounts, runs, withPieceInside } from '../testing/fuzz.ts';
import type { TermHighlights } from './highlights.ts';
import { lineAlignedPieces, Scanner } from './scanner.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

const bundle = readBuiltGlossary();
const matcher = createMatcher(bundle.index);
const form = fc.constantFrom(...bundle.index.patterns.map(([f]) => f));
const text = fc
  .array(
    fc.oneof(
      form,
      withPieceInside(form),
      hostilePiece,
      fc.constantFrom('\n', '\r\n', '\r', '。', '的'),
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

function piecewise(whole: string, size: number): TermMatch[] {
  const found: TermMatch[] = [];
  for (const [from, to] of lineAlignedPieces(whole, size)) {
    for (const m of matcher.findTerms(whole.slice(from, to)))
      found.push({ start: m.start + from, end: m.end + from, term: m.term });
  }
  return found;
}

afterAll(() => {
  reportCounts('scanner');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('matching a huge text in pieces', () => {
  it('cuts the text into consecutive pieces ending at line breaks', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (whole, size) => {
        count('scanner/pieces');
        let at = 0;
        for (const [from, to] of lineAlignedPieces(whole, size)) {
          expect(from).toBe(at);
          expect(to).toBeGreaterThan(from);
          if (to < whole.length) expect(whole[to - 1]).toMatch(/[\n\r]/);
          at = to;
        }
        expect(at).toBe(whole.length);
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('finds exactly what matching the whole text finds', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (whole, size) => {
        count('scanner/piecewise');
        expect(piecewise(whole, size)).toEqual(matcher.findTerms(whole));
      }),
      { numRuns: runs(1_000) },
    );
  });
});

describe('a page that never stops changing', () => {
  it('is re-scanned at least every half second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const forget = vi.fn();
    const highlights = { forget, mark: vi.fn() } as unknown as TermHighlights;
    const scanner = new Scanner({ matcher, categories: [], highlights });
    const clock = document.createElement('p');
    clock.textContent = '0';
    document.body.replaceChildren(clock);
    scanner.observe(document.body);
    // A change every 16 ms for 3 s: the 100 ms debounce alone would never fire.
    for (let frame = 1; frame <= 180; frame++) {
      (clock.firstChild as Text).data = String(frame);
      await Promise.resolve(); // deliver the mutation record
      await vi.advanceTimersByTimeAsync(16);
    }
    scanner.stop();
    expect(forget.mock.calls.length).toBeGreaterThanOrEqual(5);
  });
});
