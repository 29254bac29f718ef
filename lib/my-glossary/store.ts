// My terms in IndexedDB (table myTerms, and dismissed candidates in table dismissed; schema v4).
// Each write is one transaction: a pack is applied whole or not at all.
import type { PolicyDatabase } from '../db.ts';
import { termOfPack } from './pack.ts';
import type { PackPreview } from './preview.ts';
import type { MyTerm } from './types.ts';

export function listMyTerms(db: PolicyDatabase): Promise<MyTerm[]> {
  return db.myTerms.orderBy('updatedAt').reverse().toArray();
}

/** Adds or replaces one of my terms, keeping when it was first added. */
export async function saveMyTerm(db: PolicyDatabase, term: MyTerm): Promise<void> {
  await db.transaction('rw', db.myTerms, async () => {
    const existing = await db.myTerms.get(term.id);
    await db.myTerms.put({ ...term, createdAt: existing?.createdAt ?? term.createdAt });
  });
}

/**
 * Saves an edited term. When its headword changed, so did its id (`my:` + headword): the old row
 * goes, the new one keeps when it was first added, and notebook excerpts that name the old id
 * name the new one. One transaction, so nothing is half-renamed. Returns false, writing nothing,
 * when another of my terms has the new headword (added in another tab since the form checked).
 */
export async function saveEditedMyTerm(
  db: PolicyDatabase,
  previousId: string,
  term: MyTerm,
): Promise<boolean> {
  if (previousId === term.id) {
    await saveMyTerm(db, term);
    return true;
  }
  return db.transaction('rw', db.myTerms, db.excerpts, async () => {
    if (await db.myTerms.get(term.id)) return false;
    const previous = await db.myTerms.get(previousId);
    await db.myTerms.delete(previousId);
    await db.myTerms.put({ ...term, createdAt: previous?.createdAt ?? term.createdAt });
    await db.excerpts
      .where('terms')
      .equals(previousId)
      .modify((row) => {
        row.terms = [...new Set(row.terms.map((id) => (id === previousId ? term.id : id)))];
      });
    return true;
  });
}

export async function deleteMyTerm(db: PolicyDatabase, id: string): Promise<MyTerm | undefined> {
  return db.transaction('rw', db.myTerms, async () => {
    const row = await db.myTerms.get(id);
    if (row) await db.myTerms.delete(id);
    return row;
  });
}

/** A candidate the user said is not a term: not offered again. */
export async function dismissCandidate(db: PolicyDatabase, term: string): Promise<void> {
  await db.dismissed.put({ term, at: Date.now() });
}

export async function dismissedCandidates(db: PolicyDatabase): Promise<Set<string>> {
  return new Set((await db.dismissed.toArray()).map((row) => row.term));
}

export interface PackResult {
  added: number;
  updated: number;
}

/**
 * Applies a previewed pack: the new terms, and the changed ones when `updateChanged`. One
 * transaction: if any write fails, none stays. A term someone added meanwhile under the same
 * headword is updated only when asked, like a changed one.
 */
export async function applyPack(
  db: PolicyDatabase,
  preview: PackPreview,
  options: { updateChanged: boolean; now?: number },
): Promise<PackResult> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.myTerms, async () => {
    let added = 0;
    let updated = 0;
    for (const term of preview.added) {
      const row = termOfPack(term, now);
      if (await db.myTerms.get(row.id)) {
        if (!options.updateChanged) continue;
        updated++;
      } else added++;
      await db.myTerms.put(row);
    }
    if (options.updateChanged) {
      for (const { term, mine } of preview.changed) {
        await db.myTerms.put({ ...termOfPack(term, now), createdAt: mine.createdAt });
        updated++;
      }
    }
    return { added, updated };
  });
}
