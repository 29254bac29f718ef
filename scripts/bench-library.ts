// npm run bench:library: issue 16's budgets in headless Chromium with the extension loaded —
// (a) a 100-page Chinese PDF added to the library and its candidates shown within 10 s; (b) the
// reader opening a 300k-character document and drawing its first screen of marks within 1 s;
// (c) 2,000 of the user's own terms keeping the content script's start-up and the 540k page scan
// within 10% of their figures without them. Builds the extension, makes its inputs from the news
// corpus, prints the budgets and writes docs/benchmarks-library.md (scripts/bench-library/).
// Flags: --runs N (default 5), --cold-loads N (worker-stopped loads per state and run, default
// 2), --small-loads N (timed small-page loads per state and run, default 5), --only a,b,c, --no-build, --readable (unminified build: profile names as in the source),
// --note TEXT (what else ran on the machine), --out FILE, --report-only (rewrite the doc from
// .bench/library-last-run.json without measuring).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';
import { benchPages } from './bench/pages.ts';
import { benchSite, builtExtension, ROOT } from './bench/setup.ts';
import {
  type CandidatesPath,
  type CandidatesRun,
  hasCandidatesView,
  measureCandidates,
} from './bench-library/candidates.ts';
import {
  addThroughLibrary,
  clearLibrary,
  openLibrary,
  setMyTerms,
  storedDocument,
} from './bench-library/extension-pages.ts';
import { makeInputs } from './bench-library/inputs.ts';
import { measureTermsRun, servedEntries, type TermsRun } from './bench-library/my-terms.ts';
import { measureReader, profileReader, type ReaderRun } from './bench-library/reader.ts';
import { budgetRows, type LibraryReport, writeLibraryReport } from './bench-library/report.ts';
import { addExtractionWorker } from './bench-library/worker-bundle.ts';
import { CHROMIUM, launchWithExtension } from './site/browser.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'cold-loads': { type: 'string', default: '2' },
    'small-loads': { type: 'string', default: '5' },
    only: { type: 'string', default: 'a,b,c' },
    'no-build': { type: 'boolean', default: false },
    readable: { type: 'boolean', default: false },
    note: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks-library.md' },
    'report-only': { type: 'boolean', default: false },
  },
});
if (values['report-only']) {
  // Rewrites the doc from the last run's figures (after editing notes.md or the layout).
  const last = JSON.parse(
    readFileSync(join(ROOT, '.bench/library-last-run.json'), 'utf8'),
  ) as LibraryReport;
  const notes = readFileSync(join(ROOT, 'scripts/bench-library/notes.md'), 'utf8');
  writeFileSync(resolve(ROOT, values.out), writeLibraryReport(last, notes));
  console.log(`wrote ${values.out} from .bench/library-last-run.json`);
  process.exit(0);
}
const runs = Number(values.runs);
const only = new Set(values.only.split(','));
const log = (...args: unknown[]) =>
  console.log(`[bench:library ${new Date().toISOString().slice(11, 19)}]`, ...args);
const loadBefore = loadavg();

if (!values['no-build']) log('building the extension (npm run -s build, then build:bench)');
const extensionDir = builtExtension({ build: !values['no-build'], readable: values.readable });
await addExtractionWorker(extensionDir);
log('making the inputs from the news corpus');
const work = mkdtempSync(join(tmpdir(), 'ptr-bench-library-'));
const inputs = await makeInputs(ROOT, work);
log(
  `PDF ${inputs.pdf.pages} pages (${inputs.pdf.characters} characters); text ${inputs.text.characters} characters; ${inputs.terms.rows.length} terms`,
);
const bundle = readBuiltGlossary();

// (a) A fresh browser per run: its first PDF (pdf.js and the parsers loaded for the first time),
// then a second one in a new library tab.
const candidates: CandidatesRun[] = [];
if (only.has('a')) {
  let path: CandidatesPath = 'worker';
  for (let run = 0; run < runs; run++) {
    const ext = await launchWithExtension({ extensionDir, headless: true });
    if (run === 0) {
      path = (await hasCandidatesView(ext.context, ext.extensionId)) ? 'view' : 'worker';
      log(
        `(a) candidates: ${path === 'view' ? 'through the candidates view' : 'no candidates view in this build: added + extraction in the worker'}`,
      );
    }
    for (const warm of [false, true]) {
      const page = await openLibrary(ext.context, ext.extensionId);
      const result = await measureCandidates(page, inputs.pdf.path, path);
      candidates.push(result);
      log(
        `(a) run ${run + 1} ${warm ? 'warm' : 'fresh'}: added ${result.addedMs.toFixed(0)} ms, candidates +${result.candidatesMs.toFixed(0)} ms, total ${result.totalMs.toFixed(0)} ms, ${result.candidates} candidates`,
      );
      await clearLibrary(page);
      await page.close();
    }
    await ext.close();
  }
}

