// npm run screenshots: renders every screen of the built extension (tooltips, popup, glossary,
// reader, notebook, options, welcome) in Chromium, light and dark,
// in English, Simplified and Traditional Chinese, into docs/screens/ — so anyone can look at what
// a user sees at 1280×900 (the popup at its own size) without installing anything.
// `-- --only en-light` renders one combination; `--no-build` uses the existing build.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { type ExtensionBrowser, launchWithExtension } from './site/browser.ts';
import { demoPage } from './site/demo-page.ts';
import { hoverFirstTerm } from './site/hover.ts';
import { type SiteServer, startSite } from './site/server.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screens');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

const LOCALES = [
  { tag: 'en', locale: 'en-US' },
  { tag: 'zh-CN', locale: 'zh-CN' },
  { tag: 'zh-TW', locale: 'zh-TW' },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Two excerpts so the notebook has something to show (saved as the tooltip's save does). */
const NOTEBOOK_SAMPLES = [
  { exact: '要深刻领悟“两个确立”的决定性意义', title: '2024年全国教育工作会议召开' },
  {
    exact: '深入落实立德树人根本任务，促进学生全面发展的体制机制更加健全',
    title: '教育部2023年工作要点',
  },
];

interface Context {
  browser: ExtensionBrowser;
  site: SiteServer;
  name: (screen: string) => string;
}

async function shoot(page: Page, ctx: Context, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, ctx.name(screen)) });
}

async function extensionPage(ctx: Context, path: string, ready: string): Promise<Page> {
  const page = await ctx.browser.context.newPage();
  await page.goto(`chrome-extension://${ctx.browser.extensionId}/${path}`);
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

async function tooltipOn(ctx: Context, path: string, screen: string): Promise<void> {
  const page = await ctx.browser.context.newPage();
  await page.goto(`${ctx.site.origin}${path}`);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('ptr-')));
  await hoverFirstTerm(page);
  await page.waitForTimeout(300); // the tooltip's fade-in
  await shoot(page, ctx, screen);
  await page.close();
}

async function popup(ctx: Context): Promise<void> {
  const page = await extensionPage(ctx, 'popup.html', '#q');
  await page.setViewportSize({ width: 400, height: 600 });
  await page.fill('#q', 'gongtong');
  await page.waitForSelector('.results [role=option]');
  await shoot(page, ctx, 'popup-search');
  await page.close();
}

async function notebook(ctx: Context): Promise<void> {
  const page = await extensionPage(ctx, 'notebook.html', 'main');
  await page.evaluate(
    async ({ samples, origin }) => {
      type Api = { runtime: { sendMessage(m: object): Promise<unknown> } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      for (const [i, s] of samples.entries()) {
        await api.runtime.sendMessage({
          type: 'excerpt/save',
          excerpt: {
            ...s,
            prefix: '',
            suffix: '',
            start: 0,
            end: s.exact.length,
            url: `${origin}/sample/${i}.html`,
            terms: [],
          },
        });
      }
    },
    { samples: NOTEBOOK_SAMPLES, origin: ctx.site.origin },
  );
  await page.reload();
  await page.waitForSelector('.excerpt');
  await shoot(page, ctx, 'notebook');
  await page.close();
}

async function renderAll(tag: string, locale: string, scheme: 'light' | 'dark'): Promise<void> {
  const site = await startSite({ root });
  site.page('/', demoPage(readBuiltGlossary()));
  const browser = await launchWithExtension({
    extensionDir: join(root, '.output/chrome-mv3'),
    headless: true,
    colorScheme: scheme,
    locale,
  });
  const ctx: Context = { browser, site, name: (screen) => `${screen}-${tag}-${scheme}.png` };
  try {
    await tooltipOn(ctx, '/', 'tooltip-simplified');
    await tooltipOn(ctx, '/fixtures/news-traditional.html', 'tooltip-traditional');
    await popup(ctx);
    const term = await extensionPage(ctx, 'glossary.html#/term/gong-tong-fu-yu', 'main h1');
    await shoot(term, ctx, 'glossary-term');
    await term.close();
    const reader = await extensionPage(
      ctx,
      'glossary.html#/doc/moe-2022-20th-congress-notice',
      '.doc-text[data-marks]',
    );
    await shoot(reader, ctx, 'glossary-reader');
    await reader.close();
    await notebook(ctx);
    const options = await extensionPage(ctx, 'options.html', 'form.settings');
    await shoot(options, ctx, 'options');
    await options.close();
    const welcome = await extensionPage(ctx, 'welcome.html', '.sample[data-marks]');
    await shoot(welcome, ctx, 'welcome');
    await welcome.close();
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(`${tag} ${scheme}: done`);
}

ensureChromium();
if (!values['no-build']) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(outDir, { recursive: true });
for (const { tag, locale } of LOCALES) {
  for (const scheme of SCHEMES) {
    if (values.only && values.only !== `${tag}-${scheme}`) continue;
    await renderAll(tag, locale, scheme);
  }
}
console.log(`Screens in ${outDir}`);
