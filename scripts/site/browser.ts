// Launches Debian's Chromium with the built extension loaded (playwright-core drives it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  extensionDir: string;
  headless: boolean;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** More Chromium switches (the network test routes everything through its proxy). */
  extraArgs?: string[];
  /** An existing profile directory to use instead of a fresh one (kept on close). */
  profileDir?: string;
  /**
   * A first install opens the welcome page in a new tab. By default the launcher waits for it and
   * closes it, so callers start with the one blank tab and the active tab is the page they open.
   * The welcome tests keep it.
   */
  keepWelcome?: boolean;
}): Promise<ExtensionBrowser> {
  if (!existsSync(join(options.extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension in ${options.extensionDir}: run npm run build`);
  }
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ptr-profile-'));
  // A profile Chromium has never run in (no Preferences yet): the extension is installed, not
  // just loaded again, so the welcome page will open.
  const firstInstall = !existsSync(join(profile, 'Default', 'Preferences'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (firstInstall && !options.keepWelcome) await (await welcomePage(context, extensionId)).close();
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The welcome tab a first install opens; fails if it does not open within `timeout` ms. */
export async function welcomePage(
  context: BrowserContext,
  extensionId: string,
  timeout = 20_000,
): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  for (const until = Date.now() + timeout; Date.now() < until;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the welcome page did not open within ${timeout} ms of a first install`);
}
