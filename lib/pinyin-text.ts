// Tone stripping shared by the build (pinyin-pro output) and the popup (what people type).
// Kept apart from pinyin.ts so extension pages do not bundle pinyin-pro.

/** "lǜ" → "lv", "shù" → "shu": what people type without an IME. */
export function stripTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '');
}
