// Re-anchoring a page's saved excerpts on a visit: one text index of the page for all of them;
// what cannot be found is an orphan, kept and reported, never dropped.
import { type AnchorMethod, anchorWithMethod, textIndex } from '../dom/anchoring.ts';
import type { SavedExcerptSummary } from '../messaging.ts';

export interface AnchoredExcerpt {
  excerpt: SavedExcerptSummary;
  range: Range;
  method: AnchorMethod;
}

export interface RestoreResult {
  found: AnchoredExcerpt[];
  orphans: SavedExcerptSummary[];
}

export function anchorExcerpts(root: Node, excerpts: SavedExcerptSummary[]): RestoreResult {
  const result: RestoreResult = { found: [], orphans: [] };
  if (excerpts.length === 0) return result;
  const index = textIndex(root);
  for (const excerpt of excerpts) {
    const anchored = anchorWithMethod(root, excerpt, index);
    if (anchored) result.found.push({ excerpt, ...anchored });
    else result.orphans.push(excerpt);
  }
  return result;
}

/** What the background records: found (and how) or orphaned, per excerpt id. */
export function anchorReport(result: RestoreResult) {
  return [
    ...result.found.map(({ excerpt, method }) => ({
      id: excerpt.id,
      status: 'found' as const,
      method,
    })),
    ...result.orphans.map(({ id }) => ({ id, status: 'orphan' as const })),
  ];
}

export interface RetryOptions {
  /** Marks what was found, on the first attempt and on each retry. */
  found(anchored: AnchoredExcerpt): void;
  /** Told after every attempt, so the background's record follows the page. */
  report(results: ReturnType<typeof anchorReport>): void;
  signal: AbortSignal;
  /** Attempts after the first; each waits for the page to be quiet for `quietMs`. */
  retries?: number;
  quietMs?: number;
}

/**
 * Anchors `excerpts` now, then tries the orphans again after the page changes (late content,
 * single-page apps): once the changes pause, a few times at most, so a page that never stops
 * changing does not re-read its text for ever.
 */
export function anchorAndRetry(root: Node, excerpts: SavedExcerptSummary[], opts: RetryOptions) {
  const { retries = 5, quietMs = 1_000 } = opts;
  let pending = excerpts;
  const attempt = () => {
    const result = anchorExcerpts(root, pending);
    for (const anchored of result.found) opts.found(anchored);
    opts.report(anchorReport(result));
    pending = result.orphans;
  };
  attempt();
  if (pending.length === 0 || opts.signal.aborted) return;
  let tries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      attempt();
      if (pending.length === 0 || ++tries >= retries) observer.disconnect();
    }, quietMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  opts.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
