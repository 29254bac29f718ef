import { describe, expect, it } from 'vitest';
import { formatSize, searchLibrary, sortLibrary, totalSize } from './library.ts';
import { newUserDocument } from './store.ts';
import { readPastedText } from './read-file.ts';

const doc = (id: string, text: string, date: string, addedAt: number) => {
  const row = newUserDocument(readPastedText(text), addedAt, id);
  return { ...row, date };
};

const docs = [
  doc(
    'my-a',
    '国务院关于教育的通知\n\n要落实立德树人根本任务，办好人民满意的教育。',
    '2024-03-05',
    1,
  ),
  doc('my-b', '乡村振兴工作要点\n\n全面推进乡村振兴。', '', 2),
  doc('my-c', '教育部工作要点\n\n深化教育改革。', '2022-01-10', 3),
];

describe('searchLibrary', () => {
  it('finds by title and by text, with a snippet for a text hit', () => {
    expect(searchLibrary(docs, '乡村').map((r) => r.id)).toEqual(['my-b']);
    const [hit] = searchLibrary(docs, '满意');
    expect(hit?.id).toBe('my-a');
    expect(hit?.snippet).toContain('办好人民满意的教育');
    expect(searchLibrary(docs, '').length).toBe(3);
    expect(searchLibrary(docs, '没有的词')).toEqual([]);
  });
  it('leaves the text out of the rows', () => {
    expect(searchLibrary(docs, '')[0]).not.toHaveProperty('text');
  });
});

describe('sortLibrary', () => {
  it('sorts by date either way with undated documents last, or by when they were added', () => {
    expect(sortLibrary(docs, 'date-desc').map((d) => d.id)).toEqual(['my-a', 'my-c', 'my-b']);
    expect(sortLibrary(docs, 'date-asc').map((d) => d.id)).toEqual(['my-c', 'my-a', 'my-b']);
    expect(sortLibrary(docs, 'added-desc').map((d) => d.id)).toEqual(['my-c', 'my-b', 'my-a']);
  });
});

describe('sizes', () => {
  it('adds up and prints in decimal units', () => {
    expect(totalSize(docs)).toBe(docs[0]!.size + docs[1]!.size + docs[2]!.size);
    expect(formatSize(1_234_567)).toBe('1.2 MB');
    expect(formatSize(340_400)).toBe('340 KB');
    expect(formatSize(12)).toBe('12 B');
  });
});
