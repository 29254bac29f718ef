// npm run glossary: builds lib/glossary-build/generated/glossary.json and docs/glossary-report.md from
// seeds/ (curated entries, the five documents and the news corpus).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary } from '../lib/glossary-build/build.ts';
import { GlossaryInputError } from '../lib/glossary-build/entries.ts';
import { glossaryReport, readGlossaryInput } from './glossary-input.ts';

const root = join(import.meta.dirname, '..');
const started = performance.now();
try {
  const input = readGlossaryInput(root);
  const read = performance.now();
  const result = buildGlossary(input);
  const { bundle, warnings } = result;
  const built = performance.now();
  const outDir = join(root, 'lib/glossary-build/generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'glossary.json'), `${JSON.stringify(bundle)}\n`);
  // What the background needs at start-up to know whether IndexedDB holds this glossary.
  writeFileSync(
    join(outDir, 'glossary-meta.json'),
    `${JSON.stringify({ hash: bundle.hash, version: bundle.version })}\n`,
  );

  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs/glossary-report.md'), glossaryReport(root, input, result));
  const ms = (t: number) => Math.round(t);
  console.log(
    `glossary ${bundle.version}: ${bundle.terms.length} entries, ${bundle.index.patterns.length} patterns, ${warnings.length} warnings, built in ${ms(performance.now() - started)} ms (read ${ms(read - started)}, build ${ms(built - read)}, candidates and report ${ms(performance.now() - built)})`,
  );
} catch (error) {
  if (error instanceof GlossaryInputError) {
    console.error(`glossary: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
