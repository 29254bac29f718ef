// npm start: build the extension, serve the demo page on 127.0.0.1, and open Chromium with the
// extension loaded. `-- --headless --screenshot out.png` does it headless and saves a picture
// with a tooltip open.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium } from './ensure-chromium.ts';
import { launchWithExtension } from './site/browser.ts';
import { demoPage } from './site/demo-page.ts';
import { startSite } from './site/server.ts';
import { hoverFirstTerm } from './site/hover.ts';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string', default: '0' },
    'no-build': { type: 'boolean', default: false },
  },
});

ensureChromium();
if (!values['no-build']) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let headless = values.headless;
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display found: running headless (pass --screenshot FILE to see the page).');
  headless = true;
}

const bundle = readBuiltGlossary();
const site = await startSite({ root, port: Number(values.port) });
site.page('/', demoPage(bundle));
const browser = await launchWithExtension({
  extensionDir: join(root, '.output/chrome-mv3'),
  headless,
});
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(`${site.origin}/`);
console.log(`Demo page: ${site.origin}/  (extension ${browser.extensionId})`);

// Wait until the content script has registered its highlights.
await page.waitForFunction(
  () => [...CSS.highlights.keys()].some((k) => k.startsWith('ptr-')),
  null,
  {
    timeout: 15_000,
  },
);

if (values.screenshot) {
  await hoverFirstTerm(page);
  const out = resolve(values.screenshot);
  await page.screenshot({ path: out });
  console.log(`Screenshot saved: ${out}`);
}

if (headless) {
  await browser.close();
  await site.close();
} else {
  console.log('Close the browser window to stop.');
  browser.context.on('close', () => void site.close());
}
