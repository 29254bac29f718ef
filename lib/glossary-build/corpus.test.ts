import { gzipSync } from 'node:zlib';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { cleanItemBody, loadCorpus, readCorpusArchive, splitDay } from './corpus.ts';
import { excerptOf } from './corpus-provenance.ts';
import { GlossaryInputError } from './entries.ts';

const day = (date: string, ...items: [string, string][]) =>
  [
    `# 《新闻联播》 (${date})`,
    '',
    '## 新闻摘要',
    '',
    '1.第一条标题；',
    '',
    '## 详细新闻',
    '',
    ...items.flatMap(([title, body]) => [
      `### ${title}`,
      '',
      body,
      '',
      '[查看原文](https://example.invalid/x)',
      '',
    ]),
    '---',
    '(更新时间戳: 1707569179140)',
  ].join('\n');

const archive = (files: Record<string, string>) =>
  gzipSync(createTar(Object.entries(files).map(([name, data]) => ({ name, data }))));

describe('cleanItemBody', () => {
  it('turns HTML into paragraphs and drops the dateline, entities and repeated paragraphs', () => {
    const { paragraphs, repeated } = cleanItemBody(
      '<p style="text-indent: 2em;"><strong>央视网消息</strong>（新闻联播）：要推动<strong>新质生产力</strong>发展。<br></p>' +
        '<p>第二段&nbsp;文字&gt;。</p><p>第二段&nbsp;文字&gt;。</p>',
    );
    expect(paragraphs).toEqual(['要推动新质生产力发展。', '第二段 文字>。']);
    expect(repeated).toBe(1);
  });
  it('removes emoji but keeps digits and Latin text', () => {
    expect(cleanItemBody('<p>增长5.2%，GDP🚀达到新高</p>').paragraphs).toEqual([
      '增长5.2%，GDP达到新高',
    ]);
  });
});

describe('splitDay', () => {
  it('skips the headline summary and keeps each item with its title', () => {
    const items = splitDay(
      '2024-02-10',
      day('20240210', ['标题一', '<p>正文一</p>'], ['标题二', '<p>正文二</p>']),
    );
    expect(items.map((x) => x.title)).toEqual(['标题一', '标题二']);
    expect(items[0]?.body).toContain('正文一');
    expect(items[0]?.body).not.toContain('正文二');
  });
});

describe('loadCorpus', () => {
  const gz = archive({
    'news/20230102.md': day(
      '20230102',
      ['后一天', '<p>共同富裕是目标。</p>'],
      ['重复', '<p>同一条新闻。</p>'],
    ),
    'news/20230101.md': day(
      '20230101',
      ['前一天', '<p>全国统一大市场。</p>'],
      ['重复', '<p>同一条新闻。</p>'],
      ['空', '<p> </p>'],
    ),
    'news/README.txt': 'not a day',
  });

  it('reads days in date order, dates items, and drops repeated and empty items', () => {
    const { items, stats } = loadCorpus(gz);
    expect(items.map((x) => [x.id, x.date, x.title])).toEqual([
      ['20230101-1', '2023-01-01', '前一天'],
      ['20230101-2', '2023-01-01', '重复'],
      ['20230102-1', '2023-01-02', '后一天'],
    ]);
    expect(stats).toMatchObject({
      days: 2,
      items: 3,
      duplicateItems: 1,
      emptyItems: 1,
      first: '2023-01-01',
      last: '2023-01-02',
    });
    expect(items.every((x) => !x.text.includes('查看原文') && !x.text.includes('时间戳'))).toBe(
      true,
    );
  });

  it('says what is wrong with a file that is not a gzipped tar, or holds no days', () => {
    expect(() => readCorpusArchive(new TextEncoder().encode('hello'))).toThrow(GlossaryInputError);
    expect(() => readCorpusArchive(archive({ 'x.txt': 'y' }))).toThrow(/no day files/);
  });
});

describe('excerptOf', () => {
  const item = { id: '20230101-1', date: '2023-01-01', title: 't', text: '' };
  it('quotes the whole sentence around a use, with the term located in it', () => {
    const text = '第一句。要推动新质生产力发展！第三句。';
    const at = text.indexOf('新质生产力');
    const x = excerptOf({ ...item, text }, at, at + 5);
    expect(x.sentence).toBe('要推动新质生产力发展！');
    expect(x.sentence.slice(x.start, x.end)).toBe('新质生产力');
  });
  it('cuts a long sentence around the term, marking the cuts', () => {
    const text = `${'前'.repeat(200)}共同富裕${'后'.repeat(200)}。`;
    const x = excerptOf({ ...item, text }, 200, 204);
    expect(x.sentence.length).toBeLessThanOrEqual(122);
    expect(x.sentence.startsWith('…') && x.sentence.endsWith('…')).toBe(true);
    expect(x.sentence.slice(x.start, x.end)).toBe('共同富裕');
  });
});
