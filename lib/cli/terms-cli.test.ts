// The terms CLI end to end: `npm run --silent terms` in a child process on real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
let dir: string;

function terms(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'terms', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    // --list prints the whole glossary, over 1 MB (spawnSync's default buffer).
    maxBuffer: 64 * 1024 * 1024,
  });
  // npm itself may warn about the machine's config on stderr; keep only the CLI's own lines.
  const err = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('terms:'))
    .join('\n');
  return { code: result.status, out: result.stdout, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'terms-cli-'));
  writeFileSync(join(dir, 'good.txt'), '坚持立德树人，做到“兩個維護”。\n立德树人根本任务。\n');
  writeFileSync(
    join(dir, 'binary.bin'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  );
  // “双减 café” in Latin-1 (é is 0xE9), as old Western files are written.
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x3f]));
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><html><head><title>新闻</title>
     <script>document.title = "四个意识 两个确立";</script><style>.x::after{content:"双减"}</style></head>
     <body><p>深入推进“双减”工作，</p><p>两个</p><p>维护</p><div>落实立德
     树人根本任务</div></body></html>`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run terms', () => {
  it('counts terms in a good file and still reports the bad ones, exiting 1', () => {
    const files = ['good.txt', 'missing.txt', 'binary.bin', 'latin1.txt', 'page.html'];
    const { code, out, err } = terms(...files.map((f) => join(dir, f)));
    expect(code).toBe(1);
    expect(out).toContain(
      `${join(dir, 'good.txt')}: 2 terms, 3 occurrences\n  2  立德树人  (li-de-shu-ren)\n  1  两个维护  (liang-ge-wei-hu)\n`,
    );
    expect(out).toContain(`${join(dir, 'page.html')}: 2 terms, 2 occurrences\n`);
    expect(err).toContain(`terms: ${join(dir, 'missing.txt')}: no such file, skipped`);
    expect(err).toContain(`terms: ${join(dir, 'binary.bin')}: binary data, not text`);
    expect(err).toContain(
      `terms: ${join(dir, 'latin1.txt')}: not valid UTF-8 (byte 0xE9 at offset 3)`,
    );
    expect(err).toContain('terms: 3 of 5 files were skipped');
  });

  it('prints occurrences as JSON lines with offsets into the text', () => {
    const file = join(dir, 'good.txt');
    const { code, out } = terms('--json', file);
    expect(code).toBe(0);
    const text = '坚持立德树人，做到“兩個維護”。\n立德树人根本任务。\n';
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { file, start: 2, end: 6, text: '立德树人', id: 'li-de-shu-ren', term: '立德树人' },
      { file, start: 10, end: 14, text: '兩個維護', id: 'liang-ge-wei-hu', term: '两个维护' },
      { file, start: 17, end: 25, text: '立德树人根本任务', id: 'li-de-shu-ren', term: '立德树人' },
    ]);
    for (const o of lines) expect(text.slice(o.start, o.end)).toBe(o.text);
  });

  it('reads HTML as its visible text: no scripts, no styles, no match across paragraphs', () => {
    const { out } = terms('--json', join(dir, 'page.html'));
    const found = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).text);
    expect(found).toEqual(['双减', '立德树人根本任务']);
  });

  it('extracts candidate terms of a seed document, best first, and skips an empty file', () => {
    const seed = join(root, 'seeds/000_21d518b5e42620e6.txt');
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, out, err } = terms('--extract', seed, join(dir, 'empty.txt'));
    expect(code).toBe(1);
    expect(err).toContain(`terms: ${join(dir, 'empty.txt')}: no text (empty file), skipped`);
    const candidates = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(candidates.length).toBeGreaterThan(10);
    expect(Object.keys(candidates[0])).toEqual(['term', 'count', 'files', 'kind', 'known']);
    const counts = candidates.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(candidates.some((c) => c.known === null)).toBe(true);
    expect(candidates.filter((c) => c.known !== null).length).toBeGreaterThan(5);
    const bare = terms('--extract', '--no-glossary', seed);
    expect(bare.code).toBe(0);
    expect(bare.out).not.toContain('"known":"');
  });

  it('lists every entry with its excerpts', () => {
    const { code, out } = terms('--list');
    expect(code).toBe(0);
    const entries = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(entries.length).toBeGreaterThan(150);
    const liDe = entries.find((e) => e.id === 'li-de-shu-ren');
    expect(Object.keys(liDe)).toEqual([
      'id',
      'term',
      'forms',
      'category',
      'topic',
      'english',
      'definition',
      'pinyin',
      'first',
      'mentions',
      'days',
      'excerpts',
    ]);
    // Counted over the seeds and the news: a term of both has more mentions than seed excerpts.
    expect(liDe.topic).toBe('education');
    expect(liDe.first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(liDe.mentions).toBeGreaterThan(liDe.excerpts.length);
    expect(liDe.days).toBeGreaterThan(1);
    const newsOnly = entries.find((e) => e.term === '新质生产力');
    expect(newsOnly.excerpts).toEqual([]);
    expect(newsOnly.first >= '2022-09-24').toBe(true);
    expect(liDe.excerpts[0]).toEqual({
      doc: expect.any(String),
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      text: expect.stringContaining('立德树人'),
    });
  });
});
