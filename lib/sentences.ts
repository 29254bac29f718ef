// Sentence boundaries: provenance quotes the cleaned sentence around an occurrence, and the
// tooltip's "save" button saves the sentence around a term.
const SENTENCE_END = /[。！？；!?;\n]/;
// A list item's bullet (001's ■ lines) opens the line but is not part of its first sentence:
// quoted or saved, it showed as a stray square.
const BULLET = /[■□▪●○◆◇•]/;

/** [start, end) of the sentence holding text[start, end), closing punctuation included. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (from < to && from < start && /\s/.test(text[from] as string)) from++;
  while (from < start && BULLET.test(text[from] as string)) {
    from++;
    while (from < start && /\s/.test(text[from] as string)) from++;
  }
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return [from, to];
}

export function sentenceAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return text.slice(from, to);
}
