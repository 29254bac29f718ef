// `terms --extract`: candidate terms of the files, with the extension's own extraction
// (lib/extract/extract.ts) so the CLI sees what the user's library would show.
import { extractTerms, type ExtractedCandidate } from '../extract/extract.ts';
import { toSimplified } from '../extract/simplify.ts';
import type { MatchIndex } from '../types.ts';

/** One file's readable text, named by its path. */
export interface FileText {
  file: string;
  text: string;
}

export function extractFromFiles(
  files: FileText[],
  index: Pick<MatchIndex, 'ids' | 'trie'> | null,
): ExtractedCandidate[] {
  return extractTerms(
    files.map(({ file, text }) => ({ id: file, text })),
    { toSimplified, index, sentencesPerCandidate: 0 },
  );
}

/** One JSON object per line: {"term","count","files","kind","known"}. */
export function formatCandidates(candidates: ExtractedCandidate[]): string {
  return candidates
    .map(
      (c) =>
        `${JSON.stringify({ term: c.term, count: c.count, files: c.documents, kind: c.kinds, known: c.known })}\n`,
    )
    .join('');
}
