// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type { ExcerptSelectors } from '../lib/dom/anchoring.ts';
import type { MarkedTerm, TermHighlights } from '../lib/dom/highlights.ts';
import { createMatcher } from '../lib/matcher/matcher.ts';
import type { TermView } from '../lib/messaging.ts';
import { testIndex } from '../lib/testing/match-index.ts';
import { installRangeShims } from '../lib/testing/range-shims.ts';
import type { TermTooltipProps } from './TermTooltip.tsx';
import { createTooltipController } from './tooltip-controller.ts';
import type { TooltipHost } from './tooltip-host.tsx';

// The background's answers, held until the test releases them, so their order can be chosen.
const messages = vi.hoisted(() => ({
  sent: [] as {
    request: { type: string; id?: string; script?: string };
    resolve(value: unknown): void;
  }[],
}));
vi.mock('../lib/messaging.ts', async (original) => {
  const send = (request: { type: string }) =>
    new Promise((resolve) => messages.sent.push({ request, resolve }));
  return {
    ...(await original<typeof import('../lib/messaging.ts')>()),
    sendToBackground: send,
    trySendToBackground: send,
  };
});

const index = testIndex({
  ids: ['liang-ge-que-li', 'que-li'],
  patterns: [
    ['两个确立', 0],
    ['确立', 1],
  ],
  fold: '兩两個个確确',
});
const matcher = createMatcher(index);

const viewOf = (id: string, script = 'simplified') =>
  ({
    script,
    entry: { id, term: id },
    shown: { headword: id, definition: '', members: [] },
    excerpts: [],
    related: [],
  }) as unknown as TermView;

/** A paragraph holding `text` and the mark of `term` in it. */
function markIn(text: string, term: string, lang?: string): MarkedTerm {
  document.body.innerHTML = lang ? `<p lang="${lang}">${text}</p>` : `<p>${text}</p>`;
  const block = document.querySelector('p') as Element;
  const node = block.firstChild as Text;
  const start = text.indexOf(term);
  const end = start + term.length;
  const [found] = matcher.findTerms(text).filter((m) => m.start === start);
  return {
    term: found?.term ?? -1,
    category: 'formula',
    topic: '',
    run: { block, text, nodes: [node], starts: [0] },
    start,
    end,
    range: new StaticRange({
      startContainer: node,
      startOffset: start,
      endContainer: node,
      endOffset: end,
    }),
  };
}

/** `onSaved: null` is a host with no confirmation of its own (the glossary's reader). */
function setup(onSaved: Mock<(id: number, selectors: ExcerptSelectors) => void> | null = vi.fn()) {
  const drawn: TermTooltipProps[] = [];
  let hidden = 0;
  const host = {
    show: (props: TermTooltipProps) => void drawn.push(props),
    hide: () => void hidden++,
  } as unknown as TooltipHost;
  const onClosed = vi.fn();
  const tooltip = createTooltipController({
    host,
    highlights: {} as TermHighlights,
    index,
    matcher,
    onClosed,
    onSaved: onSaved ?? undefined,
  });
  return { tooltip, drawn, hidden: () => hidden, onClosed, onSaved };
}

/** Answers the oldest request still out of type `type`, then lets the controller draw. */
async function answer(type: string, value: (request: { id?: string }) => unknown) {
  const i = messages.sent.findIndex((m) => m.request.type === type);
  const [message] = messages.sent.splice(i, 1);
  if (!message) throw new Error(`no ${type} request out`);
  message.resolve(value(message.request));
  await new Promise((r) => setTimeout(r, 0));
}
const termViews = () =>
  answer('glossary/term', (r) => viewOf(r.id as string, (r as { script?: string }).script));

