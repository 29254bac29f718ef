// npm run glossary: builds lib/glossary/generated/glossary.json and docs/glossary-report.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary } from '../lib/glossary/build.ts';
import { extractCandidates } from '../lib/glossary/candidates.ts';
import { GlossaryInputError } from '../lib/glossary/entries.ts';
import { parseExclusions, renderReport } from '../lib/glossary/report.ts';
import { toSimplified } from '../lib/glossary/script.ts';
import { readGlossaryInput } from './glossary-input.ts';

const root = join(import.meta.dirname, '..');
const started = performance.now();
try {
  const { bundle, warnings } = buildGlossary(readGlossaryInput(root));
  const outDir = join(root, 'lib/glossary/generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'glossary.json'), `${JSON.stringify(bundle)}\n`);

  const candidates = extractCandidates(
    bundle.documents.map((d) => ({ id: d.id, text: toSimplified(d.text) })),
  );
  const exclusionsFile = join(root, 'seeds/terms/excluded.yaml');
  const exclusions = parseExclusions(
    existsSync(exclusionsFile) ? readFileSync(exclusionsFile, 'utf8') : '',
  );
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(
    join(root, 'docs/glossary-report.md'),
    renderReport(bundle, candidates, exclusions, warnings),
  );
  const ms = Math.round(performance.now() - started);
  console.log(
    `glossary ${bundle.version}: ${bundle.terms.length} entries, ${bundle.index.patterns.length} patterns, ${warnings.length} warnings, built in ${ms} ms`,
  );
} catch (error) {
  if (error instanceof GlossaryInputError) {
    console.error(`glossary: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
