// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { makeDocx } from '../testing/docx.ts';
import { readDocx } from './docx.ts';
import { DocumentError, MAX_FILE_BYTES } from './errors.ts';
import { articleOfHtml } from './html.ts';
import { type FileLike, type Parsers, readDocumentFile, readPastedText } from './read-file.ts';

const bytes = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

function file(name: string, data: Uint8Array | string): FileLike {
  const b = bytes(data);
  return {
    name,
    size: b.byteLength,
    arrayBuffer: async () =>
      b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
  };
}

const parsers: Parsers = {
  pdf: async () => ({ paragraphs: ['落实立德树人根本任务。'], title: 'x.doc' }),
  docx: readDocx,
  html: articleOfHtml,
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('readDocumentFile', () => {
  it('reads a .docx: headings, paragraphs, and a term split across runs as one word', async () => {
    const docx = await makeDocx([
      { text: '关于加强作业管理的通知', heading: true },
      { text: '各地要落实立德树人根本任务，切实减轻学生负担。', runsAt: [5, 7] },
      { text: '教育部办公厅' },
      { text: '2021年4月12日' },
    ]);
    const doc = await readDocumentFile(file('通知.docx', docx), parsers);
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain('落实立德树人根本任务');
    expect(doc.blocks[0]?.kind).toBe('heading');
    expect(doc.meta).toMatchObject({
      title: '关于加强作业管理的通知',
      issuer: '教育部办公厅',
      date: '2021-04-12',
      source: '通知.docx',
    });
  });

  it('reads an .html file by its article, without the navigation around it', async () => {
    const para = '全面贯彻党的教育方针，落实立德\n树人根本任务，发展素质教育。'.repeat(8);
    const html = `<html><head><title>通知</title></head><body><nav><a href="/">首页</a> <a href="/a">导航链接</a></nav>
      <article><h1>关于做好教育工作的通知</h1><p>${para}</p><p>${para}</p></article>
      <footer>版权所有 网站地图</footer></body></html>`;
    const doc = await readDocumentFile(file('page.html', html), parsers);
    expect(doc.text).toContain('落实立德树人根本任务');
    expect(doc.text).not.toContain('导航链接');
    expect(doc.text).not.toContain('网站地图');
  });

  it('reads .txt in UTF-8 and in GB18030, and Markdown without its markup', async () => {
    const utf8 = await readDocumentFile(file('a.txt', '标题\n\n坚持**立德树人**。'), parsers);
    expect(utf8.text).toBe('标题\n\n坚持**立德树人**。');
    // 立德树人 in GB18030.
    const gb = new Uint8Array([0xc1, 0xa2, 0xb5, 0xc2, 0xca, 0xf7, 0xc8, 0xcb]);
    expect((await readDocumentFile(file('b.txt', gb), parsers)).text).toBe('立德树人');
    const md = await readDocumentFile(
      file('c.md', '# 标题\n\n坚持**立德树人**，见[链接](https://x.cn)。'),
      parsers,
    );
    expect(md.text).toBe('标题\n\n坚持立德树人，见链接。');
  });

  it('refuses a file over the size limit by its size, without reading it', async () => {
    const read = vi.fn();
    const big = { name: 'big.pdf', size: 200 * 1024 * 1024, arrayBuffer: read };
    expect(await codeOf(readDocumentFile(big, parsers))).toBe('tooLarge');
    expect(read).not.toHaveBeenCalled();
    expect(MAX_FILE_BYTES).toBeLessThan(200 * 1024 * 1024);
  });

  it('names old Word, unsupported, damaged and empty files', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await codeOf(readDocumentFile(file('old.doc', ole), parsers))).toBe('oldWord');
    expect(await codeOf(readDocumentFile(file('renamed.docx', ole), parsers))).toBe('oldWord');
    expect(await codeOf(readDocumentFile(file('sheet.xlsx', 'PK\u0003\u0004'), parsers))).toBe(
      'unsupported',
    );
    expect(await codeOf(readDocumentFile(file('x.docx', 'not a zip'), parsers))).toBe(
      'docxDamaged',
    );
    expect(await codeOf(readDocumentFile(file('x.docx', 'PK\u0003\u0004broken'), parsers))).toBe(
      'docxDamaged',
    );
    expect(await codeOf(readDocumentFile(file('x.pdf', 'hello'), parsers))).toBe('pdfDamaged');
    expect(await codeOf(readDocumentFile(file('blank.txt', ' \n\n\u3000'), parsers))).toBe('empty');
    expect(await codeOf(readDocumentFile(file('zero.txt', ''), parsers))).toBe('empty');
  });

  it('sends a PDF to the PDF reader by its signature whatever its name', async () => {
    const doc = await readDocumentFile(file('download', '%PDF-1.7 ...'), parsers);
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe('落实立德树人根本任务。');
  });
});

describe('readPastedText', () => {
  it('joins a sentence cut by a line break and refuses empty text', () => {
    expect(readPastedText('全面贯彻党的教育方针，坚持立德\n树人，发展素质教育。').text).toBe(
      '全面贯彻党的教育方针，坚持立德树人，发展素质教育。',
    );
    expect(() => readPastedText('  \n ')).toThrow(DocumentError);
  });
});
