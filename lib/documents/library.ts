// The library page's list: search over title, issuer, 文号, source and text; sort by the
// document's date or by when it was added; and the total size shown above the list.
import type { UserDocument } from './types.ts';

export type LibrarySort = 'date-desc' | 'date-asc' | 'added-desc';

export type LibraryRow = Omit<UserDocument, 'text' | 'blocks'> & { snippet?: string };

const SNIPPET = 30;

/** Case-insensitive; a text hit brings a snippet around the first place it stands. */
export function searchLibrary(docs: readonly UserDocument[], query: string): LibraryRow[] {
  const q = query.trim().toLowerCase();
  const rows: LibraryRow[] = [];
  for (const { text, blocks: _blocks, ...row } of docs) {
    if (!q) {
      rows.push(row);
      continue;
    }
    const fields = [row.title, row.issuer, row.docNumber, row.source, row.file].join('\n');
    if (fields.toLowerCase().includes(q)) {
      rows.push(row);
      continue;
    }
    const at = text.toLowerCase().indexOf(q);
    if (at < 0) continue;
    const from = Math.max(0, at - SNIPPET);
    const to = Math.min(text.length, at + q.length + SNIPPET);
    const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/gu, ' ')}${to < text.length ? '…' : ''}`;
    rows.push({ ...row, snippet });
  }
  return rows;
}

/** Undated documents go last in both date orders; ties fall back to the newest added first. */
export function sortLibrary<T extends Pick<UserDocument, 'date' | 'addedAt'>>(
  rows: readonly T[],
  sort: LibrarySort,
): T[] {
  const added = (a: T, b: T) => b.addedAt - a.addedAt;
  return [...rows].sort((a, b) => {
    if (sort === 'added-desc') return added(a, b);
    if (!a.date || !b.date) return (a.date ? -1 : b.date ? 1 : 0) || added(a, b);
    const order =
      sort === 'date-desc' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date);
    return order || added(a, b);
  });
}

export const totalSize = (docs: readonly Pick<UserDocument, 'size'>[]) =>
  docs.reduce((sum, d) => sum + d.size, 0);

/** 1.2 MB, 340 KB, 12 B (decimal units, as browsers show storage). */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} B`;
}
