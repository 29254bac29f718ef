// The term form's container: checks what was typed (lib/my-glossary/edit.ts), saves it (an
// edited headword moves the term to its new id: saveEditedMyTerm), and tells the background so
// every page marks the term (announceMyTermsChanged).
import { useState } from 'preact/hooks';
import { type FormProblem, TermForm } from '../../components/my-terms/TermForm.tsx';
import type { PolicyDatabase } from '../../lib/db.ts';
import { suggestPinyin, type TermFormValues, termOfForm } from '../../lib/my-glossary/edit.ts';
import { announceMyTermsChanged } from '../../lib/my-glossary/announce.ts';
import type { OwnerOf } from '../../lib/my-glossary/owners.ts';
import { saveEditedMyTerm, saveMyTerm } from '../../lib/my-glossary/store.ts';
import type { MyTerm, MyTermSource } from '../../lib/my-glossary/types.ts';
import { termHref } from '../../lib/glossary-page/route.ts';
import { reasonOf } from './Library.tsx';

export interface TermEditorProps {
  id: string;
  db: PolicyDatabase;
  initial: TermFormValues;
  sources: MyTermSource[];
  editing?: MyTerm;
  ownerOf: OwnerOf;
  onSaved(term: MyTerm): void;
  onCancel?(): void;
}

export function TermEditor(props: TermEditorProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const save = async (values: TermFormValues) => {
    const made = termOfForm(
      values,
      { editing: props.editing, sources: props.sources },
      props.ownerOf,
    );
    if (!made.ok) {
      setProblem(
        'taken' in made
          ? {
              kind: 'taken',
              form: made.taken.form,
              owner: made.taken.owner.term,
              href: termHref(made.taken.owner.id),
              builtIn: made.taken.owner.kind === 'built-in',
            }
          : { kind: 'invalid', problem: made.problem },
      );
      return;
    }
    const term = made.term;
    try {
      const editing = props.editing;
      if (!editing) await saveMyTerm(props.db, term);
      else if (!(await saveEditedMyTerm(props.db, editing.id, term))) {
        // Another tab added the new headword since ownerOf was read.
        const href = termHref(term.id);
        setProblem({ kind: 'taken', form: term.term, owner: term.term, href, builtIn: false });
        return;
      }
    } catch (error) {
      setProblem({ kind: 'failed', message: reasonOf(error) });
      return;
    }
    setProblem(null);
    // Told first, so a renamed term's page moves to its new address before the list updates.
    props.onSaved(term);
    await announceMyTermsChanged();
  };
  return (
    <TermForm
      id={props.id}
      initial={props.initial}
      sources={props.sources}
      editing={!!props.editing}
      suggestPinyin={suggestPinyin}
      problem={problem}
      onSave={(values) => void save(values)}
      onCancel={props.onCancel}
    />
  );
}

/** The form editing a saved term in place; `onDone` gets the term as saved (its id changes with
 * its headword), or nothing when cancelled. */
export function EditTerm(props: {
  db: PolicyDatabase;
  term: MyTerm;
  ownerOf: OwnerOf;
  onDone(saved?: MyTerm): void;
}) {
  return (
    <TermEditor
      id="edit-term"
      db={props.db}
      initial={valuesOf(props.term)}
      sources={props.term.sources}
      editing={props.term}
      ownerOf={props.ownerOf}
      onSaved={props.onDone}
      onCancel={() => props.onDone()}
    />
  );
}

/** The form's fields for a saved term. */
export const valuesOf = (term: MyTerm): TermFormValues => ({
  term: term.term,
  forms: term.forms.filter((f) => f !== term.term).join('、'),
  pinyin: term.pinyin,
  english: term.english,
  definition: term.definition,
  category: term.category,
  topic: term.topic,
});
