// @vitest-environment happy-dom
// Fuzzing excerpt anchoring on random DOM trees with hostile Unicode: describe() then anchor()
// must give back the same text at the same offsets; after random edits elsewhere anchor() still
// finds the quote when the quote is still on the page; and anchor() never throws, whatever a
// stored (or imported, or tampered) selector holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { randomTree, renderTree } from '../testing/dom-trees.ts';
import { count, hostilePiece, reportCounts, runs } from '../testing/fuzz.ts';
import {
  anchor,
  anchorWithMethod,
  describe as describeRange,
  type ExcerptSelectors,
  matchQuote,
  textIndex,
} from './anchoring.ts';

/** The text nodes under root and the DOM point of a text offset, without the code under test. */
function pointOf(root: Node, offset: number, preferEnd: boolean): [Node, number] {
  const walker = (root.ownerDocument as Document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  let last: [Node, number] = [root, 0];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = (n as Text).data.length;
    if (offset < at + length || (preferEnd && offset === at + length)) return [n, offset - at];
    at += length;
    last = [n, length];
  }
  return last;
}

function rangeAt(root: Node, start: number, end: number): Range {
  const range = (root.ownerDocument as Document).createRange();
  range.setStart(...pointOf(root, start, false));
  range.setEnd(...pointOf(root, end, true));
  return range;
}

/** A random tree with some text, and a non-empty span of it. */
const pageAndSpan = randomTree
  .filter((specs) => specs.length > 0)
  .chain((specs) =>
    fc.tuple(fc.constant(specs), fc.nat(), fc.nat()).map(([s, a, b]) => ({ specs: s, a, b })),
  );

afterAll(() => {
  reportCounts('anchoring');
});

describe('anchoring fuzz', () => {
  it('anchors what describe() saw back to the same text and offsets', () => {
    let spans = 0;
    fc.assert(
      fc.property(pageAndSpan, ({ specs, a, b }) => {
        count('anchoring/round-trip');
        const root = renderTree(document, specs);
        const text = textIndex(root).text;
        if (text.length === 0) return;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        spans++;
        const selectors = describeRange(root, rangeAt(root, start, end));
        expect(selectors).toMatchObject({ exact: text.slice(start, end), start, end });
        expect(selectors.prefix).toBe(text.slice(Math.max(0, start - 32), start));
        expect(selectors.suffix).toBe(text.slice(end, end + 32));
        const found = anchorWithMethod(root, selectors);
        expect(found?.range.toString()).toBe(selectors.exact);
        expect(found && describeRange(root, found.range)).toEqual(selectors);
      }),
      { numRuns: runs(1_000) },
    );
    expect(spans).toBeGreaterThan(runs(1_000) / 3);
  });

  it('finds the quote again after random edits elsewhere on the page', () => {
    const edit = fc.record({
      at: fc.nat(),
      insert: fc.array(hostilePiece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
    });
    fc.assert(
      fc.property(pageAndSpan, fc.array(edit, { maxLength: 4 }), ({ specs, a, b }, edits) => {
        count('anchoring/after-edits');
        const root = renderTree(document, specs);
        const before = textIndex(root);
        if (before.text.length === 0) return;
        const start = a % before.text.length;
        const end = start + 1 + (b % (before.text.length - start));
        const selectors = describeRange(root, rangeAt(root, start, end));
        // Insert new text nodes at random element positions outside the quote.
        const saved = rangeAt(root, start, end);
        const elements = [root, ...root.querySelectorAll('*')].filter(
          (el) => !saved.intersectsNode(el),
        );
        if (elements.length === 0) return;
        for (const { at, insert } of edits) {
          const host = elements[at % elements.length] as Element;
          host.insertBefore(document.createTextNode(insert), host.childNodes[at % 3] ?? null);
        }
        const after = textIndex(root).text;
        const found = anchor(root, selectors);
        if (after.includes(selectors.exact)) expect(found?.toString()).toBe(selectors.exact);
        if (found) expect(found.toString().length).toBeGreaterThan(0);
      }),
      { numRuns: runs(500) },
    );
  });

  it('never throws on garbage selectors', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(hostilePiece, { maxLength: 8 }).map((p) => p.join('')),
      fc.constantFrom('', '立德树人', '\u0000', '\ud800'),
    );
    const anyNumber = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 2 ** 53),
    );
    const garbage: fc.Arbitrary<ExcerptSelectors> = fc.record({
      exact: anyString,
      prefix: anyString,
      suffix: anyString,
      start: anyNumber,
      end: anyNumber,
    });
    fc.assert(
      fc.property(randomTree, garbage, (specs, selectors) => {
        count('anchoring/garbage');
        const root = renderTree(document, specs);
        const found = anchor(root, selectors);
        if (found) expect(root.contains(found.commonAncestorContainer)).toBe(true);
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('anchors a 5,000-character quote with an edit in the seed documents within a second', () => {
    count('anchoring/long');
    const seeds = join(import.meta.dirname, '../../seeds');
    const text = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(seeds, f), 'utf8'))
      .join('\n');
    const start = Math.floor(text.length / 3);
    const exact = text.slice(start, start + 5_000);
    // One character changed: only the tolerant match can find it.
    const edited = `${exact.slice(0, 2_500)}改${exact.slice(2_501)}`;
    const selectors = {
      exact: edited,
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 5_000, start + 5_032),
      start,
      end: start + 5_000,
    };
    const t0 = performance.now();
    const found = matchQuote(text, selectors);
    const took = performance.now() - t0;
    console.info(
      `anchor: 5,000-char quote, 1 edit, ${text.length}-char text: ${took.toFixed(0)} ms`,
    );
    expect(found).toEqual({ start, end: start + 5_000, method: 'fuzzy' });
    expect(took).toBeLessThan(1_000);
  });
});
