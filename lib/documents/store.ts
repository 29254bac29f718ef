// The library's writes. Each is one IndexedDB operation, so a failure leaves the library as it
// was; deleting returns the row so the page can offer undo by putting it back unchanged.
import type { PolicyDatabase } from '../db.ts';
import type { DocumentMetadata, ParsedDocument, UserDocument } from './types.ts';
import { USER_DOC_PREFIX } from './types.ts';

/** Bytes of the record as UTF-8 JSON: close to what IndexedDB keeps, and the same everywhere. */
export function sizeOf(row: Omit<UserDocument, 'size'>): number {
  return new TextEncoder().encode(JSON.stringify(row)).byteLength;
}

export function newUserDocument(parsed: ParsedDocument, now: number, id?: string): UserDocument {
  const row: Omit<UserDocument, 'size'> = {
    id: id ?? `${USER_DOC_PREFIX}${crypto.randomUUID().replace(/-/gu, '').slice(0, 12)}`,
    file: parsed.origin,
    ...parsed.meta,
    format: parsed.format,
    text: parsed.text,
    blocks: parsed.blocks,
    addedAt: now,
    updatedAt: now,
  };
  return { ...row, size: sizeOf(row) };
}

export async function addUserDocument(
  db: PolicyDatabase,
  parsed: ParsedDocument,
  now = Date.now(),
): Promise<UserDocument> {
  const row = newUserDocument(parsed, now);
  await db.userDocuments.add(row);
  return row;
}

/** Removes one document; returns it (for undo), or undefined when it was not there. */
export async function deleteUserDocument(
  db: PolicyDatabase,
  id: string,
): Promise<UserDocument | undefined> {
  return db.transaction('rw', db.userDocuments, async () => {
    const row = await db.userDocuments.get(id);
    if (row) await db.userDocuments.delete(id);
    return row;
  });
}

export async function restoreUserDocument(db: PolicyDatabase, row: UserDocument): Promise<void> {
  await db.userDocuments.put(row);
}

const cleanMeta = (meta: DocumentMetadata): DocumentMetadata => ({
  title: meta.title.trim(),
  issuer: meta.issuer.trim(),
  date: meta.date.trim(),
  docNumber: meta.docNumber.trim(),
  source: meta.source.trim(),
  script: meta.script,
});

/** Invalid metadata (empty title, a date that is not YYYY-MM-DD) is refused with a reason. */
export function metadataProblem(meta: DocumentMetadata): 'title' | 'date' | null {
  const clean = cleanMeta(meta);
  if (!clean.title) return 'title';
  if (clean.date && !/^\d{4}-\d{2}-\d{2}$/u.test(clean.date)) return 'date';
  if (clean.date && Number.isNaN(Date.parse(clean.date))) return 'date';
  return null;
}

export async function updateMetadata(
  db: PolicyDatabase,
  id: string,
  meta: DocumentMetadata,
  now = Date.now(),
): Promise<void> {
  if (metadataProblem(meta)) throw new RangeError(`invalid metadata: ${metadataProblem(meta)}`);
  await db.transaction('rw', db.userDocuments, async () => {
    const row = await db.userDocuments.get(id);
    if (!row) throw new RangeError(`no document ${id}`);
    const { size: _size, ...rest } = { ...row, ...cleanMeta(meta), updatedAt: now };
    await db.userDocuments.put({ ...rest, size: sizeOf(rest) });
  });
}
