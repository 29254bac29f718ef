// IndexedDB unusable in real Chromium: the profile's IndexedDB folder is a plain file, so no
// origin can open a database (what a broken or read-only profile looks like to the extension).
// Terms are still marked and explained (the background serves them from the bundle in memory),
// the popup and the glossary page still search (the packaged copy), and saving says plainly
// that the notebook cannot save, keeping the passage on screen to copy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionPage,
  type Harness,
  hoverMark,
  sendToTab,
  startHarness,
  tooltipText,
  waitForMarks,
} from './harness.ts';
import { observerOf, until } from './observer.ts';

let h: Harness;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'ptr-broken-idb-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'IndexedDB'), 'not a directory');
  h = await startHarness({ profileDir: profile });
});
afterAll(async () => {
  await h?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('with IndexedDB unusable', () => {
  it('really cannot open a database in the extension origin', async () => {
    const opened = await h.browser.worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('probe');
          request.onsuccess = () => resolve('opened');
          request.onerror = () => resolve(`error: ${request.error?.name}`);
        }),
    );
    expect(opened).toMatch(/^error/);
  });

  it('still marks and explains terms on a page', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    const text = await tooltipText(page);
    expect(text).toContain('四个意识');
    expect(text).toContain('政治意识');
    await page.close();
  });

  it('says why saving from the tooltip failed', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    await tooltipText(page);
    await page
      .locator('policy-terms-tooltip')
      .getByRole('button', { name: 'Save sentence' })
      .click();
    await until(async () => (await tooltipText(page)).includes('Could not save') || null);
    expect(await tooltipText(page)).toMatch(/Could not save: .*unavailable/);
    await page.close();
  });

  it('says the notebook cannot save a selection, and keeps the passage on screen', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    const quote = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) =>
        el.textContent?.includes('四个意识'),
      ) as HTMLElement;
      getSelection()?.selectAllChildren(p);
      return getSelection()?.toString().trim() ?? '';
    });
    await page.bringToFront();
    // What the context menu and the keyboard shortcut send (headless Chromium runs no commands).
    await sendToTab(h, { type: 'page/saveSelection' });
    const o = await observerOf(page);
    const failed = await until(() => o.shadowText('policy-terms-notebook', '.confirm.failed'));
    expect(failed).toMatch(/unavailable/);
    expect(failed).toContain(quote.slice(0, 20));
    await page.close();
  });

  it('the popup still searches, from the copy packaged with the extension', async () => {
    const popup = await h.popup();
    await popup.fill('#q', 'lideshuren');
    await popup.waitForSelector('.results [role=option]');
    expect(await popup.textContent('.results [role=option] .hw')).toBe('立德树人');
    await popup.close();
  });

  it('the glossary page still shows and searches terms', async () => {
    const page = await extensionPage(h, 'glossary.html#/search/sigeyishi');
    await page.waitForFunction(() => document.body.textContent?.includes('四个意识'));
    await page.close();
  });

  it('the notebook page says it cannot open the notebook', async () => {
    const page = await extensionPage(h, 'notebook.html');
    const alert = await page.waitForSelector('[role=alert]');
    expect(await alert.textContent()).toMatch(/database is unavailable[\s\S]*notebook cannot save/);
    await page.close();
  });
});
