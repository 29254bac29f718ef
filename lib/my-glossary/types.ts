// The user's own glossary entries ("my terms"): added from a candidate of their documents, from a
// selection on any page, or from an imported pack. Stored in table myTerms (schema v4).
import type { Category, Topic } from '../types.ts';

/** Built-in ids are lower-case slugs and user documents start with "my-": these never collide. */
export const MY_TERM_PREFIX = 'mine:';

/** A sentence a term stands in, from one of the user's documents (or a page they added it from). */
export interface MyTermSource {
  /** The user document's id, or '' for a web page. */
  doc: string;
  title: string;
  /** YYYY-MM-DD, or '' when the document names no date. */
  date: string;
  sentence: string;
}

export interface MyTerm {
  /** MY_TERM_PREFIX + the simplified headword. */
  id: string;
  /** The headword in simplified script. */
  term: string;
  /** Other simplified forms matched as this entry (a merged candidate lands here). */
  forms: string[];
  /** Traditional renderings of the headword and forms (converted where the term is saved). */
  variants: string[];
  pinyin: string;
  english: string;
  definition: string;
  category: Category;
  topic: Topic | '';
  sources: MyTermSource[];
  createdAt: number;
  updatedAt: number;
}

export const myTermId = (term: string) => `${MY_TERM_PREFIX}${term}`;
export const isMyTermId = (id: string) => id.startsWith(MY_TERM_PREFIX);
