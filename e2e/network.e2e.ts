// No network: a whole session with the extension (install, browse, hover, save, popup search,
// glossary, the library reading a PDF, options, notebook and export) makes no request besides
// the test's own page loads.
//
// Two independent witnesses:
// 1. A counting proxy. Chromium runs with --proxy-server pointing at a proxy in this test and
//    --proxy-bypass-list=<-loopback> (which removes the built-in loopback bypass), so every
//    http(s) and ws(s) request any context makes, service worker, content script, extension
//    page or the browser itself, leaves through it. It forwards only the fixture server's pages
//    the test opened; anything else is refused and recorded. This is the ground truth: a request
//    cannot avoid it.
// 2. Playwright's CDP network events on the context, which cover every page, frame and the
//    extension's service worker (Network.enable on each target), and so say which context made
//    a request, including the package files extension pages load (chrome-extension:// URLs,
//    which never reach the network and so never reach the proxy).
// Chromium itself talks to a few Google services (component updates, account and autofill
// lookups) even with background networking off. The proxy sees those as CONNECT tunnels it
// cannot attribute; the CDP witness shows none of them came from a page or the service worker,
// and a control request made from the service worker proves both witnesses see that context.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predefinedCMapPdf } from './library-files.ts';
import { observerOf, until } from './observer.ts';
import {
  extensionPage,
  type Harness,
  hoverMark,
  startHarness,
  tooltipText,
  waitForHighlight,
  waitForMarks,
} from './harness.ts';

interface ProxyLog {
  method: string;
  url: string;
}

interface CountingProxy {
  port: number;
  log: ProxyLog[];
  /** The one origin whose pages are forwarded; set once the fixture server is up. */
  allow: (origin: string) => void;
  close(): Promise<void>;
}

