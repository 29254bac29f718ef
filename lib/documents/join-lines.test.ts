import { describe, expect, it } from 'vitest';
import { joinText, pageParagraphs, type PositionedText, toLines } from './join-lines.ts';

/** A page of 12-point lines 18 units apart, 20 characters (240 units) wide at most. */
function page(rows: [string, number?][]): PositionedText[] {
  return rows.map(([str, indent = 0], i) => ({
    str,
    x: 72 + indent * 12,
    y: 800 - i * 18,
    width: str.length * 12,
    size: 12,
    hasEOL: true,
  }));
}

describe('joinText', () => {
  it('joins two CJK characters across a line end with nothing', () => {
    expect(joinText('坚持立德', '树人')).toBe('坚持立德树人');
    expect(joinText('落实“立德\n', ' 树人”')).toBe('落实“立德树人”');
  });
  it('joins Latin words with one space and mends a hyphenated word', () => {
    expect(joinText('the State', 'Council')).toBe('the State Council');
    expect(joinText('imple-', 'mentation')).toBe('implementation');
  });
  it('puts no space between CJK and Latin across a line end', () => {
    expect(joinText('发展', 'AI')).toBe('发展AI');
  });
});

describe('toLines', () => {
  it('puts pieces on one baseline into one line until a piece ends it', () => {
    const items: PositionedText[] = [
      { str: '立德', x: 72, y: 800, width: 24, size: 12 },
      { str: '树人', x: 96, y: 800, width: 24, size: 12, hasEOL: true },
      { str: '下一行', x: 72, y: 782, width: 36, size: 12, hasEOL: true },
    ];
    expect(toLines(items).map((l) => l.text)).toEqual(['立德树人', '下一行']);
  });
  it('keeps a word space between Latin pieces with a gap', () => {
    const items: PositionedText[] = [
      { str: 'State', x: 72, y: 800, width: 30, size: 12 },
      { str: 'Council', x: 108, y: 800, width: 42, size: 12, hasEOL: true },
    ];
    expect(toLines(items)[0]?.text).toBe('State Council');
  });
});

describe('pageParagraphs', () => {
  it('joins a term wrapped across lines and starts a paragraph at an indented line', () => {
    const lines = toLines(
      page([
        ['全面贯彻党的教育方针，落实立德', 2],
        ['树人根本任务，发展素质教育，推进教育公'],
        ['平。'],
        ['第二段从这里开始。', 2],
      ]),
    );
    expect(pageParagraphs(lines)).toEqual([
      '全面贯彻党的教育方针，落实立德树人根本任务，发展素质教育，推进教育公平。',
      '第二段从这里开始。',
    ]);
  });
  it('measures a short line against lines of its own size, not a wider title', () => {
    const items = page([
      ['关于做好教育工作的通知'],
      ['全面贯彻党的教育方针立德'],
      ['树人根本任务。'],
    ]);
    (items[0] as PositionedText).size = 20;
    (items[0] as PositionedText).width = 20 * 30;
    expect(pageParagraphs(toLines(items))).toEqual([
      '关于做好教育工作的通知',
      '全面贯彻党的教育方针立德树人根本任务。',
    ]);
  });

  it('breaks after a short line and at a wider gap, and drops page numbers', () => {
    const items = page([
      ['一、总体要求'],
      ['以习近平新时代中国特色社会主义思想为指'],
      ['导。'],
      ['- 3 -'],
    ]);
    (items[1] as PositionedText).y -= 20; // the gap after the heading is wider
    expect(pageParagraphs(toLines(items))).toEqual([
      '一、总体要求',
      '以习近平新时代中国特色社会主义思想为指导。',
    ]);
  });
});
