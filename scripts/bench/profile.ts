// Quick loop for speed work: the content script alone on one bench page, N loads, with the
// hot functions of the median load. Not part of `npm run bench` (no peers, no report).
// Usage: tsx scripts/bench/profile.ts [--page 1m] [--loads 3] [--no-build] [--readable]
// --readable builds without minification (PTR_NO_MINIFY=1) so function names are the source's.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../site/browser.ts';
import { countIndexRequests, measureOurs, type OursResult } from './ours.ts';
import { benchPages } from './pages.ts';
import { readBuiltGlossary } from '../../lib/glossary-build/built.ts';
import { benchSite, builtExtension } from './setup.ts';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '1m' },
    loads: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    readable: { type: 'boolean', default: false },
    'no-profiler': { type: 'boolean', default: false },
  },
});
const extensionDir = builtExtension({ build: !values['no-build'], readable: values.readable });
const page = benchPages(readBuiltGlossary()).find((p) => p.name === values.page);
if (!page) throw new Error(`no bench page named ${values.page}`);
const site = await benchSite([page]);
const ext = await launchWithExtension({ extensionDir, headless: true });
await countIndexRequests(ext.worker);
const results: OursResult[] = [];
for (let i = 0; i < Number(values.loads); i++) {
  const r = await measureOurs(
    ext.context,
    site.origin,
    ext.extensionId,
    ext.worker,
    page,
    !values['no-profiler'],
  );
  results.push(r);
  console.log(
    `${page.name}: main thread ${r.mainThreadMs.toFixed(1)} ms (gc ${r.gcMs.toFixed(1)}), self-timed ${r.selfTimedMs.toFixed(1)} ms, index→first mark ${(r.firstHighlightAt - r.indexAt).toFixed(1)} ms, index→scanned ${(r.scannedAt - r.indexAt).toFixed(0)} ms, ${r.highlights} marks, load ${loadavg()[0]?.toFixed(2)}`,
  );
}
results.sort((a, b) => a.selfTimedMs - b.selfTimedMs);
const median = results[results.length >> 1] as OursResult;
console.log('hot functions of the median load (self ms):');
for (const h of median.hot) console.log(`  ${h.selfMs.toFixed(1).padStart(7)}  ${h.name}`);
await ext.close();
await site.close();
rmSync(extensionDir, { recursive: true, force: true });
