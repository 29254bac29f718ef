// The reader's term marks and tooltips (components/term-marks.ts, as on the welcome page), plus
// what only the reader does: file saved passages under the document, and reveal a place in it.
import { browser } from 'wxt/browser';
import { attachTermMarks, type TermMarks } from '../../components/term-marks.ts';
import { type ExcerptSelectors, selectorsAt } from '../../lib/dom/anchoring.ts';
import { blockAt } from '../../lib/glossary-page/reader.ts';
import { hrefOf } from '../../lib/glossary-page/route.ts';
import type { PassageSource } from '../../lib/notebook/save-passage.ts';
import { sentenceBounds } from '../../lib/sentences.ts';
import type { MatchIndex, SeedDocument } from '../../lib/types.ts';

export const FLASH = 'ptr-flash';
const FLASH_MS = 2400;

export interface ReaderMarks extends Pick<TermMarks, 'ready' | 'setVisible'> {
  /** Scrolls to the place at `offset` in the cleaned text, focuses its block and flashes it. */
  reveal(offset: number): boolean;
  destroy(): void;
}

export function attachReaderMarks(
  article: HTMLElement,
  doc: SeedDocument,
  index: MatchIndex,
  actions: { openTerm(id: string): void; hideMarks(): void },
): ReaderMarks {
  // Inside the glossary, "open in glossary" navigates in place and "off on this site" turns the
  // reader's marks off (there is no web site to switch off here).
  const marks = attachTermMarks(article, index, {
    ...actions,
    passage: (range) => passageOf(doc, range),
  });
  const { highlights } = marks;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    ready: marks.ready,
    setVisible: (on) => marks.setVisible(on),
    reveal(offset) {
      const i = blockAt(doc.blocks, offset);
      const block = doc.blocks[i];
      const element = block
        ? article.querySelector<HTMLElement>(`[data-start="${block.start}"]`)
        : null;
      const node = element?.firstChild;
      if (!block || !element || !(node instanceof Text)) return false;
      const local = Math.max(0, offset - block.start);
      // The term drawn at that place if there is one, else the sentence around it.
      const mark = marks.visible ? highlights.at(node, local) : undefined;
      const [from, to] = mark
        ? [mark.start, mark.end]
        : sentenceBounds(node.data, local, Math.min(node.data.length, local + 1));
      const range =
        mark?.range ??
        new StaticRange({
          startContainer: node,
          startOffset: from,
          endContainer: node,
          endOffset: to,
        });
      for (const el of article.querySelectorAll('.at-target')) el.classList.remove('at-target');
      element.classList.add('at-target');
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      CSS.highlights.set(FLASH, new Highlight(range));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
      return true;
    },
    destroy() {
      clearTimeout(flashTimer);
      CSS.highlights.delete(FLASH);
      marks.destroy();
    },
  };
}

/**
 * A passage of the reader as the notebook records it: offsets and quote in the document's cleaned
 * text (each block element holds its slice of it, from data-start), filed under the reader's own
 * address for the document, so "open" in the notebook comes back here at the passage.
 */
export function passageOf(
  doc: SeedDocument,
  range: StaticRange,
): { selectors: ExcerptSelectors; source: PassageSource } {
  const offset = (node: Node, local: number) => {
    const block = (node instanceof Element ? node : node.parentElement)?.closest('[data-start]');
    if (!block) throw new RangeError('the passage is outside the document');
    return Number(block.getAttribute('data-start')) + local;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return {
    selectors: selectorsAt({ nodes: [], starts: [], text: doc.text }, start, end),
    source: {
      url: browser.runtime.getURL('/glossary.html') + hrefOf({ kind: 'doc', id: doc.id }),
      title: doc.title,
    },
  };
}
