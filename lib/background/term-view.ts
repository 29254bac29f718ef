// Resolves a term for display in the reader's script: the entry, one excerpt per source document
// (up to a limit) with the document's title and date, and related terms by name. Every string a
// reader sees is converted here, in the background, so the content script ships no converter.
import type { TermView } from '../messaging.ts';
import { convertMarked, fromSimplified, toSimplified } from '../script/convert.ts';
import type { ReadingScript } from '../script/reading-script.ts';
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
 * its first and latest use). Glossary text is simplified (traditional seeds carry a simplified
 * copy of each sentence), so every string goes simplified → the reader's script.
 */
export function termView(
  lookup: GlossaryLookup,
  id: string,
  script: ReadingScript,
  maxExcerpts = 2,
): TermView | null {
  const term = lookup.terms.get(id);
  if (!term) return null;
  const { occurrences, ...entry } = term;
  const convert = (text: string) => fromSimplified(text, script);
  const news = term.corpus ?? [];
  const seen = new Set<string>();
  const excerpts: TermView['excerpts'] = [];
  const seedRoom = news.length > 0 ? Math.max(maxExcerpts - 1, 1) : maxExcerpts;
  for (const o of occurrences) {
    if (excerpts.length >= seedRoom) break;
    if (seen.has(o.doc)) continue;
    seen.add(o.doc);
    const doc = lookup.documents.get(o.doc);
    const originalTitle = doc?.title ?? o.doc;
    const title = convert(
      doc?.script === 'traditional' ? toSimplified(originalTitle) : originalTitle,
    );
    const marked = convertMarked(
      o.sentenceSimplified,
      termSpan(o.sentenceSimplified, term),
      convert,
    );
    excerpts.push({
      doc: o.doc,
      title,
      date: doc?.date ?? '',
      ...marked,
      original: o.sentence,
      ...(title !== originalTitle ? { originalTitle } : {}),
    });
  }
  const newsRoom = maxExcerpts - excerpts.length;
  for (const x of newsRoom > 0 ? news.slice(-newsRoom).reverse() : []) {
    const title = convert(x.title);
    excerpts.push({
      doc: `news:${x.item}`,
      title,
      date: x.date,
      ...convertMarked(x.sentence, [x.start, x.end], convert),
      original: x.sentence,
      ...(title !== x.title ? { originalTitle: x.title } : {}),
    });
  }
  const related = term.related.flatMap((rid) => {
    const r = lookup.terms.get(rid);
    return r ? [{ id: r.id, label: convert(r.term) }] : [];
  });
  const shown = {
    headword: convert(term.term),
    definition: convert(term.definition),
    members: term.members.map(convert),
  };
  return { script, entry, shown, excerpts, related };
}

/** Where the term stands in a simplified sentence: its earliest form, the longest at a tie. */
export function termSpan(sentence: string, term: TermEntry): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const form of [term.term, ...term.forms]) {
    const at = form ? sentence.indexOf(form) : -1;
    if (at < 0) continue;
    if (!best || at < best[0] || (at === best[0] && at + form.length > best[1]))
      best = [at, at + form.length];
  }
  return best;
}
