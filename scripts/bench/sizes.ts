// Bundle sizes of every entrypoint of the built extension: its own file plus every chunk and
// stylesheet it loads (followed through ES imports), raw and gzip (level 9).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Relative ES imports of a built module, resolved against its own path. */
function importsOf(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, file), 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    out.push(posix.normalize(posix.join(posix.dirname(file), m[1] as string)));
  }
  return out;
}

function closure(dir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...importsOf(dir, file));
  }
  return [...seen].sort();
}

export function entrySizes(dir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const entries: [string, string[]][] = [];
  if (manifest.background?.service_worker)
    entries.push(['background', [manifest.background.service_worker]]);
  for (const cs of manifest.content_scripts ?? [])
    entries.push(['content script', [...(cs.js ?? []), ...(cs.css ?? [])]]);
  for (const page of ['popup', 'options', 'glossary', 'notebook']) {
    const html = `${page}.html`;
    if (!existsSync(join(dir, html))) continue;
    const text = readFileSync(join(dir, html), 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(
      (m) => m[1] as string,
    );
    entries.push([page, [html, ...refs]]);
  }
  return entries.map(([entry, roots]) => {
    const files = closure(dir, roots);
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = readFileSync(join(dir, f));
      raw += buf.length;
      gzip += gz(buf);
    }
    return { entry, files, raw, gzip };
  });
}
