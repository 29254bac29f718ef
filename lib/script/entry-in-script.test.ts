import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { entryInScript, titleInScript } from './entry-in-script.ts';

const bundle = readBuiltGlossary();
const entry = bundle.terms.find((t) => t.id === 'liang-ge-que-li');
if (!entry) throw new Error('liang-ge-que-li is not in the glossary');

describe('entryInScript', () => {
  it('shows a Hong Kong reader the entry, seed and news sentences in Hong Kong forms', () => {
    const hk = entryInScript(entry, 'hk');
    expect(hk.term).toBe('兩個確立');
    expect(hk.definition).not.toMatch(/[个确立为]{2}/);
    for (const o of hk.occurrences) expect(o.sentence).toContain('兩個確立');
    for (const x of hk.corpus) expect(x.sentence.slice(x.start, x.end)).toBe('兩個確立');
    expect(entry.term).toBe('两个确立'); // the stored entry is not touched
  });

  it('gives a simplified reader the simplified copy of a traditional seed’s sentence', () => {
    const simplified = entryInScript(entry, 'simplified');
    const traditionalSeed = simplified.occurrences.find((o) => o.text === '兩個確立');
    expect(traditionalSeed?.sentence).toBe(traditionalSeed?.sentenceSimplified);
    expect(traditionalSeed?.sentence).toContain('两个确立');
  });

  it('converts document titles through simplified', () => {
    expect(
      titleInScript({ title: '2024年全國教育工作會議召開', script: 'traditional' }, 'simplified'),
    ).toBe('2024年全国教育工作会议召开');
    expect(titleInScript({ title: '学习全国教育工作会议精神', script: 'simplified' }, 'tw')).toBe(
      '學習全國教育工作會議精神',
    );
  });
});
