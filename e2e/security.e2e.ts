// A hostile page (fixtures/hostile-script.html) against the real extension in Chromium. The page
// runs first, claims our element names, breaks Range, StaticRange, Highlight, CSS.highlights,
// MutationObserver and Node/Element/Document prototypes, posts messages in our shapes, then
// dispatches synthetic pointer and key events over everything we highlight and reads every
// shadow root, selection and text it can reach, clicking any button it finds. It must learn no
// notebook content, steer nothing, and the extension must keep marking and explaining terms.
// The test watches through a fresh isolated world and the DevTools DOM (observer.ts), so the
// page's broken prototypes do not blind it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, pointAt, sendFromExtensionPage, startHarness } from './harness.ts';
import { type Observer, observe, until } from './observer.ts';
import { highlightPoint, highlightTexts } from './page-side.ts';

const PATH = '/fixtures/hostile-script.html';
const SECRET = 'SECRET-NOTE-7f3a9c';
const SAVED = '这一段文字被保存在笔记本里';

let h: Harness;
let url: string;

const fromExtensionPage = <T>(message: object) => sendFromExtensionPage<T>(h, message);

type Excerpt = { id: number; exact: string; note: string };
const excerptsOfPage = () => fromExtensionPage<Excerpt[]>({ type: 'excerpt/forPage', url });

beforeAll(async () => {
  h = await startHarness();
  url = `${h.site.origin}${PATH}`;
  const saved = await fromExtensionPage<{ id: number }>({
    type: 'excerpt/save',
    excerpt: {
      exact: SAVED,
      prefix: '',
      suffix: '',
      start: 0,
      end: SAVED.length,
      url,
      title: '敌意脚本',
      terms: [],
    },
  });
  expect(saved.id).toBeGreaterThan(0);
  await fromExtensionPage({ type: 'excerpt/update', id: saved.id, note: SECRET });
});
afterAll(async () => {
  await h?.close();
});

interface Loot {
  errors: string[];
  messages: string[];
  stolenHosts: number;
  stolenText: string[];
  selectionText: string;
  innerText: string;
  highlightNames: string[];
  highlightTexts: string[];
  chromeRuntime: boolean;
  sendMessage: string[];
  clicked: string[];
}

const readLoot = (o: Observer) =>
  o.run(() => JSON.parse(document.documentElement.dataset.loot ?? '{}')) as Promise<Loot>;

/** Marks the extension registered, read through the observer's pristine CSS.highlights. */
const marks = (o: Observer) => o.run(highlightTexts, '');

/** A trusted pointer move (CDP input) onto the first mark or excerpt with this text. */
async function hover(page: Page, o: Observer, text: string): Promise<void> {
  // No scroll: the hostile page's state stays as the attack left it.
  const point = await o.run(highlightPoint, { prefix: '', text, nth: 0, scroll: false });
  if (!point) throw new Error(`nothing marked as ${text}`);
  await pointAt(page, point);
}

async function openHostilePage(): Promise<{ page: Page; o: Observer }> {
  const page = await h.browser.context.newPage();
  await page.goto(url);
  const o = await observe(page);
  await until(async () => ((await marks(o)).length >= 5 ? true : null), 15_000);
  return { page, o };
}

