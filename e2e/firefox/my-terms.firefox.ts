// My terms on web pages in Firefox: a term stored the way the extension's pages store one (a row
// in IndexedDB's myTerms, then the message myterms/changed) is marked in simplified and
// traditional text, in the style of my terms, and its tooltip shows the user's definition and
// sentence. Once on a page loaded afterwards (it gets them through glossary/index), once live on a
// page that was already open.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../lib/db.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { makeUserTerm, type UserTermInput, problemSummary } from '../../lib/my-terms/model.ts';
import { type ExtensionApi, type FirefoxHarness, startFirefox } from './harness.ts';
import { hoverMark, readMarks, tooltipText, waitForMarkTexts } from './page.ts';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefox();
});
afterAll(async () => {
  await h?.close();
});

const MINE = /^ptr-(underline|background)-mine$/u;

/** A row of table myTerms, made as the add form makes it (pinyin and variants filled in). */
function myTerm(input: Omit<UserTermInput, 'category' | 'topic'>, sentence: string): MyTerm {
  const made = makeUserTerm({ ...input, category: 'concept', topic: 'education' });
  if (!made.ok) throw new Error(problemSummary(made.problem));
  const source = { doc: '', title: '县教育局工作报告', date: '2024-05-06', sentence };
  return { ...made.term, sources: [source], createdAt: Date.now(), updatedAt: Date.now() };
}

/**
 * Stores `row` from an extension page as the extension's own pages do: a put into IndexedDB
 * (the add-on's database, opened at its current version), then myterms/changed to the
 * background. Returns the background's answer: how many tabs it told.
 */
function storeMyTerm(row: MyTerm): Promise<{ tabs: number }> {
  return h.inExtension(
    async ({ row, dbName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('myTerms', 'readwrite');
        tx.objectStore('myTerms').put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      return (await api.runtime.sendMessage({ type: 'myterms/changed' })) as { tabs: number };
    },
    { row, dbName: DB_NAME },
  );
}

/** A page with a built-in term and `simplified` and `traditional` in their own paragraphs. */
function servePage(path: string, simplified: string, traditional: string): void {
  h.site.page(
    path,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>县域教育</title></head>
    <body style="font: 18px 'WenQuanYi Micro Hei', sans-serif">
      <p>坚持立德树人，${simplified}。</p>
      <p lang="zh-TW">各縣持續推動${traditional}。</p>
    </body></html>`,
  );
}

/** The names of the highlights that hold a mark with text `text`. */
const markNames = async (page: Page, text: string) =>
  (await readMarks(page)).filter((m) => m.text === text).map((m) => m.name);

describe('my terms on pages in Firefox', () => {
  it('marks a term stored before the page loads, in both scripts, with my definition', async () => {
    const row = myTerm(
      { term: '县域教育共同体', definition: '以县为单位把城乡学校组成办学联合体的做法。' },
      '推进县域教育共同体建设。',
    );
    expect(row.variants).toContain('縣域教育共同體');
    servePage('/my-terms/before.html', row.term, '縣域教育共同體');
    expect(await storeMyTerm(row)).toMatchObject({ tabs: expect.any(Number) });

    const page = await h.newPage('/my-terms/before.html');
    const marks = await waitForMarkTexts(
      page,
      (t) => t.includes('立德树人') && t.includes('县域教育共同体') && t.includes('縣域教育共同體'),
    );
    expect(marks).toContain('立德树人');
    // In my terms' own style, not a built-in category's.
    expect(await markNames(page, '县域教育共同体')).toEqual([expect.stringMatching(MINE)]);
    expect(await markNames(page, '縣域教育共同體')).toEqual([expect.stringMatching(MINE)]);
    expect(await markNames(page, '立德树人')).not.toEqual([expect.stringMatching(MINE)]);

    await hoverMark(page, '县域教育共同体');
    const tip = await tooltipText(page);
    expect(tip).toContain(row.definition);
    expect(tip).toContain(row.pinyin);
    expect(tip).toContain('2024-05-06'); // the dated sentence it was found in
    await page.keyboard.press('Escape');

    await hoverMark(page, '縣域教育共同體');
    const traditionalTip = await tooltipText(page);
    expect(traditionalTip).toContain('縣域教育共同體');
    expect(traditionalTip).toContain(row.pinyin);
    await page.close();
  });

  it('marks a term stored while the page is open, without a reload', async () => {
    const row = myTerm(
      { term: '乡村教师支持计划', definition: '为乡村学校教师提高待遇和培训机会的专项安排。' },
      '实施乡村教师支持计划。',
    );
    expect(row.variants).toContain('鄉村教師支持計劃');
    servePage('/my-terms/live.html', row.term, '鄉村教師支持計劃');
    const page = await h.newPage('/my-terms/live.html');
    // The page is scanned, and the term is not one of the glossary's.
    expect(await waitForMarkTexts(page, (t) => t.includes('立德树人'))).not.toContain(row.term);
    const loaded = await page.evaluate(() => performance.timeOrigin);

    expect((await storeMyTerm(row)).tabs).toBeGreaterThan(0);
    await waitForMarkTexts(
      page,
      (t) => t.includes('乡村教师支持计划') && t.includes('鄉村教師支持計劃'),
    );
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loaded); // not reloaded
    expect(await markNames(page, '乡村教师支持计划')).toEqual([expect.stringMatching(MINE)]);
    await hoverMark(page, '乡村教师支持计划');
    expect(await tooltipText(page)).toContain(row.definition);
    await page.close();
  });
});
