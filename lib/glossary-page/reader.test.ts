import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../types.ts';
import { blockAt, termsOfDocument } from './reader.ts';

const blocks = [
  { kind: 'heading' as const, start: 0, end: 10 },
  { kind: 'paragraph' as const, start: 11, end: 50 },
  { kind: 'list-item' as const, start: 51, end: 60 },
];

describe('reader', () => {
  it('finds the block holding an offset', () => {
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, 9)).toBe(0);
    expect(blockAt(blocks, 11)).toBe(1);
    expect(blockAt(blocks, 59)).toBe(2);
  });

  it('takes the next block for an offset between blocks, and -1 past the end', () => {
    expect(blockAt(blocks, 10)).toBe(1);
    expect(blockAt(blocks, 60)).toBe(-1);
  });

  it('lists the terms of a document, most frequent first, each place counted once', () => {
    const o = (doc: string, start: number) => ({ doc, start }) as Occurrence;
    const terms = [
      { id: 'a', term: '甲', english: 'A', occurrences: [o('d', 30), o('x', 1)] },
      { id: 'b', term: '乙', english: 'B', occurrences: [o('d', 5), o('d', 5), o('d', 9)] },
      { id: 'c', term: '丙', english: 'C', occurrences: [o('x', 3)] },
      { id: 'e', term: '戊', english: 'E', occurrences: [o('d', 2)] },
    ];
    expect(termsOfDocument(terms, 'd').map((r) => [r.id, r.count, r.first])).toEqual([
      ['b', 2, 5],
      ['e', 1, 2],
      ['a', 1, 30],
    ]);
  });
});
