// Background request handlers: pure functions of their dependencies, so they are unit-tested
// directly, without a browser.
import type { PolicyDatabase } from '../db.ts';
import { addUserDocument } from '../documents/store.ts';
import type { RequestOf, RequestType, ResponseMap, TermView } from '../messaging.ts';
import {
  addExcerpt,
  deleteExcerpt,
  describeDbError,
  excerptsOfPage,
  recordAnchoring,
  updateExcerpt,
} from '../notebook/store.ts';
import type { GlossaryBundle, MatchIndex } from '../types.ts';
import { fromSimplified } from '../script/convert.ts';
import { type GlossaryLookup, indexBundle, termView } from './term-view.ts';
import { myTermView } from './my-term-view.ts';
import { combineIndex } from '../my-terms/combine.ts';
import { USER_TERM_PREFIX } from '../my-terms/id.ts';
import { listMyTerms } from '../my-glossary/store.ts';

/** Converted term views kept per (script, id); the oldest goes first when full. */
const VIEW_CACHE_SIZE = 600;

export interface HandlerDeps {
  /** The packaged glossary, loaded once when first asked for. */
  bundle: () => Promise<GlossaryBundle>;
  /** The match index alone, when it can be had without the whole glossary (a small file). */
  index?: () => Promise<MatchIndex>;
  /** Null when IndexedDB is unavailable: the glossary still works from the bundle. */
  db: () => Promise<PolicyDatabase | null>;
  openPage: (page: 'glossary' | 'notebook' | 'options', id?: string) => Promise<void>;
  /**
   * The database as soon as it is open, before a glossary install finishes: my terms are read
   * from it, so the first page after an update does not wait for the install. Defaults to db.
   */
  userDb?: () => Promise<PolicyDatabase | null>;
  /** Where the combined index survives a stopped service worker (storage.session). */
  indexCache?: IndexCache;
  /** Tells every tab and extension page that the index changed; resolves to the tabs told. */
  announceIndexChanged?: () => Promise<number>;
}

/** The index served, built-in plus my terms, kept while my terms do not change. */
export interface IndexCache {
  get(): Promise<MatchIndex | undefined>;
  set(index: MatchIndex): Promise<void>;
  clear(): Promise<void>;
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
  const views = new Map<string, TermView | null>();
  // The index pages match with: the built-in one plus my terms, rebuilt when they change.
  let served: Promise<MatchIndex> | undefined;
  const builtinIndex = async () => (deps.index ? deps.index() : (await deps.bundle()).index);
  // Bumped by every change: a build that started before one must not store what it read.
  let generation = 0;
  const combined = async () => {
    const started = generation;
    const cached = await deps.indexCache?.get().catch(() => undefined);
    if (cached) return cached;
    const [index, mine] = await Promise.all([builtinIndex(), myTermsOf(deps)]);
    if (mine.length === 0) return index;
    const built = combineIndex(index, mine);
    if (started === generation) await deps.indexCache?.set(built).catch(() => undefined);
    return built;
  };
  const serve = () => {
    served ??= combined();
    // A failure is not kept: the next page asks again.
    served.catch(() => (served = undefined));
    return served;
  };
  return {
    'glossary/index': serve,
    'glossary/warm': async ({ script }) => {
      lookup ??= deps.bundle().then(indexBundle);
      await lookup;
      fromSimplified('中', script);
      return { ok: true };
    },
    'glossary/term': async ({ id, script }) => {
      const key = `${script}:${id}`;
      const cached = views.get(key);
      if (cached !== undefined) return cached;
      let view: TermView | null;
      if (id.startsWith(USER_TERM_PREFIX)) {
        const db = await deps.db();
        const term = db ? await db.myTerms.get(id).catch(() => undefined) : undefined;
        view = term ? myTermView(term, script) : null;
      } else {
        lookup ??= deps.bundle().then(indexBundle);
        view = termView(await lookup, id, script);
      }
      // Converting costs a few ms a term; a reading session hovers the same terms again.
      if (views.size >= VIEW_CACHE_SIZE) views.delete(views.keys().next().value as string);
      views.set(key, view);
      return view;
    },
    'excerpt/save': async ({ excerpt }) => {
      const db = await deps.db();
      if (!db) return { error: UNAVAILABLE };
      try {
        return { id: await addExcerpt(db, excerpt) };
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'excerpt/forPage': async ({ url }) => {
      const db = await deps.db();
      if (!db) return [];
      const rows = await excerptsOfPage(db, url);
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
        // A content script edits only the excerpts of its own page.
        const updated = await updateExcerpt(db, id, { note, tags }, scope?.page);
        return updated ? { ok: true } : { error: 'the excerpt is no longer in the notebook' };
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'excerpt/delete': async ({ id }, scope) => {
      const db = await deps.db();
      if (!db) return { error: UNAVAILABLE };
      try {
        // A content script deletes (undoes) only the excerpts of its own page.
        return { deleted: (await deleteExcerpt(db, id, scope?.page)) !== undefined };
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'excerpt/anchored': async ({ url, results }) => {
      const db = await deps.db();
      if (!db) return { updated: 0 };
      try {
        return { updated: await recordAnchoring(db, url, results) };
      } catch {
        return { updated: 0 };
      }
    },
    'document/add': async ({ doc }) => {
      const db = await deps.db();
      if (!db) return { error: UNAVAILABLE };
      try {
        const row = await addUserDocument(db, doc);
        return { id: row.id, title: row.title };
      } catch (error) {
        return { error: describeDbError(error) };
      }
    },
    'myterms/changed': async () => {
      generation++;
      served = undefined;
      await deps.indexCache?.clear().catch(() => undefined);
      for (const key of views.keys()) if (key.includes(`:${USER_TERM_PREFIX}`)) views.delete(key);
      // Rebuilt now, not when the next page asks: the build (~0.3 s for 2,000 terms) lands in
      // the session cache, so a page opened after the worker has gone idle and stopped reads it
      // instead of paying the build before its first mark.
      void serve().catch(() => undefined);
      return { tabs: (await deps.announceIndexChanged?.()) ?? 0 };
    },
    'ui/open': async ({ page, id }) => {
      await deps.openPage(page, id);
      return { opened: true };
    },
  };
}

/** My terms as stored; none when the database is unavailable or cannot be read. */
async function myTermsOf(deps: HandlerDeps) {
  const db = await (deps.userDb ?? deps.db)();
  if (!db) return [];
  try {
    return await listMyTerms(db);
  } catch (error) {
    console.error('policy-terms: could not read my terms; marking the glossary alone', error);
    return [];
  }
}

const UNAVAILABLE =
  'the notebook database is unavailable in this browser profile (private windows have none)';
