// Random DOM trees for the fuzz tests: inline inside block inside inline, <br>, open shadow
// roots (with text right under the root), skipped and editable subtrees, empty text nodes, and
// text made of terms and hostile Unicode. The generator remembers what each element is (kinds),
// so a test can compute what the code should find without asking the code.
import fc from 'fast-check';
import { hostilePiece } from './fuzz.ts';

export type Kind = 'inline' | 'block' | 'br' | 'skip';
export interface ElementSpec {
  kind: Kind;
  tag: string;
  /** How a 'skip' element is skipped when its tag is an ordinary one. */
  attr?: 'hidden' | 'aria-hidden' | 'contenteditable';
  children: Spec[];
  shadow?: Spec[] | undefined;
}
export type Spec = string | ElementSpec;

const INLINE_TAGS = ['b', 'i', 'span', 'a', 'em', 'strong', 'ruby', 'rt', 'sub', 'mark', 'q'];
// Custom elements are not in the inline list: the builder treats them as blocks.
const BLOCK_TAGS = ['p', 'div', 'li', 'section', 'h2', 'td', 'blockquote', 'x-card'];
const NO_SHADOW = new Set(['li', 'td']);
const SKIP_TAGS = ['script', 'style', 'code', 'pre', 'textarea', 'button', 'noscript', 'svg'];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('立德', '树人', '两个确立', '。', 'ab', ' ', '') },
  { weight: 3, arbitrary: fc.array(hostilePiece, { maxLength: 4 }).map((p) => p.join('')) },
);

export const { tree: randomTree } = fc.letrec<{ tree: Spec[]; node: Spec; element: ElementSpec }>(
  (tie) => ({
    tree: fc.array(tie('node'), { maxLength: 5 }),
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
    element: fc.oneof(
      { depthSize: 'small' },
      fc.record({
        kind: fc.constant<Kind>('inline'),
        tag: fc.constantFrom(...INLINE_TAGS),
        children: tie('tree'),
      }),
      // A <span> may host a shadow root too (of the inline tags, only it can).
      fc.record({
        kind: fc.constant<Kind>('inline'),
        tag: fc.constant('span'),
        children: tie('tree'),
        shadow: fc.option(tie('tree'), { nil: undefined, freq: 2 }),
      }),
      fc
        .record({
          kind: fc.constant<Kind>('block'),
          tag: fc.constantFrom(...BLOCK_TAGS),
          children: tie('tree'),
          shadow: fc.option(tie('tree'), { nil: undefined, freq: 4 }),
        })
        // Browsers refuse attachShadow on <li> and <td> (happy-dom does not): none there.
        .map((spec) => (NO_SHADOW.has(spec.tag) ? { ...spec, shadow: undefined } : spec)),
      fc.record({
        kind: fc.constant<Kind>('br'),
        tag: fc.constant('br'),
        children: fc.constant<Spec[]>([]),
      }),
      fc.oneof(
        fc.record({
          kind: fc.constant<Kind>('skip'),
          tag: fc.constantFrom(...SKIP_TAGS),
          children: tie('tree'),
        }),
        fc.record({
          kind: fc.constant<Kind>('skip'),
          tag: fc.constantFrom('span', 'div'),
          attr: fc.constantFrom('hidden', 'aria-hidden', 'contenteditable'),
          children: tie('tree'),
        }),
      ),
    ),
  }),
);

/** What the generator made each element: the oracle's knowledge, independent of the code. */
export const kinds = new WeakMap<Element, Kind>();

function build(doc: Document, specs: Spec[], parent: Node): void {
  for (const spec of specs) {
    if (typeof spec === 'string') {
      parent.appendChild(doc.createTextNode(spec));
      continue;
    }
    const el = doc.createElement(spec.tag);
    kinds.set(el, spec.kind);
    if (spec.attr === 'hidden') el.setAttribute('hidden', '');
    if (spec.attr === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
    if (spec.attr === 'contenteditable') el.setAttribute('contenteditable', 'true');
    parent.appendChild(el);
    // A <template>'s children live in its content fragment; either way they are skipped.
    build(doc, spec.children, el);
    if (spec.shadow) build(doc, spec.shadow, el.attachShadow({ mode: 'open' }));
  }
}

/** Builds `specs` into a fresh <main> that replaces the body's content; returns the <main>. */
export function renderTree(doc: Document, specs: Spec[]): HTMLElement {
  const root = doc.createElement('main');
  build(doc, specs, root);
  doc.body.replaceChildren(root);
  return root;
}
