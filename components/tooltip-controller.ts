// Shared UI glue: the content script and the glossary page's document reader both host the tooltip.
// What the tooltip shows and does: fetches term views (cached), picks the script, and carries
// out the actions. Rendering is the host's job; content is components/TermTooltip.
import { describe, type ExcerptSelectors } from '../lib/dom/anchoring.ts';
import { locate } from '../lib/dom/block-text.ts';
import type { MarkedTerm, TermHighlights } from '../lib/dom/highlights.ts';
import { rangeOf } from '../lib/dom/hit-test.ts';
import { t } from '../lib/i18n.ts';
import type { Matcher } from '../lib/matcher/matcher.ts';
import { sendToBackground, type TermView } from '../lib/messaging.ts';
import { type PassageSource, savePassage } from '../lib/notebook/save-passage.ts';
import { sentenceBounds } from '../lib/sentences.ts';
import { type TooltipScript, toggleSite } from '../lib/settings.ts';
import { type ReadingScript, traditionalStandardOf } from '../lib/script/reading-script.ts';
import type { MatchIndex } from '../lib/types.ts';
import { tooltipAction } from '../lib/dom/tooltip-keys.ts';
import type { TooltipState } from './TermTooltip.tsx';
import type { TooltipHost } from './tooltip-host.tsx';
import { modelOf } from './tooltip-model.ts';

const FRESH: TooltipState = { excerpt: 0, expanded: false, original: false };

interface Deps {
  host: TooltipHost;
  highlights: TermHighlights;
  index: MatchIndex;
  matcher: Matcher;
  /** Called when the controller closes the tooltip by itself (so hover state can reset). */
  onClosed?: () => void;
  /** Told after a successful save, so the page can mark the excerpt and confirm it. */
  onSaved?: (id: number, selectors: ExcerptSelectors) => void;
  /**
   * What a save records for a passage: its selectors and where it was read. A web page by default
   * (offsets in the body, the page's address and title); the glossary's reader names its document.
   */
  passage?: (range: StaticRange) => { selectors: ExcerptSelectors; source: PassageSource };
}

const onThisPage = (range: StaticRange) => ({
  selectors: describe(document.body, range),
  source: { url: location.href, title: document.title },
});

