// Shared by the on-page hosts (tooltip, notebook): an element with our shadow root that a hostile
// page can neither claim first nor drive.
//
// A page may define a custom element under our tag name before the content script runs; its
// constructor then runs on our host and can attach a shadow root of its own, after which ours
// throws and the content script dies. An element made in an inert document (no browsing context,
// no custom element registry) is never upgraded there, so our shadow root is attached first; when
// the host joins the page, the page's constructor finds the root taken.
//
// Events a page script synthesizes (element.click(), dispatchEvent) are not trusted: they are
// stopped at the shadow root before any of our handlers, so a page that reaches into an open root
// cannot press our buttons or type into our fields.

const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
];

export function createShadowHost(
  doc: Document,
  tag: string,
  mode: ShadowRootMode,
): { host: HTMLElement; shadow: ShadowRoot } {
  const inert = doc.implementation.createHTMLDocument('');
  const host = inert.createElement(tag);
  const shadow = host.attachShadow({ mode });
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
  return { host, shadow };
}

/** Inline, !important host styles: they outrank any page rule, even `* { all: unset !important }`. */
export const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'background: transparent',
  'z-index: 2147483647',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: none',
]
  .map((rule) => `${rule} !important`)
  .join(';');
