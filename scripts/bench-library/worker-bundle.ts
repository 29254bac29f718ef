// Until the candidates view lands, the bench extracts in the browser itself: the extension's own
// extraction worker (lib/extract/extract.worker.ts), bundled by Vite as WXT bundles a worker an
// extension page starts, into the bench's private copy of the extension. Nothing is added to the
// extension's source or to its real build.
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../bench/setup.ts';

/** Path of the worker inside the extension, for runtime.getURL. */
export const BENCH_WORKER = '/bench-extract-worker.js';

export async function addExtractionWorker(extensionDir: string): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: extensionDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'lib/extract/extract.worker.ts'),
        formats: ['es'],
        fileName: () => BENCH_WORKER.slice(1),
      },
    },
  });
}
