// The user's own glossary entries ("my terms") as stored (table myTerms, schema v4): a UserTerm
// (lib/my-terms/model.ts: forms, variants and pinyin filled in) with the sentences it stands in and
// its times. Added from a candidate of their documents, a selection on a page, or a pack.
import { USER_TERM_PREFIX } from '../my-terms/id.ts';
import type { UserTerm } from '../my-terms/model.ts';

/** A sentence a term stands in, from one of the user's documents (or a page they added it from). */
export interface MyTermSource {
  /** The user document's id, or '' for a web page. */
  doc: string;
  title: string;
  /** YYYY-MM-DD, or '' when the document names no date. */
  date: string;
  sentence: string;
  /** The page's address, for a term added from a selection on the web. */
  url?: string;
}

export interface MyTerm extends UserTerm {
  sources: MyTermSource[];
  createdAt: number;
  updatedAt: number;
}

export const myTermId = (term: string) => `${USER_TERM_PREFIX}${term}`;
