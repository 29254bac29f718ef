import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// PTR_BENCH=1 (npm run build:bench): the bench build, whose content script leaves performance
// marks for scripts/bench and the pathological e2e. It goes to .output/bench, and every other
// build compiles the marks out (__PTR_BENCH__ is false), so no page can read them from ours.
const bench = process.env.PTR_BENCH === '1';

// Every permission is justified in README.md ("Permissions").
export default defineConfig({
  imports: false,
  // PTR_OUT_DIR: a throwaway directory (scripts/manifest.test.ts builds fresh into one).
  outDir: process.env.PTR_OUT_DIR ?? (bench ? '.output/bench' : '.output'),
  modules: ['@wxt-dev/webextension-polyfill'],
  // The glossary ships once, as files the background and the extension pages fetch
  // (lib/packaged-glossary.ts); bundling it into scripts put a copy in the background and another
  // in the pages' chunk. The match index (what every page asks for first) is its own small file,
  // so the first page after the background starts does not wait for the 4 MB of entries to parse.
  hooks: {
    // `icons` comes from public/icon/<size>.png (WXT reads the folder; npm run icons draws them).
    // The toolbar button names its 1x and 2x sizes too, in both manifests: WXT passes a configured
    // `action.default_icon` to Chrome's `action` but not to Firefox's MV2 `browser_action`.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_icon = { 16: 'icon/16.png', 32: 'icon/32.png' };
    },
    'build:publicAssets': (_wxt, files) => {
      const path = resolve(import.meta.dirname, 'lib/glossary-build/generated/glossary.json');
      const { index, ...entries } = JSON.parse(readFileSync(path, 'utf8')) as {
        index: { patterns: unknown };
      };
      // Pages match with the compiled trie; the pattern list is for the build's reports and tests.
      const { patterns: _patterns, ...pageIndex } = index;
      files.push(
        { relativeDest: 'glossary.json', contents: JSON.stringify(entries) },
        { relativeDest: 'glossary-index.json', contents: JSON.stringify(pageIndex) },
      );
      // pdf.js's predefined CJK CMaps (1.7 MB), fetched by its worker from cmaps/ when a PDF
      // uses a standard Chinese, Japanese or Korean encoding without embedding its font.
      const cmaps = resolve(import.meta.dirname, 'node_modules/pdfjs-dist/cmaps');
      for (const name of readdirSync(cmaps).filter((n) => n.endsWith('.bcmap'))) {
        files.push({ absoluteSrc: resolve(cmaps, name), relativeDest: `cmaps/${name}` });
      }
    },
  },
  // PTR_NO_MINIFY=1: readable function names in CPU profiles (scripts/bench/profile.ts).
  vite: () => ({
    plugins: [preact()],
    define: { __PTR_BENCH__: JSON.stringify(bench) },
    ...(process.env.PTR_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'policy-terms-reader@policy-terms.dev',
        strict_min_version: '142.0',
        // Firefox's built-in data consent: this extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
