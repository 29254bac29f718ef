// Runs the candidate extraction over the library's documents in a Web Worker
// (lib/extract/extract.worker.ts, bundled by Vite from the URL below) once per set of documents,
// and keeps the result while the page is open, so switching views does not extract again.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CandidatesState } from '../../components/my-terms/CandidatesView.tsx';
import { createExtractionClient, type ExtractionClient } from '../../lib/extract/client.ts';
import type { ExtractedCandidate } from '../../lib/extract/extract.ts';
import type { UserDocument } from '../../lib/documents/types.ts';
import type { MatchIndex } from '../../lib/types.ts';

/** Sentences kept per candidate: a few shown, the rest on demand. */
const SENTENCES = 8;

let client: ExtractionClient | undefined;
/** Why the worker died (it failed to load or threw outside a request), for the message. */
let workerError: string | null = null;
function extraction(): ExtractionClient {
  if (client) return client;
  // One worker for the page's life, started the first time candidates are wanted.
  const worker = new Worker(new URL('../../lib/extract/extract.worker.ts', import.meta.url), {
    type: 'module',
  });
  const started = createExtractionClient(worker);
  // A worker that cannot run answers nothing: fail the waiting requests instead of spinning.
  worker.addEventListener('error', (event) => {
    workerError = event.message || 'the extraction worker stopped';
    started.close();
    worker.terminate();
    if (client === started) client = undefined;
  });
  client = started;
  return started;
}

export interface Extraction {
  state: CandidatesState;
  candidates: ExtractedCandidate[];
}

/** `active`: the candidates view is shown; nothing runs before it is first opened. */
export function useCandidates(
  active: boolean,
  docs: UserDocument[] | null,
  index: MatchIndex | null,
): Extraction | null {
  const [result, setResult] = useState<(Extraction & { key: string }) | null>(null);
  const running = useRef<string | null>(null);
  const key = docs?.map((d) => `${d.id}@${d.updatedAt}`).join('|') ?? null;
  useEffect(() => {
    if (!active || !docs || !index || key === null) return;
    if (result?.key === key || running.current === key) return;
    running.current = key;
    const characters = docs.reduce((n, d) => n + d.text.length, 0);
    setResult({
      key,
      state: { kind: 'busy', documents: docs.length, characters },
      candidates: [],
    });
    const started = performance.now();
    extraction()
      .extract(
        docs.map((d) => ({ id: d.id, text: d.text })),
        { ids: index.ids, trie: index.trie },
        SENTENCES,
      )
      .then(
        (candidates) => {
          // For the benchmark and for anyone wondering how long it took.
          performance.measure('ptr-candidates', { start: started });
          if (running.current === key) setResult({ key, state: { kind: 'ready' }, candidates });
        },
        (error: Error) => {
          if (running.current === key)
            setResult({
              key,
              state: { kind: 'error', message: workerError ?? error.message },
              candidates: [],
            });
        },
      )
      .finally(() => {
        if (running.current === key) running.current = null;
      });
  }, [active, key, index]);
  return result;
}
