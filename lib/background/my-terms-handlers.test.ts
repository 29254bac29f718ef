// The background's side of my terms: the index it serves includes them, `my:` ids answer with
// the user's definition and sources, and a change is announced and picked up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { createMatcher } from '../matcher/matcher.ts';
import { saveMyTerm } from '../my-glossary/store.ts';
import type { MyTerm } from '../my-glossary/types.ts';
import { makeUserTerm, problemSummary } from '../my-terms/model.ts';
import { testIndex } from '../testing/match-index.ts';
import type { GlossaryBundle, MatchIndex } from '../types.ts';
import { createHandlers, type Handlers } from './handlers.ts';

const bundle: GlossaryBundle = {
  schema: 1,
  version: 'test',
  hash: 'h',
  terms: [],
  documents: [],
  index: testIndex({
    hash: 'h',
    ids: ['lide-shuren'],
    categories: ['principle'],
    topics: ['education'],
    patterns: [['立德树人', 0]],
  }),
};

function myTerm(term: string, change: Partial<MyTerm> = {}): MyTerm {
  const made = makeUserTerm({
    term,
    definition: '指学校以数字技术和数据治理支撑教学与管理。',
    english: 'digitally smart campus',
    category: 'concept',
    topic: 'education',
  });
  if (!made.ok) throw new Error(problemSummary(made.problem));
  return { ...made.term, sources: [], createdAt: 1, updatedAt: 1, ...change };
}

const found = (index: MatchIndex, text: string) =>
  createMatcher(index)
    .findTerms(text)
    .map((m) => [text.slice(m.start, m.end), index.ids[m.term]]);

