// The library page: add (LibraryAdd), then the list — search, sort, the size the documents
// take, and per document: open in the reader, edit details (MetadataForm), delete with undo.
import type { DocumentMetadata } from '../../lib/documents/types.ts';
import { formatSize, type LibraryRow, type LibrarySort } from '../../lib/documents/library.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { type AddStatus, LibraryAdd } from './LibraryAdd.tsx';
import { RowActions, SearchField, StoreError, UndoLine } from './ListParts.tsx';
import { MetadataForm } from './MetadataForm.tsx';

export interface LibraryViewProps {
  rows: LibraryRow[];
  /** All documents, whatever the search. */
  count: number;
  size: number;
  query: string;
  sort: LibrarySort;
  status: AddStatus | null;
  /** The title of the document just deleted, while undo is offered. */
  deleted: string | null;
  /** Why the last change to the library failed. */
  storeError: string | null;
  editing: string | null;
  docHref(id: string): string;
  onQuery(query: string): void;
  onSort(sort: LibrarySort): void;
  onFiles(files: File[]): void;
  onPaste(text: string): Promise<boolean>;
  onDelete(id: string): void;
  onUndo(): void;
  onEdit(id: string | null): void;
  onSaveMeta(id: string, meta: DocumentMetadata): void;
}

const FORMAT_LABEL: Record<LibraryRow['format'], () => string> = {
  pdf: () => 'PDF',
  docx: () => 'Word',
  txt: () => 'TXT',
  md: () => 'Markdown',
  html: () => 'HTML',
  paste: () => t('libraryFormatPaste'),
  page: () => t('libraryFormatPage'),
};

export function LibraryView(props: LibraryViewProps) {
  const { rows, query } = props;
  return (
    <div class="library">
      <h1 tabIndex={-1}>{t('glossaryLibrary')}</h1>
      <p class="muted">{t('libraryIntro')}</p>
      <LibraryAdd status={props.status} onFiles={props.onFiles} onPaste={props.onPaste} />
      <StoreError message={props.storeError} />
      <UndoLine deleted={props.deleted} onUndo={props.onUndo} />
      <div class="library-tools">
        <SearchField
          label={t('librarySearch')}
          class="library-search"
          query={query}
          onQuery={props.onQuery}
        />
        <label>
          {t('librarySort')}{' '}
          <select
            class="library-sort"
            value={props.sort}
            onChange={(e) => props.onSort(e.currentTarget.value as LibrarySort)}
          >
            <option value="date-desc">{t('librarySortDateDesc')}</option>
            <option value="date-asc">{t('librarySortDateAsc')}</option>
            <option value="added-desc">{t('librarySortAdded')}</option>
          </select>
        </label>
        <span class="muted library-size">
          {tCount('libraryCount', props.count, [formatSize(props.size)])}
        </span>
      </div>
      {props.count === 0 ? (
        <p class="muted">{t('libraryEmpty')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('libraryNoMatch', query)}</p>
      ) : (
        <ul class="doc-list library-list">
          {rows.map((row) => (
            <li key={row.id} data-doc={row.id}>
              <a href={props.docHref(row.id)}>
                <span class="title" lang={row.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
                  {row.title}
                </span>
              </a>
              <span class="muted">
                {' '}
                {row.date ? <time dateTime={row.date}>{row.date}</time> : t('libraryUndated')}
                {row.issuer && ` · ${row.issuer}`}
                {row.docNumber && ` · ${row.docNumber}`} · {FORMAT_LABEL[row.format]()} ·{' '}
                {formatSize(row.size)}
              </span>
              {row.snippet && (
                <p class="snippet muted" lang="zh">
                  {row.snippet}
                </p>
              )}
              <RowActions
                edit={{ text: t('libraryEdit'), label: t('libraryEditLabel', row.title) }}
                name={row.title}
                editing={props.editing === row.id}
                onEdit={() => props.onEdit(props.editing === row.id ? null : row.id)}
                onDelete={() => props.onDelete(row.id)}
              />
              {props.editing === row.id && (
                <MetadataForm
                  id={row.id}
                  meta={row}
                  onSave={(meta) => props.onSaveMeta(row.id, meta)}
                  onCancel={() => props.onEdit(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
