// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { click, mount } from '../test-utils.ts';
import { NO_FILTERS, NotebookToolbar } from './NotebookToolbar.tsx';

const facets = {
  terms: [['lide-shuren', 2]] as [string, number][],
  tags: [['report', 3]] as [string, number][],
  sites: [['www.moe.gov.cn', 5]] as [string, number][],
};

function change(el: Element | null, value: string, event = 'change') {
  const input = el as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('NotebookToolbar', () => {
  it('reports each filter as it changes', () => {
    const onChange = vi.fn();
    const { root, unmount } = mount(
      <NotebookToolbar
        filters={NO_FILTERS}
        facets={facets}
        termLabel={(id) => `T:${id}`}
        onChange={onChange}
      />,
    );
    expect(root.querySelector('select[name=term] option[value=lide-shuren]')?.textContent).toBe(
      'T:lide-shuren (2)',
    );
    change(root.querySelector('input[name=query]'), '立德', 'input');
    change(root.querySelector('select[name=tag]'), 'report');
    change(root.querySelector('select[name=site]'), 'www.moe.gov.cn');
    change(root.querySelector('input[name=from]'), '2025-01-01');
    click(root.querySelector('input[name=orphans]'));
    expect(onChange.mock.calls.map(([c]) => c)).toEqual([
      { query: '立德' },
      { tag: 'report' },
      { site: 'www.moe.gov.cn' },
      { from: '2025-01-01' },
      { orphansOnly: true },
    ]);
    expect(root.querySelector('button.clear')).toBeNull();
    unmount();
  });

  it('offers to clear the filters once one is set', () => {
    const onChange = vi.fn();
    const { root, unmount } = mount(
      <NotebookToolbar
        filters={{ ...NO_FILTERS, tag: 'report' }}
        facets={facets}
        termLabel={(id) => id}
        onChange={onChange}
      />,
    );
    click(root.querySelector('button.clear'));
    expect(onChange).toHaveBeenCalledWith(NO_FILTERS);
    unmount();
  });
});
