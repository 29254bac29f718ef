// Noise that came with how the seeds were captured: word-processor bookmarks, English words
// spliced into sentences, gambling ads appended to a reposted article, and the link widgets a
// scraped page carries after its article.
import type { Stripped } from './clean-types.ts';

// Word exports leave the cursor-position bookmark as literal text (001 line 1).
const BOOKMARK = /\[bookmark:[^\]\n]*\]/gu;

/** Removes `[bookmark: _GoBack]`-style markers. */
export function stripBookmarks(text: string): Stripped {
  const removed: string[] = [];
  const out = text.replace(BOOKMARK, (mark) => {
    removed.push(mark);
    return '';
  });
  return { text: out, removed };
}

// The splice in 000 ("思想 and 党的") is a lowercase English word set off by spaces between two
// Han characters. Lowercase only: the Latin that belongs in these texts is uppercase or glued
// to the Han (the placeholder in "不少于X场", acronyms) or not between Han at all (URLs).
const SPACE = '[ \\t\\u00A0\\u3000]+';
const STRAY_LATIN = new RegExp(
  `(?<=\\p{Script=Han})${SPACE}[a-z]+${SPACE}(?=\\p{Script=Han})`,
  'gu',
);

/** Removes spliced lowercase words together with the spaces around them. */
export function stripStrayLatin(text: string): Stripped {
  const removed: string[] = [];
  const out = text.replace(STRAY_LATIN, (word) => {
    removed.push(word);
    return '';
  });
  return { text: out, removed };
}

// 002 opens its first paragraph with "111日," — a dateline that lost its 月 (no month has 111
// days). Left in, it reads as a date and the reader shows it; there is no way to tell which date
// it was, so it is removed rather than repaired. Only a day number above 31 at the very start of a
// line, followed by a comma: real datelines ("11日，") are untouched.
const IMPOSSIBLE_DAY = /^([ \t\u00A0\u3000]*)(\d{2,3})日[,，]/u;

/** Removes a line-opening dateline whose day cannot exist ("111日,"). */
export function stripImpossibleDay(text: string): Stripped {
  const match = IMPOSSIBLE_DAY.exec(text);
  if (!match || Number(match[2]) <= 31) return { text, removed: [] };
  const lead = match[1] as string;
  return {
    text: lead + text.slice(match[0].length),
    removed: [match[0].slice(lead.length)],
  };
}

// A gambling ad reads like a keyword list: one betting word is not enough (policy texts talk
// about 世界杯 too), but betting words plus site words (注册/官网/登录/下载 …) in one line are.
const GAMBLING = [
  '娱乐',
  '娛樂',
  '欧洲杯',
  '歐洲杯',
  '欧冠',
  '歐冠',
  '世界杯',
  '英超',
  'nba',
  '博彩',
];
const SITE_WORDS = [
  '注册',
  '註冊',
  '官网',
  '官網',
  '登陆',
  '登录',
  '登錄',
  '入口',
  '手机版',
  '下载',
];
const SPAM_SCORE = 5;
// "xml地图" is the anchor text of an SEO sitemap link; no article says it.
const SITEMAP = /xml地[图圖]/iu;

/** True for an advertising line (002 line 19: the 沐鸣注册 ad and its sitemap link). */
export function isSpamLine(text: string): boolean {
  if (SITEMAP.test(text)) return true;
  const lower = text.toLowerCase();
  const hits = (words: string[]): number => words.filter((w) => lower.includes(w)).length;
  const gambling = hits(GAMBLING);
  return gambling > 0 && gambling + hits(SITE_WORDS) >= SPAM_SCORE;
}

// Headers of the recommendation widgets a portal prints under an article (003: 推荐关注,
// 猜你喜欢, "热 点"). Compared with whitespace and a trailing colon removed.
const NAV_MARKERS = new Set([
  '推荐关注',
  '推薦關注',
  '猜你喜欢',
  '猜你喜歡',
  '热点',
  '熱點',
  '相关阅读',
  '相關閱讀',
  '相关文章',
  '相關文章',
  '推荐阅读',
  '推薦閱讀',
  '延伸阅读',
  '延伸閱讀',
]);

/**
 * Index of the line where the trailing page furniture begins, or -1. Everything from the first
 * widget header on is furniture (link lists, "· 1970-01-01" placeholder dates, "-" separators):
 * portals place these widgets after the article, so nothing after the header is article text.
 * The first line is never a header: a text cannot be all furniture.
 */
export function navigationStart(lines: readonly string[]): number {
  return lines.findIndex((line, i) => i > 0 && NAV_MARKERS.has(line.replace(/[\s:：]/gu, '')));
}
