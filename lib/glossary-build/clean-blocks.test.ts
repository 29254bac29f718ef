import { describe, expect, it } from 'vitest';
import { classifyLine, joinBrokenBreaks, toBlocks } from './clean-blocks.ts';
import { seedLine } from '../testing/clean-fixtures.ts';
import type { Removal, SourceLine } from './clean-types.ts';

describe('classifyLine on seed lines', () => {
  it.each([
    ['004', 1, 'heading', 1], // 一、指导思想和工作目标
    ['004', 2, 'heading', 2], // (一)在深化认知中校准方向
    ['004', 46, 'heading', 2], // (一)坚持深学细悟,夯实思想根基。  (punctuated, still a heading)
    ['001', 9, 'list-item', undefined], // ■教育系统…
    ['001', 20, 'list-item', undefined], // 1 坚定不移加强党对教育工作的全面领导
    ['001', 8, 'heading', undefined], // 2022年教育事业取得新进步新成效 (unmarked)
    ['004', 26, 'heading', undefined], // 学习宣传贯彻二十届四中全会精神工作方案 (unmarked)
    ['004', 47, 'paragraph', undefined], // 一是健全领导带学机制,推动示范引领走深走实。
    ['000', 5, 'paragraph', undefined], // 2022-10-31 来源：教育部
    ['002', 15, 'paragraph', undefined], // 來源:教育部官網
    ['003', 1, 'paragraph', undefined],
  ] as const)('%s line %i → %s %s', (id, line, kind, level) => {
    const text = seedLine(id, line);
    expect(classifyLine(text)).toEqual({ kind, text, ...(level ? { level } : {}) });
  });

  it('strips the markdown marker of the 000 title', () => {
    const line = seedLine('000', 3);
    expect(classifyLine(line)).toEqual({ kind: 'heading', text: line.slice(3) });
    expect(line.slice(0, 3)).toBe('## ');
  });

  it.each([
    ['1.坚持党的领导', 'heading', 3],
    ['(1)压实责任', 'heading', 4],
    ['（一）总体要求', 'heading', 2],
    ['2.5亿学生受益，覆盖面持续扩大。', 'paragraph', undefined],
    ['- 一项要点', 'list-item', undefined],
    // markdown heading that does not read as one: a paragraph, so a second pass agrees
    ['## 总体要求，主要目标', 'paragraph', undefined],
  ] as const)('synthetic: %s → %s', (text, kind, level) => {
    const unmarked = text.replace(/^## /u, '');
    expect(classifyLine(text)).toEqual({ kind, text: unmarked, ...(level ? { level } : {}) });
  });

  it('treats a long line that opens with a marker as a paragraph', () => {
    const text = `一、${'坚持立德树人，'.repeat(10)}`;
    expect(classifyLine(text).kind).toBe('paragraph');
  });
});

const at = (text: string, line: number, gapBefore = 1): SourceLine => ({
  text,
  line,
  endLine: line,
  gapBefore,
});

describe('joinBrokenBreaks on the breaks of 000', () => {
  // [line before the break, line after it, the joined words]
  it.each([
    [9, 11, '做到“两个维护”，弘扬伟大建党精神'],
    [15, 17, '加快建设教育强国，全面提高'],
    [17, 19, '全力做好高校毕业生就业创业工作'],
  ])('joins line %i with line %i: %s', (before, after, joined) => {
    const removed: Removal[] = [];
    const out = joinBrokenBreaks(
      [at(seedLine('000', before), before), at(seedLine('000', after), after)],
      removed,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toContain(joined);
    expect(out[0]?.text).toBe(seedLine('000', before) + seedLine('000', after));
    expect(removed).toEqual([
      { kind: 'broken-break', line: before, text: expect.stringContaining('\n\n') },
    ]);
  });

  it('chains: a joined line can be cut again (15+17+19 in 000)', () => {
    const lines = [15, 17, 19].map((n) => at(seedLine('000', n), n));
    const removed: Removal[] = [];
    const out = joinBrokenBreaks(lines, removed);
    expect(out).toHaveLength(1);
    expect(removed.map((r) => r.line)).toEqual([15, 17]);
  });

  it.each([
    ['a dateline before a paragraph', '000', 5, 7],
    ['a heading before a paragraph', '000', 3, 5],
    ['a finished paragraph', '000', 7, 9],
    ['a title before its first paragraph', '002', 1, 3],
    ['a heading before a list item', '001', 8, 9],
    ['list items', '001', 9, 10],
  ] as const)('leaves %s apart', (_name, id, before, after) => {
    const lines = [at(seedLine(id, before).trim(), before), at(seedLine(id, after).trim(), after)];
    expect(joinBrokenBreaks(lines, [])).toHaveLength(2);
  });
});

describe('toBlocks', () => {
  it('makes the unmarked heading after the 004 contents the title (level 0)', () => {
    const lines = [1, 2, 26, 27, 28].map((n) => at(seedLine('004', n), n, 0));
    expect(toBlocks(lines).map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['heading', 0],
      ['paragraph', undefined],
      ['heading', 1],
    ]);
  });

  it('gives unmarked headings after the body level 1 (001)', () => {
    const lines = [1, 7, 8, 9].map((n) => at(seedLine('001', n).replace(/^\[.*?\]/u, ''), n, 0));
    expect(toBlocks(lines).map((b) => [b.kind, b.level])).toEqual([
      ['heading', 0],
      ['paragraph', undefined],
      ['heading', 1],
      ['list-item', undefined],
    ]);
  });
});
