// Search and filters of the notebook page: full text, term, tag, site, date range, orphans.
import { t } from '../../lib/i18n.ts';
import type { Facets } from '../../lib/notebook/search.ts';

export interface ToolbarFilters {
  query: string;
  term: string;
  tag: string;
  site: string;
  /** yyyy-mm-dd, as date inputs give them; '' for open ends. */
  from: string;
  to: string;
  orphansOnly: boolean;
}

export const NO_FILTERS: ToolbarFilters = {
  query: '',
  term: '',
  tag: '',
  site: '',
  from: '',
  to: '',
  orphansOnly: false,
};

export interface NotebookToolbarProps {
  filters: ToolbarFilters;
  facets: Facets;
  termLabel(id: string): string;
  onChange(changes: Partial<ToolbarFilters>): void;
}

export function NotebookToolbar({ filters, facets, termLabel, onChange }: NotebookToolbarProps) {
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const filtered = Object.entries(filters).some(
    ([key, v]) => v !== NO_FILTERS[key as keyof ToolbarFilters],
  );
  const select = (
    name: 'term' | 'tag' | 'site',
    label: string,
    options: [string, number][],
    show: (v: string) => string = (v) => v,
  ) => (
    <label>
      {label}
      <select name={name} value={filters[name]} onChange={(e) => onChange({ [name]: value(e) })}>
        <option value="">{t('notebookFilterAny')}</option>
        {options.map(([option, count]) => (
          <option key={option} value={option}>
            {show(option)} ({count})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="toolbar" role="search">
      <label class="search">
        <span class="sr-only">{t('notebookSearch')}</span>
        <input
          type="search"
          name="query"
          placeholder={t('notebookSearchPlaceholder')}
          value={filters.query}
          onInput={(e) => onChange({ query: value(e) })}
        />
      </label>
      <div class="filters">
        {select('term', t('notebookFilterTerm'), facets.terms, termLabel)}
        {select('tag', t('notebookFilterTag'), facets.tags)}
        {select('site', t('notebookFilterSite'), facets.sites)}
        <label>
          {t('notebookFilterFrom')}
          <input
            type="date"
            name="from"
            value={filters.from}
            onChange={(e) => onChange({ from: value(e) })}
          />
        </label>
        <label>
          {t('notebookFilterTo')}
          <input
            type="date"
            name="to"
            value={filters.to}
            onChange={(e) => onChange({ to: value(e) })}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="orphans"
            checked={filters.orphansOnly}
            onChange={(e) =>
              onChange({ orphansOnly: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          {t('notebookFilterOrphans')}
        </label>
        {filtered && (
          <button type="button" class="clear" onClick={() => onChange(NO_FILTERS)}>
            {t('notebookClearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
