// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { click, mount } from '../test-utils.ts';
import { type FormProblem, TermForm } from './TermForm.tsx';

const initial = {
  term: '家校共育',
  forms: '',
  pinyin: 'jiā xiào gòng yù',
  english: '',
  definition: '',
  category: 'concept' as const,
  topic: 'governance' as const,
};

const render = (problem: FormProblem | null = null, editing = false) => {
  const props = {
    onSave: vi.fn(),
    onCancel: vi.fn(),
    suggestPinyin: vi.fn((t: string) => `py:${t}`),
  };
  return {
    props,
    ...mount(
      <TermForm
        id="f"
        initial={initial}
        sources={[{ doc: 'my-1', title: '方案', date: '2024-03-05', sentence: '坚持家校共育。' }]}
        editing={editing}
        problem={problem}
        {...props}
      />,
    ),
  };
};

const type = (input: Element | null, value: string) =>
  act(() => {
    (input as HTMLInputElement).value = value;
    input?.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('TermForm', () => {
  it('saves what was typed, the pinyin edited', () => {
    const { root, props, unmount } = render();
    type(root.querySelector('input[name=pinyin]'), 'jiāxiào gòngyù');
    type(root.querySelector('input[name=english]'), 'home-school co-education');
    click(root.querySelector('button.save'));
    expect(props.onSave).toHaveBeenCalledWith({
      ...initial,
      pinyin: 'jiāxiào gòngyù',
      english: 'home-school co-education',
    });
    unmount();
  });

  it('suggests pinyin for a new headword until the user types their own', () => {
    const { root, props, unmount } = render();
    const pinyin = () => (root.querySelector('input[name=pinyin]') as HTMLInputElement).value;
    // Started with a pinyin that is not the headword's suggestion: it is the user's, kept.
    type(root.querySelector('input[name=term]'), '强师工程');
    expect(pinyin()).toBe('jiā xiào gòng yù');
    expect(props.suggestPinyin).not.toHaveBeenCalledWith('强师工程');
    unmount();
    const blank = mount(
      <TermForm
        id="g"
        initial={{ ...initial, pinyin: '' }}
        sources={[]}
        suggestPinyin={(t) => `py:${t}`}
        problem={null}
        onSave={() => undefined}
      />,
    );
    type(blank.root.querySelector('input[name=term]'), '强师工程');
    expect((blank.root.querySelector('input[name=pinyin]') as HTMLInputElement).value).toBe(
      'py:强师工程',
    );
    blank.unmount();
  });

  it('lists the sources with the term marked', () => {
    const { root, unmount } = render(null, true);
    expect(root.querySelector('.source-list mark')?.textContent).toBe('家校共育');
    expect(root.querySelector('.source-list time')?.textContent).toBe('2024-03-05');
    unmount();
  });

  it('edits a saved headword, its suggested pinyin following it', () => {
    const suggest = (t: string) => (t === '家校共育' ? 'jiā xiào gòng yù' : `py:${t}`);
    const onSave = vi.fn();
    const { root, unmount } = mount(
      <TermForm
        id="e"
        initial={initial}
        sources={[]}
        editing
        suggestPinyin={suggest}
        problem={null}
        onSave={onSave}
      />,
    );
    const term = root.querySelector('input[name=term]') as HTMLInputElement;
    expect(term.readOnly).toBe(false);
    type(term, '家校合作');
    click(root.querySelector('button.save'));
    expect(onSave).toHaveBeenCalledWith({ ...initial, term: '家校合作', pinyin: 'py:家校合作' });
    unmount();
  });

  it('says why it was not saved, linking to the entry that has the form', () => {
    const { root, unmount } = render({
      kind: 'taken',
      form: '立德树人',
      owner: '立德树人',
      href: '#/term/li-de-shu-ren',
      builtIn: true,
    });
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('termFormTakenBuiltIn');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('#/term/li-de-shu-ren');
    unmount();
  });
});
