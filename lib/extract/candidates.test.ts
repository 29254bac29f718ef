import { describe, expect, it } from 'vitest';
import { candidateSpans, extractCandidates, namedSpans } from './candidates.ts';

const texts = (list: string[]) => list.map((text, i) => ({ id: `d${i}`, text }));
const found = (list: string[]) => extractCandidates(texts(list)).map((c) => c.text);

describe('namedSpans', () => {
  it('takes the whole name before a head noun, not a window cut mid-word', () => {
    const spans = namedSpans(
      '会议强调，要以习近平新时代中国特色社会主义思想为指导，深入实施科教兴国战略。',
    );
    expect(spans).toEqual(['习近平新时代中国特色社会主义思想', '科教兴国战略']);
  });

  it('cuts the verbs and adverbs that lead up to a name', () => {
    expect(namedSpans('要深入学习宣传贯彻党的二十大精神')).toEqual(['党的二十大精神']);
    expect(namedSpans('加快建设高质量教育体系')).toEqual(['高质量教育体系']);
    expect(namedSpans('大力实施国家教育数字化战略行动，推动')).toEqual(['国家教育数字化战略行动']);
  });

  it('keeps words that belong inside a name', () => {
    expect(namedSpans('聚焦教育强国建设规划纲要编制实施')).toEqual(['教育强国建设规划纲要']);
    expect(namedSpans('扎实开展党纪学习教育')).toEqual(['党纪学习教育']);
  });

  it('joins head nouns that follow each other into one name', () => {
    expect(namedSpans('中央教育工作领导小组秘书组组长')).toEqual(['中央教育工作领导小组秘书组']);
    expect(namedSpans('学习宣传贯彻二十届四中全会精神工作方案')).toEqual([
      '二十届四中全会精神工作方案',
    ]);
  });

  it('separates two names that stand side by side', () => {
    expect(namedSpans('推动习近平新时代中国特色社会主义思想党的二十大精神入脑入心')).toEqual([
      '习近平新时代中国特色社会主义思想',
      '党的二十大精神',
    ]);
  });

  it('leaves dates, adjectives and 党组织 out', () => {
    expect(namedSpans('1月12日，2023年全国教育工作会议在北京召开')).toEqual(['全国教育工作会议']);
    expect(namedSpans('基础性、战略性支撑')).toEqual([]);
    expect(namedSpans('要求各级各类学校党组织把学习')).toEqual([]);
  });

  it('drops a bare head noun', () => {
    expect(namedSpans('部长怀进鹏出席会议并讲话')).toEqual([]);
  });
});

describe('extractCandidates', () => {
  it('finds quoted spans, book titles and numbered formulas', () => {
    const result = extractCandidates(
      texts(['深刻领悟“两个确立”的决定性意义，印发《关于做好某项工作的通知》，强化五育并举。']),
    );
    expect(result.map((c) => [c.text, c.kinds])).toEqual([
      ['两个确立', ['quoted', 'formula']],
      ['五育并举', ['formula']],
      ['关于做好某项工作的通知', ['title']],
    ]);
  });

  it('does not read the tail of a larger number or an ordinal as a formula', () => {
    const result = found([
      '党的二十大和二十届二中全会，今后一个时期重点工作，第二个百年奋斗目标，第十五个五年规划',
    ]);
    expect(result.filter((t) => /^[一二两三四五六七八九十]/.test(t))).toEqual([]);
  });

  it('cuts a formula before the words that join it to the sentence', () => {
    expect(found(['做到两个维护的政治自觉'])).toEqual(['两个维护']);
  });

  it('counts occurrences and documents', () => {
    const [first] = extractCandidates(texts(['“双减”与“双减”', '继续把“双减”摆在突出位置']));
    expect(first).toEqual({
      text: '双减',
      kinds: ['quoted', 'formula'],
      count: 6,
      docs: ['d0', 'd1'],
    });
  });

  it('keeps a named thing only when it recurs', () => {
    expect(found(['深入实施科教兴国战略'])).toEqual([]);
    expect(found(['深入实施科教兴国战略', '坚持科教兴国战略'])).toEqual(['科教兴国战略']);
  });
});

describe('candidateSpans', () => {
  it('gives where each span starts in the text', () => {
    const text = '要深入实施科教兴国战略，落实“双减”，学习《纲要》。';
    const spans = candidateSpans(text);
    expect(spans.map((s) => [s.text, s.kind, s.start])).toEqual([
      ['双减', 'quoted', 15],
      ['纲要', 'title', 22],
      ['双减', 'formula', 15],
      ['科教兴国战略', 'named', 5],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
