import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { mine } from '../testing/my-terms.ts';
import { exportPack } from './pack.ts';
import { previewPack } from './preview.ts';
import {
  applyPack,
  deleteMyTerm,
  dismissCandidate,
  dismissedCandidates,
  listMyTerms,
  saveMyTerm,
} from './store.ts';

let db: PolicyDatabase;
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});
const none = () => null;

describe('my terms in the database', () => {
  it('saves, replaces keeping the first date, lists newest first and deletes', async () => {
    db = new PolicyDatabase('my-terms-save');
    await saveMyTerm(db, mine('两个维护', { createdAt: 10, updatedAt: 10 }));
    await saveMyTerm(db, mine('新质生产力', { createdAt: 20, updatedAt: 20 }));
    await saveMyTerm(
      db,
      mine('两个维护', { english: 'Two Upholds', createdAt: 30, updatedAt: 30 }),
    );
    const list = await listMyTerms(db);
    expect(list.map((t) => [t.term, t.createdAt, t.english])).toEqual([
      ['两个维护', 10, 'Two Upholds'],
      ['新质生产力', 20, ''],
    ]);
    expect((await deleteMyTerm(db, list[0]?.id as string))?.term).toBe('两个维护');
    expect((await listMyTerms(db)).map((t) => t.term)).toEqual(['新质生产力']);
  });

  it('remembers dismissed candidates', async () => {
    db = new PolicyDatabase('my-terms-dismiss');
    await dismissCandidate(db, '会议');
    await dismissCandidate(db, '会议');
    expect(await dismissedCandidates(db)).toEqual(new Set(['会议']));
  });

  it('applies new terms, and changed ones only when asked', async () => {
    db = new PolicyDatabase('my-terms-pack');
    await saveMyTerm(db, mine('两个维护', { english: 'mine', createdAt: 5 }));
    const pack = exportPack([mine('两个维护', { english: 'theirs' }), mine('乡村全面振兴')]);
    const preview = previewPack(pack, await listMyTerms(db), none);
    expect(await applyPack(db, preview, { updateChanged: false, now: 50 })).toEqual({
      added: 1,
      updated: 0,
    });
    expect((await db.myTerms.get('my:两个维护'))?.english).toBe('mine');
    expect(await applyPack(db, preview, { updateChanged: true, now: 60 })).toEqual({
      added: 0,
      updated: 2,
    });
    expect(await db.myTerms.get('my:两个维护')).toMatchObject({
      english: 'theirs',
      createdAt: 5,
      updatedAt: 60,
    });
  });

  it('applies nothing when one write fails', async () => {
    db = new PolicyDatabase('my-terms-atomic');
    const pack = exportPack([mine('甲乙'), mine('丙丁'), mine('戊己')]);
    const preview = previewPack(pack, [], none);
    const put = db.myTerms.put.bind(db.myTerms);
    let calls = 0;
    vi.spyOn(db.myTerms, 'put').mockImplementation((row, key) => {
      if (++calls === 3) return Dexie.Promise.reject(new Error('disk full')) as never;
      return put(row, key);
    });
    await expect(applyPack(db, preview, { updateChanged: true })).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.myTerms.count()).toBe(0);
  });
});
