// The notebook end to end in Chromium: save by shortcut and by the tooltip's button → the
// notebook page shows it → reload → the excerpt is marked → the page is edited → still found
// (or listed as an orphan) → export each format → import the JSON into a fresh profile.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clearNotebook,
  excerptMarks,
  extensionPage,
  type Harness,
  hoverExcerpt,
  hoverMark,
  ROOT,
  savePassage,
  selectQuote,
  sendFromExtensionPage,
  sendToTab,
  startHarness,
  waitForMarks,
} from './harness.ts';
import { observerOf, until } from './observer.ts';

const ARTICLE = '/news/2022/1031/notice.html';
const original = readFileSync(`${ROOT}/e2e/fixtures/notebook-article.html`, 'utf8');

const SHORTCUT_QUOTE = '学习宣传贯彻党的二十大精神是当前和今后一个时期教育系统的首要政治任务';
const REMOVED_QUOTE = '要系统推进学习培训。';

let h: Harness;
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness();
  h.site.page(ARTICLE, original);
});
afterAll(async () => {
  await h?.close();
  console.log('notebook e2e timings (ms):', JSON.stringify(timings));
});

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

// The notebook's on-page UI lives in a closed shadow root (private notes): the tests read and
// click it through the DevTools protocol (observer.ts), with trusted input.
const NOTEBOOK_UI = 'policy-terms-notebook';

/** The on-page confirmation's text, once it shows `kind` ('saved', 'failed', 'undone'). */
async function confirmation(page: Page, kind = 'saved', timeout = 5_000): Promise<string> {
  const o = await observerOf(page);
  return until(() => o.shadowText(NOTEBOOK_UI, `.confirm.${kind}`), timeout);
}

/** Clicks a button inside the notebook's on-page shadow root. */
async function clickInConfirmation(page: Page, selector: string): Promise<void> {
  const o = await observerOf(page);
  const point = await until(() => o.shadowPoint(NOTEBOOK_UI, selector));
  await page.mouse.click(point.x, point.y);
}

/** Waits until the element `selector` of the notebook's on-page UI contains `text`. */
async function notebookUiShows(page: Page, selector: string, text: string): Promise<void> {
  const o = await observerOf(page);
  await until(async () => (await o.shadowText(NOTEBOOK_UI, selector))?.includes(text) || null);
}

async function waitForExcerptMarks(page: Page, count: number): Promise<string[]> {
  return (await waitForMarks(page, count, 'ptr-excerpt')).map((m) => m.text);
}

/**
 * The keyboard shortcut: Alt+Shift+S goes to the browser, which runs the 'save-selection'
 * command. Headless Chromium does not deliver extension commands (the key press never reaches
 * chrome.commands), so when no confirmation follows the key press, the test sends exactly what
 * the command handler sends, from the background: tabs.sendMessage({type:'page/saveSelection'}).
 * This covers the message and everything after it, not the handler: runCommand itself is
 * unit-tested in lib/background/commands.test.ts.
 */
async function pressSaveShortcut(page: Page): Promise<'command' | 'background'> {
  await page.keyboard.press('Alt+Shift+S');
  const shown = await confirmation(page, 'saved', 1_500).then(
    () => true,
    () => false,
  );
  if (shown) return 'command';
  await page.bringToFront();
  await sendToTab(h, { type: 'page/saveSelection' });
  return 'background';
}

/** The passage around 四个意识 that the tooltip's "save sentence" saves, in part. */
const TERM_QUOTE = '进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”';

/**
 * The notebook the tests after the saving ones start from, made afresh for each: the shortcut's
 * passage with its note, a passage around a term, and one that a later edit of the page removes.
 * Saved through the page, as the context menu does (the message the background sends), so the
 * excerpts carry the selectors the content script writes.
 */
async function seedNotebook(): Promise<void> {
  await clearNotebook(h);
  h.site.page(ARTICLE, original);
  const page = await h.newPage(ARTICLE);
  await waitForMarks(page, 3);
  const ids: number[] = [];
  for (const quote of [SHORTCUT_QUOTE, TERM_QUOTE, REMOVED_QUOTE])
    ids.push(await savePassage(h, page, quote));
  await sendFromExtensionPage(h, { type: 'excerpt/update', id: ids[0], note: NOTE });
  await page.close();
}
const NOTE = '首要政治任务：引用';

