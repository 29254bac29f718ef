// #/term/my:…: one of my terms on its own page, with edit and delete (undo offered after).
import { useState } from 'preact/hooks';
import { Message } from '../../components/glossary/Message.tsx';
import { StoreError } from '../../components/library/ListParts.tsx';
import { MyTermPage } from '../../components/my-terms/MyTermPage.tsx';
import type { PolicyDatabase } from '../../lib/db.ts';
import { hrefOf, termHref } from '../../lib/glossary-page/route.ts';
import { t } from '../../lib/i18n.ts';
import type { OwnerOf } from '../../lib/my-glossary/owners.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import type { TermEntry } from '../../lib/types.ts';
import { useDeleteWithUndo } from './MyTerms.tsx';
import { EditTerm } from './TermEditor.tsx';

export interface MyTermRouteProps {
  db: PolicyDatabase;
  id: string;
  terms: MyTerm[];
  byId: ReadonlyMap<string, TermEntry>;
  ownerOf: OwnerOf;
}

export function MyTermRoute({ db, id, terms, byId, ownerOf }: MyTermRouteProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { deleted, remove, undo } = useDeleteWithUndo(db, setError);
  const term = terms.find((x) => x.id === id);
  if (!term) {
    if (deleted?.id === id)
      return (
        <div class="message">
          <h1 tabIndex={-1}>{t('libraryDeleted', deleted.term)}</h1>
          <p role="status">
            <button type="button" class="undo" onClick={() => void undo()}>
              {t('libraryUndo')}
            </button>{' '}
            <a href={hrefOf({ kind: 'myTerms' })}>{t('myTermsTitle')}</a>
          </p>
        </div>
      );
    return <Message heading text={t('glossaryTermMissing', id)} />;
  }
  const alias = term.aliasOf ? byId.get(term.aliasOf) : undefined;
  return (
    <>
      <StoreError message={error} />
      <MyTermPage
        term={term}
        alias={alias ? { href: termHref(alias.id), term: alias.term } : null}
        onEdit={() => setEditing(!editing)}
        onDelete={() => void remove(term.id)}
        editing={
          editing ? (
            <EditTerm
              db={db}
              term={term}
              ownerOf={ownerOf}
              onDone={(saved) => {
                setEditing(false);
                // A new headword is a new id: this page's address follows it, in place.
                if (saved && saved.id !== term.id) location.replace(termHref(saved.id));
              }}
            />
          ) : null
        }
      />
    </>
  );
}
