// The candidates the library page offers: extracted from the user's documents (lib/extract/),
// minus what is already a term (built-in or mine) and what the user dismissed; with the
// sentences they stand in as the sources a new term keeps.
import type { ExtractedCandidate } from '../extract/extract.ts';
import type { MyTermSource } from '../my-glossary/types.ts';
import type { OwnerOf } from '../my-glossary/owners.ts';

/**
 * Still open: not known to the index the extraction ran with, not dismissed, and not a form of
 * a term added since (my terms change while the list is shown; the extraction is not rerun).
 */
export function openCandidates(
  all: ExtractedCandidate[],
  dismissed: ReadonlySet<string>,
  ownerOf: OwnerOf,
): ExtractedCandidate[] {
  return all.filter((c) => c.known === null && !dismissed.has(c.term) && !ownerOf(c.term));
}

/** A candidate's sentences as sources of a term, with their documents' titles and dates. */
export function sourcesOf(
  candidate: ExtractedCandidate,
  documents: ReadonlyMap<string, { title: string; date: string }>,
): MyTermSource[] {
  return candidate.sentences.map((s) => {
    const doc = documents.get(s.document);
    return { doc: s.document, title: doc?.title ?? '', date: doc?.date ?? '', sentence: s.text };
  });
}

/** The category a candidate most likely belongs to: a numbered formula is one. */
export const categoryOf = (c: ExtractedCandidate) =>
  c.kinds.includes('formula') ? ('formula' as const) : ('concept' as const);
