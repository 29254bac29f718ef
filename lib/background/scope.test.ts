// What a content script may do to the notebook: only its own page's excerpts, whatever ids it
// sends (a compromised renderer can send any well-formed message).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { makeExcerpt } from '../testing/excerpts.ts';
import { createHandlers, type Handlers } from './handlers.ts';
import { testIndex } from '../testing/match-index.ts';

const mine = 'https://www.moe.gov.cn/a.html';
const other = 'https://news.example.cn/b.html';

let db: PolicyDatabase;
let handlers: Handlers;
let n = 0;
beforeEach(async () => {
  db = new PolicyDatabase(`scope-${++n}`);
  await db.open();
  await db.excerpts.bulkAdd([
    makeExcerpt({ id: 1, url: mine, note: '我的' }),
    makeExcerpt({ id: 2, url: other, note: '别人的' }),
  ]);
  handlers = createHandlers({
    bundle: async () => ({
      schema: 1,
      version: 'v',
      hash: 'h',
      terms: [],
      documents: [],
      index: testIndex({ hash: 'h' }),
    }),
    db: async () => db,
    openPage: async () => undefined,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('a content script', () => {
  it('edits and deletes the excerpts of its own page', async () => {
    const scope = { page: mine };
    expect(
      await handlers['excerpt/update']({ type: 'excerpt/update', id: 1, note: '改了' }, scope),
    ).toEqual({ ok: true });
    expect((await db.excerpts.get(1))?.note).toBe('改了');
    expect(await handlers['excerpt/delete']({ type: 'excerpt/delete', id: 1 }, scope)).toEqual({
      deleted: true,
    });
  });

  it('cannot edit or delete another page’s excerpt by its id', async () => {
    const scope = { page: mine };
    expect(
      await handlers['excerpt/update']({ type: 'excerpt/update', id: 2, note: 'pwned' }, scope),
    ).toEqual({ error: 'the excerpt is no longer in the notebook' });
    expect(await handlers['excerpt/delete']({ type: 'excerpt/delete', id: 2 }, scope)).toEqual({
      deleted: false,
    });
    expect(await db.excerpts.get(2)).toMatchObject({ note: '别人的', url: other });
  });

  it('leaves the notebook page free to edit any excerpt', async () => {
    expect(
      await handlers['excerpt/update']({ type: 'excerpt/update', id: 2, note: '笔记本页面' }),
    ).toEqual({ ok: true });
    expect((await db.excerpts.get(2))?.note).toBe('笔记本页面');
  });
});
