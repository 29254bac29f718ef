// The welcome page in real Chromium: opened by the first install and not by a restart, its
// sample passages marked with working tooltips, the shortcuts as the browser has them, links to
// the glossary and the notebook, the popup's way back to it, accessible in both themes.
// Also writes docs/screens/welcome-light.png and welcome-dark.png (1280×900, a tooltip open).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { welcomePage } from '../scripts/site/browser.ts';
import { expectAccessible } from './axe.ts';
import {
  EXTENSION_DIR,
  type Harness,
  hoverMark,
  readMarks,
  ROOT,
  startHarness,
  tooltipText,
} from './harness.ts';

let h: Harness;
let welcome: Page;

const welcomeUrl = () => `chrome-extension://${h.browser.extensionId}/welcome.html`;
const welcomeTabs = () => h.browser.context.pages().filter((p) => p.url() === welcomeUrl());

/** Clicks what `selector` finds in `page` and returns the tab it opens, once loaded. */
async function opensTab(page: Page, selector: string): Promise<Page> {
  const [opened] = await Promise.all([
    h.browser.context.waitForEvent('page'),
    page.click(selector),
  ]);
  await opened.waitForLoadState();
  return opened;
}

// A profile of our own, kept across the restart in the last test (the harness removes only the
// profiles it made).
const profile = mkdtempSync(join(tmpdir(), 'ptr-welcome-'));

beforeAll(async () => {
  h = await startHarness({ keepWelcome: true, profileDir: profile });
  welcome = await welcomePage(h.browser.context, h.browser.extensionId);
  await welcome.waitForSelector('.sample[data-marks]', { timeout: 20_000 });
});
afterAll(async () => {
  await h?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the welcome page', () => {
  it('opens exactly once on a first install', async () => {
    // Time for a second, unwanted tab to appear.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(welcomeTabs()).toHaveLength(1);
  });

  it('marks the terms of its sample passages in both scripts', async () => {
    const texts = (await readMarks(welcome)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['两个确立', '四个意识', '立德树人根本任务']));
    expect(texts).toEqual(expect.arrayContaining(['立德樹人根本任務']));
    // Only the passages: the source captions below them are not scanned.
    const inSample = await welcome.$eval('.sample', (el) => Number(el.getAttribute('data-marks')));
    expect(inSample).toBe(texts.length);
  });

  it('explains a term on hover', async () => {
    await hoverMark(welcome, '四个意识');
    const text = await tooltipText(welcome);
    expect(text).toContain('四个意识');
    expect(text).toContain('政治意识');
  });

  it('lists the shortcuts the manifest declares, with their keys and descriptions', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key: { default: string }; description: string }>;
    };
    const en = JSON.parse(
      readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    const expected = Object.values(manifest.commands).map((c) => ({
      keys: c.suggested_key.default,
      description: en[c.description.replace(/^__MSG_|__$/g, '')]?.message,
    }));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const shown = await welcome.$$eval('.shortcuts > div', (rows) =>
      rows.map((row) => ({
        keys: row.querySelector('kbd')?.textContent ?? '',
        description: row.querySelector('dd')?.textContent ?? '',
      })),
    );
    // In the browser's order, which need not be the manifest's.
    const byKeys = (a: { keys: string }, b: { keys: string }) => a.keys.localeCompare(b.keys);
    expect(shown.sort(byKeys)).toEqual(expected.sort(byKeys));
  });

  it('links to the glossary and the notebook, each opening in a new tab', async () => {
    const glossary = await opensTab(welcome, '.where a[href="glossary.html"]');
    expect(glossary.url()).toBe(`chrome-extension://${h.browser.extensionId}/glossary.html`);
    await glossary.waitForSelector('main h1', { timeout: 15_000 });
    await glossary.close();
    const notebook = await opensTab(welcome, '.where a[href="notebook.html"]');
    expect(notebook.url()).toBe(`chrome-extension://${h.browser.extensionId}/notebook.html`);
    await notebook.waitForSelector('main', { timeout: 15_000 });
    await notebook.close();
  });

  it('links each sample passage to its document in the reader', async () => {
    const reader = await opensTab(welcome, '.sources a');
    expect(reader.url()).toContain(
      'glossary.html#/doc/moe-2023-national-education-work-conference',
    );
    await reader.waitForSelector('article[data-marks]', { timeout: 20_000 });
    await reader.close();
  });

  it('is reachable from the popup ("How to use")', async () => {
    const popup = await h.popup();
    await popup.waitForSelector('footer nav');
    const [opened] = await Promise.all([
      h.browser.context.waitForEvent('page', (p) => p.url() === welcomeUrl()),
      popup.getByRole('button', { name: 'How to use' }).click(),
    ]);
    await opened.waitForSelector('.sample[data-marks]', { timeout: 20_000 });
    await opened.close();
    if (!popup.isClosed()) await popup.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violation, and is photographed, in the ${colorScheme} theme`, async () => {
      await welcome.emulateMedia({ colorScheme });
      await welcome.mouse.move(1, 1);
      await expectAccessible(welcome, `welcome ${colorScheme}`);
      await welcome.evaluate(() => window.scrollTo(0, 0));
      await hoverMark(welcome, '立德树人根本任务');
      await tooltipText(welcome);
      await welcome.screenshot({ path: join(ROOT, `docs/screens/welcome-${colorScheme}.png`) });
    });
  }

  it('does not open again when the browser starts again with the same profile', async () => {
    // Closed first, so that a session restore could not bring it back either.
    for (const page of welcomeTabs()) await page.close();
    await h.close();
    h = await startHarness({ keepWelcome: true, profileDir: profile });
    // The extension is running again (its service worker answers), and had time to open a tab.
    expect(await h.browser.worker.evaluate(() => 1 + 1)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(h.browser.context.pages().map((p) => p.url())).not.toContain(welcomeUrl());
  });
});
