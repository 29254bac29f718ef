// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mine } from '../../lib/testing/my-terms.ts';
import { click, mount } from '../test-utils.ts';
import { MyTermPage } from './MyTermPage.tsx';

describe('MyTermPage', () => {
  it('shows the entry and its sources newest first, with the term marked and dates', () => {
    const term = mine('家校共育', {
      pinyin: 'jiā xiào gòng yù',
      english: 'home-school co-education',
      definition: '家庭与学校合作育人。',
      variants: ['家校共育'],
      sources: [
        { doc: 'my-1', title: '方案', date: '2023-01-02', sentence: '坚持家校共育。' },
        {
          doc: '',
          title: '新闻',
          date: '2024-05-06',
          sentence: '推进家校共育。',
          url: 'https://x.cn/',
        },
      ],
    });
    const props = { onEdit: vi.fn(), onDelete: vi.fn() };
    const { root, unmount } = mount(
      <MyTermPage term={term} alias={null} editing={null} {...props} />,
    );
    expect(root.querySelector('h1')?.textContent).toBe('家校共育');
    for (const part of ['jiā xiào gòng yù', 'home-school co-education', '家庭与学校合作育人。'])
      expect(root.textContent).toContain(part);
    const items = [...root.querySelectorAll('.source-list li')];
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '2024-05-06',
      '2023-01-02',
    ]);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://x.cn/');
    expect(items[1]?.querySelector('a')?.getAttribute('href')).toBe('#/doc/my-1');
    expect(items[0]?.querySelector('mark')?.textContent).toBe('家校共育');
    click(root.querySelector('button.edit'));
    click(root.querySelector('button.delete'));
    expect(props.onEdit).toHaveBeenCalled();
    expect(props.onDelete).toHaveBeenCalled();
    unmount();
  });

  it('links a merged form to its built-in entry', () => {
    const { root, unmount } = mount(
      <MyTermPage
        term={mine('树人任务', { aliasOf: 'li-de-shu-ren' })}
        alias={{ href: '#/term/li-de-shu-ren', term: '立德树人' }}
        editing={null}
        onEdit={() => undefined}
        onDelete={() => undefined}
      />,
    );
    const link = root.querySelector('a[href="#/term/li-de-shu-ren"]');
    expect(link?.textContent).toBe('立德树人');
    unmount();
  });
});
