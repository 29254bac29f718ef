import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { BLOCKER, compileTrie } from './compile.ts';
import { createMatcher } from './matcher.ts';
import { referenceFindTerms } from '../testing/reference-matcher.ts';

const bundle = readBuiltGlossary();

/** A small pseudo-random generator, so a failing case can be rerun as is. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 0x100000000;
  };
}

describe('compileTrie', () => {
  it('the shipped trie is the one the shipped patterns compile to', () => {
    expect(bundle.index.trie).toEqual(
      compileTrie({ patterns: bundle.index.patterns, fold: bundle.index.fold }),
    );
  });

  it('packs the real glossary in 16-bit arrays of the announced size', () => {
    const { trie } = bundle.index;
    expect(trie.wide).toBe(false);
    expect(trie.patternCount).toBe(bundle.index.patterns.length);
    for (const field of ['base', 'check', 'values'] as const)
      expect(Buffer.from(trie[field], 'base64').length).toBe(trie.size * 2);
  });

  it('switches to 32-bit arrays for a term index above 32767, and still matches', () => {
    const index = {
      patterns: [
        ['改革', 40_000],
        ['改革开放', 70_000],
        ['开放型', BLOCKER],
      ] as [string, number][],
      fold: '開开',
    };
    const trie = compileTrie(index);
    expect(trie.wide).toBe(true);
    const text = '深化改革開放，扩大开放型经济，改革';
    expect(createMatcher({ trie }).findTerms(text)).toEqual(referenceFindTerms(index, text));
    expect(
      createMatcher({ trie })
        .findTerms(text)
        .map((m) => m.term),
    ).toEqual([70_000, 40_000]);
  });

  it('switches to 32-bit arrays past 65,535 slots, and still matches', () => {
    const random = lcg(7);
    const chars = [
      ...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后',
    ];
    const pick = () => chars[Math.floor(random() * chars.length)] as string;
    const patterns: [string, number][] = [];
    for (let i = 0; i < 40_000; i++) patterns.push([pick() + pick() + pick() + pick(), i % 3000]);
    const index = { patterns, fold: '' };
    const trie = compileTrie(index);
    expect(trie.size).toBeGreaterThan(0xffff);
    expect(trie.wide).toBe(true);
    const matcher = createMatcher({ trie });
    for (let n = 0; n < 3; n++) {
      const text = Array.from({ length: 100 }, pick).join('');
      expect(matcher.findTerms(text)).toEqual(referenceFindTerms(index, text));
    }
  });

  it('leaves out empty and line-crossing patterns', () => {
    const index = {
      patterns: [
        ['', 0],
        ['双\n减', 1],
        ['双减', 2],
      ] as [string, number][],
      fold: '',
    };
    const matcher = createMatcher({ trie: compileTrie(index) });
    expect(matcher.findTerms('双\n减，双减')).toEqual([{ start: 4, end: 6, term: 2 }]);
  });
});
