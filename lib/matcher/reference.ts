// A deliberately naive matcher with the same contract as createMatcher: the specification the
// fast engine is property-tested against. Not used at run time.
import type { MatchIndex } from '../types.ts';
import { foldString, parseFoldTable } from './fold.ts';
import { BLOCKER, type TermMatch } from './matcher.ts';

export function referenceFindTerms(
  index: Pick<MatchIndex, 'patterns' | 'fold'>,
  text: string,
): TermMatch[] {
  const fold = parseFoldTable(index.fold);
  const folded = foldString(fold, text);
  const patterns = index.patterns
    .filter(([form]) => form.length > 0)
    .map(([form, value]) => [foldString(fold, form), value] as const);
  const out: TermMatch[] = [];
  let i = 0;
  while (i < folded.length) {
    let best: { len: number; value: number } | undefined;
    for (const [form, value] of patterns) {
      if (!folded.startsWith(form, i)) continue;
      const better =
        !best ||
        form.length > best.len ||
        (form.length === best.len && best.value === BLOCKER && value !== BLOCKER);
      if (better) best = { len: form.length, value };
    }
    if (!best) {
      i++;
      continue;
    }
    if (best.value !== BLOCKER) out.push({ start: i, end: i + best.len, term: best.value });
    i += best.len;
  }
  return out;
}
