// Every write to the notebook, in one place: the background's handlers (saves and edits from
// pages) and the notebook page both call these, so a note is trimmed, tags are cleaned, the page
// address is normalized and `updatedAt` is set the same way whoever writes. Errors are Dexie's
// own; callers turn them into messages (describeDbError).
import type { ExcerptAnchorState, PolicyDatabase, SavedExcerpt } from '../db.ts';
import { normalizeUrl, siteOfUrl } from '../url.ts';
import { normalizeNote, normalizeTags } from './fields.ts';

/** What a page sends to save: the selectors, the page and the terms found in the passage. */
export type ExcerptDraft = Pick<
  SavedExcerpt,
  'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'url' | 'title' | 'terms'
>;

export interface ExcerptChanges {
  note?: string;
  tags?: readonly string[];
}

/**
 * Limits a write to the excerpts of one page (normalized address): what a content script may
 * touch. Extension pages write without a scope.
 */
export type PageScope = string | undefined;

export async function addExcerpt(
  db: PolicyDatabase,
  draft: ExcerptDraft,
  now = Date.now(),
): Promise<number> {
  return db.excerpts.add({
    ...draft,
    url: normalizeUrl(draft.url),
    site: siteOfUrl(draft.url),
    terms: [...new Set(draft.terms)],
    createdAt: now,
    updatedAt: now,
    note: '',
    tags: [],
  });
}

/** The excerpts saved on a page, by its address (normalized here). */
export function excerptsOfPage(db: PolicyDatabase, url: string): Promise<SavedExcerpt[]> {
  return db.excerpts.where('url').equals(normalizeUrl(url)).toArray();
}

/** Changes the note and/or tags; false when the excerpt is gone (or outside `scope`). */
export async function updateExcerpt(
  db: PolicyDatabase,
  id: number,
  changes: ExcerptChanges,
  scope?: PageScope,
): Promise<boolean> {
  const fields = {
    ...(changes.note !== undefined ? { note: normalizeNote(changes.note) } : {}),
    ...(changes.tags !== undefined ? { tags: normalizeTags(changes.tags) } : {}),
    updatedAt: Date.now(),
  };
  const updated = await db.excerpts
    .where(':id')
    .equals(id)
    .filter((row) => scope === undefined || row.url === scope)
    .modify(fields);
  return updated > 0;
}

/** Deletes and returns the excerpt (for undo); undefined when it is gone or outside `scope`. */
export function deleteExcerpt(
  db: PolicyDatabase,
  id: number,
  scope?: PageScope,
): Promise<SavedExcerpt | undefined> {
  return db.transaction('rw', db.excerpts, async () => {
    const row = await db.excerpts.get(id);
    if (!row || (scope !== undefined && row.url !== scope)) return undefined;
    await db.excerpts.delete(id);
    return row;
  });
}

/** Puts a deleted excerpt back under its own id, so nothing that points at it changes. */
export async function restoreExcerpt(db: PolicyDatabase, excerpt: SavedExcerpt): Promise<void> {
  await db.excerpts.put(excerpt);
}

/**
 * Records what a visit of the page found for each of its excerpts. Only that page's excerpts:
 * a page cannot mark another page's excerpts as orphans.
 */
export function recordAnchoring(
  db: PolicyDatabase,
  url: string,
  results: {
    id: number;
    status: ExcerptAnchorState['status'];
    method?: ExcerptAnchorState['method'];
  }[],
  checkedAt = Date.now(),
): Promise<number> {
  const byId = new Map(results.map((r) => [r.id, r]));
  return db.excerpts
    .where('url')
    .equals(normalizeUrl(url))
    .filter((row) => byId.has(row.id))
    .modify((row) => {
      const result = byId.get(row.id);
      if (!result) return;
      row.anchor = {
        status: result.status,
        ...(result.method ? { method: result.method } : {}),
        checkedAt,
      };
    });
}

/** A failed write, in words a reader can act on (the full disk is the common case). */
export function describeDbError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'the browser has no storage space left for the notebook';
  }
  return `the notebook could not be written (${name || String(error)})`;
}
