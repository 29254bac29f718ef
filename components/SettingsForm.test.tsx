// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/settings.ts';
import { CATEGORIES, TOPICS } from '../lib/types.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { click, mount } from './test-utils.ts';

describe('SettingsForm', () => {
  it('reports each change as a partial settings object', () => {
    const onChange = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] };
    const { root, unmount } = mount(<SettingsForm settings={settings} onChange={onChange} />);
    click(root.querySelector('input[name=enabled]'));
    click(root.querySelector('input[name=style][value=background]'));
    click(root.querySelector('input[name=script][value=hk]'));
    click(root.querySelector('input[name=category-person]'));
    click(root.querySelector('input[name=topic-foreign]'));
    click(root.querySelector('.sites button'));
    expect(onChange.mock.calls.map(([c]) => c)).toEqual([
      { enabled: false },
      { style: 'background' },
      { tooltipScript: 'hk' },
      { hiddenCategories: ['person'] },
      { hiddenTopics: ['foreign'] },
      { disabledSites: ['b.example'] },
    ]);
    unmount();
  });

  it('shows hidden categories and topics unchecked and an empty site list', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      hiddenCategories: ['formula' as const],
      hiddenTopics: ['hmt' as const],
    };
    const { root, unmount } = mount(
      <SettingsForm settings={settings} onChange={() => undefined} />,
    );
    expect((root.querySelector('input[name=category-formula]') as HTMLInputElement).checked).toBe(
      false,
    );
    expect((root.querySelector('input[name=category-concept]') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((root.querySelector('input[name=topic-hmt]') as HTMLInputElement).checked).toBe(false);
    expect((root.querySelector('input[name=topic-economy]') as HTMLInputElement).checked).toBe(
      true,
    );
    expect(root.querySelector('.sites')).toBeNull();
    unmount();
  });

  it('adds a typed site to the off-list as its host name, and names input that is no site', () => {
    const onChange = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    const { root, unmount } = mount(<SettingsForm settings={settings} onChange={onChange} />);
    const input = root.querySelector('#add-site') as HTMLInputElement;
    const type = (text: string) =>
      act(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const enter = () =>
      act(() => {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      });
    type('https://www.gov.cn/zhengce/index.htm');
    enter();
    expect(onChange.mock.calls.map(([c]) => c)).toEqual([
      { disabledSites: ['a.example', 'www.gov.cn'] },
    ]);
    type('not a site');
    act(() => click(root.querySelector('.add-site button')));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role=alert]')?.textContent).toContain('optionsSiteInvalid');
    type('a.example'); // already off: nothing to change
    enter();
    expect(onChange).toHaveBeenCalledTimes(1);
    unmount();
  });
});

describe('category and topic explanations', () => {
  it('explains every category and every topic, in the order of the checkboxes', () => {
    const { root, unmount } = mount(
      <SettingsForm settings={DEFAULT_SETTINGS} onChange={() => undefined} />,
    );
    const [categories, topics] = [...root.querySelectorAll('.about')];
    const terms = [...(categories?.querySelectorAll('dt') ?? [])].map((e) => e.textContent);
    const texts = [...(categories?.querySelectorAll('dd') ?? [])].map((e) => e.textContent);
    expect(terms).toEqual(CATEGORIES.map((c) => `category_${c}`));
    expect(texts).toEqual(CATEGORIES.map((c) => `categoryAbout_${c}`));
    const topicTexts = [...(topics?.querySelectorAll('dd') ?? [])].map((e) => e.textContent);
    expect(topicTexts).toEqual(TOPICS.map((topic) => `topicAbout_${topic}`));
    unmount();
  });
});
