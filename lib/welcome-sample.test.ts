// The welcome page promises real policy text: each sample passage must be the cleaned text of the
// document it names (apart from the marked elisions), and must hold terms to hover.
import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from './glossary-build/built.ts';
import { createMatcher } from './matcher/matcher.ts';
import { SAMPLE } from './welcome-sample.ts';

const glossary = readBuiltGlossary();
const matcher = createMatcher(glossary.index);

describe('the welcome sample', () => {
  it('has one passage in each script', () => {
    expect(SAMPLE.map((p) => p.lang).sort()).toEqual(['zh-Hans', 'zh-Hant']);
  });

  for (const passage of SAMPLE) {
    it(`quotes ${passage.docId} word for word, with its title and date`, () => {
      const doc = glossary.documents.find((d) => d.id === passage.docId);
      expect(doc).toBeDefined();
      expect({ title: passage.title, date: passage.date }).toEqual({
        title: doc?.title,
        date: doc?.date,
      });
      const pieces = passage.text.split('……').filter(Boolean);
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) expect(doc?.text).toContain(piece);
    });

    it(`marks at least three different terms in ${passage.docId}`, () => {
      const terms = new Set(matcher.findTerms(passage.text).map((m) => m.term));
      expect(terms.size).toBeGreaterThanOrEqual(3);
    });
  }
});
