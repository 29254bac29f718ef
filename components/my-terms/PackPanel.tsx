// Glossary packs on the My terms view: export my terms as one JSON file (optionally with the
// metadata of their documents), import one — refused with a reason, or previewed (new, same,
// changed, conflicting, each listed) and applied only when the user says so.
import type { PackPreview } from '../../lib/my-glossary/preview.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { FileButton } from '../FileButton.tsx';

export type PackState =
  | { kind: 'idle' }
  | { kind: 'error'; fileName: string; message: string }
  | { kind: 'preview'; fileName: string; preview: PackPreview }
  | { kind: 'applied'; added: number; updated: number };

export interface PackPanelProps {
  count: number;
  state: PackState;
  withDocuments: boolean;
  updateChanged: boolean;
  onWithDocuments(on: boolean): void;
  onUpdateChanged(on: boolean): void;
  onExport(): void;
  onFile(file: File): void;
  onApply(): void;
  onCancel(): void;
}

export function PackPanel(props: PackPanelProps) {
  const { state } = props;
  return (
    <section class="pack-panel" aria-labelledby="packs-h">
      <h2 id="packs-h">{t('packsTitle')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      <p>
        <button
          type="button"
          class="export-pack"
          disabled={props.count === 0}
          onClick={props.onExport}
        >
          {t('packExport')}
        </button>{' '}
        <label>
          <input
            type="checkbox"
            class="with-documents"
            checked={props.withDocuments}
            onChange={(e) => props.onWithDocuments(e.currentTarget.checked)}
          />{' '}
          {t('packWithDocuments')}
        </label>
      </p>
      <p>
        <FileButton
          class="file-button"
          accept=".json,application/json"
          input={{ class: 'import-pack' }}
          onFiles={([file]) => file && props.onFile(file)}
        >
          {t('packImport')}
        </FileButton>
      </p>
      <div class="pack-status" role="status">
        {state.kind === 'applied' && (
          <p>{t('packApplied', [String(state.added), String(state.updated)])}</p>
        )}
      </div>
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {t('packRefused', [state.fileName, state.message])}
        </p>
      )}
      {state.kind === 'preview' && <Preview {...props} state={state} />}
    </section>
  );
}

function Preview(props: PackPanelProps & { state: Extract<PackState, { kind: 'preview' }> }) {
  const { preview, fileName } = props.state;
  const groups = [
    { key: 'added', label: 'packNew', terms: preview.added.map((x) => x.term) },
    { key: 'same', label: 'packSame', terms: preview.same.map((x) => x.term) },
    { key: 'changed', label: 'packChanged', terms: preview.changed.map((x) => x.term.term) },
    {
      key: 'conflicts',
      label: 'packConflicts',
      terms: preview.conflicts.map((c) =>
        t(c.with.kind === 'built-in' ? 'packConflictBuiltIn' : 'packConflictMine', [
          c.term.term,
          c.form,
          c.with.kind === 'built-in' ? c.with.id : c.with.term,
        ]),
      ),
    },
  ];
  const applicable = preview.added.length + (props.updateChanged ? preview.changed.length : 0);
  return (
    <div class="pack-preview" aria-labelledby="pack-preview-h">
      <h3 id="pack-preview-h">{t('packPreviewTitle', fileName)}</h3>
      {groups.map((g) => (
        <details key={g.key} class={`pack-group pack-${g.key}`} open={g.terms.length > 0}>
          <summary>
            {t(g.label)} <span class="pack-count">{g.terms.length}</span>
          </summary>
          <ul lang="zh">
            {g.terms.map((term) => (
              <li key={term}>{term}</li>
            ))}
          </ul>
        </details>
      ))}
      {preview.changed.length > 0 && (
        <p>
          <label>
            <input
              type="checkbox"
              class="update-changed"
              checked={props.updateChanged}
              onChange={(e) => props.onUpdateChanged(e.currentTarget.checked)}
            />{' '}
            {tCount('packUpdateChanged', preview.changed.length)}
          </label>
        </p>
      )}
      <p>
        <button
          type="button"
          class="apply-pack"
          disabled={applicable === 0}
          onClick={props.onApply}
        >
          {tCount('packApply', applicable)}
        </button>{' '}
        <button type="button" class="cancel" onClick={props.onCancel}>
          {t('libraryCancel')}
        </button>
      </p>
    </div>
  );
}
