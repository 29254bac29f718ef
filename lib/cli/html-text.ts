// The text a reader sees in an HTML file, for the terms CLI: scripts, styles and templates
// dropped, one line per block element so no term is matched across paragraphs (the matcher
// never crosses '\n'), whitespace collapsed as a browser would. htmlparser2 does the parsing
// (tags, entities, raw-text elements); this file only decides what is text and where blocks end.
import { Parser } from 'htmlparser2';

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that start and end a block (CSS display: block, list-item, table parts). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'br',
]);

// Inside a block, a whitespace run of ordinary text is written as one of these markers until
// the block ends (preformatted text keeps its spaces as they are): a run that held a line break
// disappears between two CJK characters (the CSS Text 3 segment-break rule), any other run
// becomes one space. The markers cannot occur in the text: the input's are replaced first.
const SEGMENT_BREAK = '\u0000';
const SPACE_RUN = '\u0001';
const CJK =
  /[\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]/;

export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let hidden = 0;
  let pre = 0;

  const endBlock = () => {
    const text = resolveRuns(trimRuns(current));
    if (text.trim()) blocks.push(text);
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (name === 'pre') pre++;
        if (BLOCK.has(name)) endBlock();
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (BLOCK.has(name)) endBlock();
      },
      ontext(data) {
        if (hidden > 0) return;
        if (pre > 0) {
          const lines = data.split(/\r\n?|\n/);
          lines.forEach((line, i) => {
            if (i > 0) endBlock();
            current += line.replace(/\t/g, ' ');
          });
          return;
        }
        current += data.replace(/[ \t\n\r\f]+/g, (run) =>
          /[\n\r]/.test(run) ? SEGMENT_BREAK : SPACE_RUN,
        );
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html.replaceAll(SEGMENT_BREAK, '\ufffd').replaceAll(SPACE_RUN, '\ufffd'));
  parser.end();
  endBlock();
  return blocks.join('\n');
}

/** Drops marked whitespace at both ends of a block (preformatted spaces stay). */
function trimRuns(text: string): string {
  const isRun = (ch: string | undefined) => ch === SPACE_RUN || ch === SEGMENT_BREAK;
  let start = 0;
  let end = text.length;
  while (start < end && isRun(text[start])) start++;
  while (end > start && isRun(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Collapses each marked run; one that held a line break vanishes between CJK characters. */
function resolveRuns(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch !== SPACE_RUN && ch !== SEGMENT_BREAK) {
      out += ch;
      i++;
      continue;
    }
    let end = i;
    let hadBreak = false;
    while (end < text.length && (text[end] === SPACE_RUN || text[end] === SEGMENT_BREAK)) {
      if (text[end] === SEGMENT_BREAK) hadBreak = true;
      end++;
    }
    const betweenCjk = CJK.test(text[i - 1] ?? '') && CJK.test(text[end] ?? '');
    out += hadBreak && betweenCjk ? '' : ' ';
    i = end;
  }
  return out;
}
