// Editing a document's details. Every field the library detected can be corrected here; an
// empty title or a malformed date is refused with the reason next to the form.
import { useState } from 'preact/hooks';
import type { DocumentMetadata } from '../../lib/documents/types.ts';
import { metadataProblem } from '../../lib/documents/store.ts';
import { t } from '../../lib/i18n.ts';

export interface MetadataFormProps {
  id: string;
  meta: DocumentMetadata;
  onSave(meta: DocumentMetadata): void;
  onCancel(): void;
}

const FIELDS = [
  ['title', 'libraryTitle'],
  ['issuer', 'readerIssuer'],
  ['date', 'readerDate'],
  ['docNumber', 'readerDocNumber'],
  ['source', 'readerSource'],
] as const;

export function MetadataForm({ id, meta, onSave, onCancel }: MetadataFormProps) {
  const [draft, setDraft] = useState(meta);
  const [problem, setProblem] = useState<'title' | 'date' | null>(null);
  const field = (name: (typeof FIELDS)[number][0]) => `meta-${id}-${name}`;
  return (
    <form
      class="meta-form"
      onSubmit={(e) => {
        e.preventDefault();
        const found = metadataProblem(draft);
        setProblem(found);
        if (!found) onSave(draft);
      }}
    >
      {FIELDS.map(([name, label]) => (
        <p key={name}>
          <label for={field(name)}>{t(label)}</label>
          <input
            id={field(name)}
            name={name}
            value={draft[name]}
            placeholder={name === 'date' ? t('libraryDateHint') : undefined}
            aria-invalid={problem === name ? true : undefined}
            onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
          />
        </p>
      ))}
      <p>
        <label for={`meta-${id}-script`}>{t('readerScript')}</label>
        <select
          id={`meta-${id}-script`}
          name="script"
          value={draft.script}
          onChange={(e) =>
            setDraft({ ...draft, script: e.currentTarget.value as DocumentMetadata['script'] })
          }
        >
          <option value="simplified">{t('readerScriptSimplified')}</option>
          <option value="traditional">{t('readerScriptTraditional')}</option>
        </select>
      </p>
      {problem && (
        <p class="error" role="alert">
          {t(problem === 'title' ? 'libraryErrorTitle' : 'libraryErrorDate')}
        </p>
      )}
      <p class="actions">
        <button type="submit">{t('librarySave')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('libraryCancel')}
        </button>
      </p>
    </form>
  );
}
