// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { makeExcerpt } from '../../lib/testing/excerpts.ts';
import { click, mount } from '../test-utils.ts';
import { ExcerptCard } from './ExcerptCard.tsx';

const handlers = () => ({
  termLabel: (id: string) => `label:${id}`,
  formatDate: () => '2025-01-02',
  onSave: vi.fn(),
  onDelete: vi.fn(),
  onTag: vi.fn(),
  onTerm: vi.fn(),
});

function type(el: Element | null, value: string) {
  const input = el as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('ExcerptCard', () => {
  it('edits the note and tags in place and reports them cleaned', async () => {
    const props = handlers();
    const excerpt = makeExcerpt({ id: 7, note: 'old', tags: ['a'] });
    const { root, unmount } = mount(<ExcerptCard excerpt={excerpt} {...props} />);
    await act(() => click(root.querySelector('.edit-button')));
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('old');
    expect((root.querySelector('input[name=tags]') as HTMLInputElement).value).toBe('a');
    await act(() => {
      type(root.querySelector('textarea'), '  new note ');
      type(root.querySelector('input[name=tags]'), 'report，教育, report');
    });
    await act(() => click(root.querySelector('button[type=submit]')));
    expect(props.onSave).toHaveBeenCalledWith(7, { note: 'new note', tags: ['report', '教育'] });
    expect(root.querySelector('form')).toBeNull();
    unmount();
  });

  it('cancels an edit without saving', async () => {
    const props = handlers();
    const { root, unmount } = mount(<ExcerptCard excerpt={makeExcerpt()} {...props} />);
    await act(() => click(root.querySelector('.edit-button')));
    await act(() => click(root.querySelector('form button[type=button]')));
    expect(props.onSave).not.toHaveBeenCalled();
    expect(root.querySelector('form')).toBeNull();
    unmount();
  });

  it('marks orphans, labels terms, filters by a chip and deletes', () => {
    const props = handlers();
    const excerpt = makeExcerpt({
      terms: ['lide-shuren'],
      tags: ['report'],
      anchor: { status: 'orphan', checkedAt: 1 },
    });
    const { root, unmount } = mount(<ExcerptCard excerpt={excerpt} {...props} />);
    expect(root.querySelector('.excerpt')?.classList.contains('orphan')).toBe(true);
    expect(root.querySelector('.orphan-badge')).not.toBeNull();
    expect(root.querySelector('.chip.term')?.textContent).toBe('label:lide-shuren');
    click(root.querySelector('.chip.tag'));
    click(root.querySelector('.chip.term'));
    click(root.querySelector('button.delete'));
    expect(props.onTag).toHaveBeenCalledWith('report');
    expect(props.onTerm).toHaveBeenCalledWith('lide-shuren');
    expect(props.onDelete).toHaveBeenCalledWith(excerpt);
    unmount();
  });

  it('links to the source page at the passage', () => {
    const { root, unmount } = mount(<ExcerptCard excerpt={makeExcerpt()} {...handlers()} />);
    const href = root.querySelector('a.open')?.getAttribute('href') ?? '';
    expect(href.startsWith('https://www.moe.gov.cn/a.html#:~:text=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('落实立德树人根本任务');
    unmount();
  });

  it('shows the first four terms and the rest on demand', () => {
    const terms = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { root, unmount } = mount(
      <ExcerptCard excerpt={makeExcerpt({ terms })} {...handlers()} />,
    );
    const chips = () => [...root.querySelectorAll('.chip.term')].map((c) => c.textContent);
    expect(chips()).toEqual(['label:a', 'label:b', 'label:c', 'label:d']);
    expect(root.querySelector('.chip.more')?.textContent).toBe('notebookMoreTerms');
    act(() => click(root.querySelector('.chip.more')));
    expect(chips()).toEqual(terms.map((id) => `label:${id}`));
    expect(root.querySelector('.chip.more')).toBeNull();
    unmount();
  });

  it('shows no "more" when every term fits', () => {
    const { root, unmount } = mount(
      <ExcerptCard excerpt={makeExcerpt({ terms: ['a', 'b', 'c', 'd'] })} {...handlers()} />,
    );
    expect(root.querySelectorAll('.chip.term')).toHaveLength(4);
    expect(root.querySelector('.chip.more')).toBeNull();
    unmount();
  });
});
