// IndexedDB failing in each way a real profile can make it fail, simulated in fake-indexeddb:
// it cannot be opened at all (private windows in some browsers, a broken or locked profile), the
// stored database is newer than this build or missing a table (a downgrade, a corrupted
// profile), and the disk is full (QuotaExceededError on every write). In each case lookups keep
// working from the bundle, saving says plainly why it cannot, and nothing already saved is lost.

import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type Handlers } from './background/handlers.ts';
import { openDatabase } from './background/setup.ts';
import { readGlossaryTables } from './bundled-glossary.ts';
import { installGlossary, PolicyDatabase } from './db.ts';
import { applyImport, parseNotebookExport } from './notebook/import.ts';
import { toJson } from './notebook/export.ts';
import { makeExcerpt } from './testing/excerpts.ts';
import type { GlossaryBundle, TermEntry } from './types.ts';
import { reportOpenFailure } from './ui/use-live-query.ts';
import { readBuiltGlossary } from './glossary-build/built.ts';
import { testIndex } from './testing/match-index.ts';

const term = (id: string, text: string): TermEntry =>
  ({
    id,
    term: text,
    traditional: text,
    forms: [text],
    variants: [],
    category: 'concept',
    english: id,
    gloss: '',
    definition: '',
    definitionTraditional: '',
    membersTraditional: [],
    pinyin: '',
    pinyinPlain: '',
    initials: '',
    members: [],
    related: [],
    occurrences: [],
  }) as unknown as TermEntry;

const bundle = (hash: string, terms = [term('lide-shuren', '立德树人')]): GlossaryBundle => ({
  schema: 1,
  version: hash,
  hash,
  terms,
  documents: [],
  index: testIndex({
    hash,
    ids: terms.map((t) => t.id),
    categories: terms.map(() => 'concept'),
    topics: terms.map(() => 'education'),
    patterns: terms.map((t, i) => [t.term, i]),
  }),
});

const excerpt = {
  exact: '落实立德树人根本任务',
  prefix: '',
  suffix: '',
  start: 0,
  end: 10,
  url: 'https://www.moe.gov.cn/a.html',
  title: '通知',
  terms: ['lide-shuren'],
};

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let names = 0;
let name = '';
const opened: Dexie[] = [];
beforeEach(() => {
  name = `failure-${++names}`;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function handlersFor(db: PolicyDatabase | null, b = bundle('v1')): Handlers {
  return createHandlers({
    bundle: async () => b,
    db: async () => db,
    openPage: async () => undefined,
  });
}

/** A database with the v1 glossary and two saved excerpts, one with a note. */
async function savedNotebook(): Promise<PolicyDatabase> {
  const db = new PolicyDatabase(name);
  opened.push(db);
  await db.open();
  await installGlossary(db, bundle('v1'));
  await db.excerpts.bulkAdd([
    makeExcerpt({ id: 1, note: '第一条笔记' }),
    makeExcerpt({ id: 2, exact: '加快建设教育强国', start: 300, end: 308 }),
  ]);
  return db;
}

describe('when IndexedDB cannot be opened', () => {
  beforeEach(() => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store', 'UnknownError');
    });
  });

  it('the background still explains terms from the bundle and says why it cannot save', async () => {
    const db = await openDatabase(async () => bundle('v1'), name);
    expect(db).toBeNull();
    const handlers = handlersFor(db);
    expect((await handlers['glossary/index']({ type: 'glossary/index' })).ids).toEqual([
      'lide-shuren',
    ]);
    expect(
      (
        await handlers['glossary/term']({
          type: 'glossary/term',
          id: 'lide-shuren',
          script: 'simplified',
        })
      )?.entry.term,
    ).toBe('立德树人');
    const saved = await handlers['excerpt/save']({ type: 'excerpt/save', excerpt });
    expect(saved).toEqual({ error: expect.stringMatching(/unavailable.*private windows/) });
    expect(
      await handlers['excerpt/update']({ type: 'excerpt/update', id: 1, note: 'x' }),
    ).toMatchObject({ error: expect.stringContaining('unavailable') });
    expect(await handlers['excerpt/delete']({ type: 'excerpt/delete', id: 1 })).toMatchObject({
      error: expect.stringContaining('unavailable'),
    });
    expect(
      await handlers['excerpt/forPage']({ type: 'excerpt/forPage', url: excerpt.url }),
    ).toEqual([]);
    expect(
      await handlers['excerpt/anchored']({
        type: 'excerpt/anchored',
        url: excerpt.url,
        results: [],
      }),
    ).toEqual({ updated: 0 });
  });

  it('pages that watch the database hear why it failed instead of waiting for ever', async () => {
    const db = new PolicyDatabase(name);
    const watch = (query: () => Promise<unknown>) =>
      new Promise<string>((resolve) => {
        const subscription = liveQuery(query).subscribe({
          next: () => resolve('value'),
          error: (error: Error) => resolve(`error ${error.name}`),
        });
        setTimeout(() => {
          subscription.unsubscribe();
          resolve('silence');
        }, 300);
      });
    // Dexie's liveQuery alone stays silent: the notebook page said "Loading…" for ever.
    expect(await watch(() => db.excerpts.toArray())).toBe('silence');
    expect(await watch(reportOpenFailure(() => db.excerpts.toArray()))).toBe('error UnknownError');
  });

  it('extension pages read the glossary packaged with the extension', async () => {
    const packaged = bundle('packaged', [term('shuang-jian', '双减')]);
    const tables = await readGlossaryTables(new PolicyDatabase(name), async () => packaged);
    expect(tables).toEqual({ terms: packaged.terms, documents: [], packaged: true });
  });

  it('the real packaged copy has the whole glossary, fetched from the extension’s files', async () => {
    // The files wxt.config.ts writes to the extension's root: the entries (glossary.json) and
    // the match index (glossary-index.json); e2e/storage-failure reads them in Chromium.
    const { index, ...entries } = readBuiltGlossary();
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(String(url));
      return new Response(
        JSON.stringify(String(url).endsWith('/glossary-index.json') ? index : entries),
      );
    });
    const tables = await readGlossaryTables(new PolicyDatabase(name)).finally(() =>
      vi.unstubAllGlobals(),
    );
    expect(asked.map((u) => u.replace(/^.*\//, '')).sort()).toEqual([
      'glossary-index.json',
      'glossary.json',
    ]);
    expect(tables.packaged).toBe(true);
    expect(tables.terms.length).toBeGreaterThan(100);
    expect(tables.terms.map((t) => t.term)).toContain('立德树人');
  });
});

