import { describe, expect, it } from 'vitest';
import { indexBundle, termView } from './term-view.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

const bundle = readBuiltGlossary();
const lookup = indexBundle(bundle);

describe('termView', () => {
  it('resolves excerpts from different documents with title and date, then the latest news', () => {
    const view = termView(lookup, 'liang-ge-que-li', 3);
    expect(view).not.toBeNull();
    expect(view?.excerpts.length).toBe(3);
    const [a, b, news] = view?.excerpts ?? [];
    expect(a?.doc).not.toBe(b?.doc);
    const latest = bundle.terms.find((t) => t.id === 'liang-ge-que-li')?.corpus.at(-1);
    expect(news).toMatchObject({
      doc: `news:${latest?.item}`,
      title: latest?.title,
      date: latest?.date,
    });
    expect(news?.sentence.slice(...(news.at as [number, number]))).toBe('两个确立');
    for (const x of [a, b]) {
      if (!x) continue;
      const doc = bundle.documents.find((d) => d.id === x.doc);
      expect(x.title).toBe(doc?.title);
      expect(x.date).toBe(doc?.date);
      expect(x.sentence).toContain(x.sentence === x.simplified ? '两个确立' : '兩個確立');
    }
  });

  it('shows the first and the latest news sentence of a term no seed uses', () => {
    const term = bundle.terms.find((t) => t.occurrences.length === 0 && t.corpus.length === 2);
    const view = termView(lookup, term?.id ?? '');
    expect(view?.excerpts.map((x) => x.date)).toEqual([
      term?.corpus[1]?.date,
      term?.corpus[0]?.date,
    ]);
  });

  it('resolves related ids to headwords and drops none silently', () => {
    const term = bundle.terms.find((t) => t.id === 'si-ge-yi-shi');
    const view = termView(lookup, 'si-ge-yi-shi');
    expect(view?.related.map((r) => r.id)).toEqual(term?.related);
    expect(view?.entry).not.toHaveProperty('occurrences');
  });

  it('returns null for an unknown id', () => {
    expect(termView(lookup, 'no-such-term')).toBeNull();
  });
});
