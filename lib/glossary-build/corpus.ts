// The news corpus (seeds/corpus/xwlb-2022-2026.tar.gz): one Markdown file per day of 《新闻联播》,
// split into dated items and cleaned of what the crawl left in them. Like the seeds, cleaning
// only takes things out (HTML tags and entities, the "央视网消息（新闻联播）：" dateline, links and
// timestamps, emoji, repeated paragraphs and repeated items); wording and script stay as sent.
import { gunzipSync } from 'node:zlib';
import { parseTar } from 'nanotar';
import { stripEmoji } from './clean-emoji.ts';
import { GlossaryInputError } from './entries.ts';

export interface CorpusItem {
  /** `YYYYMMDD-N`: the day and the item's place in that day's programme. */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  /** Cleaned paragraphs joined by "\n". */
  text: string;
}

export interface CorpusStats {
  days: number;
  items: number;
  characters: number;
  /** Items whose text repeats an earlier item's (dropped whole). */
  duplicateItems: number;
  /** Paragraphs that repeat an earlier paragraph of the same item (dropped). */
  duplicateParagraphs: number;
  /** Items with no text left after cleaning (dropped). */
  emptyItems: number;
  first: string;
  last: string;
}

export interface Corpus {
  items: CorpusItem[];
  stats: CorpusStats;
}

const DAY_FILE = /(?:^|\/)(\d{4})(\d{2})(\d{2})\.md$/;
const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"' };

/** The day files of the gzipped tar archive, oldest first. */
export function readCorpusArchive(gzipped: Uint8Array): { date: string; markdown: string }[] {
  let files: ReturnType<typeof parseTar>;
  try {
    files = parseTar(gunzipSync(gzipped));
  } catch (error) {
    throw new GlossaryInputError(`corpus: not a gzipped tar archive (${(error as Error).message})`);
  }
  const days: { date: string; markdown: string }[] = [];
  for (const file of files) {
    const m = DAY_FILE.exec(file.name);
    if (!m || !('data' in file) || !file.data) continue;
    days.push({ date: `${m[1]}-${m[2]}-${m[3]}`, markdown: new TextDecoder().decode(file.data) });
  }
  if (days.length === 0) throw new GlossaryInputError('corpus: the archive holds no day files');
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** One item's body: HTML to paragraphs, furniture out, each paragraph once. */
export function cleanItemBody(body: string): { paragraphs: string[]; repeated: number } {
  const text = body
    .replace(/<\/?(?:strong|span|b|i|em|font)\b[^>]*>/gi, '') // inline: keep the words
    .replace(/<[^>]*>/g, '\n') // block tags and <br>: paragraph breaks
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
    );
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  let repeated = 0;
  for (const raw of text.split('\n')) {
    const line = stripEmoji(raw)
      .text.replace(/^\s*央视网消息[（(]新闻联播[）)][：:]\s*/, '')
      .replace(/\[查看原文\]\([^)]*\)/g, '')
      .replace(/\(更新时间戳[:：][^)]*\)/g, '')
      .replace(/[ \t\u00a0\u3000]+/g, ' ')
      .trim();
    if (!line || /^-{3,}$/.test(line)) continue;
    if (seen.has(line)) {
      repeated++;
      continue;
    }
    seen.add(line);
    paragraphs.push(line);
  }
  return { paragraphs, repeated };
}

/** The items of one day file (the headline summary is skipped: its lines repeat the items). */
export function splitDay(date: string, markdown: string): { title: string; body: string }[] {
  const out: { title: string; body: string }[] = [];
  const parts = markdown.split(/^### /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const title = (newline < 0 ? part : part.slice(0, newline))
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const body = newline < 0 ? '' : part.slice(newline + 1);
    if (title || body.trim()) out.push({ title: title || date, body });
  }
  return out;
}

/** All items of the archive, cleaned, with duplicate items dropped. */
export function loadCorpus(gzipped: Uint8Array): Corpus {
  const days = readCorpusArchive(gzipped);
  const items: CorpusItem[] = [];
  const seenTexts = new Set<string>();
  let duplicateItems = 0;
  let duplicateParagraphs = 0;
  let emptyItems = 0;
  let characters = 0;
  for (const { date, markdown } of days) {
    splitDay(date, markdown).forEach(({ title, body }, n) => {
      const { paragraphs, repeated } = cleanItemBody(body);
      duplicateParagraphs += repeated;
      const text = paragraphs.join('\n');
      if (!text) {
        emptyItems++;
        return;
      }
      const key = text.replace(/\s+/g, '');
      if (seenTexts.has(key)) {
        duplicateItems++;
        return;
      }
      seenTexts.add(key);
      characters += text.length;
      items.push({ id: `${date.replace(/-/g, '')}-${n + 1}`, date, title, text });
    });
  }
  return {
    items,
    stats: {
      days: days.length,
      items: items.length,
      characters,
      duplicateItems,
      duplicateParagraphs,
      emptyItems,
      first: days[0]?.date ?? '',
      last: days[days.length - 1]?.date ?? '',
    },
  };
}
