// Upgrades beyond lib/db.test.ts (which checks two hand-written v1 rows): every schema this
// project has declared (v1 of 0.1.0, v2 of 0.2.0), written with that schema exactly as it was
// declared, opens in the current build with every notebook record intact, for random records
// too (hostile Unicode, empty and long notes, many tags, rows written without the fields v2
// backfills); through the real start-up path (open, then install a changed glossary); and while
// a page of the old version still holds the database open.

import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './background/setup.ts';
import { PolicyDatabase, type SavedExcerpt } from './db.ts';
import type { UserDocument } from './documents/types.ts';
import { mine } from './testing/my-terms.ts';
import { count, hostilePiece, reportCounts, runs } from './testing/fuzz.ts';
import type { GlossaryBundle } from './types.ts';
import { readBuiltGlossary } from './glossary-build/built.ts';
import { testIndex } from './testing/match-index.ts';

/** Every released schema, as its version() block declared it. */
const SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    terms: 'id, category',
    documents: 'id',
    excerpts: '++id, url, site, createdAt, *terms, *tags',
    meta: 'key',
  },
  2: {
    terms: 'id, category',
    documents: 'id',
    excerpts: '++id, url, site, createdAt, *terms, *tags',
    meta: 'key',
  },
  3: {
    terms: 'id, category',
    documents: 'id',
    excerpts: '++id, url, site, createdAt, *terms, *tags',
    meta: 'key',
    userDocuments: 'id, addedAt',
  },
  4: {
    terms: 'id, category',
    documents: 'id',
    excerpts: '++id, url, site, createdAt, *terms, *tags',
    meta: 'key',
    userDocuments: 'id, addedAt',
    myTerms: 'id, &term, updatedAt',
    dismissed: 'term',
  },
};
const LATEST = Math.max(...Object.keys(SCHEMAS).map(Number));

const text = (max: number) =>
  fc
    .array(fc.oneof(hostilePiece, fc.constantFrom('立德树人', '笔记', ' ', 'a')), {
      maxLength: max,
    })
    .map((p) => p.join(''));

/** A row as 0.1.0 wrote it: note, tags and terms could be missing on rows from early builds. */
const v1Row = fc.record(
  {
    exact: text(20).filter((t) => t.length > 0),
    prefix: text(6),
    suffix: text(6),
    start: fc.nat(100_000),
    end: fc.nat(100_000),
    url: fc.webUrl(),
    title: text(8),
    site: fc.domain(),
    createdAt: fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
    terms: fc.array(fc.constantFrom('lide-shuren', 'liangge-queli', 'shuang-jian'), {
      maxLength: 4,
    }),
    note: fc.oneof(text(30), fc.constant('')),
    tags: fc.array(text(3), { maxLength: 6 }),
  },
  {
    requiredKeys: [
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
      'url',
      'title',
      'site',
      'createdAt',
    ],
  },
);

const bundle = (hash: string): GlossaryBundle => ({
  schema: 1,
  version: hash,
  hash,
  terms: [],
  documents: [],
  index: testIndex({ hash }),
});

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `upgrade-fuzz-${++n}`;
  names.push(name);
  return name;
};

async function writeWith(version: number, name: string, rows: object[]): Promise<number[]> {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMAS[v] as Record<string, string>);
  await db.open();
  const ids = (await db.table('excerpts').bulkAdd(rows, { allKeys: true })) as number[];
  await db.table('meta').put({ key: 'glossaryHash', value: 'old' });
  db.close();
  return ids;
}

/** What v2's upgrader promises for a v1 row: every field kept, the missing ones filled. */
const upgraded = (row: Partial<SavedExcerpt>, id: number) => ({
  ...row,
  id,
  note: row.note ?? '',
  tags: row.tags ?? [],
  terms: row.terms ?? [],
  updatedAt: row.createdAt,
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});
afterAll(() => {
  reportCounts('upgrade');
});

