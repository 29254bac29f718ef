// Exports of the notebook: Markdown to read and quote (grouped by page, a citation line under
// each excerpt), CSV for spreadsheets (UTF-8 with BOM so Excel reads Chinese; RFC 4180 quoting)
// and JSON with every field and a schema version, which is what import reads back.
import type { SavedExcerpt } from '../db.ts';
import { groupByPage, newestFirst } from './search.ts';

export const EXPORT_FORMAT = 'policy-terms-notebook';
export const EXPORT_SCHEMA_VERSION = 1;

/** An excerpt as exported: everything but the local database id. */
export type ExportedExcerpt = Omit<SavedExcerpt, 'id'>;

export interface NotebookExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  excerpts: ExportedExcerpt[];
}

/** yyyy-mm-dd in UTC: the same file whoever exports it, wherever. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function toJson(excerpts: readonly SavedExcerpt[], now = Date.now()): string {
  const data: NotebookExport = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    excerpts: [...excerpts].sort(newestFirst).map(({ id: _id, ...rest }) => rest),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function toMarkdown(excerpts: readonly SavedExcerpt[], now = Date.now()): string {
  const groups = groupByPage([...excerpts].sort(newestFirst));
  const out: string[] = [
    '# Notebook',
    '',
    `Exported ${isoDay(now)} · ${excerpts.length} excerpts from ${groups.length} pages`,
    '',
  ];
  for (const group of groups) {
    const title = oneLine(group.title) || group.url;
    out.push(`## ${title}`, '', `<${group.url}>`, '');
    for (const excerpt of group.excerpts) {
      for (const line of excerpt.exact.split('\n')) {
        const text = line.trim();
        if (text) out.push(`> ${text}`);
      }
      out.push('');
      if (excerpt.note) out.push(`Note: ${oneLine(excerpt.note)}`, '');
      if (excerpt.tags.length > 0) out.push(`Tags: ${excerpt.tags.join(', ')}`, '');
      out.push(`— ${title}, <${excerpt.url}>, saved ${isoDay(excerpt.createdAt)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS = [
  'saved_at',
  'title',
  'url',
  'site',
  'exact',
  'note',
  'tags',
  'terms',
  'prefix',
  'suffix',
  'start',
  'end',
  'found_at_last_visit',
] as const;

/**
 * One CSV field per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled.
 * A field a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(excerpts: readonly SavedExcerpt[]): string {
  const rows = [...excerpts]
    .sort(newestFirst)
    .map((e) =>
      [
        new Date(e.createdAt).toISOString(),
        e.title,
        e.url,
        e.site,
        e.exact,
        e.note,
        e.tags.join('; '),
        e.terms.join('; '),
        e.prefix,
        e.suffix,
        e.start,
        e.end,
        e.anchor ? (e.anchor.status === 'found' ? 'yes' : 'no') : '',
      ]
        .map(csvField)
        .join(','),
    );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function exportFileName(kind: 'md' | 'csv' | 'json', now = Date.now()): string {
  return `notebook-${isoDay(now)}.${kind}`;
}
