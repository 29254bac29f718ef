import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { readPastedText } from './read-file.ts';
import {
  addUserDocument,
  deleteUserDocument,
  metadataProblem,
  restoreUserDocument,
  sizeOf,
  updateMetadata,
} from './store.ts';

let db: PolicyDatabase;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const parsed = () =>
  readPastedText('关于做好教育工作的通知\n\n全面贯彻党的教育方针，落实立德树人根本任务。');

describe('the library store', () => {
  it('adds a document with an id apart from the seeds, its size, and the notebook untouched', async () => {
    db = new PolicyDatabase('store-add');
    const row = await addUserDocument(db, parsed(), 1000);
    expect(row.id).toMatch(/^my-[0-9a-f]{12}$/u);
    expect(row).toMatchObject({ title: '关于做好教育工作的通知', format: 'paste', addedAt: 1000 });
    const { size, ...rest } = row;
    expect(size).toBe(sizeOf(rest));
    expect(size).toBeGreaterThan(new TextEncoder().encode(row.text).byteLength);
    expect(await db.userDocuments.get(row.id)).toEqual(row);
    expect(await db.excerpts.count()).toBe(0);
  });

  it('deletes and puts back the very same row (undo)', async () => {
    db = new PolicyDatabase('store-undo');
    const row = await addUserDocument(db, parsed());
    const removed = await deleteUserDocument(db, row.id);
    expect(await db.userDocuments.count()).toBe(0);
    await restoreUserDocument(db, removed as NonNullable<typeof removed>);
    expect(await db.userDocuments.get(row.id)).toEqual(row);
    expect(await deleteUserDocument(db, 'my-none')).toBeUndefined();
  });

  it('edits metadata, keeps the text, and refuses an empty title or a bad date', async () => {
    db = new PolicyDatabase('store-edit');
    const row = await addUserDocument(db, parsed(), 1);
    const meta = { ...row, title: ' 新标题 ', date: '2024-03-05', docNumber: '教基〔2024〕1号' };
    await updateMetadata(db, row.id, meta, 2);
    const after = await db.userDocuments.get(row.id);
    expect(after).toMatchObject({
      title: '新标题',
      date: '2024-03-05',
      updatedAt: 2,
      text: row.text,
    });
    expect(metadataProblem({ ...meta, title: ' ' })).toBe('title');
    expect(metadataProblem({ ...meta, date: '2024年3月' })).toBe('date');
    await expect(updateMetadata(db, row.id, { ...meta, title: '' })).rejects.toThrow(RangeError);
    expect((await db.userDocuments.get(row.id))?.title).toBe('新标题');
  });
});
