// Notebook page container: reads the notebook live from IndexedDB (this page is in the extension
// origin), searches and filters it in memory, and carries out edits, deletes with undo, exports
// and imports. Drawing is done by components/notebook.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PolicyDatabase, type SavedExcerpt } from '../../lib/db.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { exportFileName, toCsv, toJson, toMarkdown } from '../../lib/notebook/export.ts';
import {
  deleteExcerpt,
  describeDbError,
  restoreExcerpt,
  updateExcerpt,
} from '../../lib/notebook/store.ts';
import {
  applyImport,
  checkImportSize,
  type ImportError,
  parseNotebookExport,
  planImport,
} from '../../lib/notebook/import.ts';
import {
  basicFold,
  createNotebookIndex,
  dateRange,
  type Fold,
  groupByPage,
  pageOfGroups,
} from '../../lib/notebook/search.ts';
import { useLiveQuery } from '../../lib/ui/use-live-query.ts';
import { downloadText } from '../../lib/ui/download.ts';
import { type ExcerptChanges } from '../../components/notebook/ExcerptCard.tsx';
import { ExcerptList } from '../../components/notebook/ExcerptList.tsx';
import {
  type ExportKind,
  ImportExport,
  type ImportState,
} from '../../components/notebook/ImportExport.tsx';
import {
  NO_FILTERS,
  NotebookToolbar,
  type ToolbarFilters,
} from '../../components/notebook/NotebookToolbar.tsx';
import type { ExportedExcerpt } from '../../lib/notebook/export.ts';

const PER_PAGE = 50;
const UNDO_MS = 8_000;

const db = new PolicyDatabase();

interface Notebook {
  excerpts: SavedExcerpt[];
  terms: Map<string, string>;
}

async function readNotebook(): Promise<Notebook> {
  const [excerpts, terms] = await Promise.all([
    db.excerpts.toArray(),
    db.terms.toArray().then((rows) => new Map(rows.map((term) => [term.id, term.term]))),
  ]);
  return { excerpts, terms };
}

function importMessage(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('importTooLarge');
    case 'not-json':
      return t('importNotJson');
    case 'foreign':
      return t('importForeign');
    case 'newer':
      return t('importNewer', error.version);
    case 'invalid':
      return t('importInvalid', error.detail);
  }
}

