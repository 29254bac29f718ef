// Wiring only: fetch the index, scan, highlight, and show tooltips. Logic lives in lib/.
// The marks (matcher, scanner, highlights, tooltip, hover) are one unit, built again when the
// user's terms change; the notebook, settings and messages live as long as the page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TermHighlights } from '../../lib/dom/highlights.ts';
import { HoverIntent } from '../../lib/dom/hover.ts';
import { Scanner, yieldToPage } from '../../lib/dom/scanner.ts';
import { createMatcher, type Matcher } from '../../lib/matcher/matcher.ts';
import { type PageTermCount, parseTabRequest, sendToBackground } from '../../lib/messaging.ts';
import {
  hiddenKeys,
  isActiveOn,
  loadSettings,
  type Settings,
  settingsItem,
} from '../../lib/settings.ts';
import type { MatchIndex } from '../../lib/types.ts';
import { benchMark, markFirstHighlight } from './bench-marks.ts';
import { revealOccurrence } from './reveal.ts';
import { selectionContext } from '../../lib/dom/selection-context.ts';
import { createTooltipController } from '../../components/tooltip-controller.ts';
import { createTooltipHost, HOST_TAG, type TooltipHost } from '../../components/tooltip-host.tsx';
import { type PageNotebook, startPageNotebook } from './save-selection.ts';
import { NOTEBOOK_HOST_TAG } from '../../components/notebook/page-host.tsx';

/** The page's marks for one index: built at start, and again when the user's terms change. */
interface PageMarks {
  index: MatchIndex;
  matcher: Matcher;
  highlights: TermHighlights;
  /** Settings changed (or the page's switch): redraw, start scanning if now active. */
  apply(): void;
  readonly hovering: boolean;
  /** The scan's first pass is done. */
  scanned: Promise<unknown>;
  stop(): void;
}

export async function startReader(ctx: ContentScriptContext): Promise<void> {
  // Browsers without the Custom Highlight API get no marks rather than DOM surgery.
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  const [firstIndex, initial] = await Promise.all([
    sendToBackground({ type: 'glossary/index' }),
    loadSettings(),
  ]);
  if (ctx.isInvalid) return;
  if (__PTR_BENCH__) benchMark('index');

  let settings = initial;
  let pageOff = false; // the keyboard shortcut's per-page switch, not stored
  const isActive = () => isActiveOn(settings, location.href) && !pageOff;
  const mount = (index: MatchIndex) =>
    mountMarks(index, {
      settings: () => settings,
      active: isActive,
      // Called on a save from the tooltip, after the notebook below exists.
      saved: (id, selectors) => notebook.saved(id, selectors),
    });

  let marks = mount(firstIndex);
  // The page's first marks come before the UI is built: the scan's first slice runs during the
  // yield below (nobody hovers a term or saves a passage within those few milliseconds).
  await yieldToPage();
  if (ctx.isInvalid) {
    marks.stop();
    return;
  }
  marks.attachUi();
  const notebook = startPageNotebook({ terms: () => marks });
  void marks.scanned.then(() => !ctx.isInvalid && marks.warm());

  const apply = (next: Settings) => {
    settings = next;
    marks.apply();
  };
  apply(settings);
  const unwatch = settingsItem.watch((next) => apply({ ...settings, ...next }));

  // My terms changed (the background tells every tab): mark the page again with the new index.
  // Requests that overlap collapse into one; an unchanged index (same hash) changes nothing.
  let remounting: Promise<boolean> | undefined;
  const remount = async (): Promise<boolean> => {
    const index = await sendToBackground({ type: 'glossary/index' }).catch(() => null);
    if (!index || ctx.isInvalid) return false;
    if (index.hash === marks.index.hash) return true;
    marks.stop();
    marks = mount(index);
    marks.attachUi();
    marks.apply();
    return true;
  };

  const onTabMessage = (message: unknown) => {
    const request = parseTabRequest(message);
    switch (request?.type) {
      case 'page/terms':
        return Promise.resolve({
          url: location.href,
          terms: marks.hovering ? countTerms(marks.highlights, marks.index.ids) : [],
        });
      case 'page/reveal':
        return Promise.resolve(
          revealOccurrence(marks.highlights, marks.index.ids, request.id, request.occurrence),
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
      case 'page/glossaryChanged':
        remounting ??= remount().finally(() => (remounting = undefined));
        return remounting.then((marked) => ({ marked }));
      case 'page/selectionContext':
        return Promise.resolve(selectionContext(getSelection()));
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
    marks.stop();
    notebook.destroy();
    unwatch();
    browser.runtime.onMessage.removeListener(onTabMessage);
  });
}

function mountMarks(
  index: MatchIndex,
  page: {
    settings: () => Settings;
    active: () => boolean;
    saved: (id: number, selectors: Parameters<PageNotebook['saved']>[1]) => void;
  },
): PageMarks & { warm(): void; attachUi(): void } {
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
  let scanning = false;
  let scanned: Promise<unknown> = Promise.resolve();
  const view = () => ({
    style: page.active() ? page.settings().style : 'none',
    hidden: hiddenKeys(page.settings()),
  });
  const startScan = () => {
    scanning = true;
    if (__PTR_BENCH__) benchMark('scan-start');
    const scan = scanner.scan(document.body ?? document.documentElement);
    scanned = scan;
    if (__PTR_BENCH__) {
      const detail = () => ({ busyMs: scanner.busyMs, longestSliceMs: scanner.longestSliceMs });
      void scan.then(() => benchMark('scanned', detail()));
    }
    scanner.observe(document.documentElement);
  };
  // Marks first, then the UI: the scan's first slice runs in the next task, and building the
  // tooltip and hover before it put 5–15 ms between the index and a first mark. attachUi() is
  // called after a yield.
  highlights.apply(view());
  if (page.active()) startScan();

  let ui:
    | { host: TooltipHost; tooltip: ReturnType<typeof createTooltipController>; hover: HoverIntent }
    | undefined;
  const attachUi = () => {
    const host = createTooltipHost(document);
    const tooltip = createTooltipController({
      host,
      highlights,
      index,
      matcher,
      onClosed: () => hover.reset(),
      onSaved: page.saved,
    });
    const hover = new HoverIntent(document, highlights, {
      show: (mark, rect) => tooltip.open(mark, rect),
      hide: () => tooltip.close(),
      isOverUi: (target) => host.contains(target),
      scrolled: () => tooltip.follow(),
    });
    ui = { host, tooltip, hover };
  };

  return {
    index,
    matcher,
    highlights,
    attachUi,
    get scanned() {
      return scanned;
    },
    get hovering() {
      return ui?.hover.enabled ?? false;
    },
    warm: () => ui?.tooltip.warm(highlights.firstVisible()),
    apply() {
      const active = page.active();
      highlights.apply(view());
      if (active && !scanning) startScan();
      if (!ui) return;
      ui.tooltip.setScript(page.settings().tooltipScript);
      ui.hover.enabled = active;
      if (!active) ui.hover.hideNow();
    },
    stop() {
      scanner.stop();
      ui?.hover.destroy();
      highlights.clear();
      ui?.host.destroy();
    },
  };
}

function countTerms(highlights: TermHighlights, ids: string[]): PageTermCount[] {
  const counts = new Map<string, number>();
  for (const mark of highlights.visible()) {
    const id = ids[mark.term] as string;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
