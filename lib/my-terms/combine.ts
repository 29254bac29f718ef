// One match index for the glossary and the user's terms, so the content script matches both in
// one pass with its usual matcher, in both scripts, longest-leftmost across the two. Built where
// the user's terms live (the background or an extension page) whenever they change, and sent to
// pages in place of the built-in index; the content script needs no change and no OpenCC.
import { compileTrie } from '../matcher/compile.ts';
import { foldCode, foldString, parseFoldTable } from '../matcher/fold.ts';
import type { Category, MatchIndex } from '../types.ts';
import type { UserTerm } from './model.ts';
import { triePatterns } from './patterns.ts';

/** The highlight category of the user's own terms: one mark style for all of them. */
export const MINE = 'mine';

/**
 * The built-in index with the user's terms appended: their ids after the built-in ones, their
 * forms and traditional renderings as patterns. Where a user's form is spelled like a built-in
 * one, the built-in entry keeps it (accepting a candidate offers "merge" for those instead).
 */
export function combineIndex(builtin: MatchIndex, terms: UserTerm[]): MatchIndex {
  if (terms.length === 0) return builtin;
  const patterns = triePatterns(builtin.trie, builtin.fold);
  const table = parseFoldTable(builtin.fold);
  // Characters the patterns use as they are: folding one of them away would break its patterns.
  const used = new Set<number>();
  for (const [form] of patterns) for (let i = 0; i < form.length; i++) used.add(form.charCodeAt(i));
  for (const term of terms)
    for (const form of term.forms) for (const ch of form) used.add(ch.charCodeAt(0));
  let fold = builtin.fold;
  const builtinAt = new Map(builtin.ids.map((id, i) => [id, i]));
  // Another form of a built-in entry marks as that entry; the rest get ids of their own.
  const own = terms.filter((t) => !(t.aliasOf && builtinAt.has(t.aliasOf)));
  const first = builtin.ids.length;
  const valueOf = new Map(own.map((t, i) => [t, first + i]));
  for (const term of terms) {
    const value = valueOf.get(term) ?? (builtinAt.get(term.aliasOf as string) as number);
    for (const form of term.forms) patterns.push([form, value]);
    for (const variant of term.variants) {
      // A variant character folds to its simplified one, so mixed-script text matches too;
      // a variant that cannot be folded that way is matched as a pattern of its own.
      const form = term.forms.find((f) => sameShape(f, variant));
      if (form) fold += foldPairs(variant, form, table, used);
      if (!form || foldString(table, variant) !== foldString(table, form))
        patterns.push([variant, value]);
    }
  }
  return {
    hash: `${builtin.hash}+${userHash(terms)}`,
    ids: [...builtin.ids, ...own.map((t) => t.id)],
    // My terms are drawn in a style of their own (highlights.css), whatever their category.
    categories: [...builtin.categories, ...own.map(() => MINE as Category)],
    topics: [...builtin.topics, ...own.map((t) => t.topic)],
    fold,
    trie: compileTrie({ patterns, fold }),
  };
}

/** Is `variant` a character-by-character rendering of `form`? (Same length, same non-Han.) */
function sameShape(form: string, variant: string): boolean {
  if (form.length !== variant.length) return false;
  for (let i = 0; i < form.length; i++) {
    const a = form.charCodeAt(i);
    const b = variant.charCodeAt(i);
    if (a !== b && (a < 0x3400 || a > 0x9fff || b < 0x3400 || b > 0x9fff)) return false;
  }
  return true;
}

/**
 * New fold pairs "variant char → form char", for characters no pattern uses as written; `table`
 * takes them too, so it stays the table of the fold string built so far.
 */
function foldPairs(
  variant: string,
  form: string,
  table: Map<number, number>,
  used: Set<number>,
): string {
  let out = '';
  for (let i = 0; i < variant.length; i++) {
    const from = variant.charCodeAt(i);
    const to = form.charCodeAt(i);
    if (from === to || used.has(from) || foldCode(table, from) !== from) continue;
    table.set(from, to);
    out += String.fromCharCode(from, to);
  }
  return out;
}

/** A short hash of the user's terms (FNV-1a), so pages can tell one combined index from another. */
function userHash(terms: UserTerm[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(
    terms.map((t) => [t.id, t.forms, t.variants, t.topic, t.aliasOf ?? '']),
  );
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
