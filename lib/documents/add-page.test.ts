// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { parseRequest } from '../messaging.ts';
import { addTabToLibrary } from './add-page.ts';
import { DocumentError } from './errors.ts';

const para = '全面贯彻党的教育方针，落实立德树人根本任务，发展素质教育，推进教育公平。'.repeat(6);
const html = `<html><head><title>通知 - 政府网</title></head><body>
  <nav><a href="/">首页</a><a href="/b">导航栏目</a></nav>
  <article><h1>关于做好教育工作的通知</h1><p>${para}</p><p>${para}</p></article>
  <footer>网站地图</footer></body></html>`;

describe('addTabToLibrary', () => {
  it("sends the page's main text, validated, to the background", async () => {
    const store = vi.fn(async () => ({ id: 'my-1', title: 't' }));
    const readPage = async () => ({ url: 'https://www.gov.cn/a.html', title: '通知', html });
    await addTabToLibrary(7, { readPage, store: store as never });
    const request = (store.mock.calls[0] as unknown[])[0];
    const parsed = parseRequest(request);
    if (parsed?.type !== 'document/add') throw new Error('not a valid document/add');
    expect(parsed.doc.text).toContain('落实立德树人根本任务');
    expect(parsed.doc.text).not.toContain('导航栏目');
    expect(parsed.doc.meta.source).toBe('https://www.gov.cn/a.html');
    expect(parsed.doc.format).toBe('page');
  });

  it('refuses a tab without our content script, and an empty page, storing nothing', async () => {
    const store = vi.fn();
    const refused = (
      readPage: () => Promise<never | { url: string; title: string; html: string }>,
    ) =>
      addTabToLibrary(1, { readPage, store }).then(
        () => 'stored',
        (e: unknown) => (e instanceof DocumentError ? e.code : String(e)),
      );
    expect(await refused(() => Promise.reject(new Error('Receiving end does not exist.')))).toBe(
      'pageUnreadable',
    );
    const blank = '<html><body><div> </div></body></html>';
    expect(await refused(async () => ({ url: 'https://x.cn/', title: '', html: blank }))).toBe(
      'empty',
    );
    expect(store).not.toHaveBeenCalled();
  });
});
