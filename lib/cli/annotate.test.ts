import { describe, expect, it } from 'vitest';
import { countTerms, createAnnotator, isHtml, textToAnnotate } from './annotate.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

const bundle = readBuiltGlossary();
const annotate = createAnnotator(bundle);

describe('createAnnotator', () => {
  it('reports surface text, offsets, id and simplified headword', () => {
    const text = '要落实立德樹人根本任務，做到“两个维护”。';
    const found = annotate(text);
    expect(found).toEqual([
      { start: 3, end: 11, text: '立德樹人根本任務', id: 'li-de-shu-ren', term: '立德树人' },
      { start: 15, end: 19, text: '两个维护', id: 'liang-ge-wei-hu', term: '两个维护' },
    ]);
    for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.text);
  });

  it('uses the context rules of the extension: nothing in 三进球 or 双减震', () => {
    expect(annotate('主队三进球，新车前后双减震。')).toEqual([]);
  });

  it('counts in UTF-16 code units, so text after an emoji keeps its offsets', () => {
    const [o] = annotate('🎉🎉双减');
    expect(o).toMatchObject({ start: 4, end: 6, text: '双减' });
  });
});

describe('isHtml and textToAnnotate', () => {
  it('goes by the name, then by the first tag', () => {
    expect(isHtml('page.HTML', '')).toBe(true);
    expect(isHtml('notes.txt', '<html>')).toBe(false);
    expect(isHtml('download', '  <!DOCTYPE html><p>x')).toBe(true);
    expect(isHtml('download', '<htmlish>')).toBe(false);
  });

  it('annotates HTML by its visible text and plain text as it is', () => {
    expect(textToAnnotate('a.html', '<p>两个</p><p>确立</p>')).toBe('两个\n确立');
    expect(textToAnnotate('a.txt', '<p>两个</p>')).toBe('<p>两个</p>');
  });
});

describe('countTerms', () => {
  it('counts per term, most frequent first', () => {
    const o = (id: string) => ({ start: 0, end: 1, text: '', id, term: id.toUpperCase() });
    expect(countTerms([o('b'), o('a'), o('b'), o('c')])).toEqual([
      { id: 'b', term: 'B', count: 2 },
      { id: 'a', term: 'A', count: 1 },
      { id: 'c', term: 'C', count: 1 },
    ]);
  });
});
