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
  english: string;
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
  occurrences: Occurrence[];
  counts: Record<string, number>;
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

/** What the content script needs to match: compact, sent once per page. */
export interface MatchIndex {
  hash: string;
  /** Term ids; pattern values index into this. */
  ids: string[];
  /** Category of each id, same order. */
  categories: Category[];
  /** [folded simplified form, index into ids or -1 for a context blocker]. */
  patterns: [string, number][];
  /** Pairs of characters "from→to" concatenated: fold table for traditional/variant characters. */
  fold: string;
}

export interface GlossaryBundle {
  schema: 1;
  version: string;
  hash: string;
  terms: TermEntry[];
  documents: SeedDocument[];
  index: MatchIndex;
}
