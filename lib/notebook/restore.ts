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
