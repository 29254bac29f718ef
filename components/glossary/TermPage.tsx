// One entry on its own page: the full entry (shared with the popup) and its statistics.
import { hrefOf } from '../../lib/glossary-page/route.ts';
import type { DocumentCount } from '../../lib/glossary-page/stats.ts';
import type { SeedDocument, TermEntry } from '../../lib/types.ts';
import { t } from '../../lib/i18n.ts';
import { TermDetail } from '../TermDetail.tsx';
import { NewsTimeline } from './NewsTimeline.tsx';
import { TermStats } from './TermStats.tsx';

export interface TermPageProps {
  entry: TermEntry;
  documents: Map<string, Pick<SeedDocument, 'id' | 'title' | 'date'>>;
  related: Pick<TermEntry, 'id' | 'term'>[];
  counts: DocumentCount[];
  termHref(id: string): string;
  docHref(doc: string, offset: number): string;
  onRelated(id: string): void;
  /** The language tag of the entry's Chinese text (the reader's script). */
  lang?: string;
}

export function TermPage(props: TermPageProps) {
  const { entry, documents, related, counts, termHref, docHref, onRelated } = props;
  return (
    <div class="term-page">
      <TermDetail
        entry={entry}
        documents={documents}
        related={related}
        onRelated={onRelated}
        relatedHref={termHref}
        categoryHref={(category) => hrefOf({ kind: 'category', category })}
        topicHref={(topic) => hrefOf({ kind: 'topic', topic })}
        excerptHref={docHref}
        headingLevel={1}
        lang={props.lang}
        beforeSources={
          <>
            <TermStats id={entry.id} label={entry.term} rows={counts} docHref={docHref} />
            {entry.timeline ? (
              <NewsTimeline id={entry.id} timeline={entry.timeline} />
            ) : (
              <p class="muted">{t('timelineNone')}</p>
            )}
          </>
        }
      />
    </div>
  );
}
