// What the extension asks for and what it ships, read from the built package (the thing users
// install), not from wxt.config.ts: the permission set is exactly the one README.md documents,
// the CSP is the browser's default, no script or style comes from outside the package, and
// neither the source nor the bundle writes strings into the DOM as HTML.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES } from './render-icons.ts';

const ROOT = join(import.meta.dirname, '..');
// Built fresh for this file, into a directory of its own: checking whatever stale build happened
// to be in .output proved nothing about the code under test.
const OUT = mkdtempSync(join(tmpdir(), 'ptr-manifest-'));
const CHROME = join(OUT, 'user/chrome-mv3');
const FIREFOX = join(OUT, 'user/firefox-mv2');
const BENCH = join(OUT, 'bench/chrome-mv3');

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The permissions README.md's "Permissions" table lists, as `name` in its first column. */
function documentedPermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((line) => /^\| `([^`]+)`/.exec(line)?.[1] as string).sort();
}

function build(out: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync('npx', ['wxt', 'build', ...args], {
    cwd: ROOT,
    stdio: 'ignore',
    // As `npm run build` runs it: vitest's NODE_ENV=test would give a development JSX runtime.
    env: { ...process.env, NODE_ENV: 'production', PTR_OUT_DIR: out, ...env },
  });
}

beforeAll(() => {
  build(join(OUT, 'user'), []);
  build(join(OUT, 'user'), ['-b', 'firefox']);
  build(join(OUT, 'bench'), [], { PTR_BENCH: '1' });
}, 240_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** The content script's code, as the manifest names it. */
function contentScript(dir: string): string {
  const [script] = readManifest(dir).content_scripts ?? [];
  return (script?.js ?? []).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
}

describe('the bench instrumentation', () => {
  const instrumentation = [/performance\.mark\(/, /policy-terms:/];

  it('is not in the content script users get: any page could read the marks', () => {
    const code = contentScript(CHROME);
    expect(code.length).toBeGreaterThan(10_000);
    for (const pattern of instrumentation) expect(code).not.toMatch(pattern);
  });

  it('is in the bench build (so the check above looks for the right thing)', () => {
    const code = contentScript(BENCH);
    for (const pattern of instrumentation) expect(code).toMatch(pattern);
  });
});

describe('the built Chrome manifest', () => {
  it('asks for exactly the permissions README.md documents', () => {
    const manifest = readManifest(CHROME);
    expect(documentedPermissions()).toEqual(['contextMenus', 'storage']);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(documentedPermissions());
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('keeps the default CSP and exposes nothing to web pages', () => {
    const manifest = readManifest(CHROME);
    expect(manifest.content_security_policy).toBeUndefined();
    // No page can load our files (fingerprinting) or message the background directly.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('injects only packaged files into pages', () => {
    const scripts = readManifest(CHROME).content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    for (const file of [...(scripts[0]?.js ?? []), ...(scripts[0]?.css ?? [])]) {
      expect(existsSync(join(CHROME, file)), file).toBe(true);
    }
  });

  it('loads no script or style from outside the package', () => {
    for (const file of files(CHROME).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/g)].map((m) => m[1]);
      for (const ref of refs) {
        expect(ref, relative(CHROME, file)).toMatch(/^\/(?!\/)|^\.{0,2}\/?[\w-]/);
        expect(ref).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      }
      // MV3's default CSP forbids inline script; a build that emitted one would break silently.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    }
  });

  it('bundles no code that evaluates strings, loads scripts or opens connections', () => {
    const forbidden = [
      /\beval\(/,
      /new Function\(/,
      /importScripts\(/,
      /\bimport\(\s*["'`]https?:/,
      /new WebSocket\(/,
      /new EventSource\(/,
      /XMLHttpRequest/,
      /sendBeacon\(/,
    ];
    const js = files(CHROME).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    // pdf.js (in the library page's lazily loaded readers) carries loaders for PDFs named by
    // URL (XMLHttpRequest, fetch). lib/documents/pdf.ts never gives it a URL, only the file's
    // bytes, and its CMaps come from the package (checked below and in e2e/network.e2e.ts).
    const pdfReader = /^chunks\/browser-parsers-[\w-]+\.js$/;
    expect(js.filter((f) => pdfReader.test(relative(CHROME, f)))).toHaveLength(1);
    const pdfSource = readFileSync(join(ROOT, 'lib/documents/pdf.ts'), 'utf8');
    expect(pdfSource).toMatch(/getDocument\(\{\s*data:/);
    expect(pdfSource).not.toMatch(/\burl:/);
    for (const file of js) {
      if (pdfReader.test(relative(CHROME, file))) {
        const code = readFileSync(file, 'utf8');
        for (const pattern of forbidden.filter((p) => p.source !== 'XMLHttpRequest'))
          expect(code, relative(CHROME, file)).not.toMatch(pattern);
        continue;
      }
      const code = readFileSync(file, 'utf8');
      for (const pattern of forbidden) expect(code, relative(CHROME, file)).not.toMatch(pattern);
      // Two fetch() calls exist, both of the package's own files (extension URLs, never the
      // network): Vite's modulepreload polyfill (<link rel=modulepreload> files) and the packaged
      // glossary's files (lib/packaged-glossary.ts, through runtime.getURL).
      for (const call of code.matchAll(/.{0,60}\bfetch\(.{0,60}/g)) {
        expect(call[0], relative(CHROME, file)).toMatch(
          /fetch\(\w+\.href,\w+\)|fetch\([\w.]+\.runtime\.getURL\(\w+\)\)/,
        );
      }
    }
  });
});

describe('the built Firefox manifest', () => {
  it('asks for the same permissions', () => {
    const manifest = readManifest(FIREFOX);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(documentedPermissions());
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

/** Width and height from a PNG's header (the IHDR chunk always comes first). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icons', () => {
  it('exist in public/icon/ at every size, each a PNG of that size', () => {
    for (const size of ICON_SIZES) {
      expect(pngSize(join(ROOT, `public/icon/${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  for (const [name, dir] of [
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ] as const) {
    it(`are all listed in the ${name} manifest, and the toolbar button names its own`, () => {
      const manifest = readManifest(dir) as Manifest & {
        icons?: Record<string, string>;
        action?: { default_icon?: Record<string, string> };
        browser_action?: { default_icon?: Record<string, string> };
      };
      expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual([...ICON_SIZES]);
      for (const [size, file] of Object.entries(manifest.icons ?? {})) {
        expect(pngSize(join(dir, file)).width, file).toBe(Number(size));
      }
      const button = (manifest.action ?? manifest.browser_action)?.default_icon ?? {};
      expect(Object.keys(button)).toEqual(['16', '32']);
      for (const [size, file] of Object.entries(button)) {
        expect(pngSize(join(dir, file)).width, file).toBe(Number(size));
      }
    });
  }
});

describe('our source', () => {
  it('never writes strings into the DOM as HTML', () => {
    // Preact escapes text; these are the ways around it. Tests and benches may build fixtures.
    const sink =
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|parseFromString|srcdoc/;
    const source = ['entrypoints', 'components', 'lib']
      .flatMap((dir) => files(join(ROOT, dir)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$|[/\\]testdata[/\\]/.test(f));
    expect(source.length).toBeGreaterThan(20);
    // One exception, parsing into an inert document never attached (see inertDocument).
    const inert = join(ROOT, 'lib/documents/html.ts');
    expect(readFileSync(inert, 'utf8').match(/parseFromString/g)).toHaveLength(1);
    const offenders = source.filter((f) => f !== inert && sink.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
