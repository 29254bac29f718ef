// The full entry: definition, members, related terms, and every excerpt from the sources.
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n.ts';
import type { SeedDocument, TermEntry } from '../lib/types.ts';

export interface TermDetailProps {
  entry: TermEntry;
  documents: Map<string, Pick<SeedDocument, 'id' | 'title' | 'date'>>;
  related: Pick<TermEntry, 'id' | 'term'>[];
  onRelated(id: string): void;
  /** Where an excerpt links to (the glossary page's reader), if anywhere. */
  excerptHref?: (doc: string, start: number) => string;
  /** When given, related terms are links (the glossary page) instead of buttons (the popup). */
  relatedHref?: (id: string) => string;
  /** 1 when the entry is the page's main content (the glossary page), 2 inside the popup. */
  headingLevel?: 1 | 2;
  /** When given, the category badge links to the list of that category (the glossary page). */
  categoryHref?: (category: TermEntry['category']) => string;
  /** When given, the topic badge links to the list of that topic (the glossary page). */
  topicHref?: (topic: TermEntry['topic']) => string;
  /** Shown after the related terms, before the excerpts (the glossary page's statistics). */
  beforeSources?: ComponentChildren;
  /** The language tag of the entry's Chinese text (the reader's script). */
  lang?: string;
}

export function TermDetail({
  entry,
  documents,
  related,
  onRelated,
  excerptHref,
  relatedHref,
  headingLevel = 2,
  beforeSources,
  categoryHref,
  topicHref,
  lang = 'zh-Hans',
}: TermDetailProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  const seen = new Set<string>();
  const excerpts = entry.occurrences.filter((o) => {
    const key = `${o.doc}:${o.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <article class="term" aria-labelledby={`t-${entry.id}`}>
      <Heading id={`t-${entry.id}`} tabIndex={-1}>
        <span class="hw" lang={lang}>
          {entry.term}
        </span>{' '}
        {/* A simplified reader also sees the traditional form; a traditional reader's headword is it. */}
        {lang === 'zh-Hans' && entry.traditional !== entry.term && (
          <span class="trad muted" lang="zh-Hant">
            {entry.traditional}
          </span>
        )}
      </Heading>
      <p class="meta">
        <span class="py">{entry.pinyin}</span> · <span lang="en">{entry.english}</span> ·{' '}
        {categoryHref ? (
          <a
            class="badge"
            href={categoryHref(entry.category)}
            title={t(`categoryAbout_${entry.category}`)}
          >
            {t(`category_${entry.category}`)}
          </a>
        ) : (
          <span class="badge" title={t(`categoryAbout_${entry.category}`)}>
            {t(`category_${entry.category}`)}
          </span>
        )}
        {entry.topic && (
          <>
            {' · '}
            {topicHref ? (
              <a
                class="badge topic"
                href={topicHref(entry.topic)}
                title={t(`topicAbout_${entry.topic}`)}
              >
                {t(`topic_${entry.topic}`)}
              </a>
            ) : (
              <span class="badge topic" title={t(`topicAbout_${entry.topic}`)}>
                {t(`topic_${entry.topic}`)}
              </span>
            )}
          </>
        )}
        {entry.year ? <span class="muted"> · {t('tooltipSince', String(entry.year))}</span> : null}
      </p>
      {entry.englishAlt && (
        <p class="muted" lang="en">
          {t('termEnglishAlt', entry.englishAlt)}
        </p>
      )}
      {entry.first && (
        <p class="provenance muted">
          {t('corpusLine', [entry.first, String(entry.mentions), String(entry.days)])}
        </p>
      )}
      <p class="definition" lang={lang}>
        {entry.definition}
      </p>
      <p class="gloss muted" lang="en">
        {entry.gloss}
      </p>
      {entry.source && (
        <p class="source muted">
          {t('termSource')}{' '}
          {entry.source.url ? (
            <a href={entry.source.url}>{entry.source.title}</a>
          ) : (
            entry.source.title
          )}{' '}
          · <time>{entry.source.date}</time>
        </p>
      )}
      {entry.members.length > 0 && (
        <section>
          <Section>{t('tooltipMembers')}</Section>
          <ol>
            {entry.members.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ol>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <Section>{t('tooltipRelated')}</Section>
          {related.map((r) =>
            relatedHref ? (
              <a class="chip" key={r.id} href={relatedHref(r.id)} lang={lang}>
                {r.term}
              </a>
            ) : (
              <button type="button" class="chip" key={r.id} onClick={() => onRelated(r.id)}>
                {r.term}
              </button>
            ),
          )}
        </section>
      )}
      {beforeSources}
      {/* A term only the news uses has no seed excerpts: its news section says it all. */}
      {(excerpts.length > 0 || (entry.corpus ?? []).length === 0) && (
        <section>
          <Section>
            {t('termSources')} ({excerpts.length})
          </Section>
          {excerpts.map((o) => {
            const doc = documents.get(o.doc);
            const href = excerptHref?.(o.doc, o.start);
            return (
              <figure class="excerpt" key={`${o.doc}:${o.start}`}>
                <blockquote lang="zh">{o.sentence}</blockquote>
                <figcaption class="muted">
                  {href ? <a href={href}>{doc?.title ?? o.doc}</a> : (doc?.title ?? o.doc)} ·{' '}
                  <time>{doc?.date}</time>
                </figcaption>
              </figure>
            );
          })}
        </section>
      )}
      {(entry.corpus ?? []).length > 0 && (
        <section class="news">
          <Section>{t('termNews')}</Section>
          {(entry.corpus ?? []).map((x, i) => (
            <figure class="excerpt" key={x.item} data-news={i === 0 ? 'first' : 'latest'}>
              <blockquote lang={lang}>
                {x.sentence.slice(0, x.start)}
                <mark>{x.sentence.slice(x.start, x.end)}</mark>
                {x.sentence.slice(x.end)}
              </blockquote>
              <figcaption class="muted">
                {t(i === 0 ? 'termNewsFirst' : 'termNewsLatest')} · {x.title} ·{' '}
                <time>{x.date}</time>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
    </article>
  );
}
