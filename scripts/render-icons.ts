// Renders the one icon drawing (assets/icon.svg) to the PNG sizes the stores and toolbars ask for,
// into public/icon/<size>.png, where WXT finds them for the manifest's `icons`. Rendered by the
// Chromium the e2e tests already use, so the icons need no image library of their own.
// Run with `npm run icons` after editing the drawing; the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.ts';
import { CHROMIUM } from './site/browser.ts';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const ROOT = join(import.meta.dirname, '..');

async function render(): Promise<void> {
  ensureChromium();
  const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      // Drawn by the SVG renderer at the target size (not a downscaled screenshot), on a
      // transparent page so the rounded corners stay transparent.
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${src}" width="${size}" height="${size}" alt="">`,
      );
      await page.waitForFunction(() => document.images[0]?.complete);
      const png = await page.screenshot({ omitBackground: true });
      writeFileSync(join(ROOT, `public/icon/${size}.png`), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await render();
