// Popup container: loads the glossary from IndexedDB, wires search, the term view, "on this
// page" and the quick toggles. Drawing is done by components/.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddPage, type AddPageState } from '../../components/AddPage.tsx';
import { type PageTermRow, PageTerms } from '../../components/PageTerms.tsx';
import { SearchResults } from '../../components/SearchResults.tsx';
import { TermDetail } from '../../components/TermDetail.tsx';
import { readGlossaryTables } from '../../lib/bundled-glossary.ts';
import { PolicyDatabase } from '../../lib/db.ts';
import { DocumentError } from '../../lib/documents/errors.ts';
import { docHref, termHref } from '../../lib/glossary-page/route.ts';
import { searchableMyTerms } from '../../lib/my-glossary/searchable.ts';
import { listMyTerms } from '../../lib/my-glossary/store.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { USER_TERM_PREFIX } from '../../lib/my-terms/id.ts';
import { t } from '../../lib/i18n.ts';
import { sendToTab } from '../../lib/messaging.ts';
import { createSearchIndex } from '../../lib/search.ts';
import {
  isActiveOn,
  loadSettings,
  type Settings,
  settingsItem,
  siteOf,
  toggleSite,
  updateSettings,
} from '../../lib/settings.ts';
import type { SeedDocument, TermEntry } from '../../lib/types.ts';
import { useLiveQuery } from '../../lib/ui/use-live-query.ts';
import { fromSimplified } from '../../lib/script/convert.ts';
import { entryInScript, titleInScript } from '../../lib/script/entry-in-script.ts';
import { pageScript } from '../../lib/script/page-script.ts';
import { langOf } from '../../lib/script/reading-script.ts';
import './popup.css';

interface Glossary {
  terms: Map<string, TermEntry>;
  documents: Map<string, SeedDocument>;
  /** The user's own terms (none when they cannot be read: the glossary still works). */
  mine: Map<string, MyTerm>;
}

const db = new PolicyDatabase();

async function readGlossary(): Promise<Glossary | null> {
  // Falls back to the packaged copy when IndexedDB cannot be opened.
  const { terms, documents } = await readGlossaryTables(db);
  // Empty right after install: the background is still writing it; liveQuery will refire.
  if (terms.length === 0) return null;
  const mine = await listMyTerms(db).catch(() => []);
  return {
    terms: new Map(terms.map((x) => [x.id, x])),
    documents: new Map(documents.map((d) => [d.id, d])),
    mine: new Map(mine.map((x) => [x.id, x])),
  };
}