export function App() {
  const live = useLiveQuery(readNotebook);
  const notebook = live.status === 'ready' ? live.value : null;
  const [filters, setFilters] = useState<ToolbarFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [fold, setFold] = useState<{ fn: Fold }>({ fn: basicFold });
  const [status, setStatus] = useState<string | null>(null);
  const [undo, setUndo] = useState<SavedExcerpt | null>(null);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const pendingImport = useRef<ExportedExcerpt[]>([]);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cache = useRef(new Map<string, string>());

  useEffect(() => {
    // The script fold loads after the first paint: search works without it until then.
    void import('../../lib/notebook/script-fold.ts').then(({ createScriptFold }) => {
      cache.current = new Map();
      setFold({ fn: createScriptFold() });
    });
  }, []);

  const index = useMemo(
    () => createNotebookIndex(notebook?.excerpts ?? [], fold.fn, cache.current),
    [notebook, fold],
  );
  const results = useMemo(
    () =>
      index.search({
        query: filters.query,
        ...(filters.term ? { term: filters.term } : {}),
        ...(filters.tag ? { tag: filters.tag } : {}),
        ...(filters.site ? { site: filters.site } : {}),
        ...dateRange(filters.from, filters.to),
        orphansOnly: filters.orphansOnly,
      }),
    [index, filters],
  );
  const groups = useMemo(() => groupByPage(results), [results]);
  const list = useMemo(() => pageOfGroups(groups, page, PER_PAGE), [groups, page]);
  const pageCount = useMemo(() => new Set(notebook?.excerpts.map((e) => e.url)).size, [notebook]);

  const termLabel = (id: string) => notebook?.terms.get(id) ?? id;
  const formatDate = (time: number) => new Date(time).toLocaleDateString();
  const change = (changes: Partial<ToolbarFilters>) => {
    setFilters((current) => ({ ...current, ...changes }));
    setPage(0);
  };
  const guard = async (write: () => Promise<unknown>) => {
    try {
      await write();
      setStatus(null);
    } catch (error) {
      setStatus(t('notebookError', describeDbError(error)));
    }
  };

  const save = (id: number, changes: ExcerptChanges) =>
    void guard(() => updateExcerpt(db, id, changes));
  const remove = (excerpt: SavedExcerpt) =>
    void guard(async () => {
      await deleteExcerpt(db, excerpt.id);
      setUndo(excerpt);
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
    });
  const restore = () => {
    const excerpt = undo;
    if (!excerpt) return;
    setUndo(null);
    clearTimeout(undoTimer.current);
    void guard(() => restoreExcerpt(db, excerpt));
  };

  const exportAs = (kind: ExportKind) => {
    if (kind === 'md')
      downloadText(exportFileName('md'), 'text/markdown;charset=utf-8', toMarkdown(results));
    if (kind === 'csv')
      downloadText(exportFileName('csv'), 'text/csv;charset=utf-8', toCsv(results));
    if (kind === 'json') downloadText(exportFileName('json'), 'application/json', toJson(results));
  };
  const readImport = async (file: File) => {
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return setImportState({ kind: 'error', message: importMessage(tooLarge) });
    const parsed = parseNotebookExport(await file.text());
    if (!parsed.ok) return setImportState({ kind: 'error', message: importMessage(parsed.error) });
    const plan = planImport(await db.excerpts.toArray(), parsed.excerpts);
    pendingImport.current = parsed.excerpts;
    setImportState({
      kind: 'preview',
      fileName: file.name,
      fresh: plan.fresh.length,
      duplicates: plan.duplicates,
    });
  };
  const confirmImport = async () => {
    try {
      const added = await applyImport(db, pendingImport.current);
      setImportState({ kind: 'done', added });
    } catch (error) {
      setImportState({ kind: 'error', message: t('notebookError', describeDbError(error)) });
    }
    pendingImport.current = [];
  };

  if (live.status === 'error') {
    return (
      <main class="notebook">
        <h1>{t('notebookHeading')}</h1>
        <p class="error" role="alert">
          {t('dbUnavailable', live.error.message || String(live.error))}
        </p>
      </main>
    );
  }
  const total = notebook?.excerpts.length ?? 0;
  return (
    <main class="notebook">
      <header class="notebook-header">
        <h1>{t('notebookHeading')}</h1>
        <p class="totals muted" role="status">
          {!notebook
            ? t('loading')
            : results.length === total
              ? t('notebookCount', [
                  tCount('notebookExcerpts', total),
                  tCount('notebookPages', pageCount),
                ])
              : t('notebookMatches', [String(results.length), String(total)])}
        </p>
      </header>
      {notebook && total > 0 && (
        <NotebookToolbar
          filters={filters}
          facets={index.facets()}
          termLabel={termLabel}
          onChange={change}
        />
      )}
      {status && (
        <p class="error" role="alert">
          {status}
        </p>
      )}
      {undo && (
        <p class="undo-bar" role="status">
          {t('notebookDeleted')}{' '}
          <button type="button" class="undo" onClick={restore}>
            {t('notebookUndo')}
          </button>
        </p>
      )}
      {notebook && total === 0 && <p class="empty">{t('notebookEmpty')}</p>}
      {notebook && total > 0 && results.length === 0 && <p class="empty">{t('notebookNoMatch')}</p>}
      {notebook && (
        <ExcerptList
          list={list}
          onPage={(next) => {
            setPage(next);
            window.scrollTo({ top: 0 });
          }}
          termLabel={termLabel}
          formatDate={formatDate}
          onSave={save}
          onDelete={remove}
          onTag={(tag) => change({ tag })}
          onTerm={(term) => change({ term })}
        />
      )}
      {/* Below the excerpts: reading comes first; export and import are occasional tasks. */}
      {notebook && (
        <footer class="notebook-footer">
          <ImportExport
            state={importState}
            onExport={exportAs}
            onFile={(file) => void readImport(file)}
            onConfirm={() => void confirmImport()}
            onCancel={() => setImportState({ kind: 'idle' })}
          />
        </footer>
      )}
    </main>
  );
}
