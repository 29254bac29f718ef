import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { extractionRecall } from './recall.ts';
import { toSimplified } from './simplify.ts';

const { index } = readBuiltGlossary();

describe('extractionRecall', () => {
  it('counts the entries marked in the texts that the bare extraction finds, whole or inside', () => {
    const recall = extractionRecall(
      [
        {
          id: 'a',
          text: '坚持“两个确立”，落实立德树人根本任务，做到两个确立。开展“立德树人工作”。',
        },
        { id: 'b', text: '推进「雙減」。' },
      ],
      index,
      toSimplified,
    );
    expect(recall).toEqual({
      characters: 45,
      candidates: 3,
      entries: 3,
      found: 2,
      within: 3,
      marks: 5,
      marksFound: 3,
      foundIds: ['liang-ge-que-li', 'shuang-jian'],
      missed: [{ id: 'li-de-shu-ren', marks: 2 }],
    });
  });
});
