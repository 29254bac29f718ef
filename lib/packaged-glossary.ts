// The glossary packaged with the extension, as wxt.config.ts writes it at the extension's root:
// glossary-index.json (the match index every page asks for first, ~210 KB with its compiled
// trie) and glossary.json (entries and documents, ~4 MB). The background fetches them when first
// needed; the extension pages fetch them when IndexedDB cannot be used.
import { browser } from 'wxt/browser';
import type { GlossaryBundle, MatchIndex } from './types.ts';

async function fetchJson<T>(file: '/glossary.json' | '/glossary-index.json'): Promise<T> {
  const response = await fetch(browser.runtime.getURL(file as '/popup.html'));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
}

export function fetchPackagedIndex(): Promise<MatchIndex> {
  return fetchJson<MatchIndex>('/glossary-index.json');
}

export async function fetchPackagedGlossary(): Promise<GlossaryBundle> {
  const [entries, index] = await Promise.all([
    fetchJson<Omit<GlossaryBundle, 'index'>>('/glossary.json'),
    fetchPackagedIndex(),
  ]);
  return { ...entries, index };
}
