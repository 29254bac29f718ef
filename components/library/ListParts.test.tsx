// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { click, mount } from '../test-utils.ts';
import { RowActions, SearchField, StoreError, UndoLine } from './ListParts.tsx';

// Outside an extension t() returns the message key: the keys stand in for the text here.
describe('the parts of the library lists', () => {
  it('offers undo only while something was just deleted, the status line always there', () => {
    const onUndo = vi.fn();
    const none = mount(<UndoLine deleted={null} onUndo={onUndo} />);
    expect(none.root.querySelector('[role=status]')?.textContent).toBe('');
    none.unmount();
    const { root, unmount } = mount(<UndoLine deleted="方案" onUndo={onUndo} />);
    click(root.querySelector('[role=status] button.undo'));
    expect(onUndo).toHaveBeenCalledOnce();
    unmount();
  });

  it('says a failed write as an alert, and nothing otherwise', () => {
    const none = mount(<StoreError message={null} />);
    expect(none.root.innerHTML).toBe('');
    none.unmount();
    const { root, unmount } = mount(<StoreError message="disk full" />);
    expect(root.querySelector('p.error[role=alert]')?.textContent).toBe('libraryStoreFailed');
    unmount();
  });

  it('searches as the user types', () => {
    const onQuery = vi.fn();
    const { root, unmount } = mount(
      <SearchField label="Search" class="my-terms-search" query="" onQuery={onQuery} />,
    );
    const input = root.querySelector('input.my-terms-search[type=search]') as HTMLInputElement;
    expect(input.placeholder).toBe('Search');
    input.value = '家校';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onQuery).toHaveBeenCalledWith('家校');
    unmount();
  });

  it('edits and deletes a row, the edit button saying whether its form is open', () => {
    const props = { onEdit: vi.fn(), onDelete: vi.fn() };
    const { root, unmount } = mount(
      <RowActions
        edit={{ text: 'Edit', label: 'Edit 家校共育' }}
        name="家校共育"
        editing
        {...props}
      />,
    );
    const edit = root.querySelector('.row-actions button.edit');
    expect([edit?.textContent, edit?.getAttribute('aria-label')]).toEqual([
      'Edit',
      'Edit 家校共育',
    ]);
    expect(edit?.getAttribute('aria-expanded')).toBe('true');
    click(edit);
    click(root.querySelector('.row-actions button.delete'));
    expect([props.onEdit.mock.calls.length, props.onDelete.mock.calls.length]).toEqual([1, 1]);
    unmount();
  });
});