describe('a hostile page', () => {
  it('cannot stop the extension marking terms and saved excerpts', async () => {
    const { page, o } = await openHostilePage();
    const found = await until(async () => {
      const all = await marks(o);
      return all.some((m) => m.name === 'ptr-excerpt') ? all : null;
    }, 10_000);
    const texts = found.map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        '两个确立',
        '四个意识',
        '立德树人根本任务',
        '加快建设教育强国',
        SAVED,
      ]),
    );
    await page.close();
  });

  it('still gets the tooltip on a real hover, drawn by the extension, not the page', async () => {
    const { page, o } = await openHostilePage();
    await hover(page, o, '四个意识');
    const text = await until(() => o.shadowText('policy-terms-tooltip', '[role=tooltip]'));
    expect(text).toContain('四个意识');
    expect(text).toContain('sì gè yì shí');
    await page.close();
  });

  it('learns nothing of the notebook, even while the note is on screen', async () => {
    const { page, o } = await openHostilePage();
    await until(async () => ((await marks(o)).some((m) => m.name === 'ptr-excerpt') ? 1 : null));
    // The user hovers the saved passage: the extension shows the private note...
    await hover(page, o, SAVED);
    expect(await until(() => o.shadowText('policy-terms-notebook', '.note-tip'))).toContain(SECRET);
    // ...and the page, at that moment, reads everything it can reach.
    await page.evaluate(() => (window as unknown as { collect(): unknown }).collect());
    const loot = await readLoot(o);
    expect(JSON.stringify(loot)).not.toContain(SECRET);
    await page.close();
  });

  it('cannot read or steer through messages, synthetic events or our shadow roots', async () => {
    const { page, o } = await openHostilePage();
    await until(async () => ((await marks(o)).some((m) => m.name === 'ptr-excerpt') ? 1 : null));
    const pagesBefore = h.browser.context.pages().length;
    // A real hover opens the term tooltip, whose buttons save, open pages and turn the site off;
    // the pointer stays there while the page attacks.
    await hover(page, o, '两个确立');
    await until(() => o.shadowText('policy-terms-tooltip', '[role=tooltip]'));
    await page.evaluate(
      (id) => (window as unknown as { attack(id: string): Promise<unknown> }).attack(id),
      h.browser.extensionId,
    );
    const loot = await readLoot(o);

    expect(JSON.stringify(loot)).not.toContain(SECRET);
    // No page gets chrome.runtime without externally_connectable, and nothing answered a post.
    expect(loot.chromeRuntime).toBe(false);
    expect(loot.sendMessage).toEqual([]);
    expect(loot.messages.every((m) => /^\{"type":"(glossary|excerpt|page|ui)\//.test(m))).toBe(
      true,
    );
    // The extension's id is not announced to the page (WXT's script-started postMessage).
    expect(JSON.stringify(loot)).not.toContain(h.browser.extensionId);
    // The page found the open tooltip and pressed every button in it...
    expect(loot.clicked.length).toBeGreaterThan(2);
    // ...which saved nothing, deleted nothing, opened no page and did not close the tooltip;
    // synthetic moves over the other marks and the saved passage switched the tooltip to no
    // other term and showed no note.
    expect(await o.shadowText('policy-terms-tooltip', '.headword')).toBe('两个确立');
    expect(await o.shadowText('policy-terms-notebook', '.note-tip')).toBeNull();
    const after = await excerptsOfPage();
    expect(after.map((e) => [e.exact, e.note])).toEqual([[SAVED, SECRET]]);
    expect(h.browser.context.pages().length).toBe(pagesBefore);
    // And the extension still works on this page: marks (the site was not turned off) and hover.
    expect((await marks(o)).map((m) => m.text)).toContain('四个意识');
    await hover(page, o, '四个意识');
    expect(await until(() => o.shadowText('policy-terms-tooltip', '[role=tooltip]'))).toContain(
      '四个意识',
    );
    console.info(
      'hostile page got:',
      JSON.stringify({
        ...loot,
        innerText: undefined,
        stolenText: loot.stolenText.map((t) => `${t.length} characters of glossary and CSS`),
      }),
    );
    await page.close();
  });

  // A limit, pinned so a change is noticed: the Custom Highlight registry is one per document and
  // shared with the page, so a page can list the ranges we highlight, including saved passages
  // of this page (their text, never their notes), and can remove them (CSS.highlights.clear()),
  // as it can hide them with ::highlight() rules. Hover still works: hit-testing uses our own
  // ranges, not the registry.
  it('can see which passages of itself are saved, and clear the marks, but hover still works', async () => {
    const { page, o } = await openHostilePage();
    await until(async () => ((await marks(o)).some((m) => m.name === 'ptr-excerpt') ? 1 : null));
    await page.evaluate(
      (id) => (window as unknown as { attack(id: string): Promise<unknown> }).attack(id),
      h.browser.extensionId,
    );
    const loot = await readLoot(o);
    expect(loot.highlightNames).toContain('ptr-excerpt');
    expect(loot.highlightTexts).toContain(SAVED);
    await o.run(() => CSS.highlights.clear());
    expect(await marks(o)).toEqual([]);
    const point = await o.run(() => {
      const p = document.getElementById('p1') as HTMLElement;
      const text = p.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('四个意识');
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      const r = range.getClientRects()[0] as DOMRect;
      return { x: r.left + 8, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x - 30, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    expect(await until(() => o.shadowText('policy-terms-tooltip', '[role=tooltip]'))).toContain(
      '四个意识',
    );
    await page.close();
  });
});
