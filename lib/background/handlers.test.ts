// The notebook's background handlers against a real (fake-indexeddb) database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { parseRequest } from '../messaging.ts';
import type { GlossaryBundle } from '../types.ts';
import { describeDbError } from '../notebook/store.ts';
import { createHandlers, type Handlers } from './handlers.ts';
import { readPageArticle } from '../documents/read-file.ts';
import { testIndex } from '../testing/match-index.ts';

const bundle: GlossaryBundle = {
  schema: 1,
  version: 'test',
  hash: 'h',
  terms: [],
  documents: [],
  index: testIndex({ hash: 'h' }),
};

const excerpt = {
  exact: '落实立德树人根本任务',
  prefix: '高举中国特色社会主义伟大旗帜，',
  suffix: '，奋力建设高质量教育体系',
  start: 120,
  end: 130,
  url: 'https://www.moe.gov.cn/a.html?utm_source=wechat&id=7#top',
  title: '通知',
  terms: ['lide-shuren', 'lide-shuren'],
};

let db: PolicyDatabase;
let handlers: Handlers;
let name = 0;
beforeEach(async () => {
  db = new PolicyDatabase(`handlers-${++name}`);
  await db.open();
  handlers = createHandlers({
    bundle: async () => bundle,
    db: async () => db,
    openPage: async () => undefined,
  });
});
afterEach(async () => {
  await db.delete();
});

async function save(overrides: Partial<typeof excerpt> = {}): Promise<number> {
  const result = await handlers['excerpt/save']({
    type: 'excerpt/save',
    excerpt: { ...excerpt, ...overrides },
  });
  if (!('id' in result)) throw new Error(result.error);
  return result.id;
}

describe('excerpt/save', () => {
  it('stores the normalized URL, site, time and unique terms', async () => {
    const before = Date.now();
    const id = await save();
    const row = await db.excerpts.get(id);
    expect(row).toMatchObject({
      exact: excerpt.exact,
      prefix: excerpt.prefix,
      suffix: excerpt.suffix,
      start: 120,
      end: 130,
      url: 'https://www.moe.gov.cn/a.html?id=7',
      site: 'www.moe.gov.cn',
      title: '通知',
      terms: ['lide-shuren'],
      note: '',
      tags: [],
    });
    expect(row?.createdAt).toBeGreaterThanOrEqual(before);
    expect(row?.updatedAt).toBe(row?.createdAt);
  });

  it('says why when there is no database', async () => {
    const none = createHandlers({
      bundle: async () => bundle,
      db: async () => null,
      openPage: async () => undefined,
    });
    const result = await none['excerpt/save']({ type: 'excerpt/save', excerpt });
    expect(result).toEqual({ error: expect.stringContaining('unavailable') });
  });
});

describe('excerpt/update', () => {
  it('sets the note and tags, cleaned, and the edit time', async () => {
    const id = await save();
    const result = await handlers['excerpt/update']({
      type: 'excerpt/update',
      id,
      note: '  to quote in the report ',
      tags: ['education', ' education ', '#policy', ''],
    });
    expect(result).toEqual({ ok: true });
    const row = await db.excerpts.get(id);
    expect(row?.note).toBe('to quote in the report');
    expect(row?.tags).toEqual(['education', 'policy']);
    expect(row?.updatedAt).toBeGreaterThanOrEqual(row?.createdAt as number);
  });

  it('leaves the tags alone when only the note changes', async () => {
    const id = await save();
    await handlers['excerpt/update']({ type: 'excerpt/update', id, tags: ['a'] });
    await handlers['excerpt/update']({ type: 'excerpt/update', id, note: 'n' });
    expect(await db.excerpts.get(id)).toMatchObject({ note: 'n', tags: ['a'] });
  });

  it('reports an excerpt that is gone', async () => {
    const result = await handlers['excerpt/update']({ type: 'excerpt/update', id: 999, note: 'x' });
    expect(result).toEqual({ error: expect.stringContaining('no longer') });
  });
});

describe('excerpt/delete', () => {
  it('deletes one excerpt and says whether it was there', async () => {
    const keep = await save();
    const drop = await save({ exact: '建设教育强国' });
    expect(await handlers['excerpt/delete']({ type: 'excerpt/delete', id: drop })).toEqual({
      deleted: true,
    });
    expect(await handlers['excerpt/delete']({ type: 'excerpt/delete', id: drop })).toEqual({
      deleted: false,
    });
    expect((await db.excerpts.toArray()).map((r) => r.id)).toEqual([keep]);
  });
});

