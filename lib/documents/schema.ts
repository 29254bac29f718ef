// The run-time shape of a ParsedDocument crossing from the popup to the background
// (messaging.ts 'document/add'): bounded fields, and blocks that lie inside the text in order.
import * as v from 'valibot';
import { MAX_TEXT_CHARS } from './errors.ts';
import type { ParsedDocument } from './types.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ParsedDocumentSchema = v.pipe(
  v.object({
    format: v.picklist(['pdf', 'docx', 'txt', 'md', 'html', 'paste', 'page']),
    origin: text(4_000),
    meta: v.object({
      title: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
      issuer: text(1_000),
      date: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
      docNumber: text(200),
      source: text(4_000),
      script: v.picklist(['simplified', 'traditional']),
    }),
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT_CHARS)),
    blocks: v.pipe(
      v.array(
        v.object({
          kind: v.picklist(['heading', 'paragraph', 'list-item']),
          start: offset,
          end: offset,
        }),
      ),
      v.minLength(1),
      v.maxLength(500_000),
    ),
  }),
  v.check(
    (doc) =>
      doc.blocks.every(
        (b, i) =>
          b.start < b.end && b.end <= doc.text.length && b.start >= (doc.blocks[i - 1]?.end ?? 0),
      ),
    'blocks must lie inside the text, in order',
  ),
);

// The schema and the type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemaMatchesType: Same<
  v.InferOutput<typeof ParsedDocumentSchema>,
  ParsedDocument
> = true;
