import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toJson, toMarkdown } from './export.ts';
import { parseNotebookExport } from './import.ts';
import { makeExcerpt } from '../testing/excerpts.ts';

const NOW = Date.UTC(2026, 10, 22, 12);
const first = makeExcerpt({
  id: 1,
  exact: '落实立德树人根本任务',
  note: '引用, "第三段"',
  tags: ['report', '教育'],
  terms: ['lide-shuren'],
  createdAt: Date.UTC(2025, 0, 2),
});
const second = makeExcerpt({
  id: 2,
  exact: '第一段。\n        第二段，“双减”。',
  url: 'https://news.example.tw/n/1',
  site: 'news.example.tw',
  title: '2024年全國教育工作會議召開',
  createdAt: Date.UTC(2025, 5, 1),
  anchor: { status: 'orphan', checkedAt: 5 },
});
const third = makeExcerpt({ id: 3, exact: '=SUM(A1)', createdAt: Date.UTC(2025, 0, 3) });

describe('Markdown export', () => {
  it('groups by page, newest page first, with a citation line under each excerpt', () => {
    const md = toMarkdown([first, second, third], NOW);
    expect(md).toBe(
      [
        '# Notebook',
        '',
        'Exported 2026-11-22 · 3 excerpts from 2 pages',
        '',
        '## 2024年全國教育工作會議召開',
        '',
        '<https://news.example.tw/n/1>',
        '',
        '> 第一段。',
        '> 第二段，“双减”。',
        '',
        '— 2024年全國教育工作會議召開, <https://news.example.tw/n/1>, saved 2025-06-01',
        '',
        '## 教育部党组印发通知',
        '',
        '<https://www.moe.gov.cn/a.html>',
        '',
        '> =SUM(A1)',
        '',
        '— 教育部党组印发通知, <https://www.moe.gov.cn/a.html>, saved 2025-01-03',
        '',
        '> 落实立德树人根本任务',
        '',
        'Note: 引用, "第三段"',
        '',
        'Tags: report, 教育',
        '',
        '— 教育部党组印发通知, <https://www.moe.gov.cn/a.html>, saved 2025-01-02',
        '',
      ].join('\n'),
    );
  });
});

describe('CSV export', () => {
  it('starts with a BOM, ends rows with CRLF and quotes per RFC 4180', () => {
    const csv = toCsv([first, second]);
    expect(csv.startsWith('\uFEFFsaved_at,title,url,site,exact,note,tags,terms,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows (one with an inner line break), final ''
    expect(csv).toContain(',"引用, ""第三段""",report; 教育,lide-shuren,');
    expect(csv).toContain(',"第一段。\n        第二段，“双减”。",');
    expect(csv).toContain(',110,no\r\n');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('JSON export', () => {
  it('carries a schema version and every field but the local id, and reads back the same', () => {
    const json = toJson([first, second], NOW);
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      format: 'policy-terms-notebook',
      schemaVersion: 1,
      exportedAt: '2026-11-22T12:00:00.000Z',
    });
    expect(data.excerpts[0]).not.toHaveProperty('id');
    const parsed = parseNotebookExport(json);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const { id: _a, ...restSecond } = second;
    const { id: _b, ...restFirst } = first;
    expect(parsed.excerpts).toEqual([restSecond, restFirst]);
  });
});
