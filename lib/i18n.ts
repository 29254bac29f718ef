// UI strings come from public/_locales via browser.i18n, so the UI follows the browser's
// language (English, Simplified and Traditional Chinese).
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Chrome rejects an explicit `undefined` substitutions argument, so pass it only when set.
    const message =
      substitutions === undefined
        ? browser.i18n.getMessage(key as never)
        : browser.i18n.getMessage(key as never, substitutions);
    if (message) return message;
  } catch {
    // Outside an extension context (unit tests) there is no i18n: fall back to the key.
  }
  return key;
}
