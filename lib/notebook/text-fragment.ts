// Links that open the source page scrolled to the excerpt: a URL text fragment
// (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, https://wicg.github.io/scroll-to-text-fragment/).
// Each part is percent-encoded, and so are the characters the syntax uses ('-', ',', '&').
// A part cannot span a block boundary, so a passage across paragraphs is given as its first and
// last line (textStart,textEnd); context is cut at the nearest line break for the same reason.

const LONG = 80;
const EDGE = 24;
const CONTEXT = 12;

export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Whitespace-separated lines of the passage (a line break in page text means another block). */
function lines(text: string): string[] {
  return text
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// Matches are whole words: a Latin word cut in half would never match, so cuts fall between
// words there. Chinese has no spaces and is cut by characters.
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return (/\s/.test(cut) && /\S/.test(text[max] ?? '') ? cut.replace(/\s+\S*$/, '') : cut).trim();
}

function tailOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(-max);
  const before = text[text.length - max - 1] ?? '';
  return (/\s/.test(cut) && /\S/.test(before) ? cut.replace(/^\S*\s+/, '') : cut).trim();
}

export function textFragment(excerpt: { exact: string; prefix: string; suffix: string }): string {
  const parts = lines(excerpt.exact);
  if (parts.length === 0) return '';
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  let start: string;
  let end = '';
  if (parts.length === 1 && first.length <= LONG) start = first;
  else {
    start = headOf(first, EDGE);
    end = tailOf(last, EDGE);
  }
  // Context must be right next to the passage: only what is on the same line.
  const prefix = tailOf((excerpt.prefix.split('\n').pop() ?? '').trim(), CONTEXT);
  const suffix = headOf((excerpt.suffix.split('\n')[0] ?? '').trim(), CONTEXT);
  const directive = [
    prefix && `${encodeFragmentPart(prefix)}-`,
    encodeFragmentPart(start),
    end && encodeFragmentPart(end),
    suffix && `-${encodeFragmentPart(suffix)}`,
  ]
    .filter(Boolean)
    .join(',');
  return `:~:text=${directive}`;
}

/** The page's address with the text fragment (replacing any fragment it had). */
export function linkToExcerpt(excerpt: {
  url: string;
  exact: string;
  prefix: string;
  suffix: string;
}): string {
  const fragment = textFragment(excerpt);
  const base = excerpt.url.replace(/#.*$/, '');
  return fragment ? `${base}#${fragment}` : base;
}
