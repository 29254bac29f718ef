// The page's side of the extraction worker: a promise per request. Large documents are
// extracted off the main thread, so the library page stays responsive while it runs.
import type { MatchIndex } from '../types.ts';
import type { ExtractDocument, ExtractedCandidate } from './extract.ts';
import type { ExtractResponse } from './protocol.ts';
import type { MessageEndpoint } from './worker.ts';

export interface ExtractionClient {
  extract(
    documents: ExtractDocument[],
    index: Pick<MatchIndex, 'ids' | 'trie'> | null,
    sentencesPerCandidate?: number,
  ): Promise<ExtractedCandidate[]>;
  /** Stops listening; requests still waiting are rejected. */
  close(): void;
}

export function createExtractionClient(worker: MessageEndpoint): ExtractionClient {
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (c: ExtractedCandidate[]) => void; reject: (e: Error) => void }
  >();
  const listener = (event: MessageEvent) => {
    const answer = event.data as ExtractResponse;
    const request = waiting.get(answer?.id);
    if (!request) return;
    waiting.delete(answer.id);
    if (answer.ok) request.resolve(answer.candidates);
    else request.reject(new Error(`extraction failed: ${answer.error}`));
  };
  worker.addEventListener('message', listener);
  worker.start?.();
  return {
    extract(documents, index, sentencesPerCandidate) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, documents, index, sentencesPerCandidate });
      });
    },
    close() {
      worker.removeEventListener('message', listener);
      for (const request of waiting.values()) request.reject(new Error('extraction stopped'));
      waiting.clear();
    },
  };
}
