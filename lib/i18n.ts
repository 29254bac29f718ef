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

/**
 * The message key for `count` of something: `${key}_one` where the UI language says the count is
 * singular and that message exists, else `key`. browser.i18n has no plurals, and "1 terms" reads
 * wrong; Chinese has no plural forms, so its locales define only `key`.
 */
export function pluralKey(
  key: string,
  count: number,
  language: string,
  exists: (key: string) => boolean,
): string {
  const category = new Intl.PluralRules(language).select(count);
  return category === 'one' && exists(`${key}_one`) ? `${key}_one` : key;
}

/**
 * `t(key, String(count))` with the singular form where the language has one; `more` are the
 * message's further substitutions, after the count.
 */
export function tCount(key: string, count: number, more: string[] = []): string {
  let language = 'en';
  try {
    language = browser.i18n.getUILanguage();
  } catch {
    // No extension context (unit tests): English rules.
  }
  const substitutions = more.length ? [String(count), ...more] : String(count);
  const chosen = pluralKey(key, count, language, (k) => t(k, substitutions) !== k);
  return t(chosen, substitutions);
}
