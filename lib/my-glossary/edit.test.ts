import { describe, expect, it } from 'vitest';
import { mine } from '../testing/my-terms.ts';
import {
  aliasOfBuiltIn,
  mergeSources,
  splitForms,
  suggestPinyin,
  termOfForm,
  withForm,
} from './edit.ts';
import { formOwners } from './owners.ts';

const builtIn = [
  {
    id: 'liang-ge-que-li',
    term: '两个确立',
    traditional: '兩個確立',
    forms: ['两个确立'],
    variants: ['兩個確立'],
  },
];
const values = {
  term: '新质生产力',
  forms: '',
  pinyin: '',
  english: '',
  definition: '',
  category: 'concept' as const,
  topic: 'economy' as const,
};
const source = { doc: 'my-1', title: '方案', date: '2024-03-05', sentence: '发展新质生产力。' };

describe('the term form', () => {
  it('fills pinyin and traditional variants, keeping the sources and times', () => {
    expect(suggestPinyin('新质生产力')).toBe('xīn zhì shēng chǎn lì');
    const made = termOfForm(values, { sources: [source] }, formOwners(builtIn, []), 7);
    if (!made.ok) throw new Error('refused');
    expect(made.term).toMatchObject({
      id: 'my:新质生产力',
      pinyin: 'xīn zhì shēng chǎn lì',
      variants: ['新質生產力'],
      sources: [source],
      createdAt: 7,
      updatedAt: 7,
    });
  });

  it('refuses a form a built-in entry or another of my terms has, naming it', () => {
    const owners = formOwners(builtIn, [mine('乡村振兴')]);
    expect(termOfForm({ ...values, term: '兩個確立' }, { sources: [] }, owners)).toEqual({
      ok: false,
      taken: {
        form: '两个确立',
        owner: { kind: 'built-in', id: 'liang-ge-que-li', term: '两个确立' },
      },
    });
    const clash = termOfForm({ ...values, forms: '乡村振兴' }, { sources: [] }, owners);
    expect(!clash.ok && 'taken' in clash && clash.taken.owner).toEqual({
      kind: 'mine',
      id: 'my:乡村振兴',
      term: '乡村振兴',
    });
  });

  it('passes on what makeUserTerm finds wrong', () => {
    const made = termOfForm({ ...values, term: '新' }, { sources: [] }, formOwners([], []));
    expect(made).toEqual({ ok: false, problem: { code: 'tooShort', value: '新' } });
  });

  it('edits a term in place: its own forms are not a clash, its first date stays', () => {
    const saved = mine('新质生产力', { createdAt: 3, sources: [source] });
    const owners = formOwners([], [saved]);
    const made = termOfForm(
      { ...values, english: 'new productive forces', forms: '新质生产力、新生产力' },
      { editing: saved, sources: saved.sources },
      owners,
      9,
    );
    expect(made.ok && [made.term.forms, made.term.english, made.term.createdAt]).toEqual([
      ['新质生产力', '新生产力'],
      'new productive forces',
      3,
    ]);
  });

  it('edits the headword like a new one: forms and pinyin made anew, the id following it', () => {
    const saved = mine('新质生产力', {
      createdAt: 3,
      sources: [source],
      pinyin: 'xīn zhì shēng chǎn lì',
      variants: ['新質生產力'],
    });
    const owners = formOwners(builtIn, [saved, mine('乡村振兴')]);
    const edit = (term: string, more: Partial<typeof values> = {}) =>
      termOfForm(
        { ...values, ...more, term },
        { editing: saved, sources: saved.sources },
        owners,
        9,
      );
    // Written in traditional: stored simplified, with its renderings and pinyin filled in.
    expect(edit('新質生產要素')).toEqual({
      ok: true,
      term: {
        ...values,
        id: 'my:新质生产要素',
        term: '新质生产要素',
        forms: ['新质生产要素'],
        variants: ['新質生產要素'],
        pinyin: 'xīn zhì shēng chǎn yào sù',
        sources: [source],
        createdAt: 3,
        updatedAt: 9,
      },
    });
    // Its old headword may stay as another form: it is its own, no clash.
    const kept = edit('新质生产要素', { forms: '新质生产力' });
    expect(kept.ok && kept.term.forms).toEqual(['新质生产要素', '新质生产力']);
    // Checked as on creation: not a term, a built-in headword, another of my terms.
    expect(edit('新')).toEqual({ ok: false, problem: { code: 'tooShort', value: '新' } });
    expect(edit('两个确立')).toMatchObject({ ok: false, taken: { owner: { kind: 'built-in' } } });
    expect(edit('乡村振兴')).toMatchObject({
      ok: false,
      taken: { owner: { kind: 'mine', id: 'my:乡村振兴' } },
    });
  });

  it('keeps a merged form marking as its built-in entry when its headword is edited', () => {
    const alias = mine('深刻领悟两个确立', { aliasOf: 'liang-ge-que-li' });
    const made = termOfForm(
      { ...values, term: '深刻领会两个确立' },
      { editing: alias, sources: [] },
      formOwners(builtIn, [alias]),
    );
    expect(made.ok && [made.term.id, made.term.aliasOf]).toEqual([
      'my:深刻领会两个确立',
      'liang-ge-que-li',
    ]);
  });
});

describe('merging a candidate', () => {
  it('adds it to one of my terms as a form, with its sentences once', () => {
    const saved = mine('新质生产力', { sources: [source] });
    const other = { ...source, sentence: '培育新质生产力量。' };
    const made = withForm(saved, '新质生产力量', [source, other], formOwners([], [saved]));
    expect(made.ok && [made.term.forms, made.term.sources]).toEqual([
      ['新质生产力', '新质生产力量'],
      [source, other],
    ]);
  });

  it('keeps a form of a built-in entry as a term marking as that entry', () => {
    // A whole built-in entry, as the page passes it: its own forms must not leak in.
    const entry = {
      ...builtIn[0],
      id: 'liang-ge-que-li',
      category: 'formula',
      topic: 'party',
    } as const;
    const made = aliasOfBuiltIn(entry, '深刻领悟两个确立', [], formOwners(builtIn, []));
    expect(made.ok && made.term).toMatchObject({
      id: 'my:深刻领悟两个确立',
      aliasOf: 'liang-ge-que-li',
      category: 'formula',
      topic: 'party',
    });
  });

  it('splits typed forms on commas, 、 and lines', () => {
    expect(splitForms('甲乙, 丙丁、戊己\n 庚辛 ')).toEqual(['甲乙', '丙丁', '戊己', '庚辛']);
    expect(mergeSources([source], [source])).toEqual([source]);
  });
});
