// The UI follows the browser's language: Chromium launched in English, Simplified Chinese and
// Traditional Chinese (--lang) shows the popup and the glossary page in that language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtGlossary, glossaryPage, type Harness, ROOT, startHarness } from './harness.ts';

type Messages = Record<string, { message: string }>;
const messages = (folder: string) =>
  JSON.parse(
    readFileSync(join(ROOT, 'public/_locales', folder, 'messages.json'), 'utf8'),
  ) as Messages;
const bundle = builtGlossary();

const LOCALES = [
  { locale: 'en-US', folder: 'en', glossary: 'Glossary', empty: 'Type a term' },
  { locale: 'zh-CN', folder: 'zh_CN', glossary: '术语表', empty: '输入' },
  { locale: 'zh-TW', folder: 'zh_TW', glossary: '術語表', empty: '輸入' },
];

describe.each(LOCALES)('UI in $locale', ({ locale, folder, glossary, empty }) => {
  const m = messages(folder);
  const text = (key: string, value = '') => (m[key]?.message ?? key).replace('$VALUE$', value);
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('popup strings are in the browser language', async () => {
    const popup = await h.popup();
    await popup.waitForSelector('#q');
    expect(await popup.getAttribute('html', 'lang')).toBe(locale);
    expect(await popup.getAttribute('#q', 'placeholder')).toBe(text('popupSearchPlaceholder'));
    const links = await popup.$$eval('footer nav button', (b) => b.map((x) => x.textContent));
    expect(links[0]).toBe(text('popupGlossary'));
    const hint = await popup.textContent('.empty');
    expect(hint).toBe(text('popupEmpty'));
    // A literal too, so the test fails if every language fell back to the same file.
    expect(hint).toContain(empty);
    await popup.close();
  });

  it('glossary page strings and language are in the browser language', async () => {
    const page = await glossaryPage(h);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('.brand')).toBe(glossary);
    expect(await page.textContent('main h1')).toBe(
      text('glossaryAllTerms', String(bundle.terms.length)),
    );
    expect(await page.textContent('.g-nav a[href="#/docs"]')).toBe(text('glossaryDocuments'));
    expect(await page.title()).toContain(glossary);
    await page.goto(page.url().replace(/#.*$/, '#/term/li-de-shu-ren'));
    await page.waitForSelector('.stats h2');
    expect(await page.textContent('.stats h2')).toBe(text('statsTitle'));
    expect(await page.textContent('.term-page .badge')).toBe(text('category_concept'));
    await page.goto(page.url().replace(/#.*$/, '#/doc/moe-2022-20th-congress-notice'));
    await page.waitForSelector('.doc-meta dt');
    expect(await page.textContent('.doc-meta dt')).toBe(text('readerIssuer'));
    await page.close();
  });
});
