// The keyboard shortcuts' handler as the browser calls it (chrome.commands.onCommand): headless
// Chromium delivers no extension shortcuts, so the e2e suite can only send the message the
// handler sends; this checks the handler sends it, to the active tab, in every frame.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from './setup.ts';

describe('runCommand', () => {
  let sent: { tabId: number; message: unknown; options: unknown }[];
  beforeEach(async () => {
    fakeBrowser.reset();
    sent = [];
    // fake-browser has no tabs.sendMessage; record what would go to the content scripts.
    fakeBrowser.tabs.sendMessage = vi.fn(
      async (tabId: number, message: unknown, options?: unknown) => {
        sent.push({ tabId, message, options });
        return { saved: true };
      },
    ) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const other = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({
      windowId: other?.id,
      url: 'https://other.example/',
      active: true,
    });
    const current = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ windowId: current?.id, url: 'https://a.example/' });
    await fakeBrowser.tabs.create({
      windowId: current?.id,
      url: 'https://b.example/',
      active: true,
    });
  });

  const activeTab = async () =>
    (await fakeBrowser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  it('saves the selection in every frame of the active tab', async () => {
    await runCommand('save-selection');
    expect(sent).toEqual([
      { tabId: await activeTab(), message: { type: 'page/saveSelection' }, options: undefined },
    ]);
  });

  it('toggles the marks in every frame of the active tab', async () => {
    await runCommand('toggle-highlights');
    expect(sent.map((s) => s.message)).toEqual([{ type: 'page/toggle' }]);
    expect(sent[0]?.tabId).toBe(await activeTab());
  });

  it('ignores a command it does not know, and a tab without our script', async () => {
    await runCommand('_execute_action');
    expect(sent).toEqual([]);
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await expect(runCommand('save-selection')).resolves.toBeUndefined();
  });
});
