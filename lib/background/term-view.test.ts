import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryBundle } from '../types.ts';
import { indexBundle, termView } from './term-view.ts';

const bundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../glossary/generated/glossary.json'), 'utf8'),
) as GlossaryBundle;
const lookup = indexBundle(bundle);

describe('termView', () => {
  it('resolves excerpts from different documents with title and date', () => {
    const view = termView(lookup, 'liang-ge-que-li');
    expect(view).not.toBeNull();
    expect(view?.excerpts.length).toBe(2);
    const [a, b] = view?.excerpts ?? [];
    expect(a?.doc).not.toBe(b?.doc);
    for (const x of view?.excerpts ?? []) {
      const doc = bundle.documents.find((d) => d.id === x.doc);
      expect(x.title).toBe(doc?.title);
      expect(x.date).toBe(doc?.date);
      expect(x.sentence).toContain(x.sentence === x.simplified ? '两个确立' : '兩個確立');
    }
  });

  it('resolves related ids to headwords and drops none silently', () => {
    const term = bundle.terms.find((t) => t.id === 'si-ge-yi-shi');
    const view = termView(lookup, 'si-ge-yi-shi');
    expect(view?.related.map((r) => r.id)).toEqual(term?.related);
    expect(view?.entry).not.toHaveProperty('occurrences');
  });

  it('returns null for an unknown id', () => {
    expect(termView(lookup, 'no-such-term')).toBeNull();
  });
});
