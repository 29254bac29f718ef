// The context menu's items as the browser calls them (contextMenus.onClicked): headless Chromium
// cannot open a context menu, so the e2e suite tests the parts (the page's selection context, the
// add form from its address); this checks the handler joins them: it asks the frame the selection
// was made in, and opens the form with what that frame answered, or with the menu's own data.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRoute } from '../glossary-page/route.ts';
import { onContextMenu } from './setup.ts';

let asked: { tabId: number; message: unknown; options: unknown }[];
let answer: () => Promise<unknown>;
let opened: string[];
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  opened = [];
  // fake-browser has no tabs.sendMessage; the content script's answer is set by each test.
  fakeBrowser.tabs.sendMessage = vi.fn(
    async (tabId: number, message: unknown, options?: unknown) => {
      asked.push({ tabId, message, options });
      return answer();
    },
  ) as unknown as typeof fakeBrowser.tabs.sendMessage;
  fakeBrowser.tabs.create = vi.fn(async (props: { url?: string }) => {
    opened.push(props.url ?? '');
    return { id: 100 + opened.length };
  }) as unknown as typeof fakeBrowser.tabs.create;
});

/** The draft the opened glossary page starts from (its address parsed as the page does). */
function openedDraft() {
  expect(opened).toHaveLength(1);
  const url = new URL(opened[0] as string);
  expect(url.pathname).toBe('/glossary.html');
  const route = parseRoute(url.hash);
  if (route.kind !== 'addTerm') throw new Error(`opened ${url.hash}, not the add form`);
  return route.draft;
}

const tab = { id: 7, title: '某市实施方案', url: 'https://gov.example/plan.html' };

describe('Add to my glossary', () => {
  it('opens the add form with the selection and the sentence the frame reports', async () => {
    answer = async () => ({
      text: '数智校园',
      sentence: '加快建设数智校园，推动融合。',
      url: 'https://gov.example/frame.html',
      title: '框架页',
    });
    await onContextMenu(
      { menuItemId: 'add-term', selectionText: '数智校园 ', frameId: 3, pageUrl: tab.url },
      tab,
    );
    expect(asked).toEqual([
      { tabId: 7, message: { type: 'page/selectionContext' }, options: { frameId: 3 } },
    ]);
    expect(openedDraft()).toEqual({
      term: '数智校园',
      sentence: '加快建设数智校园，推动融合。',
      url: 'https://gov.example/frame.html',
      title: '框架页',
    });
  });

  it('falls back on the menu’s own selection and page where no content script answers', async () => {
    // The browser's PDF viewer, a page closed to extensions: the message fails.
    answer = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await onContextMenu(
      { menuItemId: 'add-term', selectionText: ' 县域医共体', pageUrl: 'https://x.example/a.pdf' },
      tab,
    );
    expect(openedDraft()).toEqual({
      term: '县域医共体',
      sentence: '',
      url: 'https://x.example/a.pdf',
      title: '某市实施方案',
    });
  });

  it('opens the form without asking when the click has no tab', async () => {
    answer = async () => ({ text: 'never asked' });
    await onContextMenu({ menuItemId: 'add-term', selectionText: '强师工程' }, undefined);
    expect(asked).toEqual([]);
    expect(openedDraft().term).toBe('强师工程');
  });
});

describe('Save to notebook', () => {
  it('asks the frame of the selection to save it, and opens nothing', async () => {
    answer = async () => ({ saved: true });
    await onContextMenu({ menuItemId: 'save-selection', frameId: 2 }, tab);
    expect(asked).toEqual([
      { tabId: 7, message: { type: 'page/saveSelection' }, options: { frameId: 2 } },
    ]);
    expect(opened).toEqual([]);
  });
});
