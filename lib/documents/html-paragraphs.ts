// The paragraphs of an HTML fragment (Readability's article, mammoth's output, a page): one per
// block element, inline markup flattened, and source line breaks inside Chinese text removed
// (a browser would show them as spaces between characters that are written without any).
import { joinText } from './join-lines.ts';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** Collapses white space; none is kept between two characters written without spaces. */
export function tidyText(text: string): string {
  return text
    .split(/[\s\u3000]+/u)
    .filter(Boolean)
    .reduce((out, word) => (out ? joinText(out, word) : word), '');
}

export function paragraphsOfHtml(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = tidyText(current);
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    // Table cells of one row stay apart: a space, so two cells do not read as one word.
    if (tag === 'TD' || tag === 'TH') current += ' ';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block && tag !== 'TD' && tag !== 'TH') flush();
  };
  walk(root);
  flush();
  return out;
}
