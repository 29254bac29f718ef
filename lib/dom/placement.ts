// Where the tooltip goes: below the hovered term, or above it, never over it. Pure geometry, so
// the rule is unit-tested; components/tooltip-host.tsx measures and applies it.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when neither side has room for the whole tooltip: its body scrolls inside this height. */
  maxHeight?: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Places a `width` × `height` box beside `anchor` (the union of the term's line boxes) in a
 * `viewWidth` × `viewHeight` viewport. Below when it fits, else above when it fits, else on the
 * roomier side with a height cap; shifted sideways to stay inside the viewport. The box never
 * crosses the anchor's rows, so it cannot cover the term, even one broken over two lines.
 */
export function placeBeside(
  size: { width: number; height: number },
  anchor: Box,
  view: { width: number; height: number },
): Placement {
  const roomBelow = view.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const left = Math.round(
    Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, view.width - size.width - MARGIN)),
  );
  if (size.height <= roomBelow)
    return { top: Math.round(anchor.bottom + GAP), left, side: 'below' };
  if (size.height <= roomAbove) {
    return { top: Math.round(anchor.top - GAP - size.height), left, side: 'above' };
  }
  if (roomBelow >= roomAbove) {
    return {
      top: Math.round(anchor.bottom + GAP),
      left,
      maxHeight: Math.max(0, Math.floor(roomBelow)),
      side: 'below',
    };
  }
  const maxHeight = Math.max(0, Math.floor(roomAbove));
  return { top: Math.round(anchor.top - GAP - maxHeight), left, maxHeight, side: 'above' };
}
