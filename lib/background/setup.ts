// Background start-up: open the database, install the bundled glossary when its hash changed,
// and answer messages. If IndexedDB cannot be opened (private windows, a corrupted profile),
// lookups keep working from the bundle held in memory and saving reports why it cannot.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { installGlossary, PolicyDatabase } from '../db.ts';
import type { GlossaryBundle, MatchIndex } from '../types.ts';
import { sendToTab } from '../messaging.ts';
import { addTermHref } from '../glossary-page/route.ts';
import { createHandlers, type IndexCache } from './handlers.ts';
import { routeMessage } from './router.ts';

/**
 * `hash` is the packaged glossary's (known at build time): when IndexedDB already holds it, the
 * ~MB glossary file is not even read at start-up, only when a lookup needs it.
 */
export function startBackground(
  loadBundle: () => Promise<GlossaryBundle>,
  hash: string,
  loadIndex?: () => Promise<MatchIndex>,
): void {
  let loaded: Promise<GlossaryBundle> | undefined;
  const bundle = () => {
    loaded ??= loadBundle();
    return loaded;
  };
  let indexLoaded: Promise<MatchIndex> | undefined;
  const index = loadIndex
    ? () => {
        indexLoaded ??= loadIndex();
        return indexLoaded;
      }
    : undefined;
  let openedOnly: Promise<PolicyDatabase | null> | undefined;
  const userDb = () => {
    openedOnly ??= openOnly();
    return openedOnly;
  };
  let opened: Promise<PolicyDatabase | null> | undefined;
  const db = () => {
    opened ??= userDb().then((d) => d && installIfChanged(d, bundle, hash));
    return opened;
  };
  void db();

  const handlers = createHandlers({
    bundle,
    ...(index ? { index } : {}),
    db,
    userDb,
    indexCache: sessionIndexCache(hash),
    announceIndexChanged: async () => {
      // Extension pages (the reader) listen on runtime messages; content scripts on their tab's.
      void browser.runtime.sendMessage({ type: 'page/glossaryChanged' }).catch(() => undefined);
      const tabs = await browser.tabs.query({});
      const told = await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? false
            : sendToTab(tab.id, { type: 'page/glossaryChanged' }, 'all').then(
                () => true,
                () => false,
              ),
        ),
      );
      return told.filter(Boolean).length;
    },
    openPage: async (page, id) => {
      const hash = page === 'glossary' && id ? `#/term/${encodeURIComponent(id)}` : '';
      await browser.tabs.create({
        url: browser.runtime.getURL(`/${page}.html${hash}` as '/popup.html'),
      });
    },
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(handlers, browser.runtime.id, message, sender, browser.runtime.getURL('/')),
  );

  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.create({
      id: 'save-selection',
      title: browser.i18n.getMessage('contextSave'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: 'add-term',
      title: browser.i18n.getMessage('contextAddTerm'),
      contexts: ['selection'],
    });
    void welcomeOnInstall(details);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenu(info, tab));
  browser.commands.onCommand.addListener((command) => runCommand(command));
}

/** What the browser tells of a context-menu click (contextMenus.OnClickData, the parts used). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
}

/** The context menu's items, as the browser calls them (exported for the unit tests). */
export async function onContextMenu(
  info: MenuClick,
  tab: { id?: number; title?: string; url?: string } | undefined,
): Promise<void> {
  if (info.menuItemId === 'add-term') return addTermFromSelection(info, tab);
  if (info.menuItemId !== 'save-selection' || tab?.id === undefined) return;
  // The frame the selection was made in.
  await sendToTab(tab.id, { type: 'page/saveSelection' }, { frameId: info.frameId ?? 0 }).catch(
    () => undefined,
  );
}

/**
 * "Add to my glossary": opens the add form filled with the selection, the sentence it stands in
 * and the page (asked of the frame's content script; from the menu's own data when the page has
 * none, such as a PDF in the browser's viewer).
 */
