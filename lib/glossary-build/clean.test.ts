import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToText, type CleanResult, cleanDocument, type NoiseKind } from './clean.ts';
import { SEED_IDS, type SeedId, seed } from '../testing/clean-fixtures.ts';
import { SAMPLES } from '../testing/clean-samples.ts';

const cleaned = new Map<SeedId, CleanResult>(SEED_IDS.map((id) => [id, cleanDocument(seed(id))]));
const result = (id: SeedId): CleanResult => cleaned.get(id) as CleanResult;
const text = (id: SeedId): string => blocksToText(result(id).blocks);

// Independent of the module under test: any emoji code point, joiner, selector or keycap mark.
const ANY_EMOJI =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200D|\uFE0E|\uFE0F|\u20E3/u;

function counts(id: SeedId): Partial<Record<NoiseKind, number>> {
  const out: Partial<Record<NoiseKind, number>> = {};
  for (const { kind } of result(id).removed) out[kind] = (out[kind] ?? 0) + 1;
  return out;
}

/** True if `small` can be obtained from `big` by deleting characters. */
function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (const ch of big) if (i < small.length && small.startsWith(ch, i)) i += ch.length;
  return i === small.length;
}

describe.each(SEED_IDS)('seed %s', (id) => {
  it('has no noise left', () => {
    const out = text(id);
    expect(out).not.toMatch(ANY_EMOJI);
    expect(out).not.toMatch(/✭/u);
    expect(out).not.toContain('1970-01-01');
    expect(out).not.toContain('沐鸣');
    expect(out).not.toContain('[bookmark');
    expect(out).not.toMatch(/\p{Script=Han} [a-z]+ \p{Script=Han}/u);
    expect(out).not.toMatch(/\n{3}/u);
  });

  it('keeps 20 sample sentences verbatim', () => {
    const samples = SAMPLES[id];
    expect(samples).toHaveLength(20);
    for (const sample of samples) {
      expect(seed(id)).toContain(sample); // copied from the raw file
      expect(text(id)).toContain(sample);
    }
  });

  it('only deletes: the cleaned blocks are the raw text with characters taken out', () => {
    expect(
      isSubsequence(
        result(id)
          .blocks.map((b) => b.text)
          .join(''),
        seed(id),
      ),
    ).toBe(true);
  });

  it('trims every block and leaves no empty one', () => {
    for (const block of result(id).blocks) {
      expect(block.text).toBe(block.text.trim());
      expect(block.text).not.toBe('');
      expect(block.text).not.toContain('\n');
    }
  });

  it('is idempotent', () => {
    const again = cleanDocument(text(id));
    expect(again.blocks).toEqual(result(id).blocks);
    expect(again.removed).toEqual([]);
  });
});

describe('what is removed from each seed', () => {
  it.each([
    ['000', { 'broken-break': 3, 'stray-latin': 2 }],
    ['001', { bookmark: 1 }],
    ['002', { emoji: 78, spam: 1, 'impossible-day': 1 }],
    ['003', { navigation: 47 }],
    ['004', {}],
  ] as const)('%s: %o', (id, expected) => {
    expect(counts(id)).toEqual(expected);
  });

  it('reports source lines: 000 breaks after lines 9, 15, 17; "and" on line 13', () => {
    const lines = result('000').removed.map((r) => `${r.kind}@${r.line}`);
    expect(lines).toEqual([
      'broken-break@9',
      'stray-latin@13',
      'stray-latin@13',
      'broken-break@15',
      'broken-break@17',
    ]);
  });

  it('drops the whole widget section of 003, lines 6-52', () => {
    const removed = result('003').removed;
    expect(removed[0]).toEqual({ kind: 'navigation', text: '推荐关注', line: 6 });
    expect(removed.at(-1)?.line).toBe(52);
    expect(removed.map((r) => r.text)).toContain(
      '- 9 北京百万中小学生新增这门课!这所人附系学校这样做到了Next Level',
    );
    expect(text('003').endsWith('中央纪委国家监委驻教育部纪检监察组负责人参加会议。')).toBe(true);
  });

  it('drops the 002 ad (line 19) but keeps its source line', () => {
    const spam = result('002').removed.filter((r) => r.kind === 'spam');
    expect(spam).toEqual([
      { kind: 'spam', text: expect.stringMatching(/^沐鸣注册专业提供/u), line: 19 },
    ]);
    expect(result('002').blocks.at(-1)).toEqual({ kind: 'paragraph', text: '來源:教育部官網' });
  });
});

describe('structure of the cleaned seeds', () => {
  const shape = (id: SeedId) =>
    result(id)
      .blocks.map((b) => `${b.kind[0]}${b.level ?? ''}`)
      .join(' ');

  it('000: markdown title without its marker, dateline, five paragraphs', () => {
    expect(result('000').blocks[0]).toEqual({
      kind: 'heading',
      level: 0,
      text: '中央教育工作领导小组秘书组 教育部党组印发通知对教育系统深入学习宣传贯彻党的二十大精神作出部署安排',
    });
    expect(shape('000')).toBe('h0 p p p p p p');
  });

  it('000: joins the three cut sentences', () => {
    for (const joined of ['做到“两个维护”，弘扬', '加快建设教育强国，', '高校毕业生就业创业工作']) {
      expect(text('000')).toContain(joined);
    }
    expect(text('000')).toContain('习近平新时代中国特色社会主义思想党的二十大精神入脑入心');
  });

  it('001: title, paragraphs, two headed lists', () => {
    expect(shape('001')).toBe(
      `h0 ${'p '.repeat(6)}h1 ${'l '.repeat(10)}h1 ${'l '.repeat(7)}`.trim(),
    );
    expect(result('001').blocks[0]?.text).toBe('学习全国教育工作会议精神');
  });

  it('002: title, paragraphs without indentation, source line', () => {
    expect(shape('002')).toBe('h0 p p p p p p p');
    expect(result('002').blocks[1]?.text.startsWith('2024年全國教育工作會議在北京召開。')).toBe(
      true,
    );
  });

  it('003: paragraphs only', () => {
    expect(shape('003')).toBe('p p p p p');
  });

  it('004: contents kept as headings, then the title, then the body', () => {
    const blocks = result('004').blocks;
    const title = blocks.findIndex((b) => b.level === 0);
    expect(title).toBe(25);
    expect(blocks[title]?.text).toBe('学习宣传贯彻二十届四中全会精神工作方案');
    expect(blocks.slice(0, title).every((b) => b.kind === 'heading')).toBe(true);
    expect(blocks.filter((b) => b.text === '四、实施步骤')).toHaveLength(1); // only in the contents
    expect(blocks.at(-1)?.text.endsWith('确保理论研究不只')).toBe(true); // truncated source
  });
});

describe('cleanDocument', () => {
  it('handles CRLF, a byte-order mark and blank-only input', () => {
    expect(cleanDocument('\uFEFF标题\r\n\r\n正文，内容。\r\n').blocks).toEqual([
      { kind: 'heading', level: 0, text: '标题' },
      { kind: 'paragraph', text: '正文，内容。' },
    ]);
    expect(cleanDocument(' \n\n\t\n')).toEqual({ blocks: [], removed: [] });
  });

  it('is idempotent on any mix of seed lines', () => {
    const lines = SEED_IDS.flatMap((id) => seed(id).split('\n'));
    const docs = fc.array(fc.oneof(fc.constantFrom(...lines), fc.constant('')), { maxLength: 40 });
    fc.assert(
      fc.property(docs, (picked) => {
        const once = cleanDocument(picked.join('\n')).blocks;
        expect(cleanDocument(blocksToText(once)).blocks).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
