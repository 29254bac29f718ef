// Extension pages (popup, glossary) read the glossary from IndexedDB, which the background keeps
// current. When IndexedDB cannot be used (a private window, a broken or locked profile, a full
// disk), they read the copy packaged with the extension instead, fetched only then.
import type { PolicyDatabase } from './db.ts';
import { fetchPackagedGlossary } from './packaged-glossary.ts';
import type { GlossaryBundle, SeedDocument, TermEntry } from './types.ts';

export interface GlossaryTables {
  terms: TermEntry[];
  documents: SeedDocument[];
  /** True when IndexedDB failed and these come from the packaged copy. */
  packaged: boolean;
}

export const loadPackagedGlossary = fetchPackagedGlossary;

let warned = false;

export async function readGlossaryTables(
  db: PolicyDatabase,
  loadPackaged: () => Promise<GlossaryBundle> = loadPackagedGlossary,
): Promise<GlossaryTables> {
  try {
    const [terms, documents] = await Promise.all([db.terms.toArray(), db.documents.toArray()]);
    // Empty right after install (the background is still writing it) or after a failed write:
    // the packaged copy is the same glossary, and liveQuery refires once the table fills.
    if (terms.length > 0) return { terms, documents, packaged: false };
  } catch (error) {
    if (!warned)
      console.warn('policy-terms: IndexedDB unavailable, using the packaged glossary', error);
    warned = true;
  }
  const bundle = await loadPackaged();
  return { terms: bundle.terms, documents: bundle.documents, packaged: true };
}
