// What the library bench does through the extension's own pages (they share the extension's
// origin, so their IndexedDB is the one the background reads): open the library, add a file
// through its file input as a person would, and read or change tables of the 'policy-terms'
// database directly for setup (my terms, clearing the library between runs).
import type { BrowserContext, Page } from 'playwright-core';
import type { MyTerm } from '../../lib/my-glossary/types.ts';

export const glossaryUrl = (extensionId: string, hash: string) =>
  `chrome-extension://${extensionId}/glossary.html${hash}`;

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(…)`, a helper that does not exist in
 * the page a function is sent to by page.evaluate; this defines it there.
 */
export const defineNameHelper = (page: Page) =>
  page.evaluate('globalThis.__name ??= (f) => f; undefined');

/** Opens the library (glossary.html#/my) in a new tab, once its file input is there. */
export async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(glossaryUrl(extensionId, '#/my'));
  await defineNameHelper(page);
  await page.locator('.library-add input[type=file]').waitFor({ state: 'attached' });
  return page;
}

/**
 * Chooses `file` in the library's file input and resolves when the status line says it was
 * added (its "open" link), with the times of both in the page's clock: `chosen` is the input's
 * change event (the person picked the file), `added` the first frame showing the status line.
 */
export async function addThroughLibrary(
  page: Page,
  file: string,
): Promise<{ chosen: number; added: number; id: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchAdd: Record<string, unknown> };
    const before = document.querySelector('.add-status a')?.getAttribute('href') ?? null;
    const state: Record<string, unknown> = { chosen: NaN, added: NaN, href: null, failed: null };
    w.__benchAdd = state;
    const onChange = (e: Event) => {
      if ((e.target as HTMLInputElement).type === 'file') state.chosen = performance.now();
    };
    document.addEventListener('change', onChange, true);
    const observer = new MutationObserver(() => {
      const failed = document.querySelector('.add-status.error');
      if (failed) state.failed = failed.textContent;
      const href = document.querySelector('.add-status a')?.getAttribute('href') ?? null;
      if (!href || href === before || state.href) return;
      state.href = href;
      observer.disconnect();
      document.removeEventListener('change', onChange, true);
      // The frame that draws the status line.
      requestAnimationFrame((t) => (state.added = t));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('.library-add input[type=file]').setInputFiles(file);
  const handle = await page.waitForFunction(
    () => {
      const s = (window as unknown as { __benchAdd: Record<string, unknown> }).__benchAdd;
      return s.failed || !Number.isNaN(s.added) ? s : null;
    },
    null,
    { polling: 50, timeout: 120_000 },
  );
  const state = (await handle.jsonValue()) as {
    chosen: number;
    added: number;
    href: string;
    failed: string | null;
  };
  if (state.failed) throw new Error(`the library refused ${file}: ${state.failed}`);
  const id = decodeURIComponent(state.href.replace(/^#\/doc\//, '').split('/')[0] ?? '');
  return { chosen: state.chosen, added: state.added, id };
}

/** Runs `op` on one object store of the extension's database (already created by the page). */
function storeOp<T>(
  page: Page,
  store: string,
  op: 'clear' | 'count' | 'putAll' | 'get',
  arg?: unknown,
): Promise<T> {
  return page.evaluate(
    ({ store, op, arg }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('policy-terms');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(
            store,
            op === 'count' || op === 'get' ? 'readonly' : 'readwrite',
          );
          const os = tx.objectStore(store);
          let result: unknown;
          if (op === 'clear') os.clear();
          else if (op === 'count')
            os.count().onsuccess = (e) => (result = (e.target as IDBRequest).result);
          else if (op === 'get')
            os.get(arg as string).onsuccess = (e) => (result = (e.target as IDBRequest).result);
          else for (const row of arg as unknown[]) os.put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(result as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, op, arg },
  );
}

export const clearLibrary = (page: Page) => storeOp<void>(page, 'userDocuments', 'clear');

export const storedDocument = (page: Page, id: string) =>
  storeOp<{ text: string; blocks: unknown[] } | undefined>(page, 'userDocuments', 'get', id);

/**
 * Replaces my terms with `rows` (none: removes them all) and tells the background, as an
 * extension page does after any write to them ({type: 'myterms/changed'}).
 */
export async function setMyTerms(page: Page, rows: MyTerm[]): Promise<number> {
  await storeOp<void>(page, 'myTerms', 'clear');
  if (rows.length) await storeOp<void>(page, 'myTerms', 'putAll', rows);
  await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime.sendMessage({ type: 'myterms/changed' }),
  );
  return storeOp<number>(page, 'myTerms', 'count');
}
