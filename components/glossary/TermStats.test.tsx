// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DocumentCount } from '../../lib/glossary-page/stats.ts';
import { mount } from '../test-utils.ts';
import { TermStats } from './TermStats.tsx';

const rows: DocumentCount[] = [
  { doc: 'a', title: '甲', date: '2022-10-31', count: 4, first: 10 },
  { doc: 'b', title: '乙', date: '2023-01-12', count: 0, first: -1 },
  { doc: 'c', title: '丙', date: '2024-07-23', count: 1, first: 99 },
];
const docHref = (doc: string, offset: number) => `#/doc/${doc}/${offset}`;

describe('TermStats', () => {
  it('draws one slot per document in the given order and a bar only where the term occurs', () => {
    const { root, unmount } = mount(
      <TermStats id="x" label="双减" rows={rows} docHref={docHref} />,
    );
    const slots = [...root.querySelectorAll('g.slot')];
    expect(slots.map((g) => [g.getAttribute('data-doc'), g.getAttribute('data-count')])).toEqual([
      ['a', '4'],
      ['b', '0'],
      ['c', '1'],
    ]);
    expect(slots.map((g) => !!g.querySelector('rect.bar'))).toEqual([true, false, true]);
    const [tall, short] = [...root.querySelectorAll('rect.bar')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(tall).toBeGreaterThan(short as number);
    unmount();
  });

  it('is one image named by its title and described per document', () => {
    const { root, unmount } = mount(
      <TermStats id="x" label="双减" rows={rows} docHref={docHref} />,
    );
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(root.querySelector(`#${id}`)).not.toBeNull();
    expect(root.querySelector('desc')?.textContent?.split('; ')).toHaveLength(3);
    unmount();
  });

  it('links the summary to the first place in each document that has the term', () => {
    const { root, unmount } = mount(
      <TermStats id="x" label="双减" rows={rows} docHref={docHref} />,
    );
    const links = [...root.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/doc/a/10', '#/doc/c/99']);
    unmount();
  });

  it('says so instead of drawing an empty chart when the term never occurs', () => {
    const none = rows.map((r) => ({ ...r, count: 0, first: -1 }));
    const { root, unmount } = mount(
      <TermStats id="x" label="双减" rows={none} docHref={docHref} />,
    );
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toContain('statsNone');
    unmount();
  });
});
