// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { groupByPage, pageOfGroups } from '../../lib/notebook/search.ts';
import { makeExcerpt } from '../../lib/testing/excerpts.ts';
import { click, mount } from '../test-utils.ts';
import { ExcerptList } from './ExcerptList.tsx';

const card = {
  termLabel: (id: string) => id,
  formatDate: () => 'd',
  onSave: vi.fn(),
  onDelete: vi.fn(),
  onTag: vi.fn(),
  onTerm: vi.fn(),
};

describe('ExcerptList', () => {
  const excerpts = [
    makeExcerpt({ id: 3, url: 'https://a.example/1', title: 'A', createdAt: 3 }),
    makeExcerpt({
      id: 2,
      url: 'https://b.example/1',
      title: 'B',
      createdAt: 2,
      anchor: { status: 'orphan', checkedAt: 1 },
    }),
    makeExcerpt({ id: 1, url: 'https://a.example/1', title: 'A', createdAt: 1 }),
  ];

  it('shows one section per page with its count and orphans', () => {
    const list = pageOfGroups(groupByPage(excerpts), 0, 50);
    const { root, unmount } = mount(<ExcerptList list={list} onPage={vi.fn()} {...card} />);
    const sections = [...root.querySelectorAll('.page-group')];
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(['A', 'B']);
    expect(sections.map((s) => s.querySelectorAll('.excerpt').length)).toEqual([2, 1]);
    expect(sections[1]?.querySelector('.orphan-count')).not.toBeNull();
    expect(sections[0]?.querySelector('.orphan-count')).toBeNull();
    expect(root.querySelector('.pager')).toBeNull();
    unmount();
  });

  it('pages through the list', () => {
    const onPage = vi.fn();
    const list = pageOfGroups(groupByPage(excerpts), 1, 1);
    const { root, unmount } = mount(<ExcerptList list={list} onPage={onPage} {...card} />);
    const [newer, older] = [...root.querySelectorAll('.pager button')];
    click(newer);
    click(older);
    expect(onPage.mock.calls).toEqual([[0], [2]]);
    unmount();
  });
});
