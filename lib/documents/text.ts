// Plain text and Markdown files. Chinese text files are UTF-8 or, from older Windows tools,
// GB18030 (a superset of GBK and GB2312); anything that is not valid UTF-8 is read as GB18030.

export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Markdown to plain lines: markup characters out, the words they mark kept. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*$/gmu, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/^\s{0,3}>\s?/gmu, '')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^\n]*?\S)\1/gu, '$2')
    .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/gmu, '');
}
