// One script throughout: the tooltip on a traditional page holds no simplified-only character,
// a Hong Kong page gets Hong Kong forms, a simplified page stays simplified. The check uses the
// glossary's own fold table, so it covers every character the glossary can produce.
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtGlossary,
  extensionPage,
  type Harness,
  hoverMark,
  htmlPage,
  readMarks,
  startHarness,
  tooltipHidden,
  tooltipText,
  waitForMarks,
} from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// MatchIndex.fold: "from→to" character pairs, traditional or variant → simplified. A character is
// simplified-only for a standard when it is a fold target, no fold key itself, and that
// standard writes it otherwise. The last condition keeps characters both scripts share although a
// rarer traditional character folds onto them (錶→表, 製→制): OpenCC's cn→tw leaves 表 alone.
// Full opencc-js here, not the extension's converter module, so the check does not grade itself.
const fold = builtGlossary().index.fold;
const traditionalKeys = new Set<string>();
for (let i = 0; i < fold.length; i += 2) traditionalKeys.add(fold[i] as string);
const foldTargets = new Set<string>();
for (let i = 0; i < fold.length; i += 2) {
  const [from, to] = [fold[i] as string, fold[i + 1] as string];
  if (from !== to && !traditionalKeys.has(to)) foldTargets.add(to);
}
const simplifiedOnly = {
  tw: onlyIn(OpenCC.Converter({ from: 'cn', to: 'tw' })),
  hk: onlyIn(OpenCC.Converter({ from: 'cn', to: 'hk' })),
};
function onlyIn(convert: (text: string) => string): Set<string> {
  return new Set([...foldTargets].filter((ch) => convert(ch) !== ch));
}
const simplifiedIn = (text: string, standard: 'tw' | 'hk' = 'tw') =>
  [...text].filter((ch) => simplifiedOnly[standard].has(ch));

/** Hovers every marked term of the page in turn; returns each tooltip's text by mark. */
async function tooltipsOfEveryMark(page: Page): Promise<[string, string][]> {
  const marks = await readMarks(page);
  const seen = new Map<string, number>();
  const out: [string, string][] = [];
  for (const { text } of marks) {
    const nth = seen.get(text) ?? 0;
    seen.set(text, nth + 1);
    await hoverMark(page, text, nth);
    out.push([text, await tooltipText(page)]);
    await page.keyboard.press('Escape');
    await tooltipHidden(page);
  }
  return out;
}

describe('the tooltip’s script', () => {
  it('answers the first traditional term request once the converter is loaded', async () => {
    const page = await extensionPage(h, 'popup.html');
    // Timed inside the page, around the message alone: the worker loads cn→tw on the first.
    const timed = (id: string) =>
      page.evaluate(
        async (m) => {
          const started = performance.now();
          const { runtime } = (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): unknown } } }
          ).chrome;
          const view = (await runtime.sendMessage(m)) as { shown: { headword: string } };
          return { headword: view.shown.headword, ms: Math.round(performance.now() - started) };
        },
        { type: 'glossary/term', id, script: 'tw' },
      );
    const first = await timed('liang-ge-que-li');
    const next = await timed('si-ge-yi-shi');
    console.log(`first tw glossary/term reply ${first.ms} ms (loads cn→tw), next ${next.ms} ms`);
    expect(first.headword).toBe('兩個確立');
    expect(next.headword).toBe('四個意識');
    await page.close();
  });

  for (const fixture of ['/fixtures/traditional.html', '/fixtures/news-traditional.html']) {
    it(`shows no simplified-only character for any term of ${fixture}`, async () => {
      expect(simplifiedOnly.tw.size).toBeGreaterThan(400); // the table really was read
      const page = await h.newPage(fixture);
      await waitForMarks(page, 3);
      const tooltips = await tooltipsOfEveryMark(page);
      expect(tooltips.length).toBeGreaterThanOrEqual(3);
      for (const [mark, text] of tooltips) expect(simplifiedIn(text), mark).toEqual([]);
      await page.close();
    });
  }

  it('uses Hong Kong forms on a zh-HK page and Taiwan forms on a zh-TW page', async () => {
    // 两个联系's members: 群众 is 群眾 in Taiwan's standard and 羣眾 in Hong Kong's.
    const body = '<p>人大工作要堅持兩個聯繫，密切同人民的聯繫。</p>';
    for (const [lang, expected, other] of [
      ['zh-HK', '人民羣眾', '人民群眾'],
      ['zh-TW', '人民群眾', '人民羣眾'],
    ] as const) {
      h.site.page(`/script-${lang}.html`, htmlPage('兩個聯繫', body).replace('zh-Hans', lang));
      const page = await h.newPage(`/script-${lang}.html`);
      await waitForMarks(page, 1);
      await hoverMark(page, '兩個聯繫');
      const text = await tooltipText(page);
      expect(text, lang).toContain(expected);
      expect(text, lang).not.toContain(other);
      expect(simplifiedIn(text, lang === 'zh-HK' ? 'hk' : 'tw'), lang).toEqual([]);
      await page.close();
    }
  });

  it('keeps a simplified page’s tooltip simplified, a traditional seed’s sentence included', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '两个确立');
    const text = await tooltipText(page);
    expect(text).toContain('两个确立');
    expect(text).not.toContain('兩個確立');
    expect(simplifiedIn(text).length).toBeGreaterThan(5);
    await page.close();
  });
});
