// Functions that run IN THE PAGE under test: each is handed to page.evaluate / waitForFunction
// (Playwright here, Puppeteer in the Firefox suite) or to an observer's isolated world, which
// send its source text to the browser. So each stands alone: one plain argument (or none), no
// imports, no closure over Node values, and no named helpers inside (a bundler may wrap those
// in a helper that does not exist in the page). Node-side helpers live in harness.ts.
//
// Every range the extension registers is read back through CSS.highlights, which is one
// registry per document and visible from the page's main world; our highlights are named
// 'ptr-…' (terms 'ptr-underline-…'/'ptr-background-…', saved passages 'ptr-excerpt').

export interface HighlightText {
  name: string;
  text: string;
}

/** Every registered range under a highlight whose name starts with `prefix`, as name and text. */
export function highlightTexts(prefix: string): HighlightText[] {
  const out: HighlightText[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(prefix)) continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push({ name, text: range.toString() });
    }
  }
  return out;
}

/** True once at least `min` ranges are registered under highlights named `prefix…`. */
export function hasHighlights(wanted: { prefix: string; min: number }): boolean {
  let count = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith(wanted.prefix)) count += (highlight as Highlight).size;
  return count >= wanted.min;
}

/** True while no range is registered under a highlight named `prefix…` (marks switched off). */
export function hasNoHighlights(prefix: string): boolean {
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith(prefix) && (highlight as Highlight).size > 0) return false;
  return true;
}

/** How many ranges under `prefix` start inside the element `selector` names (0 if none). */
export function highlightsInside(where: { prefix: string; selector: string }): number {
  const box = document.querySelector(where.selector);
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(where.prefix)) continue;
    for (const r of highlight as Highlight) if (box?.contains(r.startContainer)) count++;
  }
  return count;
}

/**
 * A point just inside the `nth` range under `prefix` whose text is `text` (its first line box),
 * after scrolling its element to the middle of the viewport unless `scroll` is false (a page
 * that must see no scroll the user did not make); null if there is no such range.
 */
export function highlightPoint(wanted: {
  prefix: string;
  text: string;
  nth: number;
  scroll?: boolean;
}): { x: number; y: number } | null {
  let seen = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(wanted.prefix)) continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== wanted.text || seen++ < wanted.nth) continue;
      if (wanted.scroll !== false)
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] as DOMRect;
      // Near the start: a long range's middle may sit on a later line.
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/**
 * The first range under `prefix` (with text `text`, if given): its text and its client rect, with
 * the viewport's height to say whether it is on screen; null while there is none.
 */
export function highlightRect(wanted: { prefix: string; text?: string }): {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  viewportHeight: number;
} | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(wanted.prefix)) continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const text = range.toString();
      if (wanted.text !== undefined && text !== wanted.text) continue;
      const rect = range.getBoundingClientRect();
      return {
        text,
        top: rect.top,
        bottom: rect.bottom,
        left: rect.left,
        right: rect.right,
        viewportHeight: innerHeight,
      };
    }
  }
  return null;
}

/**
 * A point on the range under `prefix` (with text `text`, if given) nearest the middle of the
 * viewport. When that range is off screen, scrolls towards it and returns null: ask again once
 * the page has settled. For pages too big to scroll a node into view cheaply, and for pages
 * (the reader) already scrolled to where the test wants to be.
 */
export function visibleHighlightPoint(wanted: {
  prefix: string;
  text?: string;
}): { x: number; y: number } | null {
  let best: DOMRect | null = null;
  let bestOff = Infinity;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(wanted.prefix)) continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (wanted.text !== undefined && range.toString() !== wanted.text) continue;
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const off = Math.abs(rect.top + rect.height / 2 - innerHeight / 2);
      if (off < bestOff) {
        best = rect;
        bestOff = off;
      }
    }
  }
  if (!best) return null;
  if (best.top < 0 || best.bottom > innerHeight) {
    scrollBy(0, best.top - innerHeight / 2);
    return null;
  }
  return { x: best.left + Math.min(best.width / 2, 8), y: best.top + best.height / 2 };
}

/**
 * The text of the element `selector` inside the open shadow root of the first `host` element
 * (the tooltip: host 'policy-terms-tooltip', selector '[role=tooltip]'); null while there is none.
 */
export function shadowText(where: { host: string; selector: string }): string | null {
  return (
    document.querySelector(where.host)?.shadowRoot?.querySelector(where.selector)?.textContent ??
    null
  );
}

/** Size and computed display and background of `selector` in the shadow root of `host`. */
export function shadowBox(where: {
  host: string;
  selector: string;
}): { width: number; height: number; display: string; background: string } | null {
  const el = document.querySelector(where.host)?.shadowRoot?.querySelector(where.selector);
  if (!el) return null;
  const rect = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return {
    width: rect.width,
    height: rect.height,
    display: style.display,
    background: style.backgroundColor,
  };
}

/** True while no `selector` shows in the shadow root of a `host` element (the tooltip is closed). */
export function shadowGone(where: { host: string; selector: string }): boolean {
  return !document.querySelector(where.host)?.shadowRoot?.querySelector(where.selector);
}

/** Selects the first occurrence of `quote` in the body's text (across nodes); false if absent. */
export function selectQuote(quote: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join('');
  const at = text.indexOf(quote);
  if (at < 0) return false;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at < end) range.setStart(node, at - offset);
    if (at + quote.length > offset && at + quote.length <= end) {
      range.setEnd(node, at + quote.length - offset);
    }
    offset = end;
  }
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

export interface TextSize {
  /** Running-text elements checked: visible, with text of their own. */
  checked: number;
  /** Those set smaller than `min` px, described for the failure message. */
  small: string[];
}

/**
 * The computed font size of the running text under `where.root`: every visible element matched by
 * `where.selector` that holds text itself (a non-blank text node child, not only its children's).
 */
export function textSizes(where: { root: string; selector: string; min: number }): TextSize {
  const out: TextSize = { checked: 0, small: [] };
  for (const root of document.querySelectorAll(where.root))
    for (const element of root.querySelectorAll(where.selector)) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const own = [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own) continue;
      out.checked++;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < where.min)
        out.small.push(
          `${element.tagName.toLowerCase()}.${element.className} ${size}px "${(element.textContent ?? '').trim().slice(0, 30)}"`,
        );
    }
  return out;
}
