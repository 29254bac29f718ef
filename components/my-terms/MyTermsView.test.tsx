// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mine } from '../../lib/testing/my-terms.ts';
import { click, mount } from '../test-utils.ts';
import { MyTermsView, type MyTermsViewProps } from './MyTermsView.tsx';

const render = (change: Partial<MyTermsViewProps> = {}) => {
  const props: MyTermsViewProps = {
    terms: [
      mine('家校共育', { pinyin: 'jiā xiào gòng yù' }),
      mine('树人任务', { aliasOf: 'li-de-shu-ren' }),
    ],
    total: 2,
    query: '',
    editing: null,
    deleted: null,
    storeError: null,
    termHref: (id) => `#/term/${encodeURIComponent(id)}`,
    aliasLabel: (id) => (id === 'li-de-shu-ren' ? '立德树人' : id),
    onQuery: vi.fn(),
    onEdit: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    packs: <div class="the-packs" />,
    ...change,
  };
  return { props, ...mount(<MyTermsView {...props} />) };
};

describe('MyTermsView', () => {
  it('lists my terms, each linking to its page; a merged form names its entry', () => {
    const { root, unmount } = render();
    const links = [...root.querySelectorAll('li.my-term a.my-term-link')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/term/my%3A%E5%AE%B6%E6%A0%A1%E5%85%B1%E8%82%B2',
      '#/term/my%3A%E6%A0%91%E4%BA%BA%E4%BB%BB%E5%8A%A1',
    ]);
    expect(root.querySelector('li.my-term[data-term="树人任务"]')?.textContent).toContain(
      'myTermAliasOf',
    );
    expect(root.querySelector('.the-packs')).not.toBeNull();
    unmount();
  });

  it('edits and deletes by id, and offers undo after a delete', () => {
    const { root, props, unmount } = render({ deleted: '强师工程' });
    click(root.querySelector('li.my-term[data-term="家校共育"] button.edit'));
    click(root.querySelector('li.my-term[data-term="树人任务"] button.delete'));
    click(root.querySelector('button.undo'));
    expect(props.onEdit).toHaveBeenCalledWith('my:家校共育');
    expect(props.onDelete).toHaveBeenCalledWith('my:树人任务');
    expect(props.onUndo).toHaveBeenCalled();
    unmount();
  });

  it('says when there are none, and when the search finds none', () => {
    const none = render({ terms: [], total: 0 });
    expect(none.root.querySelector('li.my-term')).toBeNull();
    expect(none.root.textContent).toContain('myTermsEmpty');
    none.unmount();
    const missed = render({ terms: [], total: 2, query: 'zzz' });
    expect(missed.root.textContent).toContain('libraryNoMatch');
    missed.unmount();
  });
});