let db: PolicyDatabase;
let handlers: Handlers;
let announce: ReturnType<typeof vi.fn<() => Promise<number>>>;
let name = 0;
beforeEach(async () => {
  db = new PolicyDatabase(`my-terms-handlers-${++name}`);
  await db.open();
  announce = vi.fn<() => Promise<number>>(async () => 3);
  handlers = createHandlers({
    bundle: async () => bundle,
    db: async () => db,
    openPage: async () => undefined,
    announceIndexChanged: announce,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('glossary/index with my terms', () => {
  it('serves the built-in index alone when there are none', async () => {
    const index = await handlers['glossary/index']({ type: 'glossary/index' });
    expect(index.hash).toBe('h');
    expect(found(index, '落实立德树人，建设数智校园。')).toEqual([['立德树人', 'lide-shuren']]);
  });

  it('serves my terms, marked as mine, in both scripts, once the change is announced', async () => {
    expect((await handlers['glossary/index']({ type: 'glossary/index' })).hash).toBe('h');
    await saveMyTerm(db, myTerm('数智校园'));
    // Until announced, the index served stays the one built (pages are told when to ask again).
    expect((await handlers['glossary/index']({ type: 'glossary/index' })).hash).toBe('h');
    expect(await handlers['myterms/changed']({ type: 'myterms/changed' })).toEqual({ tabs: 3 });
    expect(announce).toHaveBeenCalledTimes(1);
    const index = await handlers['glossary/index']({ type: 'glossary/index' });
    expect(index.hash).not.toBe('h');
    expect(index.categories[index.ids.indexOf('my:数智校园')]).toBe('mine');
    expect(found(index, '落实立德树人，建设数智校园、數智校園。')).toEqual([
      ['立德树人', 'lide-shuren'],
      ['数智校园', 'my:数智校园'],
      ['數智校園', 'my:数智校园'],
    ]);
  });

  it('marks a form merged into a built-in entry as that entry', async () => {
    await saveMyTerm(db, { ...myTerm('立德育人'), aliasOf: 'lide-shuren' });
    const index = await handlers['glossary/index']({ type: 'glossary/index' });
    expect(index.ids).toEqual(['lide-shuren']);
    expect(found(index, '坚持立德育人。')).toEqual([['立德育人', 'lide-shuren']]);
  });

  it('still serves the glossary when my terms cannot be read', async () => {
    const broken = createHandlers({
      bundle: async () => bundle,
      db: async () => ({ myTerms: null }) as unknown as PolicyDatabase,
      openPage: async () => undefined,
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await broken['glossary/index']({ type: 'glossary/index' })).hash).toBe('h');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('the combined index across a stopped service worker', () => {
  function memoryCache() {
    let stored: MatchIndex | undefined;
    return {
      get: vi.fn(async () => stored),
      set: vi.fn(async (index: MatchIndex) => void (stored = index)),
      clear: vi.fn(async () => void (stored = undefined)),
    };
  }
  const started = (cache: ReturnType<typeof memoryCache>, open: () => Promise<PolicyDatabase>) =>
    createHandlers({
      bundle: async () => bundle,
      db: open,
      openPage: async () => undefined,
      indexCache: cache,
    });

  it('serves a restarted worker the stored index without reading my terms', async () => {
    const cache = memoryCache();
    await saveMyTerm(db, myTerm('数智校园'));
    const first = await started(cache, async () => db)['glossary/index']({
      type: 'glossary/index',
    });
    expect(cache.set).toHaveBeenCalledTimes(1);
    const open = vi.fn(async () => db);
    const restarted = started(cache, open);
    expect(await restarted['glossary/index']({ type: 'glossary/index' })).toEqual(first);
    expect(open).not.toHaveBeenCalled();
  });

  it('forgets the stored index on a change, and stores none for no terms', async () => {
    const cache = memoryCache();
    const handlers = started(cache, async () => db);
    expect((await handlers['glossary/index']({ type: 'glossary/index' })).hash).toBe('h');
    expect(cache.set).not.toHaveBeenCalled();
    await saveMyTerm(db, myTerm('数智校园'));
    await handlers['myterms/changed']({ type: 'myterms/changed' });
    const withTerm = await handlers['glossary/index']({ type: 'glossary/index' });
    expect(withTerm.ids).toContain('my:数智校园');
    await db.myTerms.clear();
    await handlers['myterms/changed']({ type: 'myterms/changed' });
    expect(cache.clear).toHaveBeenCalledTimes(2);
    const restarted = started(cache, async () => db);
    expect((await restarted['glossary/index']({ type: 'glossary/index' })).hash).toBe('h');
  });
  it('rebuilds and stores the index on a change, before any page asks for it', async () => {
    const cache = memoryCache();
    const handlers = started(cache, async () => db);
    await saveMyTerm(db, myTerm('数智校园'));
    await handlers['myterms/changed']({ type: 'myterms/changed' });
    await vi.waitFor(() => expect(cache.set).toHaveBeenCalledTimes(1));
    // A worker started after the idle stop reads it without touching the database.
    const open = vi.fn(async () => db);
    const index = await started(cache, open)['glossary/index']({ type: 'glossary/index' });
    expect(index.ids).toContain('my:数智校园');
    expect(open).not.toHaveBeenCalled();
  });
});

describe('glossary/term for my terms', () => {
  const sources: MyTerm['sources'] = [
    { doc: 'my-1', title: '实施方案', date: '2024-03-01', sentence: '加快建设数智校园。' },
    { doc: 'my-2', title: '工作要點', date: '2025-01-10', sentence: '推進數智校園建設。' },
  ];

  it('answers with the user’s definition and sources, newest first, in the reader’s script', async () => {
    await saveMyTerm(db, myTerm('数智校园', { sources }));
    const view = await handlers['glossary/term']({
      type: 'glossary/term',
      id: 'my:数智校园',
      script: 'tw',
    });
    expect(view?.mine).toBe(true);
    expect(view?.shown.headword).toBe('數智校園');
    expect(view?.shown.definition).toContain('數字技術');
    expect(view?.entry.english).toBe('digitally smart campus');
    expect(view?.entry.first).toBe('2024-03-01');
    expect(view?.excerpts.map((x) => [x.date, x.text, x.original])).toEqual([
      ['2025-01-10', '推進數智校園建設。', '推進數智校園建設。'],
      ['2024-03-01', '加快建設數智校園。', '加快建设数智校园。'],
    ]);
    const [latest] = view?.excerpts ?? [];
    expect(latest?.text.slice(...(latest.at as [number, number]))).toBe('數智校園');
  });

  it('answers null for a term that is not there, and shows an edit after the change', async () => {
    const ask = () =>
      handlers['glossary/term']({ type: 'glossary/term', id: 'my:数智校园', script: 'simplified' });
    expect(await ask()).toBeNull();
    await saveMyTerm(db, myTerm('数智校园'));
    await handlers['myterms/changed']({ type: 'myterms/changed' });
    expect((await ask())?.shown.definition).toContain('数字技术');
    await saveMyTerm(db, myTerm('数智校园', { definition: '新的定义。' }));
    await handlers['myterms/changed']({ type: 'myterms/changed' });
    expect((await ask())?.shown.definition).toBe('新的定义。');
  });
});
