// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { click, mount } from '../test-utils.ts';
import { GlossaryHeader } from './GlossaryHeader.tsx';

function render(query = '') {
  const handlers = {
    onQuery: vi.fn(),
    onSubmit: vi.fn(),
    onEnterResults: vi.fn(),
    onSkip: vi.fn(),
  };
  const view = mount(<GlossaryHeader query={query} section="browse" {...handlers} />);
  return { ...view, ...handlers };
}

const key = (el: Element | null, k: string) =>
  el?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('GlossaryHeader', () => {
  it('skip link moves focus without touching the route in the hash', () => {
    const { root, unmount, onSkip } = render();
    location.hash = '#/term/x';
    click(root.querySelector('.skip-link'));
    expect(onSkip).toHaveBeenCalled();
    expect(location.hash).toBe('#/term/x');
    unmount();
  });

  it('reports typing, Enter, arrow down and Escape in the search box', () => {
    const { root, unmount, onQuery, onSubmit, onEnterResults } = render('ldsr');
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = 'ldsr2';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onQuery).toHaveBeenLastCalledWith('ldsr2');
    key(input, 'ArrowDown');
    expect(onEnterResults).toHaveBeenCalled();
    key(input, 'Escape');
    expect(onQuery).toHaveBeenLastCalledWith('');
    root
      .querySelector('form')
      ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSubmit).toHaveBeenCalled();
    unmount();
  });

  it('marks the current section', () => {
    const { root, unmount } = render();
    expect(root.querySelector('[aria-current=page]')?.getAttribute('href')).toBe('#/');
    unmount();
  });
});
