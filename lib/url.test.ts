import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOfUrl } from './url.ts';

describe('normalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest', () => {
    expect(
      normalizeUrl(
        'https://news.example.cn/a/1.html?id=7&utm_source=wx&utm_medium=x&fbclid=abc#p3',
      ),
    ).toBe('https://news.example.cn/a/1.html?id=7');
  });
  it('leaves something that is not a URL as it is', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
  it('names the site by host', () => {
    expect(siteOfUrl('https://www.moe.gov.cn/jyb_xwfb/')).toBe('www.moe.gov.cn');
    expect(siteOfUrl('::')).toBe('');
  });
});