// (b) The document is added once, through the library; each run restarts the browser on that
// profile (the service worker and the page's code start cold), opens the reader, then twice more.
const reader: ReaderRun[] = [];
let readerProfile: LibraryReport['readerProfile'];
let storedChars = 0;
if (only.has('b')) {
  const profileDir = mkdtempSync(join(tmpdir(), 'ptr-bench-library-profile-'));
  let ext = await launchWithExtension({ extensionDir, headless: true, profileDir });
  const page = await openLibrary(ext.context, ext.extensionId);
  const { id } = await addThroughLibrary(page, inputs.text.path);
  storedChars = (await storedDocument(page, id))?.text.length ?? 0;
  await ext.close();
  for (let run = 0; run < runs; run++) {
    ext = await launchWithExtension({ extensionDir, headless: true, profileDir });
    for (let open = 0; open < 3; open++) {
      const r = await measureReader(ext.context, ext.extensionId, id, open === 0);
      reader.push(r);
      log(
        `(b) run ${run + 1} ${r.cold ? 'first open' : 'again'}: text ${r.textMs.toFixed(0)} ms, first screen of marks ${r.firstScreenMs.toFixed(0)} ms, all marks ${r.allMarksMs.toFixed(0)} ms (${r.marksOnScreen} on screen, ${r.marksTotal} in all)`,
      );
    }
    if (run === runs - 1) readerProfile = await profileReader(ext.context, ext.extensionId, id);
    await ext.close();
  }
  rmSync(profileDir, { recursive: true, force: true });
}

// (c) Both states in every browser, their order swapped each run.
const terms: TermsRun[] = [];
let builtinEntries = bundle.index.ids.length;
let servedWithTerms = 0;
if (only.has('c')) {
  const pages = benchPages(bundle).filter((p) => p.name === 'small' || p.name === '540k');
  const site = await benchSite(pages);
  const [small, page540k] = pages as [(typeof pages)[0], (typeof pages)[0]];
  for (let run = 0; run < runs; run++) {
    const ext = await launchWithExtension({ extensionDir, headless: true });
    if (run === 0) {
      const control = await openLibrary(ext.context, ext.extensionId);
      builtinEntries = await servedEntries(control);
      await setMyTerms(control, inputs.terms.rows);
      servedWithTerms = await servedEntries(control);
      await control.close();
    }
    log(`(c) run ${run + 1}/${runs}`);
    const order = run % 2 === 0 ? (['none', 'mine'] as const) : (['mine', 'none'] as const);
    const results = await measureTermsRun(
      ext,
      site.origin,
      { small, page540k },
      inputs.terms.rows,
      [...order],
      Number(values['cold-loads']),
      log,
      Number(values['small-loads']),
    );
    // Stored by run, without terms first, so the report reads run by run.
    terms.push(
      ...[...results].sort((a, b) => (a.state === 'none' ? -1 : b.state === 'none' ? 1 : 0)),
    );
    await ext.close();
  }
  await site.close();
}

rmSync(extensionDir, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
const report: LibraryReport = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: totalmem() / 2 ** 30,
    node: process.version,
    chromium: execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim(),
    loadBefore,
    loadAfter: loadavg(),
    note: values.note,
  },
  command: `npm run bench:library${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  runs,
  inputs: {
    pdf: { ...inputs.pdf, path: 'news-report.pdf' },
    text: { ...inputs.text, path: 'news-300k.txt', storedChars },
    terms: {
      fromDays: inputs.terms.fromDays,
      characters: inputs.terms.characters,
      skipped: inputs.terms.skipped,
      count: inputs.terms.rows.length,
      sample: inputs.terms.rows.slice(0, 8).map((t) => t.term),
    },
    builtinEntries,
    servedWithTerms,
  },
  candidates,
  reader,
  readerProfile,
  terms,
};
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/library-last-run.json'), JSON.stringify(report, null, 1));
console.log(['', ...budgetRows(report), ''].join('\n'));
if (only.size === 3) {
  const notes = readFileSync(join(ROOT, 'scripts/bench-library/notes.md'), 'utf8');
  writeFileSync(resolve(ROOT, values.out), writeLibraryReport(report, notes));
  log(`wrote ${values.out} and .bench/library-last-run.json`);
} else log('wrote .bench/library-last-run.json (the doc is written only when all three ran)');
