import { describe, expect, it } from 'vitest';
import { encodeFragmentPart, linkToExcerpt, textFragment } from './text-fragment.ts';

const decoded = (excerpt: { exact: string; prefix: string; suffix: string }) =>
  textFragment(excerpt)
    .split(/([,-])/)
    .map((part) => (part === ',' || part === '-' ? part : decodeURIComponent(part)))
    .join('');

describe('text fragment links', () => {
  it('quotes a short passage whole, with context cut on word boundaries', () => {
    expect(
      decoded({
        exact: '落实立德树人根本任务',
        prefix: '高举中国特色社会主义伟大旗帜，',
        suffix: '，奋力建设高质量教育体系',
      }),
    ).toBe(':~:text=特色社会主义伟大旗帜，-,落实立德树人根本任务,-，奋力建设高质量教育体系');
  });

  it('grows a passage cut inside a word out to the whole word, from its context', () => {
    expect(
      decoded({ exact: '立德树人根本任', prefix: '伟大旗帜，落实', suffix: '务，奋力建设' }),
    ).toBe(':~:text=伟大旗帜，落实-,立德树人根本任务,-，奋力建设');
    expect(decoded({ exact: 'inistry said', prefix: 'The m', suffix: ' the' })).toBe(
      ':~:text=The-,ministry said,-the',
    );
  });

  it('escapes the characters of the directive syntax', () => {
    expect(encodeFragmentPart('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    const link = linkToExcerpt({
      url: 'https://example.com/a?x=1#old',
      exact: 'COVID-19, and more',
      prefix: '',
      suffix: '',
      start: 0,
    });
    expect(link).toBe('https://example.com/a?x=1#:~:text=COVID%2D19%2C%20and%20more');
  });

  it('gives a long passage as start and end, without cutting words', () => {
    const exact =
      'The ministry said the double reduction policy would continue to be enforced strictly in every province next year.';
    expect(decoded({ exact, prefix: 'In Beijing, ', suffix: ' Schools must' })).toBe(
      ':~:text=In Beijing,-,The ministry said the,province next year.,-Schools must',
    );
  });

  it('uses the first and last line of a passage across paragraphs, without other-line context', () => {
    expect(
      decoded({
        exact: '第一段的结尾。\n        第二段的开头，继续写下去。',
        prefix: '上一段。\n    ',
        suffix: '\n  下一段',
      }),
    ).toBe(':~:text=第一段的结尾。,第二段的开头，继续写下去。');
  });

  it('links to the bare page when there is no text', () => {
    expect(
      linkToExcerpt({ url: 'https://e.com/#x', exact: '  ', prefix: '', suffix: '', start: 0 }),
    ).toBe('https://e.com/');
  });

  it("links an excerpt saved in the glossary's reader to the reader at its offset", () => {
    const excerpt = { exact: '落实立德树人根本任务', prefix: '', suffix: '', start: 1234 };
    expect(
      linkToExcerpt({ ...excerpt, url: 'chrome-extension://abc/glossary.html#/doc/moe-2022' }),
    ).toBe('chrome-extension://abc/glossary.html#/doc/moe-2022/1234');
    // A web page whose own fragment looks like a reader route keeps the text fragment.
    expect(linkToExcerpt({ ...excerpt, url: 'https://e.com/glossary.html#/doc/x' })).toMatch(
      /^https:\/\/e\.com\/glossary\.html#:~:text=/,
    );
  });
});
