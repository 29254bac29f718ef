import { describe, expect, it } from 'vitest';
import { convertMarked, fromSimplified, toSimplified } from './convert.ts';
import { langOf, traditionalStandardOf } from './reading-script.ts';

describe('fromSimplified', () => {
  it('writes 为 as 為 in both traditional standards, not OpenCC’s generic 爲', () => {
    expect(fromSimplified('为人民服务', 'tw')).toBe('為人民服務');
    expect(fromSimplified('为人民服务', 'hk')).toBe('為人民服務');
  });

  it('follows each standard where Taiwan and Hong Kong differ', () => {
    expect(fromSimplified('人民群众里面', 'tw')).toBe('人民群眾裡面');
    expect(fromSimplified('人民群众里面', 'hk')).toBe('人民羣眾裏面');
  });

  it('writes 鬥爭 where OpenCC’s segmentation reads 伟大斗争 as 偉大斗 + 争', () => {
    for (const script of ['tw', 'hk'] as const) {
      expect(fromSimplified('进行伟大斗争', script)).toBe('進行偉大鬥爭');
      expect(fromSimplified('北斗七星', script)).toBe('北斗七星');
    }
  });

  it('leaves simplified text alone for simplified readers', () => {
    expect(fromSimplified('为人民服务', 'simplified')).toBe('为人民服务');
  });
});

describe('toSimplified', () => {
  it('reads every traditional standard back to simplified', () => {
    expect(toSimplified('爲人民服務，為群眾，羣眾裏面，裡面')).toBe(
      '为人民服务，为群众，群众里面，里面',
    );
  });
});

describe('convertMarked', () => {
  it('keeps the span on the same words when a conversion changes lengths', () => {
    // A converter that lengthens text, as a phrase dictionary may: offsets must follow.
    const widen = (s: string) => s.replaceAll('国', '國國');
    const { text, at } = convertMarked('中国的两个确立和中国', [3, 7], widen);
    expect(text).toBe('中國國的两个确立和中國國');
    expect(text.slice(...(at as [number, number]))).toBe('两个确立');
  });

  it('marks the converted term in a real sentence', () => {
    const sentence = '要深刻领悟“两个确立”的决定性意义';
    const at: [number, number] = [6, 10];
    for (const script of ['tw', 'hk'] as const) {
      const marked = convertMarked(sentence, at, (s) => fromSimplified(s, script));
      expect(marked.text).toBe('要深刻領悟“兩個確立”的決定性意義');
      expect(marked.text.slice(...(marked.at as [number, number]))).toBe('兩個確立');
    }
  });

  it('converts a sentence with no known span whole', () => {
    expect(convertMarked('两个确立', undefined, (s) => fromSimplified(s, 'tw'))).toEqual({
      text: '兩個確立',
    });
  });
});

describe('traditionalStandardOf', () => {
  it('reads Hong Kong and Macao tags as the Hong Kong standard, other tags as Taiwan’s', () => {
    for (const lang of ['zh-HK', 'zh-hk', 'zh-MO', 'zh-Hant-HK', 'zh-Hant-MO'])
      expect(traditionalStandardOf(lang)).toBe('hk');
    for (const lang of ['zh-TW', 'zh-Hant', 'zh-Hant-TW', 'zh', '', 'en-HK', 'zh-HKX'])
      expect(traditionalStandardOf(lang)).toBe('tw');
    expect(langOf('hk')).toBe('zh-HK');
  });
});
