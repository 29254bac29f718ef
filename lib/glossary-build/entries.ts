// Curated entries: the human-written part of the glossary (seeds/terms/*.yaml), validated so a
// typo in review fails the build with the file and entry named instead of shipping bad data.
import * as v from 'valibot';
import { parse } from 'yaml';
import { CATEGORIES, TOPICS } from '../types.ts';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const hanForm = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(2, 'a form needs at least two characters'),
  v.maxLength(60),
  // The matcher has no word boundaries: a Latin-only form (LPR) would match inside words (lpr,
  // codepage), as the false-marks bench showed.
  v.regex(/\p{Script=Han}/u, 'a form needs at least one Han character'),
);

export const CuratedEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a lowercase slug')),
  term: hanForm,
  forms: v.pipe(v.array(hanForm), v.minLength(1)),
  category: v.picklist(CATEGORIES),
  topic: v.picklist(TOPICS),
  english: nonEmpty,
  englishAlt: v.optional(nonEmpty),
  gloss: nonEmpty,
  definition: nonEmpty,
  members: v.optional(v.array(nonEmpty), []),
  related: v.optional(v.array(v.string()), []),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  exclude: v.optional(v.array(hanForm), []),
  /** Where a stated origin or a quoted phrase can be checked. */
  source: v.optional(
    v.object({
      title: nonEmpty,
      date: v.pipe(v.string(), v.isoDate()),
      url: v.optional(v.pipe(v.string(), v.url())),
    }),
  ),
  /** Overrides the generated pinyin where a polyphone is read wrong. */
  pinyin: v.optional(nonEmpty),
});
export type CuratedEntry = v.InferOutput<typeof CuratedEntrySchema>;

export class GlossaryInputError extends Error {
  override name = 'GlossaryInputError';
}

/** Parses one YAML file of entries; throws GlossaryInputError naming the file and entry. */
export function parseEntries(file: string, yamlText: string): CuratedEntry[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new GlossaryInputError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (data == null) return [];
  if (!Array.isArray(data)) throw new GlossaryInputError(`${file}: expected a list of entries`);
  return data.map((raw, i) => {
    const result = v.safeParse(CuratedEntrySchema, raw);
    if (result.success) {
      const entry = result.output;
      // The headword is always a form, and always first.
      entry.forms = [...new Set([entry.term, ...entry.forms])];
      return entry;
    }
    const where = (raw as { id?: string })?.id ?? `#${i + 1}`;
    const issues = result.issues
      .map((issue) => `${v.getDotPath(issue) ?? '(entry)'}: ${issue.message}`)
      .join('; ');
    throw new GlossaryInputError(`${file}: entry ${where}: ${issues}`);
  });
}

/** Checks what only the whole set can show: unique ids and forms, resolvable related ids. */
export function checkEntrySet(entries: CuratedEntry[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const formOwner = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) errors.push(`duplicate id ${entry.id}`);
    ids.add(entry.id);
    for (const form of entry.forms) {
      const owner = formOwner.get(form);
      if (owner && owner !== entry.id)
        errors.push(`form ${form} is in both ${owner} and ${entry.id}`);
      formOwner.set(form, entry.id);
    }
  }
  for (const entry of entries) {
    for (const rel of entry.related) {
      if (!ids.has(rel)) warnings.push(`${entry.id}: related id ${rel} does not exist (dropped)`);
      if (rel === entry.id) warnings.push(`${entry.id}: relates to itself (dropped)`);
    }
  }
  return { errors, warnings };
}
