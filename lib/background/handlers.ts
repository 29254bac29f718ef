// Background request handlers: pure functions of their dependencies, so they are unit-tested
// directly, without a browser.
import type { PolicyDatabase } from '../db.ts';
import type { RequestOf, RequestType, ResponseMap } from '../messaging.ts';
import type { GlossaryBundle } from '../types.ts';
import { normalizeUrl, siteOfUrl } from '../url.ts';
import { indexBundle, termView } from './term-view.ts';

export interface HandlerDeps {
  bundle: GlossaryBundle;
  /** Null when IndexedDB is unavailable: the glossary still works from the bundle. */
  db: () => Promise<PolicyDatabase | null>;
  openPage: (page: 'glossary' | 'notebook' | 'options', id?: string) => Promise<void>;
}

export type Handlers = { [T in RequestType]: (request: RequestOf<T>) => Promise<ResponseMap[T]> };

export function createHandlers(deps: HandlerDeps): Handlers {
  const lookup = indexBundle(deps.bundle);
  return {
    'glossary/index': async () => deps.bundle.index,
    'glossary/term': async ({ id }) => termView(lookup, id),
    'excerpt/save': async ({ excerpt }) => {
      const db = await deps.db();
      if (!db) return { error: 'the notebook database is unavailable' };
      try {
        const id = await db.excerpts.add({
          ...excerpt,
          url: normalizeUrl(excerpt.url),
          site: siteOfUrl(excerpt.url),
          createdAt: Date.now(),
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
    'ui/open': async ({ page, id }) => {
      await deps.openPage(page, id);
      return { opened: true };
    },
  };
}

export function describeDbError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'the browser has no storage space left for the notebook';
  }
  return `the notebook could not be written (${name || String(error)})`;
}
