// Reads the glossary's sources from the repository: curated entries, document metadata, seeds,
// and the news corpus (seeds/corpus/*.tar.gz).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInput, BuildResult } from '../lib/glossary-build/build.ts';
import { extractCandidates, extractDatedCandidates } from '../lib/extract/candidates.ts';
import { type Corpus, loadCorpus } from '../lib/glossary-build/corpus.ts';
import { parseExclusions, renderReport } from '../lib/glossary-build/report.ts';
import { toSimplified } from '../lib/glossary-build/script.ts';

export const CORPUS_ARCHIVE = 'seeds/corpus/xwlb-2022-2026.tar.gz';
/** The corpus README's source line, shortened to what the glossary page shows. */
export const CORPUS_SOURCE =
  '《新闻联播》 transcripts, 2022-09-24 to 2026-08-22, from the public GitHub repository DuckBurnIncense/xin-wen-lian-bo (MIT License; the transcripts are CCTV’s published text)';

// Loading the corpus takes ~2 s; the unit tests build the glossary several times in one process.
const loaded = new Map<string, Corpus>();

export function readCorpus(root: string): Corpus | undefined {
  const file = join(root, CORPUS_ARCHIVE);
  if (!existsSync(file)) return undefined;
  let corpus = loaded.get(file);
  if (!corpus) {
    corpus = loadCorpus(readFileSync(file));
    loaded.set(file, corpus);
  }
  return corpus;
}

export function readGlossaryInput(root: string): BuildInput {
  const seedsDir = join(root, 'seeds');
  const termsDir = join(seedsDir, 'terms');
  const entryFiles = readdirSync(termsDir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('excluded'))
    .sort()
    .map((file) => ({
      file: `seeds/terms/${file}`,
      text: readFileSync(join(termsDir, file), 'utf8'),
    }));
  const seeds: Record<string, string> = {};
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    seeds[file] = readFileSync(join(seedsDir, file), 'utf8');
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const corpus = readCorpus(root);
  return {
    entryFiles,
    documentsYaml: existsSync(join(seedsDir, 'documents.yaml'))
      ? readFileSync(join(seedsDir, 'documents.yaml'), 'utf8')
      : '',
    seeds,
    version: pkg.version,
    ...(existsSync(join(seedsDir, 'official-english.yaml'))
      ? { officialEnglishYaml: readFileSync(join(seedsDir, 'official-english.yaml'), 'utf8') }
      : {}),
    ...(corpus ? { corpus: { corpus, source: CORPUS_SOURCE } } : {}),
  };
}

/** A news candidate is listed in the report when seen on at least this many days. */
export const NEWS_MIN_DAYS = 5;

/** seeds/terms/excluded*.yaml: the reviewed reasons for candidates left out. */
export function readExclusions(root: string): Map<string, string> {
  const dir = join(root, 'seeds/terms');
  const out = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => /^excluded.*\.yaml$/.test(f))
    .sort())
    for (const [k, v] of parseExclusions(readFileSync(join(dir, file), 'utf8'))) out.set(k, v);
  return out;
}

/** docs/glossary-report.md for a build: seed and news candidates against the reviewed exclusions. */
export function glossaryReport(root: string, input: BuildInput, result: BuildResult): string {
  const { bundle, warnings } = result;
  const candidates = extractCandidates(
    bundle.documents.map((d) => ({ id: d.id, text: toSimplified(d.text) })),
  );
  const news = input.corpus
    ? extractDatedCandidates(
        input.corpus.corpus.items.map((i) => ({ id: i.id, date: i.date, text: i.text })),
        NEWS_MIN_DAYS,
      )
    : [];
  return renderReport(bundle, candidates, readExclusions(root), warnings, news);
}
