// A list of entries, each a link to its own address: headword, pinyin, English, category.
import { t } from '../../lib/i18n.ts';
import type { TermEntry } from '../../lib/types.ts';

export type ListedTerm = Pick<TermEntry, 'id' | 'term' | 'pinyin' | 'english' | 'category'>;

export interface TermListProps {
  terms: ListedTerm[];
  hrefOf(id: string): string;
  /** Labels the list for assistive technology (the section heading's id). */
  labelledBy?: string;
  /** The language tag of the headwords (the reader's script). */
  lang?: string;
}

export function TermList({ terms, hrefOf, labelledBy, lang = 'zh-Hans' }: TermListProps) {
  return (
    <ul class="term-list" aria-labelledby={labelledBy}>
      {terms.map((term) => (
        <li key={term.id}>
          <a href={hrefOf(term.id)} data-term={term.id}>
            <span class="hw" lang={lang}>
              {term.term}
            </span>
            <span class="py" lang="zh-Latn-pinyin">
              {term.pinyin}
            </span>
            <span class="en" lang="en">
              {term.english}
            </span>
            <span class="badge" title={t(`categoryAbout_${term.category}`)}>
              {t(`category_${term.category}`)}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
