// Adding to the library: a file picker (several files at once) and a box for pasted text, with
// the outcome of the last addition read out (role=status, or role=alert for a refusal).
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import { FileButton } from '../FileButton.tsx';

export type AddStatus =
  | { kind: 'busy'; name: string }
  | { kind: 'added'; title: string; href: string }
  | { kind: 'failed'; name: string; reason: string };

export interface LibraryAddProps {
  status: AddStatus | null;
  onFiles(files: File[]): void;
  onPaste(text: string): Promise<boolean>;
}

export const ACCEPTED_FILES = '.pdf,.docx,.txt,.md,.markdown,.html,.htm,.doc';

export function LibraryAdd({ status, onFiles, onPaste }: LibraryAddProps) {
  const [pasted, setPasted] = useState('');
  const busy = status?.kind === 'busy';
  return (
    <section class="library-add" aria-labelledby="library-add-h">
      <h2 id="library-add-h" class="sr-only">
        {t('libraryAddFile')}
      </h2>
      <p>
        <FileButton
          class="file-button"
          accept={ACCEPTED_FILES}
          multiple
          disabled={busy}
          input={{ describedBy: 'library-file-hint' }}
          onFiles={onFiles}
        >
          {t('libraryAddFile')}
        </FileButton>{' '}
        <span id="library-file-hint" class="muted">
          {t('libraryFileHint')}
        </span>
      </p>
      <form
        class="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onPaste(pasted).then((added) => added && setPasted(''));
        }}
      >
        <label for="library-paste">{t('libraryPasteLabel')}</label>
        <textarea
          id="library-paste"
          rows={4}
          lang="zh"
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy || !pasted.trim()}>
          {t('libraryPasteAdd')}
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  );
}

function StatusLine({ status }: { status: AddStatus | null }) {
  if (status?.kind === 'failed') {
    return (
      <p class="add-status error" role="alert">
        {t('libraryFailed', [status.name, status.reason])}
      </p>
    );
  }
  return (
    <p class="add-status" role="status">
      {status?.kind === 'busy' && t('libraryReading', status.name)}
      {status?.kind === 'added' && (
        <>
          {t('libraryAdded', status.title)} <a href={status.href}>{t('popupAddPageOpen')}</a>
        </>
      )}
    </p>
  );
}
