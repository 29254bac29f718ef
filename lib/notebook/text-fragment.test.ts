import { describe, expect, it } from 'vitest';
import { encodeFragmentPart, linkToExcerpt, textFragment } from './text-fragment.ts';

describe('text fragment links', () => {
  it('quotes a short passage whole, with same-line context', () => {
    expect(
      textFragment({
        exact: '落实立德树人根本任务',
        prefix: '高举中国特色社会主义伟大旗帜，',
        suffix: '，奋力建设高质量教育体系',
      }),
    ).toBe(
      `:~:text=${encodeFragmentPart('国特色社会主义伟大旗帜，')}-,${encodeFragmentPart('落实立德树人根本任务')},-${encodeFragmentPart('，奋力建设高质量教育体系')}`,
    );
  });

  it('escapes the characters of the directive syntax', () => {
    expect(encodeFragmentPart('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    const link = linkToExcerpt({
      url: 'https://example.com/a?x=1#old',
      exact: 'COVID-19, and more',
      prefix: '',
      suffix: '',
    });
    expect(link).toBe('https://example.com/a?x=1#:~:text=COVID%2D19%2C%20and%20more');
  });

  it('gives a long passage as start and end, without cutting Latin words', () => {
    const exact =
      'The ministry said the double reduction policy would continue to be enforced strictly in every province next year.';
    const fragment = textFragment({ exact, prefix: 'In Beijing, ', suffix: ' Schools must' });
    expect(fragment).toBe(
      ':~:text=In%20Beijing%2C-,The%20ministry%20said%20the,province%20next%20year.,-Schools%20must',
    );
  });

  it('uses the first and last line of a passage across paragraphs and drops other-line context', () => {
    const fragment = textFragment({
      exact: '第一段的结尾。\n        第二段的开头，继续写下去。',
      prefix: '上一段。\n    ',
      suffix: '\n  下一段',
    });
    expect(fragment).toBe(
      `:~:text=${encodeFragmentPart('第一段的结尾。')},${encodeFragmentPart('第二段的开头，继续写下去。')}`,
    );
  });

  it('links to the bare page when there is no text', () => {
    expect(linkToExcerpt({ url: 'https://e.com/#x', exact: '  ', prefix: '', suffix: '' })).toBe(
      'https://e.com/',
    );
  });
});
