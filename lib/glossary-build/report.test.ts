import { describe, expect, it } from 'vitest';
import type { BuiltGlossary, TermEntry } from '../types.ts';
import type { Candidate, CandidateKind } from '../extract/candidates.ts';
import { candidateStatus, parseExclusions, renderReport } from './report.ts';

const formOwner = new Map([
  ['现代职业教育体系', 'xian-dai-zhi-ye-jiao-yu-ti-xi'],
  ['引进来、走出去', 'yin-jin-lai-zou-chu-qu'],
  ['国家战略科技力量', 'guo-jia-zhan-lve-ke-ji-li-liang'],
  ['双减', 'shuang-jian'],
]);
const candidate = (text: string, ...kinds: CandidateKind[]): Candidate => ({
  text,
  kinds,
  count: 1,
  docs: ['d'],
});
const exclusions = parseExclusions(
  '国家战略: generic phrase\n要我学: local one-off wording (004)\n',
);

describe('candidateStatus', () => {
  it('names the entry a candidate is a form of', () => {
    expect(candidateStatus(candidate('双减', 'quoted'), formOwner, exclusions)).toEqual({
      state: 'entry',
      detail: 'shuang-jian',
    });
  });

  it('calls a name covered when it ends with a form', () => {
    expect(
      candidateStatus(candidate('融通融合融汇的现代职业教育体系', 'named'), formOwner, exclusions),
    ).toEqual({ state: 'covered', detail: 'xian-dai-zhi-ye-jiao-yu-ti-xi (现代职业教育体系)' });
  });

  it('calls a quoted fragment of a form covered', () => {
    expect(candidateStatus(candidate('走出去', 'quoted'), formOwner, exclusions).state).toBe(
      'covered',
    );
  });

  it('does not call a name covered just because a longer form contains it', () => {
    expect(candidateStatus(candidate('国家战略', 'named'), formOwner, exclusions)).toEqual({
      state: 'excluded',
      detail: 'generic phrase',
    });
    expect(candidateStatus(candidate('国家战略', 'named'), formOwner, new Map()).state).toBe(
      'unreviewed',
    );
  });

  it('gives the reviewed reason for an exclusion, and flags the rest as unreviewed', () => {
    expect(candidateStatus(candidate('要我学', 'quoted'), formOwner, exclusions).detail).toBe(
      'local one-off wording (004)',
    );
    expect(candidateStatus(candidate('一校一品', 'quoted'), formOwner, exclusions).state).toBe(
      'unreviewed',
    );
  });
});

describe('renderReport', () => {
  const term = (id: string, forms: string[], occurrences = 1) =>
    ({
      id,
      term: forms[0],
      forms,
      occurrences: Array(occurrences).fill({}),
    }) as unknown as TermEntry;
  const bundle = {
    version: '0.1.0+abcd1234',
    terms: [term('shuang-jian', ['双减']), term('never', ['从未出现'], 0)],
    index: { patterns: [['双减', 0]], fold: '雙双' },
  } as unknown as BuiltGlossary;

  it('counts every state and lists stale exclusions and silent entries', () => {
    const report = renderReport(
      bundle,
      [candidate('双减', 'quoted'), candidate('要我学', 'quoted'), candidate('跟着学', 'quoted')],
      exclusions,
      ['never: no occurrence in the seeds'],
    );
    expect(report).toContain(
      '- Candidates: 3 — in the glossary 1, covered by an entry 0, excluded with a reason 1, unreviewed 1',
    );
    expect(report).toContain('| 跟着学 | quoted | 1 | 1 | unreviewed |  |');
    expect(report).toMatch(/## Exclusions no longer needed\n\n.*\n\n- 国家战略\n/);
    expect(report).toContain('- never (从未出现)');
    expect(report).toContain('- never: no occurrence in the seeds');
  });

  it('escapes a pipe in a reason so the table stays a table', () => {
    const report = renderReport(
      bundle,
      [candidate('要我学', 'quoted')],
      new Map([['要我学', 'a | b']]),
      [],
    );
    expect(report).toContain('| excluded | a \\| b |');
  });
});
