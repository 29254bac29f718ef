// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '../test-utils.ts';
import { LibraryTabs } from './LibraryTabs.tsx';

describe('LibraryTabs', () => {
  it('links the three views, marks the current one and shows the counts it knows', () => {
    const { root, unmount } = mount(
      <LibraryTabs current="candidates" counts={{ documents: 3, candidates: null, terms: 7 }} />,
    );
    const links = [...root.querySelectorAll('nav.library-tabs a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/my',
      '#/my/candidates',
      '#/my/terms',
    ]);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page', null]);
    expect(links.map((a) => a.querySelector('.tab-count')?.textContent ?? null)).toEqual([
      '3',
      null,
      '7',
    ]);
    unmount();
  });
});
