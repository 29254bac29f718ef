// Import against bad files, beyond import.test.ts: an export cut at every point, every field
// replaced by a value of another type, files of 100 MB, and what other tools and our own other
// formats produce. Each is refused with its reason, nothing is half-read, and the notebook is
// left as it was.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyDatabase } from '../db.ts';
import { count, hostilePiece, reportCounts, runs } from '../testing/fuzz.ts';
import { toCsv, toJson, toMarkdown } from './export.ts';
import {
  applyImport,
  checkImportSize,
  type ImportError,
  MAX_IMPORT_BYTES,
  parseNotebookExport,
} from './import.ts';
import { makeExcerpt } from '../testing/excerpts.ts';

const notebook = [
  makeExcerpt({ id: 1, exact: '落实立德树人根本任务', note: '笔记😀', tags: ['教育'] }),
  makeExcerpt({
    id: 2,
    exact: '要深刻领悟“两个确立”的决定性意义',
    start: 300,
    end: 317,
    anchor: { status: 'orphan', checkedAt: 1 },
  }),
];
const file = toJson(notebook, Date.UTC(2026, 0, 1));

const code = (input: string): ImportError['code'] | 'ok' => {
  const result = parseNotebookExport(input);
  return result.ok ? 'ok' : result.error.code;
};

afterAll(() => {
  reportCounts('import');
});

describe('a cut-off export', () => {
  it('is refused as not JSON wherever it is cut', () => {
    let cuts = 0;
    for (let at = 0; at < file.trimEnd().length; at++) {
      count('import/truncated');
      cuts++;
      expect(code(file.slice(0, at)), `cut at ${at}`).toBe('not-json');
    }
    expect(cuts).toBeGreaterThan(500);
  });
});

describe('fields of the wrong type', () => {
  const data = JSON.parse(file) as { excerpts: Record<string, unknown>[] };
  const keys = Object.keys(data.excerpts[0] as object);
  const wrong = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.jsonValue(), { maxLength: 3 }),
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  );

  it('are refused with the path of the first bad field, or read back with the right types', () => {
    fc.assert(
      fc.property(fc.nat(1), fc.constantFrom(...keys), wrong, (which, key, value) => {
        count('import/wrong-type');
        const changed = structuredClone(data);
        (changed.excerpts[which] as Record<string, unknown>)[key] = value;
        const result = parseNotebookExport(JSON.stringify(changed));
        if (!result.ok) {
          expect(result.error.code).toBe('invalid');
          if (result.error.code === 'invalid')
            expect(result.error.detail).toMatch(new RegExp(`^excerpts\\.${which}(\\.|:)`));
          return;
        }
        // Accepted only when the value still fits: every field has the type the notebook needs.
        for (const e of result.excerpts) {
          for (const k of ['exact', 'prefix', 'suffix', 'url', 'title', 'site', 'note'] as const)
            expect(typeof e[k]).toBe('string');
          for (const k of ['start', 'end', 'createdAt', 'updatedAt'] as const)
            expect(Number.isInteger(e[k])).toBe(true);
          expect(e.end).toBeGreaterThanOrEqual(e.start);
          expect(e.tags.every((t) => typeof t === 'string')).toBe(true);
          expect(e.terms.every((t) => typeof t === 'string')).toBe(true);
        }
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('at the top of the file are refused too, never thrown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('format', 'schemaVersion', 'exportedAt', 'excerpts'),
        wrong,
        (key, value) => {
          count('import/wrong-top');
          const changed = { ...JSON.parse(file), [key]: value };
          expect(['ok', 'foreign', 'newer', 'invalid']).toContain(code(JSON.stringify(changed)));
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('never throws on any text at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.array(hostilePiece, { maxLength: 20 }).map((p) => p.join('')),
        ),
        (input) => {
          count('import/any-text');
          expect(code(input)).not.toBe('ok');
        },
      ),
      { numRuns: runs(1_000) },
    );
  });
});

describe('a 100 MB file', () => {
  it('is refused from its size, before it is read', () => {
    expect(checkImportSize(100 * 1024 * 1024)).toEqual({ code: 'too-large' });
  });

  it('is refused without parsing when read anyway', () => {
    // 21 M characters of a valid-looking export: refused by length, in no time.
    const big = `{"format":"policy-terms-notebook","schemaVersion":1,"excerpts":[${'{},'.repeat(7_000_000)}{}]}`;
    expect(big.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const started = performance.now();
    expect(code(big)).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('what other tools and formats produce', () => {
  const cases: [string, string, ImportError['code']][] = [
    ['our own CSV export', toCsv(notebook), 'not-json'],
    ['our own Markdown export', toMarkdown(notebook), 'not-json'],
    ['an empty file', '', 'not-json'],
    [
      'a Hypothesis API search result',
      JSON.stringify({
        total: 1,
        rows: [
          {
            id: 'xYz',
            uri: 'https://www.moe.gov.cn/a.html',
            text: '笔记',
            tags: [],
            target: [
              {
                source: 'https://www.moe.gov.cn/a.html',
                selector: [
                  { type: 'TextQuoteSelector', exact: '立德树人', prefix: '落实', suffix: '根本' },
                  { type: 'TextPositionSelector', start: 2, end: 6 },
                ],
              },
            ],
          },
        ],
      }),
      'foreign',
    ],
    [
      'a W3C Web Annotation collection',
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: { items: [] },
      }),
      'foreign',
    ],
    [
      'a Kindle clippings file',
      '立德树人\n- Your Highlight on page 3 | Added on Monday\n\n落实\n==========',
      'not-json',
    ],
    ['JSON Lines', `${JSON.stringify(JSON.parse(file).excerpts[0])}\n{"a":1}\n`, 'not-json'],
    [
      'our format with the excerpts not a list',
      JSON.stringify({ ...JSON.parse(file), excerpts: { 0: JSON.parse(file).excerpts[0] } }),
      'invalid',
    ],
  ];

  it.each(cases)('refuses %s (%#) with a reason', (_name, input, expected) => {
    count('import/foreign');
    expect(code(input)).toBe(expected);
  });
});

describe('the notebook after a refused import', () => {
  let db: PolicyDatabase;
  let n = 0;
  beforeEach(async () => {
    db = new PolicyDatabase(`import-fuzz-${++n}`);
    await db.open();
    await db.excerpts.bulkAdd(notebook);
  });
  afterEach(async () => {
    await db.delete();
  });

  // The notebook page writes nothing for a refused file (it only calls applyImport on a parsed
  // one; e2e/import-rejection.e2e.ts checks the page). Here: refusals are refusals, and the next
  // good file adds its excerpt without touching the ones already there.
  it('refuses each bad file, then imports a good one beside the excerpts already kept', async () => {
    const before = await db.excerpts.toArray();
    for (const input of [file.slice(0, 100), toCsv(notebook), '[]', 'null'])
      expect(parseNotebookExport(input).ok).toBe(false);
    const good = parseNotebookExport(
      toJson([makeExcerpt({ id: 9, exact: '新的一条', start: 1, end: 5 })]),
    );
    if (!good.ok) throw new Error(good.error.code);
    expect(await applyImport(db, good.excerpts)).toBe(1);
    const after = await db.excerpts.toArray();
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)?.exact).toBe('新的一条');
  });
});
