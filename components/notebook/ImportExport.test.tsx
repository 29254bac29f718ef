// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { click, mount } from '../test-utils.ts';
import { ImportExport, type ImportState } from './ImportExport.tsx';

const render = (state: ImportState) => {
  const props = { onExport: vi.fn(), onFile: vi.fn(), onConfirm: vi.fn(), onCancel: vi.fn() };
  return { props, ...mount(<ImportExport state={state} {...props} />) };
};

describe('ImportExport', () => {
  it('exports each format', () => {
    const { root, props, unmount } = render({ kind: 'idle' });
    for (const kind of ['md', 'csv', 'json']) click(root.querySelector(`[data-export=${kind}]`));
    expect(props.onExport.mock.calls).toEqual([['md'], ['csv'], ['json']]);
    unmount();
  });

  it('previews an import and only then offers to run it', () => {
    const { root, props, unmount } = render({
      kind: 'preview',
      fileName: 'n.json',
      fresh: 2,
      duplicates: 1,
    });
    expect(root.querySelector('.preview strong')?.textContent).toBe('n.json');
    click(root.querySelector('button.confirm-import'));
    expect(props.onConfirm).toHaveBeenCalled();
    unmount();
    const none = render({ kind: 'preview', fileName: 'n.json', fresh: 0, duplicates: 3 });
    expect(none.root.querySelector('button.confirm-import')).toBeNull();
    none.unmount();
  });

  it('shows why a file was refused', () => {
    const { root, unmount } = render({ kind: 'error', message: 'not JSON' });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('not JSON');
    unmount();
  });

  it('hands the chosen file over', () => {
    const { root, props, unmount } = render({ kind: 'idle' });
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['{}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onFile).toHaveBeenCalledWith(file);
    unmount();
  });
});
