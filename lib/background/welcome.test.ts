// The welcome page opens on a first install only; an update, a browser update, a reload of the
// extension or a second "install" report (Chromium, --load-extension) must not open it again.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from './setup.ts';

// The fake browser starts with one blank tab; only the tabs with an address are ours.
const openUrls = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter(Boolean);

describe('welcomeOnInstall', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page in a new tab on a first install', async () => {
    await welcomeOnInstall({ reason: 'install' });
    expect(await openUrls()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it('opens it only once even if the browser reports a first install again', async () => {
    await welcomeOnInstall({ reason: 'install' });
    await welcomeOnInstall({ reason: 'install' });
    expect(await openUrls()).toHaveLength(1);
  });

  for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) {
    it(`opens nothing on ${reason}`, async () => {
      await welcomeOnInstall({ reason });
      expect(await openUrls()).toEqual([]);
    });
  }
});
