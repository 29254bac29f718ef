// The Firefox e2e harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (no geckodriver), with the built Firefox package installed as a temporary add-on. Facts it
// relies on, measured here (see ../../../shared/GUIDE.md): extension pages need
// --remote-allow-system-access; the add-on's moz-extension:// host is pinned with the pref
// extensions.webextensions.uuids so IndexedDB and addresses are stable; an awaited goto() to a
// moz-extension:// page never resolves, so navigation is started and the page's readiness awaited.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { type SiteServer, startSite } from '../../scripts/site/server.ts';
import { FIREFOX } from '../../scripts/ensure-firefox.ts';
import { ROOT } from '../harness.ts';
import { poll } from './page.ts';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
/** A fixed moz-extension:// host, so extension pages have a known address. */
export const EXTENSION_UUID = '6f1c2b7e-0d2a-4c55-9a51-3b8f2f0e7a11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxHarness {
  site: SiteServer;
  browser: Browser;
  /** Where Firefox saves downloads (the notebook's exports), without asking. */
  downloads: string;
  /** Opens a page of the local site (fixtures and generated pages) in a new tab. */
  newPage(path: string): Promise<Page>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) and waits until `ready` matches. */
  extensionPage(path: string, ready: string): Promise<Page>;
  /** Runs `fn(arg)` in an extension page, where the `browser.*` API exists. */
  inExtension<A, R>(fn: (arg: A) => Promise<R> | R, arg: A): Promise<R>;
  /** Reloads the add-on (runtime.reload, as an update does) and waits for its pages to load. */
  reloadAddon(): Promise<void>;
  /** The id the extension knows `page`'s tab by (brings it to the front first). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id as string;
}

export async function startFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  }
  const site = await startSite({ root: ROOT });
  const downloads = mkdtempSync(join(tmpdir(), 'ptr-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      'intl.accept_languages': 'en-US, en',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  // A first install opens the welcome page (runtime.onInstalled, reason "install"). Wait for it
  // and close it, as the Chromium launcher does, so each test's page is the active tab; this
  // also fails the run if the page never opens. Asked of each page itself: over BiDi a tab that
  // shows a moz-extension:// page keeps reporting about:blank as its URL.
  const welcomeUrl = `${EXTENSION_ORIGIN}/welcome.html`;
  let welcome: Page | undefined;
  await poll(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === welcomeUrl) welcome = page;
    }
    return welcome !== undefined;
  }, 'the welcome page of the first install');
  await welcome?.close();

  async function extensionPage(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    // Never awaited: see the header. Errors (e.g. the page closing first) are not test failures.
    page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    // Polled with plain evaluate calls: puppeteer's waitForFunction injects a helper script that
    // extension pages (their CSP, and the navigation swapping the realm) do not run.
    await poll(
      () =>
        page
          .evaluate(
            (origin, selector) =>
              location.origin === origin && document.querySelector(selector) !== null,
            EXTENSION_ORIGIN,
            ready,
          )
          .catch(() => false),
      `${path} showing ${ready}`,
    );
    return page;
  }

  // One long-lived extension page runs the calls the tests make into the extension's API.
  let control: Page | undefined;
  async function inExtension<A, R>(fn: (arg: A) => Promise<R> | R, arg: A): Promise<R> {
    control ??= await extensionPage('popup.html', 'body');
    // puppeteer types the argument as a serialized handle; plain JSON values pass through as is.
    const run = fn as unknown as (arg: unknown) => Promise<R>;
    return control.evaluate(run, arg) as Promise<R>;
  }

  return {
    site,
    browser,
    downloads,
    async newPage(path) {
      const page = await browser.newPage();
      await page.goto(`${site.origin}${path}`);
      return page;
    },
    extensionPage,
    inExtension,
    async reloadAddon() {
      const started = () =>
        inExtension(async () => {
          const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
          return (await api.runtime.getBackgroundPage()).performance.timeOrigin;
        }, null);
      const before = await started();
      const old = control as Page;
      control = undefined;
      // The call never returns: the page goes away with the add-on.
      old
        .evaluate(() => {
          (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.reload();
        })
        .catch(() => undefined);
      await poll(
        async () =>
          old.isClosed() || !(await old.evaluate(() => !!document.body).catch(() => false)),
        'the add-on to unload',
      );
      // A new background page proves the add-on really restarted.
      await poll(
        async () => (await started().catch(() => before)) !== before,
        'a new background page',
      );
    },
    async tabIdOf(page) {
      control ??= await extensionPage('popup.html', 'body'); // opened first: it takes the front
      await page.bringToFront();
      // The extension has no "tabs" permission, so tabs have no URLs to look up: the active tab
      // of the window is the one just brought to the front.
      const id = await inExtension(async () => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? -1;
      }, null);
      if (id < 0) throw new Error('no active tab');
      return id;
    },
    async close() {
      await browser.close();
      await site.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** The slice of the WebExtension API the tests call inside extension pages. */
export interface ExtensionApi {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  runtime: {
    sendMessage(message: object): Promise<unknown>;
    reload(): void;
    getBackgroundPage(): Promise<Window>;
  };
}

export type Target = Page | Frame;
