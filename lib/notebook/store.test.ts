// The notebook's one write path: what every caller (background handlers, the notebook page)
// gets the same way. Scope rules are tested through the handlers in lib/background/scope.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import {
  addExcerpt,
  deleteExcerpt,
  describeDbError,
  excerptsOfPage,
  recordAnchoring,
  restoreExcerpt,
  updateExcerpt,
} from './store.ts';

const draft = {
  exact: '落实立德树人根本任务',
  prefix: '全面贯彻党的教育方针，',
  suffix: '，加快建设教育强国',
  start: 12,
  end: 22,
  url: 'https://WWW.moe.gov.cn/a.html?utm_source=x#top',
  title: '通知',
  terms: ['lide-shuren', 'lide-shuren', 'jiaoyu-qiangguo'],
};

let db: PolicyDatabase;
let n = 0;
beforeEach(async () => {
  db = new PolicyDatabase(`store-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the notebook store', () => {
  it('adds an excerpt under its normalized page, terms once each, empty note and tags', async () => {
    const id = await addExcerpt(db, draft, 1_000);
    const row = await db.excerpts.get(id);
    expect(row).toMatchObject({
      url: 'https://www.moe.gov.cn/a.html',
      site: 'www.moe.gov.cn',
      terms: ['lide-shuren', 'jiaoyu-qiangguo'],
      note: '',
      tags: [],
      createdAt: 1_000,
      updatedAt: 1_000,
    });
    expect(
      (await excerptsOfPage(db, 'https://www.moe.gov.cn/a.html#other')).map((e) => e.id),
    ).toEqual([id]);
  });

  it('cleans a note and tags and moves updatedAt on every edit', async () => {
    const id = await addExcerpt(db, draft, 1_000);
    expect(await updateExcerpt(db, id, { note: '  要点  ', tags: [' #教育 ', '教育', ''] })).toBe(
      true,
    );
    const row = await db.excerpts.get(id);
    expect(row?.note).toBe('要点');
    expect(row?.tags).toEqual(['教育']);
    expect(row?.updatedAt).toBeGreaterThan(1_000);
    expect(await updateExcerpt(db, 999, { note: 'x' })).toBe(false);
  });

  it('keeps what an edit leaves out', async () => {
    const id = await addExcerpt(db, draft);
    await updateExcerpt(db, id, { note: '要点', tags: ['教育'] });
    await updateExcerpt(db, id, { tags: ['改革'] });
    expect(await db.excerpts.get(id)).toMatchObject({ note: '要点', tags: ['改革'] });
  });

  it('deletes only within its scope, and restores under the same id', async () => {
    const id = await addExcerpt(db, draft);
    expect(await deleteExcerpt(db, id, 'https://news.example.cn/b.html')).toBeUndefined();
    const deleted = await deleteExcerpt(db, id, 'https://www.moe.gov.cn/a.html');
    expect(deleted?.id).toBe(id);
    expect(await db.excerpts.count()).toBe(0);
    await restoreExcerpt(db, deleted as NonNullable<typeof deleted>);
    expect((await db.excerpts.get(id))?.exact).toBe(draft.exact);
  });

  it("records anchoring results for the page's own excerpts only", async () => {
    const mine = await addExcerpt(db, draft);
    const theirs = await addExcerpt(db, { ...draft, url: 'https://news.example.cn/b.html' });
    const updated = await recordAnchoring(
      db,
      draft.url,
      [
        { id: mine, status: 'found', method: 'quote' },
        { id: theirs, status: 'orphan' },
      ],
      5,
    );
    expect(updated).toBe(1);
    expect((await db.excerpts.get(mine))?.anchor).toEqual({
      status: 'found',
      method: 'quote',
      checkedAt: 5,
    });
    expect((await db.excerpts.get(theirs))?.anchor).toBeUndefined();
  });

  it('words a full disk so a reader knows what to do', () => {
    expect(describeDbError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(
      /no storage space/,
    );
    expect(describeDbError(Object.assign(new Error('x'), { name: 'ConstraintError' }))).toMatch(
      /ConstraintError/,
    );
  });
});
