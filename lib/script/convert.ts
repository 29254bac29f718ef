// Converts glossary text into the reader's script, for the background and extension pages only
// (never the content script: it gets converted text by message). opencc-js's core with its two
// small presets, not the full build: cn2t gives cn→tw and cn→hk, t2cn gives t→cn. Each converter
// loads its dictionaries on first use (tens of ms) and is kept for the life of the page/worker.
import { ConverterBuilder, type ConverterFunction } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import * as t2cn from 'opencc-js/preset/t2cn';
import type { ReadingScript } from './reading-script.ts';

const made = new Map<string, ConverterFunction>();

function converter(key: 'tw' | 'hk' | 'cn'): ConverterFunction {
  let convert = made.get(key);
  if (!convert) {
    convert =
      key === 'cn'
        ? ConverterBuilder(t2cn)({ from: 't', to: 'cn' })
        : ConverterBuilder(cn2t)({ from: 'cn', to: key });
    made.set(key, convert);
  }
  return convert;
}

/**
 * Phrases OpenCC's segmentation gets wrong in our texts, fixed after conversion: in 伟大斗争 it
 * takes 大斗 (a measure) as the word and leaves 斗 unconverted. 斗爭 is never right in traditional.
 */
const CORRECTIONS: [RegExp, string][] = [[/斗爭/g, '鬥爭']];

/** Simplified text in the reader's script (Taiwan or Hong Kong standard for traditional). */
export function fromSimplified(text: string, script: ReadingScript): string {
  if (script === 'simplified' || text === '') return text;
  let out = converter(script)(text);
  for (const [wrong, right] of CORRECTIONS) out = out.replace(wrong, right);
  return out;
}

/** Traditional text (any standard) in simplified script. */
export function toSimplified(text: string): string {
  return text === '' ? text : converter('cn')(text);
}

/**
 * A sentence in the reader's script with the span [start, end) still marking the same words:
 * the text before, inside and after the span are converted separately, because a conversion may
 * change a string's length (phrase dictionaries), which would shift offsets taken before it.
 */
export function convertMarked(
  text: string,
  span: [number, number] | undefined,
  convert: (s: string) => string,
): { text: string; at?: [number, number] } {
  if (!span) return { text: convert(text) };
  const [start, end] = span;
  const before = convert(text.slice(0, start));
  const inside = convert(text.slice(start, end));
  return {
    text: before + inside + convert(text.slice(end)),
    at: [before.length, before.length + inside.length],
  };
}