async function startProxy(): Promise<CountingProxy> {
  const log: ProxyLog[] = [];
  let allowed = '';
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push({ method: req.method ?? '', url });
    if (!allowed || !url.startsWith(`${allowed}/`)) {
      res.writeHead(403).end();
      return;
    }
    const upstream = httpRequest(url, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  // https and wss arrive as CONNECT tunnels: recorded and refused.
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    log,
    allow: (origin) => {
      allowed = origin;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A request the test makes itself from the service worker, to prove both witnesses see it. */
const CONTROL = 'http://control.invalid/policy-terms-network-test';

/** Chromium's own endpoints (not the extension's), as this proxy sees them. */
const CHROMIUM_SERVICES = [
  'update.googleapis.com',
  'accounts.google.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'clients2.google.com',
  'safebrowsingohttpgateway.googleapis.com',
];

interface Seen {
  context: string;
  url: string;
  type: string;
}

let h: Harness;
let proxy: CountingProxy;
const seen: Seen[] = [];
/** Paths of the fixture server the test itself opened (pages and the iframe they embed). */
const opened = new Set<string>();

function contextOf(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()?.url()}`;
  try {
    return `page ${request.frame().page().url() || request.frame().url()}`;
  } catch {
    return 'unknown';
  }
}

beforeAll(async () => {
  proxy = await startProxy();
  h = await startHarness({
    extraArgs: [
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=<-loopback>',
      '--disable-features=AutofillServerCommunication',
    ],
  });
  proxy.allow(h.site.origin);
  h.browser.context.on('request', (request) =>
    seen.push({ context: contextOf(request), url: request.url(), type: request.resourceType() }),
  );
});
afterAll(async () => {
  await h?.close();
  await proxy?.close();
});

async function visit(path: string, embedded: string[] = []) {
  for (const p of [path, ...embedded]) opened.add(p);
  return h.newPage(path);
}

describe('a full session', () => {
  it('makes no request besides the pages the test opened', async () => {
    const ext = `chrome-extension://${h.browser.extensionId}`;
    // Install: the service worker starts and writes the glossary into IndexedDB.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    // Browse, hover, save the sentence around a term from the tooltip.
    const article = await visit('/fixtures/simplified.html');
    await waitForMarks(article, 5);
    await hoverMark(article, '四个意识');
    expect(await tooltipText(article)).toContain('四个意识');
    await article
      .locator('policy-terms-tooltip')
      .getByRole('button', { name: 'Save sentence' })
      .click();
    const o = await observerOf(article);
    expect(await until(() => o.shadowText('policy-terms-notebook', '.confirm.saved'))).toContain(
      '四个意识',
    );
    await article.close();
    const framed = await visit('/fixtures/iframe.html', ['/fixtures/traditional.html']);
    await waitForMarks(framed, 1);
    await framed.close();
    // The saved excerpt is found again on a second visit.
    const again = await visit('/fixtures/simplified.html');
    await waitForHighlight(again, 'ptr-excerpt');
    await again.close();

    // Popup: search and open a term.
    const popup = await h.popup();
    await popup.fill('#q', '立德树人');
    await popup.waitForSelector('.results [role=option]');
    await popup.press('#q', 'Enter');
    await popup.waitForSelector('article.term');
    await popup.close();

    // Glossary page: a search, a term, the documents and the reader.
    const glossary = await h.browser.context.newPage();
    for (const hash of ['#/search/lideshuren', '#/term/lide-shuren', '#/docs']) {
      await glossary.goto(`${ext}/glossary.html${hash}`);
      await glossary.waitForSelector('main h1, main h2');
    }
    // The library: a PDF whose Chinese font is not embedded, so pdf.js's worker loads CMaps
    // (from the package) while reading it.
    await glossary.goto(`${ext}/glossary.html#/my`);
    const pdf = join(mkdtempSync(join(tmpdir(), 'ptr-net-')), 'cmap.pdf');
    writeFileSync(pdf, predefinedCMapPdf('坚持立德树人根本任务'));
    await glossary.setInputFiles('.library-add input[type=file]', pdf);
    await glossary.getByText('Added: 坚持立德树人根本任务').waitFor();
    await glossary.close();

    // Options page.
    const options = await extensionPage(h, 'options.html');
    await options.waitForSelector('form, input');
    await options.close();

    // Notebook page: the saved excerpt is listed; export every format.
    const notebook = await extensionPage(h, 'notebook.html');
    await notebook.waitForSelector('.excerpt');
    for (const kind of ['md', 'csv', 'json']) {
      const [download] = await Promise.all([
        notebook.waitForEvent('download'),
        notebook.click(`button[data-export=${kind}]`),
      ]);
      // The export holds the excerpt saved above (and the session still made no request).
      expect(readFileSync(await download.path(), 'utf8')).toContain('四个意识');
    }
    await notebook.close();

    // Late requests (an alarm, a retry) would show up here.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    // Control: a request made from the service worker must reach both witnesses.
    await h.browser.worker.evaluate((url) => fetch(url).catch(() => undefined), CONTROL);
    await until(async () => (proxy.log.some((l) => l.url === CONTROL) ? true : null));
    expect(seen.some((s) => s.url === CONTROL && s.context.startsWith('service worker'))).toBe(
      true,
    );
    const proxied = proxy.log.filter((l) => l.url !== CONTROL);
    const observed = seen.filter((s) => s.url !== CONTROL);

    const local = (url: string) =>
      url.startsWith(`${ext}/`) || url.startsWith('data:') || url.startsWith('blob:');
    const ownPage = (url: string) => {
      if (!url.startsWith(`${h.site.origin}/`)) return false;
      const path = new URL(url).pathname;
      // The browser asks every site for its icon; that request is Chromium's, not ours.
      return opened.has(path) || path === '/favicon.ico';
    };
    const chromium = (l: ProxyLog) =>
      CHROMIUM_SERVICES.some(
        (host) => new URL(`http://${l.url.replace(/^https?:\/\//, '')}`).hostname === host,
      );
    const byContext = new Map<string, number>();
    for (const s of observed) {
      const key = `${s.context.split(' ')[0]} ${local(s.url) ? 'package' : 'network'}`;
      byContext.set(key, (byContext.get(key) ?? 0) + 1);
    }
    console.info(
      'network: proxy saw',
      proxied.length,
      'requests:',
      JSON.stringify(proxied.map((l) => `${l.method} ${l.url.replace(h.site.origin, '')}`)),
      '\nnetwork: CDP saw, by context:',
      JSON.stringify(Object.fromEntries(byContext)),
    );

    // Witness 2: every request any page or the service worker made was a package file or a
    // page the test opened; the extension's own contexts asked the network for nothing at all.
    expect(observed.filter((s) => !local(s.url) && !ownPage(s.url))).toEqual([]);
    const extension = observed.filter(
      (s) => s.context.startsWith('service worker') || s.context.startsWith(`page ${ext}`),
    );
    expect(extension.length).toBeGreaterThan(0); // it did see those contexts
    expect(extension.filter((s) => !local(s.url))).toEqual([]);
    // Witness 1: what left the browser was the test's own page loads, plus Chromium's own
    // service traffic, which witness 2 shows came from no page and no extension context.
    expect(proxied.filter((l) => !(l.method === 'GET' && ownPage(l.url)) && !chromium(l))).toEqual(
      [],
    );
    const pageLoads = (url: string) => ownPage(url) && !url.endsWith('/favicon.ico');
    expect(proxied.filter((l) => pageLoads(l.url)).length).toBe(
      observed.filter((s) => pageLoads(s.url)).length,
    );
  });
});
