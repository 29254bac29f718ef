// Automated accessibility scan (axe-core) of the popup, the glossary page and the reader, in the
// light and the dark theme: no serious or critical violation anywhere.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAccessible, report } from './axe.ts';
import {
  glossaryPage,
  type Harness,
  hoverVisibleMark,
  startHarness,
  tooltipText,
  waitForHighlight,
} from './harness.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility scan, ${colorScheme} theme`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ colorScheme });
    });
    afterAll(async () => {
      await h?.close();
      // Moderate and minor findings do not fail the run; they are listed for the next fix.
      if (report.length) console.log(`axe findings (${colorScheme}):\n${report.join('\n')}`);
      report.length = 0;
    });

    it('popup, empty', async () => {
      const popup = await h.popup();
      await popup.waitForSelector('#q');
      await popup.waitForSelector('.empty');
      await expectAccessible(popup, 'popup empty');
      await popup.close();
    });

    it('popup with results and with nothing found', async () => {
      const popup = await h.popup();
      await popup.fill('#q', 'lide');
      await popup.waitForSelector('.results [role=option]');
      await expectAccessible(popup, 'popup results');
      await popup.fill('#q', 'qqqzzzxx');
      await popup.waitForSelector('.empty');
      await expectAccessible(popup, 'popup no results');
      await popup.close();
    });

    it('popup term view', async () => {
      const popup = await h.popup();
      await popup.fill('#q', 'sigeyishi');
      await popup.waitForSelector('.results [role=option]');
      await popup.press('#q', 'Enter');
      await popup.waitForSelector('article.term');
      await expectAccessible(popup, 'popup term');
      await popup.close();
    });

    it('glossary page: browse, a category, a letter, search results', async () => {
      const page = await glossaryPage(h);
      await expectAccessible(page, 'glossary browse');
      for (const hash of [
        '#/category/formula',
        '#/letter/z',
        '#/search/jiaoyu',
        '#/docs',
        '#/nowhere',
      ]) {
        await page.evaluate((x) => {
          location.hash = x;
        }, hash);
        await page.waitForFunction(
          (x) => location.hash === x && !!document.querySelector('main h1'),
          hash,
        );
        await expectAccessible(page, `glossary ${hash}`);
      }
      await page.close();
    });

    it('glossary term page with its chart', async () => {
      const page = await glossaryPage(h, '#/term/li-de-shu-ren');
      await page.waitForSelector('svg.chart');
      await expectAccessible(page, 'term page');
      await page.close();
    });

    it('document reader with marks, a flashed place and a tooltip', async () => {
      const page = await glossaryPage(h, '#/doc/moe-2024-national-education-work-conference/100');
      await page.waitForSelector('.doc-text[data-marks]');
      await waitForHighlight(page, 'ptr-flash');
      // Hover the mark nearest the middle of the screen (the page is scrolled to the flashed place).
      await hoverVisibleMark(page, { prefix: 'ptr-underline' });
      await tooltipText(page);
      await expectAccessible(page, 'reader');
      await page.close();
    });
  });
}
