// Small user settings live in WXT storage items (versioned); big data lives in Dexie.
import { storage } from 'wxt/utils/storage';
import { READING_SCRIPTS, type ReadingScript } from './script/reading-script.ts';
import { type Category, type Topic, topicKey } from './types.ts';

export type HighlightStyle = 'underline' | 'background' | 'none';
/** The page's script, or one the reader chose for every page. */
export type TooltipScript = 'page' | ReadingScript;

export interface Settings {
  enabled: boolean;
  disabledSites: string[];
  hiddenCategories: Category[];
  hiddenTopics: Topic[];
  style: HighlightStyle;
  tooltipScript: TooltipScript;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hiddenCategories: [],
  hiddenTopics: [],
  style: 'underline',
  tooltipScript: 'page',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 1 offered one 'traditional' choice, shown with OpenCC's generic standard; Taiwan's is
    // its nearest explicit standard (and the one a zh_TW interface reads in).
    2: (old: Record<string, unknown>) => ({
      ...old,
      tooltipScript: tooltipScriptOf(old.tooltipScript),
    }),
  },
});

/** A stored script choice as this version reads it: unknown values fall back to the page's. */
export function tooltipScriptOf(stored: unknown): TooltipScript {
  if (stored === 'traditional') return 'tw';
  return stored === 'page' || READING_SCRIPTS.includes(stored as ReadingScript)
    ? (stored as TooltipScript)
    : 'page';
}

/** Reads settings, filling fields added after the user's copy was written. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  // The migration runs when the item is defined; a read racing it still gets a valid choice.
  return { ...DEFAULT_SETTINGS, ...stored, tooltipScript: tooltipScriptOf(stored.tooltipScript) };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** The site key used by the per-site off list: the page's host name. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The hidden categories and topics as one set, as HighlightView.hidden takes them. */
export function hiddenKeys(settings: Settings): Set<string> {
  return new Set([...settings.hiddenCategories, ...settings.hiddenTopics.map(topicKey)]);
}

/**
 * The site key for what a user typed into the off-list: a host name ("example.com") or any
 * address on it ("https://www.example.com/a?b"). Null when it names no web host.
 */
export function parseSite(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (!/^https?:$/.test(url.protocol)) return null;
    const host = url.hostname;
    // A host name has a dot (example.com), or is localhost or an IPv6 literal.
    return host.includes('.') || host === 'localhost' || host.startsWith('[') ? host : null;
  } catch {
    return null;
  }
}

export function isActiveOn(settings: Settings, url: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteOf(url));
}

export async function toggleSite(url: string): Promise<Settings> {
  const site = siteOf(url);
  const current = await loadSettings();
  const disabledSites = current.disabledSites.includes(site)
    ? current.disabledSites.filter((s) => s !== site)
    : [...current.disabledSites, site];
  return updateSettings({ disabledSites });
}
