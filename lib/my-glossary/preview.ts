// What importing a pack would do, shown before anything is written: terms that are new, the same
// as mine, changed from mine, or in conflict (the headword or a form is already a built-in entry,
// or another of my terms). Conflicts are never applied; changed terms only when the user says so.
import type { GlossaryPack, PackTerm } from './pack.ts';
import { termOfPack } from './pack.ts';
import type { MyTerm } from './types.ts';

export interface Conflict {
  term: PackTerm;
  /** The form that clashes and what it already is. */
  form: string;
  with: { kind: 'built-in'; id: string } | { kind: 'mine'; term: string };
}

export interface PackPreview {
  added: PackTerm[];
  same: PackTerm[];
  changed: { term: PackTerm; mine: MyTerm }[];
  conflicts: Conflict[];
}

/** Content fields only: times and ids say nothing about whether two entries differ. */
const content = (t: Omit<MyTerm, 'id' | 'createdAt' | 'updatedAt'>) =>
  JSON.stringify([
    t.term,
    [...t.forms].sort(),
    [...t.variants].sort(),
    t.pinyin,
    t.english,
    t.definition,
    t.category,
    t.topic,
    t.aliasOf ?? '',
    t.sources,
  ]);

/**
 * @param builtIn the built-in entry a form already is (in either script), or null
 */
export function previewPack(
  pack: GlossaryPack,
  mine: MyTerm[],
  builtIn: (form: string) => string | null,
): PackPreview {
  const byTerm = new Map(mine.map((t) => [t.term, t]));
  // Every form of my terms, to the headword that owns it.
  const owner = new Map<string, string>();
  for (const t of mine) for (const f of [t.term, ...t.forms, ...t.variants]) owner.set(f, t.term);
  const preview: PackPreview = { added: [], same: [], changed: [], conflicts: [] };
  for (const term of pack.terms) {
    const conflict = conflictOf(term, owner, builtIn);
    if (conflict) {
      preview.conflicts.push(conflict);
      continue;
    }
    const existing = byTerm.get(term.term);
    if (!existing) preview.added.push(term);
    else if (content(termOfPack(term, 0)) === content(existing)) preview.same.push(term);
    else preview.changed.push({ term, mine: existing });
  }
  return preview;
}

function conflictOf(
  term: PackTerm,
  owner: Map<string, string>,
  builtIn: (form: string) => string | null,
): Conflict | null {
  for (const form of [term.term, ...term.forms, ...term.variants]) {
    const id = builtIn(form);
    if (id) return { term, form, with: { kind: 'built-in', id } };
    const other = owner.get(form);
    if (other !== undefined && other !== term.term) {
      return { term, form, with: { kind: 'mine', term: other } };
    }
  }
  return null;
}
