// Import of a JSON export: refused before reading when too large, parsed, checked against the
// schema, previewed (new vs. already there), then merged in one transaction. Anything wrong
// gives a reason and changes nothing.
import * as v from 'valibot';
import type { PolicyDatabase, SavedExcerpt } from '../db.ts';
import { normalizeUrl, siteOfUrl } from '../url.ts';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, type ExportedExcerpt } from './export.ts';
import { MAX_NOTE, MAX_TAG, MAX_TAGS, normalizeTags } from './fields.ts';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_EXCERPTS = 200_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

const ExcerptSchema = v.pipe(
  v.object({
    exact: v.pipe(text(20_000), v.minLength(1)),
    prefix: text(200),
    suffix: text(200),
    start: offset,
    end: offset,
    url: v.pipe(text(4_000), v.minLength(1)),
    title: text(1_000),
    site: v.optional(text(300)),
    createdAt: time,
    updatedAt: v.optional(time),
    terms: v.pipe(v.array(text(200)), v.maxLength(500)),
    note: text(MAX_NOTE),
    tags: v.pipe(v.array(text(MAX_TAG)), v.maxLength(MAX_TAGS)),
    anchor: v.optional(
      v.object({
        status: v.picklist(['found', 'orphan']),
        method: v.optional(v.picklist(['quote', 'position', 'fuzzy'])),
        checkedAt: time,
      }),
    ),
  }),
  v.check((e) => e.end >= e.start, 'end comes before start'),
);

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  schemaVersion: v.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: v.optional(v.string()),
  excerpts: v.pipe(v.array(ExcerptSchema), v.maxLength(MAX_EXCERPTS)),
});

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: string }
  | { code: 'invalid'; detail: string };

export type ParsedImport =
  { ok: true; excerpts: ExportedExcerpt[] } | { ok: false; error: ImportError };

/** Checked before the file is read: a notebook of 10,000 excerpts exports to a few MB. */
export function checkImportSize(bytes: number): ImportError | null {
  return bytes > MAX_IMPORT_BYTES ? { code: 'too-large' } : null;
}

export function parseNotebookExport(input: string): ParsedImport {
  if (input.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const head = data as { format?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, error: { code: 'foreign' } };
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > EXPORT_SCHEMA_VERSION) {
    return { ok: false, error: { code: 'newer', version: String(head.schemaVersion) } };
  }
  const result = v.safeParse(ExportSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return {
      ok: false,
      error: { code: 'invalid', detail: `${path ?? 'file'}: ${issue?.message ?? 'invalid'}` },
    };
  }
  const excerpts = result.output.excerpts.map((e) => {
    const url = normalizeUrl(e.url);
    const { anchor, ...rest } = e;
    return {
      ...rest,
      url,
      site: e.site || siteOfUrl(url),
      updatedAt: e.updatedAt ?? e.createdAt,
      tags: normalizeTags(e.tags),
      terms: [...new Set(e.terms)],
      ...(anchor ? { anchor } : {}),
    };
  });
  return { ok: true, excerpts };
}

/** Same page, same text, same place: the same excerpt, whoever saved it. */
export function duplicateKey(e: { url: string; exact: string; start: number }): string {
  return `${normalizeUrl(e.url)}\u0000${e.start}\u0000${e.exact}`;
}

export interface ImportPlan {
  fresh: ExportedExcerpt[];
  duplicates: number;
}

/** What an import would add: duplicates of the notebook or of the file itself are skipped. */
export function planImport(
  existing: readonly Pick<SavedExcerpt, 'url' | 'exact' | 'start'>[],
  incoming: readonly ExportedExcerpt[],
): ImportPlan {
  const seen = new Set<string>();
  for (const e of existing) seen.add(duplicateKey(e));
  const fresh: ExportedExcerpt[] = [];
  for (const e of incoming) {
    const key = duplicateKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(e);
  }
  return { fresh, duplicates: incoming.length - fresh.length };
}

/**
 * Adds the new excerpts in one transaction, planning again inside it so a save that landed
 * since the preview is not duplicated. All or nothing: a failure (a full disk) adds none.
 */
export async function applyImport(
  db: PolicyDatabase,
  incoming: readonly ExportedExcerpt[],
): Promise<number> {
  return db.transaction('rw', db.excerpts, async () => {
    const existing = await db.excerpts.toArray();
    const { fresh } = planImport(existing, incoming);
    await db.excerpts.bulkAdd(fresh as SavedExcerpt[]);
    return fresh.length;
  });
}
