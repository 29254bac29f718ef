import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Every permission is justified in README.md ("Permissions").
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The glossary ships once, as one file the background and the extension pages fetch
  // (lib/packaged-glossary.ts); bundling it into scripts put a copy in the background and another
  // in the pages' chunk.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: resolve(import.meta.dirname, 'lib/glossary/generated/glossary.json'),
        relativeDest: 'glossary.json',
      });
    },
  },
  // PTR_NO_MINIFY=1: readable function names in CPU profiles (scripts/bench/profile.ts).
  vite: () => ({
    plugins: [preact()],
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
