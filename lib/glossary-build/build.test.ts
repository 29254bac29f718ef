import { beforeAll, describe, expect, it } from 'vitest';
import { readGlossaryInput } from '../../scripts/glossary-input.ts';
import { foldString, parseFoldTable } from '../matcher/fold.ts';
import { BLOCKER } from '../matcher/matcher.ts';
import type { BuiltGlossary } from '../types.ts';
import { type BuildInput, buildGlossary } from './build.ts';
import { GlossaryInputError } from './entries.ts';

const root = new URL('../..', import.meta.url).pathname;
let input: BuildInput;
let bundle: BuiltGlossary;

// The whole build (news corpus included) takes 4–6 s alone; on a loaded machine, with the rest of
// the suite running beside it, over vitest's default 10 s hook limit.
beforeAll(() => {
  input = readGlossaryInput(root);
  bundle = buildGlossary(input).bundle;
}, 60_000);

describe('buildGlossary on the repository sources', () => {
  it('quotes every occurrence exactly from the cleaned document it names', () => {
    const docs = new Map(bundle.documents.map((d) => [d.id, d]));
    for (const term of bundle.terms) {
      for (const o of term.occurrences) {
        const doc = docs.get(o.doc);
        expect(doc, `${term.id}: unknown document ${o.doc}`).toBeDefined();
        expect(doc?.text.slice(o.start, o.end), `${term.id} in ${o.doc}@${o.start}`).toBe(o.text);
        expect(o.sentence).toContain(o.text);
      }
    }
  });

  it('records only surface strings that fold to one of the entry’s forms', () => {
    const fold = parseFoldTable(bundle.index.fold);
    for (const term of bundle.terms) {
      const forms = new Set(term.forms.map((f) => foldString(fold, f)));
      for (const o of term.occurrences) {
        expect(forms.has(foldString(fold, o.text)), `${term.id}: ${o.text}`).toBe(true);
      }
    }
  });

  it('counts per document add up to the occurrences', () => {
    for (const term of bundle.terms) {
      const total = Object.values(term.counts).reduce((a, b) => a + b, 0);
      expect(total, term.id).toBe(term.occurrences.length);
      for (const [doc, n] of Object.entries(term.counts)) {
        expect(term.occurrences.filter((o) => o.doc === doc).length, `${term.id} ${doc}`).toBe(n);
      }
    }
  });

  it('finds terms in the traditional-script document and gives a simplified sentence', () => {
    const traditional = bundle.documents.filter((d) => d.script === 'traditional');
    expect(traditional.map((d) => d.file)).toEqual(['002_960bf8173291ec51.txt']);
    const id = traditional[0]?.id as string;
    const found = bundle.terms.flatMap((t) => t.occurrences.filter((o) => o.doc === id));
    expect(found.length).toBeGreaterThan(50);
    const liDe = bundle.terms.find((t) => t.id === 'li-de-shu-ren');
    const there = liDe?.occurrences.find((o) => o.doc === id);
    expect(there?.text).toBe('立德樹人根本任務');
    expect(there?.sentenceSimplified).toContain('立德树人根本任务');
    expect(there?.sentence).not.toBe(there?.sentenceSimplified);
  });

  it('lists occurrences in document date order', () => {
    const date = new Map(bundle.documents.map((d) => [d.id, d.date]));
    for (const term of bundle.terms) {
      const dates = term.occurrences.map((o) => date.get(o.doc) as string);
      expect(dates, term.id).toEqual([...dates].sort());
    }
  });

  it('keeps only related ids that resolve to other entries', () => {
    const ids = new Set(bundle.terms.map((t) => t.id));
    for (const term of bundle.terms) {
      for (const rel of term.related) {
        expect(ids.has(rel), `${term.id} → ${rel}`).toBe(true);
        expect(rel).not.toBe(term.id);
      }
    }
  });

  it('indexes every form and every exclusion, and nothing else', () => {
    const { index } = bundle;
    expect(index.ids).toEqual(bundle.terms.map((t) => t.id));
    expect(index.categories).toEqual(bundle.terms.map((t) => t.category));
    const expected = bundle.terms.flatMap((t, i) => t.forms.map((f) => `${f}:${i}`));
    const real = index.patterns.filter(([, v]) => v !== BLOCKER).map(([f, v]) => `${f}:${v}`);
    expect(real.sort()).toEqual(expected.sort());
    expect(index.patterns.filter(([, v]) => v === BLOCKER).length).toBeGreaterThan(0);
  });

  it('attaches news provenance that adds up: monthly mentions, days, first and latest use', () => {
    const fold = parseFoldTable(bundle.index.fold);
    const withNews = bundle.terms.filter((t) => t.timeline);
    expect(withNews.length).toBeGreaterThan(bundle.terms.length * 0.9);
    for (const term of withNews) {
      const tl = term.timeline!;
      expect(
        tl.monthly.reduce((a, b) => a + b, 0),
        term.id,
      ).toBe(tl.mentions);
      expect(tl.monthly).toHaveLength(bundle.corpus!.months);
      expect(tl.days, term.id).toBeLessThanOrEqual(tl.mentions);
      expect(tl.first <= tl.last, term.id).toBe(true);
      const forms = new Set(term.forms.map((f) => foldString(fold, f)));
      for (const x of term.corpus) {
        expect(forms.has(foldString(fold, x.sentence.slice(x.start, x.end))), term.id).toBe(true);
        expect(x.sentence.length).toBeLessThanOrEqual(122);
      }
      expect(term.corpus[0]?.date, term.id).toBe(tl.first);
      expect(term.corpus[term.corpus.length - 1]?.date, term.id).toBe(tl.last);
      expect(term.first! <= tl.first, term.id).toBe(true);
      expect(term.mentions).toBe(tl.mentions + term.occurrences.length);
    }
  });

  it('is deterministic: the same sources give the same hash and version', () => {
    const again = buildGlossary(readGlossaryInput(root)).bundle;
    expect(again.hash).toBe(bundle.hash);
    expect(again.version).toBe(bundle.version);
    expect(again.index.hash).toBe(bundle.hash);
    expect(bundle.version).toBe(`${input.version}+${bundle.hash.slice(0, 8)}`);
  });

  it('changes the hash when a definition changes', () => {
    const entryFiles = input.entryFiles.map((f, i) =>
      i === 0 ? { ...f, text: f.text.replace('definition: 指', 'definition: 即') } : f,
    );
    expect(entryFiles[0]?.text).not.toBe(input.entryFiles[0]?.text);
    const edited = { ...input, entryFiles };
    expect(buildGlossary(edited).bundle.hash).not.toBe(bundle.hash);
  });
});

