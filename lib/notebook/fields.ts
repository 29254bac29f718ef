// What a note and a tag list may hold, the same wherever they are edited (the page's
// confirmation, the notebook page, an import).
export const MAX_NOTE = 10_000;
export const MAX_TAG = 100;
export const MAX_TAGS = 50;

export function normalizeNote(note: string): string {
  return note.trim().slice(0, MAX_NOTE);
}

/** Trimmed, inner whitespace collapsed, without empties or duplicates, in first-seen order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/^#/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG);
    if (clean) seen.add(clean);
  }
  return [...seen].slice(0, MAX_TAGS);
}

/** Tags typed in one field: separated by commas (also full-width and ideographic) or semicolons. */
export function parseTagInput(input: string): string[] {
  return normalizeTags(input.split(/[,，、;；]/));
}
