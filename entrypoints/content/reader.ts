// Wiring only: fetch the index once, scan, highlight, and show tooltips. Logic lives in lib/.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TermHighlights } from '../../lib/dom/highlights.ts';
import { HoverIntent } from '../../lib/dom/hover.ts';
import { Scanner, yieldToPage } from '../../lib/dom/scanner.ts';
import { createMatcher } from '../../lib/matcher/matcher.ts';
import { type PageTermCount, parseTabRequest, sendToBackground } from '../../lib/messaging.ts';
import {
  hiddenKeys,
  isActiveOn,
  loadSettings,
  type Settings,
  settingsItem,
} from '../../lib/settings.ts';
import { benchMark, markFirstHighlight } from './bench-marks.ts';
import { revealOccurrence } from './reveal.ts';
import { createTooltipController } from '../../components/tooltip-controller.ts';
import { createTooltipHost, HOST_TAG } from '../../components/tooltip-host.tsx';
import { startPageNotebook } from './save-selection.ts';
import { NOTEBOOK_HOST_TAG } from '../../components/notebook/page-host.tsx';

export async function startReader(ctx: ContentScriptContext): Promise<void> {
  // Browsers without the Custom Highlight API get no marks rather than DOM surgery.
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  const [index, initial] = await Promise.all([
    sendToBackground({ type: 'glossary/index' }),
    loadSettings(),
  ]);
  if (ctx.isInvalid) return;
  if (__PTR_BENCH__) benchMark('index');

  const matcher = createMatcher(index);
  const highlights = new TermHighlights(CSS.highlights);
  if (__PTR_BENCH__) markFirstHighlight(highlights);
  const scanner = new Scanner({
    matcher,
    categories: index.categories,
    topics: index.topics,
    highlights,
    ownUi: [HOST_TAG, NOTEBOOK_HOST_TAG],
  });
  let settings = initial;
  let pageOff = false; // the keyboard shortcut's per-page switch, not stored
  let scanned = false;
  let firstScan: Promise<unknown> = Promise.resolve();
  const isActive = () => isActiveOn(settings, location.href) && !pageOff;
  const view = () => ({
    style: isActive() ? settings.style : 'none',
    hidden: hiddenKeys(settings),
  });
  const startScan = () => {
    scanned = true;
    if (__PTR_BENCH__) benchMark('scan-start');
    const scan = scanner.scan(document.body ?? document.documentElement);
    firstScan = scan;
    if (__PTR_BENCH__) {
      const detail = () => ({ busyMs: scanner.busyMs, longestSliceMs: scanner.longestSliceMs });
      void scan.then(() => benchMark('scanned', detail()));
    }
    scanner.observe(document.documentElement);
  };
  // The page's first marks come before the UI is built: the scan's first slice runs during the
  // yield below, then the tooltip, hover and notebook are set up (nobody hovers a term within
  // those few milliseconds). Building them first put 5–15 ms between the index and a first mark.
  highlights.apply(view());
  if (isActive()) startScan();
  await yieldToPage();
  if (ctx.isInvalid) {
    scanner.stop();
    highlights.clear();
    return;
  }

  const notebook = startPageNotebook({ matcher, index });
  const host = createTooltipHost(document);
  const tooltip = createTooltipController({
    host,
    highlights,
    index,
    matcher,
    onClosed: () => hover.reset(),
    onSaved: notebook.saved,
  });
  const hover = new HoverIntent(document, highlights, {
    show: (mark, rect) => tooltip.open(mark, rect),
    hide: () => tooltip.close(),
    isOverUi: (target) => host.contains(target),
    scrolled: () => tooltip.follow(),
  });

  void firstScan.then(() => !ctx.isInvalid && tooltip.warm(highlights.firstVisible()));

  const apply = (next: Settings) => {
    settings = next;
    tooltip.setScript(next.tooltipScript);
    const active = isActive();
    highlights.apply(view());
    hover.enabled = active;
    if (!active) hover.hideNow();
    if (active && !scanned) startScan();
  };
  apply(settings);
  const unwatch = settingsItem.watch((next) => apply({ ...settings, ...next }));

  const onTabMessage = (message: unknown) => {
    const request = parseTabRequest(message);
    switch (request?.type) {
      case 'page/terms':
        return Promise.resolve({
          url: location.href,
          terms: hover.enabled ? countTerms(highlights, index.ids) : [],
        });
      case 'page/reveal':
        return Promise.resolve(
          revealOccurrence(highlights, index.ids, request.id, request.occurrence),
        );
      case 'page/toggle':
        pageOff = !pageOff;
        apply(settings);
        return Promise.resolve({ active: !pageOff && isActiveOn(settings, location.href) });
      case 'page/saveSelection':
        return notebook.saveSelection();
      case 'page/html':
        // The top frame answers for the tab (sendToTab's default); the popup reads it.
        return Promise.resolve({
          url: location.href,
          title: document.title,
          html: document.documentElement.outerHTML,
        });
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  // A reloaded, updated or disabled extension leaves this script orphaned, and WXT notices only
  // when asked (ctx.isInvalid reads runtime.id). Ask when a reader could meet stale marks, on
  // coming back to the tab and on pointing at the page, rather than once a second in every frame
  // of every page. e2e/lifecycle.e2e.ts reloads the extension under a page to check it.
  const checkAlive = () => void ctx.isInvalid;
  ctx.addEventListener(document, 'visibilitychange', checkAlive);
  ctx.addEventListener(window, 'focus', checkAlive);
  ctx.addEventListener(document, 'pointerover', checkAlive, { capture: true, passive: true });
  ctx.onInvalidated(() => {
    scanner.stop();
    hover.destroy();
    highlights.clear();
    host.destroy();
    notebook.destroy();
    unwatch();
    browser.runtime.onMessage.removeListener(onTabMessage);
  });
}

function countTerms(highlights: TermHighlights, ids: string[]): PageTermCount[] {
  const counts = new Map<string, number>();
  for (const mark of highlights.visible()) {
    const id = ids[mark.term] as string;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
