// The merge chooser's results for what the user typed (lib/candidates/merge-search.ts).
import { useMemo } from 'preact/hooks';
import { searchMergeTargets } from '../../lib/candidates/merge-search.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { createSearchIndex } from '../../lib/search.ts';
import type { TermEntry } from '../../lib/types.ts';

export function useMergeSearch(builtIn: TermEntry[], mine: MyTerm[], query: string) {
  const search = useMemo(() => createSearchIndex(builtIn), [builtIn]);
  return useMemo(() => searchMergeTargets(query, search, mine), [search, mine, query]);
}
