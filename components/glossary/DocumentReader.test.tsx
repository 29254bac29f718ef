// @vitest-environment happy-dom
import { createRef } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { SeedDocument } from '../../lib/types.ts';
import { click, mount } from '../test-utils.ts';
import { DocumentReader } from './DocumentReader.tsx';

const text = '标题\n第一段立德树人。\n甲项\n乙项\n末段。';
const doc: SeedDocument = {
  id: 'd',
  file: 'd.txt',
  title: '文件标题',
  issuer: '教育部',
  date: '2024-01-11',
  dateNote: 'The month is lost in the text.',
  script: 'simplified',
  text,
  blocks: [
    { kind: 'heading', start: 0, end: 2 },
    { kind: 'paragraph', start: 3, end: 11 },
    { kind: 'list-item', start: 12, end: 14 },
    { kind: 'list-item', start: 15, end: 17 },
    { kind: 'paragraph', start: 18, end: 21 },
  ],
};

function render(overrides: Partial<Parameters<typeof DocumentReader>[0]> = {}) {
  return mount(
    <DocumentReader
      doc={doc}
      terms={[{ id: 'li-de-shu-ren', term: '立德树人', english: 'x', count: 1, first: 6 }]}
      highlight
      canHighlight
      articleRef={createRef()}
      termHref={(id) => `#/term/${id}`}
      docHref={(id, offset) => `#/doc/${id}/${offset}`}
      onHighlight={() => undefined}
      {...overrides}
    />,
  );
}

describe('DocumentReader', () => {
  it('renders each block as one text node holding exactly its slice of the cleaned text', () => {
    const { root, unmount } = render();
    const blocks = [...root.querySelectorAll('[data-start]')];
    expect(blocks.map((b) => b.tagName)).toEqual(['H2', 'P', 'LI', 'LI', 'P']);
    for (const [i, b] of blocks.entries()) {
      const block = doc.blocks[i] as SeedDocument['blocks'][number];
      expect(b.childNodes).toHaveLength(1);
      expect(b.textContent).toBe(text.slice(block.start, block.end));
      expect(b.textContent).not.toContain('\n');
      expect(b.getAttribute('data-start')).toBe(String(block.start));
    }
    // Consecutive list items share one list.
    expect(root.querySelectorAll('article ul')).toHaveLength(1);
    unmount();
  });

  it('shows the metadata, the date note, and the script as the article language', () => {
    const { root, unmount } = render();
    const meta = root.querySelector('.doc-meta')?.textContent ?? '';
    expect(meta).toContain('教育部');
    expect(meta).toContain('2024-01-11');
    expect(meta).toContain('The month is lost');
    expect(root.querySelector('article')?.getAttribute('lang')).toBe('zh-Hans');
    unmount();
  });

  it('links each term to its entry and its count to its first place', () => {
    const { root, unmount } = render();
    const links = [...root.querySelectorAll('.doc-terms a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/term/li-de-shu-ren', '#/doc/d/6']);
    unmount();
  });

  it('reports the highlight toggle, and explains when marks cannot be drawn', () => {
    const onHighlight = vi.fn();
    const { root, unmount } = render({ onHighlight });
    click(root.querySelector('.doc-meta input[type=checkbox]'));
    expect(onHighlight).toHaveBeenCalledWith(false);
    unmount();
    const without = render({ canHighlight: false });
    expect(without.root.querySelector('.doc-meta input')).toBeNull();
    expect(without.root.textContent).toContain('readerNoHighlightApi');
    without.unmount();
  });
});
