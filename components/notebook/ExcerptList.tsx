// The notebook's list: excerpts grouped by page (newest first) with counts and orphans, one page
// of the list at a time so 10,000 excerpts never all reach the DOM.
import type { ListPage } from '../../lib/notebook/search.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { ExcerptCard, type ExcerptCardProps } from './ExcerptCard.tsx';

export interface ExcerptListProps extends Omit<ExcerptCardProps, 'excerpt'> {
  list: ListPage;
  onPage(page: number): void;
}

export function ExcerptList({ list, onPage, ...card }: ExcerptListProps) {
  return (
    <div class="excerpt-list">
      {list.groups.map((group) => (
        <section class="page-group" key={group.url} aria-label={group.title || group.url}>
          <header>
            <h2>
              <a href={group.url} target="_blank" rel="noopener noreferrer">
                {group.title || group.url}
              </a>
            </h2>
            <p class="muted">
              <span class="site">{group.site}</span> ·{' '}
              <span class="count">{tCount('notebookGroupCount', group.total)}</span>
              {group.orphans > 0 && (
                <span class="orphan-count">
                  {' '}
                  · {t('notebookOrphanCount', String(group.orphans))}
                </span>
              )}
            </p>
          </header>
          {group.excerpts.map((excerpt) => (
            <ExcerptCard key={excerpt.id} excerpt={excerpt} {...card} />
          ))}
        </section>
      ))}
      {list.pages > 1 && (
        <nav
          class="pager"
          aria-label={t('notebookPage', [String(list.page + 1), String(list.pages)])}
        >
          <button type="button" disabled={list.page === 0} onClick={() => onPage(list.page - 1)}>
            ← {t('notebookNewer')}
          </button>
          <span>{t('notebookPage', [String(list.page + 1), String(list.pages)])}</span>
          <button
            type="button"
            disabled={list.page >= list.pages - 1}
            onClick={() => onPage(list.page + 1)}
          >
            {t('notebookOlder')} →
          </button>
        </nav>
      )}
    </div>
  );
}
