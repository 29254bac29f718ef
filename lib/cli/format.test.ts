import { describe, expect, it } from 'vitest';
import type { GlossaryBundle, TermEntry } from '../types.ts';
import type { TermOccurrence } from './annotate.ts';
import { formatCounts, formatList, formatOccurrences, listedEntry } from './format.ts';

const occ = (id: string, term: string, start: number): TermOccurrence => ({
  start,
  end: start + term.length,
  text: term,
  id,
  term,
});

describe('formatCounts', () => {
  it('prints a heading and one aligned line per term', () => {
    const list = [
      ...Array.from({ length: 12 }, (_, i) => occ('shuang-jian', '双减', i * 3)),
      occ('si-feng', '四风', 40),
    ];
    expect(formatCounts('a.txt', list)).toBe(
      'a.txt: 2 terms, 13 occurrences\n  12  双减  (shuang-jian)\n   1  四风  (si-feng)\n',
    );
  });

  it('says so when a file has no terms', () => {
    expect(formatCounts('b.txt', [])).toBe('b.txt: no glossary terms\n');
  });
});

describe('formatOccurrences', () => {
  it('prints one JSON object per line with the fields in the documented order', () => {
    const out = formatOccurrences('x "y".txt', [
      occ('shuang-jian', '双减', 2),
      occ('si-feng', '四风', 5),
    ]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(Object.keys(JSON.parse(lines[0] as string))).toEqual([
      'file',
      'start',
      'end',
      'text',
      'id',
      'term',
    ]);
    expect(JSON.parse(lines[1] as string)).toEqual({
      file: 'x "y".txt',
      start: 5,
      end: 7,
      text: '四风',
      id: 'si-feng',
      term: '四风',
    });
  });
});

describe('--list entries', () => {
  const sentence = (doc: string, text: string) => ({
    doc,
    start: 0,
    end: 2,
    text: '双减',
    sentence: text,
    sentenceSimplified: text,
  });
  const term = {
    id: 'shuang-jian',
    term: '双减',
    forms: ['双减'],
    category: 'formula',
    topic: 'education',
    english: 'Double Reduction',
    definition: '指减轻学生负担。',
    pinyin: 'shuāng jiǎn',
    first: '2021-07-24',
    mentions: 40,
    days: 31,
    occurrences: [
      sentence('d1', '推进“双减”。'),
      sentence('d1', '推进“双减”。'),
      sentence('d2', '巩固“雙減”成果。'),
    ],
  } as unknown as TermEntry;
  const documents = [
    { id: 'd1', date: '2022-10-31' },
    { id: 'd2', date: '2024-01-11' },
  ] as GlossaryBundle['documents'];

  it('gives the documented fields and each sentence once, with its document and date', () => {
    expect(listedEntry(term, documents)).toEqual({
      id: 'shuang-jian',
      term: '双减',
      forms: ['双减'],
      category: 'formula',
      topic: 'education',
      english: 'Double Reduction',
      definition: '指减轻学生负担。',
      pinyin: 'shuāng jiǎn',
      first: '2021-07-24',
      mentions: 40,
      days: 31,
      excerpts: [
        { doc: 'd1', date: '2022-10-31', text: '推进“双减”。' },
        { doc: 'd2', date: '2024-01-11', text: '巩固“雙減”成果。' },
      ],
    });
  });

  it('gives null for the first date of a term no source uses', () => {
    const unused = { ...term, first: undefined, mentions: 0, days: 0, occurrences: [] };
    expect(listedEntry(unused as unknown as TermEntry, documents)).toMatchObject({
      first: null,
      mentions: 0,
      days: 0,
      excerpts: [],
    });
  });

  it('prints one line per entry', () => {
    const out = formatList({ terms: [term, { ...term, id: 'b' }], documents });
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['shuang-jian', 'b']);
  });
});