describe('buildGlossary on broken sources', () => {
  const entryFile = (text: string) => ({ file: 'seeds/terms/t.yaml', text });
  // Without the news corpus and the official-English table: these builds check the entries.
  const small = (entries: string): BuildInput => {
    const { corpus: _corpus, officialEnglishYaml: _english, ...seedsOnly } = input;
    return { ...seedsOnly, entryFiles: [entryFile(entries)] };
  };
  const one = (id: string, term: string) =>
    `- id: ${id}\n  term: ${term}\n  forms: [${term}]\n  category: formula\n  topic: party\n  english: e\n  gloss: g\n  definition: d\n`;

  it('fails with the file and entry named when an entry is invalid', () => {
    expect(() => buildGlossary(small(one('ok', '双减') + one('Bad Id', '四风')))).toThrow(
      /seeds\/terms\/t\.yaml: entry Bad Id: id:/,
    );
  });

  it('fails on duplicate ids and on a form claimed twice', () => {
    expect(() => buildGlossary(small(one('a', '双减') + one('a', '四风')))).toThrow(
      GlossaryInputError,
    );
    expect(() =>
      buildGlossary(small(one('a', '双减') + one('b', '四风').replace('[四风]', '[四风, 双减]'))),
    ).toThrow('form 双减 is in both a and b');
  });

  it('warns about an entry that never occurs in the sources', () => {
    const { warnings } = buildGlossary(small(one('a', '双减') + one('b', '不存在的词')));
    expect(warnings).toContain('b: no occurrence in the sources');
  });

  it('fails when an entry renders a term of the official-English table otherwise', () => {
    const table = '双减: { english: double reduction }\n';
    expect(() => buildGlossary({ ...small(one('a', '双减')), officialEnglishYaml: table })).toThrow(
      'a (双减): english is "e", officially "double reduction"',
    );
  });

  it('fails when a definition breaks an accuracy rule, naming the entry', () => {
    const bad = one('b', '四风').replace('definition: d', 'definition: 种子文本中常见的说法。');
    expect(() => buildGlossary(small(one('a', '双减') + bad))).toThrow(
      /b \(四风\): the definition uses internal wording "种子文本"/,
    );
  });
});
