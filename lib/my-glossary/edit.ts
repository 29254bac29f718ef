// Making and changing my terms from what the user typed or chose: the term form (accept a
// candidate, add from a selection, edit), and merging a candidate into an existing entry as
// another form. Validation is makeUserTerm's (lib/my-terms/model.ts); a form that is already
// someone's is refused here, with the owner, so the form can link to it.
import { makeUserTerm, type TermProblem } from '../my-terms/model.ts';
import type { Category, Topic } from '../types.ts';
import { type Owner, type OwnerOf, takenForm } from './owners.ts';
import type { MyTerm, MyTermSource } from './types.ts';

/** The term form's fields as typed. */
export interface TermFormValues {
  term: string;
  /** Other forms, separated by commas, 、 or new lines. */
  forms: string;
  pinyin: string;
  english: string;
  definition: string;
  category: Category;
  topic: Topic;
}

export type TermResult =
  | { ok: true; term: MyTerm }
  | { ok: false; problem: TermProblem }
  | { ok: false; taken: { form: string; owner: Owner } };

export const splitForms = (text: string) =>
  text
    .split(/[,，、\n]/u)
    .map((f) => f.trim())
    .filter(Boolean);

/** The form's fields for a new term: the pinyin suggested, the rest to fill in. */
export function newTermValues(term: string, category: Category = 'concept'): TermFormValues {
  return {
    term,
    forms: '',
    pinyin: suggestPinyin(term),
    english: '',
    definition: '',
    category,
    topic: 'governance',
  };
}

/** Pinyin for a headword as makeUserTerm would fill it in ('' when it is not a term yet). */
export function suggestPinyin(term: string): string {
  const made = makeUserTerm({ term, category: 'concept', topic: 'governance' });
  return made.ok ? made.term.pinyin : '';
}

/**
 * The term the form describes. `base` is the term being edited (its sources, first date and
 * aliasOf are kept), or for a new term its sources. An edited headword is checked as a new one
 * is; the id follows it (`my:` + headword), and store.ts saveEditedMyTerm moves the row.
 */
export function termOfForm(
  values: TermFormValues,
  base: { editing?: MyTerm; sources: MyTermSource[] },
  ownerOf: OwnerOf,
  now = Date.now(),
): TermResult {
  const made = makeUserTerm({ ...values, forms: splitForms(values.forms) });
  if (!made.ok) return { ok: false, problem: made.problem };
  const editing = base.editing;
  // The term's own forms are no clash: ownerOf still names them under its old id.
  const taken = takenForm([...made.term.forms, ...made.term.variants], ownerOf, editing?.id);
  if (taken) return { ok: false, taken };
  return {
    ok: true,
    term: {
      ...made.term,
      ...(editing?.aliasOf ? { aliasOf: editing.aliasOf } : {}),
      sources: base.sources,
      createdAt: editing?.createdAt ?? now,
      updatedAt: now,
    },
  };
}

/** One of my terms with `form` added as another way of writing it, and its sentences. */
export function withForm(
  target: MyTerm,
  form: string,
  sources: MyTermSource[],
  ownerOf: OwnerOf,
  now = Date.now(),
): TermResult {
  return termOfForm(
    { ...target, forms: [...target.forms, form].join('\n') },
    { editing: target, sources: mergeSources(target.sources, sources) },
    ownerOf,
    now,
  );
}

/** A built-in entry's new form, kept as one of my terms that marks as that entry (aliasOf). */
export function aliasOfBuiltIn(
  entry: { id: string; category: Category; topic: Topic },
  form: string,
  sources: MyTermSource[],
  ownerOf: OwnerOf,
  now = Date.now(),
): TermResult {
  const made = termOfForm(
    // Only these two: the entry may be a whole TermEntry, whose forms are a list.
    { ...newTermValues(form, entry.category), pinyin: '', topic: entry.topic },
    { sources },
    ownerOf,
    now,
  );
  return made.ok ? { ok: true, term: { ...made.term, aliasOf: entry.id } } : made;
}

/** Sentences of both, each once, the first ones first (a term keeps at most 50, as packs do). */
export function mergeSources(a: MyTermSource[], b: MyTermSource[]): MyTermSource[] {
  const seen = new Set<string>();
  const out: MyTermSource[] = [];
  for (const s of [...a, ...b]) {
    const key = `${s.doc}\n${s.url ?? ''}\n${s.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.slice(0, 50);
}
