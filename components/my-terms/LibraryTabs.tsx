// The library's sub-navigation: the user's documents, the candidates found in them, and the
// terms they added. Links to the routes (#/my, #/my/candidates, #/my/terms), so each has an
// address and the back button walks them.
import { hrefOf } from '../../lib/glossary-page/route.ts';
import { t } from '../../lib/i18n.ts';

export type LibraryTab = 'documents' | 'candidates' | 'terms';

export interface LibraryTabsProps {
  current: LibraryTab | null;
  /** null while not known (the candidates are counted once extracted). */
  counts: Record<LibraryTab, number | null>;
}

const TABS: { tab: LibraryTab; href: string; label: string }[] = [
  { tab: 'documents', href: hrefOf({ kind: 'library' }), label: 'libraryTabDocuments' },
  { tab: 'candidates', href: hrefOf({ kind: 'candidates' }), label: 'libraryTabCandidates' },
  { tab: 'terms', href: hrefOf({ kind: 'myTerms' }), label: 'libraryTabTerms' },
];

export function LibraryTabs({ current, counts }: LibraryTabsProps) {
  return (
    <nav class="library-tabs" aria-label={t('libraryTabs')}>
      {TABS.map(({ tab, href, label }) => (
        <a key={tab} href={href} aria-current={current === tab ? 'page' : undefined}>
          {t(label)}
          {counts[tab] !== null && <span class="tab-count">{counts[tab]}</span>}
        </a>
      ))}
    </nav>
  );
}