/** The tab the popup acts on: the active one, or ?tab=ID when opened as a page (tests). */
async function currentTab(): Promise<{ id: number; url: string } | null> {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  if (forced) {
    const tab = await browser.tabs.get(forced);
    return { id: forced, url: tab.url ?? '' };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id !== undefined ? { id: active.id, url: active.url ?? '' } : null;
}

export function App() {
  const live = useLiveQuery(readGlossary);
  const glossary = live.status === 'ready' ? live.value : null;
  const error = live.status === 'error' ? live.error.message || String(live.error) : null;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [pageRows, setPageRows] = useState<PageTermRow[] | null>(null);
  const [pageUnavailable, setPageUnavailable] = useState(false);
  const [selected, setSelected] = useState<{ id: string; occurrence: number }>();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [addPage, setAddPage] = useState<AddPageState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const unwatch = settingsItem.watch((s) => setSettings(s));
    void currentTab().then((current) => current && setTab(current));
    input.current?.focus();
    return unwatch;
  }, []);

  useEffect(() => {
    if (!tab || !glossary) return;
    sendToTab(tab.id, { type: 'page/terms' }).then(
      ({ url, terms }) => {
        // Without the "tabs" permission the popup cannot read the tab's address; the page can.
        setTab((current) => (current && !current.url ? { ...current, url } : current));
        setPageRows(
          terms.flatMap(({ id, count }) => {
            const term = glossary.terms.get(id) ?? glossary.mine.get(id);
            return term ? [{ id, count, term: term.term, english: term.english }] : [];
          }),
        );
      },
      () => setPageUnavailable(true),
    );
  }, [tab?.id, glossary]);

  const search = useMemo(() => {
    if (!glossary) return null;
    return createSearchIndex([
      ...[...glossary.terms.values()].map((term) => ({ ...term, total: term.occurrences.length })),
      ...searchableMyTerms([...glossary.mine.values()]),
    ]);
  }, [glossary]);
  const hits = useMemo(() => search?.(query) ?? [], [search, query]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) pick(hits[active].term.id);
    else return;
    e.preventDefault();
  };

  // My terms have their page in the glossary (definition, sources, edit); built-in ones open here.
  const pick = (id: string) => {
    if (!id.startsWith(USER_TERM_PREFIX)) return setOpenId(id);
    void browser.tabs.create({
      url: browser.runtime.getURL(`/glossary.html${termHref(id)}` as '/popup.html'),
    });
    window.close();
  };

  const reveal = (id: string, occurrence: number) => {
    if (!tab) return;
    setSelected({ id, occurrence });
    void sendToTab(tab.id, { type: 'page/reveal', id, occurrence });
  };

  const addToLibrary = async () => {
    if (!tab) return;
    setAddPage({ kind: 'busy' });
    try {
      // Readability and the metadata reader load only when asked for.
      const { addTabToLibrary } = await import('../../lib/documents/add-page.ts');
      const { id, title } = await addTabToLibrary(tab.id);
      const href = browser.runtime.getURL('/glossary.html') + docHref(id);
      setAddPage({ kind: 'added', title, href });
    } catch (error) {
      const reason =
        error instanceof DocumentError
          ? t(`docError_${error.code}`)
          : t('libraryStoreFailed', (error as Error)?.message || String(error));
      setAddPage({ kind: 'failed', reason });
    }
  };

  const openPage = (page: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html` as '/popup.html') });
    window.close();
  };

  if (error)
    return (
      <p class="error" role="alert">
        {t('dbUnavailable', error)}
      </p>
    );
  const entry = openId ? glossary?.terms.get(openId) : undefined;
  const siteActive = settings && tab ? isActiveOn({ ...settings, enabled: true }, tab.url) : false;
  // The option's script, else the interface language's (a zh_TW interface reads Taiwan's).
  const script = pageScript(settings?.tooltipScript ?? 'page', browser.i18n.getUILanguage());
  const shown = <T extends { term: string }>(x: T): T => ({
    ...x,
    term: fromSimplified(x.term, script),
  });
  return (
    <main class="popup">
      <h1 class="popup-title">
        <img src="/icon/32.png" alt="" width="16" height="16" />
        {t('extName')}
      </h1>
      {entry && glossary ? (
        <section class="detail">
          <button type="button" class="back" onClick={() => setOpenId(null)}>
            ← {t('popupBack')}
          </button>
          <TermDetail
            entry={entryInScript(entry, script)}
            lang={langOf(script)}
            documents={
              new Map(
                [...glossary.documents].map(([id, d]) => [
                  id,
                  { ...d, title: titleInScript(d, script) },
                ]),
              )
            }
            related={entry.related.flatMap((id) => {
              const r = glossary.terms.get(id);
              return r ? [shown(r)] : [];
            })}
            onRelated={setOpenId}
            excerptHref={(doc, start) =>
              browser.runtime.getURL(`/glossary.html#/doc/${doc}/${start}` as '/popup.html')
            }
          />
        </section>
      ) : (
        <>
          <label class="sr-only" for="q">
            {t('popupSearchLabel')}
          </label>
          <input
            id="q"
            ref={input}
            type="search"
            // The listbox exists only while there are hits, and aria-controls must name an
            // element that is there (axe: aria-valid-attr-value, critical).
            aria-controls={hits.length > 0 ? 'results' : undefined}
            aria-activedescendant={hits[active] ? `opt-${hits[active].term.id}` : undefined}
            autocomplete="off"
            placeholder={t('popupSearchPlaceholder')}
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          {glossary ? (
            <SearchResults
              query={query}
              hits={hits.map((hit) => ({ ...hit, term: shown(hit.term) }))}
              active={active}
              onPick={pick}
              lang={langOf(script)}
            />
          ) : (
            <p class="muted">{t('loading')}</p>
          )}
          {!query.trim() && (
            <section class="on-page" aria-labelledby="on-page-h">
              <h2 id="on-page-h">{t('popupOnThisPage')}</h2>
              <PageTerms
                rows={
                  pageRows?.map((row) => ({ ...row, term: fromSimplified(row.term, script) })) ??
                  null
                }
                lang={langOf(script)}
                unavailable={pageUnavailable}
                selected={selected}
                onReveal={reveal}
              />
            </section>
          )}
        </>
      )}
      <footer>
        <AddPage
          state={addPage}
          disabled={!tab}
          onAdd={() => void addToLibrary()}
          onOpen={(url) => {
            void browser.tabs.create({ url });
            window.close();
          }}
        />
        <label>
          <input
            type="checkbox"
            checked={siteActive}
            disabled={!tab || !siteOf(tab.url)}
            onChange={() => tab && void toggleSite(tab.url)}
          />{' '}
          {t('popupSiteToggle')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings?.enabled ?? true}
            onChange={(e) => void updateSettings({ enabled: e.currentTarget.checked })}
          />{' '}
          {t('popupGlobalToggle')}
        </label>
        <nav>
          <button type="button" class="link" onClick={() => openPage('glossary')}>
            {t('popupGlossary')}
          </button>
          <button type="button" class="link" onClick={() => openPage('notebook')}>
            {t('popupNotebook')}
          </button>
          <button type="button" class="link" onClick={() => openPage('options')}>
            {t('popupOptions')}
          </button>
          <button type="button" class="link" onClick={() => openPage('welcome')}>
            {t('popupWelcome')}
          </button>
        </nav>
      </footer>
    </main>
  );
}
