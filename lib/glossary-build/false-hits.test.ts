// A regression test, not a measurement: everyday Chinese that is not about policy (sports,
// technology, weather, food, entertainment, travel), written for this test together with the
// context rules that block its traps — strings where a short form sits inside an unrelated word
// (三进球, 双减震, 四风扇, 中共享, 十四五岁, 党组织, 二十大类, 健身集团课程). The false-mark figure on
// text the rules were NOT written against comes from `npm run bench:false-hits` (docs/false-hits.md). The traditional copy was made with opencc-js cn→tw:
//   node -e 'const O=require("opencc-js"),f=require("fs");f.writeFileSync(
//     "lib/glossary-build/testdata/non-policy.traditional.txt",O.Converter({from:"cn",to:"tw"})(
//     f.readFileSync("lib/glossary-build/testdata/non-policy.txt","utf8")))'
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCKER, createMatcher } from '../matcher/matcher.ts';
import { readBuiltGlossary } from './built.ts';

const bundle = readBuiltGlossary();
const matcher = createMatcher(bundle.index);
const unguarded = createMatcher({
  fold: bundle.index.fold,
  patterns: bundle.index.patterns.filter(([, value]) => value !== BLOCKER),
});
const read = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

/**
 * Marks in the fixture that are the term in its own meaning, reviewed one by one, so not false:
 * 新能源车 (a technology review of a new energy vehicle) is the NEV of industrial policy.
 */
const TRUE_USES = new Set(['新能源车', '新能源車']);

/** Allowed false hits: one per 3,000 characters, rounded to the nearest (at least one). */
const budget = (text: string) => Math.max(1, Math.round(text.length / 3000));

describe.each(['non-policy.txt', 'non-policy.traditional.txt'])(
  'tuned fixture %s (regression)',
  (name) => {
    const text = read(name);
    const hits = matcher.findTerms(text).filter((m) => !TRUE_USES.has(text.slice(m.start, m.end)));
    const shown = hits.map(
      (m) => `${bundle.index.ids[m.term]}: …${text.slice(Math.max(0, m.start - 6), m.end + 6)}…`,
    );

    it('is about 3,000 characters of text', () => {
      expect(text.length).toBeGreaterThan(2500);
    });

    it('sets traps: without the context rules the short forms would fire', () => {
      expect(unguarded.findTerms(text).length).toBeGreaterThanOrEqual(hits.length + 10);
    });

    it('gets at most one false hit per ~3,000 characters', () => {
      expect(shown.length, shown.join('\n')).toBeLessThanOrEqual(budget(text));
    });
  },
);

describe('the traditional copy', () => {
  it('is the same text, character for character in length', () => {
    expect(read('non-policy.traditional.txt')).toHaveLength(read('non-policy.txt').length);
    expect(read('non-policy.traditional.txt')).not.toBe(read('non-policy.txt'));
  });
});
