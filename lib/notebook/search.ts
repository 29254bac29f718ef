// Notebook search, in memory: every filter and the full-text query over text, notes, titles and
// tags, newest first, then grouped by page and cut into pages of the list. Built once per change
// of the notebook; a query is a scan of pre-folded strings (see scripts/bench-notebook.ts).
import type { SavedExcerpt } from '../db.ts';

export interface NotebookFilters {
  query: string;
  term?: string;
  tag?: string;
  site?: string;
  /** Saved at or after (epoch ms). */
  from?: number;
  /** Saved before (epoch ms). */
  to?: number;
  orphansOnly?: boolean;
}

export type Fold = (text: string) => string;

/** Case- and width-insensitive; a script fold (traditional → simplified) can be layered on. */
export function basicFold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * A fold through a script converter (opencc traditional → simplified), character by character
 * through a lazily filled code table: converting a 10,000-excerpt notebook as whole strings
 * takes over a second, a table lookup per character a few milliseconds. Search needs no
 * phrase-level conversion, and a one-to-one fold keeps the text's length.
 */
export function scriptFold(convert: (text: string) => string): Fold {
  // 0: not looked up yet; otherwise the folded code unit.
  const table = new Uint16Array(0x10000);
  return (input) => {
    const text = basicFold(input);
    const out = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) {
        out[i] = code;
        continue;
      }
      let folded = table[code] as number;
      if (folded === 0) {
        const converted = convert(String.fromCharCode(code));
        folded = converted.length === 1 ? converted.charCodeAt(0) : code;
        table[code] = folded;
      }
      out[i] = folded;
    }
    return decodeUnits(out);
  };
}

// Native decoding; a lone surrogate becomes U+FFFD, which only touches the search haystack.
const utf16 = new TextDecoder('utf-16le');
function decodeUnits(units: Uint16Array): string {
  return utf16.decode(units);
}

export interface Facets {
  terms: [string, number][];
  tags: [string, number][];
  sites: [string, number][];
}

export interface NotebookIndex {
  readonly size: number;
  search(filters: NotebookFilters): SavedExcerpt[];
  facets(): Facets;
}

interface Entry {
  excerpt: SavedExcerpt;
  haystack: string;
}

export function newestFirst(a: SavedExcerpt, b: SavedExcerpt): number {
  return b.createdAt - a.createdAt || b.id - a.id;
}

/** Folded text of excerpts by id and edit time, kept across rebuilds of the index. */
export type HaystackCache = Map<string, string>;

export function createNotebookIndex(
  excerpts: readonly SavedExcerpt[],
  fold: Fold = basicFold,
  cache: HaystackCache = new Map(),
): NotebookIndex {
  const entries: Entry[] = [...excerpts].sort(newestFirst).map((excerpt) => {
    const key = `${excerpt.id}:${excerpt.updatedAt}`;
    let haystack = cache.get(key);
    if (haystack === undefined) {
      haystack = fold(
        [excerpt.exact, excerpt.note, excerpt.title, excerpt.tags.join(' ')].join('\n'),
      );
      cache.set(key, haystack);
    }
    return { excerpt, haystack };
  });
  let facets: Facets | undefined;
  return {
    size: entries.length,
    search(filters) {
      const tokens = fold(filters.query).split(/\s+/).filter(Boolean);
      const out: SavedExcerpt[] = [];
      for (const { excerpt, haystack } of entries) {
        if (filters.site && excerpt.site !== filters.site) continue;
        if (filters.tag && !excerpt.tags.includes(filters.tag)) continue;
        if (filters.term && !excerpt.terms.includes(filters.term)) continue;
        if (filters.from !== undefined && excerpt.createdAt < filters.from) continue;
        if (filters.to !== undefined && excerpt.createdAt >= filters.to) continue;
        if (filters.orphansOnly && excerpt.anchor?.status !== 'orphan') continue;
        if (!tokens.every((token) => haystack.includes(token))) continue;
        out.push(excerpt);
      }
      return out;
    },
    facets() {
      facets ??= {
        terms: count(entries.flatMap((e) => e.excerpt.terms)),
        tags: count(entries.flatMap((e) => e.excerpt.tags)),
        sites: count(entries.map((e) => e.excerpt.site)),
      };
      return facets;
    },
  };
}

function count(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface PageGroup {
  url: string;
  title: string;
  site: string;
  /** Excerpts of this page among the results, and how many of them are orphans. */
  total: number;
  orphans: number;
  /** The excerpts of this group on the current page of the list. */
  excerpts: SavedExcerpt[];
}

/** Groups results (newest first) by page; a page's place is that of its newest excerpt. */
export function groupByPage(results: readonly SavedExcerpt[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const excerpt of results) {
    let group = groups.get(excerpt.url);
    if (!group) {
      group = {
        url: excerpt.url,
        title: excerpt.title,
        site: excerpt.site,
        total: 0,
        orphans: 0,
        excerpts: [],
      };
      groups.set(excerpt.url, group);
    }
    group.total++;
    if (excerpt.anchor?.status === 'orphan') group.orphans++;
    group.excerpts.push(excerpt);
  }
  return [...groups.values()];
}

export interface ListPage {
  groups: PageGroup[];
  page: number;
  pages: number;
}

/**
 * One page of the grouped list, `perPage` excerpts long. A group cut by a page boundary shows
 * on both pages, with its full counts on each.
 */
export function pageOfGroups(groups: readonly PageGroup[], page: number, perPage = 50): ListPage {
  const total = groups.reduce((n, g) => n + g.excerpts.length, 0);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(0, page), pages - 1);
  const from = current * perPage;
  const to = from + perPage;
  const out: PageGroup[] = [];
  let offset = 0;
  for (const group of groups) {
    const start = offset;
    const end = offset + group.excerpts.length;
    offset = end;
    if (end <= from) continue;
    if (start >= to) break;
    out.push({
      ...group,
      excerpts: group.excerpts.slice(
        Math.max(0, from - start),
        Math.min(group.excerpts.length, to - start),
      ),
    });
  }
  return { groups: out, page: current, pages };
}

/** [from, to) in epoch ms for `yyyy-mm-dd` date inputs, in local time; either may be empty. */
export function dateRange(from: string, to: string): { from?: number; to?: number } {
  const day = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  };
  const start = day(from);
  const end = day(to);
  if (end) end.setDate(end.getDate() + 1);
  return {
    ...(start ? { from: start.getTime() } : {}),
    ...(end ? { to: end.getTime() } : {}),
  };
}
