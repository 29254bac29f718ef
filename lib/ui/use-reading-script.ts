// The reading script of an extension page, kept current with the options (see page-script.ts).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageScript } from '../script/page-script.ts';
import type { ReadingScript } from '../script/reading-script.ts';
import { loadSettings, settingsItem, type TooltipScript, tooltipScriptOf } from '../settings.ts';
import type { Script } from '../types.ts';

/** A function giving the script to show text in, for a traditional or simplified document or none. */
export function useReadingScript(): (doc?: Script) => ReadingScript {
  const [option, setOption] = useState<TooltipScript>('page');
  useEffect(() => {
    void loadSettings().then((s) => setOption(s.tooltipScript));
    return settingsItem.watch((s) => setOption(tooltipScriptOf(s?.tooltipScript)));
  }, []);
  const ui = browser.i18n.getUILanguage();
  return (doc) => pageScript(option, ui, doc);
}
