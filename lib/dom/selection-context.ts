// What the context menu's "Add to my glossary" starts from: the selected text, the sentence it
// stands in (from the text of its block, so a sentence broken over inline elements reads whole),
// and the page. The add form records the sentence as the term's first source.
import { blockOf } from './block-text.ts';
import { sentenceAround } from '../sentences.ts';

/** A term is short; a longer selection is not a term, and the form says so. */
const MAX_TERM = 200;
/** A sentence longer than this is cut around the selection. */
const MAX_SENTENCE = 300;

export interface SelectionContext {
  text: string;
  sentence: string;
  url: string;
  title: string;
}

export function selectionContext(
  selection: Selection | null,
  page: { url: string; title: string } = { url: location.href, title: document.title },
): SelectionContext | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const text = range.toString().trim().slice(0, MAX_TERM);
  if (!text) return null;
  const block = blockOf(range.startContainer);
  let sentence = '';
  if (block) {
    const before = block.ownerDocument.createRange();
    before.setStart(block, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const whole = block.textContent ?? '';
    const start = before.toString().length;
    const end = Math.min(whole.length, start + range.toString().length);
    sentence = clip(sentenceAround(whole, start, end).replace(/\s+/g, ' ').trim(), text);
  }
  return { text, sentence, url: page.url, title: page.title };
}

/** At most MAX_SENTENCE characters, keeping the selected text inside. */
function clip(sentence: string, text: string): string {
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const at = Math.max(0, sentence.indexOf(text));
  const from = Math.max(0, Math.min(at - 100, sentence.length - MAX_SENTENCE));
  return `${from > 0 ? '…' : ''}${sentence.slice(from, from + MAX_SENTENCE)}…`;
}
