// Automated accessibility scan (axe-core) of the popup, the glossary page and the reader, in the
// light and the dark theme: no serious or critical violation anywhere.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  glossaryPage,
  type Harness,
  hoverVisibleMark,
  startHarness,
  tooltipText,
  waitForHighlight,
} from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe in the page (evaluate: extension pages' CSP blocks injected script tags). */
async function scan(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

const report: string[] = [];

async function expectAccessible(page: Page, label: string): Promise<void> {
  const findings = await scan(page);
  for (const f of findings)
    report.push(`${label}: ${f.impact} ${f.id} (${f.help}) ${f.targets.join(', ')}`);
  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(blocking, `${label}: ${JSON.stringify(blocking, null, 2)}`).toEqual([]);
}

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
