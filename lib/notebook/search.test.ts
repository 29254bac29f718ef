import { describe, expect, it } from 'vitest';
import { createNotebookIndex, dateRange, groupByPage, pageOfGroups, scriptFold } from './search.ts';
import { makeExcerpt } from '../testing/excerpts.ts';

const a = makeExcerpt({
  id: 1,
  exact: '落实立德树人根本任务',
  note: 'Quote in the REPORT',
  tags: ['report'],
  terms: ['lide-shuren'],
  createdAt: Date.UTC(2025, 0, 1),
});
const b = makeExcerpt({
  id: 2,
  exact: '要深刻領悟“兩個確立”的決定性意義',
  title: '2024年全國教育工作會議召開',
  url: 'https://news.example.tw/n/1',
  site: 'news.example.tw',
  tags: ['meeting'],
  terms: ['liangge-queli'],
  createdAt: Date.UTC(2025, 1, 1),
  anchor: { status: 'orphan', checkedAt: 1 },
});
const c = makeExcerpt({
  id: 3,
  exact: '加快建设教育强国',
  tags: ['report', 'meeting'],
  createdAt: Date.UTC(2025, 2, 1),
});
const index = createNotebookIndex([a, b, c]);
const ids = (list: { id: number }[]) => list.map((e) => e.id);

describe('notebook search', () => {
  it('lists everything newest first without a query', () => {
    expect(ids(index.search({ query: '' }))).toEqual([3, 2, 1]);
  });

  it('searches text, notes and titles, ignoring case and width', () => {
    expect(ids(index.search({ query: '立德树人' }))).toEqual([1]);
    expect(ids(index.search({ query: 'report' }))).toEqual([3, 1]); // note and tag
    expect(ids(index.search({ query: 'ＲＥＰＯＲＴ' }))).toEqual([3, 1]);
    expect(ids(index.search({ query: '工作會議' }))).toEqual([2]); // title
  });

  it('needs every word of the query', () => {
    expect(ids(index.search({ query: 'quote 立德' }))).toEqual([1]);
    expect(ids(index.search({ query: 'quote 强国' }))).toEqual([]);
  });

  it('filters by term, tag, site, date and orphans', () => {
    expect(ids(index.search({ query: '', term: 'liangge-queli' }))).toEqual([2]);
    expect(ids(index.search({ query: '', tag: 'meeting' }))).toEqual([3, 2]);
    expect(ids(index.search({ query: '', site: 'www.moe.gov.cn' }))).toEqual([3, 1]);
    expect(
      ids(index.search({ query: '', from: Date.UTC(2025, 0, 15), to: Date.UTC(2025, 1, 15) })),
    ).toEqual([2]);
    expect(ids(index.search({ query: '', orphansOnly: true }))).toEqual([2]);
  });

  it('finds traditional text with a simplified query when given a script fold', () => {
    const fold = (s: string) => s.toLowerCase().replace(/兩/g, '两').replace(/確/g, '确');
    expect(ids(createNotebookIndex([a, b, c], fold).search({ query: '两个确立' }))).toEqual([]);
    const fold2 = (s: string) => fold(s).replace(/個/g, '个');
    expect(ids(createNotebookIndex([a, b, c], fold2).search({ query: '两个确立' }))).toEqual([2]);
  });

  it('counts terms, tags and sites for the filter menus', () => {
    expect(index.facets().tags).toEqual([
      ['meeting', 2],
      ['report', 2],
    ]);
    expect(index.facets().sites).toEqual([
      ['www.moe.gov.cn', 2],
      ['news.example.tw', 1],
    ]);
  });
});

describe('grouping and paging', () => {
  it('groups by page in the order of each page’s newest excerpt, with counts', () => {
    const groups = groupByPage(index.search({ query: '' }));
    expect(groups.map((g) => [g.url, g.total, g.orphans, ids(g.excerpts)])).toEqual([
      ['https://www.moe.gov.cn/a.html', 2, 0, [3, 1]],
      ['https://news.example.tw/n/1', 1, 1, [2]],
    ]);
  });

  it('cuts the list into pages of excerpts, a group spanning two pages on both', () => {
    const groups = groupByPage(index.search({ query: '' }));
    const first = pageOfGroups(groups, 0, 1);
    expect(first.pages).toBe(3);
    expect(first.groups.map((g) => [g.total, ids(g.excerpts)])).toEqual([[2, [3]]]);
    const second = pageOfGroups(groups, 1, 1);
    expect(second.groups.map((g) => [g.total, ids(g.excerpts)])).toEqual([[2, [1]]]);
    expect(pageOfGroups(groups, 99, 2)).toMatchObject({ page: 1, pages: 2 });
    expect(pageOfGroups([], 0)).toEqual({ groups: [], page: 0, pages: 1 });
  });

  it('reads date inputs as whole local days', () => {
    const range = dateRange('2025-03-01', '2025-03-01');
    expect((range.to as number) - (range.from as number)).toBe(24 * 3600 * 1000);
    expect(dateRange('', 'garbage')).toEqual({});
  });
});

describe('scriptFold', () => {
  it('converts character by character, after case and width folding', () => {
    const calls: string[] = [];
    const fold = scriptFold((ch) => {
      calls.push(ch);
      return ({ 兩: '两', 個: '个', 確: '确' } as Record<string, string>)[ch] ?? ch;
    });
    expect(fold('兩個確立 ＡＢ')).toBe('两个确立 ab');
    expect(fold('兩個')).toBe('两个');
    expect(calls).toEqual(['兩', '個', '確', '立']); // memoized, Latin never converted
  });
});

describe('the folded-text cache', () => {
  it('folds an excerpt again only when it was edited', () => {
    const folded: string[] = [];
    const fold = (text: string) => {
      folded.push(text.split('\n')[0] as string);
      return text;
    };
    const cache = new Map<string, string>();
    createNotebookIndex([a, c], fold, cache);
    const edited = { ...a, note: 'new note', updatedAt: a.updatedAt + 1 };
    const index2 = createNotebookIndex([edited, c], fold, cache);
    expect(folded).toEqual([c.exact, a.exact, a.exact]);
    expect(ids(index2.search({ query: 'new note' }))).toEqual([1]);
  });
});
