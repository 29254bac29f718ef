// @vitest-environment happy-dom
// TermHighlights without a per-node index: the mark under a DOM position is found through the
// node's block, marks locate their DOM position only when asked, and a re-scan of a block inside
// an editable region or a <pre> reads nothing.

import { beforeAll, describe, expect, it } from 'vitest';
import { installRangeShims } from '../testing/range-shims.ts';
import { createMatcher } from '../matcher/matcher.ts';
import { textRuns } from './block-text.ts';
import { highlightName, TermHighlights } from './highlights.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

const bundle = readBuiltGlossary();
const matcher = createMatcher(bundle.index);

beforeAll(installRangeShims);

function markAll(root: Element) {
  const registry = new Map<string, Highlight>();
  const highlights = new TermHighlights(registry as unknown as HighlightRegistry);
  for (const run of textRuns(root))
    highlights.markRun(run, matcher.findTerms(run.text), bundle.index.categories);
  return { registry, highlights };
}

describe('TermHighlights', () => {
  it('finds the mark under any node of a term split by inline markup', () => {
    document.body.innerHTML = '<p>要<b>立德</b>树人，<i>双</i>减。</p><p>立德树人</p>';
    const { highlights } = markAll(document.body);
    const [first, second] = document.querySelectorAll('p');
    const b = first?.querySelector('b')?.firstChild as Text;
    const after = b.parentNode?.nextSibling as Text; // "树人，"
    const id = (node: Node, offset: number) =>
      bundle.index.ids[highlights.at(node, offset)?.term ?? -1];
    expect(id(b, 0)).toBe(id(after, 1));
    expect(id(b, 0)).toBeDefined();
    expect(highlights.at(after, 2)).toBeUndefined(); // "，" is not part of a term
    const firstText = first?.firstChild as Text; // "要"
    expect(highlights.at(firstText, 0)).toBeUndefined();
    // The same term in another paragraph is another mark, found through that paragraph.
    const other = highlights.at(second?.firstChild as Text, 3);
    expect(other).toBeDefined();
    expect(other).not.toBe(highlights.at(b, 0));
  });

  it('gives the first visible mark, the same as the head of visible(), with hidden kinds skipped', () => {
    document.body.innerHTML = '<p>要立德树人，落实双减。</p><p>两个确立</p>';
    const { highlights } = markAll(document.body);
    expect(highlights.firstVisible()).toBe(highlights.visible()[0]);
    const first = highlights.visible()[0];
    highlights.apply({ style: 'underline', hidden: new Set([first?.category as string]) });
    expect(highlights.firstVisible()).toBe(highlights.visible()[0]);
    expect(highlights.firstVisible()?.category).not.toBe(first?.category);
    document.body.innerHTML = '<p>没有术语。</p>';
    expect(markAll(document.body).highlights.firstVisible()).toBeUndefined();
  });

  it('makes each range on demand, spanning the nodes of the term', () => {
    document.body.innerHTML = '<p>要<b>立德</b>树人</p>';
    const { highlights, registry } = markAll(document.body);
    const mark = highlights.all()[0];
    expect(mark).toBeDefined();
    const range = mark?.range as StaticRange;
    expect(range.startContainer.textContent).toBe('立德');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('树人');
    expect(range.endOffset).toBe(2);
    // Without an IntersectionObserver every mark is registered.
    const name = highlightName('underline', mark?.category ?? '');
    expect(registry.get(name)?.has(range)).toBe(true);
  });

  it('reads nothing when re-scanning a block inside an editable region, <pre> or our own UI', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="e">立德树人</p></div><pre id="pre">立德树人</pre>' +
      '<policy-terms-tooltip><p id="ui">立德树人</p></policy-terms-tooltip>' +
      '<div contenteditable="false"><p id="off">立德树人</p></div>';
    const runs = (selector: string) =>
      [
        ...textRuns(document.querySelector(selector) as Element, {
          ownUi: ['policy-terms-tooltip'],
        }),
      ].length;
    expect(runs('#e')).toBe(0);
    expect(runs('#pre')).toBe(0);
    expect(runs('#ui')).toBe(0);
    expect(runs('#off')).toBe(1); // contenteditable="false" is not editable
    // Scanned from the top, the walk skips the same three.
    expect(runs('body')).toBe(1);
  });
});
