import { describe, expect, it } from 'vitest';
import { pluralKey } from './i18n.ts';

describe('pluralKey', () => {
  const has = (keys: string[]) => (k: string) => keys.includes(k);

  it('picks the singular message for one in English, the plain one otherwise', () => {
    const exists = has(['terms', 'terms_one']);
    expect(pluralKey('terms', 1, 'en-US', exists)).toBe('terms_one');
    expect(pluralKey('terms', 0, 'en-US', exists)).toBe('terms');
    expect(pluralKey('terms', 2, 'en-US', exists)).toBe('terms');
    expect(pluralKey('terms', 21, 'en', exists)).toBe('terms');
  });

  it('uses the plain message in Chinese, which has no plural forms', () => {
    expect(pluralKey('terms', 1, 'zh-CN', has(['terms', 'terms_one']))).toBe('terms');
  });

  it('falls back to the plain message when no singular is defined', () => {
    expect(pluralKey('terms', 1, 'en', has(['terms']))).toBe('terms');
  });
});
