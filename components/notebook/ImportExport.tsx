// Export buttons and the import flow: pick a file → preview (new / already there) → import.
import { t } from '../../lib/i18n.ts';
import { FileButton } from '../FileButton.tsx';

export type ExportKind = 'md' | 'csv' | 'json';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'preview'; fileName: string; fresh: number; duplicates: number }
  | { kind: 'error'; message: string }
  | { kind: 'done'; added: number };

export interface ImportExportProps {
  state: ImportState;
  onExport(kind: ExportKind): void;
  onFile(file: File): void;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportExport({ state, onExport, onFile, onConfirm, onCancel }: ImportExportProps) {
  return (
    <div class="import-export">
      <fieldset class="export">
        <legend>{t('notebookExport')}</legend>
        <button type="button" data-export="md" onClick={() => onExport('md')}>
          {t('notebookExportMarkdown')}
        </button>
        <button type="button" data-export="csv" onClick={() => onExport('csv')}>
          {t('notebookExportCsv')}
        </button>
        <button type="button" data-export="json" onClick={() => onExport('json')}>
          {t('notebookExportJson')}
        </button>
        <p class="muted hint">{t('notebookExportScope')}</p>
      </fieldset>
      <div class="import">
        <FileButton
          class="file"
          accept="application/json,.json"
          input={{ name: 'import' }}
          onFiles={([file]) => file && onFile(file)}
        >
          {t('notebookImport')}
        </FileButton>
        {state.kind === 'preview' && (
          <div class="preview" role="status">
            <p>
              <strong>{state.fileName}</strong>:{' '}
              {t('notebookImportPreview', [String(state.fresh), String(state.duplicates)])}
            </p>
            {state.fresh > 0 ? (
              <button type="button" class="confirm-import" onClick={onConfirm}>
                {t('notebookImportConfirm')}
              </button>
            ) : (
              <p>{t('notebookImportNothing')}</p>
            )}
            <button type="button" onClick={onCancel}>
              {t('notebookCancel')}
            </button>
          </div>
        )}
        {state.kind === 'error' && (
          <p class="error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'done' && (
          <p class="done" role="status">
            {t('notebookImportDone', String(state.added))}
          </p>
        )}
      </div>
    </div>
  );
}
