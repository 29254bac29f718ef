// The extension's IndexedDB, in the extension origin (a content script's IndexedDB would
// belong to the page's site). The schema history is append-only: never edit a released
// version() block; add a new one with an upgrader instead.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { UserDocument } from './documents/types.ts';
import type { MyTerm } from './my-glossary/types.ts';
import type { GlossaryBundle, SeedDocument, TermEntry } from './types.ts';

export interface SavedExcerpt {
  id: number;
  exact: string;
  /** TextQuoteSelector context and TextPositionSelector, as in the W3C Web Annotation model. */
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  url: string;
  title: string;
  site: string;
  createdAt: number;
  terms: string[];
  note: string;
  tags: string[];
  /** Since v2: last edit of the note or tags (v1 rows get createdAt). */
  updatedAt: number;
  /** Since v2: what the last visit of the page found; absent until the page is visited again. */
  anchor?: ExcerptAnchorState;
}

export interface ExcerptAnchorState {
  /** Orphans are kept and listed: the page changed too much, or the passage left it. */
  status: 'found' | 'orphan';
  method?: 'quote' | 'position' | 'fuzzy';
  checkedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'policy-terms';

export class PolicyDatabase extends Dexie {
  terms!: Table<TermEntry, string>;
  documents!: Table<SeedDocument, string>;
  excerpts!: EntityTable<SavedExcerpt, 'id'>;
  meta!: Table<MetaRow, string>;
  /** Since v3: the user's own documents (lib/documents/), apart from the seeds the glossary replaces. */
  userDocuments!: Table<UserDocument, string>;
  /** Since v4: the user's own glossary entries (lib/my-glossary/), and candidates they dismissed. */
  myTerms!: Table<MyTerm, string>;
  dismissed!: Table<{ term: string; at: number }, string>;

  constructor(name = DB_NAME) {
    super(name);
    // v1 (0.1.0): indexes are only what where() queries use.
    this.version(1).stores({
      terms: 'id, category',
      documents: 'id',
      excerpts: '++id, url, site, createdAt, *terms, *tags',
      meta: 'key',
    });
    // v2 (0.2.0): excerpts carry updatedAt and the last anchoring result. No index changes;
    // the upgrader backfills updatedAt so every row has the same shape.
    this.version(2)
      .stores({ excerpts: '++id, url, site, createdAt, *terms, *tags' })
      .upgrade((tx) =>
        tx
          .table('excerpts')
          .toCollection()
          .modify((row: Partial<SavedExcerpt>) => {
            row.updatedAt ??= row.createdAt ?? Date.now();
            row.note ??= '';
            row.tags ??= [];
            row.terms ??= [];
          }),
      );
    // v3: the library of the user's documents, its own table so installGlossary (which clears
    // `documents`) never touches it. addedAt orders the list; nothing else is queried.
    this.version(3).stores({ userDocuments: 'id, addedAt' });
    // v4: my terms (listed newest first, looked up by headword) and dismissed candidates; like
    // userDocuments, outside what installGlossary replaces.
    this.version(4).stores({ myTerms: 'id, &term, updatedAt', dismissed: 'term' });
  }
}

/**
 * Replaces the glossary tables with the bundle when its hash differs from what is stored.
 * Only glossary tables are touched: the notebook (excerpts) is never part of this transaction.
 */
export async function installGlossary(
  db: PolicyDatabase,
  bundle: GlossaryBundle,
): Promise<boolean> {
  return db.transaction('rw', db.terms, db.documents, db.meta, async () => {
    const stored = await db.meta.get('glossaryHash');
    if (stored?.value === bundle.hash) return false;
    await db.terms.clear();
    await db.documents.clear();
    await db.terms.bulkPut(bundle.terms);
    await db.documents.bulkPut(bundle.documents);
    await db.meta.put({ key: 'glossaryHash', value: bundle.hash });
    await db.meta.put({ key: 'glossaryVersion', value: bundle.version });
    return true;
  });
}
