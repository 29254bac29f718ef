// Reads the glossary's sources from the repository: curated entries, document metadata, seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInput } from '../lib/glossary/build.ts';

export function readGlossaryInput(root: string): BuildInput {
  const seedsDir = join(root, 'seeds');
  const termsDir = join(seedsDir, 'terms');
  const entryFiles = readdirSync(termsDir)
    .filter((f) => f.endsWith('.yaml') && f !== 'excluded.yaml')
    .sort()
    .map((file) => ({
      file: `seeds/terms/${file}`,
      text: readFileSync(join(termsDir, file), 'utf8'),
    }));
  const seeds: Record<string, string> = {};
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    seeds[file] = readFileSync(join(seedsDir, file), 'utf8');
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    entryFiles,
    documentsYaml: existsSync(join(seedsDir, 'documents.yaml'))
      ? readFileSync(join(seedsDir, 'documents.yaml'), 'utf8')
      : '',
    seeds,
    version: pkg.version,
  };
}
