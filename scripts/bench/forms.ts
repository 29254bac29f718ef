// The term forms the peers (mark.js, advanced-mark.js) search for: every form of the match index
// that names a term (blockers left out) plus every traditional variant of each entry, longest
// first so a per-term highlighter marks the longer of two nested forms first.
import type { BuiltGlossary } from '../../lib/types.ts';

export function peerForms(bundle: BuiltGlossary): string[] {
  const forms = new Set<string>();
  for (const [form, value] of bundle.index.patterns) if (value >= 0) forms.add(form);
  for (const term of bundle.terms) for (const variant of term.variants) forms.add(variant);
  return [...forms]
    .filter((f) => f.trim().length > 0 && !/[\r\n]/.test(f))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}
