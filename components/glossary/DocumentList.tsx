// The source documents, oldest first, each a link into the reader.
import { t, tCount } from '../../lib/i18n.ts';
import type { SeedDocument } from '../../lib/types.ts';

export type ListedDocument = Pick<SeedDocument, 'id' | 'title' | 'issuer' | 'date' | 'script'>;

export interface DocumentListProps {
  documents: ListedDocument[];
  termCounts: Map<string, number>;
  docHref(id: string): string;
}

export function DocumentList({ documents, termCounts, docHref }: DocumentListProps) {
  const sorted = [...documents].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div class="documents">
      <h1 tabIndex={-1}>{t('glossaryDocuments')}</h1>
      <ul class="doc-list">
        {sorted.map((doc) => (
          <li key={doc.id}>
            <a href={docHref(doc.id)} data-doc={doc.id}>
              <span class="title" lang={doc.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
                {doc.title}
              </span>
            </a>
            <span class="muted">
              {' '}
              <time dateTime={doc.date}>{doc.date}</time> · {doc.issuer} ·{' '}
              {tCount('readerTermCount', termCounts.get(doc.id) ?? 0)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