/** The page after an edit: two passages still there (one reworded), REMOVED_QUOTE gone. */
const edited = () =>
  original
    .replace('来源：教育部', '来源：教育部 &nbsp; 编辑：王芳 &nbsp; 阅读 1024')
    .replace('当前和今后一个时期', '当前和今后相当长一个时期')
    .replace(/要系统推进学习培训。/, '');

describe('saving', () => {
  beforeEach(async () => {
    await clearNotebook(h);
    h.site.page(ARTICLE, original);
  });

  it('saves the selection by the keyboard shortcut and takes a note', async () => {
    const page = await h.newPage(ARTICLE);
    await waitForMarks(page, 3);
    await selectQuote(page, SHORTCUT_QUOTE);
    const path = await timed('save by shortcut', () => pressSaveShortcut(page));
    console.log(`save-selection reached the page through: ${path}`);
    expect(await confirmation(page)).toContain(SHORTCUT_QUOTE);
    expect(await waitForExcerptMarks(page, 1)).toEqual([SHORTCUT_QUOTE]);

    await clickInConfirmation(page, 'button.add-note');
    await clickInConfirmation(page, 'input.note-input');
    await page.keyboard.insertText(NOTE);
    await page.keyboard.press('Enter');
    await notebookUiShows(page, '.confirm .note', '引用');
    await page.close();
  });

  it('undoes a save from the confirmation', async () => {
    const page = await h.newPage(ARTICLE);
    await waitForMarks(page, 3);
    await selectQuote(page, '弘扬伟大建党精神');
    await pressSaveShortcut(page);
    await confirmation(page);
    expect(await excerptMarks(page)).toEqual(['弘扬伟大建党精神']);
    await clickInConfirmation(page, 'button.undo');
    await confirmation(page, 'undone');
    expect(await excerptMarks(page)).toEqual([]);
    // Undone in the notebook too, not only unmarked: a new visit finds nothing to mark.
    const url = `${h.site.origin}${ARTICLE}`;
    expect(await sendFromExtensionPage(h, { type: 'excerpt/forPage', url })).toEqual([]);
    await page.close();
  });

  it('says what to do when nothing is selected', async () => {
    const page = await h.newPage(ARTICLE);
    await waitForMarks(page, 3);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await pressSaveShortcut(page).catch(() => undefined);
    expect(await confirmation(page, 'failed')).toContain('Select a passage');
    await page.close();
  });

  it('saves the sentence around a term from the tooltip', async () => {
    const page = await h.newPage(ARTICLE);
    await waitForMarks(page, 3);
    await hoverMark(page, '四个意识');
    const tooltip = page.locator('policy-terms-tooltip');
    await timed('save by tooltip', async () => {
      await tooltip.getByRole('button', { name: 'Save sentence' }).click();
      await confirmation(page);
    });
    const marks = await waitForExcerptMarks(page, 1);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatch(/^要把学习宣传贯彻.*四个意识.*支撑。$/);
    await page.close();
  });
});

describe('finding excerpts again', () => {
  beforeEach(seedNotebook);

  it('marks every saved excerpt when the page is visited again, and shows the note on hover', async () => {
    const page = await h.newPage(ARTICLE);
    const marks = await timed('re-anchor on reload', () => waitForExcerptMarks(page, 3));
    expect(marks).toContain(SHORTCUT_QUOTE);
    expect(marks).toContain(REMOVED_QUOTE);
    expect(marks).toContain(TERM_QUOTE);
    await hoverExcerpt(page, SHORTCUT_QUOTE);
    await notebookUiShows(page, '.note-tip', NOTE);
    await page.close();
  });

  it('still finds them on a slightly edited page, and keeps the lost one as an orphan', async () => {
    h.site.page(ARTICLE, edited());
    const page = await h.newPage(ARTICLE);
    const marks = await waitForExcerptMarks(page, 2);
    expect(marks).toContain(
      '学习宣传贯彻党的二十大精神是当前和今后相当长一个时期教育系统的首要政治任务',
    );
    expect(marks).toContain(TERM_QUOTE);
    await page.waitForTimeout(500);
    expect(await excerptMarks(page)).toHaveLength(2);
    await page.close();
  });
});

const openNotebook = (harness: Harness) => extensionPage(harness, 'notebook.html');

