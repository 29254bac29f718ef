import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { toSimplified as buildToSimplified } from '../glossary-build/script.ts';
import { toSimplified } from './simplify.ts';

describe('toSimplified', () => {
  it('converts as the glossary build does, on every seed document', () => {
    for (const doc of readBuiltGlossary().documents)
      expect(toSimplified(doc.text)).toBe(buildToSimplified(doc.text));
    expect(toSimplified('堅持「兩個確立」')).toBe('坚持「两个确立」');
  });
});
