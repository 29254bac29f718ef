import { describe, expect, it } from 'vitest';
import { checkPackSize, exportPack, MAX_PACK_BYTES, PACK_FORMAT, parsePack } from './pack.ts';
import { mine } from '../testing/my-terms.ts';
import { previewPack } from './preview.ts';

const pack = (terms: object[], extra: object = {}) =>
  JSON.stringify({ format: PACK_FORMAT, version: 1, terms, ...extra });

describe('glossary packs', () => {
  it('keeps a merged form and a web page source through export, parse and preview', () => {
    const alias = mine('做到两个确立', {
      aliasOf: 'liang-ge-que-li',
      sources: [
        { doc: '', title: '网页', date: '', sentence: '要做到两个确立。', url: 'https://x.cn/a' },
      ],
    });
    const parsed = parsePack(JSON.stringify(exportPack([alias])));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.pack.terms[0]?.aliasOf).toBe('liang-ge-que-li');
    expect(parsed.pack.terms[0]?.sources[0]?.url).toBe('https://x.cn/a');
    expect(previewPack(parsed.pack, [alias], () => null).same).toHaveLength(1);
    expect(parsePack(pack([{ ...alias, aliasOf: 'Bad Id!' }])).ok).toBe(false);
  });

  it('round-trips my terms through export and parse, in headword order', () => {
    const terms = [
      mine('新质生产力', {
        variants: ['新質生產力'],
        pinyin: 'xīn zhì shēng chǎn lì',
        english: 'new quality productive forces',
        definition: '自定义说明',
        category: 'concept',
        topic: 'economy',
        sources: [{ doc: 'my-1', title: '方案', date: '2024-03-05', sentence: '发展新质生产力。' }],
      }),
      mine('两个维护', { category: 'formula', topic: 'party' }),
    ];
    const exported = exportPack(terms, { name: '课堂', now: new Date(Date.UTC(2026, 0, 2)) });
    const parsed = parsePack(JSON.stringify(exported));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack.name).toBe('课堂');
    expect(parsed.pack.terms.map((t) => t.term)).toEqual(['两个维护', '新质生产力']);
    expect(parsed.pack.terms[1]).toEqual({
      term: '新质生产力',
      forms: ['新质生产力'],
      variants: ['新質生產力'],
      pinyin: 'xīn zhì shēng chǎn lì',
      english: 'new quality productive forces',
      definition: '自定义说明',
      category: 'concept',
      topic: 'economy',
      sources: [{ doc: 'my-1', title: '方案', date: '2024-03-05', sentence: '发展新质生产力。' }],
    });
  });

  it('fills what a hand-written pack leaves out', () => {
    const parsed = parsePack(pack([{ term: '两个维护', category: 'formula', topic: 'party' }]));
    expect(parsed).toMatchObject({
      ok: true,
      pack: { terms: [{ term: '两个维护', forms: [], english: '', topic: 'party', sources: [] }] },
    });
  });

  it('names what is wrong with a bad pack', () => {
    expect(parsePack('{')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parsePack('{"excerpts":[]}')).toEqual({ ok: false, error: { code: 'foreign' } });
    expect(parsePack(JSON.stringify({ format: PACK_FORMAT, version: 2, terms: [] }))).toEqual({
      ok: false,
      error: { code: 'newer', version: '2' },
    });
    const bad = (terms: object[]) => {
      const r = parsePack(pack(terms));
      return r.ok ? null : r.error;
    };
    expect(bad([{ term: 'abc', category: 'concept', topic: 'party' }])).toMatchObject({
      code: 'invalid',
      detail: expect.stringContaining('terms.0.term'),
    });
    expect(bad([{ term: '两个 维护', category: 'concept', topic: 'party' }])).toMatchObject({
      code: 'invalid',
    });
    expect(bad([{ term: '两个维护', category: 'nonsense', topic: 'party' }])).toMatchObject({
      code: 'invalid',
      detail: expect.stringContaining('terms.0.category'),
    });
    expect(
      bad([
        {
          term: '两个维护',
          category: 'concept',
          topic: 'party',
          sources: [{ sentence: 'x', date: '2024-13-01' }],
        },
      ]),
    ).toMatchObject({ code: 'invalid' });
    expect(
      bad([
        { term: '两个维护', category: 'concept', topic: 'party' },
        { term: '两个维护', category: 'formula', topic: 'party' },
      ]),
    ).toEqual({ code: 'duplicate', term: '两个维护' });
  });

  it('refuses an oversized pack by its size, before reading it', () => {
    expect(checkPackSize(200 * 1024 * 1024)).toEqual({
      code: 'too-large',
      bytes: 200 * 1024 * 1024,
    });
    expect(checkPackSize(MAX_PACK_BYTES)).toBeNull();
    const huge = pack([], { name: 'x'.repeat(MAX_PACK_BYTES) });
    expect(parsePack(huge)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
