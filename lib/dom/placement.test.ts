import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeBeside } from './placement.ts';

const view = { width: 1280, height: 900 };
const box = (top: number, left: number, height = 20, width = 80) => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});

describe('placeBeside', () => {
  it('goes below the term when it fits there', () => {
    expect(placeBeside({ width: 400, height: 300 }, box(100, 50), view)).toEqual({
      top: 126,
      left: 50,
      side: 'below',
    });
  });

  it('goes above when only the space above has room', () => {
    expect(placeBeside({ width: 400, height: 300 }, box(700, 50), view)).toEqual({
      top: 394,
      left: 50,
      side: 'above',
    });
  });

  it('caps its height on the roomier side when neither side has room', () => {
    const p = placeBeside({ width: 400, height: 800 }, box(300, 50), view);
    expect(p).toEqual({ top: 326, left: 50, maxHeight: 566, side: 'below' });
  });

  it('shifts left to stay inside the viewport', () => {
    expect(placeBeside({ width: 400, height: 100 }, box(100, 1200), view).left).toBe(872);
  });

  it('never overlaps the term and stays inside the viewport', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 1920 }),
        fc.integer({ min: 300, max: 1200 }),
        fc.integer({ min: 100, max: 600 }),
        fc.integer({ min: 60, max: 900 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 14, max: 60 }),
        (vw, vh, w, h, x, y, lineHeight) => {
          const width = Math.min(w, vw - 16);
          const anchor = box(
            Math.floor(y * (vh - lineHeight)),
            Math.floor(x * (vw - 40)),
            lineHeight,
            40,
          );
          const p = placeBeside({ width, height: h }, anchor, { width: vw, height: vh });
          const height = p.maxHeight ?? h;
          const bottom = p.top + height;
          // Disjoint in rows from the term: entirely above it or entirely below it.
          expect(bottom <= anchor.top || p.top >= anchor.bottom).toBe(true);
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + width).toBeLessThanOrEqual(vw);
          expect(p.top).toBeGreaterThanOrEqual(0);
          expect(bottom).toBeLessThanOrEqual(vh);
        },
      ),
    );
  });
});
