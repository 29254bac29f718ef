// Entry of the extraction Web Worker. An extension page starts it with
//   new Worker(new URL('../../lib/extract/extract.worker.ts', import.meta.url), { type: 'module' })
// (Vite bundles it and its imports, opencc-js included) and talks to it through client.ts.
import { type MessageEndpoint, serveExtraction } from './worker.ts';

serveExtraction(self as unknown as MessageEndpoint);
