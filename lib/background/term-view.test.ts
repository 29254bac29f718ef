import { describe, expect, it } from 'vitest';
import { indexBundle, termView } from './term-view.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { fromSimplified } from '../script/convert.ts';

const bundle = readBuiltGlossary();
const lookup = indexBundle(bundle);
const docOf = (id: string) => bundle.documents.find((d) => d.id === id);
const TRADITIONAL_DOC = 'moe-2024-national-education-work-conference';

describe('termView', () => {
  it('resolves excerpts from different documents with title and date, then the latest news', () => {
    const view = termView(lookup, 'liang-ge-que-li', 'simplified', 3);
    expect(view).not.toBeNull();
    expect(view?.excerpts.length).toBe(3);
    const [a, b, news] = view?.excerpts ?? [];
    expect(a?.doc).not.toBe(b?.doc);
    const latest = bundle.terms.find((t) => t.id === 'liang-ge-que-li')?.corpus.at(-1);
    expect(news).toMatchObject({
      doc: `news:${latest?.item}`,
      title: latest?.title,
      date: latest?.date,
      original: latest?.sentence,
    });
    expect(news?.text.slice(...(news.at as [number, number]))).toBe('两个确立');
    for (const x of [a, b]) {
      expect(x?.date).toBe(docOf(x?.doc ?? '')?.date);
      expect(x?.text.slice(...(x.at as [number, number]))).toBe('两个确立');
    }
  });

  it('gives simplified readers a traditional seed’s sentence and title in simplified', () => {
    const view = termView(lookup, 'liang-ge-que-li', 'simplified', 3);
    const x = view?.excerpts.find((e) => e.doc === TRADITIONAL_DOC);
    expect(x?.title).toBe('2024年全国教育工作会议召开');
    expect(x?.originalTitle).toBe(docOf(TRADITIONAL_DOC)?.title);
    expect(x?.text).toContain('会议强调');
    expect(x?.original).toContain('會議強調');
  });

  it('gives Taiwan-standard readers every string in traditional, the originals kept', () => {
    const view = termView(lookup, 'liang-ge-que-li', 'tw', 3);
    expect(view?.script).toBe('tw');
    expect(view?.shown.headword).toBe('兩個確立');
    expect(view?.shown.definition).toBe(fromSimplified(view?.entry.definition ?? '', 'tw'));
    const simplifiedDoc = view?.excerpts.find((e) => docOf(e.doc)?.script === 'simplified');
    expect(simplifiedDoc?.title).toBe(
      fromSimplified(docOf(simplifiedDoc?.doc ?? '')?.title ?? '', 'tw'),
    );
    expect(simplifiedDoc?.originalTitle).toBe(docOf(simplifiedDoc?.doc ?? '')?.title);
    expect(simplifiedDoc?.original).toContain('两个确立');
    for (const x of view?.excerpts ?? []) {
      expect(x.text.slice(...(x.at as [number, number]))).toBe('兩個確立');
      expect(x.title).not.toMatch(/[会国议]/);
    }
    expect(
      view?.related.every(
        (r) => r.label === fromSimplified(lookup.terms.get(r.id)?.term ?? '', 'tw'),
      ),
    ).toBe(true);
  });

  it('writes 為 where the build’s generic traditional text has 爲', () => {
    const term = lookup.terms.get('dang-xing');
    expect(term?.definitionTraditional).toContain('爲人民服務');
    for (const script of ['tw', 'hk'] as const) {
      const definition = termView(lookup, 'dang-xing', script)?.shown.definition;
      expect(definition).toContain('為人民服務');
      expect(definition).not.toContain('爲');
    }
  });

  it('follows the Hong Kong standard where it differs from Taiwan’s', () => {
    const tw = termView(lookup, 'liang-ge-lian-xi', 'tw')?.shown.members;
    const hk = termView(lookup, 'liang-ge-lian-xi', 'hk')?.shown.members;
    expect(tw).toContain('人大代表同人民群眾聯繫');
    expect(hk).toContain('人大代表同人民羣眾聯繫');
  });

  it('marks the term exactly in every excerpt, in every script', () => {
    const sample = bundle.terms.filter((_, i) => i % 40 === 0);
    for (const script of ['simplified', 'tw', 'hk'] as const) {
      for (const term of sample) {
        const view = termView(lookup, term.id, script, 3);
        const forms = new Set([term.term, ...term.forms].map((f) => fromSimplified(f, script)));
        for (const x of view?.excerpts ?? []) {
          expect(x.at, `${term.id} in ${x.doc}`).toBeDefined();
          expect(
            forms.has(x.text.slice(...(x.at as [number, number]))),
            `${term.id} ${script}`,
          ).toBe(true);
        }
      }
    }
  });

  it('shows the first and the latest news sentence of a term no seed uses', () => {
    const term = bundle.terms.find((t) => t.occurrences.length === 0 && t.corpus.length === 2);
    const view = termView(lookup, term?.id ?? '', 'simplified');
    expect(view?.excerpts.map((x) => x.date)).toEqual([
      term?.corpus[1]?.date,
      term?.corpus[0]?.date,
    ]);
  });

  it('resolves related ids to headwords and drops none silently', () => {
    const term = bundle.terms.find((t) => t.id === 'si-ge-yi-shi');
    const view = termView(lookup, 'si-ge-yi-shi', 'simplified');
    expect(view?.related.map((r) => r.id)).toEqual(term?.related);
    expect(view?.related[0]?.label).toBe(lookup.terms.get(term?.related[0] ?? '')?.term);
    expect(view?.entry).not.toHaveProperty('occurrences');
  });

  it('returns null for an unknown id', () => {
    expect(termView(lookup, 'no-such-term', 'tw')).toBeNull();
  });
});
