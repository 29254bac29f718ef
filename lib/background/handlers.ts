// Background request handlers: pure functions of their dependencies, so they are unit-tested
// directly, without a browser.
import type { PolicyDatabase } from '../db.ts';
import type { RequestOf, RequestType, ResponseMap } from '../messaging.ts';
import { normalizeNote, normalizeTags } from '../notebook/fields.ts';
import type { GlossaryBundle, MatchIndex } from '../types.ts';
import { normalizeUrl, siteOfUrl } from '../url.ts';
import { type GlossaryLookup, indexBundle, termView } from './term-view.ts';

export interface HandlerDeps {
  /** The packaged glossary, loaded once when first asked for. */
  bundle: () => Promise<GlossaryBundle>;
  /** The match index alone, when it can be had without the whole glossary (a small file). */
  index?: () => Promise<MatchIndex>;
  /** Null when IndexedDB is unavailable: the glossary still works from the bundle. */
  db: () => Promise<PolicyDatabase | null>;
  openPage: (page: 'glossary' | 'notebook' | 'options', id?: string) => Promise<void>;
}

/** Set when a content script sent the request: the page it runs in (normalized). */
export interface RequestScope {
  page: string;
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, scope?: RequestScope) => Promise<ResponseMap[T]>;
};

export function createHandlers(deps: HandlerDeps): Handlers {
  let lookup: Promise<GlossaryLookup> | undefined;
  return {
    'glossary/index': async () => (deps.index ? deps.index() : (await deps.bundle()).index),
    'glossary/term': async ({ id }) => {
      lookup ??= deps.bundle().then(indexBundle);
      return termView(await lookup, id);
    },
    'excerpt/save': async ({ excerpt }) => {
      const db = await deps.db();
      if (!db) return { error: UNAVAILABLE };
      try {
        const now = Date.now();
        const id = await db.excerpts.add({
          ...excerpt,
          url: normalizeUrl(excerpt.url),
          site: siteOfUrl(excerpt.url),
          terms: [...new Set(excerpt.terms)],
          createdAt: now,
          updatedAt: now,
          note: '',
          tags: [],
        });
        return { id };
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'excerpt/forPage': async ({ url }) => {
      const db = await deps.db();
      if (!db) return [];
      const rows = await db.excerpts.where('url').equals(normalizeUrl(url)).toArray();
      return rows.map(({ id, exact, prefix, suffix, start, end, note }) => ({
        id,
        exact,
        prefix,
        suffix,
        start,
        end,
        note,
      }));
    },
    'excerpt/update': async ({ id, note, tags }, scope) => {
      const db = await deps.db();
      if (!db) return { error: UNAVAILABLE };
      try {
        const changes = {
          ...(note !== undefined ? { note: normalizeNote(note) } : {}),
          ...(tags !== undefined ? { tags: normalizeTags(tags) } : {}),
          updatedAt: Date.now(),
        };
        // A content script edits only the excerpts of its own page.
        const updated = await db.excerpts
          .where(':id')
          .equals(id)
          .filter((row) => !scope || row.url === scope.page)
          .modify(changes);
        return updated ? { ok: true } : { error: 'the excerpt is no longer in the notebook' };
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'excerpt/delete': async ({ id }, scope) => {
      const db = await deps.db();
      if (!db) return { error: UNAVAILABLE };
      try {
        return await db.transaction('rw', db.excerpts, async () => {
          const row = await db.excerpts.get(id);
          // A content script deletes (undoes) only the excerpts of its own page.
          const exists = row !== undefined && (!scope || row.url === scope.page);
          if (exists) await db.excerpts.delete(id);
          return { deleted: exists };
        });
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'excerpt/anchored': async ({ url, results }) => {
      const db = await deps.db();
      if (!db) return { updated: 0 };
      const page = normalizeUrl(url);
      const checkedAt = Date.now();
      const byId = new Map(results.map((r) => [r.id, r]));
      try {
        // Only this page's excerpts: a page cannot mark another page's excerpts as orphans.
        const updated = await db.excerpts
          .where('url')
          .equals(page)
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
        return { updated };
      } catch {
        return { updated: 0 };
      }
    },
    'ui/open': async ({ page, id }) => {
      await deps.openPage(page, id);
      return { opened: true };
    },
  };
}

const UNAVAILABLE =
  'the notebook database is unavailable in this browser profile (private windows have none)';

export function describeDbError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'the browser has no storage space left for the notebook';
  }
  return `the notebook could not be written (${name || String(error)})`;
}
