import { describe, expect, it } from 'vitest';
import { normalizeUrl, readerDocOf, siteOfUrl } from './url.ts';

describe('normalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest', () => {
    expect(
      normalizeUrl(
        'https://news.example.cn/a/1.html?id=7&utm_source=wx&utm_medium=x&fbclid=abc#p3',
      ),
    ).toBe('https://news.example.cn/a/1.html?id=7');
  });
  it("keeps the document of the glossary reader's address, without the offset", () => {
    const reader = 'chrome-extension://abc/glossary.html';
    expect(normalizeUrl(`${reader}#/doc/moe-2022/1234`)).toBe(`${reader}#/doc/moe-2022`);
    expect(normalizeUrl(`${reader}#/doc/moe-2022`)).toBe(`${reader}#/doc/moe-2022`);
    expect(normalizeUrl('moz-extension://u-u-i-d/glossary.html#/doc/a%20b')).toBe(
      'moz-extension://u-u-i-d/glossary.html#/doc/a%20b',
    );
    expect(readerDocOf(`${reader}#/doc/a%20b/5`)).toBe('a b');
    // Other fragments of extension pages, and reader-like fragments of web pages, are dropped.
    expect(normalizeUrl(`${reader}#/term/x`)).toBe(reader);
    expect(normalizeUrl('https://e.com/glossary.html#/doc/x')).toBe('https://e.com/glossary.html');
    expect(readerDocOf('https://e.com/glossary.html#/doc/x')).toBeUndefined();
  });

  it('leaves something that is not a URL as it is', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
  it('names the site by host', () => {
    expect(siteOfUrl('https://www.moe.gov.cn/jyb_xwfb/')).toBe('www.moe.gov.cn');
    expect(siteOfUrl('::')).toBe('');
  });
});
