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

/**
 * The entry with up to `maxExcerpts` excerpts: one per seed document, and the latest sentence of
 * the news corpus in the last place when the term is used there (a term only the news uses shows
 * its first and latest use).
 */
export function termView(lookup: GlossaryLookup, id: string, maxExcerpts = 2): TermView | null {
  const term = lookup.terms.get(id);
  if (!term) return null;
  const { occurrences, ...entry } = term;
  const news = term.corpus ?? [];
  const seen = new Set<string>();
  const excerpts: TermView['excerpts'] = [];
  const seedRoom = news.length > 0 ? Math.max(maxExcerpts - 1, 1) : maxExcerpts;
  for (const o of occurrences) {
    if (excerpts.length >= seedRoom) break;
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
  const newsRoom = maxExcerpts - excerpts.length;
  for (const x of newsRoom > 0 ? news.slice(-newsRoom).reverse() : []) {
    excerpts.push({
      doc: `news:${x.item}`,
      title: x.title,
      date: x.date,
      sentence: x.sentence,
      simplified: x.sentence,
      at: [x.start, x.end],
    });
  }
  const related = term.related.flatMap((rid) => {
    const r = lookup.terms.get(rid);
    return r ? [{ id: r.id, term: r.term, traditional: r.traditional }] : [];
  });
  return { entry, excerpts, related };
}
