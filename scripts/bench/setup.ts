// What `npm run bench` and scripts/bench/profile.ts both start from: a built extension in a
// private copy, the glossary bundle, and the local site serving the bench pages.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type SiteServer, startSite } from '../site/server.ts';
import type { BenchPage } from './pages.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the extension (unless `build` is false; `readable` skips minification so profiles
 * name functions as in the source) and returns a private copy of it: other work in the tree
 * may rebuild .output while a bench runs.
 */
export function builtExtension(options: { build: boolean; readable?: boolean }): string {
  if (options.build)
    execFileSync('npm', ['run', '-s', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...(options.readable ? { PTR_NO_MINIFY: '1' } : {}) },
    });
  const extensionDir = mkdtempSync(join(tmpdir(), 'ptr-bench-ext-'));
  cpSync(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
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
