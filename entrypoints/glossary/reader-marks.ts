// The reader's term marks and tooltips: the same Scanner, TermHighlights, HoverIntent and tooltip
// as the content script, run over the reader's article instead of a web page.
import { createTooltipController } from '../../components/tooltip-controller.ts';
import { createTooltipHost, HOST_TAG, type TooltipHost } from '../../components/tooltip-host.tsx';
import { type HighlightView, TermHighlights } from '../../lib/dom/highlights.ts';
import { HoverIntent } from '../../lib/dom/hover.ts';
import { Scanner } from '../../lib/dom/scanner.ts';
import { browser } from 'wxt/browser';
import { type ExcerptSelectors, selectorsAt } from '../../lib/dom/anchoring.ts';
import { blockAt } from '../../lib/glossary-page/reader.ts';
import { hrefOf } from '../../lib/glossary-page/route.ts';
import type { PassageSource } from '../../lib/notebook/save-passage.ts';
import { createMatcher } from '../../lib/matcher/matcher.ts';
import { sentenceBounds } from '../../lib/sentences.ts';
import {
  DEFAULT_SETTINGS,
  hiddenKeys,
  loadSettings,
  type Settings,
  settingsItem,
} from '../../lib/settings.ts';
import type { MatchIndex, SeedDocument } from '../../lib/types.ts';

export const FLASH = 'ptr-flash';
const FLASH_MS = 2400;

export const canHighlight = () => typeof Highlight !== 'undefined' && !!CSS.highlights;

export interface ReaderMarks {
  /** Resolves when every block of the article has been matched. */
  ready: Promise<void>;
  setVisible(on: boolean): void;
  /** Scrolls to the place at `offset` in the cleaned text, focuses its block and flashes it. */
  reveal(offset: number): boolean;
  destroy(): void;
}

export function attachReaderMarks(
  article: HTMLElement,
  doc: SeedDocument,
  index: MatchIndex,
  actions: { openTerm(id: string): void; hideMarks(): void },
): ReaderMarks {
  const matcher = createMatcher(index);
  const highlights = new TermHighlights(CSS.highlights);
  const scanner = new Scanner({
    matcher,
    categories: index.categories,
    topics: index.topics,
    highlights,
    ownUi: [HOST_TAG],
  });
  const base = createTooltipHost(document);
  // Inside the glossary, "open in glossary" navigates in place and "off on this site" turns the
  // reader's marks off (there is no web site to switch off here).
  const host: TooltipHost = {
    ...base,
    show: (props, anchor) =>
      base.show(
        {
          ...props,
          onOpen: (id) => {
            hover.hideNow();
            actions.openTerm(id);
          },
          onDisableSite: () => {
            hover.hideNow();
            actions.hideMarks();
          },
        },
        anchor,
      ),
    get visible() {
      return base.visible;
    },
  };
  const tooltip = createTooltipController({
    host,
    highlights,
    index,
    matcher,
    passage: (range) => passageOf(doc, range),
  });
  const hover = new HoverIntent(document, highlights, {
    show: (mark, rect) => tooltip.open(mark, rect),
    hide: () => tooltip.close(),
    isOverUi: (target) => base.contains(target),
  });
  let visible = true;
  // The reader follows the options a person set for the web: mark style, hidden categories and
  // the tooltip's script. "None" still marks here, since the reader's toggle is the off switch.
  let settings: Settings = DEFAULT_SETTINGS;
  const view = (): HighlightView => ({
    style: !visible ? 'none' : settings.style === 'none' ? 'underline' : settings.style,
    hidden: hiddenKeys(settings),
  });
  const applySettings = (next: Settings) => {
    settings = next;
    tooltip.setScript(next.tooltipScript);
    highlights.apply(view());
  };
  void loadSettings().then(applySettings);
  const unwatch = settingsItem.watch((next) => applySettings({ ...DEFAULT_SETTINGS, ...next }));
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  // data-marks tells tests (and anyone inspecting the page) that the scan is complete.
  const ready = scanner
    .scan(article)
    .then(() => article.setAttribute('data-marks', String(highlights.all().length)));

  return {
    ready,
    setVisible(on) {
      visible = on;
      highlights.apply(view());
      if (!on) hover.hideNow();
    },
    reveal(offset) {
      const i = blockAt(doc.blocks, offset);
      const block = doc.blocks[i];
      const element = block
        ? article.querySelector<HTMLElement>(`[data-start="${block.start}"]`)
        : null;
      const node = element?.firstChild;
      if (!block || !element || !(node instanceof Text)) return false;
      const local = Math.max(0, offset - block.start);
      // The term drawn at that place if there is one, else the sentence around it.
      const mark = visible ? highlights.at(node, local) : undefined;
      const [from, to] = mark
        ? [mark.start, mark.end]
        : sentenceBounds(node.data, local, Math.min(node.data.length, local + 1));
      const range =
        mark?.range ??
        new StaticRange({
          startContainer: node,
          startOffset: from,
          endContainer: node,
          endOffset: to,
        });
      for (const el of article.querySelectorAll('.at-target')) el.classList.remove('at-target');
      element.classList.add('at-target');
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      CSS.highlights.set(FLASH, new Highlight(range));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
      return true;
    },
    destroy() {
      article.removeAttribute('data-marks');
      unwatch();
      clearTimeout(flashTimer);
      CSS.highlights.delete(FLASH);
      scanner.stop();
      hover.destroy();
      highlights.clear();
      base.destroy();
    },
  };
}

/**
 * A passage of the reader as the notebook records it: offsets and quote in the document's cleaned
 * text (each block element holds its slice of it, from data-start), filed under the reader's own
 * address for the document, so "open" in the notebook comes back here at the passage.
 */
export function passageOf(
  doc: SeedDocument,
  range: StaticRange,
): { selectors: ExcerptSelectors; source: PassageSource } {
  const offset = (node: Node, local: number) => {
    const block = (node instanceof Element ? node : node.parentElement)?.closest('[data-start]');
    if (!block) throw new RangeError('the passage is outside the document');
    return Number(block.getAttribute('data-start')) + local;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return {
    selectors: selectorsAt({ nodes: [], starts: [], text: doc.text }, start, end),
    source: {
      url: browser.runtime.getURL('/glossary.html') + hrefOf({ kind: 'doc', id: doc.id }),
      title: doc.title,
    },
  };
}
