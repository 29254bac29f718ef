// What the tooltip shows, in the reader's script, decoupled from the message that carried it:
// the component renders a TooltipModel, and modelOf() is the one place that knows TermView.
import type { TermView } from '../lib/messaging.ts';
import type { Category, Topic } from '../lib/types.ts';

export interface InnerTerm {
  id: string;
  label: string;
}

export interface TooltipExcerpt {
  /** The sentence as shown, in the reader's script. */
  text: string;
  /** The sentence as its source wrote it, when that differs from `text`. */
  original?: string;
  /** The term's place in `text`, when known. */
  at?: [number, number];
  title: string;
  date: string;
}

export interface TooltipModel {
  id: string;
  headword: string;
  pinyin: string;
  english: string;
  category: Category;
  topic?: Topic;
  /** First use in the sources (YYYY-MM-DD), mentions and days, when the corpus knows the term. */
  provenance?: { first: string; mentions: number; days: number };
  definition: string;
  members: string[];
  excerpts: TooltipExcerpt[];
  related: InnerTerm[];
  /** Shorter terms inside the hovered one, as written on the page. */
  inner: InnerTerm[];
  lang: 'zh-Hans' | 'zh-Hant';
}

export function modelOf(
  view: TermView,
  script: 'simplified' | 'traditional',
  inner: InnerTerm[],
): TooltipModel {
  const { entry } = view;
  const traditional = script === 'traditional';
  return {
    id: entry.id,
    headword: traditional ? entry.traditional : entry.term,
    pinyin: entry.pinyin,
    english: entry.english,
    category: entry.category,
    ...(entry.topic ? { topic: entry.topic } : {}),
    ...(entry.first
      ? { provenance: { first: entry.first, mentions: entry.mentions, days: entry.days } }
      : {}),
    definition: traditional ? entry.definitionTraditional : entry.definition,
    members: traditional ? entry.membersTraditional : entry.members,
    excerpts: view.excerpts.map((x) => {
      const text = traditional ? x.sentence : x.simplified;
      const original = x.sentence !== text ? x.sentence : undefined;
      return {
        text,
        ...(original ? { original } : {}),
        ...(x.at && text.length === x.simplified.length ? { at: x.at } : {}),
        title: x.title,
        date: x.date,
      };
    }),
    related: view.related.map((r) => ({ id: r.id, label: traditional ? r.traditional : r.term })),
    inner,
    lang: traditional ? 'zh-Hant' : 'zh-Hans',
  };
}
