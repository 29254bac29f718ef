// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { TermView } from '../lib/messaging.ts';
import { click, mount } from './test-utils.ts';
import { TermTooltip, type TooltipState } from './TermTooltip.tsx';
import { modelOf } from './tooltip-model.ts';

const entry: TermView['entry'] = {
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
};

/** The view the background sends for each script (lib/background/term-view.ts converts it). */
const views: Record<'simplified' | 'tw', TermView> = {
  simplified: {
    script: 'simplified',
    entry,
    shown: { headword: '四个意识', definition: '简体定义', members: ['政治意识', '大局意识'] },
    excerpts: [
      {
        doc: 'd',
        title: '文件',
        date: '2023-01-12',
        text: '增强“四个意识”',
        original: '增強“四個意識”',
        at: [3, 7],
      },
      {
        doc: 'news:1',
        title: '新闻',
        date: '2024-05-01',
        text: '要增强“四个意识”、坚定“四个自信”。',
        original: '要增强“四个意识”、坚定“四个自信”。',
        at: [4, 8],
      },
    ],
    related: [{ id: 'si-ge-zi-xin', label: '四个自信' }],
  },
  tw: {
    script: 'tw',
    entry,
    shown: { headword: '四個意識', definition: '繁體定義', members: ['政治意識', '大局意識'] },
    excerpts: [
      {
        doc: 'd',
        title: '文件',
        date: '2023-01-12',
        text: '增強“四個意識”',
        original: '增強“四個意識”',
        at: [3, 7],
      },
    ],
    related: [{ id: 'si-ge-zi-xin', label: '四個自信' }],
  },
};
const view = views.simplified;

const FRESH: TooltipState = { excerpt: 0, expanded: false, original: false };

const handlers = () => ({
  onState: vi.fn(),
  onRelated: vi.fn(),
  onOpen: vi.fn(),
  onSave: vi.fn(),
  onDisableSite: vi.fn(),
  onClose: vi.fn(),
});

describe('TermTooltip', () => {
  it('shows the entry compactly: headword, reading, definition, members, one excerpt marked', () => {
    const { root, unmount } = mount(
      <TermTooltip model={modelOf(view, 'simplified', [])} state={FRESH} {...handlers()} />,
    );
    const tip = root.querySelector('[role=tooltip]');
    expect(tip?.querySelector('.headword')?.textContent).toBe('四个意识');
    expect(tip?.textContent).toContain('sì gè yì shí');
    expect(tip?.textContent).toContain('简体定义');
    expect([...(tip?.querySelectorAll('.members li') ?? [])].map((li) => li.textContent)).toEqual([
      '政治意识',
      '大局意识',
    ]);
    expect(tip?.querySelectorAll('blockquote')).toHaveLength(1);
    expect(tip?.querySelector('blockquote')?.textContent).toBe('增强“四个意识”');
    expect(tip?.querySelector('blockquote mark')?.textContent).toBe('四个意识');
    // Related terms wait behind "More".
    expect(tip?.querySelector('.chip')).toBeNull();
    unmount();
  });

  it('labels one of my terms as mine, without the glossary’s counts line', () => {
    const withFirst = { ...view, entry: { ...view.entry, first: '2023-01-12' } };
    const builtin = mount(
      <TermTooltip model={modelOf(withFirst, 'simplified', [])} state={FRESH} {...handlers()} />,
    );
    expect(builtin.root.querySelector('.badge.mine')).toBeNull();
    expect(builtin.root.querySelector('.provenance')).not.toBeNull();
    builtin.unmount();
    const mine = mount(
      <TermTooltip
        model={modelOf({ ...withFirst, mine: true }, 'simplified', [])}
        state={FRESH}
        {...handlers()}
      />,
    );
    // Unit tests have no locale files: t() answers the message's key.
    expect(mine.root.querySelector('.badge.mine')?.textContent).toBe('tooltipMine');
    expect(mine.root.querySelector('.provenance')).toBeNull();
    mine.unmount();
  });

  it('switches every Chinese string to traditional script', () => {
    const { root, unmount } = mount(
      <TermTooltip
        model={modelOf(views.tw, 'tw', [])}
        state={{ ...FRESH, expanded: true }}
        {...handlers()}
      />,
    );
    expect(root.querySelector('.headword')?.textContent).toBe('四個意識');
    expect(root.textContent).toContain('繁體定義');
    expect(root.textContent).toContain('政治意識');
    expect(root.querySelector('blockquote')?.textContent).toBe('增強“四個意識”');
    expect(root.querySelector('.chip')?.textContent).toBe('四個自信');
    unmount();
  });

  it('shows the next excerpt, all of them when expanded, and asks for each change', () => {
    const h = handlers();
    const { root, unmount } = mount(
      <TermTooltip
        model={modelOf(view, 'simplified', [])}
        state={{ ...FRESH, excerpt: 1 }}
        {...h}
      />,
    );
    expect(root.querySelector('blockquote mark')?.textContent).toBe('四个意识');
    expect(root.querySelector('figcaption')?.textContent).toContain('2024-05-01');
    click(root.querySelector('.caption-row .link'));
    expect(h.onState).toHaveBeenLastCalledWith({ ...FRESH, excerpt: 0 });
    const more = [...root.querySelectorAll('footer button')].find((b) =>
      b.hasAttribute('aria-expanded'),
    );
    click(more);
    expect(h.onState).toHaveBeenLastCalledWith({ ...FRESH, excerpt: 1, expanded: true });
    unmount();
    const expanded = mount(
      <TermTooltip
        model={modelOf(view, 'simplified', [])}
        state={{ ...FRESH, expanded: true }}
        {...h}
      />,
    );
    expect(expanded.root.querySelectorAll('blockquote')).toHaveLength(2);
    expanded.unmount();
  });

  it('offers the original wording where the quotation was converted', () => {
    const h = handlers();
    const { root, unmount } = mount(
      <TermTooltip model={modelOf(view, 'simplified', [])} state={FRESH} {...h} />,
    );
    const original = root.querySelector('[aria-pressed]');
    expect(original?.getAttribute('aria-pressed')).toBe('false');
    click(original);
    expect(h.onState).toHaveBeenLastCalledWith({ ...FRESH, original: true });
    unmount();
    const shown = mount(
      <TermTooltip
        model={modelOf(view, 'simplified', [])}
        state={{ ...FRESH, original: true }}
        {...h}
      />,
    );
    expect(shown.root.querySelector('blockquote')?.textContent).toBe('增強“四個意識”');
    expect(shown.root.querySelector('blockquote mark')).toBeNull();
    shown.unmount();
  });

  it('calls back for related and inner terms and each action', () => {
    const h = handlers();
    const { root, unmount } = mount(
      <TermTooltip
        model={modelOf(view, 'simplified', [{ id: 'inner', label: '意识' }])}
        state={{ ...FRESH, expanded: true }}
        status="已保存"
        {...h}
      />,
    );
    const chips = root.querySelectorAll('.chip');
    click(chips[0]);
    click(chips[1]);
    expect(h.onRelated.mock.calls).toEqual([['inner'], ['si-ge-zi-xin']]);
    const [open, save, , off] = root.querySelectorAll('footer button');
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
