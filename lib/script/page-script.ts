// The reading script of an extension page (glossary, popup). No converter here, so the choice can
// be made and tested without loading opencc-js.
import type { TooltipScript } from '../settings.ts';
import type { Script } from '../types.ts';
import { type ReadingScript, traditionalStandardOf } from './reading-script.ts';

/**
 * The option's choice when the reader made one, else the interface language's script (a zh-TW,
 * zh-HK or zh-Hant interface reads traditional, in its region's standard). A traditional document
 * is read in traditional whatever the page default: in the chosen standard, else the interface's,
 * else Taiwan's.
 */
export function pageScript(option: TooltipScript, uiLanguage: string, doc?: Script): ReadingScript {
  const ui = uiLanguage.replace('_', '-');
  const uiTraditional = /^zh-(hant|tw|hk|mo)\b/i.test(ui);
  if (doc === 'traditional') {
    if (option === 'tw' || option === 'hk') return option;
    return uiTraditional ? traditionalStandardOf(ui) : 'tw';
  }
  if (option !== 'page') return option;
  return uiTraditional ? traditionalStandardOf(ui) : 'simplified';
}
