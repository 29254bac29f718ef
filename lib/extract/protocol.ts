// Messages between an extension page and the extraction worker (worker.ts, client.ts). Both
// sides are our own code in the extension's origin; the worker still checks the shape so a
// mistake in a caller comes back as a message, not as a silent hang.
import type { MatchIndex } from '../types.ts';
import type { ExtractDocument, ExtractedCandidate } from './extract.ts';

export interface ExtractRequest {
  /** Chosen by the client to pair the answer with its request. */
  id: number;
  documents: ExtractDocument[];
  /** The match index of the glossary (built-in and the user's terms), or null for none. */
  index: Pick<MatchIndex, 'ids' | 'trie'> | null;
  sentencesPerCandidate?: number;
}

export type ExtractResponse =
  | { id: number; ok: true; candidates: ExtractedCandidate[]; ms: number }
  | { id: number; ok: false; error: string };

/** The request's problem in words, or null when it is well formed. */
export function requestProblem(data: unknown): string | null {
  const r = data as Partial<ExtractRequest> | null;
  if (typeof r !== 'object' || r === null) return 'not an extraction request';
  if (typeof r.id !== 'number') return 'the request has no numeric id';
  if (!Array.isArray(r.documents)) return 'documents must be a list';
  for (const d of r.documents)
    if (typeof d?.id !== 'string' || typeof d?.text !== 'string')
      return 'each document needs a string id and text';
  if (r.index !== null && (typeof r.index !== 'object' || !Array.isArray(r.index.ids)))
    return 'index must be a match index or null';
  return null;
}
