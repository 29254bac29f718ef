// npm run bench:extract: recall of the candidate extraction on its own (as `terms --extract
// --no-glossary` runs it) on the seed documents and on days of the news corpus, in both scripts,
// with candidates per 10k characters and the time it takes. docs/extraction.md quotes a run.
//   npm run bench:extract -- --days 24
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';
import { traditionalOf } from '../lib/glossary-build/script.ts';
import type { ExtractDocument } from '../lib/extract/extract.ts';
import { extractionRecall, type Recall } from '../lib/extract/recall.ts';
import { toSimplified } from '../lib/extract/simplify.ts';
import { readCorpus } from './glossary-input.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: '24' } } });
const dayCount = Number(values.days);
const root = join(import.meta.dirname, '..');
const bundle = readBuiltGlossary();
const headword = new Map(bundle.terms.map((t) => [t.id, t.term]));
const category = new Map(bundle.terms.map((t) => [t.id, t.category]));

const seeds: ExtractDocument[] = bundle.documents.map((d) => ({ id: d.id, text: d.text }));
const corpus = readCorpus(root);
if (!corpus) throw new Error('no news corpus at seeds/corpus/: run from a full checkout');
// Days spread evenly over the corpus, each day's items as one document (a day's programme).
const byDate = new Map<string, string[]>();
for (const item of corpus.items)
  byDate.set(item.date, [...(byDate.get(item.date) ?? []), item.text]);
const dates = [...byDate.keys()].sort();
const step = dates.length / dayCount;
const days: ExtractDocument[] = Array.from({ length: dayCount }, (_, i) => {
  const date = dates[Math.floor(i * step)] as string;
  return { id: date, text: (byDate.get(date) as string[]).join('\n') };
});
const traditional = (docs: ExtractDocument[]) =>
  docs.map((d) => ({ id: d.id, text: traditionalOf(d.text) }));

/** The recall, and the median time of three runs after a warm-up (the machine is shared). */
function measure(docs: ExtractDocument[]): { recall: Recall; ms: number } {
  let recall = extractionRecall(docs, bundle.index, toSimplified);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    recall = extractionRecall(docs, bundle.index, toSimplified);
    times.push(performance.now() - t0);
  }
  return { recall, ms: times.sort((a, b) => a - b)[1] as number };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
function row(name: string, docs: ExtractDocument[]): Recall {
  const { recall: r, ms } = measure(docs);
  console.log(
    `| ${name} | ${docs.length} | ${r.characters.toLocaleString('en')} | ${r.candidates} | ${((r.candidates * 1e4) / r.characters).toFixed(1)} | ${r.entries} | ${r.found} | **${pct(r.found, r.entries)}** | ${pct(r.marksFound, r.marks)} | ${pct(r.within, r.entries)} | ${((ms * 1e5) / r.characters).toFixed(0)} ms |`,
  );
  return r;
}

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}`,
);
console.log(
  `Glossary ${bundle.version}: ${bundle.terms.length} entries. News days: ${dayCount} of ${dates.length}, evenly spaced from ${days[0]?.id} to ${days[days.length - 1]?.id}.`,
);
console.log('');
console.log(
  '| texts | documents | characters | candidates | per 10k chars | entries marked | found | recall (entries) | recall (marks) | within a candidate | time per 100k chars |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
row('seeds, as published (4 simplified, 1 traditional)', seeds);
row('seeds, all in traditional (opencc cn→t)', traditional(seeds));
const news = row('news days, together', days);
row('news days, together, traditional', traditional(days));
// One day at a time: what a user adding a single document sees.
let found = 0;
let entries = 0;
let candidates = 0;
let characters = 0;
let within = 0;
for (const day of days) {
  const r = extractionRecall([day], bundle.index, toSimplified);
  found += r.found;
  within += r.within;
  entries += r.entries;
  candidates += r.candidates;
  characters += r.characters;
}
console.log(
  `| news days, one at a time (summed) | ${days.length} | ${characters.toLocaleString('en')} | ${candidates} | ${((candidates * 1e4) / characters).toFixed(1)} | ${entries} | ${found} | **${pct(found, entries)}** | – | ${pct(within, entries)} | – |`,
);
console.log('');
console.log(
  `Most-marked entries the extraction missed in the news days: ${news.missed
    .slice(0, 20)
    .map((m) => `${headword.get(m.id) ?? m.id} (${m.marks})`)
    .join(', ')}`,
);

// Recall by category: the extraction finds what the text marks (quotes, titles, numbered
// formulas, names with a head noun), so it depends on how a kind of term is written.
const byCategory = new Map<string, { entries: number; found: number }>();
const tally = (id: string, found: boolean) => {
  const key = category.get(id) ?? '?';
  const c = byCategory.get(key) ?? { entries: 0, found: 0 };
  c.entries++;
  if (found) c.found++;
  byCategory.set(key, c);
};
for (const id of news.foundIds) tally(id, true);
for (const m of news.missed) tally(m.id, false);
console.log('');
console.log('Recall by category, news days together (entries found / marked):');
console.log('');
console.log('| category | found / marked | recall |');
console.log('|---|---|---|');
for (const [name, c] of [...byCategory].sort((a, b) => b[1].entries - a[1].entries))
  console.log(`| ${name} | ${c.found} / ${c.entries} | ${pct(c.found, c.entries)} |`);
