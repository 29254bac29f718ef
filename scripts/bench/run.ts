// npm run bench: builds the extension, then in headless Chromium measures this extension on
// generated news pages against mark.js, advanced-mark.js and a bare text walk; adds the Node
// benches (matcher, popup search, notebook search) and bundle sizes; writes docs/benchmarks.md.
// Flags: --runs N (default 3), --no-build, --pages small,100k,540k,1m,5m,infinite, --cap SECONDS
// (peer cap, default 120), --markjs-runs N (default 1: mark.js hits the cap), --markjs-cap
// SECONDS (mark.js on the static pages; default: --cap), --markjs-5m (mark.js on 5m too), --out FILE,
// --profile (hot functions of the 1m scan, from a CPU profile, printed), --note TEXT (what else
// ran on the machine; printed under the machine table), --report-only (rewrite the doc from
// .bench/last-run.json without measuring).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, launchWithExtension } from '../site/browser.ts';
import { peerForms } from './forms.ts';
import {
  countIndexRequests,
  indexRequests,
  measureOurs,
  type OursResult,
  traceOurs,
} from './ours.ts';
import { benchPages, WITHOUT_PEERS } from './pages.ts';
import {
  type FloorResult,
  measureAdvancedMark,
  measureFloor,
  measureMarkJs,
  measurePeerInfinite,
  type PeerResult,
} from './peers.ts';
import { type BenchReport, writeReport } from './report.ts';
import { readBuiltGlossary } from '../../lib/glossary-build/built.ts';
import { benchSite, builtExtension, ROOT } from './setup.ts';
import { entrySizes } from './sizes.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    pages: { type: 'string', default: 'small,100k,540k,1m,5m,infinite' },
    cap: { type: 'string', default: '120' },
    'markjs-runs': { type: 'string', default: '1' },
    'markjs-cap': { type: 'string' },
    'markjs-5m': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    profile: { type: 'boolean', default: false },
    note: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
});
if (values['report-only']) {
  // Rewrites the doc from the last run's data (after editing notes.md or the report's layout).
  const last = JSON.parse(readFileSync(join(ROOT, '.bench/last-run.json'), 'utf8')) as BenchReport;
  writeFileSync(resolve(ROOT, values.out), writeReport(last));
  console.log(`wrote ${values.out} from .bench/last-run.json`);
  process.exit(0);
}
const runs = Number(values.runs);
const capMs = Number(values.cap) * 1000;
const markJsRuns = Number(values['markjs-runs']);
const markJsCapMs = values['markjs-cap'] ? Number(values['markjs-cap']) * 1000 : capMs;
const wanted = new Set(values.pages.split(','));
const log = (...args: unknown[]) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

if (!values['no-build']) log('building the extension (npm run -s build)');
const extensionDir = builtExtension({ build: !values['no-build'] });
const bundle = readBuiltGlossary();
const forms = peerForms(bundle);
const pages = benchPages(bundle).filter((p) => wanted.has(p.name));
const site = await benchSite(pages);

export interface PageRun {
  ours: OursResult;
  floor?: FloorResult;
  advanced?: PeerResult;
  markJs?: PeerResult;
  /** Infinite scroll: peers re-run on each appended article. */
  infinite?: Record<string, { ms: number; marks: number; capped: boolean }>;
}

const results: Record<string, PageRun[]> = {};
const traces: BenchReport['traces'] = {};
const indexCounts: Record<string, number>[] = [];
let markJsCappedAt1m = false;
const loadBefore = loadavg();
const loadSamples: number[] = [];
const sampler = setInterval(() => loadSamples.push(loadavg()[0] as number), 30_000);

