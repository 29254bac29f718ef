import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { compileTrie } from '../matcher/compile.ts';
import { foldString, parseFoldTable } from '../matcher/fold.ts';
import { triePatterns } from './patterns.ts';

/** What compileTrie keeps of a pattern list: folded forms, one value per form (a term beats a blocker, else the first). */
function kept(patterns: [string, number][], fold: string): Map<string, number> {
  const table = parseFoldTable(fold);
  const out = new Map<string, number>();
  for (const [form, value] of patterns) {
    const key = foldString(table, form);
    const before = out.get(key);
    if (before === undefined || (before === -1 && value !== -1)) out.set(key, value);
  }
  return out;
}

describe('triePatterns', () => {
  it('reads back every pattern of the shipped glossary index, blockers included', () => {
    const { index } = readBuiltGlossary();
    const read = triePatterns(index.trie, index.fold);
    expect(new Map(read)).toEqual(kept(index.patterns, index.fold));
    expect(read.some(([, value]) => value === -1)).toBe(true);
  });

  it('reads back upper-case, full-width and traditional forms in their folded form', () => {
    const fold = '兩两個个';
    const patterns: [string, number][] = [
      ['兩個確立', 0],
      ['ＡＩ+', 1],
      ['两个', -1],
    ];
    const read = triePatterns(compileTrie({ patterns, fold }), fold);
    expect(new Map(read)).toEqual(kept(patterns, fold));
    expect(new Map(read).get('ai+')).toBe(1);
  });
});
