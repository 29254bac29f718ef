// Candidate terms of the user's documents: the glossary build's extraction (candidates.ts) over
// any number of texts in either script, each candidate labelled with the glossary entry it
// already is, and the sentences it stands in. No Node or DOM APIs: it runs in extension pages,
// in a Web Worker (worker.ts) and in the terms CLI alike.
import { createMatcher, type Matcher } from '../matcher/matcher.ts';
import type { MatchIndex } from '../types.ts';
import { type CandidateKind, candidateSpans, MIN_NAMED_COUNT } from './candidates.ts';
import { isNoise } from './noise.ts';
import { sentenceAround } from '../sentences.ts';

export interface ExtractDocument {
  /** The caller's name for it (a file name, a library id); echoed in `documents`. */
  id: string;
  text: string;
}

export interface ExtractedCandidate {
  /** Simplified script. */
  term: string;
  /** Places it stands in (a span both quoted and a formula counts once). */
  count: number;
  /** Ids of the documents it stands in, in the order given. */
  documents: string[];
  kinds: CandidateKind[];
  /** Id of the glossary entry this candidate already is (in either script), or null. */
  known: string | null;
  /** The first sentences it stands in, as written (original script), at most one per sentence. */
  sentences: { document: string; text: string }[];
}

export interface ExtractOptions {
  /** Converts text to simplified script (opencc-js t→cn); the extraction reads simplified text. */
  toSimplified: (text: string) => string;
  /** The glossary's match index; null or absent extracts as if the glossary were empty. */
  index?: Pick<MatchIndex, 'ids' | 'trie'> | null;
  /** How many sentences to keep per candidate (default 3). */
  sentencesPerCandidate?: number;
}

interface Tally {
  candidate: ExtractedCandidate;
  /** `document\nline\nstart`: a place seen under another kind is not counted again. */
  places: Set<string>;
}

/** Candidates of `documents`, best first: in more documents, then more often, then by text. */
export function extractTerms(
  documents: ExtractDocument[],
  options: ExtractOptions,
): ExtractedCandidate[] {
  const keep = options.sentencesPerCandidate ?? 3;
  const found = new Map<string, Tally>();
  for (const doc of documents) {
    // Candidates never cross a line (candidates.ts), so lines are converted one by one and a
    // span's offsets in a simplified line are offsets in the written line when the lengths agree.
    const lines = doc.text.split(/\r\n|\r|\n/);
    lines.forEach((written, lineNo) => {
      const simplified = options.toSimplified(written);
      const source = simplified.length === written.length ? written : simplified;
      for (const span of candidateSpans(simplified)) {
        const term = span.text.trim();
        if (term.length < 2) continue;
        let tally = found.get(term);
        if (!tally) {
          tally = { candidate: newCandidate(term), places: new Set() };
          found.set(term, tally);
        }
        const c = tally.candidate;
        if (!c.kinds.includes(span.kind)) c.kinds.push(span.kind);
        const place = `${doc.id}\n${lineNo}\n${span.start}`;
        if (tally.places.has(place)) continue;
        tally.places.add(place);
        c.count++;
        if (!c.documents.includes(doc.id)) c.documents.push(doc.id);
        if (c.sentences.length < keep) {
          const sentence = sentenceAround(source, span.start, span.start + span.text.length);
          if (!c.sentences.some((s) => s.document === doc.id && s.text === sentence))
            c.sentences.push({ document: doc.id, text: sentence });
        }
      }
    });
  }
  const knownOf = knownTermOf(options.index ?? null);
  const out: ExtractedCandidate[] = [];
  for (const { candidate } of found.values()) {
    // The build's rule: a name seen once is not a name yet, unless the text also marks it.
    const onlyNamed = candidate.kinds.every((kind) => kind === 'named');
    if (onlyNamed && candidate.count < MIN_NAMED_COUNT) continue;
    candidate.known = knownOf(candidate.term);
    if (isNoise(candidate.term, knownOf)) continue;
    out.push(candidate);
  }
  return out.sort(
    (a, b) =>
      b.documents.length - a.documents.length || b.count - a.count || a.term.localeCompare(b.term),
  );
}

function newCandidate(term: string): ExtractedCandidate {
  return { term, count: 0, documents: [], kinds: [], known: null, sentences: [] };
}

/** Looks a text up as a whole term of the glossary: its entry id, or null. */
export type KnownOf = (text: string) => string | null;

/**
 * The entry a text is, by the extension's own matcher: one match spanning the whole text. The
 * matcher folds traditional and variant characters (lib/matcher/fold.ts), so 兩個確立 and
 * 两个确立 are the same entry, as on a page.
 */
export function knownTermOf(index: Pick<MatchIndex, 'ids' | 'trie'> | null): KnownOf {
  if (!index) return () => null;
  const matcher: Matcher = createMatcher({ trie: index.trie });
  const cache = new Map<string, string | null>();
  return (text) => {
    let id = cache.get(text);
    if (id === undefined) {
      const matches = matcher.findTerms(text);
      const whole =
        matches.length === 1 && matches[0]?.start === 0 && matches[0].end === text.length;
      id = whole ? (index.ids[matches[0]?.term ?? -1] ?? null) : null;
      cache.set(text, id);
    }
    return id;
  };
}
