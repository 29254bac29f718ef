// @vitest-environment happy-dom
import { createRef } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE } from '../../lib/welcome-sample.ts';
import { click, mount } from '../test-utils.ts';
import { WelcomeView, type WelcomeViewProps } from './WelcomeView.tsx';

const props = (over: Partial<WelcomeViewProps> = {}): WelcomeViewProps => ({
  sample: SAMPLE,
  sampleRef: createRef(),
  canMark: true,
  marksHidden: false,
  onShowMarks: () => undefined,
  shortcuts: [
    { name: 'toggle-highlights', description: 'Toggle', keys: 'Alt+Shift+H' },
    { name: 'save-selection', description: 'Save', keys: '' },
  ],
  iconUrl: 'icon/128.png',
  ...over,
});

describe('WelcomeView', () => {
  it('shows each shortcut with its keys, and says so when one is not set', () => {
    const { root, unmount } = mount(<WelcomeView {...props()} />);
    const rows = [...root.querySelectorAll('.shortcuts > div')].map((row) => [
      row.querySelector('kbd')?.textContent ?? null,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Alt+Shift+H', 'Toggle'],
      [null, 'Save'],
    ]);
    expect(root.querySelectorAll('.shortcuts dt .muted')).toHaveLength(1);
    unmount();
  });

  it('puts only the passages in the element that gets marked, each in its own script', () => {
    const sampleRef = createRef<HTMLDivElement>();
    const { root, unmount } = mount(<WelcomeView {...props({ sampleRef })} />);
    expect(sampleRef.current?.textContent).toBe(SAMPLE.map((p) => p.text).join(''));
    expect(
      [...root.querySelectorAll('.sample blockquote')].map((b) => b.getAttribute('lang')),
    ).toEqual(SAMPLE.map((p) => p.lang));
    unmount();
  });

  it('offers to show hidden marks again', () => {
    const onShowMarks = vi.fn();
    const { root, unmount } = mount(<WelcomeView {...props({ marksHidden: true, onShowMarks })} />);
    click(root.querySelector('[role=status] button'));
    expect(onShowMarks).toHaveBeenCalledOnce();
    unmount();
  });

  it('links to the glossary, the notebook, the options and each passage in the reader', () => {
    const { root, unmount } = mount(<WelcomeView {...props()} />);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'glossary.html',
        'notebook.html',
        'options.html',
        ...SAMPLE.map((p) => `glossary.html#/doc/${p.docId}`),
      ]),
    );
    unmount();
  });
});
