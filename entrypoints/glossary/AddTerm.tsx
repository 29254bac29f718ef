// #/my/add: the term form filled from a selection (the context menu "Add to my glossary"):
// the selected text as the headword, and the sentence, page and title as its source.
import { useState } from 'preact/hooks';
import type { PolicyDatabase } from '../../lib/db.ts';
import { type TermDraft, termHref } from '../../lib/glossary-page/route.ts';
import { t } from '../../lib/i18n.ts';
import { newTermValues } from '../../lib/my-glossary/edit.ts';
import type { OwnerOf } from '../../lib/my-glossary/owners.ts';
import type { MyTerm, MyTermSource } from '../../lib/my-glossary/types.ts';
import { TermEditor } from './TermEditor.tsx';

export function AddTerm({
  db,
  draft,
  ownerOf,
}: {
  db: PolicyDatabase;
  draft: TermDraft;
  ownerOf: OwnerOf;
}) {
  const [saved, setSaved] = useState<MyTerm | null>(null);
  const sources: MyTermSource[] = draft.sentence
    ? [
        {
          doc: '',
          title: draft.title,
          date: new Date().toISOString().slice(0, 10),
          sentence: draft.sentence,
          ...(draft.url ? { url: draft.url } : {}),
        },
      ]
    : [];
  return (
    <div class="add-term">
      <h1 tabIndex={-1}>{t('addTermTitle')}</h1>
      <p class="muted">{t('addTermIntro')}</p>
      <p role="status">
        {saved && (
          <>
            {t('candidateAdded', saved.term)} <a href={termHref(saved.id)}>{t('candidateOpen')}</a>
          </>
        )}
      </p>
      {!saved && (
        <TermEditor
          id="add-term"
          db={db}
          initial={newTermValues(draft.term)}
          sources={sources}
          ownerOf={ownerOf}
          onSaved={setSaved}
        />
      )}
    </div>
  );
}
