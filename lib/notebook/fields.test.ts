import { describe, expect, it } from 'vitest';
import { normalizeNote, normalizeTags, parseTagInput } from './fields.ts';

describe('tags and notes', () => {
  it('splits typed tags on Latin and Chinese separators and drops duplicates', () => {
    expect(parseTagInput('教育， 政策、report; report ,, #quote')).toEqual([
      '教育',
      '政策',
      'report',
      'quote',
    ]);
  });

  it('collapses inner whitespace and caps the count', () => {
    expect(normalizeTags(['  two   words '])).toEqual(['two words']);
    expect(normalizeTags(Array.from({ length: 80 }, (_, i) => `t${i}`))).toHaveLength(50);
  });

  it('trims notes and caps their length', () => {
    expect(normalizeNote('  note \n')).toBe('note');
    expect(normalizeNote('x'.repeat(20_000))).toHaveLength(10_000);
  });
});
