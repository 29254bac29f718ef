// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '../test-utils.ts';
import { BrowseView } from './BrowseView.tsx';

const term = (id: string, term: string) => ({
  id,
  term,
  pinyin: 'x',
  english: id,
  category: 'formula' as const,
});
const props = {
  categories: [
    { category: 'formula' as const, count: 2 },
    { category: 'slogan' as const, count: 1 },
  ],
  topics: [{ topic: 'party' as const, count: 3 }],
  letters: new Set(['l', 's']),
  groups: [{ letter: 'l', terms: [term('liang-ge-que-li', '两个确立')] }],
  total: 3,
  termHref: (id: string) => `#/term/${id}`,
};

describe('BrowseView', () => {
  it('links every listed term to its own address', () => {
    const { root, unmount } = mount(<BrowseView {...props} selection={{ kind: 'all' }} />);
    expect(root.querySelector('.term-list a')?.getAttribute('href')).toBe('#/term/liang-ge-que-li');
    unmount();
  });

  it('marks the selected category as the current page', () => {
    const { root, unmount } = mount(
      <BrowseView {...props} selection={{ kind: 'category', category: 'slogan' }} />,
    );
    const current = root.querySelectorAll('[aria-current=page]');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('href')).toBe('#/category/slogan');
    unmount();
  });

  it('explains the chosen topic under its heading, and each pill in its title', () => {
    // Outside an extension the i18n layer returns message keys.
    const { root, unmount } = mount(
      <BrowseView {...props} selection={{ kind: 'topic', topic: 'party' }} />,
    );
    expect(root.querySelector('h1 + .about-kind')?.textContent).toBe('topicAbout_party');
    expect(root.querySelector('a[href="#/topic/party"]')?.getAttribute('title')).toBe(
      'topicAbout_party',
    );
    expect(root.querySelector('a[href="#/category/slogan"]')?.getAttribute('title')).toBe(
      'categoryAbout_slogan',
    );
    unmount();
  });

  it('has no explanation when no category or topic is chosen', () => {
    const { root, unmount } = mount(<BrowseView {...props} selection={{ kind: 'all' }} />);
    expect(root.querySelector('.about-kind')).toBeNull();
    unmount();
  });

  it('shows all 26 letters but links only those with terms', () => {
    const { root, unmount } = mount(
      <BrowseView {...props} selection={{ kind: 'letter', letter: 's' }} />,
    );
    expect(root.querySelectorAll('.letters li')).toHaveLength(26);
    const links = [...root.querySelectorAll('.letters a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/letter/l', '#/letter/s']);
    expect(root.querySelector('.letters a[aria-current=page]')?.textContent).toBe('S');
    unmount();
  });
});
