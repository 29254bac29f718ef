// What the tooltip shows, in the reader's script, decoupled from the message that carried it:
// the component renders a TooltipModel, and modelOf() is the one place that knows TermView.
import type { TermView } from '../lib/messaging.ts';
import { langOf, type ReadingScript } from '../lib/script/reading-script.ts';
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
  /** The HTML lang of the reader's script (zh-Hans, zh-TW, zh-HK). */
  lang: string;
  /** One of the user's own terms: labelled as theirs; its sources are their documents. */
  mine?: true;
}

export function modelOf(view: TermView, script: ReadingScript, inner: InnerTerm[]): TooltipModel {
  const { entry, shown } = view;
  return {
    id: entry.id,
    headword: shown.headword,
    pinyin: entry.pinyin,
    english: entry.english,
    category: entry.category,
    ...(entry.topic ? { topic: entry.topic } : {}),
    // The counts line speaks of the glossary's sources; my terms' sources show their own dates.
    ...(entry.first && !view.mine
      ? { provenance: { first: entry.first, mentions: entry.mentions, days: entry.days } }
      : {}),
    definition: shown.definition,
    members: shown.members,
    excerpts: view.excerpts.map((x) => ({
      text: x.text,
      // The source's own wording, offered only where conversion changed it.
      ...(x.original !== x.text ? { original: x.original } : {}),
      ...(x.at ? { at: x.at } : {}),
      title: x.title,
      date: x.date,
    })),
    related: view.related,
    inner,
    lang: langOf(script),
    ...(view.mine ? { mine: true as const } : {}),
  };
}
