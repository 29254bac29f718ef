// Who already has a written form: a built-in entry or one of my terms. A new term (or a merged
// form) may not take a form someone already has: on pages it would mark as the other entry.
import type { TermEntry } from '../types.ts';
import type { MyTerm } from './types.ts';

export type Owner =
  { kind: 'built-in'; id: string; term: string } | { kind: 'mine'; id: string; term: string };

export type OwnerOf = (form: string) => Owner | null;

type BuiltIn = Pick<TermEntry, 'id' | 'term' | 'forms' | 'variants' | 'traditional'>;

/** Every form and script variant of the built-in entries and of my terms, to its owner. */
export function formOwners(builtIn: BuiltIn[], mine: MyTerm[]): OwnerOf {
  const owners = new Map<string, Owner>();
  for (const e of builtIn) {
    const owner: Owner = { kind: 'built-in', id: e.id, term: e.term };
    for (const form of [e.term, e.traditional, ...e.forms, ...e.variants]) owners.set(form, owner);
  }
  for (const t of mine) {
    const owner: Owner = { kind: 'mine', id: t.id, term: t.term };
    for (const form of [t.term, ...t.forms, ...t.variants])
      if (!owners.has(form)) owners.set(form, owner);
  }
  return (form) => owners.get(form) ?? null;
}

/** The first of `forms` that someone other than `self` (an id) already has. */
export function takenForm(
  forms: string[],
  ownerOf: OwnerOf,
  self?: string,
): { form: string; owner: Owner } | null {
  for (const form of forms) {
    const owner = ownerOf(form);
    if (owner && owner.id !== self) return { form, owner };
  }
  return null;
}
