// Glossary packs: my terms (optionally with the metadata of the documents they came from) as one
// JSON file a teacher hands to a class. Reading a pack is refused by size before parsing, then
// checked against the schema; nothing is written here (preview.ts compares, store.ts applies).
import * as v from 'valibot';
import { CATEGORIES, TOPICS } from '../types.ts';
import { type MyTerm, myTermId } from './types.ts';

export const PACK_FORMAT = 'policy-terms-reader/glossary-pack';
export const PACK_VERSION = 1;
/** 5,000 terms with a few sentences each come to about 5 MB. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;
export const MAX_PACK_TERMS = 20_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const HAN = /\p{Script=Han}/u;
const headword = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(40),
  v.check((s) => HAN.test(s) && !/[\s\n]/.test(s), 'a headword is Chinese text without spaces'),
);
const date = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);

const PackTermSchema = v.object({
  term: headword,
  forms: v.optional(v.pipe(v.array(headword), v.maxLength(50)), []),
  variants: v.optional(v.pipe(v.array(headword), v.maxLength(200)), []),
  pinyin: v.optional(text(300), ''),
  english: v.optional(text(300), ''),
  definition: v.optional(text(4_000), ''),
  category: v.picklist(CATEGORIES),
  topic: v.picklist(TOPICS),
  /** Set when the term is another form of a built-in entry (that entry's id). */
  aliasOf: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,200}$/u))),
  sources: v.optional(
    v.pipe(
      v.array(
        v.object({
          doc: v.optional(text(200), ''),
          title: v.optional(text(1_000), ''),
          date: v.optional(date, ''),
          sentence: text(2_000),
          url: v.optional(text(4_000)),
        }),
      ),
      v.maxLength(50),
    ),
    [],
  ),
});

const PackDocumentSchema = v.object({
  id: text(200),
  title: text(1_000),
  issuer: v.optional(text(500), ''),
  date: v.optional(date, ''),
  docNumber: v.optional(text(200), ''),
  source: v.optional(text(4_000), ''),
});

const PackSchema = v.object({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  name: v.optional(text(200), ''),
  exportedAt: v.optional(v.string()),
  terms: v.pipe(v.array(PackTermSchema), v.maxLength(MAX_PACK_TERMS)),
  documents: v.optional(v.pipe(v.array(PackDocumentSchema), v.maxLength(10_000)), []),
});

export type PackTerm = v.InferOutput<typeof PackTermSchema>;
export type PackDocument = v.InferOutput<typeof PackDocumentSchema>;
export type GlossaryPack = v.InferOutput<typeof PackSchema>;

export type PackError =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: string }
  | { code: 'invalid'; detail: string }
  | { code: 'duplicate'; term: string };

export type ParsedPack = { ok: true; pack: GlossaryPack } | { ok: false; error: PackError };

/** A pack as written to disk: terms in headword order, so two exports of one glossary diff cleanly. */
export function exportPack(
  terms: MyTerm[],
  options: { name?: string; documents?: PackDocument[]; now?: Date } = {},
): GlossaryPack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: options.name ?? '',
    exportedAt: (options.now ?? new Date()).toISOString(),
    terms: [...terms].sort((a, b) => a.term.localeCompare(b.term, 'zh')).map(packTermOf),
    documents: options.documents ?? [],
  };
}

/**
 * One of my terms as a pack holds it: what it says, not its id or times (the importer's own).
 * Keys listed in a fixed order, whatever order the stored row has, so exports diff cleanly.
 */
function packTermOf(t: MyTerm): PackTerm {
  return {
    term: t.term,
    forms: t.forms,
    variants: t.variants,
    pinyin: t.pinyin,
    english: t.english,
    definition: t.definition,
    category: t.category,
    topic: t.topic,
    ...(t.aliasOf ? { aliasOf: t.aliasOf } : {}),
    sources: t.sources,
  };
}

/** Checks a file's size before it is read (a 200 MB file is refused without parsing). */
export function checkPackSize(bytes: number): PackError | null {
  return bytes > MAX_PACK_BYTES ? { code: 'too-large', bytes } : null;
}

/** Parses and validates a pack's text; the first problem found is the answer. */
export function parsePack(source: string): ParsedPack {
  const size = checkPackSize(new TextEncoder().encode(source).length);
  if (size) return { ok: false, error: size };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== PACK_FORMAT) {
    return { ok: false, error: { code: 'foreign' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PACK_VERSION) {
    return { ok: false, error: { code: 'newer', version: String(version) } };
  }
  const result = v.safeParse(PackSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '';
    return { ok: false, error: { code: 'invalid', detail: `${path}: ${issue.message}` } };
  }
  const seen = new Set<string>();
  for (const t of result.output.terms) {
    if (seen.has(t.term)) return { ok: false, error: { code: 'duplicate', term: t.term } };
    seen.add(t.term);
  }
  return { ok: true, pack: result.output };
}

/** A pack term as the entry it becomes (times set by the caller): packTermOf undone. */
export function termOfPack(t: PackTerm, now: number): MyTerm {
  // The schema keeps only its own keys, so the rest is exactly the entry's content.
  const { aliasOf, ...content } = t;
  return {
    id: myTermId(t.term),
    ...content,
    // Headword first, each form once (as lib/my-terms/model.ts makes them).
    forms: [...new Set([t.term, ...t.forms])],
    ...(aliasOf ? { aliasOf } : {}),
    createdAt: now,
    updatedAt: now,
  };
}
