// The text of each block, read across inline markup with an offset map back to the DOM, so
// `<b>立德</b>树人` is one match and a Range can span both nodes. A run of text ends at a block
// boundary or <br>, so nothing ever matches across paragraphs.

export interface TextRun {
  /** The nearest block-level ancestor: the unit re-scanned when the page changes. */
  readonly block: Element;
  readonly text: string;
  readonly nodes: readonly Text[];
  /** Offset in `text` where each node starts. */
  readonly starts: readonly number[];
}

/** A run being read node by node (a block that holds blocks, <br> or shadow roots). */
interface OpenRun {
  block: Element;
  text: string;
  nodes: Text[];
  starts: number[];
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  'rp',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'big',
  'nobr',
  'acronym',
]);

/** Elements whose text is not prose to annotate, or not ours to touch. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'kbd',
  'samp',
  'pre',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'head',
  'title',
]);

export interface ScanOptions {
  /**
   * Tag names of our own UI hosts (custom elements): never scanned. Tags, not a selector, so the
   * walk tests them with the skipped tags (a selector here made the native query that finds
   * attribute-skipped elements a third slower, measured on the 1 M-character bench page).
   */
  ownUi?: readonly string[];
}

const ELEMENT = 1;
const TEXT = 3;
/** What isSkippedElement checks beyond the tag, as a selector (the region root of an editable). */
const SKIPPED_BY_ATTRIBUTE = '[hidden],[aria-hidden="true"],[contenteditable]';

const withOwnUi = new WeakMap<readonly string[], ReadonlySet<string>>();

/** SKIPPED plus our UI's tags: one Set per ownUi list (the scanner passes the same list). */
function skippedTags(options: ScanOptions): ReadonlySet<string> {
  const ownUi = options.ownUi;
  if (!ownUi?.length) return SKIPPED;
  let tags = withOwnUi.get(ownUi);
  if (!tags) withOwnUi.set(ownUi, (tags = new Set([...SKIPPED, ...ownUi])));
  return tags;
}