describe('every released schema', () => {
  it('declares the same tables and indexes as the current build for the last version', () => {
    const current = new PolicyDatabase(fresh());
    const declared = Object.fromEntries(
      current.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    );
    expect(declared).toEqual(SCHEMAS[Math.max(...Object.keys(SCHEMAS).map(Number))]);
    expect(current.verno).toBe(Math.max(...Object.keys(SCHEMAS).map(Number)));
  });

  it('v1: random notebooks open in the current build with every record intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(v1Row, { minLength: 1, maxLength: 25 }), async (rows) => {
        count('upgrade/v1');
        const name = fresh();
        const ids = await writeWith(1, name, rows);
        const db = new PolicyDatabase(name);
        await db.open();
        expect(db.verno).toBe(LATEST);
        const after = await db.excerpts.orderBy('id').toArray();
        expect(after).toEqual(rows.map((row, i) => upgraded(row, ids[i] as number)));
        db.close();
      }),
      { numRuns: runs(60) },
    );
  });

  it('v2: a notebook written by 0.2.0 opens unchanged, anchors and edit times included', async () => {
    const rows = [
      {
        exact: '要深刻领悟“两个确立”的决定性意义',
        prefix: '会议强调，',
        suffix: '，增强',
        start: 10,
        end: 27,
        url: 'https://news.example.cn/a.html',
        title: '会议',
        site: 'news.example.cn',
        createdAt: Date.UTC(2025, 1, 1),
        updatedAt: Date.UTC(2025, 1, 3),
        terms: ['liangge-queli'],
        note: '引用😀 e\u0301',
        tags: ['报告'],
        anchor: { status: 'found', method: 'fuzzy', checkedAt: Date.UTC(2025, 1, 4) },
      },
      {
        exact: '已经删掉的段落',
        prefix: '',
        suffix: '',
        start: 0,
        end: 7,
        url: 'https://news.example.cn/b.html',
        title: '',
        site: 'news.example.cn',
        createdAt: Date.UTC(2025, 2, 1),
        updatedAt: Date.UTC(2025, 2, 1),
        terms: [],
        note: '',
        tags: [],
        anchor: { status: 'orphan', checkedAt: Date.UTC(2025, 2, 2) },
      },
    ];
    const name = fresh();
    const ids = await writeWith(2, name, rows);
    const db = new PolicyDatabase(name);
    await db.open();
    expect(await db.excerpts.orderBy('id').toArray()).toEqual(
      rows.map((row, i) => ({ ...row, id: ids[i] })),
    );
    db.close();
  });
});

describe("v3: the library of the user's documents", () => {
  const userDoc = (id: string): UserDocument => ({
    id,
    file: 'notice.pdf',
    title: '通知',
    issuer: '教育部',
    date: '2024-03-05',
    docNumber: '教基〔2024〕1号',
    source: 'notice.pdf',
    script: 'simplified',
    format: 'pdf',
    text: '落实立德树人根本任务。',
    blocks: [{ kind: 'paragraph', start: 0, end: 11 }],
    size: 100,
    addedAt: 1,
    updatedAt: 1,
  });

  it('a 0.2.0 notebook upgrades with every excerpt unchanged and an empty library', async () => {
    const rows = fc.sample(v1Row, { numRuns: 40, seed: 31 }).map((row) => ({
      ...(row as object),
      note: '',
      tags: [],
      terms: [],
      updatedAt: 5,
    }));
    const name = fresh();
    const ids = await writeWith(2, name, rows);
    const db = new PolicyDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.excerpts.orderBy('id').toArray()).toEqual(
      rows.map((row, i) => ({ ...row, id: ids[i] })),
    );
    expect(await db.userDocuments.count()).toBe(0);
    db.close();
  });

  it("installing a changed glossary leaves the user's documents and the notebook alone", async () => {
    const name = fresh();
    const db = await openDatabase(async () => bundle('one'), name, 'one');
    if (!db) throw new Error('did not open');
    await db.userDocuments.bulkPut([userDoc('my-a'), userDoc('my-b')]);
    await db.excerpts.add({ ...(fc.sample(v1Row, { numRuns: 1, seed: 3 })[0] as SavedExcerpt) });
    const before = await db.excerpts.toArray();
    db.close();
    const again = await openDatabase(async () => bundle('two'), name, 'two');
    if (!again) throw new Error('did not open');
    expect((await again.meta.get('glossaryHash'))?.value).toBe('two');
    expect(await again.userDocuments.toArray()).toEqual([userDoc('my-a'), userDoc('my-b')]);
    expect(await again.excerpts.toArray()).toEqual(before);
    again.close();
  });
});

