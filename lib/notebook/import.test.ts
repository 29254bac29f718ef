import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { toJson } from './export.ts';
import {
  applyImport,
  checkImportSize,
  MAX_IMPORT_BYTES,
  parseNotebookExport,
  planImport,
} from './import.ts';
import { makeExcerpt } from '../testing/excerpts.ts';

const one = makeExcerpt({ id: 1, exact: '落实立德树人根本任务', start: 100, end: 110 });
const two = makeExcerpt({ id: 2, exact: '加快建设教育强国', start: 300, end: 308 });
const file = toJson([one, two]);

describe('reading an import file', () => {
  it('refuses a file over 20 MB before reading it', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({ code: 'too-large' });
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('says a truncated file is not JSON', () => {
    expect(parseNotebookExport(file.slice(0, file.length / 2))).toEqual({
      ok: false,
      error: { code: 'not-json' },
    });
  });

  it('recognizes another tool’s export as foreign', () => {
    const hypothesis = JSON.stringify([
      { id: 'abc', uri: 'https://e.com', target: [{ selector: [{ type: 'TextQuoteSelector' }] }] },
    ]);
    expect(parseNotebookExport(hypothesis)).toMatchObject({ error: { code: 'foreign' } });
    expect(parseNotebookExport('null')).toMatchObject({ error: { code: 'foreign' } });
    expect(parseNotebookExport('"text"')).toMatchObject({ error: { code: 'foreign' } });
  });

  it('asks for an update when the file is from a newer version', () => {
    const newer = file.replace('"schemaVersion": 1', '"schemaVersion": 2');
    expect(parseNotebookExport(newer)).toMatchObject({ error: { code: 'newer', version: '2' } });
  });

  it('names the first field of the wrong type', () => {
    const data = JSON.parse(file);
    data.excerpts[1].start = 'three hundred';
    const result = parseNotebookExport(JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.code === 'invalid' && result.error.detail).toMatch(
      /^excerpts\.1\.start: /,
    );
    data.excerpts[1].start = 500; // after its end
    expect(parseNotebookExport(JSON.stringify(data))).toMatchObject({
      error: { code: 'invalid' },
    });
  });

  it('normalizes what it reads: address, site, tags, edit time', () => {
    const data = JSON.parse(file);
    data.excerpts[0].url = 'https://www.moe.gov.cn/a.html?utm_source=x';
    delete data.excerpts[0].site;
    delete data.excerpts[0].updatedAt;
    data.excerpts[0].tags = [' a ', 'a'];
    const result = parseNotebookExport(`\uFEFF${JSON.stringify(data)}`);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.excerpts[0]).toMatchObject({
      url: 'https://www.moe.gov.cn/a.html',
      site: 'www.moe.gov.cn',
      tags: ['a'],
      updatedAt: data.excerpts[0].createdAt,
    });
  });
});

describe('previewing and merging', () => {
  it('counts duplicates by address, text and position, also inside the file', () => {
    const parsed = parseNotebookExport(file);
    if (!parsed.ok) throw new Error('parse');
    const incoming = [...parsed.excerpts, ...parsed.excerpts];
    const plan = planImport([{ ...one, url: `${one.url}?utm_medium=mail` }], incoming);
    expect(plan.fresh.map((e) => e.exact)).toEqual(['加快建设教育强国']);
    expect(plan.duplicates).toBe(3);
    // Same text at another place of the page is another excerpt.
    const moved = { ...two, start: 1, end: 9 };
    expect(planImport([moved], parsed.excerpts).fresh).toHaveLength(2);
  });

  let db: PolicyDatabase;
  let n = 0;
  beforeEach(async () => {
    db = new PolicyDatabase(`import-${++n}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('merges without duplicates, twice in a row', async () => {
    await db.excerpts.add({ ...one, id: undefined as unknown as number });
    const parsed = parseNotebookExport(file);
    if (!parsed.ok) throw new Error('parse');
    expect(await applyImport(db, parsed.excerpts)).toBe(1);
    expect(await applyImport(db, parsed.excerpts)).toBe(0);
    expect((await db.excerpts.toArray()).map((e) => e.exact).sort()).toEqual(
      ['加快建设教育强国', '落实立德树人根本任务'].sort(),
    );
  });

  it('adds nothing when the write fails part way', async () => {
    const parsed = parseNotebookExport(file);
    if (!parsed.ok) throw new Error('parse');
    // A value IndexedDB cannot store makes the second add fail: the first must not stay.
    const broken = [
      parsed.excerpts[0],
      { ...parsed.excerpts[1], note: (() => 1) as unknown as string },
    ];
    await expect(applyImport(db, broken as typeof parsed.excerpts)).rejects.toThrow();
    expect(await db.excerpts.count()).toBe(0);
  });
});
