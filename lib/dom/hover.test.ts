// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkedTerm, TermHighlights } from './highlights.ts';
import { HoverIntent } from './hover.ts';

// Layout is not the question here (e2e/reading.e2e.ts hovers real marks): a term sits at each
// x below 100, one per 10 px, and nothing is at 100 or beyond.
const terms = new Map<number, MarkedTerm>();
const termAt = (x: number) => {
  if (x >= 100) return null;
  const slot = Math.floor(x / 10);
  if (!terms.has(slot)) terms.set(slot, { term: slot } as unknown as MarkedTerm);
  return { mark: terms.get(slot) as MarkedTerm, rect: new DOMRect(slot * 10, 0, 10, 16) };
};
const tooltip = document.createElement('div');
const created: HoverIntent[] = [];

function setup(callbacks: { scrolled?: () => void } = {}) {
  const log: string[] = [];
  const hover = new HoverIntent(
    document,
    {} as TermHighlights,
    {
      show: (mark) => void log.push(`show ${(mark as unknown as { term: number }).term}`),
      hide: () => void log.push('hide'),
      isOverUi: (target) => target === tooltip,
      ...callbacks,
    },
    { hitTest: termAt },
  );
  created.push(hover);
  const move = (x: number, target: EventTarget | null = document.body) => {
    hover.pointerMoved(target, x, 5);
    // The hit-test runs in the next animation frame; delays count from there.
    vi.advanceTimersToNextFrame();
  };
  return { hover, log, move };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const hover of created.splice(0)) hover.destroy();
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('opens a term once the pointer has rested on it for 150 ms', () => {
    const { log, move } = setup();
    move(15);
    vi.advanceTimersByTime(149);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show 1']);
  });

  it('does not open a term the pointer only passes over', () => {
    const { log, move } = setup();
    move(15);
    vi.advanceTimersByTime(100);
    move(150);
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual([]);
  });

  it('moving within one term does not restart its delay', () => {
    const { log, move } = setup();
    move(11);
    const rested = Date.now();
    vi.advanceTimersByTime(100);
    move(18); // the same term
    vi.advanceTimersByTime(rested + 149 - Date.now());
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show 1']);
  });

  it('hides 300 ms after the pointer left the term, not before', () => {
    const { log, move } = setup();
    move(15);
    vi.advanceTimersByTime(150);
    move(150);
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['show 1']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show 1', 'hide']);
  });

  it('stays open while the pointer travels into the tooltip', () => {
    const { log, move } = setup();
    move(15);
    vi.advanceTimersByTime(150);
    move(150); // off the term, on the way to the tooltip
    vi.advanceTimersByTime(200);
    move(150, tooltip);
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual(['show 1']);
  });

  it('stays open when the pointer comes back to the term in time', () => {
    const { log, move } = setup();
    move(15);
    vi.advanceTimersByTime(150);
    move(150);
    vi.advanceTimersByTime(200);
    move(15);
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual(['show 1']);
  });

  it('goes from one term to the next after resting on it', () => {
    const { log, move } = setup();
    move(15);
    vi.advanceTimersByTime(150);
    move(25);
    vi.advanceTimersByTime(149);
    expect(log).toEqual(['show 1']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show 1', 'show 2']);
  });

  it('ignores a page script’s synthetic pointer events', () => {
    const { log } = setup();
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 15, clientY: 5 }));
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual([]);
  });

  it('opens nothing while disabled', () => {
    const { hover, log, move } = setup();
    hover.enabled = false;
    move(15);
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual([]);
  });

  it('hideNow closes at once and cancels a term about to open', () => {
    const { hover, log, move } = setup();
    move(15);
    vi.advanceTimersByTime(150);
    move(25);
    hover.hideNow();
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual(['show 1', 'hide']);
  });

  it('reset forgets the shown term without calling hide (the tooltip closed itself)', () => {
    const { hover, log, move } = setup();
    move(15);
    vi.advanceTimersByTime(150);
    hover.reset();
    move(150);
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual(['show 1']);
    // The same term opens again on the next rest.
    move(15);
    vi.advanceTimersByTime(150);
    expect(log).toEqual(['show 1', 'show 1']);
  });

  it('on scroll asks to follow the term only while one is shown', () => {
    const scrolled = vi.fn();
    const { move } = setup({ scrolled });
    window.dispatchEvent(new Event('scroll'));
    expect(scrolled).not.toHaveBeenCalled();
    move(15);
    vi.advanceTimersByTime(150);
    window.dispatchEvent(new Event('scroll'));
    expect(scrolled).toHaveBeenCalledTimes(1);
  });
});
