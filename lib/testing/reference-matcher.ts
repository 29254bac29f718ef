// A deliberately naive matcher with the same contract as createMatcher: the specification the
// fast engine is property-tested against. Not used at run time.
import type { BuildIndex } from '../types.ts';
import { foldString, parseFoldTable } from '../matcher/fold.ts';
import { BLOCKER, crossesLine, type TermMatch } from '../matcher/matcher.ts';

type Index = Pick<BuildIndex, 'patterns' | 'fold'>;

/** Folded spelling → its value: the first real term listed, else a blocker. */
function spellings(index: Index): Map<string, number> {
  const fold = parseFoldTable(index.fold);
  const out = new Map<string, number>();
  for (const [form, value] of index.patterns) {
    if (form.length === 0 || crossesLine(form)) continue;
    const key = foldString(fold, form);
    const current = out.get(key);
    if (current === undefined || (current === BLOCKER && value !== BLOCKER)) out.set(key, value);
  }
  return out;
}

export function referenceFindTerms(index: Index, text: string): TermMatch[] {
  const folded = foldString(parseFoldTable(index.fold), text);
  const patterns = [...spellings(index)];
  const out: TermMatch[] = [];
  let i = 0;
  while (i < folded.length) {
    let best: { len: number; value: number } | undefined;
    for (const [form, value] of patterns) {
      if (folded.startsWith(form, i) && (!best || form.length > best.len))
        best = { len: form.length, value };
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

export function referenceFindInner(
  index: Index,
  text: string,
  start: number,
  end: number,
): TermMatch[] {
  const folded = foldString(parseFoldTable(index.fold), text);
  const values = spellings(index);
  const outer = values.get(folded.slice(start, end));
  const out: TermMatch[] = [];
  for (let from = start; from < end; from++) {
    const here = [...values]
      .filter(([form]) => from + form.length <= end && folded.startsWith(form, from))
      .map(([form, value]) => ({ end: from + form.length, value }));
    const blockedUpTo = Math.max(-1, ...here.filter((m) => m.value === BLOCKER).map((m) => m.end));
    for (const m of here.sort((a, b) => a.end - b.end)) {
      if (m.value === BLOCKER || m.end <= blockedUpTo || m.value === outer) continue;
      if (from === start && m.end === end) continue;
      out.push({ start: from, end: m.end, term: m.value });
    }
  }
  return out.filter(
    (m) => !out.some((o) => o !== m && o.term === m.term && o.start <= m.start && m.end <= o.end),
  );
}
