// Shared by the *.fuzz.test.ts files: Unicode that breaks naive text code, a run count that can
// be raised for a long session (FUZZ_SCALE=10 npx vitest run --testTimeout=600000 fuzz), and a
// tally of the cases each property really ran, printed at the end and written to FUZZ_REPORT
// when it is set.
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

const scale = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1) || 1);

/** `base` runs, times FUZZ_SCALE. */
export const runs = (base: number): number => Math.max(1, Math.round(base * scale));

const tally = new Map<string, number>();

/** Counts one generated case under `name`; call it inside the property. */
export function count(name: string): void {
  tally.set(name, (tally.get(name) ?? 0) + 1);
}

/** Prints (and with FUZZ_REPORT=path, appends as JSON lines) what each property ran. */
export function reportCounts(suite: string): Record<string, number> {
  const counts = Object.fromEntries([...tally].filter(([name]) => name.startsWith(suite)));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.info(`fuzz ${suite}: ${total} cases`, counts);
  if (process.env.FUZZ_REPORT) {
    appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ suite, total, counts })}\n`);
  }
  return counts;
}

/** Characters that trip up text code: astral, joined, combining, invisible, bidi, broken. */
export const HOSTILE_PIECES = [
  '😀', // astral: a surrogate pair
  '👩‍👩‍👧', // ZWJ sequence
  '🇨🇳', // regional indicator pair
  '𠮷', // CJK extension B, astral
  '\u0301', // combining acute
  '\u20dd', // combining enclosing circle
  'e\u0301',
  '\u200b', // zero width space
  '\u200c',
  '\u200d',
  '\u2060', // word joiner
  '\ufeff', // BOM / zero width no-break space
  '\u00ad', // soft hyphen
  '\u202e', // right-to-left override
  '\u2067', // right-to-left isolate
  '\u2069',
  '\u200f', // right-to-left mark
  'مرحبا بالعالم',
  'שלום',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\ufffd',
  '\u3000',
  'Ａ',
  '\t',
  ' ',
  '\u0000',
];

export const hostilePiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

/** `word` with a hostile piece inserted at a random point (an emoji inside a term). */
export function withPieceInside(word: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(word, fc.nat(), hostilePiece)
    .map(
      ([w, at, piece]) => w.slice(0, at % (w.length + 1)) + piece + w.slice(at % (w.length + 1)),
    );
}
