// Length-preserving character folding: every UTF-16 code unit maps to exactly one code unit,
// so offsets in folded text are offsets in the page's text. That is what lets the content
// script match traditional, simplified, mixed and full-width text without rewriting it.

export type FoldTable = Map<number, number>;

/** Parses the build's fold string: consecutive pairs "from,to" of single BMP characters. */
export function parseFoldTable(pairs: string): FoldTable {
  const table: FoldTable = new Map();
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const from = pairs.charCodeAt(i);
    const to = pairs.charCodeAt(i + 1);
    // Line breaks are block boundaries: nothing folds into one and they fold into nothing.
    if (!isLineBreak(from) && !isLineBreak(to)) table.set(from, to);
  }
  return table;
}

/** Folds one code unit: table first, then full-width ASCII to half-width, then ASCII case. */
export function foldCode(table: FoldTable, code: number): number {
  const mapped = table.get(code);
  if (mapped !== undefined) return mapped;
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000) return 0x20;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  return code;
}

export function foldString(table: FoldTable, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++)
    out += String.fromCharCode(foldCode(table, text.charCodeAt(i)));
  return out;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}
