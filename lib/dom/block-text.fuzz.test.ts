// @vitest-environment happy-dom
// Fuzzing the block-text builder on random DOM trees: inline inside block inside inline, <br>,
// open shadow roots (text right under the root too), skipped and editable subtrees, empty text
// nodes, and text made of surrogate pairs, combining marks, zero-width and bidi characters.
// The expected runs come from an independent walk of the generated tree, which knows what each
// element is because it made it; the builder must agree, and `locate` must map every offset of
// every run back to the node and offset holding that character.
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { kinds, randomTree, renderTree } from '../testing/dom-trees.ts';
import { count, reportCounts, runs } from '../testing/fuzz.ts';
import { locate, type TextRun, textRuns } from './block-text.ts';

interface ExpectedRun {
  block: Element;
  nodes: Text[];
}

/**
 * The runs the builder should produce, from what the generator knows: a run is the text of one
 * block read in order; a block element, <br> or a shadow root boundary ends it; skipped subtrees
 * give nothing; text at the top of a shadow root belongs to the shadow host's block.
 */
function expectedRuns(root: Element): ExpectedRun[] {
  const out: ExpectedRun[] = [];
  let current: ExpectedRun | null = null;
  const visit = (node: Node, block: Element) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length === 0) return;
      if (current?.block !== block) out.push((current = { block, nodes: [] }));
      current.nodes.push(node as Text);
      return;
    }
    const el = node as Element;
    const kind = kinds.get(el) ?? 'block';
    if (kind === 'skip') return;
    if (kind !== 'inline') current = null;
    const inner = kind === 'inline' ? block : el;
    if (el.shadowRoot) {
      current = null;
      for (const child of el.shadowRoot.childNodes) visit(child, el);
      current = null;
    }
    for (const child of el.childNodes) visit(child, inner);
  };
  for (const child of root.childNodes) visit(child, root);
  return out;
}

beforeEach(() => {
  document.body.replaceChildren();
});

afterAll(() => {
  reportCounts('block-text');
});

describe('textRuns fuzz', () => {
  it('reads every visible text node once, in order, in runs that never cross a block', () => {
    fc.assert(
      fc.property(randomTree, (specs) => {
        count('block-text/runs');
        const root = renderTree(document, specs);
        const got = [...textRuns(root)];
        const expected = expectedRuns(root);
        expect(got.map((r) => ({ block: r.block, nodes: r.nodes }))).toEqual(expected);
        for (const run of got) {
          expect(run.text).toBe(run.nodes.map((n) => n.data).join(''));
          let at = 0;
          run.nodes.forEach((node, i) => {
            expect(run.starts[i]).toBe(at);
            at += node.data.length;
          });
        }
      }),
      { numRuns: runs(1_500) },
    );
  });

  it('locates every offset of every run at the node and offset of that character', () => {
    fc.assert(
      fc.property(randomTree, (specs) => {
        count('block-text/locate');
        const root = renderTree(document, specs);
        for (const run of textRuns(root)) expect(locateProblem(run)).toBeNull();
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('reads a 1,000-deep inline nesting and a 20,000-node paragraph', () => {
    // 1,000 levels: happy-dom's isContentEditable climbs every ancestor, so 5,000 takes 10 s here;
    // real Chromium gets the 5,000-deep page in e2e/pathological.e2e.ts.
    count('block-text/deep');
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 1_000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'b');
      child.append('立');
      parent.append(child);
      parent = child;
    }
    parent.append('德树人');
    const wide = document.createElement('p');
    for (let i = 0; i < 20_000; i++) wide.append(i % 2 ? '树人' : '立德');
    document.body.replaceChildren(root, wide);
    let took = performance.now();
    const got = [...textRuns(document.body)];
    took = performance.now() - took;
    console.info(`textRuns: 1,000-deep + 20,000 nodes in ${took.toFixed(0)} ms (happy-dom)`);
    expect(got.map((r) => r.text.length)).toEqual([1_003, 40_000]);
    for (const run of got) expect(locateProblem(run)).toBeNull();
  });
});

/** Checks `locate` at every offset of a run; the first problem found, or null. */
function locateProblem(run: TextRun): string | null {
  const indexOf = new Map(run.nodes.map((node, i) => [node, i]));
  for (let offset = 0; offset <= run.text.length; offset++) {
    for (const end of [false, true]) {
      const [node, at] = locate(run, offset, end);
      const i = indexOf.get(node) ?? -1;
      if (i < 0) return `offset ${offset}: a node outside the run`;
      if (at < 0 || at > node.data.length) return `offset ${offset}: ${at} outside the node`;
      if ((run.starts[i] as number) + at !== offset) return `offset ${offset}: maps elsewhere`;
      // A start points at its character; an end follows its character, in the same node.
      if (!end && offset < run.text.length && node.data[at] !== run.text[offset])
        return `start ${offset}: wrong character`;
      if (end && offset > 0 && (at === 0 || node.data[at - 1] !== run.text[offset - 1]))
        return `end ${offset}: not after its character`;
    }
  }
  return null;
}
