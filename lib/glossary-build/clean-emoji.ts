// Emoji removal. The injected emoji in the seeds (002 above all) are often broken sequences:
// the zero-width joiners were lost, so 🙎🏿♀️ arrives as person + skin tone + ♀ + VS16. Instead of
// parsing well-formed sequences we remove maximal runs of emoji code points, which handles
// intact and broken sequences alike.
import type { Stripped } from './clean-types.ts';

// Emoji_Component is deliberately not used as a class: it contains ASCII digits, # and *, which
// are real text. Digits only go when they are part of a keycap (digit + VS16? + U+20E3).
const EMOJI_RUN = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- stray ZWJ, variation selectors and keycap marks are removed one by one on purpose
  [
    '(?:',
    '[#*0-9]\\uFE0F?\\u20E3', // keycap: 1️⃣
    '|[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\p{Regional_Indicator}]', // pictographs, skin tones, flags
    '|[\\u200D\\uFE0E\\uFE0F\\u20E3]', // ZWJ, variation selectors, stray keycap mark
    '|[\\u{E0020}-\\u{E007F}]', // tag characters (subdivision flags)
    ')+',
  ].join(''),
  'gu',
);

// Extended_Pictographic also covers legal marks that do occur in prose ("®™"); a run of only
// these, in text presentation (no VS16), is kept.
const LEGAL_MARKS = /^[©®™]+$/u;

// ✭ (U+272D) is injected like the emoji but is no emoji in any Unicode property. Other symbols
// (So) of the Dingbats block are decorations of the same sort; its numerals ❶➀ are No, not So,
// so list numbering survives.
const DINGBAT_SYMBOL = /[\u2700-\u27BF]/gu;
const OTHER_SYMBOL = /^\p{So}$/u;

/** Removes emoji runs and dingbat decorations from one line of text. */
export function stripEmoji(text: string): Stripped {
  const removed: string[] = [];
  const drop = (run: string): string => {
    removed.push(run);
    return '';
  };
  const out = text
    .replace(EMOJI_RUN, (run) => (LEGAL_MARKS.test(run) ? run : drop(run)))
    .replace(DINGBAT_SYMBOL, (ch) => (OTHER_SYMBOL.test(ch) ? drop(ch) : ch));
  return { text: out, removed };
}
