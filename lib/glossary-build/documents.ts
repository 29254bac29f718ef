// Seed document metadata (seeds/documents.yaml) and the cleaned text each document is read as.
import * as v from 'valibot';
import { parse } from 'yaml';
import type { SeedDocument } from '../types.ts';
import { blocksToText, cleanDocument } from './clean.ts';
import { GlossaryInputError } from './entries.ts';

const MetaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  file: v.string(),
  title: v.pipe(v.string(), v.minLength(1)),
  issuer: v.pipe(v.string(), v.minLength(1)),
  date: v.pipe(v.string(), v.isoDate()),
  date_note: v.optional(v.string()),
  script: v.picklist(['simplified', 'traditional']),
  source: v.optional(v.string()),
  kind: v.optional(v.string()),
});

export function parseDocumentMeta(yamlText: string): v.InferOutput<typeof MetaSchema>[] {
  const data = parse(yamlText) as unknown;
  if (!Array.isArray(data)) throw new GlossaryInputError('documents.yaml: expected a list');
  return data.map((raw, i) => {
    const result = v.safeParse(MetaSchema, raw);
    if (result.success) return result.output;
    const issues = result.issues.map((s) => `${v.getDotPath(s)}: ${s.message}`).join('; ');
    throw new GlossaryInputError(`documents.yaml: item ${i + 1}: ${issues}`);
  });
}

/** Cleans every seed and records block boundaries so offsets stay meaningful in the reader. */
export function loadDocuments(metaYaml: string, seeds: Record<string, string>): SeedDocument[] {
  return parseDocumentMeta(metaYaml).map((meta) => {
    const raw = seeds[meta.file];
    if (raw === undefined)
      throw new GlossaryInputError(`documents.yaml: ${meta.file} not in seeds/`);
    const { blocks } = cleanDocument(raw);
    const text = blocksToText(blocks);
    let cursor = 0;
    const spans = blocks.map((block) => {
      const start = text.indexOf(block.text, cursor);
      cursor = start + block.text.length;
      return { kind: block.kind, start, end: cursor };
    });
    return {
      id: meta.id,
      file: meta.file,
      title: meta.title,
      issuer: meta.issuer,
      date: meta.date,
      ...(meta.date_note ? { dateNote: meta.date_note } : {}),
      script: meta.script,
      ...(meta.source ? { source: meta.source } : {}),
      ...(meta.kind ? { kind: meta.kind } : {}),
      text,
      blocks: spans,
    };
  });
}
