// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ExtractedCandidate } from '../../lib/extract/extract.ts';
import { click, mount } from '../test-utils.ts';
import { CandidatesView, type CandidatesViewProps } from './CandidatesView.tsx';

const candidate = (term: string, sentences = 1): ExtractedCandidate => ({
  term,
  count: sentences + 1,
  documents: ['my-1'],
  kinds: ['quoted'],
  known: null,
  sentences: Array.from({ length: sentences }, (_, i) => ({
    document: 'my-1',
    text: `第${i}句推进${term}。`,
  })),
});

const render = (change: Partial<CandidatesViewProps> = {}) => {
  const props: CandidatesViewProps = {
    state: { kind: 'ready' },
    candidates: [candidate('家校共育', 4), candidate('强师工程')],
    shown: 50,
    documents: new Map([['my-1', { title: '实施方案' }]]),
    docHref: (id) => `#/doc/${id}`,
    locate: (text, term) => {
      const at = text.indexOf(term);
      return at < 0 ? null : [at, at + term.length];
    },
    open: null,
    notice: null,
    dismissed: null,
    onAction: vi.fn(),
    onUndo: vi.fn(),
    onMore: vi.fn(),
    ...change,
  };
  return { props, ...mount(<CandidatesView {...props} />) };
};

describe('CandidatesView', () => {
  it('says it is busy while extracting, with no rows', () => {
    const { root, unmount } = render({ state: { kind: 'busy', documents: 3, characters: 1200 } });
    expect(root.querySelector('section.candidates')?.getAttribute('data-state')).toBe('busy');
    expect(root.querySelector('progress')).not.toBeNull();
    expect(root.querySelectorAll('li.candidate')).toHaveLength(0);
    unmount();
  });

  it('lists each candidate with count, document and marked sentences, more on demand', () => {
    const { root, unmount } = render();
    expect(root.querySelector('section.candidates')?.getAttribute('data-state')).toBe('ready');
    const first = root.querySelector('li.candidate[data-term="家校共育"]');
    expect(first?.querySelector('.candidate-docs a')?.getAttribute('href')).toBe('#/doc/my-1');
    expect(first?.querySelectorAll('.candidate-sentences li')).toHaveLength(2);
    expect(first?.querySelector('mark')?.textContent).toBe('家校共育');
    act(() => click(first?.querySelector('button.more-sentences')));
    expect(first?.querySelectorAll('.candidate-sentences li')).toHaveLength(4);
    unmount();
  });

  it('draws only the page asked for and offers more', () => {
    const many = Array.from({ length: 120 }, (_, i) => candidate(`候选${i}号`));
    const { root, props, unmount } = render({ candidates: many, shown: 50 });
    expect(root.querySelectorAll('li.candidate')).toHaveLength(50);
    click(root.querySelector('button.more-candidates'));
    expect(props.onMore).toHaveBeenCalled();
    unmount();
  });

  it('passes each action on with its candidate, and offers undo after a dismissal', () => {
    const { root, props, unmount } = render({ dismissed: '强师工程' });
    click(root.querySelector('li.candidate[data-term="强师工程"] button.merge'));
    click(root.querySelector('li.candidate[data-term="家校共育"] button.dismiss'));
    expect(vi.mocked(props.onAction).mock.calls.map(([c, action]) => [c.term, action])).toEqual([
      ['强师工程', 'merge'],
      ['家校共育', 'dismiss'],
    ]);
    click(root.querySelector('button.undo'));
    expect(props.onUndo).toHaveBeenCalled();
    unmount();
  });

  it('shows the open row its form', () => {
    const { root, unmount } = render({
      open: { term: '强师工程', action: 'accept', body: <p class="the-form">form</p> },
    });
    expect(root.querySelector('li.candidate[data-term="强师工程"] .the-form')).not.toBeNull();
    expect(root.querySelector('li.candidate[data-term="家校共育"] .the-form')).toBeNull();
    unmount();
  });
});
