// The extraction service a Web Worker runs: one answer per request, errors answered too. The
// worker's entry file (extract.worker.ts) only connects it to the worker's global scope, so this
// part is tested over a MessageChannel in Node.
import { toSimplified } from './simplify.ts';
import { extractTerms } from './extract.ts';
import { type ExtractResponse, requestProblem, type ExtractRequest } from './protocol.ts';

/** What a worker scope and a MessagePort have in common. */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?(): void;
}

export function answerExtraction(data: unknown): ExtractResponse {
  const id = typeof (data as { id?: unknown })?.id === 'number' ? (data as { id: number }).id : -1;
  const problem = requestProblem(data);
  if (problem) return { id, ok: false, error: problem };
  const request = data as ExtractRequest;
  try {
    const started = performance.now();
    const candidates = extractTerms(request.documents, {
      toSimplified,
      index: request.index,
      sentencesPerCandidate: request.sentencesPerCandidate,
    });
    return { id, ok: true, candidates, ms: performance.now() - started };
  } catch (error) {
    return { id, ok: false, error: (error as Error)?.message ?? String(error) };
  }
}

/** Answers every extraction request arriving at `scope`; returns a function that stops it. */
export function serveExtraction(scope: MessageEndpoint): () => void {
  const listener = (event: MessageEvent) => scope.postMessage(answerExtraction(event.data));
  scope.addEventListener('message', listener);
  scope.start?.();
  return () => scope.removeEventListener('message', listener);
}
