// The one message contract between content scripts, extension pages and the background.
// Requests and responses are typed together; the background validates every request at run
// time (valibot) because a content script runs next to code we do not control.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { READING_SCRIPTS, type ReadingScript } from './script/reading-script.ts';
import { ParsedDocumentSchema } from './documents/schema.ts';
import type { MatchIndex, TermEntry } from './types.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const excerptId = v.pipe(v.number(), v.integer(), v.minValue(1));

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('glossary/index') }),
  // A page about to show traditional tooltips: load the glossary and the converter before the
  // first hover instead of during it (about a second and a half in a fresh service worker).
  v.object({ type: v.literal('glossary/warm'), script: v.picklist(READING_SCRIPTS) }),
  v.object({
    type: v.literal('glossary/term'),
    id: text(200),
    script: v.picklist(READING_SCRIPTS),
  }),
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
  // From an extension page that changed my terms (lib/my-glossary/store.ts): the background
  // rebuilds the index it serves and tells every tab. Extension pages only.
  v.object({ type: v.literal('myterms/changed') }),
  // From the popup: a page's article, read there, for the library. Extension pages only.
  v.object({ type: v.literal('document/add'), doc: ParsedDocumentSchema }),
  v.object({
    type: v.literal('ui/open'),
    page: v.picklist(['glossary', 'notebook', 'options']),
    id: v.optional(text(200)),
  }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** A term as the tooltip shows it, in one reading script: the entry plus what it links to. */
export interface TermView {
  script: ReadingScript;
  /** The entry as stored (simplified); pinyin, English, category and dates come from here. */
  entry: Omit<TermEntry, 'occurrences'>;
  /** The entry's Chinese text in the reader's script. */
  shown: { headword: string; definition: string; members: string[] };
  excerpts: {
    /** A seed document's id, or `news:ITEM` for a sentence of the news corpus. */
    doc: string;
    /** Title and sentence in the reader's script. */
    title: string;
    date: string;
    text: string;
    /** The sentence as its source wrote it (for quoting), and the title when it differs. */
    original: string;
    originalTitle?: string;
    /** Where the term stands in `text`, when found. */
    at?: [number, number];
  }[];
  related: { id: string; label: string }[];
  /** Set for one of the user's own terms (`my:` ids): its sources are their documents. */
  mine?: true;
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
  'glossary/warm': { ok: true };
  'excerpt/save': { id: number } | { error: string };
  'excerpt/forPage': SavedExcerptSummary[];
  'excerpt/update': { ok: true } | { error: string };
  'excerpt/delete': { deleted: boolean } | { error: string };
  'excerpt/anchored': { updated: number };
  'document/add': { id: string; title: string } | { error: string };
  'myterms/changed': { tabs: number };
  'ui/open': { opened: boolean };
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export function sendToBackground<T extends RequestType>(
  request: RequestOf<T>,
): Promise<ResponseMap[T]> {
  return browser.runtime.sendMessage(request) as Promise<ResponseMap[T]>;
}

/**
 * sendToBackground for a page's writes: a message that cannot be delivered (the extension was
 * reloaded or updated under the page) comes back as an error result, like a failed write, so the
 * page shows one kind of failure.
 */
export async function trySendToBackground<T extends RequestType>(
  request: RequestOf<T>,
): Promise<ResponseMap[T] | { error: string }> {
  try {
    return await sendToBackground(request);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Messages the popup and the background send to a tab's content script. Only the extension can
 * send them, but the content script parses them all the same: the contract, not a cast, decides
 * what it acts on.
 */
export const TabRequestSchema = v.variant('type', [
  v.object({ type: v.literal('page/terms') }),
  v.object({
    type: v.literal('page/reveal'),
    id: text(200),
    occurrence: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.object({ type: v.literal('page/toggle') }),
  v.object({ type: v.literal('page/saveSelection') }),
  v.object({ type: v.literal('page/html') }),
  // My terms changed: fetch the index again and mark the page anew.
  v.object({ type: v.literal('page/glossaryChanged') }),
  // The context menu's "Add to my glossary": the selection and the sentence it stands in.
  v.object({ type: v.literal('page/selectionContext') }),
]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export interface PageTermCount {
  id: string;
  count: number;
}

export interface TabResponseMap {
  'page/terms': { url: string; terms: PageTermCount[] };
  'page/reveal': { found: boolean; total: number };
  'page/toggle': { active: boolean };
  'page/saveSelection': { saved: boolean; id?: number; error?: string };
  /** The page as it is now (scripts run, content loaded), for the library to read. */
  'page/html': { url: string; title: string; html: string };
  'page/glossaryChanged': { marked: boolean };
  'page/selectionContext': { text: string; sentence: string; url: string; title: string } | null;
}

/**
 * Sends to a tab's content script: by default to the top frame, which answers for the tab
 * (frames do not race it); `frameId` names another frame, 'all' every frame (the one holding a
 * selection is the one that saves it).
 */
export function sendToTab<T extends TabRequest['type']>(
  tabId: number,
  request: Extract<TabRequest, { type: T }>,
  frame: { frameId: number } | 'all' = { frameId: 0 },
): Promise<TabResponseMap[T]> {
  const sent =
    frame === 'all'
      ? browser.tabs.sendMessage(tabId, request)
      : browser.tabs.sendMessage(tabId, request, frame);
  return sent as Promise<TabResponseMap[T]>;
}

export function parseTabRequest(message: unknown): TabRequest | undefined {
  const result = v.safeParse(TabRequestSchema, message);
  return result.success ? result.output : undefined;
}

export function parseRequest(message: unknown): Request | undefined {
  const result = v.safeParse(RequestSchema, message);
  return result.success ? result.output : undefined;
}
