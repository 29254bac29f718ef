import { describe, expect, it } from 'vitest';
import { curatedEntry } from '../testing/entries.ts';
import { checkEntrySet, GlossaryInputError, parseEntries } from './entries.ts';

const valid = `
- id: shuang-jian
  term: 双减
  forms: [双减]
  category: formula
  topic: party
  english: Double Reduction
  gloss: Cutting homework and off-campus tutoring.
  definition: 指减轻学生作业负担和校外培训负担。
  exclude: [双减速]
- id: si-ge-yi-shi
  term: 四个意识
  forms: [增强四个意识]
  category: formula
  topic: party
  english: Four Consciousnesses
  gloss: Four kinds of political awareness.
  definition: 指政治意识、大局意识、核心意识、看齐意识。
  members: [政治意识, 大局意识, 核心意识, 看齐意识]
  related: [shuang-jian]
  year: 2016
`;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryInputError);
    return (error as Error).message;
  }
  throw new Error('expected a GlossaryInputError');
}

const entry = curatedEntry;

describe('parseEntries', () => {
  it('reads valid entries, fills defaults and puts the headword first among the forms', () => {
    const [a, b] = parseEntries('seeds/terms/x.yaml', valid);
    expect(a).toMatchObject({
      id: 'shuang-jian',
      forms: ['双减'],
      exclude: ['双减速'],
      members: [],
    });
    expect(b?.forms).toEqual(['四个意识', '增强四个意识']);
    expect(b?.year).toBe(2016);
  });

  it('names the file and the entry id when a field is wrong', () => {
    const bad = valid.replace(
      'category: formula\n  topic: party\n  english: Four',
      'category: slogann\n  topic: party\n  english: Four',
    );
    const message = errorOf(() => parseEntries('seeds/terms/concepts.yaml', bad));
    expect(message).toContain('seeds/terms/concepts.yaml');
    expect(message).toContain('entry si-ge-yi-shi');
    expect(message).toContain('category');
  });

  it('refuses an entry without a known topic', () => {
    const bad = valid.replace('topic: party\n  english: Four', 'topic: sports\n  english: Four');
    expect(errorOf(() => parseEntries('t.yaml', bad))).toMatch(/entry si-ge-yi-shi: topic/);
  });

  it('names the entry by position when it has no id', () => {
    const message = errorOf(() =>
      parseEntries('a.yaml', '- term: 双减\n  forms: [双减]\n  category: formula'),
    );
    expect(message).toMatch(/^a\.yaml: entry #1: /);
    expect(message).toContain('id');
  });

  it('rejects a one-character form and a non-slug id', () => {
    expect(
      errorOf(() => parseEntries('a.yaml', valid.replace('forms: [双减]', 'forms: [减]'))),
    ).toContain('a form needs at least two characters');
    expect(
      errorOf(() => parseEntries('a.yaml', valid.replace('id: shuang-jian', 'id: Shuang_Jian'))),
    ).toContain('lowercase slug');
  });

  it('reports broken YAML and a file that is not a list, with the file name', () => {
    expect(errorOf(() => parseEntries('b.yaml', '- id: [unclosed'))).toMatch(
      /^b\.yaml: not valid YAML/,
    );
    expect(errorOf(() => parseEntries('c.yaml', 'id: x'))).toBe(
      'c.yaml: expected a list of entries',
    );
  });

  it('treats an empty file as no entries', () => {
    expect(parseEntries('d.yaml', '')).toEqual([]);
  });
});

describe('checkEntrySet', () => {
  it('rejects duplicate ids', () => {
    const { errors } = checkEntrySet([
      entry({ id: 'a' }),
      entry({ id: 'a', term: '双减', forms: ['双减'] }),
    ]);
    expect(errors).toEqual(['duplicate id a']);
  });

  it('rejects a form claimed by two entries, naming both', () => {
    const { errors } = checkEntrySet([
      entry({ id: 'a', forms: ['立德树人', '树人'] }),
      entry({ id: 'b', term: '双减', forms: ['双减', '树人'] }),
    ]);
    expect(errors).toEqual(['form 树人 is in both a and b']);
  });

  it('warns about related ids that do not resolve and about self-references', () => {
    const { errors, warnings } = checkEntrySet([
      entry({ id: 'a', related: ['b', 'nope', 'a'] }),
      entry({ id: 'b', term: '双减', forms: ['双减'] }),
    ]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'a: related id nope does not exist (dropped)',
      'a: relates to itself (dropped)',
    ]);
  });
});
