// The tooltip's keys while it is open: N next quotation, O open the entry, S save the sentence,
// M more or less. (Escape closes it; lib/dom/hover.ts handles that.) Decided here from the event's
// plain fields so the rule is unit-tested without a page.

export type TooltipAction = 'next' | 'open' | 'save' | 'more';

const KEYS: Record<string, TooltipAction> = { n: 'next', o: 'open', s: 'save', m: 'more' };

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isTrusted: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

/** The action a key press asks of an open tooltip, or null when the key is the page's. */
export function tooltipAction(event: KeyLike): TooltipAction | null {
  // Pages cannot drive the tooltip with synthetic keys; chords and IME input are not ours.
  if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) {
    return null;
  }
  if (isEditable(event.target)) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}

function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return (
    el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
  );
}
