// The committed bundle must be what the sources in the repository build to: the extension ships
// lib/glossary/generated/glossary.json as is, so a stale file would ship stale definitions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossaryInput } from '../../scripts/glossary-input.ts';
import type { GlossaryBundle } from '../types.ts';
import { buildGlossary } from './build.ts';

describe('the committed glossary bundle', () => {
  it('is up to date with seeds/ and lib/glossary (otherwise: run npm run glossary)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('generated/glossary.json', import.meta.url), 'utf8'),
    ) as GlossaryBundle;
    const fresh = buildGlossary(
      readGlossaryInput(new URL('../..', import.meta.url).pathname),
    ).bundle;
    expect(
      committed.hash,
      `lib/glossary/generated/glossary.json is stale (committed ${committed.hash}, sources build ${fresh.hash}): run npm run glossary and commit the result`,
    ).toBe(fresh.hash);
    expect(committed.version, 'run npm run glossary').toBe(fresh.version);
  });
});
