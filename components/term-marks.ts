// Shared UI glue for extension pages: marks the terms inside one element of the page and explains
// them on hover, with the same Scanner, TermHighlights, HoverIntent and tooltip as the content
// script (content scripts do not run on extension pages). Used by the glossary's document reader
// and the welcome page's sample paragraph.
import { type HighlightView, TermHighlights } from '../lib/dom/highlights.ts';
import { HoverIntent } from '../lib/dom/hover.ts';
import { Scanner } from '../lib/dom/scanner.ts';
import { createMatcher } from '../lib/matcher/matcher.ts';
import {
  DEFAULT_SETTINGS,
  hiddenKeys,
  loadSettings,
  type Settings,
  settingsItem,
} from '../lib/settings.ts';
import type { MatchIndex } from '../lib/types.ts';
import { createTooltipController } from './tooltip-controller.ts';
import { createTooltipHost, HOST_TAG, type TooltipHost } from './tooltip-host.tsx';

export const canHighlight = () => typeof Highlight !== 'undefined' && !!CSS.highlights;

export interface TermMarks {
  /** Resolves when every block of the element has been matched. */
  ready: Promise<void>;
  highlights: TermHighlights;
  readonly visible: boolean;
  setVisible(on: boolean): void;
  destroy(): void;
}

export interface TermMarkActions {
  /** "Open in glossary": the page decides how (navigate in place, or a new tab). */
  openTerm(id: string): void;
  /** "Off on this site": on an extension page there is no site, so the page hides its marks. */
  hideMarks(): void;
  /** Where a "save sentence" is filed; a passage of this page by default. */
  passage?: Parameters<typeof createTooltipController>[0]['passage'];
}

export function attachTermMarks(
  root: HTMLElement,
  index: MatchIndex,
  actions: TermMarkActions,
): TermMarks {
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
    ...(actions.passage ? { passage: actions.passage } : {}),
  });
  const hover = new HoverIntent(document, highlights, {
    show: (mark, rect) => tooltip.open(mark, rect),
    hide: () => tooltip.close(),
    isOverUi: (target) => base.contains(target),
  });
  let visible = true;
  // Extension pages follow the options a person set for the web: mark style, hidden categories
  // and the tooltip's script. "None" still marks here, since the page's own toggle is the off
  // switch.
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
  // data-marks tells tests (and anyone inspecting the page) that the scan is complete.
  const ready = scanner
    .scan(root)
    .then(() => root.setAttribute('data-marks', String(highlights.all().length)));

  return {
    ready,
    highlights,
    get visible() {
      return visible;
    },
    setVisible(on) {
      visible = on;
      highlights.apply(view());
      if (!on) hover.hideNow();
    },
    destroy() {
      root.removeAttribute('data-marks');
      unwatch();
      scanner.stop();
      hover.destroy();
      highlights.clear();
      base.destroy();
    },
  };
}
