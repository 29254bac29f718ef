// npm run bench:matcher: matcher throughput in Node with the full glossary index, against a naive
// regular-expression alternation of every form, plus the time the glossary build takes.
// Prints a markdown table; docs/benchmarks-matcher.md quotes a run and says how to read it.
//   npm run bench:matcher -- --mb 20 --runs 5

import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGlossary } from '../lib/glossary-build/build.ts';
import { extractCandidates, extractDatedCandidates } from '../lib/extract/candidates.ts';
import { renderReport } from '../lib/glossary-build/report.ts';
import { toSimplified, traditionalOf } from '../lib/glossary-build/script.ts';
import { createMatcher } from '../lib/matcher/matcher.ts';
import { NEWS_MIN_DAYS, readExclusions, readGlossaryInput } from './glossary-input.ts';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
  },
});
const targetBytes = Number(values.mb) * 1e6;
const runs = Number(values.runs);

const root = join(import.meta.dirname, '..');
const bundle = readBuiltGlossary();

function repeatTo(unit: string, bytes: number): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.max(1, Math.round(bytes / unitBytes)));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Timing {
  /** Median wall-clock seconds. */
  wall: number;
  /** Median CPU seconds of this process (user + system): less disturbed by other processes. */
  cpu: number;
  result: number;
}

/** Two warm-up calls, then `runs` timed calls; medians of wall and CPU time. */
function time(fn: () => number): Timing {
  let result = fn();
  result = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu), result };
}

const seedText = bundle.documents.map((d) => d.text).join('\n\n');
const texts: [string, string][] = [
  [
    '(a) cleaned seeds, as published (4 simplified, 1 traditional)',
    repeatTo(seedText, targetBytes),
  ],
  ['(b) the same, traditional (opencc cn→t)', repeatTo(traditionalOf(seedText), targetBytes)],
];

const setupStart = performance.now();
const matcher = createMatcher(bundle.index);
const setupMs = performance.now() - setupStart;

// (c) The naive alternative: one regex of every form and every traditional variant (so it can
// match traditional text at all), longest first, with the u flag.
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const allForms = [...new Set(bundle.terms.flatMap((t) => [...t.forms, ...t.variants]))].sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);
const regex = new RegExp(allForms.map(escapeRegex).join('|'), 'gu');
const regexCount = (text: string) => {
  let n = 0;
  regex.lastIndex = 0;
  while (regex.exec(text) !== null) n++;
  return n;
};

const load = loadavg().map((x) => x.toFixed(1));
const rows: string[] = [];
for (const [name, text] of texts) {
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const lines = text.split('\n');
  const ours = time(() => matcher.findTerms(text).length);
  const perLine = time(() => {
    let n = 0;
    for (const line of lines) n += matcher.findTerms(line).length;
    return n;
  });
  const naive = time(() => regexCount(text));
  const rate = (t: Timing) => `${(mb / t.cpu).toFixed(0)} (${(mb / t.wall).toFixed(0)})`;
  rows.push(
    `| ${name} | ${mb.toFixed(1)} | ${rate(ours)} | ${rate(perLine)} | ${rate(naive)} | ${ours.result} / ${naive.result} |`,
  );
}

// The glossary build as npm run glossary does it, minus reading and writing files (the corpus is
// loaded once, before): build, candidates, report.
const input = readGlossaryInput(root);
const exclusions = readExclusions(root);
const buildMs: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const { bundle: built, warnings } = buildGlossary(input);
  const candidates = extractCandidates(
    built.documents.map((d) => ({ id: d.id, text: toSimplified(d.text) })),
  );
  const news = input.corpus ? extractDatedCandidates(input.corpus.corpus.items, NEWS_MIN_DAYS) : [];
  renderReport(built, candidates, exclusions, warnings, news);
  buildMs.push(performance.now() - t0);
}

const cpu = cpus();
console.log(
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores; Node ${process.version}`,
);
console.log(`Load average (1, 5, 15 min) at the start: ${load.join(', ')}`);
console.log(
  `Index: ${bundle.terms.length} entries, ${bundle.index.patterns.length} patterns, ${bundle.index.fold.length / 2} fold pairs; regex: ${allForms.length} alternatives. Matcher setup: ${setupMs.toFixed(1)} ms.`,
);
console.log(
  `MB/s = 10^6 UTF-8 bytes of input per second of CPU time (wall-clock time in brackets); median of ${runs} runs after 2 warm-up runs.`,
);
console.log('');
console.log(
  '| text | MB | ours, whole text | ours, line by line | regex alternation | matches ours / regex |',
);
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('');
console.log(
  `Glossary build (build + candidates + report, in process, no file writes): ${buildMs.map((ms) => `${Math.round(ms)} ms`).join(', ')} (first run cold)`,
);
