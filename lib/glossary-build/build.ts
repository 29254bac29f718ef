// The glossary build: curated entries + cleaned seeds → one versioned, content-hashed bundle.
// Pure apart from hashing; scripts/build-glossary.ts does the file I/O.
import { createHash } from 'node:crypto';
import { compileTrie } from '../matcher/compile.ts';
import { BLOCKER, createMatcher } from '../matcher/matcher.ts';
import { sentenceAround } from '../sentences.ts';
import type { BuildIndex, BuiltGlossary, Occurrence, SeedDocument, TermEntry } from '../types.ts';
import { checkEntryAccuracy, joinSources } from './checks.ts';
import { checkOfficialEnglish, parseOfficialEnglish } from './english.ts';
import { checkEnglishCase } from './english-case.ts';
import type { Corpus } from './corpus.ts';
import { corpusProvenance } from './corpus-provenance.ts';
import { loadDocuments } from './documents.ts';
import { type CuratedEntry, checkEntrySet, GlossaryInputError, parseEntries } from './entries.ts';
import { pinyinOf } from './pinyin.ts';
import { buildFoldTable, toSimplified, traditionalOf, traditionalVariants } from './script.ts';

export interface BuildInput {
  entryFiles: { file: string; text: string }[];
  documentsYaml: string;
  seeds: Record<string, string>;
  version: string;
  /** seeds/official-english.yaml: the reviewed official English renderings. */
  officialEnglishYaml?: string;
  /** The news corpus, loaded (lib/glossary-build/corpus.ts), and its one-line source. */
  corpus?: { corpus: Corpus; source: string };
}

export interface BuildResult {
  bundle: BuiltGlossary;
  entries: CuratedEntry[];
  warnings: string[];
}

export function buildGlossary(input: BuildInput): BuildResult {
  const entries = input.entryFiles
    .flatMap(({ file, text }) => parseEntries(file, text))
    .sort((a, b) => a.id.localeCompare(b.id));
  const { errors, warnings } = checkEntrySet(entries);
  if (errors.length > 0) throw new GlossaryInputError(errors.join('\n'));

  const documents = loadDocuments(input.documentsYaml, input.seeds);
  const corpus = input.corpus;
  const accuracy = checkEntryAccuracy(
    entries,
    joinSources([
      ...documents.map((d) => toSimplified(d.text)),
      ...(corpus?.corpus.items.map((item) => item.text) ?? []),
    ]),
  );
  accuracy.push(...checkEnglishCase(entries));
  if (input.officialEnglishYaml)
    accuracy.push(
      ...checkOfficialEnglish(entries, parseOfficialEnglish(input.officialEnglishYaml)),
    );
  if (accuracy.length > 0) throw new GlossaryInputError(accuracy.join('\n'));
  const index = buildMatchIndex(entries);
  const occurrences = findOccurrences(index, documents);
  const news = corpus ? corpusProvenance(index, corpus.corpus, corpus.source) : undefined;
  const ids = new Set(entries.map((e) => e.id));
  const docDate = new Map(documents.map((d) => [d.id, d.date]));

  const terms: TermEntry[] = entries.map((entry) => {
    const found = occurrences.get(entry.id) ?? [];
    const timeline = news?.timelines.get(entry.id);
    if (found.length === 0 && !timeline) warnings.push(`${entry.id}: no occurrence in the sources`);
    const counts: Record<string, number> = {};
    for (const o of found) counts[o.doc] = (counts[o.doc] ?? 0) + 1;
    const seedDates = [...new Set(found.map((o) => docDate.get(o.doc) ?? ''))].filter(Boolean);
    const first = [...seedDates, ...(timeline ? [timeline.first] : [])].sort()[0];
    const { pinyin, plain, initials } = pinyinOf(entry.term, entry.pinyin);
    return {
      id: entry.id,
      term: entry.term,
      traditional: traditionalOf(entry.term),
      forms: entry.forms,
      variants: [...new Set(entry.forms.flatMap(traditionalVariants))],
      category: entry.category,
      topic: entry.topic,
      english: entry.english,
      ...(entry.englishAlt ? { englishAlt: entry.englishAlt } : {}),
      gloss: entry.gloss,
      definition: entry.definition,
      definitionTraditional: traditionalOf(entry.definition),
      membersTraditional: entry.members.map(traditionalOf),
      pinyin,
      pinyinPlain: plain,
      initials,
      members: entry.members,
      related: entry.related.filter((r) => ids.has(r) && r !== entry.id),
      ...(entry.year ? { year: entry.year } : {}),
      ...(entry.source ? { source: entry.source } : {}),
      occurrences: found,
      counts,
      ...(timeline ? { timeline } : {}),
      corpus: news?.excerpts.get(entry.id) ?? [],
      ...(first ? { first } : {}),
      mentions: found.length + (timeline?.mentions ?? 0),
      // A seed's date and a news day may coincide; the same date counts once.
      days: new Set([...seedDates, ...(news?.daySets.get(entry.id) ?? [])]).size,
    };
  });

  const content = { terms, documents, index: { ...index, hash: '' }, corpus: news?.info };
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  return {
    bundle: {
      schema: 1,
      version: `${input.version}+${hash.slice(0, 8)}`,
      hash,
      terms,
      documents,
      index: { ...index, hash },
      ...(news ? { corpus: news.info } : {}),
    },
    entries,
    warnings,
  };
}

/**
 * The compact index the content script matches with: simplified forms, blockers, fold table, and
 * the trie compiled from them (the extension ships the index without the pattern list).
 */
export function buildMatchIndex(entries: CuratedEntry[]): BuildIndex {
  const patterns: [string, number][] = [];
  const chars = new Set<string>();
  entries.forEach((entry, i) => {
    for (const form of entry.forms) patterns.push([form, i]);
    for (const blocked of entry.exclude) patterns.push([blocked, BLOCKER]);
    for (const s of [...entry.forms, ...entry.exclude]) for (const ch of s) chars.add(ch);
  });
  patterns.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  let fold = '';
  const forms = entries.flatMap((e) => e.forms);
  for (const [from, to] of [...buildFoldTable(chars, forms)].sort()) fold += from + to;
  return {
    hash: '',
    ids: entries.map((e) => e.id),
    categories: entries.map((e) => e.category),
    topics: entries.map((e) => e.topic),
    patterns,
    fold,
    trie: compileTrie({ patterns, fold }),
  };
}

/** Every occurrence of every term in the cleaned seeds, nested ones included. */
function findOccurrences(index: BuildIndex, documents: SeedDocument[]): Map<string, Occurrence[]> {
  const matcher = createMatcher(index);
  const out = new Map<string, Occurrence[]>();
  const add = (doc: SeedDocument, start: number, end: number, term: number) => {
    const id = index.ids[term] as string;
    const sentence = sentenceAround(doc.text, start, end);
    const list = out.get(id) ?? [];
    list.push({
      doc: doc.id,
      start,
      end,
      text: doc.text.slice(start, end),
      sentence,
      sentenceSimplified: doc.script === 'traditional' ? toSimplified(sentence) : sentence,
    });
    out.set(id, list);
  };
  const byDate = [...documents].sort((a, b) => a.date.localeCompare(b.date));
  for (const doc of byDate) {
    for (const match of matcher.findTerms(doc.text)) {
      add(doc, match.start, match.end, match.term);
      for (const inner of matcher.findInner(doc.text, match.start, match.end)) {
        add(doc, inner.start, inner.end, inner.term);
      }
    }
  }
  return out;
}