async function addTermFromSelection(
  info: MenuClick,
  tab: { id?: number; title?: string; url?: string } | undefined,
): Promise<void> {
  const context =
    tab?.id === undefined
      ? null
      : await sendToTab(tab.id, { type: 'page/selectionContext' }, { frameId: info.frameId ?? 0 })
          .then((answer) => answer ?? null)
          .catch(() => null);
  const draft = {
    term: (context?.text ?? info.selectionText ?? '').trim(),
    sentence: context?.sentence ?? '',
    url: context?.url ?? info.pageUrl ?? tab?.url ?? '',
    title: context?.title ?? tab?.title ?? '',
  };
  await browser.tabs.create({
    url: browser.runtime.getURL(`/glossary.html${addTermHref(draft)}` as '/popup.html'),
  });
}

/**
 * The combined index kept in storage.session: it outlives a stopped service worker (which would
 * otherwise read every term and rebuild it, ~0.3 s for 2,000 terms, before the first page gets
 * its index) but not the browser, and content scripts cannot read it. Cleared on every
 * myterms/changed; stored with the glossary's hash, so an update of the extension rebuilds it.
 */
function sessionIndexCache(hash: string): IndexCache | undefined {
  const session = browser.storage?.session;
  if (!session) return undefined;
  const KEY = 'combinedIndex';
  return {
    async get() {
      const stored = (await session.get(KEY))[KEY] as
        { hash: string; index: MatchIndex } | undefined;
      return stored?.hash === hash ? stored.index : undefined;
    },
    set: (index) => session.set({ [KEY]: { hash, index } }),
    clear: () => session.remove(KEY),
  };
}

/** Set once the welcome page has been opened, so it opens only the first time. */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', {
  fallback: false,
});

/**
 * Opens the welcome page once, when the extension is first installed: not on an update, a
 * browser update or a reload (those report another reason). Chromium also reports "install" at
 * every start for an extension loaded with --load-extension (measured in e2e/welcome.e2e.ts), so
 * a stored flag keeps it to the first. Exported for its tests.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install' || (await welcomeShownItem.getValue())) return;
  await welcomeShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/** A keyboard shortcut (manifest `commands`), for the active tab. Exported for its tests. */
export async function runCommand(command: string): Promise<void> {
  if (command !== 'toggle-highlights' && command !== 'save-selection') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // Every frame: each toggles its own marks, and the one holding the selection saves it (the
  // others answer that there is none). Pages without our script (browser pages) do not answer.
  const type = command === 'toggle-highlights' ? 'page/toggle' : 'page/saveSelection';
  await sendToTab(tab.id, { type }, 'all').catch(() => undefined);
}

export async function openDatabase(
  bundle: () => Promise<GlossaryBundle>,
  name?: string,
  hash?: string,
): Promise<PolicyDatabase | null> {
  const db = await openOnly(name);
  return db && installIfChanged(db, bundle, hash);
}

/** The database opened, before any glossary install: null when IndexedDB is unavailable. */
async function openOnly(name?: string): Promise<PolicyDatabase | null> {
  try {
    const db = new PolicyDatabase(name);
    await db.open();
    return db;
  } catch (error) {
    console.error('policy-terms: IndexedDB unavailable, using the bundled glossary', error);
    return null;
  }
}

async function installIfChanged(
  db: PolicyDatabase,
  bundle: () => Promise<GlossaryBundle>,
  hash?: string,
): Promise<PolicyDatabase> {
  try {
    const stored = hash ? await db.meta.get('glossaryHash') : undefined;
    if (!hash || stored?.value !== hash) {
      const started = performance.now();
      const loaded = await bundle();
      if (await installGlossary(db, loaded)) {
        // How long reading and storing the glossary took, kept for support and for the bench
        // (scripts/bench-install.ts): the only figure of the install nobody else can see.
        const ms = Math.round(performance.now() - started);
        await db.meta.put({ key: 'glossaryInstall', value: { ms, terms: loaded.terms.length } });
      }
    }
  } catch (error) {
    // A full disk: the update rolled back and the stored glossary is as it was. The notebook
    // stays readable; lookups use the bundle in memory anyway.
    console.error('policy-terms: could not store the glossary update', error);
  }
  return db;
}
