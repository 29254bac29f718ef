import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptWindow } from './excerpt-window.ts';

const joined = (w: ReturnType<typeof excerptWindow>) => w.before + w.term + w.after;

describe('excerptWindow', () => {
  it('quotes a short sentence whole, with the term in its place', () => {
    const text = '前一句话。要统筹推进“五位一体”总体布局。后一句话。';
    const at = [text.indexOf('五位一体'), text.indexOf('五位一体') + 4] as const;
    const w = excerptWindow(text, at, '五位一体');
    expect(w).toEqual({
      before: '要统筹推进“',
      term: '五位一体',
      after: '”总体布局。',
      cutStart: false,
      cutEnd: false,
    });
  });

  it('cuts a long sentence at clause marks around the term and says so', () => {
    const text =
      '会议指出，过去一年各地区各部门认真贯彻落实党中央决策部署，坚持稳中求进工作总基调，统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，经济社会发展取得新成效，人民生活水平持续提高。';
    const start = text.indexOf('五位一体');
    const w = excerptWindow(text, [start, start + 4], '五位一体', 40);
    expect(w.term).toBe('五位一体');
    expect(joined(w).length).toBeLessThanOrEqual(40);
    expect(text).toContain(joined(w));
    expect(w.before.startsWith('统筹推进')).toBe(true);
    expect(w.cutStart).toBe(true);
    expect(w.cutEnd).toBe(true);
    expect(w.after.endsWith('，')).toBe(true);
  });

  it('finds the term when its place is not known, and quotes the start when it is absent', () => {
    expect(excerptWindow('坚持共同富裕方向。', undefined, '共同富裕').term).toBe('共同富裕');
    const none = excerptWindow('一'.repeat(100), undefined, '共同富裕', 10);
    expect(none).toMatchObject({ term: '', after: '一'.repeat(10), cutEnd: true });
  });

  it('ignores a place that does not fit the text', () => {
    expect(excerptWindow('共同富裕', [3, 9], '共同富裕').term).toBe('共同富裕');
  });

  it('always keeps the term whole and stays inside the text and the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('字', '，', '。', '、', '词'), maxLength: 200 }),
        fc.nat(199),
        fc.integer({ min: 1, max: 8 }),
        (text, s, len) => {
          const start = Math.min(s, Math.max(0, text.length - 1));
          const end = Math.min(text.length, start + len);
          if (end <= start) return;
          const w = excerptWindow(text, [start, end], '', 30);
          expect(w.term).toBe(text.slice(start, end));
          expect(text).toContain(joined(w));
          expect(joined(w).length).toBeLessThanOrEqual(Math.max(30, end - start));
        },
      ),
    );
  });
});
