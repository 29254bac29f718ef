// The glossary packaged with the extension: one file, glossary.json at the extension's root
// (wxt.config.ts copies lib/glossary/generated/glossary.json there), fetched when first needed by
// the background and, when IndexedDB cannot be used, by the extension pages.
import { browser } from 'wxt/browser';
import type { GlossaryBundle } from './types.ts';

export async function fetchPackagedGlossary(): Promise<GlossaryBundle> {
  const response = await fetch(browser.runtime.getURL('/glossary.json' as '/popup.html'));
  if (!response.ok) throw new Error(`glossary.json: ${response.status}`);
  return (await response.json()) as GlossaryBundle;
}
