// The text of each block, read across inline markup with an offset map back to the DOM, so
// `<b>立德</b>树人` is one match and a Range can span both nodes. A run of text ends at a block
// boundary or <br>, so nothing ever matches across paragraphs.

export interface TextRun {
  /** The nearest block-level ancestor: the unit re-scanned when the page changes. */
  block: Element;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'RP',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'BIG',
  'NOBR',
  'ACRONYM',
]);

/** Elements whose text is not prose to annotate, or not ours to touch. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'PRE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

export interface ScanOptions {
  /** Our own UI hosts: never scanned. */
  isOwnUi?: (element: Element) => boolean;
}

export function isSkippedElement(element: Element, options: ScanOptions = {}): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return options.isOwnUi?.(element) ?? false;
}

export function blockOf(node: Node): Element | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // Text right under a shadow root has no parent element: it belongs to the host's block.
  if (!start) return hostOf(node.parentNode);
  let el: Element = start;
  while (INLINE.has(el.tagName.toUpperCase())) {
    const parent: Element | null = el.parentElement;
    if (!parent) return hostOf(el.parentNode) ?? el;
    el = parent;
  }
  return el;
}

/** The host of a shadow root, or null for any other node. */
function hostOf(node: Node | null): Element | null {
  return (node as ShadowRoot | null)?.nodeType === Node.DOCUMENT_FRAGMENT_NODE
    ? ((node as ShadowRoot).host ?? null)
    : null;
}

/**
 * Walks `root` and yields runs of text. A generator so the caller can stop between runs and
 * yield the main thread on large pages. Open shadow roots are walked in place.
 * A hand-written walk rather than a TreeWalker with a filter: profiling a 1 M-character page
 * showed the native→JS filter call per node and blockOf per text node dominating the scan; here
 * each element is tested once and the block of its text is carried down the walk.
 */
export function* textRuns(root: Node, options: ScanOptions = {}): Generator<TextRun> {
  let run: TextRun | null = null;
  // The block of the text nodes among the current node's siblings (blockOf's rule).
  let block: Element | null = root.nodeType === Node.ELEMENT_NODE ? blockOf(root) : hostOf(root);
  const blocks: (Element | null)[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length > 0 && block) {
        if (run && run.block !== block) {
          yield run;
          run = null;
        }
        if (!run) run = { block, text: '', nodes: [], starts: [] };
        run.starts.push(run.text.length);
        run.nodes.push(textNode);
        run.text += data;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE && !isSkippedElement(node as Element, options)) {
      const el = node as Element;
      const inline = INLINE.has(el.tagName.toUpperCase());
      if (el.tagName === 'BR' || !inline) {
        if (run) yield run;
        run = null;
      }
      if (el.shadowRoot) {
        if (run) yield run;
        run = null;
        yield* textRuns(el.shadowRoot, options);
      }
      if (el.firstChild) {
        blocks.push(block);
        if (!inline || !block) block = el;
        enter = true;
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Next in document order: a sibling, or the sibling of the nearest ancestor that has one.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      block = blocks.pop() ?? null;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (run) yield run;
}

/** Maps an offset in the run's text to a DOM position; `end` prefers the earlier node. */
export function locate(run: TextRun, offset: number, end = false): [Text, number] {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid] as number;
    if (start < offset || (!end && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [run.nodes[lo] as Text, offset - (run.starts[lo] as number)];
}
