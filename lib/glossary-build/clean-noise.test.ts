import { describe, expect, it } from 'vitest';
import { seed, seedLine } from '../testing/clean-fixtures.ts';
import {
  isSpamLine,
  navigationStart,
  stripBookmarks,
  stripImpossibleDay,
  stripStrayLatin,
} from './clean-noise.ts';

describe('stripBookmarks', () => {
  it('removes the Word bookmark before the 001 title', () => {
    const line = seedLine('001', 1);
    expect(line).toBe('[bookmark: _GoBack]学习全国教育工作会议精神');
    expect(stripBookmarks(line)).toEqual({
      text: '学习全国教育工作会议精神',
      removed: ['[bookmark: _GoBack]'],
    });
  });

  it('leaves other bracketed text alone', () => {
    const text = '[注] 见《通知》[2024]';
    expect(stripBookmarks(text)).toEqual({ text, removed: [] });
  });
});

describe('stripStrayLatin', () => {
  it('removes "and" spliced between Han characters, with its spaces (000 line 13, twice)', () => {
    const line = seedLine('000', 13);
    const first = '要深入推动习近平新时代中国特色社会主义思想 and 党的二十大精神入脑入心。';
    const second = '扎实推进习近平新时代中国特色社会主义思想 and 党的二十大精神进教材';
    expect(line).toContain(first);
    expect(line).toContain(second);
    expect(stripStrayLatin(first)).toEqual({
      text: '要深入推动习近平新时代中国特色社会主义思想党的二十大精神入脑入心。',
      removed: [' and '],
    });
    expect(stripStrayLatin(line).removed).toEqual([' and ', ' and ']);
  });

  // Real Latin that must stay: 004's placeholder, 003's URL, 002's spam words (the spam rule
  // takes those), 003's "Next Level" (goes with the widget list, not with this rule).
  it.each([
    ['004', 48, '局领导每年下基层开展不少于X场专题宣讲'],
    ['003', 19, '中国传媒大学:https://www.cuc.edu.cn/'],
    ['002', 19, '入口、全站、网站、网页、网址、娱乐、手机版、app、下载、欧洲杯、欧冠、nba、世界杯'],
    ['003', 51, '这所人附系学校这样做到了Next Level'],
  ] as const)('keeps %s line %i: %s', (id, line, fragment) => {
    expect(seedLine(id, line)).toContain(fragment);
    expect(stripStrayLatin(fragment)).toEqual({ text: fragment, removed: [] });
  });

  it.each([
    '推进 AI 赋能教育', // uppercase: an acronym, real
    '访问 https://www.moe.gov.cn 了解', // not a bare word
    'the policy and the plan', // not between Han
  ])('synthetic, kept: %s', (text) => {
    expect(stripStrayLatin(text).text).toBe(text);
  });
});

describe('isSpamLine', () => {
  it('flags the 沐鸣注册 gambling ad that closes 002, sitemap link included', () => {
    const line = seedLine('002', 19);
    expect(line).toMatch(/^沐鸣注册专业提供/u);
    expect(line).toMatch(/沐鸣注册官網xml地圖$/u);
    expect(isSpamLine(line)).toBe(true);
    expect(isSpamLine('沐鸣注册官網xml地圖')).toBe(true);
  });

  it('passes every article line of every seed', () => {
    const article = [
      ...seed('000').split('\n'),
      ...seed('001').split('\n'),
      ...seed('002').split('\n').slice(0, 18),
      ...seed('003').split('\n').slice(0, 5),
      ...seed('004').split('\n'),
    ];
    expect(article.filter(isSpamLine)).toEqual([]);
  });

  it('needs more than one betting word (synthetic)', () => {
    expect(isSpamLine('组织学生观看世界杯转播，登录平台下载学习资源。')).toBe(false);
  });
});

describe('navigationStart', () => {
  it('finds the 推荐关注 widget that follows the 003 article', () => {
    const lines = seed('003').split('\n');
    const start = navigationStart(lines);
    expect(start + 1).toBe(6);
    expect(lines[start]).toBe('推荐关注');
    // Everything after it is furniture: the other widget headers and the placeholder dates.
    const rest = lines.slice(start).join('\n');
    expect(rest).toContain('猜你喜欢');
    expect(rest).toContain('热 点');
    expect(rest).toContain('· 1970-01-01 -');
    expect(rest).toContain('Next Level');
  });

  it.each(['000', '001', '002', '004'] as const)('finds none in %s', (id) => {
    expect(navigationStart(seed(id).split('\n'))).toBe(-1);
  });

  it('matches headers with spaces inside ("热 点") but not mid-sentence words', () => {
    expect(navigationStart(['正文。', '热 点'])).toBe(1);
    expect(navigationStart(['正文。', '聚焦社会热点问题。'])).toBe(-1);
    expect(navigationStart(['推荐关注', '正文。'])).toBe(-1);
  });
});

describe('stripImpossibleDay', () => {
  it('removes the dateline that lost its month (002 line 3: "111日,")', () => {
    const line = seedLine('002', 3);
    const result = stripImpossibleDay(line);
    expect(result.removed).toEqual(['111日,']);
    expect(result.text.trim().startsWith('2024年全國教育工作會議在北京召開')).toBe(true);
    expect(result.text.length).toBe(line.length - '111日,'.length);
  });

  it.each(['11日，全国教育工作会议召开。', '31日,会议召开', '会议于111日,召开', '2024年1月11日，'])(
    'leaves a possible day, or one inside the line, alone: %s',
    (text) => {
      expect(stripImpossibleDay(text)).toEqual({ text, removed: [] });
    },
  );
});
