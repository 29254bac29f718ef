// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { exportPack } from '../../lib/my-glossary/pack.ts';
import { previewPack } from '../../lib/my-glossary/preview.ts';
import { mine } from '../../lib/testing/my-terms.ts';
import { click, mount } from '../test-utils.ts';
import { PackPanel, type PackState } from './PackPanel.tsx';

const render = (state: PackState, updateChanged = false, count = 2) => {
  const props = {
    onWithDocuments: vi.fn(),
    onUpdateChanged: vi.fn(),
    onExport: vi.fn(),
    onFile: vi.fn(),
    onApply: vi.fn(),
    onCancel: vi.fn(),
  };
  return {
    props,
    ...mount(
      <PackPanel
        count={count}
        state={state}
        withDocuments={false}
        updateChanged={updateChanged}
        {...props}
      />,
    ),
  };
};

const preview = previewPack(
  exportPack([mine('家校共育', { english: 'new' }), mine('强师工程'), mine('两个确立')]),
  [mine('家校共育', { english: 'old' })],
  (form) => (form === '两个确立' ? 'liang-ge-que-li' : null),
);

describe('PackPanel', () => {
  it('exports, and not when there is nothing to export', () => {
    const { root, props, unmount } = render({ kind: 'idle' });
    click(root.querySelector('button.export-pack'));
    expect(props.onExport).toHaveBeenCalled();
    unmount();
    const empty = render({ kind: 'idle' }, false, 0);
    expect((empty.root.querySelector('button.export-pack') as HTMLButtonElement).disabled).toBe(
      true,
    );
    empty.unmount();
  });

  it('lists each group of the preview and applies changed ones only when ticked', () => {
    const state: PackState = { kind: 'preview', fileName: 'class.json', preview };
    const { root, props, unmount } = render(state);
    const count = (g: string) => root.querySelector(`.pack-${g} .pack-count`)?.textContent;
    expect([count('added'), count('same'), count('changed'), count('conflicts')]).toEqual([
      '1',
      '0',
      '1',
      '1',
    ]);
    expect(root.querySelector('.pack-conflicts li')?.textContent).toBe('packConflictBuiltIn');
    expect(root.querySelector('button.apply-pack')?.textContent).toBe('packApply');
    click(root.querySelector('input.update-changed'));
    expect(props.onUpdateChanged).toHaveBeenCalledWith(true);
    click(root.querySelector('button.apply-pack'));
    expect(props.onApply).toHaveBeenCalled();
    unmount();
  });

  it('says why a file was refused', () => {
    const { root, unmount } = render({ kind: 'error', fileName: 'x.json', message: 'not JSON' });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('packRefused');
    expect(root.querySelector('.pack-preview')).toBeNull();
    unmount();
  });
});
