// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { TermView } from '../lib/messaging.ts';
import { click, mount } from './test-utils.ts';
import { TermTooltip } from './TermTooltip.tsx';

const view: TermView = {
  script: 'simplified',
  entry: {
    id: 'si-ge-yi-shi',
    term: '四个意识',
    traditional: '四個意識',
    forms: ['四个意识'],
    variants: ['四個意識'],
    category: 'formula',
    topic: 'party',
    english: 'Four Consciousnesses',
    gloss: 'g',
    definition: '简体定义',
    definitionTraditional: '繁體定義',
    members: ['政治意识', '大局意识'],
    membersTraditional: ['政治意識', '大局意識'],
    pinyin: 'sì gè yì shí',
    pinyinPlain: 'sigeyishi',
    initials: 'sgys',
    related: ['si-ge-zi-xin'],
    counts: {},
    corpus: [],
    mentions: 2,
    days: 2,
  },
  shown: { headword: '四个意识', definition: '简体定义', members: ['政治意识', '大局意识'] },
  excerpts: [
    {
      doc: 'd',
      title: '文件',
      date: '2023-01-12',
      text: '增强“四个意识”',
      original: '增強“四個意識”',
    },
  ],
  related: [{ id: 'si-ge-zi-xin', label: '四个自信' }],
};

/** The same term as the background sends it to a Taiwan-standard reader. */
const taiwanView: TermView = {
  ...view,
  script: 'tw',
  shown: { headword: '四個意識', definition: '繁體定義', members: ['政治意識', '大局意識'] },
  excerpts: [{ ...(view.excerpts[0] as TermView['excerpts'][0]), text: '增強“四個意識”' }],
  related: [{ id: 'si-ge-zi-xin', label: '四個自信' }],
};

const handlers = () => ({
  onRelated: vi.fn(),
  onOpen: vi.fn(),
  onSave: vi.fn(),
  onDisableSite: vi.fn(),
  onClose: vi.fn(),
});

describe('TermTooltip', () => {
  it('shows the entry in simplified script with members, excerpt and related terms', () => {
    const { root, unmount } = mount(
      <TermTooltip view={view} script="simplified" inner={[]} {...handlers()} />,
    );
    const tip = root.querySelector('[role=tooltip]');
    expect(tip?.querySelector('.headword')?.textContent).toBe('四个意识');
    expect(tip?.textContent).toContain('sì gè yì shí');
    expect(tip?.textContent).toContain('简体定义');
    expect([...(tip?.querySelectorAll('.members li') ?? [])].map((li) => li.textContent)).toEqual([
      '政治意识',
      '大局意识',
    ]);
    expect(tip?.querySelector('blockquote')?.textContent).toBe('增强“四个意识”');
    expect(tip?.querySelector('.chip')?.textContent).toBe('四个自信');
    unmount();
  });

  it('shows every Chinese string of a traditional view', () => {
    const { root, unmount } = mount(
      <TermTooltip view={taiwanView} script="tw" inner={[]} {...handlers()} />,
    );
    expect(root.querySelector('[role=tooltip]')?.getAttribute('lang')).toBe('zh-TW');
    expect(root.querySelector('.headword')?.textContent).toBe('四個意識');
    expect(root.textContent).toContain('繁體定義');
    expect(root.textContent).toContain('政治意識');
    expect(root.querySelector('blockquote')?.textContent).toBe('增強“四個意識”');
    expect(root.querySelector('.chip')?.textContent).toBe('四個自信');
    unmount();
  });

  it('calls back for related and inner terms and each action', () => {
    const h = handlers();
    const { root, unmount } = mount(
      <TermTooltip
        view={view}
        script="simplified"
        inner={[{ id: 'inner', label: '意识' }]}
        status="已保存"
        {...h}
      />,
    );
    const chips = root.querySelectorAll('.chip');
    click(chips[0]);
    click(chips[1]);
    expect(h.onRelated.mock.calls).toEqual([['inner'], ['si-ge-zi-xin']]);
    const [open, save, off] = root.querySelectorAll('footer button');
    click(open);
    click(save);
    click(off);
    click(root.querySelector('.close'));
    expect(h.onOpen).toHaveBeenCalledWith('si-ge-yi-shi');
    expect(h.onSave).toHaveBeenCalledOnce();
    expect(h.onDisableSite).toHaveBeenCalledOnce();
    expect(h.onClose).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=status]')?.textContent).toBe('已保存');
    unmount();
  });
});
