// The reviewed table of official English renderings (seeds/official-english.yaml): the entry that
// has a listed term as a form must render it as the table says, and name the same alternate.
import * as v from 'valibot';
import { parse } from 'yaml';
import type { CuratedEntry } from './entries.ts';
import { GlossaryInputError } from './entries.ts';

const RowSchema = v.object({
  english: v.pipe(v.string(), v.minLength(1)),
  alt: v.optional(v.pipe(v.string(), v.minLength(1))),
});
export type OfficialEnglish = Map<string, v.InferOutput<typeof RowSchema>>;

export function parseOfficialEnglish(yamlText: string): OfficialEnglish {
  const data = (parse(yamlText) ?? {}) as Record<string, unknown>;
  const table: OfficialEnglish = new Map();
  for (const [term, raw] of Object.entries(data)) {
    const row = v.safeParse(RowSchema, raw);
    if (!row.success)
      throw new GlossaryInputError(`official-english.yaml: ${term}: needs { english, alt? }`);
    table.set(term, row.output);
  }
  return table;
}

export function checkOfficialEnglish(entries: CuratedEntry[], table: OfficialEnglish): string[] {
  const errors: string[] = [];
  for (const [term, row] of table) {
    const entry = entries.find((e) => e.forms.includes(term));
    if (!entry) {
      errors.push(`official-english.yaml: ${term} is no entry's form`);
      continue;
    }
    if (entry.english !== row.english)
      errors.push(
        `${entry.id} (${term}): english is "${entry.english}", officially "${row.english}"`,
      );
    if (row.alt && entry.englishAlt !== row.alt)
      errors.push(
        `${entry.id} (${term}): englishAlt should be "${row.alt}" (official-english.yaml)`,
      );
  }
  return errors;
}
