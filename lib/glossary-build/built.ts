// The generated glossary as `npm run glossary` wrote it, for Node code only (tests, benches, the
// CLI, the start script): one reader instead of a readFileSync in each of them. Parsed afresh on
// each call so no caller sees another's changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltGlossary } from '../types.ts';

// A path, not import.meta.url: under vitest's jsdom environment that URL is not a file: URL.
export const BUILT_GLOSSARY_PATH = join(import.meta.dirname, 'generated/glossary.json');

export function readBuiltGlossary(): BuiltGlossary {
  return JSON.parse(readFileSync(BUILT_GLOSSARY_PATH, 'utf8')) as BuiltGlossary;
}
