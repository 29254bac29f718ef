import { describe, expect, it } from 'vitest';
import { foldString, parseFoldTable } from '../matcher/fold.ts';
import { buildFoldTable, toSimplified, traditionalOf, traditionalVariants } from './script.ts';
import { readBuiltGlossary } from './built.ts';

const bundle = readBuiltGlossary();
const fold = parseFoldTable(bundle.index.fold);

describe('traditional variants and the fold table', () => {
  // Renderings that may not fold back, listed here so a gap stays visible. Empty since the
  // fold table also pairs phrase-level variants (cn→tw writes 资金链 as 資金鍊; 鍊 alone is 炼).
  const knownGaps = new Set<string>();

  it('folds every traditional, Taiwan and Hong Kong rendering of every form back to the form', () => {
    let checked = 0;
    const gaps: string[] = [];
    for (const term of bundle.terms) {
      for (const form of term.forms) {
        for (const variant of traditionalVariants(form)) {
          expect(variant.length, `${form} → ${variant}`).toBe(form.length);
          if (foldString(fold, variant) !== foldString(fold, form)) gaps.push(variant);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(gaps).toEqual([...knownGaps]);
  });

  it('ships every generated variant in the entry', () => {
    for (const term of bundle.terms) {
      for (const form of term.forms) {
        for (const variant of traditionalVariants(form)) expect(term.variants).toContain(variant);
      }
    }
  });

  it('is a length-preserving map of single BMP characters to different ones', () => {
    const pairs = bundle.index.fold;
    expect(pairs.length % 2).toBe(0);
    const from = new Set<string>();
    for (let i = 0; i < pairs.length; i += 2) {
      const a = pairs.charCodeAt(i);
      const b = pairs.charCodeAt(i + 1);
      for (const code of [a, b]) expect(code < 0xd800 || code > 0xdfff).toBe(true);
      expect(a).not.toBe(b);
      expect(from.has(pairs[i] as string), `${pairs[i]} listed twice`).toBe(false);
      from.add(pairs[i] as string);
    }
    expect([...pairs].length).toBe(pairs.length);
  });

  it('maps only to characters the glossary uses', () => {
    const used = new Set(bundle.index.patterns.flatMap(([form]) => [...form]));
    for (const [, to] of fold) expect(used.has(String.fromCharCode(to))).toBe(true);
  });

  it('keeps folded text the same length as the page text', () => {
    // 龜 is in no term, so it has no fold and stays as it is.
    const page = '深刻領悟“兩個確立”，龜立德樹人ＡＢ';
    expect(foldString(fold, page)).toBe('深刻领悟“两个确立”,龜立德树人ab');
  });

  it('builds a table only for the characters asked for', () => {
    const table = buildFoldTable(new Set(['树', '国']));
    expect(table.get('樹')).toBe('树');
    expect(table.get('國')).toBe('国');
    expect(table.has('會')).toBe(false);
    for (const [k, v] of table) {
      expect(['树', '国']).toContain(v);
      expect(k).toHaveLength(1);
    }
  });
});

describe('script conversion', () => {
  it('converts between simplified and traditional', () => {
    expect(traditionalOf('立德树人根本任务')).toBe('立德樹人根本任務');
    expect(toSimplified('兩個確立')).toBe('两个确立');
    expect(traditionalVariants('两个确立')).toContain('兩個確立');
    expect(traditionalVariants('双减')).not.toContain('双减');
  });
});