function isSkippedElement(element: Element, options: ScanOptions = {}): boolean {
  if (skippedTags(options).has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return (element as HTMLElement).isContentEditable;
}

export function blockOf(node: Node): Element | null {
  const start = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  // Text right under a shadow root has no parent element: it belongs to the host's block.
  if (!start) return hostOf(node.parentNode);
  let el: Element = start;
  while (INLINE.has(el.localName)) {
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

/** Whether `node` or one of its ancestors (across shadow roots) is skipped: a re-scan of a block
 * inside an editable region or a <pre> reads nothing. */
function insideSkipped(node: Node, options: ScanOptions): boolean {
  let el: Element | null = node.nodeType === ELEMENT ? (node as Element) : hostOf(node);
  while (el) {
    if (isSkippedElement(el, options)) return true;
    el = el.parentElement ?? hostOf(el.parentNode);
  }
  return false;
}

/**
 * Walks `root` and yields runs of text. A generator so the caller can stop between runs and
 * yield the main thread on large pages. Open shadow roots are walked in place.
 */
export function textRuns(root: Node, options: ScanOptions = {}): Iterable<TextRun> {
  // The walk itself, not a generator delegating to it: `yield*` cost ~10 ms on 1 M characters.
  return insideSkipped(root, options) ? [] : walk(root, options);
}

/**
 * A hand-written walk rather than a TreeWalker with a filter: profiling a 1 M-character page
 * showed the native→JS filter call per node and blockOf per text node dominating the scan; here
 * each element is tested once and the block of its text is carried down the walk. The test per
 * element is a Set lookup by localName; the few elements skipped for their attributes are found
 * first by one native query (reading three attributes and isContentEditable on each of ~30k
 * elements was a sixth of the walk, measured in Chromium).
 */
function* walk(root: Node, options: ScanOptions): Generator<TextRun> {
  const byAttribute = skippedByAttribute(root, options);
  const skipped = skippedTags(options);
  let run: OpenRun | null = null;
  // The block of the text nodes among the current node's siblings (blockOf's rule).
  let block: Element | null = root.nodeType === ELEMENT ? blockOf(root) : hostOf(root);
  const blocks: (Element | null)[] = [];
  // The elements entered, so climbing back needs no parentNode read.
  const parents: Node[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === TEXT) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length > 0 && block) {
        if (run && run.block !== block) {
          yield run;
          run = null;
        }
        if (!run) run = { block, text: data, nodes: [textNode], starts: [0] };
        else {
          run.starts.push(run.text.length);
          run.nodes.push(textNode);
          run.text += data;
        }
      }
    } else if (type === ELEMENT) {
      const el = node as Element;
      const name = el.localName;
      if (!skipped.has(name) && !(byAttribute.size > 0 && byAttribute.has(el))) {
        const inline = INLINE.has(name);
        if (!inline) {
          if (run) yield run;
          run = null;
        }
        const shadow = el.shadowRoot;
        if (shadow) {
          if (run) yield run;
          run = null;
          yield* walk(shadow, options);
        }
        if (!shadow && !inline && holdsOnlyInline(el, byAttribute)) {
          // Its whole text is one run: one native read, no text node visited (see LeafRun).
          const text = el.textContent;
          if (text) yield new LeafRun(el, text);
        } else child = el.firstChild;
        if (child) {
          parents.push(el);
          blocks.push(block);
          if (!inline || !block) block = el;
        }
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // Next in document order: a sibling, or the sibling of the nearest ancestor that has one.
    // Each DOM accessor is read once and the way back up is a stack, not parentNode: every node
    // handed to a content script's isolated world costs a wrapper lookup (the same walk ran
    // about twice as long there as in the page's own world, on the 1 M-character bench page).
    let next = node.nextSibling;
    while (!next && parents.length > 0) {
      next = (parents.pop() as Node).nextSibling;
      block = blocks.pop() ?? null;
    }
    node = next;
  }
  if (run) yield run;
}

/**
 * Whether every element under `block` is inline, unskipped and hosts no shadow root: then the
 * block's text is one run, exactly its textContent (comments are not part of it). Only
 * elements are visited, and the test stops at the first other one, so a block holding blocks
 * costs one look at its first element child.
 */
function holdsOnlyInline(block: Element, byAttribute: ReadonlySet<Element>): boolean {
  const parents: Element[] = [];
  let el = block.firstElementChild;
  while (el) {
    if (!INLINE.has(el.localName) || el.shadowRoot || (byAttribute.size > 0 && byAttribute.has(el)))
      return false;
    const first = el.firstElementChild;
    if (first) {
      parents.push(el);
      el = first;
      continue;
    }
    let next = el.nextElementSibling;
    while (!next && parents.length > 0) next = (parents.pop() as Element).nextElementSibling;
    el = next;
  }
  return true;
}

/**
 * The run of a block that holds only inline markup, read with one textContent call. Its text
 * nodes and their offsets are found when first asked for (to draw or hover a mark in it): on a
 * 1 M-character page most blocks are never near the viewport, and visiting each text node from
 * the content script's isolated world was most of the scan (measured in Chromium).
 */
class LeafRun implements TextRun {
  private map: { nodes: Text[]; starts: number[] } | undefined;
  constructor(
    readonly block: Element,
    readonly text: string,
  ) {}

  get nodes(): Text[] {
    return (this.map ??= textNodesOf(this.block)).nodes;
  }

  get starts(): number[] {
    return (this.map ??= textNodesOf(this.block)).starts;
  }
}

/** The non-empty text nodes under `block` in order, with where each starts in its text. */
function textNodesOf(block: Element): { nodes: Text[]; starts: number[] } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = (n as Text).data.length;
    if (length === 0) continue;
    nodes.push(n as Text);
    starts.push(at);
    at += length;
  }
  return { nodes, starts };
}

const NONE_SKIPPED: ReadonlySet<Element> = new Set();

/** The elements under `root` that isSkippedElement skips for their attributes. */
function skippedByAttribute(root: Node, options: ScanOptions): ReadonlySet<Element> {
  const query = (root as Partial<ParentNode>).querySelectorAll;
  if (!query) return NONE_SKIPPED;
  let found: Set<Element> | null = null;
  // contenteditable="false" matches the selector but is not editable: the full check decides.
  for (const el of query.call(root, SKIPPED_BY_ATTRIBUTE))
    if (isSkippedElement(el, options)) (found ??= new Set()).add(el);
  return found ?? NONE_SKIPPED;
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
