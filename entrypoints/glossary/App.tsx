// Glossary page container: reads the glossary from IndexedDB (live), follows the hash route and
// hands each view its data. Drawing is done by components/glossary/.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrowseView } from '../../components/glossary/BrowseView.tsx';
import { DocumentList } from '../../components/glossary/DocumentList.tsx';
import { DocumentReader } from '../../components/glossary/DocumentReader.tsx';
import { GlossaryHeader, type Section } from '../../components/glossary/GlossaryHeader.tsx';
import { Message } from '../../components/glossary/Message.tsx';
import { TermList } from '../../components/glossary/TermList.tsx';
import { TermPage } from '../../components/glossary/TermPage.tsx';
import { LibraryTabs, type LibraryTab } from '../../components/my-terms/LibraryTabs.tsx';
import { canHighlight } from '../../components/term-marks.ts';
import { readGlossaryTables } from '../../lib/bundled-glossary.ts';
import { PolicyDatabase } from '../../lib/db.ts';
import { termsInText } from '../../lib/documents/terms.ts';
import { isUserDocumentId, type UserDocument } from '../../lib/documents/types.ts';
import {
  categoryCounts,
  groupByLetter,
  letterOf,
  termsByLetter,
  termsIn,
  termsInTopic,
  topicCounts,
} from '../../lib/glossary-page/browse.ts';
import { pageKeyAction } from '../../lib/glossary-page/keys.ts';
import { type DocumentTerm, termsOfDocument } from '../../lib/glossary-page/reader.ts';
import {
  docHref,
  hrefOf,
  parseRoute,
  type Route,
  termHref,
} from '../../lib/glossary-page/route.ts';
import { countsByDocument } from '../../lib/glossary-page/stats.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { sendToBackground } from '../../lib/messaging.ts';
import { openCandidates } from '../../lib/candidates/open.ts';
import { formOwners, type OwnerOf } from '../../lib/my-glossary/owners.ts';
import { dismissedCandidates, listMyTerms } from '../../lib/my-glossary/store.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { USER_TERM_PREFIX } from '../../lib/my-terms/id.ts';
import { createSearchIndex } from '../../lib/search.ts';
import type { MatchIndex, SeedDocument, TermEntry } from '../../lib/types.ts';
import { useLiveQuery } from '../../lib/ui/use-live-query.ts';
import { useReadingScript } from '../../lib/ui/use-reading-script.ts';
import { entryInScript, titleInScript } from '../../lib/script/entry-in-script.ts';
import { fromSimplified } from '../../lib/script/convert.ts';
import { langOf, type ReadingScript } from '../../lib/script/reading-script.ts';
import { Library } from './Library.tsx';
import { type Extraction, useCandidates } from './use-candidates.ts';
import { type LazyModule, useLazyModule } from '../../lib/ui/use-lazy-module.ts';
import { attachReaderMarks, type ReaderMarks } from './reader-marks.ts';

interface Glossary {
  terms: TermEntry[];
  byId: Map<string, TermEntry>;
  documents: Map<string, SeedDocument>;
}

let database: PolicyDatabase | undefined;
const db = () => (database ??= new PolicyDatabase());

async function readGlossary(): Promise<Glossary | null> {
  // Falls back to the packaged copy when IndexedDB cannot be opened.
  const { terms, documents } = await readGlossaryTables(db());
  // Empty right after install: the background is still writing it; liveQuery will refire.
  if (terms.length === 0) return null;
  return {
    terms,
    byId: new Map(terms.map((x) => [x.id, x])),
    documents: new Map(documents.map((d) => [d.id, d])),
  };
}

const loadMyViews = () => import('./my-views.ts');
type MyViews = typeof import('./my-views.ts');

/** The views that list or draw from all of the user's documents. */
const libraryViews = new Set<Route['kind']>(['library', 'candidates', 'myTerms', 'addTerm']);

/** The user's document being read: still loading, read (null: not in the library), or failed. */
type UserDocumentState = 'loading' | { doc: UserDocument | null } | { error: Error };
const readDoc = (state: UserDocumentState) =>
  (state !== 'loading' && 'doc' in state && state.doc) || undefined;

