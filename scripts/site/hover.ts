// Opens the tooltip on a well-placed term (a numbered formula first: the most telling picture),
// for npm start's screenshot and the screenshot gallery.
import type { Page } from 'playwright-core';

export async function hoverFirstTerm(p: Page): Promise<void> {
  const point = await p.evaluate(() => {
    // In the article where the page has one, away from the edges the tooltip flips at.
    const names = [...CSS.highlights.keys()].sort(
      (a, b) => Number(b.endsWith('formula')) - Number(a.endsWith('formula')),
    );
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      if (!name.startsWith('ptr-') || !highlight) continue;
      for (const r of highlight as Highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0];
        const inArticle = (document.querySelector('article') ?? document.body).contains(
          r.startContainer,
        );
        if (inArticle && rect && rect.top > 150 && rect.bottom < innerHeight - 350) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return null;
  });
  if (!point) return;
  await p.mouse.move(point.x, point.y);
  await p.waitForFunction(
    () =>
      !!document.querySelector('policy-terms-tooltip')?.shadowRoot?.querySelector('[role=tooltip]'),
    null,
    { timeout: 5_000 },
  );
}
