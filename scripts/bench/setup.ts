// What `npm run bench` and scripts/bench/profile.ts both start from: a built extension in a
// private copy (the bench build, see wxt.config.ts) and the local site serving the bench pages.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type SiteServer, startSite } from '../site/server.ts';
import type { BenchPage } from './pages.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** `npm run build:bench` writes here: the build with the content script's performance marks. */
export const BENCH_EXTENSION_DIR = join(ROOT, '.output/bench/chrome-mv3');

/**
 * Builds the extension (unless `build` is false; `readable` skips minification so profiles
 * name functions as in the source) and returns a private copy of it: other work in the tree
 * may rebuild .output while a bench runs.
 */
export function builtExtension(options: { build: boolean; readable?: boolean }): string {
  if (options.build) {
    const env = { ...process.env, ...(options.readable ? { PTR_NO_MINIFY: '1' } : {}) };
    const run = (script: string) =>
      execFileSync('npm', ['run', '-s', script], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        env,
      });
    // The user's build (the report's bundle sizes) and the bench build, whose content script
    // leaves the performance marks the bench reads (wxt.config.ts).
    run('build');
    run('build:bench');
  }
  const extensionDir = mkdtempSync(join(tmpdir(), 'ptr-bench-ext-'));
  cpSync(BENCH_EXTENSION_DIR, extensionDir, { recursive: true });
  return extensionDir;
}

/** The local site with the blank page the harness loads before each page, and `pages`. */
export async function benchSite(pages: BenchPage[]): Promise<SiteServer> {
  const site = await startSite({ root: ROOT });
  site.page('/bench/blank.html', '<!doctype html><title>blank</title>');
  for (const p of pages) {
    site.page(p.path, p.html);
    if (p.finalHtml) site.page(`/bench/${p.name}-final.html`, p.finalHtml);
  }
  return site;
}
