// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { click, mount } from '../test-utils.ts';
import { type ConfirmationState, preview, SaveConfirmation } from './SaveConfirmation.tsx';

const callbacks = () => ({
  onSaveNote: vi.fn(),
  onUndo: vi.fn(),
  onClose: vi.fn(),
  onHold: vi.fn(),
});

describe('SaveConfirmation', () => {
  it('takes a note in place and holds the box open meanwhile', async () => {
    const props = callbacks();
    const state: ConfirmationState = { kind: 'saved', exact: '落实立德树人根本任务', note: '' };
    const { root, unmount } = mount(<SaveConfirmation state={state} {...props} />);
    expect(root.querySelector('blockquote')?.textContent).toBe('落实立德树人根本任务');
    await act(() => click(root.querySelector('button.add-note')));
    expect(props.onHold).toHaveBeenCalledWith(true);
    const input = root.querySelector('input.note-input') as HTMLInputElement;
    await act(() => {
      input.value = '引用';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => click(root.querySelector('button[type=submit]')));
    expect(props.onSaveNote).toHaveBeenCalledWith('引用');
    unmount();
  });

  it('closes the note field once the note is saved, and keeps it open when saving failed', async () => {
    const props = callbacks();
    const saved: ConfirmationState = { kind: 'saved', exact: 'x', note: '' };
    const view = mount(<SaveConfirmation state={saved} {...props} />);
    const rerender = (state: ConfirmationState) =>
      act(() => render(<SaveConfirmation state={state} {...props} />, view.root));
    await act(() => click(view.root.querySelector('button.add-note')));
    await rerender({ ...saved, busy: true });
    await rerender({ ...saved, busy: false, error: 'disk full' });
    expect(view.root.querySelector('input.note-input')).not.toBeNull();
    expect(view.root.querySelector('.error')?.textContent).toBe('disk full');
    await rerender({ ...saved, busy: true });
    await rerender({ ...saved, note: 'n' });
    expect(view.root.querySelector('input.note-input')).toBeNull();
    expect(view.root.querySelector('.note')?.textContent).toBe('n');
    view.unmount();
  });

  it('undoes and closes', () => {
    const props = callbacks();
    const { root, unmount } = mount(
      <SaveConfirmation state={{ kind: 'saved', exact: 'x', note: 'n' }} {...props} />,
    );
    expect(root.querySelector('.note')?.textContent).toBe('n');
    click(root.querySelector('button.undo'));
    click(root.querySelector('button.close'));
    expect(props.onUndo).toHaveBeenCalled();
    expect(props.onClose).toHaveBeenCalled();
    unmount();
  });

  it('keeps the text of a failed save to copy, as an alert', () => {
    const { root, unmount } = mount(
      <SaveConfirmation
        state={{ kind: 'failed', error: 'no space left', exact: '加快建设教育强国' }}
        {...callbacks()}
      />,
    );
    expect(root.querySelector('[role=alert] .error')?.textContent).toBe('no space left');
    expect((root.querySelector('textarea.kept') as HTMLTextAreaElement).value).toBe(
      '加快建设教育强国',
    );
    unmount();
  });

  it('shortens long passages for the preview', () => {
    expect(preview('a  b\n c')).toBe('a b c');
    expect(preview('长'.repeat(200))).toHaveLength(120);
  });
});