for (let run = 0; run < runs; run++) {
  log(`run ${run + 1}/${runs}: this extension`);
  const ext = await launchWithExtension({ extensionDir, headless: true });
  await countIndexRequests(ext.worker);
  const ours: Record<string, OursResult> = {};
  for (const page of pages) {
    ours[page.name] = await measureOurs(
      ext.context,
      site.origin,
      ext.extensionId,
      ext.worker,
      page,
    );
    const o = ours[page.name] as OursResult;
    if (!page.appends) {
      // The profiler slows JavaScript more than the native walk the floor is: one more load
      // with no profiler, timed by the content script itself (a query string keeps its index
      // request and mark count apart from the profiled load's).
      const bare = { ...page, path: `${page.path}?unprofiled` };
      const plain = await measureOurs(
        ext.context,
        site.origin,
        ext.extensionId,
        ext.worker,
        bare,
        false,
      );
      o.selfTimedNoProfilerMs = plain.selfTimedMs;
      o.firstMarkNoProfilerMs = plain.firstHighlightAt - plain.indexAt;
    }
    log(
      `  ${page.name}: ${o.mainThreadMs.toFixed(1)} ms main thread (${o.selfTimedNoProfilerMs?.toFixed(1)} ms self-timed, no profiler), ${o.highlights} marks, scanned ${(o.scannedAt - o.indexAt).toFixed(0)} ms after the index`,
    );
  }
  indexCounts.push(await indexRequests(ext.worker));
  if (run === 0) {
    for (const page of pages.filter((p) => ['540k', '1m', '5m'].includes(p.name))) {
      traces[page.name] = await traceOurs(ext.context, site.origin, ext.extensionId, page);
      log(`  trace ${page.name}:`, traces[page.name]);
    }
  }
  await ext.close();

  log(`run ${run + 1}/${runs}: peers (plain Chromium, no extension)`);
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-extensions'],
  });
  const context = await plain.newContext({ viewport: { width: 1280, height: 900 } });
  for (const page of pages) {
    const entry: PageRun = { ours: ours[page.name] as OursResult };
    if (page.appends) {
      entry.infinite = {};
      for (const which of ['floor', 'advanced-mark.js', 'mark.js'] as const) {
        if (which === 'mark.js' && run >= markJsRuns) continue;
        entry.infinite[which] = await measurePeerInfinite(
          context,
          site.origin,
          page,
          forms,
          which,
          capMs,
        );
        log(`  ${page.name} ${which}:`, entry.infinite[which]);
      }
    } else {
      entry.floor = await measureFloor(context, site.origin, page);
      log(
        `  ${page.name} floor: ${entry.floor.wallMs.toFixed(1)} ms (${entry.floor.profiledMs.toFixed(1)} profiled)`,
      );
      if (!WITHOUT_PEERS.has(page.name)) {
        entry.advanced = await measureAdvancedMark(context, site.origin, page, forms, capMs);
        log(
          `  ${page.name} advanced-mark.js:`,
          entry.advanced.ms ?? '> cap',
          `${entry.advanced.formsDone}/${entry.advanced.formsTotal}`,
        );
        const skipMarkJs =
          run >= markJsRuns || (page.name === '5m' && (markJsCappedAt1m || !values['markjs-5m']));
        if (!skipMarkJs) {
          entry.markJs = await measureMarkJs(context, site.origin, page, forms, markJsCapMs);
          if (page.name === '1m' && entry.markJs.capped) markJsCappedAt1m = true;
          log(
            `  ${page.name} mark.js:`,
            entry.markJs.ms ?? '> cap',
            `${entry.markJs.formsDone}/${entry.markJs.formsTotal}`,
          );
        }
      }
    }
    (results[page.name] ??= []).push(entry);
  }
  await plain.close();
}

let profileNote: string | undefined;
if (values.profile && results['1m']) {
  // Every timing load is profiled already: the hot functions of the median 1m load.
  const loads = results['1m'].map((r) => r.ours).sort((a, b) => a.mainThreadMs - b.mainThreadMs);
  const median = loads[loads.length >> 1] as OursResult;
  profileNote = median.hot.map((h) => `${h.selfMs.toFixed(1)} ms ${h.name}`).join('\n');
  log('hot functions on 1m (self time, minified names):\n' + profileNote);
}
await site.close();
const sizes = entrySizes(extensionDir);
rmSync(extensionDir, { recursive: true, force: true });

log('node benches');
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const child = (script: string, args: string[]): string | null => {
  const path = join(ROOT, script);
  try {
    readFileSync(path);
  } catch {
    return null;
  }
  const r = spawnSync('npx', ['tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return (r.stdout || '') + (r.status === 0 ? '' : `\n(exit ${r.status}) ${r.stderr.slice(-2000)}`);
};
const nodeBenches = {
  matcher: child('scripts/bench-matcher.ts', ['--mb', '5', '--runs', '5']),
  // It writes its report to docs/ by default; keep that file the search bench's own.
  search: child('scripts/bench-search.ts', ['--out', '.bench/bench-search.md']),
  notebook: child('scripts/bench-notebook.ts', ['--count', '10000']),
};

clearInterval(sampler);
const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
const report: BenchReport = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: totalmem() / 2 ** 30,
    freeGb: freemem() / 2 ** 30,
    node: process.version,
    chromium: chromiumVersion,
    loadBefore,
    loadAfter: loadavg(),
    loadSamples,
    note: values.note,
  },
  runs,
  capMs,
  markJsCapMs,
  markJsRuns,
  formsCount: forms.length,
  pages: pages.map(({ name, textChars, textNodes, html, appends, appendEveryMs }) => ({
    name,
    textChars,
    textNodes,
    htmlBytes: Buffer.byteLength(html),
    appends,
    appendEveryMs,
  })),
  results,
  traces,
  indexCounts,
  sizes,
  nodeBenches,
  profileNote,
};
writeFileSync(join(ROOT, '.bench/last-run.json'), JSON.stringify(report, null, 1));
writeFileSync(resolve(ROOT, values.out), writeReport(report));
log(`wrote ${values.out} and .bench/last-run.json`);
