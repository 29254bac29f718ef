// Provenance from the news corpus: for every term, how often and on how many days it is used,
// when first and last, mentions per month, and the sentences of its first and latest use.
import { createMatcher } from '../matcher/matcher.ts';
import { sentenceBounds } from '../sentences.ts';
import type { BuildIndex, CorpusExcerpt, CorpusInfo, Timeline } from '../types.ts';
import type { Corpus, CorpusItem } from './corpus.ts';

/** Longest excerpt kept, in characters: the term stays in view, the rest is cut with "…". */
const MAX_EXCERPT = 120;

export interface CorpusProvenance {
  info: CorpusInfo;
  timelines: Map<string, Timeline>;
  excerpts: Map<string, CorpusExcerpt[]>;
  /** The dates each term is used on (for counting days across all sources). */
  daySets: Map<string, Set<string>>;
}

interface Tally {
  mentions: number;
  days: Set<string>;
  monthly: number[];
  /** Where it is first used, and its first use in the latest item that uses it. */
  first: Spot;
  last: Spot;
}

interface Spot {
  item: number;
  from: number;
  to: number;
}

/** Month number since year 0, so months subtract: 2022-09 → 2022 * 12 + 8. */
const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

export function corpusProvenance(
  index: Pick<BuildIndex, 'ids' | 'patterns' | 'fold'>,
  corpus: Corpus,
  source: string,
): CorpusProvenance {
  const { items, stats } = corpus;
  const start = monthOf(stats.first);
  const months = monthOf(stats.last) - start + 1;
  const matcher = createMatcher(index);
  const tallies = new Map<string, Tally>();
  const record = (itemIndex: number, from: number, to: number, term: number) => {
    const item = items[itemIndex];
    const id = index.ids[term];
    if (!item || !id) return;
    const spot = { item: itemIndex, from, to };
    let tally = tallies.get(id);
    if (!tally) {
      const monthly = new Array<number>(months).fill(0);
      tally = { mentions: 0, days: new Set(), monthly, first: spot, last: spot };
      tallies.set(id, tally);
    }
    tally.mentions++;
    tally.days.add(item.date);
    const month = monthOf(item.date) - start;
    tally.monthly[month] = (tally.monthly[month] ?? 0) + 1;
    // Items are in date order: the first spot seen is the earliest, a later item is later.
    if (itemIndex !== tally.last.item) tally.last = spot;
  };
  items.forEach((item, i) => {
    for (const match of matcher.findTerms(item.text)) {
      record(i, match.start, match.end, match.term);
      for (const inner of matcher.findInner(item.text, match.start, match.end))
        record(i, inner.start, inner.end, inner.term);
    }
  });

  const timelines = new Map<string, Timeline>();
  const excerpts = new Map<string, CorpusExcerpt[]>();
  for (const [id, tally] of tallies) {
    const days = [...tally.days];
    timelines.set(id, {
      mentions: tally.mentions,
      days: days.length,
      first: days[0] ?? '',
      last: days[days.length - 1] ?? '',
      start: stats.first.slice(0, 7),
      monthly: tally.monthly,
    });
    const spots = tally.last.item === tally.first.item ? [tally.first] : [tally.first, tally.last];
    excerpts.set(
      id,
      spots.map((spot) => excerptOf(items[spot.item] as CorpusItem, spot.from, spot.to)),
    );
  }
  return {
    info: {
      source,
      first: stats.first,
      last: stats.last,
      startMonth: stats.first.slice(0, 7),
      months,
      days: stats.days,
      items: stats.items,
      characters: stats.characters,
    },
    timelines,
    excerpts,
    daySets: new Map([...tallies].map(([id, tally]) => [id, tally.days])),
  };
}

/** The sentence around [from, to) of an item, cut to MAX_EXCERPT around the term. */
export function excerptOf(
  item: { id: string; date: string; title: string; text: string },
  from: number,
  to: number,
): CorpusExcerpt {
  let [s, e] = sentenceBounds(item.text, from, to);
  let prefix = '';
  let suffix = '';
  if (e - s > MAX_EXCERPT) {
    const room = Math.max(0, MAX_EXCERPT - (to - from));
    const before = Math.min(from - s, Math.floor(room / 2));
    const newStart = from - before;
    const newEnd = Math.min(e, to + (room - before));
    if (newStart > s) prefix = '…';
    if (newEnd < e) suffix = '…';
    s = newStart;
    e = newEnd;
  }
  const sentence = prefix + item.text.slice(s, e) + suffix;
  const at = prefix.length + (from - s);
  return {
    item: item.id,
    date: item.date,
    title: item.title,
    sentence,
    start: at,
    end: at + (to - from),
  };
}
