// Which script a reader reads in. No converter here: the content script imports this file, and
// full opencc-js must stay out of it (GUIDE: ~507 KB gzip on every page).

/** Simplified, or traditional in the Taiwan or the Hong Kong standard (OpenCC's tw / hk). */
export const READING_SCRIPTS = ['simplified', 'tw', 'hk'] as const;
export type ReadingScript = (typeof READING_SCRIPTS)[number];

/**
 * The traditional standard a language tag asks for: Hong Kong for zh-HK and zh-MO (Macao follows
 * Hong Kong's character forms), Taiwan for every other traditional reader.
 */
export function traditionalStandardOf(lang: string): 'tw' | 'hk' {
  return /^zh-(hant-)?(hk|mo)\b/i.test(lang) ? 'hk' : 'tw';
}

/** The HTML lang value for text in a reading script. */
export function langOf(script: ReadingScript): string {
  return script === 'simplified' ? 'zh-Hans' : script === 'hk' ? 'zh-HK' : 'zh-TW';
}
