import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  parseSite,
  loadSettings,
  settingsItem,
  siteOf,
  toggleSite,
  tooltipScriptOf,
  updateSettings,
} from './settings.ts';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a per-site off list that toggles', async () => {
    const url = 'https://www.example.cn/news/1.html?x=1';
    expect(isActiveOn(await loadSettings(), url)).toBe(true);
    await toggleSite(url);
    const off = await loadSettings();
    expect(off.disabledSites).toEqual(['www.example.cn']);
    expect(isActiveOn(off, url)).toBe(false);
    expect(isActiveOn(off, 'https://other.example.cn/')).toBe(true);
    await toggleSite(url);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('moves a stored version-1 traditional choice to the Taiwan standard, keeping the rest', async () => {
    const old = { ...DEFAULT_SETTINGS, style: 'background', tooltipScript: 'traditional' };
    await fakeBrowser.storage.local.set({ settings: old, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { ...old, tooltipScript: 'tw' },
    });
    expect(await loadSettings()).toMatchObject({ style: 'background', tooltipScript: 'tw' });
  });

  it('reads an unknown stored script choice as the page’s', async () => {
    expect(tooltipScriptOf('traditional')).toBe('tw');
    for (const kept of ['page', 'simplified', 'tw', 'hk']) expect(tooltipScriptOf(kept)).toBe(kept);
    for (const odd of [undefined, 'TW', 'zh-HK', 3]) expect(tooltipScriptOf(odd)).toBe('page');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, tooltipScript: 'x' } });
    expect((await loadSettings()).tooltipScript).toBe('page');
  });

  it('global off wins over everything', async () => {
    const next = await updateSettings({ enabled: false });
    expect(isActiveOn(next, 'https://a.example/')).toBe(false);
  });

  it('names sites by host and gives no site for odd URLs', () => {
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteOf('about:blank')).toBe('');
  });
});

describe('parseSite', () => {
  it('takes a host name or any address on it, as the host name the off-list holds', () => {
    expect(parseSite('example.com')).toBe('example.com');
    expect(parseSite('  News.Example.COM ')).toBe('news.example.com');
    expect(parseSite('https://www.gov.cn/zhengce/2024-01/01/content.htm?x=1')).toBe('www.gov.cn');
    expect(parseSite('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(parseSite('localhost:3000')).toBe('localhost');
  });

  it('refuses what names no web site', () => {
    for (const bad of [
      '',
      '   ',
      'not a site',
      'hello',
      'ftp://example.com',
      'javascript:alert(1)',
    ]) {
      expect(parseSite(bad), bad).toBeNull();
    }
  });
});
