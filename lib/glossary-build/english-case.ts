// The capitalisation rule for English renderings (README, "English renderings"), as official
// English editions (Xinhua, english.gov.cn) write them:
// - a *name* (a body, law, meeting, named plan, programme or formula: "Two Establishes",
//   "Five-sphere Integrated Plan") is in headline-style Title Case: every word capitalised except
//   short function words after the first word; later parts of a hyphenated word may stay lower
//   case, as in the official "Five-sphere";
// - a *description* (a common noun or phrase: "common prosperity", "Party building") is lower
//   case apart from proper nouns and acronyms, and starts lower case unless it starts with one;
// - a rendering that is a whole *sentence* (a slogan quoted as one) is in sentence case.
// The first word decides which: capitalised and not a listed proper noun → a name. A glossed
// part in parentheses explains and is not checked. The build fails on a rendering that breaks the
// rule and names the entry; it never changes the case itself, so the sources say what ships.

/** Function words a name keeps in lower case unless they open it. */
const SMALL_WORDS = new Set(
  (
    'a an the and but or nor as at by for from in into of on onto per to via vs with ' +
    'among between within without through against during over under'
  ).split(' '),
);

/**
 * Proper nouns that may open a description ("Party building", "Chinese modernization",
 * "Hong Kong people administering Hong Kong"). Matched at the start, word by word.
 */
export const LEADING_PROPER_NOUNS = [
  ...['Party', 'Party-public', 'Party-wide', 'Politburo', 'Constitution', 'State Council'],
  ...['CMC', 'CPPCC', 'SAR', 'DPP', 'SCO', 'BRICS', 'AI', 'IP'],
  ...['China', "China's", 'Chinese', 'China-Africa', 'China-Arab', 'China-ASEAN'],
  ...['China-Central Asia', 'China-Latin America', 'Asian', 'Asia-Pacific', 'South-South'],
  ...['East Asia', 'Taiwan', 'Macao', 'Hong Kong', 'Xinjiang', 'Sichuan', "Shanghai's", 'Yiwu'],
  ...['Beijing-Tianjin-Hebei', 'Chengdu-Chongqing', 'San Francisco', 'Cold War'],
  ...['Marxism', 'Marxism-Leninism', 'Xi Jinping', "Xi Jinping's", 'General Secretary Xi Jinping'],
  ...["General Secretary Xi Jinping's", 'Shenzhou', 'Tianzhou', 'Shenhai-1', 'Nanfan', 'Qinglang'],
  ...['National Natural Science Foundation of China', 'Friends for Peace', 'Bay Area', 'Class B'],
];

/** Renderings that are whole sentences, in sentence case. */
export const SENTENCE_RENDERINGS = new Set([
  'Lucid waters and lush mountains are invaluable assets',
  'We will make our country strong',
  'The country is its people; the people are the country.',
]);

const QUOTES = /^["“‘'(]+|["”’',;:.)]+$/g;
const bare = (word: string) => word.replace(QUOTES, '');
const startsUpper = (word: string) => /^\p{Lu}/u.test(bare(word));
const startsLower = (word: string) => /^\p{Ll}/u.test(bare(word));
const startsDigit = (word: string) => /^\d/.test(bare(word));

/** The words that carry the case: parenthetical glosses left out. */
function caseWords(rendering: string): string[] {
  return rendering
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => bare(w).length > 0);
}

function opensWithProperNoun(words: string[]): boolean {
  const start = words.map(bare).join(' ');
  return LEADING_PROPER_NOUNS.some((noun) => start === noun || start.startsWith(`${noun} `));
}

/** Why `rendering` breaks the rule, or undefined when it keeps it. */
export function caseProblem(rendering: string): string | undefined {
  if (SENTENCE_RENDERINGS.has(rendering)) return undefined;
  const words = caseWords(rendering);
  // A leading number ("14th Five-Year Plan", "12345 hotline") is neutral: the next word decides.
  const lead = words.findIndex((w) => !startsDigit(w));
  const leading = words[lead];
  if (leading === undefined || startsLower(leading) || opensWithProperNoun(words.slice(lead)))
    return undefined;
  for (const [i, word] of words.entries()) {
    if (i <= lead || startsDigit(word)) continue;
    const isSmall = SMALL_WORDS.has(bare(word).toLowerCase());
    const afterColon = words[i - 1]?.endsWith(':') ?? false;
    if (isSmall && !afterColon && startsUpper(word))
      return `"${bare(word)}" is a short function word, lower case inside a name`;
    if (!isSmall && startsLower(word))
      return `"${bare(word)}" should be capitalised: a rendering that opens with a capitalised word is a name, in Title Case (or list its leading proper noun in lib/glossary-build/english-case.ts)`;
  }
  return undefined;
}

interface Rendered {
  id: string;
  english: string;
  englishAlt?: string;
}

/** One message per rendering that breaks the rule, naming the entry and the field. */
export function checkEnglishCase(entries: Rendered[]): string[] {
  const errors: string[] = [];
  for (const entry of entries)
    for (const field of ['english', 'englishAlt'] as const) {
      const text = entry[field];
      const problem = text === undefined ? undefined : caseProblem(text);
      if (problem) errors.push(`${entry.id}: ${field} "${text}": ${problem}`);
    }
  return errors;
}
