// Data safety: a database written by the first released schema (v1) opens in the current
// PolicyDatabase with every excerpt intact, and glossary updates never touch the notebook.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { installGlossary, PolicyDatabase } from './db.ts';
import type { GlossaryBundle } from './types.ts';
import { testIndex } from './testing/match-index.ts';

const V1_EXCERPTS = [
  {
    id: 1,
    exact: '落实立德树人根本任务',
    prefix: '高举中国特色社会主义伟大旗帜，',
    suffix: '，奋力建设高质量教育体系',
    start: 444,
    end: 454,
    url: 'https://www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/202210/t20221031_1.html',
    title: '教育部党组印发通知',
    site: 'www.moe.gov.cn',
    createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    terms: ['lide-shuren'],
    note: '引用：第三段',
    tags: ['教育', 'report'],
  },
  {
    id: 2,
    exact: '要深刻領悟“兩個確立”的決定性意義',
    prefix: '會議強調,',
    suffix: ',堅持穩中求進',
    start: 310,
    end: 327,
    url: 'https://news.example.tw/n/2024-0111',
    title: '2024年全國教育工作會議召開',
    site: 'news.example.tw',
    createdAt: Date.UTC(2025, 5, 1),
    terms: ['liangge-queli'],
    note: '',
    tags: [],
  },
];

/** The v1 schema exactly as 0.1.0 declared it: the fixture is written with it, not with ours. */
async function writeV1Fixture(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    terms: 'id, category',
    documents: 'id',
    excerpts: '++id, url, site, createdAt, *terms, *tags',
    meta: 'key',
  });
  await v1.open();
  await v1.table('excerpts').bulkAdd(V1_EXCERPTS);
  await v1.table('meta').put({ key: 'glossaryHash', value: 'old' });
  v1.close();
}

const bundle = (hash: string): GlossaryBundle => ({
  schema: 1,
  version: hash,
  hash,
  terms: [],
  documents: [
    {
      id: 'doc',
      file: 'doc.txt',
      title: 't',
      issuer: 'i',
      date: '2025-01-01',
      script: 'simplified',
      text: '',
      blocks: [],
    },
  ],
  index: testIndex({ hash }),
});

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('schema upgrade from v1', () => {
  it('keeps every excerpt, field for field, and backfills updatedAt', async () => {
    await writeV1Fixture('upgrade-1');
    const db = new PolicyDatabase('upgrade-1');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    const rows = await db.excerpts.orderBy('id').toArray();
    expect(rows).toEqual(V1_EXCERPTS.map((row) => ({ ...row, updatedAt: row.createdAt })));
    // The indexes still answer the queries the notebook makes.
    expect(await db.excerpts.where('tags').equals('教育').primaryKeys()).toEqual([1]);
    expect(
      await db.excerpts
        .where('url')
        .equals(V1_EXCERPTS[1]?.url as string)
        .count(),
    ).toBe(1);
  });

  it('leaves the notebook untouched when a new glossary is installed', async () => {
    await writeV1Fixture('upgrade-2');
    const db = new PolicyDatabase('upgrade-2');
    opened.push(db);
    await db.open();
    const before = await db.excerpts.toArray();
    expect(await installGlossary(db, bundle('new'))).toBe(true);
    expect(await installGlossary(db, bundle('new'))).toBe(false);
    expect(await db.documents.count()).toBe(1);
    expect(await db.excerpts.toArray()).toEqual(before);
  });
});
