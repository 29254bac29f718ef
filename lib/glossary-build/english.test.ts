import { describe, expect, it } from 'vitest';
import { curatedEntry } from '../testing/entries.ts';
import type { CuratedEntry } from './entries.ts';
import { GlossaryInputError } from './entries.ts';
import { checkOfficialEnglish, parseOfficialEnglish } from './english.ts';

const entry = (over: Partial<CuratedEntry>) =>
  curatedEntry({
    id: 'gong-tong-fu-yu',
    term: '共同富裕',
    forms: ['共同富裕'],
    topic: 'society',
    english: 'common prosperity',
    ...over,
  });
const table = parseOfficialEnglish(
  '共同富裕: { english: common prosperity }\n两个确立: { english: Two Establishes, alt: Two Establishments }\n',
);

describe('checkOfficialEnglish', () => {
  it('accepts entries that render listed terms as the table does', () => {
    const two = entry({
      id: 'liang-ge-que-li',
      term: '两个确立',
      forms: ['两个确立'],
      english: 'Two Establishes',
      englishAlt: 'Two Establishments',
    });
    expect(checkOfficialEnglish([entry({}), two], table)).toEqual([]);
  });
  it('names the entry, its rendering and the official one when they differ', () => {
    const errors = checkOfficialEnglish(
      [
        entry({ english: 'Common Prosperity for All' }),
        entry({ id: 'x', term: '两个确立', forms: ['两个确立'], english: 'Two Establishes' }),
      ],
      table,
    );
    expect(errors).toEqual([
      'gong-tong-fu-yu (共同富裕): english is "Common Prosperity for All", officially "common prosperity"',
      'x (两个确立): englishAlt should be "Two Establishments" (official-english.yaml)',
    ]);
  });
  it('fails on a listed term no entry has, and on a malformed row', () => {
    expect(checkOfficialEnglish([], table)[0]).toMatch(/共同富裕 is no entry's form/);
    expect(() => parseOfficialEnglish('双减: double reduction\n')).toThrow(GlossaryInputError);
  });
});
