// Script conversion for the build and extension pages only: full opencc-js never ships in the
// content script (it is ~500 KB gzip); the content script gets the fold table instead.
import * as OpenCC from 'opencc-js';

// Each converter builds its dictionaries' tries when it is made (hundreds of ms for the six), so
// they are made on first use: the glossary page imports this module for my terms and must not pay
// that on every open (measured: ~0.7 s of its module evaluation, cold).
type Convert = (text: string) => string;
const lazy = (options: { from: 'cn' | 't' | 'tw' | 'hk'; to: 'cn' | 't' | 'tw' | 'hk' }) => {
  let convert: Convert | undefined;
  return (text: string) => (convert ??= OpenCC.Converter(options))(text);
};
const toTraditional = lazy({ from: 'cn', to: 't' });
const toTaiwan = lazy({ from: 'cn', to: 'tw' });
const toHongKong = lazy({ from: 'cn', to: 'hk' });
const fromTraditional = lazy({ from: 't', to: 'cn' });
const fromTaiwan = lazy({ from: 'tw', to: 'cn' });
const fromHongKong = lazy({ from: 'hk', to: 'cn' });

export function traditionalOf(simplified: string): string {
  return toTraditional(simplified);
}

/** Every traditional rendering of a simplified form (standard, Taiwan, Hong Kong), deduplicated. */
export function traditionalVariants(simplified: string): string[] {
  const out = new Set([toTraditional(simplified), toTaiwan(simplified), toHongKong(simplified)]);
  out.delete(simplified);
  return [...out];
}

export function toSimplified(text: string): string {
  return fromTraditional(text);
}

/**
 * The fold table: every traditional or regional variant character whose simplified form is a
 * character the glossary uses. Char by char, so the table stays length-preserving.
 */
export function buildFoldTable(
  glossaryChars: Set<string>,
  forms: string[] = [],
): Map<string, string> {
  const table = new Map<string, string>();
  const converters = [fromTraditional, fromTaiwan, fromHongKong];
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    for (const convert of converters) {
      const simplified = convert(ch);
      if (simplified !== ch && simplified.length === 1 && glossaryChars.has(simplified)) {
        table.set(ch, simplified);
        break;
      }
    }
  }
  // Variants produced from the glossary's own forms, in case a dictionary is not symmetric:
  // char by char, and phrase by phrase (cn→tw writes 资金链 as 資金鍊, a phrase-level choice).
  const pair = (variant: string, simplified: string) => {
    if (variant.length !== simplified.length) return;
    for (let i = 0; i < variant.length; i++) {
      const from = variant[i] as string;
      const to = simplified[i] as string;
      if (from !== to && !table.has(from) && !glossaryChars.has(from)) table.set(from, to);
    }
  };
  for (const ch of glossaryChars) for (const variant of traditionalVariants(ch)) pair(variant, ch);
  for (const form of forms) for (const variant of traditionalVariants(form)) pair(variant, form);
  return table;
}
