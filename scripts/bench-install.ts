// Installing the packaged glossary into IndexedDB in real Chromium: a fresh profile each run, the
// built extension loaded, and the time the background itself recorded (meta 'glossaryInstall':
// fetch and parse glossary.json, then clear and store every term and document in one
// transaction). An upgrade runs the same code (clear, then store); a restart with the glossary
// already installed only compares the hash and reads nothing (lib/db-upgrade.test.ts).
// Usage: npm run bench:install [-- --runs 5]   (needs a build: npm run build)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './site/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

/** Waits until the background recorded the install; returns what it recorded. */
async function installRecord(page: Page): Promise<{ ms: number; terms: number }> {
  return page.evaluate(async () => {
    for (let i = 0; i < 600; i++) {
      const value = await new Promise<unknown>((done) => {
        const open = indexedDB.open('policy-terms');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) return done(undefined);
          const get = db.transaction('meta').objectStore('meta').get('glossaryInstall');
          get.onsuccess = () => done((get.result as { value?: unknown } | undefined)?.value);
          get.onerror = () => done(undefined);
        };
        open.onerror = () => done(undefined);
      });
      if (value) return value as { ms: number; terms: number };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no install recorded within 30 s');
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const installs: number[] = [];
let terms = 0;
const load = loadavg().map((x) => x.toFixed(2));
for (let i = 0; i < runs; i++) {
  const profileDir = mkdtempSync(join(tmpdir(), 'ptr-install-'));
  const browser = await launchWithExtension({
    extensionDir: EXTENSION,
    headless: true,
    profileDir,
  });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const record = await installRecord(page);
  installs.push(record.ms);
  terms = record.terms;
  await browser.close();
  rmSync(profileDir, { recursive: true, force: true });
}
const cpu = cpus();
console.log(
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores; load ${load.join(', ')}`,
);
console.log(
  `Glossary install into IndexedDB (${terms} terms), fresh profile, ${runs} runs: median ${median(installs)} ms (runs: ${installs.join(', ')} ms)`,
);
