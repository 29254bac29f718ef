import { describe, expect, it } from 'vitest';
import { pageScript } from './page-script.ts';

describe('pageScript', () => {
  it('follows the interface language when the reader chose nothing', () => {
    expect(pageScript('page', 'zh-CN')).toBe('simplified');
    expect(pageScript('page', 'en-US')).toBe('simplified');
    expect(pageScript('page', 'zh-TW')).toBe('tw');
    expect(pageScript('page', 'zh_TW')).toBe('tw');
    expect(pageScript('page', 'zh-HK')).toBe('hk');
  });

  it('takes the reader’s choice over the interface language', () => {
    expect(pageScript('hk', 'zh-CN')).toBe('hk');
    expect(pageScript('simplified', 'zh-TW')).toBe('simplified');
  });

  it('reads a traditional document in traditional, in the chosen standard or Taiwan’s', () => {
    expect(pageScript('page', 'en-US', 'traditional')).toBe('tw');
    expect(pageScript('simplified', 'zh-CN', 'traditional')).toBe('tw');
    expect(pageScript('page', 'zh-HK', 'traditional')).toBe('hk');
    expect(pageScript('hk', 'zh-TW', 'traditional')).toBe('hk');
    expect(pageScript('page', 'zh-TW', 'simplified')).toBe('tw');
  });
});
