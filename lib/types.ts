// Shared data shapes. Plain JSON only: these cross the message boundary and live in IndexedDB.

export const CATEGORIES = [
  'formula',
  'concept',
  'strategy',
  'principle',
  'slogan',
  'organization',
  'person',
  'meeting',
  'document',
  'plan',
  'program',
  'project',
  'platform',
  'campaign',
  'period',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a term is about, for browsing and for filtering the marks (hmt: Hong Kong, Macao, Taiwan). */
export const TOPICS = [
  'party',
  'governance',
  'economy',
  'rural',
  'science',
  'education',
  'ecology',
  'law',
  'society',
  'culture',
  'hmt',
  'foreign',
  'defence',
] as const;
export type Topic = (typeof TOPICS)[number];

/** A topic's key in a set of hidden kinds, where categories and topics share one set. */
export const topicKey = (topic: string) => `topic:${topic}`;

export type Script = 'simplified' | 'traditional';

/** One place a term stands in a seed document (attached by the build, never typed by hand). */
export interface Occurrence {
  doc: string;
  /** UTF-16 offsets into the cleaned text of the document. */
  start: number;
  end: number;
  /** The surface form as written (original script). */
  text: string;
  /** The cleaned sentence around it, original script, and its simplified rendering. */
  sentence: string;
  sentenceSimplified: string;
}

/** A sentence of the news corpus that uses a term (attached by the build). */
export interface CorpusExcerpt {
  /** Corpus item id (YYYYMMDD-N), its date (YYYY-MM-DD) and headline. */
  item: string;
  date: string;
  title: string;
  /** The sentence, cut with "…" when long; [start, end) is the term inside it. */
  sentence: string;
  start: number;
  end: number;
}

/** How a term is used in the news corpus. */
export interface Timeline {
  mentions: number;
  days: number;
  /** First and last date of use in the corpus (YYYY-MM-DD). */
  first: string;
  last: string;
  /** Mentions per month, from the month `start` (YYYY-MM, the corpus's first) on. */
  start: string;
  monthly: number[];
}

/** Where a definition's claim can be checked (a document or corpus item and its date). */
export interface SourceRef {
  title: string;
  date: string;
  url?: string;
}

export interface CorpusInfo {
  /** Where the corpus comes from (one line). */
  source: string;
  first: string;
  last: string;
  /** YYYY-MM of Timeline.monthly[0], and the number of months. */
  startMonth: string;
  months: number;
  days: number;
  items: number;
  characters: number;
}

export interface TermEntry {
  id: string;
  term: string;
  /** The headword in traditional script (opencc cn→t). */
  traditional: string;
  /** Simplified surface forms, headword first. */
  forms: string[];
  /** Every traditional/Taiwan/Hong Kong rendering of every form, generated at build time. */
  variants: string[];
  category: Category;
  topic: Topic;
  english: string;
  /** Another English rendering in common use, where official usage differs from it. */
  englishAlt?: string;
  gloss: string;
  definition: string;
  /** Definition and members in traditional script, for traditional pages (no OpenCC at run time). */
  definitionTraditional: string;
  membersTraditional: string[];
  pinyin: string;
  /** Toneless pinyin syllables joined without spaces, and their initials: for search. */
  pinyinPlain: string;
  initials: string;
  members: string[];
  related: string[];
  year?: number;
  source?: SourceRef;
  occurrences: Occurrence[];
  counts: Record<string, number>;
  /** Use in the news corpus, and sentences of its first and latest use there. */
  timeline?: Timeline;
  corpus: CorpusExcerpt[];
  /** Across the seeds and the corpus: date of the first use (YYYY-MM-DD), mentions, days. */
  first?: string;
  mentions: number;
  days: number;
}

export interface SeedDocument {
  id: string;
  file: string;
  title: string;
  issuer: string;
  date: string;
  dateNote?: string;
  script: Script;
  source?: string;
  kind?: string;
  /** Cleaned text; occurrence offsets point into it. */
  text: string;
  /** Block boundaries in `text` (kind + start/end), so the reader can render headings. */
  blocks: { kind: 'heading' | 'paragraph' | 'list-item'; start: number; end: number }[];
}

/** What the content script needs to match: compact, sent once per page (glossary-index.json). */
export interface MatchIndex {
  hash: string;
  /** Term ids; trie values index into this. */
  ids: string[];
  /** Category and topic of each id, same order. */
  categories: Category[];
  topics: Topic[];
  /** Pairs of characters "from→to" concatenated: fold table for traditional/variant characters. */
  fold: string;
  /** The patterns below, compiled: pages decode it instead of building a trie. */
  trie: CompiledTrie;
}

/** The index as the build writes it (glossary.json): the patterns too, for reports and tests. */
export interface BuildIndex extends MatchIndex {
  /** [folded simplified form, index into ids or -1 for a context blocker]. */
  patterns: [string, number][];
}

/** The match trie as a double array, compiled at build time (lib/matcher/compile.ts). */
export interface CompiledTrie {
  /** Array length; base/check/values each hold this many entries. */
  size: number;
  /** Element width of all three arrays: 16-bit when every slot and term index fits, else 32-bit. */
  wide: boolean;
  /** base64 of base (Uint16/Int32), check (Uint16/Int32; free slots 0xffff / -1), values (Int16/Int32). */
  base: string;
  check: string;
  values: string;
  /** base64 of Uint16 pairs (code unit, alphabet id). */
  units: string;
  patternCount: number;
}

export interface GlossaryBundle {
  schema: 1;
  version: string;
  hash: string;
  terms: TermEntry[];
  documents: SeedDocument[];
  index: MatchIndex;
  corpus?: CorpusInfo;
}

/** glossary.json as the build writes it; the extension ships its index without the patterns. */
export interface BuiltGlossary extends GlossaryBundle {
  index: BuildIndex;
}
