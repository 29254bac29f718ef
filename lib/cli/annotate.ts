// Finding glossary terms in a file's text with the extension's own engine (createMatcher over
// the bundle's match index), so the CLI sees exactly what the content script would mark.
import { createMatcher } from '../matcher/matcher.ts';
import type { GlossaryBundle } from '../types.ts';
import { htmlToText } from './html-text.ts';

export interface TermOccurrence {
  /** UTF-16 offsets into the annotated text. */
  start: number;
  end: number;
  /** The surface string as written. */
  text: string;
  id: string;
  /** The simplified headword. */
  term: string;
}

export interface TermCount {
  id: string;
  term: string;
  count: number;
}

export type Annotate = (text: string) => TermOccurrence[];

export function createAnnotator(bundle: Pick<GlossaryBundle, 'index' | 'terms'>): Annotate {
  const matcher = createMatcher(bundle.index);
  const headword = new Map(bundle.terms.map((t) => [t.id, t.term]));
  return (text) =>
    matcher.findTerms(text).map(({ start, end, term }) => {
      const id = bundle.index.ids[term] as string;
      return { start, end, text: text.slice(start, end), id, term: headword.get(id) ?? id };
    });
}

/** HTML by its name, or by how it starts when the name says nothing. */
export function isHtml(file: string, text: string): boolean {
  if (/\.(?:html?|xhtml)$/i.test(file)) return true;
  if (/\.(?:txt|text|md)$/i.test(file)) return false;
  return /^\s*<(?:!doctype\s+html|html[\s>])/i.test(text);
}

/** The text that offsets refer to: the content itself, or for HTML the text a reader sees. */
export function textToAnnotate(file: string, content: string): string {
  return isHtml(file, content) ? htmlToText(content) : content;
}

/** Occurrences per term, most frequent first, then by headword order in the glossary id. */
export function countTerms(occurrences: TermOccurrence[]): TermCount[] {
  const counts = new Map<string, TermCount>();
  for (const o of occurrences) {
    const found = counts.get(o.id) ?? { id: o.id, term: o.term, count: 0 };
    found.count++;
    counts.set(o.id, found);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
