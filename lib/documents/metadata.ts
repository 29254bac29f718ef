// Metadata a Chinese official document states in its own text: the title at the top, the 文号
// (国发〔2024〕5号) under it, the issuer and the date in the closing lines (落款). Detection is a
// first guess only; the library lets the user correct every field.
// The t2cn build (~110 KB), built on first use: the full opencc-js takes seconds to set up.
import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../types.ts';
import type { DocumentMetadata } from './types.ts';

// 国发〔2024〕5号, 教基〔2021〕4号, 国办发[2023]12号, 京政发（2022）3号
const DOC_NUMBER =
  /[\p{Script=Han}]{1,12}\s*[〔［[（(【]\s*(?:19|20)\d{2}\s*[〕］\]）)】]\s*(?:第\s*)?\d{1,4}\s*[号號]/u;

// ○ (U+25CB) stands in for 〇 in many typed documents.
const CN_DIGITS: Record<string, number> = Object.fromEntries(
  [...'〇一二三四五六七八九']
    .map((ch, i) => [ch, i])
    .concat([
      ['○', 0],
      ['零', 0],
    ]),
);

/** 二〇二四 → 2024; 十二 → 12; 二十一 → 21; Arabic digits pass through. */
function numberOf(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  return Number([...text].map((ch) => CN_DIGITS[ch] ?? '').join(''));
}

const NUM = '(\\d{1,4}|[〇○零一二三四五六七八九十]{1,4})';
const DATE = new RegExp(`${NUM}\\s*年\\s*${NUM}\\s*月\\s*${NUM}\\s*[日号]`, 'u');
const ISO_DATE = /\b((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\b/u;

/** A valid calendar date as YYYY-MM-DD, or ''. */
function isoDate(year: number, month: number, day: number): string {
  if (year < 1900 || year > 2100) return '';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return date.toISOString().slice(0, 10);
}

/** The first date written in `text` (2024年3月5日, 二〇二四年三月五日, 2024-03-05), or ''. */
export function findDate(text: string): string {
  const cn = DATE.exec(text);
  if (cn) {
    const found = isoDate(
      numberOf(cn[1] as string),
      numberOf(cn[2] as string),
      numberOf(cn[3] as string),
    );
    if (found) return found;
  }
  const iso = ISO_DATE.exec(text);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : '';
}

export function findDocNumber(text: string): string {
  return DOC_NUMBER.exec(text)?.[0].replace(/\s+/gu, '') ?? '';
}

let toSimplified: ((text: string) => string) | undefined;

/** Traditional when more of its characters change under traditional→simplified than not. */
export function detectScript(text: string): Script {
  const sample = text.slice(0, 20_000);
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < simplified.length; i++) {
    if (sample[i] !== simplified[i]) changed++;
  }
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > 0 && changed / han > 0.03 ? 'traditional' : 'simplified';
}

// A closing line that names an issuer: a short line of Han characters ending in an organ's word.
const ISSUER_LINE =
  /^[\p{Script=Han}、（）()\s]{2,40}(?:部|委|委员会|院|厅|局|办公室|办公厅|政府|中央|会|署|室|组|办|处|中心|协会|学院|大学|银行)$/u;
// "国务院关于…的通知": the issuer is the part before 关于.
const TITLE_ISSUER = /^([\p{Script=Han}、]{2,40}?)(?:关于|關於)/u;

/**
 * Best guesses from the text's own lines; `hints` (a PDF's or page's own title, the page address)
 * fill what the text does not show.
 */
export function detectMetadata(
  lines: readonly string[],
  hints: { title?: string; source?: string } = {},
): DocumentMetadata {
  const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
  const head = nonEmpty.slice(0, 8);
  const tail = nonEmpty.slice(-8);
  const titleLine = head.find(
    (l) =>
      l.length <= 80 && !DOC_NUMBER.test(l) && !/[。；;]$/u.test(l) && /\p{Script=Han}/u.test(l),
  );
  const title = (titleLine ?? hints.title ?? nonEmpty[0] ?? '').slice(0, 200);
  const closingIssuer = [...tail].reverse().find((l) => ISSUER_LINE.test(l));
  const titleIssuer = TITLE_ISSUER.exec(title)?.[1];
  const dateInTail = tail.map(findDate).reverse().find(Boolean);
  return {
    title: title || (hints.title ?? ''),
    issuer: (closingIssuer ?? titleIssuer ?? '').replace(/\s+/gu, ''),
    date: dateInTail || findDate(head.join('\n')) || findDate(nonEmpty.join('\n')),
    docNumber: findDocNumber(head.join('\n')) || findDocNumber(nonEmpty.slice(0, 30).join('\n')),
    source: hints.source ?? '',
    script: detectScript(nonEmpty.join('\n')),
  };
}
