import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('drops scripts, styles, templates and noscript content', () => {
    const html = `<html><head><title>标题</title><style>p { color: red }</style>
      <script>var term = "四个意识";</script></head>
      <body><template><p>两个维护</p></template><noscript>请启用脚本</noscript><p>正文</p>
      <script type="module">import "x";</script></body></html>`;
    expect(htmlToText(html)).toBe('标题\n正文');
  });

  it('puts each block on its own line and keeps inline markup in the line', () => {
    const html =
      '<h1>第一章</h1><p>增强<b>四个</b><a href="#">意识</a></p><ul><li>甲</li><li>乙</li></ul>';
    expect(htmlToText(html)).toBe('第一章\n增强四个意识\n甲\n乙');
  });

  it('ends a block at <br>, table cells and implied closing tags', () => {
    expect(htmlToText('<p>一<br>二<p>三<table><tr><td>四<td>五</table>')).toBe(
      '一\n二\n三\n四\n五',
    );
  });

  it('decodes entities', () => {
    expect(htmlToText('<p>A&amp;B &lt;C&gt; &#x7ACB;&#24503;&nbsp;x</p>')).toBe(
      'A&B <C> 立德\u00a0x',
    );
  });

  it('collapses whitespace, and a source line break between Chinese characters vanishes', () => {
    expect(htmlToText('<p>  落实立德\n    树人  根本\n任务 </p>')).toBe('落实立德树人 根本任务');
    expect(htmlToText('<p>one\ntwo   three</p>')).toBe('one two three');
  });

  it('keeps preformatted text line by line', () => {
    expect(htmlToText('<pre>a  b\nc</pre>')).toBe('a  b\nc');
  });

  it('reads broken markup without throwing', () => {
    expect(htmlToText('<p>未闭合<b>粗体<div>块</p>')).toBe('未闭合粗体\n块');
    expect(htmlToText('<script>没有结束')).toBe('');
    expect(htmlToText('纯文本')).toBe('纯文本');
  });
});