describe('v4: my terms', () => {
  it('a 0.3 library and notebook upgrade unchanged, with no terms of mine yet', async () => {
    const name = fresh();
    const ids = await writeWith(3, name, [
      { ...(fc.sample(v1Row, { numRuns: 1, seed: 4 })[0] as object) },
    ]);
    const old = new Dexie(name);
    for (let v = 1; v <= 3; v++) old.version(v).stores(SCHEMAS[v] as Record<string, string>);
    await old.open();
    const before = {
      excerpts: await old.table('excerpts').toArray(),
      docs: [{ id: 'my-1', title: '通知', addedAt: 2 }],
    };
    await old.table('userDocuments').bulkPut(before.docs);
    old.close();
    const db = new PolicyDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect((await db.excerpts.toArray()).map((e) => e.id)).toEqual(ids);
    expect(await db.excerpts.toArray()).toEqual(before.excerpts);
    expect(await db.userDocuments.toArray()).toEqual(before.docs);
    expect(await db.myTerms.count()).toBe(0);
    db.close();
  });

  it('installing a changed glossary leaves my terms and dismissed candidates alone', async () => {
    const name = fresh();
    const db = await openDatabase(async () => bundle('one'), name, 'one');
    if (!db) throw new Error('did not open');
    await db.myTerms.bulkPut([mine('新质生产力'), mine('两个维护')]);
    await db.dismissed.put({ term: '会议', at: 3 });
    db.close();
    const again = await openDatabase(async () => bundle('two'), name, 'two');
    if (!again) throw new Error('did not open');
    expect((await again.myTerms.orderBy('id').toArray()).map((t) => t.term)).toEqual([
      '两个维护',
      '新质生产力',
    ]);
    expect(await again.dismissed.toArray()).toEqual([{ term: '会议', at: 3 }]);
    again.close();
  });
});

describe('the real start-up path', () => {
  it('upgrades a v1 notebook and installs a changed glossary without touching an excerpt', async () => {
    const rows = fc.sample(v1Row, { numRuns: 200, seed: 8 });
    const name = fresh();
    const ids = await writeWith(1, name, rows);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = await openDatabase(async () => bundle('new'), name);
    if (!db) throw new Error('did not open');
    expect((await db.meta.get('glossaryHash'))?.value).toBe('new');
    expect(await db.excerpts.orderBy('id').toArray()).toEqual(
      rows.map((row, i) => upgraded(row, ids[i] as number)),
    );
    db.close();
  });

  it('upgrades while a page of the old version still has the database open', async () => {
    const rows = fc.sample(v1Row, { numRuns: 20, seed: 9 });
    const name = fresh();
    const ids = await writeWith(1, name, rows);
    // The old notebook page: v1, open, reading.
    const old = new Dexie(name);
    old.version(1).stores(SCHEMAS[1] as Record<string, string>);
    await old.open();
    expect(await old.table('excerpts').count()).toBe(rows.length);
    // The new build opens v2: Dexie closes the old connection on versionchange, then upgrades.
    const db = new PolicyDatabase(name);
    await db.open();
    expect(old.isOpen()).toBe(false);
    expect(await db.excerpts.orderBy('id').toArray()).toEqual(
      rows.map((row, i) => upgraded(row, ids[i] as number)),
    );
    db.close();
  });
});

describe('the glossary at news scale replacing the seed-only glossary', () => {
  const full = readBuiltGlossary();
  // The glossary before the news corpus: the entries the seeds use, under another hash.
  const seedOnly: GlossaryBundle = {
    ...full,
    hash: 'seed-only',
    terms: full.terms.filter((t) => t.occurrences.length > 0),
  };

  it('installs over the old glossary and leaves every excerpt of the notebook as it was', async () => {
    const name = fresh();
    const old = await openDatabase(async () => seedOnly, name, seedOnly.hash);
    if (!old) throw new Error('did not open');
    const rows = fc.sample(v1Row, { numRuns: 50, seed: 17 }).map((row, i) => ({
      ...(row as object),
      url: `https://example.org/${i}`,
    }));
    await old.excerpts.bulkAdd(rows as SavedExcerpt[]);
    const before = await old.excerpts.orderBy('id').toArray();
    expect(await old.terms.count()).toBe(seedOnly.terms.length);
    old.close();

    const db = await openDatabase(async () => full, name, full.hash);
    if (!db) throw new Error('did not open');
    expect(await db.terms.count()).toBe(full.terms.length);
    expect(full.terms.length).toBeGreaterThan(seedOnly.terms.length * 3);
    expect((await db.meta.get('glossaryHash'))?.value).toBe(full.hash);
    expect(await db.excerpts.orderBy('id').toArray()).toEqual(before);
    db.close();
  });

  it('does not even read the packaged glossary when IndexedDB already holds its hash', async () => {
    const name = fresh();
    (await openDatabase(async () => full, name, full.hash))?.close();
    const load = vi.fn(async () => full);
    const db = await openDatabase(load, name, full.hash);
    expect(load).not.toHaveBeenCalled();
    expect(await db?.terms.count()).toBe(full.terms.length);
    db?.close();
  });
});
