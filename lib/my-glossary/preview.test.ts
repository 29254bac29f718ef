import { describe, expect, it } from 'vitest';
import { mine } from '../testing/my-terms.ts';
import { exportPack, type GlossaryPack } from './pack.ts';
import { previewPack } from './preview.ts';

const builtIn = (form: string) =>
  ({ 两个确立: 'liang-ge-que-li', 兩個確立: 'liang-ge-que-li' })[form] ?? null;
const packOf = (...terms: ReturnType<typeof mine>[]): GlossaryPack => exportPack(terms);

describe('previewPack', () => {
  it('sorts a pack into new, same, changed and conflicting terms', () => {
    const have = [
      mine('新质生产力', { english: 'new quality productive forces' }),
      mine('两个维护', { english: 'Two Upholds', forms: ['两个维护', '做到两个维护'] }),
      mine('教育强国', { variants: ['教育強國'] }),
    ];
    const preview = previewPack(
      packOf(
        mine('新质生产力', { english: 'new quality productive forces', createdAt: 99 }),
        mine('两个维护', { english: 'Two Safeguards', forms: ['两个维护', '做到两个维护'] }),
        mine('乡村全面振兴'),
        mine('兩個確立'),
        mine('强国', { forms: ['教育強國'] }),
      ),
      have,
      builtIn,
    );
    expect(preview.same.map((t) => t.term)).toEqual(['新质生产力']);
    expect(preview.changed.map((c) => [c.term.term, c.term.english, c.mine.english])).toEqual([
      ['两个维护', 'Two Safeguards', 'Two Upholds'],
    ]);
    expect(preview.added.map((t) => t.term)).toEqual(['乡村全面振兴']);
    expect(preview.conflicts.map((c) => [c.term.term, c.form, c.with])).toEqual([
      ['兩個確立', '兩個確立', { kind: 'built-in', id: 'liang-ge-que-li' }],
      ['强国', '教育強國', { kind: 'mine', term: '教育强国' }],
    ]);
  });
});