beforeAll(installRangeShims);
beforeEach(() => {
  messages.sent.length = 0;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the tooltip controller', () => {
  it('draws the term once its view arrives, and asks the background once per term', async () => {
    const { tooltip, drawn } = setup();
    const mark = markIn('要深刻领悟两个确立的决定性意义', '两个确立');
    tooltip.open(mark, new DOMRect());
    expect(drawn).toEqual([]);
    await termViews();
    expect(drawn.at(-1)?.model.id).toBe('liang-ge-que-li');
    // The inner term is offered for the outer one.
    expect(drawn.at(-1)?.model.inner).toEqual([{ id: 'que-li', label: '确立' }]);
    tooltip.close();
    tooltip.open(mark, new DOMRect());
    await new Promise((r) => setTimeout(r, 0));
    expect(messages.sent).toEqual([]);
    expect(drawn).toHaveLength(2);
  });

  it('does not draw a term the reader has already left for another', async () => {
    const { tooltip, drawn } = setup();
    const first = markIn('两个确立，确立', '两个确立');
    const second = { ...first, term: 1, start: 5, end: 7 };
    tooltip.open(first, new DOMRect());
    tooltip.open(second, new DOMRect());
    await termViews(); // the first term's view arrives late
    expect(drawn).toEqual([]);
    await termViews();
    expect(drawn.map((d) => d.model.id)).toEqual(['que-li']);
  });

  it('goes to a related term in place, without the first term’s inner terms', async () => {
    const { tooltip, drawn } = setup();
    tooltip.open(markIn('两个确立', '两个确立'), new DOMRect());
    await termViews();
    drawn.at(-1)?.onRelated('que-li');
    await termViews();
    expect(drawn.at(-1)?.model.id).toBe('que-li');
    expect(drawn.at(-1)?.model.inner).toEqual([]);
  });

  it('keeps what the reader did inside the tooltip across redraws, and starts fresh on a new term', async () => {
    const { tooltip, drawn } = setup();
    const mark = markIn('两个确立', '两个确立');
    tooltip.open(mark, new DOMRect());
    await termViews();
    expect(drawn.at(-1)?.state).toEqual({ excerpt: 0, expanded: false, original: false });
    drawn.at(-1)?.onState({ excerpt: 1, expanded: true, original: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(drawn.at(-1)?.state).toEqual({ excerpt: 1, expanded: true, original: false });
    drawn.at(-1)?.onRelated('que-li');
    await termViews();
    expect(drawn.at(-1)?.state).toEqual({ excerpt: 0, expanded: false, original: false });
    tooltip.open(mark, new DOMRect());
    await new Promise((r) => setTimeout(r, 0));
    expect(drawn.at(-1)?.state.expanded).toBe(false);
  });

  it('closing from the tooltip hides it and tells the hover logic', async () => {
    const { tooltip, drawn, hidden, onClosed } = setup();
    tooltip.open(markIn('两个确立', '两个确立'), new DOMRect());
    await termViews();
    drawn.at(-1)?.onClose();
    expect(hidden()).toBe(1);
    expect(onClosed).toHaveBeenCalledTimes(1);
  });

  it("saves the sentence around the term and gives way to the page's confirmation", async () => {
    const { tooltip, drawn, onSaved, hidden, onClosed } = setup();
    tooltip.open(markIn('前言。要深刻领悟两个确立的决定性意义。后记', '两个确立'), new DOMRect());
    await termViews();
    drawn.at(-1)?.onSave();
    const [save] = messages.sent as unknown as { request: { excerpt: { exact: string } } }[];
    expect(save?.request.excerpt.exact).toBe('要深刻领悟两个确立的决定性意义。');
    await answer('excerpt/save', () => ({ id: 41 }));
    expect(hidden()).toBe(1);
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(onSaved).toHaveBeenCalledWith(
      41,
      expect.objectContaining({ exact: save?.request.excerpt.exact }),
    );
  });

  it('says "saved" in the tooltip where the host has no confirmation of its own', async () => {
    const { tooltip, drawn, hidden } = setup(null);
    tooltip.open(markIn('要深刻领悟两个确立的决定性意义。', '两个确立'), new DOMRect());
    await termViews();
    drawn.at(-1)?.onSave();
    await answer('excerpt/save', () => ({ id: 42 }));
    expect(drawn.at(-1)?.status).toBe('tooltipSaved');
    expect(hidden()).toBe(0);
  });

  it('reports a failed save in the tooltip and marks nothing', async () => {
    const { tooltip, drawn, onSaved } = setup();
    tooltip.open(markIn('要深刻领悟两个确立的决定性意义。', '两个确立'), new DOMRect());
    await termViews();
    drawn.at(-1)?.onSave();
    await answer('excerpt/save', () => ({ error: 'disk full' }));
    expect(drawn.at(-1)?.status).toBe('tooltipSaveFailed');
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('the script a tooltip shows', () => {
  async function scriptFor(text: string, term: string, lang?: string) {
    const { tooltip, drawn } = setup();
    tooltip.open(markIn(text, term, lang), new DOMRect());
    await termViews();
    const shownLang = drawn.at(-1)?.model.lang;
    return shownLang === 'zh-TW' ? 'tw' : shownLang === 'zh-HK' ? 'hk' : 'simplified';
  }

  it('follows a term written in traditional characters', async () => {
    expect(await scriptFor('兩個確立', '兩個確立')).toBe('tw');
  });

  it('asks for the Hong Kong standard on a zh-HK or zh-MO page, Taiwan’s elsewhere', async () => {
    expect(await scriptFor('兩個確立', '兩個確立', 'zh-HK')).toBe('hk');
    expect(await scriptFor('要确立', '确立', 'zh-MO')).toBe('hk');
    expect(await scriptFor('兩個確立', '兩個確立', 'zh-Hant')).toBe('tw');
    document.documentElement.setAttribute('lang', 'zh-Hant-HK');
    try {
      expect(await scriptFor('兩個確立', '兩個確立')).toBe('hk');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('asks the background for the view in the script it shows, and caches per script', async () => {
    const { tooltip } = setup();
    tooltip.open(markIn('兩個確立', '兩個確立', 'zh-HK'), new DOMRect());
    expect(messages.sent.map((m) => m.request)).toEqual([
      { type: 'glossary/term', id: 'liang-ge-que-li', script: 'hk' },
    ]);
    await termViews();
    tooltip.setScript('simplified');
    expect(messages.sent.map((m) => m.request)).toEqual([
      { type: 'glossary/term', id: 'liang-ge-que-li', script: 'simplified' },
    ]);
    await termViews();
  });

  it('takes the script of the text around a term written alike in both', async () => {
    expect(await scriptFor('確立兩個原則：确立', '确立')).toBe('tw');
    // One traditional character nearby is not enough (a variant in a simplified text).
    expect(await scriptFor('兩者都要确立', '确立')).toBe('simplified');
  });

  it('falls back to the page’s declared language', async () => {
    expect(await scriptFor('要确立', '确立', 'zh-Hant-TW')).toBe('tw');
    expect(await scriptFor('要确立', '确立', 'zh-TW')).toBe('tw');
    expect(await scriptFor('要确立', '确立', 'zh-CN')).toBe('simplified');
  });

  it('asks the background to get ready once for a traditional page, never for a simplified one', () => {
    const { tooltip } = setup();
    tooltip.warm(markIn('要确立', '确立', 'zh-CN'));
    expect(messages.sent).toEqual([]);
    tooltip.warm(markIn('兩個確立', '兩個確立', 'zh-HK'));
    tooltip.warm(markIn('兩個確立', '兩個確立', 'zh-HK'));
    expect(messages.sent.map((m) => m.request)).toEqual([{ type: 'glossary/warm', script: 'hk' }]);
  });

  it('obeys the reader’s setting over the page', async () => {
    const { tooltip, drawn } = setup();
    tooltip.setScript('simplified');
    tooltip.open(markIn('兩個確立', '兩個確立'), new DOMRect());
    await termViews();
    expect(drawn.at(-1)?.model.lang).toBe('zh-Hans');
  });
});
