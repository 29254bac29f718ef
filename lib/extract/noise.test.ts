import { describe, expect, it } from 'vitest';
import { isNoise } from './noise.ts';

const glossary = new Map([
  ['两个确立', 'liang-ge-que-li'],
  ['双减', 'shuang-jian'],
]);
const knownOf = (text: string) => glossary.get(text) ?? null;

describe('isNoise', () => {
  it('drops a known term with a function word stuck to either end', () => {
    expect(isNoise('两个确立的', knownOf)).toBe(true);
    expect(isNoise('把双减', knownOf)).toBe(true);
    expect(isNoise('在双减中', knownOf)).toBe(true);
  });

  it('keeps the known term itself and a longer name built on it', () => {
    expect(isNoise('两个确立', knownOf)).toBe(false);
    expect(isNoise('双减政策', knownOf)).toBe(false);
    expect(isNoise('落实双减', knownOf)).toBe(false);
  });

  it('keeps a new term that merely ends in a particle-like character', () => {
    expect(isNoise('新质生产力的', knownOf)).toBe(false);
  });

  it('drops candidates with no Chinese character', () => {
    expect(isNoise('2025', knownOf)).toBe(true);
    expect(isNoise('AI', knownOf)).toBe(true);
  });
});
