import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { addExcerpt } from '../notebook/store.ts';
import { mine } from '../testing/my-terms.ts';
import { exportPack } from './pack.ts';
import { previewPack } from './preview.ts';
import {
  applyPack,
  deleteMyTerm,
  dismissCandidate,
  dismissedCandidates,
  listMyTerms,
  saveEditedMyTerm,
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

describe('a term whose headword was edited', () => {
  const excerpt = (exact: string, terms: string[]) => ({
    exact,
    prefix: '',
    suffix: '',
    start: 0,
    end: exact.length,
    url: 'https://example.org/a',
    title: 'A',
    terms,
  });
  const termsOf = async (id: number) => (await db.excerpts.get(id))?.terms;

  it('moves to its new id, keeping its first date, and the notebook follows', async () => {
    db = new PolicyDatabase('my-terms-rename');
    await saveMyTerm(db, mine('强师工程', { createdAt: 5, updatedAt: 5 }));
    await saveMyTerm(db, mine('家校共育'));
    const both = await addExcerpt(
      db,
      excerpt('强师工程和家校共育', ['my:强师工程', 'my:家校共育']),
    );
    const other = await addExcerpt(db, excerpt('家校共育', ['my:家校共育', 'li-de-shu-ren']));
    const renamed = mine('强师计划', { english: 'teachers', createdAt: 9, updatedAt: 9 });
    expect(await saveEditedMyTerm(db, 'my:强师工程', renamed)).toBe(true);
    expect(await db.myTerms.get('my:强师工程')).toBeUndefined();
    expect(await db.myTerms.get('my:强师计划')).toMatchObject({
      term: '强师计划',
      english: 'teachers',
      createdAt: 5,
      updatedAt: 9,
    });
    expect(await termsOf(both)).toEqual(['my:强师计划', 'my:家校共育']);
    expect(await termsOf(other)).toEqual(['my:家校共育', 'li-de-shu-ren']);
    // The multi-entry index follows the rows: the notebook's term filter finds the new id.
    expect(await db.excerpts.where('terms').equals('my:强师工程').count()).toBe(0);
    expect(await db.excerpts.where('terms').equals('my:强师计划').primaryKeys()).toEqual([both]);
  });

  it('names a term once in an excerpt that had both the old and the new id', async () => {
    db = new PolicyDatabase('my-terms-rename-merge');
    await saveMyTerm(db, mine('强师工程'));
    const id = await addExcerpt(db, excerpt('强师', ['my:强师工程', 'my:强师计划']));
    expect(await saveEditedMyTerm(db, 'my:强师工程', mine('强师计划'))).toBe(true);
    expect(await termsOf(id)).toEqual(['my:强师计划']);
  });

  it('writes nothing when the new headword is another of my terms', async () => {
    db = new PolicyDatabase('my-terms-rename-taken');
    await saveMyTerm(db, mine('强师工程'));
    await saveMyTerm(db, mine('强师计划', { english: 'already here' }));
    const id = await addExcerpt(db, excerpt('强师工程', ['my:强师工程']));
    expect(await saveEditedMyTerm(db, 'my:强师工程', mine('强师计划'))).toBe(false);
    expect((await listMyTerms(db)).map((t) => [t.term, t.english]).sort()).toEqual([
      ['强师工程', ''],
      ['强师计划', 'already here'],
    ]);
    expect(await termsOf(id)).toEqual(['my:强师工程']);
  });

  it('keeps the old row and the notebook as they were when a write fails', async () => {
    db = new PolicyDatabase('my-terms-rename-atomic');
    await saveMyTerm(db, mine('强师工程'));
    const id = await addExcerpt(db, excerpt('强师工程', ['my:强师工程']));
    vi.spyOn(db.excerpts, 'where').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(saveEditedMyTerm(db, 'my:强师工程', mine('强师计划'))).rejects.toThrow(
      'disk full',
    );
    vi.restoreAllMocks();
    expect((await listMyTerms(db)).map((t) => t.term)).toEqual(['强师工程']);
    expect(await termsOf(id)).toEqual(['my:强师工程']);
  });

  it('is a plain save when the headword stayed', async () => {
    db = new PolicyDatabase('my-terms-rename-same');
    await saveMyTerm(db, mine('强师工程', { createdAt: 2 }));
    expect(
      await saveEditedMyTerm(db, 'my:强师工程', mine('强师工程', { english: 'x', createdAt: 8 })),
    ).toBe(true);
    expect(await db.myTerms.get('my:强师工程')).toMatchObject({ english: 'x', createdAt: 2 });
  });
});
