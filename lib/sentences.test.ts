import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceBounds } from './sentences.ts';

describe('sentenceAround', () => {
  const text = '会议指出，成绩来之不易。要落实立德树人根本任务；坚持稳中求进。\n下一段';
  it('returns the sentence holding the span, with its closing punctuation', () => {
    const at = text.indexOf('立德树人');
    expect(sentenceAround(text, at, at + 4)).toBe('要落实立德树人根本任务；');
  });
  it('stops at a line break', () => {
    const at = text.indexOf('下一段');
    expect(sentenceAround(text, at, at + 3)).toBe('下一段');
    const end = text.indexOf('稳中求进');
    expect(sentenceBounds(text, end, end + 4)[1]).toBe(text.indexOf('\n'));
  });
});

describe('list bullets', () => {
  it('leaves the bullet that opens a list item out of its first sentence', () => {
    const text = '前言。\n■ 深入落实立德树人根本任务，促进学生全面发展\n■教育公平';
    const at = text.indexOf('立德树人');
    expect(sentenceAround(text, at, at + 4)).toBe('深入落实立德树人根本任务，促进学生全面发展');
    const fair = text.indexOf('教育公平');
    expect(sentenceAround(text, fair, fair + 4)).toBe('教育公平');
  });

  it('keeps a bullet that is itself inside the span', () => {
    const text = '■双减';
    expect(sentenceAround(text, 0, 3)).toBe('■双减');
  });
});
