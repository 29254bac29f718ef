// The first page after the service worker stopped (Chromium stops it after ~30 s idle, so this is
// the usual first page of a reading session): time from navigation to the first mark on screen.
// The worker must answer the page's index request after waking; it reads glossary-index.json
// (~170 KB), not the 4 MB glossary.json. Stops the worker through CDP before each load.
// Usage: npm run bench:cold-worker [-- --extension DIR] [-- --loads 8]   (needs a build)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './site/browser.ts';
import { startSite } from './site/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    extension: { type: 'string', default: resolve(ROOT, '.output/chrome-mv3') },
    loads: { type: 'string', default: '8' },
  },
});
const site = await startSite({ root: ROOT });
const browser = await launchWithExtension({ extensionDir: values.extension, headless: true });
await new Promise((r) => setTimeout(r, 3000)); // the first install settles
const times: number[] = [];
for (let i = 0; i < Number(values.loads); i++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
  await page.goto(`${site.origin}/fixtures/news.html`);
  const shown = await page.waitForFunction(
    () => {
      for (const [name, highlight] of CSS.highlights)
        if (name.startsWith('ptr-') && (highlight as Highlight).size > 0) return performance.now();
      return 0;
    },
    null,
    { timeout: 20_000, polling: 'raf' },
  );
  times.push(Math.round((await shown.jsonValue()) as number));
  await page.close();
}
await browser.close();
await site.close();
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `navigation → first mark, service worker stopped before each load: median ${sorted[Math.floor(sorted.length / 2)]} ms (${times.join(', ')} ms)`,
);
