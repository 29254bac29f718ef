// The library bench's inputs, made from the news corpus (seeds/corpus/, 《新闻联播》 day by day)
// on each run rather than checked in: a PDF of at least 100 pages printed by Chromium itself, a
// 300,000-character text file, and 2,000 of the user's own terms (candidates of the corpus that
// are not built-in terms, made into stored rows the way the extension makes them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readBuiltGlossary } from '../../lib/glossary-build/built.ts';
import type { CorpusItem } from '../../lib/glossary-build/corpus.ts';
import { extractTerms } from '../../lib/extract/extract.ts';
import { toSimplified } from '../../lib/extract/simplify.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { makeUserTerm } from '../../lib/my-terms/model.ts';
import { type Category, TOPICS } from '../../lib/types.ts';
import { readCorpus } from '../glossary-input.ts';
import { CHROMIUM } from '../site/browser.ts';

export interface LibraryInputs {
  pdf: { path: string; pages: number; bytes: number; characters: number; days: string };
  text: { path: string; characters: number; bytes: number; days: string };
  terms: { rows: MyTerm[]; fromDays: number; characters: number; skipped: number };
}

/** Corpus items grouped by day, oldest first. */
function days(root: string): { date: string; items: CorpusItem[] }[] {
  const corpus = readCorpus(root);
  if (!corpus) throw new Error('no news corpus at seeds/corpus/: run from a full checkout');
  const byDate = new Map<string, CorpusItem[]>();
  for (const item of corpus.items) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, items]) => ({ date, items }));
}

/** Items of consecutive days from `start` (YYYY-MM-DD) until `chars` characters of text. */
function itemsFrom(
  all: ReturnType<typeof days>,
  start: string,
  chars: number,
): { items: CorpusItem[]; days: string } {
  const from = all.findIndex((d) => d.date >= start);
  const items: CorpusItem[] = [];
  let total = 0;
  let last = start;
  for (const day of all.slice(from)) {
    if (total >= chars) break;
    last = day.date;
    for (const item of day.items) {
      if (total >= chars) break;
      items.push(item);
      total += item.title.length + item.text.length;
    }
  }
  return { items, days: `${all[from]?.date} to ${last}` };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A report-like document: a title, then each news item as a heading and its paragraphs. */
function reportHtml(items: CorpusItem[]): string {
  const body = items
    .map(
      (item) =>
        `<h2>${escapeHtml(item.title)}</h2>\n` +
        item.text
          .split('\n')
          .filter((p) => p.trim())
          .map((p) => `<p>${escapeHtml(p)}</p>`)
          .join('\n'),
    )
    .join('\n');
  // 12 pt text with 1.6 line spacing on A4 with 25 mm margins: a report's layout.
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>新闻联播文字稿汇编</title>
<style>body{font:12pt/1.6 'WenQuanYi Micro Hei',sans-serif;color:#000}h1{font-size:18pt;text-align:center}
h2{font-size:14pt;margin:1.2em 0 .4em}p{margin:0 0 .5em;text-indent:2em}</style></head>
<body><h1>新闻联播文字稿汇编</h1>\n${body}</body></html>`;
}

/** Pages of a PDF Chromium printed: its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/**
 * Prints consecutive days of news to a PDF with Chromium's own print (page.pdf), adding days
 * until it has at least `minPages` pages.
 */
async function printPdf(
  all: ReturnType<typeof days>,
  path: string,
  minPages: number,
): Promise<LibraryInputs['pdf']> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    // About 940 characters a page (measured); adjusted until the page count is just above.
    let chars = 950 * minPages;
    for (let attempt = 0; ; attempt++) {
      const { items, days: span } = itemsFrom(all, '2025-03-01', chars);
      await page.setContent(reportHtml(items), { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' },
      });
      const pages = pdfPageCount(pdf);
      if (pages >= minPages && (pages <= minPages + 5 || attempt >= 4)) {
        writeFileSync(path, pdf);
        const characters = items.reduce((n, i) => n + i.title.length + i.text.length, 0);
        return { path, pages, bytes: pdf.length, characters, days: span };
      }
      chars = Math.ceil((chars * (minPages + 2)) / Math.max(pages, 1));
    }
  } finally {
    await browser.close();
  }
}

/** Exactly `length` characters of news as a .txt file: each item a title line and paragraphs. */
function writeText(all: ReturnType<typeof days>, path: string, length: number) {
  const { items, days: span } = itemsFrom(all, '2024-01-01', length * 1.1);
  const text = items
    .map((item) => `${item.title}\n${item.text}`)
    .join('\n\n')
    .slice(0, length);
  writeFileSync(path, text);
  return { path, characters: text.length, bytes: Buffer.byteLength(text), days: span };
}

// A user files terms under a kind; the candidate's kind is the nearest guess they would make.
const CATEGORY_OF_KIND: Record<string, Category> = {
  formula: 'formula',
  title: 'document',
  quoted: 'concept',
  named: 'program',
};

/**
 * The top `count` candidates of evenly spaced news days that are not built-in terms, as stored
 * rows of my terms: made by makeUserTerm (pinyin and traditional forms filled in), with the
 * sentences the extraction found as their sources, as accepting a candidate stores them.
 */
function userTerms(all: ReturnType<typeof days>, count: number): LibraryInputs['terms'] {
  const index = readBuiltGlossary().index;
  const rows: MyTerm[] = [];
  let skipped = 0;
  for (const spread of [4, 2, 1]) {
    const picked = all.filter((_, i) => i % spread === 0);
    const documents = picked.map((d) => ({
      id: d.date,
      text: d.items.map((i) => `${i.title}\n${i.text}`).join('\n'),
    }));
    const candidates = extractTerms(documents, { toSimplified, index, sentencesPerCandidate: 2 });
    rows.length = 0;
    skipped = 0;
    const now = Date.UTC(2026, 11, 1);
    for (const c of candidates) {
      if (c.known !== null) continue;
      const made = makeUserTerm({
        term: c.term,
        category: CATEGORY_OF_KIND[c.kinds[0] ?? 'named'] ?? 'concept',
        topic: TOPICS[rows.length % TOPICS.length] as string,
      });
      if (!made.ok) {
        skipped++;
        continue;
      }
      if (rows.some((r) => r.id === made.term.id)) continue;
      rows.push({
        ...made.term,
        sources: c.sentences.map((s) => ({
          doc: '',
          title: `《新闻联播》 ${s.document}`,
          date: s.document,
          sentence: s.text,
        })),
        createdAt: now + rows.length,
        updatedAt: now + rows.length,
      });
      if (rows.length === count) {
        const characters = documents.reduce((n, d) => n + d.text.length, 0);
        return { rows, fromDays: picked.length, characters, skipped };
      }
    }
  }
  throw new Error(`the corpus gave only ${rows.length} candidates that are not terms`);
}

export async function makeInputs(root: string, dir: string): Promise<LibraryInputs> {
  mkdirSync(dir, { recursive: true });
  const all = days(root);
  return {
    pdf: await printPdf(all, join(dir, 'news-report.pdf'), 100),
    text: writeText(all, join(dir, 'news-300k.txt'), 300_000),
    terms: userTerms(all, 2_000),
  };
}
