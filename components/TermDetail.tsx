// The full entry: definition, members, related terms, and every excerpt from the sources.
import { t } from '../lib/i18n.ts';
import type { SeedDocument, TermEntry } from '../lib/types.ts';

export interface TermDetailProps {
  entry: TermEntry;
  documents: Map<string, Pick<SeedDocument, 'id' | 'title' | 'date'>>;
  related: Pick<TermEntry, 'id' | 'term'>[];
  onRelated(id: string): void;
  /** Where an excerpt links to (the glossary page's reader), if anywhere. */
  excerptHref?: (doc: string, start: number) => string;
}

export function TermDetail({ entry, documents, related, onRelated, excerptHref }: TermDetailProps) {
  const seen = new Set<string>();
  const excerpts = entry.occurrences.filter((o) => {
    const key = `${o.doc}:${o.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <article class="term" aria-labelledby={`t-${entry.id}`}>
      <h2 id={`t-${entry.id}`}>
        <span class="hw">{entry.term}</span>{' '}
        <span class="trad muted">{entry.traditional !== entry.term ? entry.traditional : ''}</span>
      </h2>
      <p class="meta">
        <span class="py">{entry.pinyin}</span> · <span lang="en">{entry.english}</span> ·{' '}
        <span class="badge">{t(`category_${entry.category}`)}</span>
        {entry.year ? <span class="muted"> · {t('tooltipSince', String(entry.year))}</span> : null}
      </p>
      <p class="definition">{entry.definition}</p>
      <p class="gloss muted" lang="en">
        {entry.gloss}
      </p>
      {entry.members.length > 0 && (
        <section>
          <h3>{t('tooltipMembers')}</h3>
          <ol>
            {entry.members.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ol>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <h3>{t('tooltipRelated')}</h3>
          {related.map((r) => (
            <button type="button" class="chip" key={r.id} onClick={() => onRelated(r.id)}>
              {r.term}
            </button>
          ))}
        </section>
      )}
      <section>
        <h3>
          {t('termSources')} ({excerpts.length})
        </h3>
        {excerpts.map((o) => {
          const doc = documents.get(o.doc);
          const href = excerptHref?.(o.doc, o.start);
          return (
            <figure class="excerpt" key={`${o.doc}:${o.start}`}>
              <blockquote>{o.sentence}</blockquote>
              <figcaption class="muted">
                {href ? <a href={href}>{doc?.title ?? o.doc}</a> : (doc?.title ?? o.doc)} ·{' '}
                <time>{doc?.date}</time>
              </figcaption>
            </figure>
          );
        })}
      </section>
    </article>
  );
}
