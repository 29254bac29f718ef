// Resolves a term for display: the entry, one excerpt per source document (up to a limit) with
// the document's title and date, and related terms by name.
import type { TermView } from '../messaging.ts';
import type { GlossaryBundle, SeedDocument, TermEntry } from '../types.ts';

export interface GlossaryLookup {
  terms: Map<string, TermEntry>;
  documents: Map<string, SeedDocument>;
}

export function indexBundle(bundle: GlossaryBundle): GlossaryLookup {
  return {
    terms: new Map(bundle.terms.map((t) => [t.id, t])),
    documents: new Map(bundle.documents.map((d) => [d.id, d])),
  };
}

export function termView(lookup: GlossaryLookup, id: string, maxExcerpts = 2): TermView | null {
  const term = lookup.terms.get(id);
  if (!term) return null;
  const { occurrences, ...entry } = term;
  const seen = new Set<string>();
  const excerpts: TermView['excerpts'] = [];
  for (const o of occurrences) {
    if (excerpts.length >= maxExcerpts) break;
    if (seen.has(o.doc)) continue;
    seen.add(o.doc);
    const doc = lookup.documents.get(o.doc);
    excerpts.push({
      doc: o.doc,
      title: doc?.title ?? o.doc,
      date: doc?.date ?? '',
      sentence: o.sentence,
      simplified: o.sentenceSimplified,
    });
  }
  const related = term.related.flatMap((rid) => {
    const r = lookup.terms.get(rid);
    return r ? [{ id: r.id, term: r.term, traditional: r.traditional }] : [];
  });
  return { entry, excerpts, related };
}
