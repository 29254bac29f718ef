// Budget (a): a 100-page Chinese PDF added to the library and its candidates shown within 10 s.
// Two paths, chosen by what the build has:
// - 'view': the candidates view (glossary.html#/my/candidates, root section.candidates with
//   data-state busy/ready, rows li.candidate). Timed from the file input's change event to the
//   first frame in which the view is ready with its rows; the library page goes to the view as
//   soon as its status line says "added" (in the page, so no harness round trip is counted).
// - 'worker': no view yet. "Added" as above, then what the view will do, in the library page:
//   read the document back from IndexedDB, ask the background for the match index, start the
//   extension's extraction worker and extract. Timed to the worker's answer; nothing is drawn.
import type { BrowserContext, Page } from 'playwright-core';
import { addThroughLibrary, glossaryUrl, storedDocument } from './extension-pages.ts';
import { BENCH_WORKER } from './worker-bundle.ts';

export type CandidatesPath = 'view' | 'worker';

export interface CandidatesRun {
  path: CandidatesPath;
  /** ms from the change event to the status line's frame. */
  addedMs: number;
  /** ms from the status line to candidates shown (view) or extracted (worker). */
  candidatesMs: number;
  totalMs: number;
  /** Worker path: of candidatesMs, the extraction inside the worker (its own clock). */
  workerMs?: number;
  /** Candidates that are not terms yet (worker), or rows of the view. */
  candidates: number;
  textChars: number;
}

/** Is the candidates view in this build? Its root appears at #/my/candidates within 5 s. */
export async function hasCandidatesView(
  context: BrowserContext,
  extensionId: string,
): Promise<boolean> {
  const page = await context.newPage();
  try {
    await page.goto(glossaryUrl(extensionId, '#/my/candidates'));
    await page.locator('section.candidates').waitFor({ state: 'attached', timeout: 5_000 });
    return true;
  } catch {
    return false;
  } finally {
    await page.close();
  }
}

/** In the page: go to the candidates view the moment the status line offers the new document. */
function goToViewWhenAdded(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __benchView: { ready: number; rows: number } };
    const state = { ready: NaN, rows: 0 };
    w.__benchView = state;
    const before = document.querySelector('.add-status a')?.getAttribute('href') ?? null;
    const watchStatus = new MutationObserver(() => {
      const href = document.querySelector('.add-status a')?.getAttribute('href') ?? null;
      if (!href || href === before) return;
      watchStatus.disconnect();
      const watchView = new MutationObserver(() => {
        const view = document.querySelector('section.candidates[data-state="ready"]');
        const rows = view?.querySelectorAll('li.candidate').length ?? 0;
        if (!view || rows === 0) return;
        watchView.disconnect();
        state.rows = rows;
        requestAnimationFrame((t) => (state.ready = t));
      });
      watchView.observe(document.body, { subtree: true, childList: true, attributes: true });
      location.hash = '#/my/candidates';
    });
    watchStatus.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** In the page: what the candidates view will do for one new document, through the worker. */
function extractInPage(page: Page, id: string) {
  return page.evaluate(
    async ({ id, workerPath }) => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            runtime: { getURL(p: string): string; sendMessage(m: unknown): Promise<unknown> };
          };
        }
      ).chrome;
      const start = performance.now();
      const text = await new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('policy-terms');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('userDocuments').objectStore('userDocuments').get(id);
          get.onsuccess = () => resolve((get.result as { text: string }).text);
          get.onerror = () => reject(get.error);
        };
      });
      const doc = { id, text };
      const worker = new Worker(chrome.runtime.getURL(workerPath), { type: 'module' });
      const index = (await chrome.runtime.sendMessage({ type: 'glossary/index' })) as {
        ids: string[];
        trie: unknown;
      };
      const answer = await new Promise<{
        ok: boolean;
        error?: string;
        ms: number;
        candidates: { known: string | null }[];
      }>((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage({
          id: 1,
          documents: [doc],
          index: { ids: index.ids, trie: index.trie },
          sentencesPerCandidate: 3,
        });
      });
      const end = performance.now();
      worker.terminate();
      if (!answer.ok) throw new Error(`extraction failed: ${answer.error}`);
      return {
        start,
        end,
        workerMs: answer.ms,
        candidates: answer.candidates.filter((c) => c.known === null).length,
      };
    },
    { id, workerPath: BENCH_WORKER },
  );
}

/** One addition of `pdf` in the open library page, and its candidates by `path`. */
export async function measureCandidates(
  page: Page,
  pdf: string,
  path: CandidatesPath,
): Promise<CandidatesRun> {
  if (path === 'view') await goToViewWhenAdded(page);
  const added = await addThroughLibrary(page, pdf);
  const stored = await storedDocument(page, added.id);
  if (!stored) throw new Error(`document ${added.id} is not in the library after adding`);
  const addedMs = added.added - added.chosen;
  if (path === 'view') {
    const handle = await page.waitForFunction(
      () => {
        const s = (window as unknown as { __benchView: { ready: number; rows: number } })
          .__benchView;
        return Number.isNaN(s.ready) ? null : s;
      },
      null,
      { polling: 50, timeout: 120_000 },
    );
    const view = (await handle.jsonValue()) as { ready: number; rows: number };
    return {
      path,
      addedMs,
      candidatesMs: view.ready - added.added,
      totalMs: view.ready - added.chosen,
      candidates: view.rows,
      textChars: stored.text.length,
    };
  }
  // The harness's round trip between "added" and the extraction's start is not counted: the
  // timing starts again in the page, with reading the document back from IndexedDB.
  const extracted = await extractInPage(page, added.id);
  const candidatesMs = extracted.end - extracted.start;
  return {
    path,
    addedMs,
    candidatesMs,
    totalMs: addedMs + candidatesMs,
    workerMs: extracted.workerMs,
    candidates: extracted.candidates,
    textChars: stored.text.length,
  };
}