/** What a notebook page lists: per page group, its count line and excerpt texts and notes. */
function listed(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.page-group')].map((group) => ({
      title: group.querySelector('h2')?.textContent ?? '',
      count: group.querySelector('header p')?.textContent ?? '',
      excerpts: [...group.querySelectorAll('.excerpt')].map((e) => ({
        text: e.querySelector('blockquote')?.textContent ?? '',
        note: e.querySelector('.note')?.textContent ?? '',
        tags: [...e.querySelectorAll('.chip.tag')].map((c) => c.textContent),
        orphan: e.classList.contains('orphan'),
      })),
    })),
  );
}

async function exportFile(page: Page, kind: 'md' | 'csv' | 'json'): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button[data-export=${kind}]`),
  ]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('the notebook page', () => {
  beforeEach(seedNotebook);

  it('lists the excerpts grouped by page, with the note, the orphan and counts', async () => {
    // A visit to the edited page records REMOVED_QUOTE as an orphan.
    h.site.page(ARTICLE, edited());
    const visit = await h.newPage(ARTICLE);
    await waitForExcerptMarks(visit, 2);
    await visit.close();
    const page = await timed('notebook page first render', async () => {
      const p = await openNotebook(h);
      await p.waitForSelector('.page-group .excerpt');
      return p;
    });
    await page.waitForSelector('.excerpt.orphan');
    const groups = await listed(page);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.title).toContain('教育部党组印发通知');
    expect(groups[0]?.count).toContain('3');
    expect(groups[0]?.count).toContain('1'); // one orphan
    const excerpts = groups[0]?.excerpts ?? [];
    expect(excerpts.map((e) => e.text)).toContain(SHORTCUT_QUOTE);
    expect(excerpts.find((e) => e.text === SHORTCUT_QUOTE)?.note).toBe(NOTE);
    expect(excerpts.find((e) => e.text === REMOVED_QUOTE)?.orphan).toBe(true);
    await page.close();
  });

  it('searches, filters and edits tags in place', async () => {
    const page = await openNotebook(h);
    await page.waitForSelector('.excerpt');
    await page.fill('input[name=query]', '引用');
    await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 1);
    await page.click('.excerpt .edit-button');
    await page.fill('.excerpt input[name=tags]', 'report, 教育');
    await page.click('.excerpt button[type=submit]');
    await page.waitForSelector('.excerpt .chip.tag');
    await page.fill('input[name=query]', '');
    await page.selectOption('select[name=tag]', 'report');
    await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 1);
    await page.check('input[name=orphans]');
    await page.waitForSelector('.empty');
    await page.click('button.clear');
    await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 3);
    await page.close();
  });

  it('deletes with undo', async () => {
    const page = await openNotebook(h);
    await page.waitForSelector('.excerpt');
    await page.click(`.excerpt:has-text("${REMOVED_QUOTE}") button.delete`);
    await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 2);
    await page.click('.undo-bar button.undo');
    await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 3);
    await page.close();
  });

  it('opens the source page scrolled to the excerpt (text fragment link)', async () => {
    const page = await openNotebook(h);
    await page.waitForSelector('.excerpt');
    const href = (await page.getAttribute(
      `.excerpt:has-text("${SHORTCUT_QUOTE}") a.open`,
      'href',
    )) as string;
    expect(href).toMatch(new RegExp(`^${h.site.origin}${ARTICLE}#:~:text=`));
    expect(decodeURIComponent(href.split('#:~:text=')[1] as string)).toContain(SHORTCUT_QUOTE);
    await page.close();
    // The same fragment on a long version of the page: Chromium must scroll down to it.
    const long = original.replace(
      '<div id="content_body">',
      '<div style="height:3000px"></div><div id="content_body">',
    );
    h.site.page('/news/long.html', long);
    const source = await h.browser.context.newPage();
    await source.goto(`${h.site.origin}/news/long.html#${href.split('#')[1]}`);
    await source.waitForFunction(() => window.scrollY > 2000, null, { timeout: 5_000 });
    await source.close();
  });

  it('exports Markdown, CSV and JSON', async () => {
    const page = await openNotebook(h);
    await page.waitForSelector('.excerpt');
    const markdown = await timed('export markdown', () => exportFile(page, 'md'));
    expect(markdown).toContain(`> ${SHORTCUT_QUOTE}`);
    expect(markdown).toMatch(
      /— .*教育部党组印发通知.*, <http:\/\/127\.0\.0\.1:\d+\/news\/2022\/1031\/notice\.html>, saved \d{4}-\d{2}-\d{2}/,
    );
    const csv = await exportFile(page, 'csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('saved_at,title,url');
    expect(csv).toContain(SHORTCUT_QUOTE);
    const data = JSON.parse(await exportFile(page, 'json'));
    expect(data).toMatchObject({ format: 'policy-terms-notebook', schemaVersion: 1 });
    expect(data.excerpts).toHaveLength(3);
    await page.close();
  });

  it('imports the JSON into a fresh profile: the same notebook, and no duplicates the second time', async () => {
    const { before, exported } = await (async () => {
      const page = await openNotebook(h);
      await page.waitForSelector('.excerpt');
      const groups = await listed(page);
      const json = await exportFile(page, 'json');
      await page.close();
      return { before: groups, exported: json };
    })();
    const fresh = await startHarness();
    try {
      const page = await openNotebook(fresh);
      await page.waitForSelector('.empty');
      const file = {
        name: 'notebook.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      };
      await timed('import preview + merge', async () => {
        await page.setInputFiles('input[name=import]', file);
        await page.waitForSelector('.preview');
        expect(await page.textContent('.preview')).toContain('3 new excerpts, 0 already');
        await page.click('button.confirm-import');
        await page.waitForSelector('.import .done');
      });
      await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 3);
      expect(await listed(page)).toEqual(before);

      await page.setInputFiles('input[name=import]', file);
      await page.waitForSelector('.preview');
      expect(await page.textContent('.preview')).toContain('0 new excerpts, 3 already');

      // A truncated file and another tool's file: a clear message, nothing changes.
      await page.setInputFiles('input[name=import]', {
        ...file,
        buffer: Buffer.from(exported.slice(0, 200)),
      });
      expect(await page.textContent('.import .error')).toContain('not valid JSON');
      await page.setInputFiles('input[name=import]', {
        ...file,
        buffer: Buffer.from('[{"uri":"https://e.com","target":[]}]'),
      });
      await page.waitForFunction(() =>
        document.querySelector('.import .error')?.textContent?.includes('not a Policy Terms'),
      );
      expect(await page.locator('.excerpt').count()).toBe(3);
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});

describe('a notebook of 10,000 excerpts', () => {
  it('renders the first page and answers a search quickly', async () => {
    const big = await startHarness();
    try {
      const page = await openNotebook(big);
      await page.waitForSelector('.empty');
      // Written straight into the extension's IndexedDB (this page is in its origin).
      await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('policy-terms');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const words = ['立德树人', '教育强国', '双减', '两个确立', '高质量发展', '产教融合'];
        const tx = db.transaction('excerpts', 'readwrite');
        const store = tx.objectStore('excerpts');
        for (let i = 0; i < 10_000; i++) {
          const createdAt = Date.UTC(2025, 0, 1) + i * 60_000;
          const word = words[i % words.length] as string;
          store.add({
            exact: `第${i}条摘录：坚持${word}，推进教育现代化，办好人民满意的教育。`,
            prefix: '',
            suffix: '',
            start: i,
            end: i + 30,
            url: `https://news${i % 50}.example.cn/a/${Math.floor(i / 10)}.html`,
            title: `新闻 ${Math.floor(i / 10)}`,
            site: `news${i % 50}.example.cn`,
            createdAt,
            updatedAt: createdAt,
            terms: [],
            note: i % 7 === 0 ? 'quote this' : '',
            tags: i % 5 === 0 ? ['report'] : [],
          });
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      });
      const rendered = await timed('10k: reload to first page of excerpts', async () => {
        await page.reload();
        await page.waitForSelector('.excerpt');
        return page.locator('.excerpt').count();
      });
      expect(rendered).toBe(50);
      expect(await page.textContent('.totals')).toContain('10000');
      await timed('10k: search keystroke to results', async () => {
        await page.fill('input[name=query]', '第9999条');
        await page.waitForFunction(() => document.querySelectorAll('.excerpt').length === 1);
      });
      await timed('10k: filter by tag', async () => {
        await page.fill('input[name=query]', '');
        await page.selectOption('select[name=tag]', 'report');
        await page.waitForFunction(() =>
          document.querySelector('.totals')?.textContent?.startsWith('2000'),
        );
      });
      await page.close();
    } finally {
      await big.close();
    }
  });
});
