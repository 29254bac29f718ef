import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from './build.ts';
import type { Corpus, CorpusItem } from './corpus.ts';
import { corpusProvenance } from './corpus-provenance.ts';
import { curatedEntry } from '../testing/entries.ts';

const entry = (id: string, forms: string[]) =>
  curatedEntry({ id, term: forms[0], forms, topic: 'economy' });
const item = (id: string, date: string, text: string): CorpusItem => ({
  id,
  date,
  title: `标题${id}`,
  text,
});
const items = [
  item('20220901-1', '2022-09-01', '推动共同富裕。再谈共同富裕。'),
  item('20220902-1', '2022-09-02', '发展新质生产力，扎实推动共同富裕。'),
  item('20221105-1', '2022-11-05', '新质生产力。'),
  item('20221105-2', '2022-11-05', '又见新质生产力。'),
];
const corpus: Corpus = {
  items,
  stats: {
    days: 3,
    items: 4,
    characters: 0,
    duplicateItems: 0,
    duplicateParagraphs: 0,
    emptyItems: 0,
    first: '2022-09-01',
    last: '2022-11-05',
  },
};
const index = buildMatchIndex([
  entry('gong-tong-fu-yu', ['共同富裕']),
  entry('xin-zhi', ['新质生产力']),
  entry('unused', ['从未出现']),
]);
const prov = corpusProvenance(index, corpus, 'test corpus');

describe('corpusProvenance', () => {
  it('counts mentions, days and mentions per month from the first month of the corpus', () => {
    expect(prov.info).toMatchObject({ startMonth: '2022-09', months: 3, source: 'test corpus' });
    expect(prov.timelines.get('gong-tong-fu-yu')).toEqual({
      mentions: 3,
      days: 2,
      first: '2022-09-01',
      last: '2022-09-02',
      start: '2022-09',
      monthly: [3, 0, 0],
    });
    expect(prov.timelines.get('xin-zhi')).toMatchObject({
      mentions: 3,
      days: 2,
      monthly: [1, 0, 2],
    });
    expect(prov.timelines.has('unused')).toBe(false);
  });

  it('quotes the first use and the first use in the latest item', () => {
    const quotes = prov.excerpts.get('xin-zhi') ?? [];
    expect(quotes.map((q) => [q.item, q.sentence])).toEqual([
      ['20220902-1', '发展新质生产力，扎实推动共同富裕。'],
      ['20221105-2', '又见新质生产力。'],
    ]);
    expect(quotes[0]?.title).toBe('标题20220902-1');
  });

  it('quotes one sentence when every use is in one item', () => {
    const single = corpusProvenance(index, { ...corpus, items: items.slice(0, 1) }, 's');
    expect(single.excerpts.get('gong-tong-fu-yu')).toHaveLength(1);
  });
});
