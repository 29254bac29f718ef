// Browse: categories with counts, the A–Z bar, and the terms of the current selection.

import { t, tCount } from '../../lib/i18n.ts';
import type { Category, Topic } from '../../lib/types.ts';
import { type ListedTerm, TermList } from './TermList.tsx';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

export interface BrowseViewProps {
  /** What is selected: everything, one category, one topic, or one letter. */
  selection:
    | { kind: 'all' }
    | { kind: 'category'; category: Category }
    | { kind: 'topic'; topic: Topic }
    | { kind: 'letter'; letter: string };
  categories: { category: Category; count: number }[];
  topics: { topic: Topic; count: number }[];
  /** Letters that have at least one term. */
  letters: ReadonlySet<string>;
  /** The terms to list, already grouped (one group unless everything is shown). */
  groups: { letter: string; terms: ListedTerm[] }[];
  total: number;
  termHref(id: string): string;
}

export function BrowseView({
  selection,
  categories,
  topics,
  letters,
  groups,
  total,
  termHref,
}: BrowseViewProps) {
  const heading =
    selection.kind === 'category'
      ? t(`category_${selection.category}`)
      : selection.kind === 'topic'
        ? t(`topic_${selection.topic}`)
        : selection.kind === 'letter'
          ? t('glossaryLetter', selection.letter.toUpperCase())
          : t('glossaryAllTerms', String(total));
  // What the chosen category or topic covers, under its heading.
  const about =
    selection.kind === 'category'
      ? t(`categoryAbout_${selection.category}`)
      : selection.kind === 'topic'
        ? t(`topicAbout_${selection.topic}`)
        : undefined;
  const count = groups.reduce((n, g) => n + g.terms.length, 0);
  return (
    <div class="browse">
      <h1 tabIndex={-1}>{heading}</h1>
      {about && <p class="about-kind">{about}</p>}
      {selection.kind !== 'all' && (
        <p class="muted">
          {tCount('glossaryTermCount', count)} · <a href="#/">{t('glossaryShowAll')}</a>
        </p>
      )}
      <nav class="browse-nav" aria-label={t('glossaryByCategory')}>
        <h2 class="nav-title">{t('glossaryByCategory')}</h2>
        <ul class="categories">
          {categories.map(({ category, count: n }) => (
            <li key={category}>
              <a
                href={`#/category/${category}`}
                class={`chip cat-${category}`}
                title={t(`categoryAbout_${category}`)}
                aria-current={
                  selection.kind === 'category' && selection.category === category
                    ? 'page'
                    : undefined
                }
              >
                {t(`category_${category}`)} <span class="count">{n}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {topics.length > 0 && (
        <nav class="browse-nav" aria-label={t('glossaryTopics')}>
          <h2 class="nav-title">{t('glossaryTopics')}</h2>
          <ul class="categories topics">
            {topics.map(({ topic, count: n }) => (
              <li key={topic}>
                <a
                  href={`#/topic/${topic}`}
                  class={`chip topic-${topic}`}
                  title={t(`topicAbout_${topic}`)}
                  aria-current={
                    selection.kind === 'topic' && selection.topic === topic ? 'page' : undefined
                  }
                >
                  {t(`topic_${topic}`)} <span class="count">{n}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav class="browse-nav" aria-label={t('glossaryAZ')}>
        <h2 class="nav-title">{t('glossaryAZ')}</h2>
        <ul class="letters">
          {LETTERS.map((letter) =>
            letters.has(letter) ? (
              <li key={letter}>
                <a
                  href={`#/letter/${letter}`}
                  aria-current={
                    selection.kind === 'letter' && selection.letter === letter ? 'page' : undefined
                  }
                >
                  {letter.toUpperCase()}
                </a>
              </li>
            ) : (
              <li key={letter}>
                <span class="none" title={t('glossaryLetterEmpty')}>
                  {letter.toUpperCase()}
                  <span class="sr-only"> {t('glossaryLetterEmpty')}</span>
                </span>
              </li>
            ),
          )}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.letter} class="letter-group" aria-labelledby={`g-${group.letter}`}>
          <h2 id={`g-${group.letter}`}>
            {selection.kind === 'all' ? group.letter.toUpperCase() : heading}
          </h2>
          <TermList terms={group.terms} hrefOf={termHref} />
        </section>
      ))}
    </div>
  );
}