export function createTooltipController({
  host,
  index,
  matcher,
  onClosed,
  onSaved,
  passage = onThisPage,
}: Deps) {
  const cache = new Map<string, Promise<TermView | null>>();
  const traditionalChars = new Set<string>();
  for (let i = 0; i < index.fold.length; i += 2) traditionalChars.add(index.fold[i] as string);
  const traditionalIn = (text: string) => {
    let n = 0;
    for (const ch of text) if (traditionalChars.has(ch)) n++;
    return n;
  };
  let preference: TooltipScript = 'page';
  let current: {
    mark: MarkedTerm;
    rect: DOMRect;
    id: string;
    status?: string;
    state: TooltipState;
  } | null = null;

  const viewOf = (id: string, script: ReadingScript) => {
    const key = `${script}:${id}`;
    let view = cache.get(key);
    if (!view) {
      view = sendToBackground({ type: 'glossary/term', id, script });
      cache.set(key, view);
    }
    return view;
  };

  const scriptFor = (mark: MarkedTerm): ReadingScript => {
    if (preference !== 'page') return preference;
    // The nearest declared language, else the document's: it names the standard (zh-HK, zh-MO:
    // Hong Kong; any other traditional text: Taiwan) even where the characters decide the script.
    const lang =
      mark.run.block.closest('[lang]')?.getAttribute('lang') ??
      mark.run.block.ownerDocument.documentElement.getAttribute('lang') ??
      '';
    const traditional = traditionalStandardOf(lang);
    if (traditionalIn(mark.run.text.slice(mark.start, mark.end)) > 0) return traditional;
    // A term written alike in both scripts (共同富裕) takes the script of the text around it (the
    // fold table knows only traditional characters; a simplified text may hold one or two
    // variants such as 乾 in 乾隆, so one is not enough), then the page's declared language.
    const around = traditionalIn(mark.run.text);
    if (around >= 2) return traditional;
    return /^zh-(hant|tw|hk|mo)/i.test(lang) ? traditional : 'simplified';
  };

  async function draw(): Promise<void> {
    const shown = current;
    if (!shown) return;
    const { mark } = shown;
    const script = scriptFor(mark);
    const view = await viewOf(shown.id, script);
    if (current !== shown || !view) return;
    const inner = matcher.findInner(mark.run.text, mark.start, mark.end).map((m) => ({
      id: index.ids[m.term] as string,
      label: mark.run.text.slice(m.start, m.end),
    }));
    const model = modelOf(view, script, shown.id === index.ids[mark.term] ? inner : []);
    host.show(
      {
        model,
        state: shown.state,
        ...(shown.status ? { status: shown.status } : {}),
        onState: (state) => {
          if (current !== shown) return;
          current = { ...shown, state };
          void draw();
        },
        onRelated: (id) => {
          if (current)
            current = { ...current, id, status: undefined, state: FRESH } as typeof current;
          void draw();
        },
        onOpen: (id) => void sendToBackground({ type: 'ui/open', page: 'glossary', id }),
        onSave: () => void save(shown.mark),
        onDisableSite: () => {
          void toggleSite(location.href);
          close();
        },
        onClose: () => close(),
      },
      shown.rect,
    );
  }

  /** The tooltip's keys, while it is open (lib/dom/tooltip-keys.ts). */
  const onKey = (event: KeyboardEvent) => {
    const shown = current;
    const action = shown && tooltipAction(event);
    if (!shown || !action) return;
    // Ours while the tooltip is open: the page's own shortcut for the same key would act too.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (action === 'open')
      void sendToBackground({ type: 'ui/open', page: 'glossary', id: shown.id });
    else if (action === 'save') void save(shown.mark);
    else {
      const state =
        action === 'more'
          ? { ...shown.state, expanded: !shown.state.expanded }
          : { ...shown.state, excerpt: shown.state.excerpt + 1 };
      current = { ...shown, state };
      void draw();
    }
  };
  const keys = { listening: false };
  const listen = (on: boolean) => {
    if (on === keys.listening) return;
    keys.listening = on;
    if (on) document.addEventListener('keydown', onKey, { capture: true });
    else document.removeEventListener('keydown', onKey, { capture: true });
  };

  async function save(mark: MarkedTerm): Promise<void> {
    const [from, to] = sentenceBounds(mark.run.text, mark.start, mark.end);
    const [startNode, startOffset] = locate(mark.run, from);
    const [endNode, endOffset] = locate(mark.run, to, true);
    const { selectors, source } = passage(
      new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset }),
    );
    const result = await savePassage(selectors, { matcher, ids: index.ids, source: () => source });
    const status = 'id' in result ? t('tooltipSaved') : t('tooltipSaveFailed', result.error);
    if ('id' in result && onSaved) {
      // The page shows its own confirmation (with undo and a note): the tooltip gives way to it
      // instead of leaving two overlays on the text.
      onSaved(result.id, selectors);
      if (current?.mark === mark) close();
      return;
    }
    if (current && current.mark === mark) {
      current = { ...current, status };
      void draw();
    }
  }

  function close(): void {
    current = null;
    listen(false);
    host.hide();
    onClosed?.();
  }

  let warmed = false;
  return {
    /**
     * Once the page's marks are drawn: if the first of them reads in traditional script, ask the
     * background to load the glossary and that converter now, so the first hover does not wait
     * for them. Simplified pages send nothing (their first hover costs only the glossary load).
     */
    warm(mark: MarkedTerm | undefined) {
      if (warmed || !mark) return;
      const script = scriptFor(mark);
      if (script === 'simplified') return;
      warmed = true;
      void sendToBackground({ type: 'glossary/warm', script }).catch(() => undefined);
    },
    open(mark: MarkedTerm, rect: DOMRect) {
      // Placed beside the whole term, not only the line under the pointer: a term broken over
      // two lines must not be covered by a tooltip placed under its first half.
      const whole = rangeOf(document, mark).getBoundingClientRect();
      current = {
        mark,
        rect: whole.width > 0 ? whole : rect,
        id: index.ids[mark.term] as string,
        state: FRESH,
      };
      listen(true);
      void draw();
    },
    close,
    /** After a scroll: move with the term, or close once it has left the viewport. */
    follow() {
      if (!current) return;
      const rect = rangeOf(document, current.mark).getBoundingClientRect();
      const gone = rect.bottom < 0 || rect.top > innerHeight || rect.width === 0;
      if (gone) {
        close();
        return;
      }
      current = { ...current, rect };
      void draw();
    },
    setScript(next: TooltipScript) {
      preference = next;
      if (current) void draw();
    },
  };
}
