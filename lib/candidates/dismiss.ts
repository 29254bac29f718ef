// Undoing a dismissal: the candidate is offered again (store.ts remembers dismissals).
import type { PolicyDatabase } from '../db.ts';

export async function restoreCandidate(db: PolicyDatabase, term: string): Promise<void> {
  await db.dismissed.delete(term);
}
