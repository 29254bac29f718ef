// My terms' container: search, edit in place, delete with undo, and the packs.
import { useMemo, useState } from 'preact/hooks';
import { MyTermsView } from '../../components/my-terms/MyTermsView.tsx';
import type { PolicyDatabase } from '../../lib/db.ts';
import type { UserDocument } from '../../lib/documents/types.ts';
import { termHref } from '../../lib/glossary-page/route.ts';
import { announceMyTermsChanged } from '../../lib/my-glossary/announce.ts';
import type { OwnerOf } from '../../lib/my-glossary/owners.ts';
import { deleteMyTerm, saveMyTerm } from '../../lib/my-glossary/store.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import type { TermEntry } from '../../lib/types.ts';
import { reasonOf } from './Library.tsx';
import { Packs } from './Packs.tsx';
import { EditTerm } from './TermEditor.tsx';

export interface MyTermsProps {
  db: PolicyDatabase;
  terms: MyTerm[];
  docs: UserDocument[];
  byId: ReadonlyMap<string, TermEntry>;
  ownerOf: OwnerOf;
}

/** Newest first: the one added or changed last at the top. */
const newestFirst = (a: MyTerm, b: MyTerm) => b.updatedAt - a.updatedAt;

export function MyTerms({ db, terms, docs, byId, ownerOf }: MyTermsProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [storeError, setStoreError] = useState<string | null>(null);
  const { deleted, remove, undo } = useDeleteWithUndo(db, setStoreError);
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const found = q
      ? terms.filter((x) =>
          [...x.forms, ...x.variants, x.pinyin, x.english, x.definition].some((f) =>
            f.toLowerCase().includes(q),
          ),
        )
      : terms;
    return [...found].sort(newestFirst);
  }, [terms, query]);
  const editTerm = editing ? terms.find((x) => x.id === editing) : undefined;
  return (
    <MyTermsView
      terms={rows}
      total={terms.length}
      query={query}
      editing={
        editTerm
          ? {
              id: editTerm.id,
              body: (
                <EditTerm
                  db={db}
                  term={editTerm}
                  ownerOf={ownerOf}
                  onDone={() => setEditing(null)}
                />
              ),
            }
          : null
      }
      deleted={deleted?.term ?? null}
      storeError={storeError}
      termHref={termHref}
      aliasLabel={(id) => byId.get(id)?.term ?? id}
      onQuery={setQuery}
      onEdit={setEditing}
      onDelete={(id) => void remove(id)}
      onUndo={() => void undo()}
      packs={<Packs db={db} terms={terms} docs={docs} ownerOf={ownerOf} />}
    />
  );
}

/** Deletes one of my terms, keeping it to put back while undo is offered. */
export function useDeleteWithUndo(db: PolicyDatabase, onError: (message: string | null) => void) {
  const [deleted, setDeleted] = useState<MyTerm | null>(null);
  const change = async (write: () => Promise<void>) => {
    try {
      await write();
      onError(null);
    } catch (error) {
      onError(reasonOf(error));
      return;
    }
    await announceMyTermsChanged();
  };
  return {
    deleted,
    remove: (id: string) =>
      change(async () => {
        const row = await deleteMyTerm(db, id);
        if (row) setDeleted(row);
      }),
    undo: () =>
      change(async () => {
        if (!deleted) return;
        await saveMyTerm(db, deleted);
        setDeleted(null);
      }),
  };
}
