// Launches Debian's Chromium with the built extension loaded (playwright-core drives it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

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
}): Promise<ExtensionBrowser> {
  if (!existsSync(join(options.extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension in ${options.extensionDir}: run npm run build`);
  }
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ptr-profile-'));
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
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