describe('excerpt/forPage', () => {
  it('returns the excerpts of the page, whatever tracking parameters the address has', async () => {
    const id = await save();
    await save({ url: 'https://www.moe.gov.cn/other.html' });
    const rows = await handlers['excerpt/forPage']({
      type: 'excerpt/forPage',
      url: 'https://www.moe.gov.cn/a.html?id=7&fbclid=abc',
    });
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(rows[0]).toMatchObject({ exact: excerpt.exact, start: 120, end: 130, note: '' });
  });
});

describe('excerpt/anchored', () => {
  it('records found and orphaned excerpts of that page only', async () => {
    const found = await save();
    const orphan = await save({ exact: '建设教育强国' });
    const elsewhere = await save({ url: 'https://example.com/' });
    const result = await handlers['excerpt/anchored']({
      type: 'excerpt/anchored',
      url: excerpt.url,
      results: [
        { id: found, status: 'found', method: 'fuzzy' },
        { id: orphan, status: 'orphan' },
        { id: elsewhere, status: 'orphan' },
      ],
    });
    expect(result).toEqual({ updated: 2 });
    expect((await db.excerpts.get(found))?.anchor).toMatchObject({
      status: 'found',
      method: 'fuzzy',
    });
    expect((await db.excerpts.get(orphan))?.anchor?.status).toBe('orphan');
    expect((await db.excerpts.get(elsewhere))?.anchor).toBeUndefined();
  });
});

describe('describeDbError', () => {
  it('names a full disk plainly', () => {
    const quota = Object.assign(new Error('x'), { name: 'QuotaExceededError' });
    expect(describeDbError(quota)).toContain('no storage space');
    expect(describeDbError(new Error('boom'))).toContain('could not be written');
  });
});

describe('the message contract for notebook edits', () => {
  it('accepts well-formed edits and refuses malformed ones', () => {
    expect(parseRequest({ type: 'excerpt/update', id: 3, note: 'n', tags: ['t'] })).toBeTruthy();
    expect(parseRequest({ type: 'excerpt/delete', id: 3 })).toBeTruthy();
    for (const bad of [
      { type: 'excerpt/update', id: 0, note: 'n' },
      { type: 'excerpt/update', id: 1.5 },
      { type: 'excerpt/update', id: 1, note: 'x'.repeat(10_001) },
      { type: 'excerpt/update', id: 1, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { type: 'excerpt/delete', id: '3' },
      { type: 'excerpt/anchored', url: 'u', results: [{ id: 1, status: 'lost' }] },
    ]) {
      expect(parseRequest(bad)).toBeUndefined();
    }
  });
});

describe('document/add', () => {
  it("stores a page's article in the library and nothing else", async () => {
    const doc = readPageArticle({
      url: 'https://www.gov.cn/zhengce/a.html',
      title: '国务院关于教育的通知',
      paragraphs: ['国务院关于教育的通知', '要落实立德树人根本任务。', '国务院', '2024年3月5日'],
    });
    const request = parseRequest({ type: 'document/add', doc });
    if (request?.type !== 'document/add') throw new Error('the request did not validate');
    const result = await handlers['document/add'](request);
    if (!('id' in result)) throw new Error(result.error);
    expect(result.title).toBe('国务院关于教育的通知');
    const row = await db.userDocuments.get(result.id);
    expect(row).toMatchObject({
      format: 'page',
      source: 'https://www.gov.cn/zhengce/a.html',
      date: '2024-03-05',
      issuer: '国务院',
      text: doc.text,
    });
    expect(await db.excerpts.count()).toBe(0);
  });
});

describe('glossary/warm', () => {
  it('loads the glossary once, ahead of the first term view', async () => {
    const load = vi.fn(async () => bundle);
    const warm = createHandlers({
      bundle: load,
      db: async () => db,
      openPage: async () => undefined,
    });
    expect(await warm['glossary/warm']({ type: 'glossary/warm', script: 'tw' })).toEqual({
      ok: true,
    });
    expect(load).toHaveBeenCalledTimes(1);
    await warm['glossary/term']({ type: 'glossary/term', id: 'nothing-such', script: 'tw' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
