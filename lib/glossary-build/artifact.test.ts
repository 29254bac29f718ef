// The committed bundle must be what the sources in the repository build to: the extension ships
// lib/glossary-build/generated/glossary.json as is, so a stale file would ship stale definitions. The
// same holds for the report (docs/glossary-report.md): it must say what the sources say, and
// leave no candidate unreviewed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryReport, readGlossaryInput } from '../../scripts/glossary-input.ts';
import { buildGlossary } from './build.ts';
import { readBuiltGlossary } from './built.ts';

const root = new URL('../..', import.meta.url).pathname;
const input = readGlossaryInput(root);
const result = buildGlossary(input);

describe('the committed glossary bundle', () => {
  it('is up to date with seeds/ and lib/glossary-build (otherwise: run npm run glossary)', () => {
    const committed = readBuiltGlossary();
    const fresh = result.bundle;
    expect(
      committed.hash,
      `lib/glossary-build/generated/glossary.json is stale (committed ${committed.hash}, sources build ${fresh.hash}): run npm run glossary and commit the result`,
    ).toBe(fresh.hash);
    expect(committed.version, 'run npm run glossary').toBe(fresh.version);
  });
});

describe('the committed report, docs/glossary-report.md', () => {
  const committed = readFileSync(new URL('../../docs/glossary-report.md', import.meta.url), 'utf8');

  it('is what the sources give (otherwise: run npm run glossary)', () => {
    expect(committed === glossaryReport(root, input, result), 'run npm run glossary').toBe(true);
  });

  it('leaves no candidate of the seeds or the news unreviewed', () => {
    const lines = committed.split('\n').filter((l) => /^- (News c|C)andidates/.test(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/unreviewed 0$/);
  });
});
