import { describe, expect, it } from 'vitest';
import type { ExtractedCandidate } from '../extract/extract.ts';
import { formOwners } from '../my-glossary/owners.ts';
import { mine } from '../testing/my-terms.ts';
import { categoryOf, openCandidates, sourcesOf } from './open.ts';

const candidate = (term: string, change: Partial<ExtractedCandidate> = {}): ExtractedCandidate => ({
  term,
  count: 2,
  documents: ['my-1'],
  kinds: ['quoted'],
  known: null,
  sentences: [{ document: 'my-1', text: `推进${term}。` }],
  ...change,
});

describe('open candidates', () => {
  it('drops known, dismissed and since-added ones, keeping the order', () => {
    const all = [
      candidate('五育并举'),
      candidate('两个确立', { known: 'liang-ge-que-li' }),
      candidate('三个区分'),
      candidate('一网通办'),
      candidate('新质生产力'),
    ];
    const owners = formOwners([], [mine('新质生产力')]);
    expect(openCandidates(all, new Set(['三个区分']), owners).map((c) => c.term)).toEqual([
      '五育并举',
      '一网通办',
    ]);
  });

  it('turns sentences into sources with their documents, and guesses formulas', () => {
    const c = candidate('三个区分', { kinds: ['quoted', 'formula'] });
    expect(sourcesOf(c, new Map([['my-1', { title: '通知', date: '2024-03-05' }]]))).toEqual([
      { doc: 'my-1', title: '通知', date: '2024-03-05', sentence: '推进三个区分。' },
    ]);
    expect(categoryOf(c)).toBe('formula');
    expect(categoryOf(candidate('一网通办'))).toBe('concept');
  });
});
