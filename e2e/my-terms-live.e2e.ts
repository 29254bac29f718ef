// My terms on the web, in real Chromium: a term stored in the extension's IndexedDB and announced
// (as the glossary page does after every write) is marked on a page already open, without a
// reload, in its own style, in both scripts; its tooltip shows the user's definition and sources;
// deleting it takes the mark away again. The context menu's selection context is read from the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyTerm } from '../lib/my-glossary/types.ts';
import { makeUserTerm, problemSummary } from '../lib/my-terms/model.ts';
import {
  activeTabId,
  type Harness,
  hoverMark,
  htmlPage,
  readMarks,
  selectQuote,
  sendFromExtensionPage,
  sendToTab,
  startHarness,
  tooltipHidden,
  tooltipText,
  waitForMarks,
  waitForMarkTexts,
} from './harness.ts';

const MINE = 'ptr-underline-mine';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.site.page(
    '/mine.html',
    htmlPage(
      '数智校园建设方案',
      '<p>各地要落实立德树人根本任务，加快建设数智校园，推动数智校园与课堂教学深度融合。</p>',
    ),
  );
  h.site.page(
    '/mine-tw.html',
    htmlPage('數智校園', '<p>各校應推進數智校園建設，並落實立德樹人。</p>').replace(
      'lang="zh-Hans"',
      'lang="zh-TW"',
    ),
  );
});
afterAll(async () => {
  await h?.close();
});

function term(): MyTerm {
  const made = makeUserTerm({
    term: '数智校园',
    definition: '学校以数字技术和数据支撑教学、管理与服务的建设目标。',
    english: 'digital-intelligent campus',
    category: 'concept',
    topic: 'education',
  });
  if (!made.ok) throw new Error(problemSummary(made.problem));
  return {
    ...made.term,
    sources: [
      {
        doc: 'my-test',
        title: '某省教育数字化实施方案',
        date: '2024-05-20',
        sentence: '到2025年，全省建成一批数智校园示范校。',
      },
    ],
    createdAt: Date.now(),
    updatedAt: Date.now(),
  };
}

/** Writes (or with null, deletes) the term in the extension's IndexedDB, then announces it. */
async function storeAndAnnounce(row: MyTerm | null, id = 'my:数智校园'): Promise<number> {
  await h.browser.worker.evaluate(
    async ({ row, id }) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policy-terms');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('myTerms', 'readwrite');
          if (row) tx.objectStore('myTerms').put(row);
          else tx.objectStore('myTerms').delete(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { row, id },
  );
  const answer = await sendFromExtensionPage<{ tabs: number }>(h, { type: 'myterms/changed' });
  return answer.tabs;
}

const mineTexts = async (page: Page) => (await readMarks(page, MINE)).map((m) => m.text);

describe('my terms on pages', () => {
  let page: Page;

  it('marks a term added while the page is open, without reloading it', async () => {
    page = await h.newPage('/mine.html');
    await waitForMarks(page);
    expect(await mineTexts(page)).toEqual([]);
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
    expect(await storeAndAnnounce(term())).toBeGreaterThanOrEqual(1);
    expect(await waitForMarkTexts(page, (t) => t.length === 2, 10_000, MINE)).toEqual([
      '数智校园',
      '数智校园',
    ]);
    // The built-in marks are drawn again beside them, and the page was not reloaded.
    expect((await readMarks(page)).map((m) => m.text)).toContain('立德树人根本任务');
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  });

  it('explains it with the user’s definition and the dated sentence of their document', async () => {
    await hoverMark(page, '数智校园');
    const text = await tooltipText(page);
    expect(text).toContain('My term');
    expect(text).toContain('学校以数字技术和数据支撑教学');
    expect(text).toContain('digital-intelligent campus');
    expect(text).toContain('2024-05-20');
    expect(text).toContain('全省建成一批数智校园示范校');
    await page.keyboard.press('Escape');
    await tooltipHidden(page);
  });

  it('marks it on a traditional page, explained in traditional script', async () => {
    const tw = await h.newPage('/mine-tw.html');
    expect((await waitForMarkTexts(tw, (t) => t.length === 1, 10_000, MINE)).map((x) => x)).toEqual(
      ['數智校園'],
    );
    await hoverMark(tw, '數智校園');
    const text = await tooltipText(tw);
    expect(text).toContain('學校以數字技術');
    expect(text).toContain('全省建成一批數智校園示範校');
    await tw.close();
  });

  it('lists it in the popup: on this page, and found by pinyin', async () => {
    await page.bringToFront();
    const popup = await h.popup(`?tab=${await activeTabId(h)}`);
    await popup.waitForSelector('.page-terms li');
    const rows = await popup.$$eval('.page-terms .hw', (els) => els.map((e) => e.textContent));
    expect(rows).toContain('数智校园');
    await popup.fill('#q', 'shuzhi');
    const hit = popup.locator('[role=option]', { hasText: '数智校园' });
    await hit.waitFor();
    expect(await hit.locator('.badge.mine').textContent()).toBe('My term');
    await popup.close();
  });

  it('reads the selection and its sentence for the context menu’s add form', async () => {
    await selectQuote(page, '课堂教学');
    const context = (await sendToTab(h, { type: 'page/selectionContext' })) as {
      text: string;
      sentence: string;
      url: string;
    };
    expect(context.text).toBe('课堂教学');
    expect(context.sentence).toBe(
      '各地要落实立德树人根本任务，加快建设数智校园，推动数智校园与课堂教学深度融合。',
    );
    expect(context.url).toBe(`${h.site.origin}/mine.html`);
  });

  it('takes the mark away when the term is deleted', async () => {
    await storeAndAnnounce(null);
    await waitForMarkTexts(page, (t) => t.length === 0, 10_000, MINE);
    expect((await readMarks(page)).map((m) => m.text)).toContain('立德树人根本任务');
    await page.close();
  });
});
