import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { createMatcher } from '../matcher/matcher.ts';
import type { MatchIndex } from '../types.ts';
import { combineIndex } from './combine.ts';
import { makeUserTerm, type UserTerm, problemSummary } from './model.ts';

const { index: built } = readBuiltGlossary();
// The index as the extension ships it: no pattern list, only the compiled trie.
const { patterns: _patterns, ...shipped } = built;
const builtin: MatchIndex = shipped;

function userTerm(term: string, forms: string[] = []): UserTerm {
  const made = makeUserTerm({ term, forms, category: 'concept', topic: 'education' });
  if (!made.ok) throw new Error(problemSummary(made.problem));
  return made.term;
}

/** [text matched, id] of every match, as the content script would mark them. */
function marks(index: MatchIndex, text: string): [string, string][] {
  return createMatcher(index)
    .findTerms(text)
    .map((m) => [text.slice(m.start, m.end), index.ids[m.term] as string]);
}

describe('combineIndex', () => {
  const mine = [
    userTerm('数智校园', ['数智化校园']),
    userTerm('县域普高振兴'),
    userTerm('鲲鸾计划'),
  ];
  const combined = combineIndex(builtin, mine);

  it('matches the user’s terms beside the built-in ones, in simplified, traditional and mixed script', () => {
    const text =
      '推进數智校園和数智化校園建设，縣域普高振興，落实立德树人，堅持兩個確立。县域普高振兴。';
    expect(marks(combined, text)).toEqual([
      ['數智校園', 'my:数智校园'],
      ['数智化校園', 'my:数智校园'],
      ['縣域普高振興', 'my:县域普高振兴'],
      ['立德树人', 'li-de-shu-ren'],
      ['兩個確立', 'liang-ge-que-li'],
      ['县域普高振兴', 'my:县域普高振兴'],
    ]);
  });

  it('gives the user’s terms ids, categories and topics after the built-in ones', () => {
    const n = builtin.ids.length;
    expect(combined.ids.slice(n)).toEqual(['my:数智校园', 'my:县域普高振兴', 'my:鲲鸾计划']);
    expect(combined.categories.slice(n)).toEqual(['mine', 'mine', 'mine']);
    expect(combined.topics.slice(n)).toEqual(['education', 'education', 'education']);
    expect(combined.hash).toMatch(new RegExp(`^${builtin.hash}\\+[0-9a-f]{8}$`));
  });

  it('folds a traditional character the glossary never used, so mixed script matches', () => {
    // 鯤/鲲 and 鸞/鸾 occur in no built-in pattern or fold pair: only the user's term brings
    // them in, so text that writes one of them each way matches only through the new pairs.
    expect(marks(combined, '鯤鸾计划，鲲鸞計劃，鯤鸞計劃')).toEqual([
      ['鯤鸾计划', 'my:鲲鸾计划'],
      ['鲲鸞計劃', 'my:鲲鸾计划'],
      ['鯤鸞計劃', 'my:鲲鸾计划'],
    ]);
  });

  it('leaves every built-in match as it was on text without the user’s terms', () => {
    const text = readBuiltGlossary()
      .documents.map((d) => d.text)
      .join('\n');
    expect(marks(combined, text)).toEqual(marks(builtin, text));
  });

  it('prefers the longer term across the two, and keeps a built-in spelling for the built-in entry', () => {
    const longer = combineIndex(builtin, [userTerm('立德树人示范校'), userTerm('双减')]);
    expect(marks(longer, '建设立德树人示范校，落实双减')).toEqual([
      ['立德树人示范校', 'my:立德树人示范校'],
      ['双减', 'shuang-jian'],
    ]);
  });

  it('is the built-in index itself when the user has no terms', () => {
    expect(combineIndex(builtin, [])).toBe(builtin);
  });
});
