// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PageTerms } from './PageTerms.tsx';
import { click, mount } from './test-utils.ts';

const rows = [
  { id: 'a', term: '双减', english: 'Double Reduction', count: 3 },
  { id: 'b', term: '四风', english: 'Four Undesirable Styles', count: 1 },
];

describe('PageTerms', () => {
  it('lists rows in the given order with counts and reveals the first occurrence', () => {
    const onReveal = vi.fn();
    const { root, unmount } = mount(
      <PageTerms rows={rows} unavailable={false} onReveal={onReveal} />,
    );
    expect([...root.querySelectorAll('.hw')].map((e) => e.textContent)).toEqual(['双减', '四风']);
    click(root.querySelector('.row'));
    expect(onReveal).toHaveBeenCalledWith('a', 0);
    unmount();
  });

  it('steps through occurrences of the selected term, wrapping around', () => {
    const onReveal = vi.fn();
    const { root, unmount } = mount(
      <PageTerms
        rows={rows}
        unavailable={false}
        selected={{ id: 'a', occurrence: -1 }}
        onReveal={onReveal}
      />,
    );
    expect(root.querySelector('.stepper')?.textContent).toContain('3/3');
    const [prev, next] = root.querySelectorAll('.stepper button');
    click(prev);
    click(next);
    expect(onReveal.mock.calls).toEqual([
      ['a', -2],
      ['a', 0],
    ]);
    unmount();
  });

  it('explains when the page cannot be read or has no terms', () => {
    const a = mount(<PageTerms rows={null} unavailable onReveal={() => undefined} />);
    expect(a.root.textContent).toContain('popupOnThisPageUnavailable');
    a.unmount();
    const b = mount(<PageTerms rows={[]} unavailable={false} onReveal={() => undefined} />);
    expect(b.root.textContent).toContain('popupOnThisPageNone');
    b.unmount();
  });
});
