// Shared UI glue: the content script and the glossary page's document reader both host the tooltip.
// Hosts the tooltip in an open shadow root on <html>, in the top layer (popover) when the
// browser has it, so page stacking contexts and z-index wars cannot cover it. Host styles are
// inline and !important: an inline important declaration outranks any page rule, including
// `* { all: unset !important }`.
import { render } from 'preact';
import { placeBeside } from '../lib/dom/placement.ts';
import { createShadowHost, HOST_STYLE } from './shadow-host.ts';
import css from './TermTooltip.css?inline';
import { TermTooltip, type TermTooltipProps } from './TermTooltip.tsx';

export const HOST_TAG = 'policy-terms-tooltip';

export interface TooltipHost {
  show(props: TermTooltipProps, anchor: DOMRect): void;
  hide(): void;
  contains(target: EventTarget | null): boolean;
  readonly visible: boolean;
  destroy(): void;
}

export function createTooltipHost(doc: Document): TooltipHost {
  // Open: the tooltip shows only the public glossary, and tests read it. See shadow-host.ts.
  const { host, shadow } = createShadowHost(doc, HOST_TAG, 'open');
  host.setAttribute('style', HOST_STYLE);
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  let visible = false;
  const canPopover = typeof host.showPopover === 'function';
  if (canPopover) host.setAttribute('popover', 'manual');

  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
    if (canPopover && !host.matches(':popover-open')) host.showPopover();
  };

  return {
    show(props, anchor) {
      attach();
      render(<TermTooltip {...props} />, mount);
      visible = true;
      place(mount.firstElementChild as HTMLElement | null, anchor, doc);
    },
    hide() {
      render(null, mount);
      visible = false;
      if (canPopover && host.matches(':popover-open')) host.hidePopover();
    },
    contains: (target) => target === host || (target instanceof Node && shadow.contains(target)),
    get visible() {
      return visible;
    },
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}

/** Measures the tooltip at its natural height, then puts it beside the term (placement.ts). */
function place(tip: HTMLElement | null, anchor: DOMRect, doc: Document): void {
  if (!tip) return;
  const view = doc.defaultView as Window;
  tip.style.removeProperty('--room');
  const { width, height } = tip.getBoundingClientRect();
  const p = placeBeside({ width, height }, anchor, {
    width: doc.documentElement.clientWidth || view.innerWidth,
    height: view.innerHeight,
  });
  if (p.maxHeight !== undefined) tip.style.setProperty('--room', `${p.maxHeight}px`);
  tip.dataset.side = p.side;
  tip.style.top = `${p.top}px`;
  tip.style.left = `${p.left}px`;
}
