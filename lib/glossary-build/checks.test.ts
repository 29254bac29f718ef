import { describe, expect, it } from 'vitest';
import { checkEntryAccuracy, joinSources, sentenceNamesAll, statedCount } from './checks.ts';
import { curatedEntry } from '../testing/entries.ts';
import type { CuratedEntry } from './entries.ts';

const sources = joinSources([
  '要统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。另一句话提到经济建设。',
  '坚持“两个毫不动摇”，毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。',
]);
const entry = (over: Partial<CuratedEntry>) =>
  curatedEntry({
    term: '五位一体',
    forms: ['五位一体'],
    category: 'formula',
    topic: 'party',
    definition: '指五个方面的建设。',
    ...over,
  });

describe('statedCount', () => {
  it('reads the number a numbered headword states', () => {
    expect(statedCount('四个全面')).toBe(4);
    expect(statedCount('八项规定')).toBe(8);
    expect(statedCount('两个毫不动摇')).toBe(2);
    expect(statedCount('三大攻坚战')).toBe(3);
    expect(statedCount('五位一体')).toBeUndefined();
    expect(statedCount('一带一路')).toBeUndefined();
  });
});

describe('sentenceNamesAll', () => {
  it('needs one sentence that names every member', () => {
    expect(sentenceNamesAll(sources, ['经济建设', '生态文明建设'])).toBe(true);
    // Both words occur, but not in one sentence.
    expect(sentenceNamesAll(sources, ['经济建设', '公有制经济'])).toBe(false);
  });
  it('ignores quotation marks on either side', () => {
    expect(sentenceNamesAll(sources, ['“两个毫不动摇”', '非公有制经济'])).toBe(true);
  });
});

describe('checkEntryAccuracy', () => {
  const errors = (over: Partial<CuratedEntry>) => checkEntryAccuracy([entry(over)], sources);

  it('accepts an entry whose members one sentence names', () => {
    expect(
      errors({ members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'] }),
    ).toEqual([]);
  });
  it('rejects members no sentence names together', () => {
    expect(errors({ members: ['经济建设', '国防建设'] })[0]).toMatch(/no sentence of the sources/);
  });
  it('rejects a numbered formula with the wrong number of members', () => {
    const found = errors({ term: '两个毫不动摇', members: ['公有制经济'] });
    expect(found.some((e) => /states 2 but the entry lists 1/.test(e))).toBe(true);
  });
  it('rejects internal wording in a definition', () => {
    expect(errors({ definition: '种子文本中常见。' })[0]).toMatch(/internal wording "种子/);
  });
  it('rejects a quoted phrase found in no source, unless the entry names a source', () => {
    expect(errors({ definition: '常说“全面建成小康社会”。' })[0]).toMatch(/found in no source/);
    expect(errors({ definition: '常说“公有制经济”。' })).toEqual([]);
    expect(
      errors({
        definition: '常说“全面建成小康社会”。',
        source: { title: '某文件', date: '2020-01-01' },
      }),
    ).toEqual([]);
  });
  it('rejects an origin claim without a source', () => {
    expect(errors({ definition: '2013年首次提出。' })[0]).toMatch(/origin/);
    expect(
      errors({ definition: '2013年首次提出。', source: { title: 't', date: '2013-01-01' } }),
    ).toEqual([]);
  });
});