function sectionOf(route: Route): Section {
  if (route.kind === 'search') return 'search';
  if (
    route.kind === 'library' ||
    route.kind === 'myTerms' ||
    route.kind === 'candidates' ||
    route.kind === 'addTerm' ||
    (route.kind === 'term' && route.id.startsWith(USER_TERM_PREFIX)) ||
    (route.kind === 'doc' && isUserDocumentId(route.id))
  )
    return 'library';
  if (route.kind === 'documents' || route.kind === 'doc') return 'documents';
  if (route.kind === 'term' || route.kind === 'notFound') return 'other';
  return 'browse';
}

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [index, setIndex] = useState<MatchIndex | null>(null);
  const [indexError, setIndexError] = useState<string | null>(null);
  // Asked for as soon as the route needs it, not once the document is drawn: the background's
  // answer then arrives while the glossary and the document are read (budget b,
  // docs/benchmarks-library.md).
  const needsIndex = route.kind === 'doc' || route.kind === 'candidates';
  useEffect(() => {
    if (!needsIndex || index || indexError) return;
    sendToBackground({ type: 'glossary/index' }).then(setIndex, (error: Error) =>
      setIndexError(error.message || String(error)),
    );
  }, [needsIndex, index, indexError]);
  // The reader's own document, asked for before the glossary: IndexedDB answers in turn, and
  // the reader draws it without waiting for the glossary (UserReader).
  const userDocId = route.kind === 'doc' && isUserDocumentId(route.id) ? route.id : null;
  const liveUserDoc = useLiveQuery(
    async () => ({
      id: userDocId,
      doc: userDocId ? ((await db().userDocuments.get(userDocId)) ?? null) : null,
    }),
    [userDocId],
  );
  // What was read for another document (the route just changed) is not this one's.
  const userDoc: UserDocumentState =
    liveUserDoc.status === 'error'
      ? { error: liveUserDoc.error }
      : liveUserDoc.status === 'ready' && liveUserDoc.value.id === userDocId
        ? { doc: liveUserDoc.value.doc }
        : 'loading';
  // The glossary (~4 MB from IndexedDB, decoded on this thread) is read after the reader's
  // document, not alongside it: the two reads would share the first few hundred ms of a cold open.
  const glossaryWanted = !userDocId || userDoc !== 'loading';
  const live = useLiveQuery(async () => (glossaryWanted ? readGlossary() : null), [glossaryWanted]);
  const scriptFor = useReadingScript();
  const glossary = live.status === 'ready' ? live.value : null;
  // The user's documents, with their text (the library searches it, the candidates are drawn
  // from it), read only by the library's views: every document's text is megabytes for a large
  // library, and the reader needs just one (budget b, docs/benchmarks-library.md).
  const inLibrary = libraryViews.has(route.kind);
  const liveLibrary = useLiveQuery(
    async () => (inLibrary ? db().userDocuments.toArray() : null),
    [inLibrary],
  );
  const library = liveLibrary.status === 'ready' ? liveLibrary.value : null;
  const myViews = useLazyModule(
    loadMyViews,
    (inLibrary && route.kind !== 'library') ||
      (route.kind === 'term' && route.id.startsWith(USER_TERM_PREFIX)),
  );
  // My terms and the candidates the user dismissed; live, so every view follows every write.
  const liveMine = useLiveQuery(() => listMyTerms(db()));
  const liveDismissed = useLiveQuery(() => dismissedCandidates(db()));
  const [highlight, setHighlight] = useState(true);
  const searchBox = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const marks = useRef<ReaderMarks | null>(null);
  // Set when the route changed by navigation (a link, back/forward), not by typing a search.
  const moveFocus = useRef(false);

  useEffect(() => {
    const onHash = () => {
      moveFocus.current = true;
      setRoute(parseRoute(location.hash));
    };
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const link = target.closest<HTMLElement>('.term-list a');
      // Read the list only when a term in it has focus: other keys need not walk 1,600 links.
      const links = link ? [...document.querySelectorAll<HTMLElement>('main .term-list a')] : [];
      const action = pageKeyAction(e, {
        typing: !!target.closest('input, textarea, select, [contenteditable]'),
        at: link ? links.indexOf(link) : -1,
        count: links.length,
      });
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'term') {
        links[action.index]?.focus();
        return;
      }
      searchBox.current?.focus();
      if (action.kind === 'search') searchBox.current?.select();
    };
    // My terms changed (here or in another tab): the background serves a new index.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown })?.type !== 'page/glossaryChanged') return;
      setIndex(null);
      setIndexError(null);
    };
    window.addEventListener('hashchange', onHash);
    document.addEventListener('keydown', onKey);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const search = useMemo(
    () =>
      glossary &&
      createSearchIndex(glossary.terms.map((x) => ({ ...x, total: x.occurrences.length }))),
    [glossary],
  );
  const query = route.kind === 'search' ? route.query : '';
  const hits = useMemo(() => (search && query ? search(query, 100) : []), [search, query]);

  // The document the reader shows: the user's (read above) or a seed.
  const doc =
    route.kind !== 'doc'
      ? undefined
      : isUserDocumentId(route.id)
        ? readDoc(userDoc)
        : glossary?.documents.get(route.id);

  const myTerms = liveMine.status === 'ready' ? liveMine.value : null;
  const extraction = useCandidates(route.kind === 'candidates', library, index);
  const ownerOf = useMemo(
    () => (glossary && myTerms ? formOwners(glossary.terms, myTerms) : null),
    [glossary, myTerms],
  );
  const dismissed = liveDismissed.status === 'ready' ? liveDismissed.value : null;
  const mine: MineData | null =
    myTerms && ownerOf && dismissed ? { myTerms, ownerOf, dismissed, extraction } : null;

  // Scan the reader's article and wire tooltips; once per document. A layout effect, so the
  // scan starts before the article's first paint rather than a frame after it: the first
  // screen's blocks come first in the scan, so their marks are in that paint.
  useLayoutEffect(() => {
    const article = articleRef.current;
    if (!doc || !index || !article || !canHighlight()) return;
    const attached = attachReaderMarks(article, doc, index, {
      openTerm: (id) => {
        location.hash = termHref(id);
      },
      hideMarks: () => setHighlight(false),
    });
    marks.current = attached;
    return () => {
      attached.destroy();
      marks.current = null;
    };
  }, [doc, index]);

  useEffect(() => marks.current?.setVisible(highlight), [highlight, doc, index]);

  // The term list beside a user's document: matched once per document and index (300k
  // characters take tens of ms), once the reader's marks are made, so it never delays them.
  const [docTerms, setDocTerms] = useState<UserDocTerms | null>(null);
  useEffect(() => {
    if (!doc || !index || !glossary || !isUserDocumentId(doc.id)) return;
    let current = true;
    void (marks.current?.ready ?? Promise.resolve()).then(() => {
      if (current) setDocTerms({ doc, index, terms: termsInText(doc.text, index, glossary.byId) });
    });
    return () => {
      current = false;
    };
  }, [doc, index, glossary]);
  const userDocTerms =
    docTerms && docTerms.doc === doc && docTerms.index === index ? docTerms.terms : null;

  // After each navigation: the reader goes to its place; other views start at the top with
  // focus on their heading, so keyboard and screen reader users land on the new content.
  useEffect(() => {
    // Views wait for the glossary; a user's document is drawn without it.
    if (!glossary && !userDocId) return;
    if (
      route.kind === 'doc' &&
      route.offset !== undefined &&
      doc &&
      canHighlight() &&
      !indexError
    ) {
      const current = marks.current;
      // Not attached yet: this runs again when the index arrives and the marks are attached.
      if (!current) return;
      moveFocus.current = false;
      const offset = route.offset;
      void current.ready.then(() => marks.current === current && current.reveal(offset));
      return;
    }
    if (!moveFocus.current) return;
    moveFocus.current = false;
    window.scrollTo(0, 0);
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [route, glossary, index, doc, indexError]);

  useEffect(() => {
    document.title = `${titleOf(route, glossary, doc)} · ${t('glossaryTitle')}`;
  }, [route, glossary, doc]);

  const onQuery = (next: string) => {
    const target = next.trim() ? hrefOf({ kind: 'search', query: next }) : '#/';
    // Typing refines one search: one history entry per search, not one per keystroke.
    if (route.kind === 'search') history.replaceState(null, '', target);
    else history.pushState(null, '', target);
    setRoute(parseRoute(target));
  };

  const focusMain = () => {
    const main = mainRef.current;
    (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
  };

  return (
    <>
      <GlossaryHeader
        query={query}
        section={sectionOf(route)}
        inputRef={searchBox}
        onQuery={onQuery}
        onSubmit={() => {
          const top = hits[0];
          if (top) location.hash = termHref(top.term.id);
        }}
        onEnterResults={() => mainRef.current?.querySelector<HTMLElement>('.term-list a')?.focus()}
        onSkip={focusMain}
      />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {live.status === 'error' ? (
          <Message
            role="alert"
            text={t('dbUnavailable', live.error.message || String(live.error))}
          />
        ) : userDocId ? (
          <UserReader
            id={userDocId}
            state={userDoc}
            terms={userDocTerms}
            indexError={indexError}
            highlight={highlight}
            onHighlight={setHighlight}
            articleRef={articleRef}
            scriptFor={scriptFor}
          />
        ) : !glossary ? (
          <Message text={t('loading')} />
        ) : (
          <View
            route={route}
            glossary={glossary}
            hits={hits.map((h) => h.term.id)}
            library={library}
            libraryError={liveLibrary.status === 'error' ? liveLibrary.error : null}
            highlight={highlight}
            onHighlight={setHighlight}
            articleRef={articleRef}
            indexError={indexError}
            scriptFor={scriptFor}
            mine={mine}
            myViews={myViews}
            mineError={
              liveMine.status === 'error'
                ? liveMine.error
                : liveDismissed.status === 'error'
                  ? liveDismissed.error
                  : null
            }
          />
        )}
      </main>
    </>
  );
}

function titleOf(route: Route, glossary: Glossary | null, doc: SeedDocument | undefined): string {
  switch (route.kind) {
    case 'term':
      return (
        glossary?.byId.get(route.id)?.term ??
        (route.id.startsWith(USER_TERM_PREFIX) ? route.id.slice(USER_TERM_PREFIX.length) : route.id)
      );
    case 'doc':
      return doc?.title ?? route.id;
    case 'documents':
      return t('glossaryDocuments');
    case 'library':
      return t('glossaryLibrary');
    case 'candidates':
      return t('candidatesTitle');
    case 'myTerms':
      return t('myTermsTitle');
    case 'addTerm':
      return t('addTermTitle');
    case 'search':
      return t('glossarySearchResults', route.query);
    case 'category':
      return t(`category_${route.category}`);
    case 'topic':
      return t(`topic_${route.topic}`);
    case 'letter':
      return t('glossaryLetter', route.letter.toUpperCase());
    default:
      return t('glossaryBrowse');
  }
}

interface ViewProps {
  route: Route;
  glossary: Glossary;
  hits: string[];
  library: UserDocument[] | null;
  libraryError: Error | null;
  highlight: boolean;
  onHighlight(on: boolean): void;
  articleRef: RefObject<HTMLElement | null>;
  indexError: string | null;
  scriptFor(doc?: SeedDocument['script']): ReadingScript;
  mine: MineData | null;
  /** The views of my terms, once loaded. */
  myViews: LazyModule<MyViews>;
  mineError: Error | null;
}

/** The term list of the user's document being read, and what it was matched from. */
interface UserDocTerms {
  doc: SeedDocument;
  index: MatchIndex;
  terms: DocumentTerm[];
}

/** What the views of my terms and candidates read. */
interface MineData {
  myTerms: MyTerm[];
  ownerOf: OwnerOf;
  dismissed: ReadonlySet<string>;
  extraction: Extraction | null;
}

function View({
  route,
  glossary,
  hits,
  library,
  libraryError,
  highlight,
  onHighlight,
  articleRef,
  indexError,
  scriptFor,
  mine,
  myViews,
  mineError,
}: ViewProps) {
  const { terms, byId, documents } = glossary;
  const letters = useMemo(() => new Set(terms.map(letterOf)), [terms]);
  const categories = useMemo(() => categoryCounts(terms), [terms]);
  const topics = useMemo(() => topicCounts(terms), [terms]);
  const docList = useMemo(() => [...documents.values()], [documents]);

  switch (route.kind) {
    case 'home':
    case 'category':
    case 'topic':
    case 'letter': {
      const selection = route.kind === 'home' ? ({ kind: 'all' } as const) : route;
      const groups =
        route.kind === 'home'
          ? groupByLetter(terms)
          : route.kind === 'letter'
            ? [{ letter: route.letter, terms: termsByLetter(terms, route.letter) }]
            : route.kind === 'topic'
              ? [{ letter: route.topic, terms: termsInTopic(terms, route.topic) }]
              : [{ letter: route.category, terms: termsIn(terms, route.category) }];
      return (
        <BrowseView
          selection={selection}
          categories={categories}
          topics={topics}
          letters={letters}
          groups={groups}
          total={terms.length}
          termHref={termHref}
        />
      );
    }
    case 'search':
      return (
        <div class="search-results">
          <h1 id="results-h" tabIndex={-1}>
            {t('glossarySearchResults', route.query)}
          </h1>
          {hits.length === 0 ? (
            <p class="empty muted" role="status">
              {t('popupNoResults', route.query)}
            </p>
          ) : (
            <>
              <p class="muted" role="status">
                {tCount('glossaryTermCount', hits.length)}
              </p>
              <TermList
                terms={hits.flatMap((id) => {
                  const entry = byId.get(id);
                  return entry ? [{ ...entry, term: fromSimplified(entry.term, scriptFor()) }] : [];
                })}
                hrefOf={termHref}
                labelledBy="results-h"
                lang={langOf(scriptFor())}
              />
            </>
          )}
        </div>
      );
    case 'term': {
      if (route.id.startsWith(USER_TERM_PREFIX)) {
        if (mineError) return <Message role="alert" text={t('dbUnavailable', mineError.message)} />;
        if (myViews.status === 'error') return <ModuleError error={myViews.error} />;
        if (!mine || myViews.status !== 'ready') return <Message text={t('loading')} />;
        const { MyTermRoute } = myViews.module;
        return (
          <MyTermRoute
            db={db()}
            id={route.id}
            terms={mine.myTerms}
            byId={byId}
            ownerOf={mine.ownerOf}
          />
        );
      }
      const stored = byId.get(route.id);
      if (!stored) return <Message heading text={t('glossaryTermMissing', route.id)} />;
      const script = scriptFor();
      const entry = entryInScript(stored, script);
      return (
        <TermPage
          entry={entry}
          lang={langOf(script)}
          documents={
            new Map(
              [...documents].map(([id, d]) => [id, { ...d, title: titleInScript(d, script) }]),
            )
          }
          related={entry.related.flatMap((id) => {
            const r = byId.get(id);
            return r ? [{ id, term: fromSimplified(r.term, script) }] : [];
          })}
          counts={countsByDocument(entry, docList)}
          termHref={termHref}
          docHref={docHref}
          onRelated={(id) => {
            location.hash = termHref(id);
          }}
        />
      );
    }
    case 'documents':
      return (
        <DocumentList
          documents={docList}
          termCounts={new Map(docList.map((d) => [d.id, termsOfDocument(terms, d.id).length]))}
          docHref={(id) => docHref(id)}
        />
      );
    case 'library':
    case 'candidates':
    case 'myTerms':
    case 'addTerm': {
      const failed = libraryError ?? mineError;
      if (failed) return <Message role="alert" text={t('dbUnavailable', failed.message)} />;
      if (myViews.status === 'error') return <ModuleError error={myViews.error} />;
      if (!library || !mine || (route.kind !== 'library' && myViews.status !== 'ready'))
        return <Message text={t('loading')} />;
      const views = myViews.status === 'ready' ? myViews.module : null;
      const tab: LibraryTab | null =
        route.kind === 'library'
          ? 'documents'
          : route.kind === 'candidates'
            ? 'candidates'
            : route.kind === 'myTerms'
              ? 'terms'
              : null;
      const open =
        mine.extraction?.state.kind === 'ready'
          ? openCandidates(mine.extraction.candidates, mine.dismissed, mine.ownerOf).length
          : null;
      return (
        <>
          <LibraryTabs
            current={tab}
            counts={{ documents: library.length, candidates: open, terms: mine.myTerms.length }}
          />
          {route.kind === 'library' ? (
            <Library db={db()} docs={library} />
          ) : route.kind === 'candidates' && indexError ? (
            <Message role="alert" text={t('candidatesIndexError', indexError)} />
          ) : route.kind === 'candidates' ? (
            views && (
              <views.Candidates
                db={db()}
                extraction={mine.extraction}
                docs={library}
                dismissed={mine.dismissed}
                myTerms={mine.myTerms}
                builtIn={terms}
                byId={byId}
                ownerOf={mine.ownerOf}
              />
            )
          ) : route.kind === 'myTerms' ? (
            views && (
              <views.MyTerms
                db={db()}
                terms={mine.myTerms}
                docs={library}
                byId={byId}
                ownerOf={mine.ownerOf}
              />
            )
          ) : (
            views && <views.AddTerm db={db()} draft={route.draft} ownerOf={mine.ownerOf} />
          )}
        </>
      );
    }
    case 'doc': {
      // A user's document is drawn by App, without waiting for the glossary (UserReader).
      const doc = documents.get(route.id);
      if (!doc) return <Message heading text={t('glossaryDocMissing', route.id)} />;
      return (
        <Reader
          doc={doc}
          terms={termsOfDocument(terms, doc.id)}
          indexError={indexError}
          highlight={highlight}
          onHighlight={onHighlight}
          articleRef={articleRef}
          scriptFor={scriptFor}
        />
      );
    }
    case 'notFound':
      return <Message heading text={t('glossaryNotFound', `#/${route.path}`)} />;
  }
}

interface ReaderProps {
  doc: SeedDocument;
  /** Null while they are matched (a user's document, once its marks are drawn). */
  terms: DocumentTerm[] | null;
  indexError: string | null;
  highlight: boolean;
  onHighlight(on: boolean): void;
  articleRef: RefObject<HTMLElement | null>;
  scriptFor(doc?: SeedDocument['script']): ReadingScript;
}

function Reader({ doc, terms, indexError, scriptFor, ...rest }: ReaderProps) {
  const script = scriptFor(doc.script);
  return (
    <>
      {indexError && <Message role="alert" text={t('readerIndexError', indexError)} />}
      <DocumentReader
        doc={doc}
        terms={terms?.map((row) => ({ ...row, term: fromSimplified(row.term, script) })) ?? null}
        termsLang={langOf(script)}
        canHighlight={canHighlight()}
        termHref={termHref}
        docHref={docHref}
        {...rest}
      />
    </>
  );
}

/**
 * A user's document in the reader. Drawn as soon as the document is read, not after the
 * glossary (1,600 terms and the seeds, a few hundred ms on a cold open): the marks need only the
 * background's index, and the term list beside it waits for the glossary on its own.
 */
function UserReader({
  id,
  state,
  ...rest
}: Omit<ReaderProps, 'doc'> & { id: string; state: UserDocumentState }) {
  if (state === 'loading') return <Message text={t('loading')} />;
  if ('error' in state)
    return <Message role="alert" text={t('dbUnavailable', state.error.message)} />;
  if (!state.doc) return <Message heading text={t('glossaryDocMissing', id)} />;
  return <Reader doc={state.doc} {...rest} />;
}

/** The views of my terms could not be loaded (the extension was updated under the page). */
function ModuleError({ error }: { error: Error }) {
  return <Message role="alert" text={t('viewLoadFailed', error.message || String(error))} />;
}
