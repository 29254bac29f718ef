import { describe, expect, it } from 'vitest';
import { stripEmoji } from './clean-emoji.ts';
import { type SeedId, seedLine } from '../testing/clean-fixtures.ts';

// [seed, line, fragment as in the file, expected text, expected removed runs]
type Case = [SeedId, number, string, string, string[]];

describe('stripEmoji on fragments of 002', () => {
  const cases: Case[] = [
    ['002', 3, '在北京召開🐒🏷。', '在北京召開。', ['🐒🏷']],
    // person + skin tone + ♀ + VS16, the ZWJ lost: the gender sign goes with the rest
    ['002', 3, '作出新的更大貢獻🙎🏿♀️。', '作出新的更大貢獻。', ['🙎🏿♀️']],
    ['002', 3, '教育部黨組書記🧙♂️、部長', '教育部黨組書記、部長', ['🧙♂️']],
    ['002', 5, '推動教育事業取得新突破👩❤️💋👩,', '推動教育事業取得新突破,', ['👩❤️💋👩']],
    ['002', 5, '規劃綱要編製工作👦🏻👨💼,', '規劃綱要編製工作,', ['👦🏻👨💼']],
    ['002', 7, '在國際新格局中補短板‼️、鍛長板', '在國際新格局中補短板、鍛長板', ['‼️']],
    ['002', 7, '的新篇章🧑🏿🦲。一是', '的新篇章。一是', ['🧑🏿🦲']],
    ['002', 9, '強化高素質教師隊伍建設1️⃣。', '強化高素質教師隊伍建設。', ['1️⃣']],
    ['002', 9, '以教師之強支撐教育之強㊗️。', '以教師之強支撐教育之強。', ['㊗️']],
    // text-presentation symbol without VS16, injected all the same
    ['002', 9, '拓展教師隊伍培養培訓新思路⏯,', '拓展教師隊伍培養培訓新思路,', ['⏯']],
    ['002', 9, '不斷增強我國教育的國際影響力❤️。', '不斷增強我國教育的國際影響力。', ['❤️']],
    ['002', 9, '推動市域產教聯合體🈁、行業', '推動市域產教聯合體、行業', ['🈁']],
    ['002', 9, '引導學生堅定聽黨話⌛️、跟黨走。', '引導學生堅定聽黨話、跟黨走。', ['⌛️']],
    // ✭ is no emoji in any Unicode property; removed as a dingbat decoration
    ['002', 9, '鞏固深化“雙減”成果✭,', '鞏固深化“雙減”成果,', ['✭']],
    ['002', 11, '精神要求🧎♀️➡️,持續', '精神要求,持續', ['🧎♀️➡️']],
    ['002', 13, '人員列席會議⚱️。', '人員列席會議。', ['⚱️']],
    ['002', 19, '服务一流❔,沐鸣注册欢迎您。', '服务一流,沐鸣注册欢迎您。', ['❔']],
    ['002', 19, '沐鸣注册🍊🐦⬛、沐鸣', '沐鸣注册、沐鸣', ['🍊🐦⬛']],
  ];

  it.each(cases)('%s line %i: %s', (id, line, fragment, text, removed) => {
    expect(seedLine(id, line)).toContain(fragment);
    expect(stripEmoji(fragment)).toEqual({ text, removed });
  });
});

describe('stripEmoji keeps text', () => {
  const kept: [SeedId, number, string][] = [
    ['001', 9, '■教育系统认真做好迎接学习宣传贯彻党的二十大各项工作，进一步凝聚起广大师生'],
    ['001', 7, '各省（区、市）教育厅（教委），各计划单列市和新疆生产建设兵团教育局'],
    ['000', 5, '2022-10-31 来源：教育部'],
    ['002', 7, '會議強調,錨定2035年建成教育強國目標'],
    ['002', 15, '來源:教育部官網'],
    ['004', 16, '(一)统筹部署启动阶段(2025年11月—12月)'],
    ['004', 52, '依托“线上课堂+专题辅导+专家解读”形成全员学习闭环。'],
  ];

  it.each(kept)('%s line %i: %s', (id, line, fragment) => {
    expect(seedLine(id, line)).toContain(fragment);
    expect(stripEmoji(fragment)).toEqual({ text: fragment, removed: [] });
  });

  // Not in the seeds, but in texts like them: CJK numerals, full-width forms, list numerals,
  // legal marks and the ASCII emoji components (#, *, digits).
  it.each([
    '到二〇三五年建成教育强国',
    '２０２５年（第１期）：ＡＢＣ',
    '❶加强领导 ❷压实责任',
    '©2025 教育部 ®™',
    '第#1号 * 备注 2*3',
    '※注：見附件〔2024〕1号',
  ])('synthetic: %s', (text) => {
    expect(stripEmoji(text).text).toBe(text);
  });
});

describe('stripEmoji on well-formed sequences (synthetic: the seeds have none)', () => {
  it.each([
    ['flag', '中国\u{1F1E8}\u{1F1F3}队', '中国队'],
    ['ZWJ sequence', '程序员\u{1F469}\u{1F3FD}\u200D\u{1F4BB}上线', '程序员上线'],
    [
      'subdivision flag (tags)',
      '苏格兰\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}风笛',
      '苏格兰风笛',
    ],
    ['keycap #', '按#\uFE0F\u20E3键', '按键'],
    ['text-presentation selector', '晴\u2600\uFE0E天', '晴天'],
    ['legal mark forced to emoji', '商标©\uFE0F号', '商标号'],
  ])('%s', (_name, text, expected) => {
    expect(stripEmoji(text).text).toBe(expected);
  });
});
