// The one message contract between content scripts, extension pages and the background.
// Requests and responses are typed together; the background validates every request at run
// time (valibot) because a content script runs next to code we do not control.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { MatchIndex, TermEntry } from './types.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const excerptId = v.pipe(v.number(), v.integer(), v.minValue(1));

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('glossary/index') }),
  v.object({ type: v.literal('glossary/term'), id: text(200) }),
  v.object({
    type: v.literal('excerpt/save'),
    excerpt: v.object({
      exact: text(20_000),
      prefix: text(200),
      suffix: text(200),
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(0)),
      url: text(4_000),
      title: text(1_000),
      terms: v.pipe(v.array(text(200)), v.maxLength(500)),
    }),
  }),
  v.object({ type: v.literal('excerpt/forPage'), url: text(4_000) }),
  v.object({
    type: v.literal('excerpt/update'),
    id: excerptId,
    note: v.optional(text(10_000)),
    tags: v.optional(v.pipe(v.array(text(100)), v.maxLength(50))),
  }),
  v.object({ type: v.literal('excerpt/delete'), id: excerptId }),
  v.object({
    type: v.literal('excerpt/anchored'),
    url: text(4_000),
    results: v.pipe(
      v.array(
        v.object({
          id: excerptId,
          status: v.picklist(['found', 'orphan']),
          method: v.optional(v.picklist(['quote', 'position', 'fuzzy'])),
        }),
      ),
      v.maxLength(10_000),
    ),
  }),
  v.object({
    type: v.literal('ui/open'),
    page: v.picklist(['glossary', 'notebook', 'options']),
    id: v.optional(text(200)),
  }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** A term as the tooltip shows it: the entry plus what it links to, resolved. */
export interface TermView {
  entry: Omit<TermEntry, 'occurrences'>;
  excerpts: {
    /** A seed document's id, or `news:ITEM` for a sentence of the news corpus. */
    doc: string;
    title: string;
    date: string;
    sentence: string;
    simplified: string;
    /** Where the term stands in the sentence, when known (news excerpts). */
    at?: [number, number];
  }[];
  related: { id: string; term: string; traditional: string }[];
}

export interface SavedExcerptSummary {
  id: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note: string;
}

export interface ResponseMap {
  'glossary/index': MatchIndex;
  'glossary/term': TermView | null;
  'excerpt/save': { id: number } | { error: string };
  'excerpt/forPage': SavedExcerptSummary[];
  'excerpt/update': { ok: true } | { error: string };
  'excerpt/delete': { deleted: boolean } | { error: string };
  'excerpt/anchored': { updated: number };
  'ui/open': { opened: boolean };
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export function sendToBackground<T extends RequestType>(
  request: RequestOf<T>,
): Promise<ResponseMap[T]> {
  return browser.runtime.sendMessage(request) as Promise<ResponseMap[T]>;
}

/** Messages the popup sends to the content script of the active tab. */
export type TabRequest =
  | { type: 'page/terms' }
  | { type: 'page/reveal'; id: string; occurrence: number }
  | { type: 'page/toggle' }
  | { type: 'page/saveSelection' };

export interface PageTermCount {
  id: string;
  count: number;
}

export interface TabResponseMap {
  'page/terms': { url: string; terms: PageTermCount[] };
  'page/reveal': { found: boolean; total: number };
  'page/toggle': { active: boolean };
  'page/saveSelection': { saved: boolean; id?: number; error?: string };
}

export function sendToTab<T extends TabRequest['type']>(
  tabId: number,
  request: Extract<TabRequest, { type: T }>,
): Promise<TabResponseMap[T]> {
  // The top frame answers for the tab; frames do not race it.
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<TabResponseMap[T]>;
}

export function parseRequest(message: unknown): Request | undefined {
  const result = v.safeParse(RequestSchema, message);
  return result.success ? result.output : undefined;
}
