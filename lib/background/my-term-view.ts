// One of the user's own terms as the tooltip shows it: their definition and English, and the
// sentences of their documents (or the pages they added it from) with dates, newest first, in the
// reader's script. Shaped like a built-in TermView so the tooltip, popup and glossary page need
// no second path; `mine` lets them say whose term it is.
import type { TermView } from '../messaging.ts';
import type { MyTerm } from '../my-glossary/types.ts';
import { convertMarked, fromSimplified, toSimplified } from '../script/convert.ts';
import type { ReadingScript } from '../script/reading-script.ts';

export function myTermView(term: MyTerm, script: ReadingScript, maxExcerpts = 3): TermView {
  const convert = (text: string) => fromSimplified(text, script);
  const sources = [...term.sources].sort((a, b) => (b.date || '').localeCompare(a.date || ''));
  const excerpts: TermView['excerpts'] = sources.slice(0, maxExcerpts).map((source) => {
    // Sources keep the sentence as written; it may be traditional, so go through simplified.
    const simplified = toSimplified(source.sentence);
    const at = spanOf(simplified, term.forms);
    const title = convert(toSimplified(source.title));
    return {
      doc: source.doc || source.url || '',
      title,
      date: source.date,
      ...convertMarked(simplified, at, convert),
      original: source.sentence,
      ...(title !== source.title ? { originalTitle: source.title } : {}),
    };
  });
  const {
    sources: _sources,
    createdAt: _created,
    updatedAt: _updated,
    aliasOf: _alias,
    ...rest
  } = term;
  const first = sources
    .map((s) => s.date)
    .filter(Boolean)
    .sort()[0];
  return {
    script,
    mine: true,
    entry: {
      ...rest,
      traditional: fromSimplified(term.term, 'tw'),
      gloss: '',
      definitionTraditional: '',
      membersTraditional: [],
      pinyinPlain: '',
      initials: '',
      members: [],
      related: [],
      counts: {},
      mentions: term.sources.length,
      days: new Set(term.sources.map((s) => s.date).filter(Boolean)).size,
      corpus: [],
      ...(first ? { first } : {}),
    },
    shown: { headword: convert(term.term), definition: convert(term.definition), members: [] },
    excerpts,
    related: [],
  };
}

/** The earliest form in the sentence, the longest at a tie. */
function spanOf(sentence: string, forms: string[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const form of forms) {
    const at = sentence.indexOf(form);
    if (at < 0) continue;
    if (!best || at < best[0] || (at === best[0] && at + form.length > best[1]))
      best = [at, at + form.length];
  }
  return best;
}
