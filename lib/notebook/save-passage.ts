// Saving a passage from a page, whichever way it was chosen (a selection, or the sentence around
// a term in the tooltip): the terms the passage contains, the page it stands on, one message. A
// failure of any kind comes back as `{ error }`, never as a throw, so both callers report it the
// same way and the reader loses nothing (the passage stays on screen to copy).
import type { ExcerptSelectors } from '../dom/anchoring.ts';
import type { Matcher } from '../matcher/matcher.ts';
import { trySendToBackground } from '../messaging.ts';

export interface PassageSource {
  /** The address the excerpt is filed under (normalized by the store). */
  url: string;
  title: string;
}

export interface SaveDeps {
  matcher: Matcher;
  /** MatchIndex.ids: term index → term id. */
  ids: readonly string[];
  /** Asked at save time: a single-page app may have changed its address since the load. */
  source: () => PassageSource;
}

export async function savePassage(
  selectors: ExcerptSelectors,
  deps: SaveDeps,
): Promise<{ id: number } | { error: string }> {
  const terms = deps.matcher.findTerms(selectors.exact).map((m) => deps.ids[m.term] as string);
  const { url, title } = deps.source();
  return trySendToBackground({
    type: 'excerpt/save',
    excerpt: { ...selectors, url, title, terms: [...new Set(terms)] },
  });
}
