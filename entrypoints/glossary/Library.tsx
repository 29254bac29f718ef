// The library container: reads the user's documents (live, so the popup's "add this page" shows
// up at once), reads new files and pasted text, and writes through lib/documents/store.ts.
import { useMemo, useState } from 'preact/hooks';
import { LibraryView } from '../../components/library/LibraryView.tsx';
import type { AddStatus } from '../../components/library/LibraryAdd.tsx';
import type { PolicyDatabase } from '../../lib/db.ts';
import { DocumentError } from '../../lib/documents/errors.ts';
import {
  type LibrarySort,
  searchLibrary,
  sortLibrary,
  totalSize,
} from '../../lib/documents/library.ts';
import {
  addUserDocument,
  deleteUserDocument,
  restoreUserDocument,
  updateMetadata,
} from '../../lib/documents/store.ts';
import type { ParsedDocument, UserDocument } from '../../lib/documents/types.ts';
import { docHref } from '../../lib/glossary-page/route.ts';
import { t } from '../../lib/i18n.ts';

const parsers = () => import('../../lib/documents/browser-parsers.ts');

/** A refusal in the user's language; anything unexpected with its own message. */
export function reasonOf(error: unknown): string {
  if (error instanceof DocumentError) return t(`docError_${error.code}`);
  return (error as Error)?.message || String(error);
}

export function Library({ db, docs }: { db: PolicyDatabase; docs: UserDocument[] }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('date-desc');
  const [status, setStatus] = useState<AddStatus | null>(null);
  const [deleted, setDeleted] = useState<UserDocument | null>(null);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const rows = useMemo(() => sortLibrary(searchLibrary(docs, query), sort), [docs, query, sort]);

  const add = async (name: string, read: () => Promise<ParsedDocument>): Promise<boolean> => {
    setStatus({ kind: 'busy', name });
    try {
      const row = await addUserDocument(db, await read());
      setStatus({ kind: 'added', title: row.title, href: docHref(row.id) });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', name, reason: reasonOf(error) });
      return false;
    }
  };
  const change = (write: () => Promise<unknown>) =>
    write().then(
      () => setStoreError(null),
      (error: unknown) => setStoreError(reasonOf(error)),
    );

  return (
    <LibraryView
      rows={rows}
      count={docs.length}
      size={totalSize(docs)}
      query={query}
      sort={sort}
      status={status}
      deleted={deleted?.title ?? null}
      storeError={storeError}
      editing={editing}
      docHref={(id) => docHref(id)}
      onQuery={setQuery}
      onSort={setSort}
      onFiles={async (files) => {
        // One at a time: pdf.js runs one worker, and the status line names the file being read.
        for (const file of files)
          await add(file.name, async () => (await parsers()).readFile(file));
      }}
      onPaste={(text) =>
        add(t('libraryPasted'), async () => (await parsers()).readPastedText(text))
      }
      onDelete={(id) =>
        change(async () => {
          const row = await deleteUserDocument(db, id);
          if (row) setDeleted(row);
        })
      }
      onUndo={() => {
        const row = deleted;
        if (!row) return;
        void change(async () => {
          await restoreUserDocument(db, row);
          setDeleted(null);
        });
      }}
      onEdit={setEditing}
      onSaveMeta={(id, meta) =>
        change(async () => {
          await updateMetadata(db, id, meta);
          setEditing(null);
        })
      }
    />
  );
}