describe('when the stored database is damaged or from a newer version', () => {
  it('a newer schema is left as it is, and the bundle serves lookups', async () => {
    const newer = new Dexie(name);
    newer.version(99).stores({ excerpts: '++id', future: 'key' });
    await newer.open();
    await newer.table('excerpts').add({ exact: '未来版本的摘录' });
    newer.close();

    // Dexie 4 opens a newer database instead of failing (no downgrade, no table dropped).
    const db = await openDatabase(async () => bundle('v1'), name);
    if (db) opened.push(db);
    const handlers = handlersFor(db);
    expect(
      (
        await handlers['glossary/term']({
          type: 'glossary/term',
          id: 'lide-shuren',
          script: 'simplified',
        })
      )?.entry.term,
    ).toBe('立德树人');
    db?.close();
    const again = new Dexie(name);
    opened.push(again);
    await again.open(); // dynamic mode: whatever is there
    // It may add the tables it lacks (native version 990 → 991), but drops and rewrites nothing.
    expect(again.verno).toBeGreaterThanOrEqual(99);
    expect(again.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['excerpts', 'future']));
    expect(await again.table('excerpts').toArray()).toEqual([{ id: 1, exact: '未来版本的摘录' }]);
  });

  it('a database missing its glossary tables keeps the notebook that is there', async () => {
    // Same version number as ours, but only the excerpts table: what a damaged profile can hold.
    const broken = new Dexie(name);
    broken.version(2).stores({ excerpts: '++id, url, site, createdAt, *terms, *tags' });
    await broken.open();
    await broken.table('excerpts').add(makeExcerpt({ id: 7, note: '还在' }));
    broken.close();

    const db = await openDatabase(async () => bundle('v1'), name);
    if (db) opened.push(db);
    const handlers = handlersFor(db);
    expect(
      await handlers['glossary/term']({
        type: 'glossary/term',
        id: 'lide-shuren',
        script: 'simplified',
      }),
    ).not.toBe(null);
    const raw = new Dexie(name);
    opened.push(raw);
    await raw.open();
    expect((await raw.table('excerpts').toArray()).map((e) => e.note)).toEqual(['还在']);
  });
});

describe('when the disk is full', () => {
  function fullDisk() {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
  }

  it('saving says there is no space left, and the notebook is unchanged', async () => {
    const db = await savedNotebook();
    const before = await db.excerpts.toArray();
    fullDisk();
    const handlers = handlersFor(db);
    expect(await handlers['excerpt/save']({ type: 'excerpt/save', excerpt })).toEqual({
      error: 'the browser has no storage space left for the notebook',
    });
    expect(
      await handlers['excerpt/update']({ type: 'excerpt/update', id: 1, note: '新笔记' }),
    ).toEqual({ error: 'the browser has no storage space left for the notebook' });
    vi.restoreAllMocks();
    expect(await db.excerpts.toArray()).toEqual(before);
  });

  it('a glossary update that does not fit rolls back: old glossary and notebook intact', async () => {
    const db = await savedNotebook();
    const excerpts = await db.excerpts.toArray();
    const terms = await db.terms.toArray();
    db.close();
    fullDisk();
    const reopened = await openDatabase(
      async () => bundle('v2', [term('shuang-jian', '双减')]),
      name,
    );
    expect(reopened).not.toBeNull(); // the notebook stays readable
    if (reopened) opened.push(reopened);
    vi.restoreAllMocks();
    const check = reopened as PolicyDatabase;
    expect(await check.meta.get('glossaryHash')).toEqual({ key: 'glossaryHash', value: 'v1' });
    expect(await check.terms.toArray()).toEqual(terms);
    expect(await check.excerpts.toArray()).toEqual(excerpts);
    // And the notebook still answers the page's question about its excerpts.
    const page = await handlersFor(check)['excerpt/forPage']({
      type: 'excerpt/forPage',
      url: 'https://www.moe.gov.cn/a.html',
    });
    expect(page.map((e) => e.note)).toContain('第一条笔记');
  });

  it('an import that does not fit adds nothing', async () => {
    const db = await savedNotebook();
    const before = await db.excerpts.toArray();
    const parsed = parseNotebookExport(
      toJson([makeExcerpt({ id: 10, exact: '新摘录一', start: 1, end: 5 })]),
    );
    if (!parsed.ok) throw new Error(parsed.error.code);
    fullDisk();
    await expect(applyImport(db, parsed.excerpts)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    vi.restoreAllMocks();
    expect(await db.excerpts.toArray()).toEqual(before);
  });
});
