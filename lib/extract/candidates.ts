// Candidate extraction: every span the texts themselves mark as a term (quotes, book titles,
// numbered formulas) and named things that recur. The glossary build's report compares them with
// the glossary so a reviewer sees what was left out and why; the extension runs the same code on
// the user's documents (lib/extract/extract.ts). Pure and without Node APIs: it runs in Node, in
// extension pages and in a Web Worker. No regular expression here matches across a line break,
// so a text's spans are the spans of its lines.

export type CandidateKind = 'quoted' | 'title' | 'formula' | 'named';

export interface Candidate {
  text: string;
  kinds: CandidateKind[];
  count: number;
  docs: string[];
}

const HAN = '\\u3400-\\u9fff';
const QUOTED = new RegExp(`[“「‘『]([${HAN}A-Za-z0-9·、]{2,24})[”」’』]`, 'g');
const TITLE = /《([^《》\n]{2,60})》/g;
// Numbered formulas: a numeral that is not the tail of a larger number or an ordinal (二十大,
// 第二个), then a measure/marker and a one- or two-character tail (两个确立, 三不腐, 五育并举,
// 四风), plus the "三位一体 / 一体两翼" shapes. 一个 is just "a", not a formula.
const FORMULA = new RegExp(
  `(?<![一二两三四五六七八九十百千万第])(?:[一二三四五]位一体|一体[两二三]翼|[二两三四五六七八九十][个不位育支进风大][${HAN}]{1,2}|一[不位育支进风大][${HAN}]{1,2}|双[${HAN}]{1,2})`,
  'g',
);
/**
 * Spans of the formula shape that are ordinary words in news text (双方, 双边, 两个月, 五个方面,
 * 两位数): counted on the corpus, they were most of its formula candidates.
 */
const NOT_FORMULA =
  /^(?:双(?:方|边|向|赢|重|版纳|多边|城|轮|增长)|两位数|一大早|[一二两三四五六七八九十](?:个多?月|个方面|大(?:股指|指标)))/;
/** A formula's tail ends before these: they join the formula to the rest of the sentence. */
const FORMULA_STOP = /[的和与及是在等了要为对把将从向使]/;

// Named things end in a head noun ("…战略", "…工程", "…会议"; not "战略性", "党组织"). A name is the Han
// text before its head noun, back to the previous name or the start of the clause, with the
// words that lead up to it (verbs, adverbs, prepositions) cut off.
const HEAD =
  /(?:战略|工程|计划|行动|平台|全会|会议|规划|纲要|方案|领导小组|秘书组|党组|体系|机制|精神|思想|主题教育|学习教育)(?![性化织])/g;
/** Lead-in words: the name starts after the last of them. */
const LEAD_IN = new RegExp(
  [
    '深入|推进|推动|加强|加快|实施|构建|落实|坚持|坚持不懈|领会|领悟|把握|理解|认识|研读|围绕|聚焦',
    '依托|运用|通过|按照|根据|结合|完善|健全|深化|强化|优化|提升|提高|发挥|弘扬|践行|开展|召开|出席',
    '主持|参加|印发|审议|制定|编制|启动|用好|善用|迅速|大力|切实|认真|扎实|持续|不断|进一步|着力',
    '努力|积极|统筹|始终|纵深|精准|深刻|准确|抓好|做好|促进|确保|支撑|引领|注重|紧扣|夯实|提供',
    '纳入|要求|真正做到|形成|设计|总结|增强|组织|做到|不懈',
    '[把将使以对为在和与及从向让用要]',
  ].join('|'),
  'g',
);
/** Words that also occur inside names (教育强国建设规划纲要): cut only at a name's start. */
const LEADING_ONLY = /^(?:建设|学习|宣传|贯彻|的)+/;
const MIN_NAME = 4;
const MAX_NAME = 24;

/** Named things in one text: head-noun phrases with their lead-in words cut off. */
export function namedSpans(text: string): string[] {
  return namedSpansAt(text).map((span) => span.text);
}

/** Named things with the offset where each starts in `text`. */
function namedSpansAt(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // Dates ("2023年全国教育工作会议") are not part of a name: blank the numeral and its unit.
  const plain = text.replace(/[0-9０-９]+[年月日]/g, (m) => ' '.repeat(m.length));
  for (const run of plain.matchAll(new RegExp(`[${HAN}]+`, 'g'))) {
    const words = run[0];
    let from = 0;
    for (const [start, end] of headChains(words)) {
      const name = cutLeadIn(words.slice(from, end), start - from);
      if (name.length >= MIN_NAME && name.length <= MAX_NAME && name.length > end - start)
        out.push({ text: name, start: (run.index ?? 0) + end - name.length });
      from = end;
    }
  }
  return out;
}

/**
 * Head nouns in a run, joined into chains when they follow each other at once (领导小组秘书组,
 * 全会精神) or with at most two characters between them and no 的 (全会精神工作方案).
 */
function headChains(words: string): [number, number][] {
  const chains: [number, number][] = [];
  for (const head of words.matchAll(HEAD)) {
    const start = head.index ?? 0;
    const end = start + head[0].length;
    const last = chains[chains.length - 1];
    const gap = last ? words.slice(last[1], start) : '';
    if (last && gap.length <= 2 && !gap.includes('的')) last[1] = end;
    else chains.push([start, end]);
  }
  return chains;
}

/** Cuts `phrase` after its last lead-in word that ends before the head noun at `head`. */
function cutLeadIn(phrase: string, head: number): string {
  let start = 0;
  for (const m of phrase.matchAll(LEAD_IN)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end <= head) start = Math.max(start, end);
  }
  return phrase.slice(start).replace(LEADING_ONLY, '');
}

/** Formula matches, their tails cut at the first joining character. */
function formulaSpans(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(FORMULA)) {
    const stop = m[0].slice(2).search(FORMULA_STOP);
    const span = stop < 0 ? m[0] : m[0].slice(0, 2 + stop);
    if (span.length >= 2 && !NOT_FORMULA.test(span)) out.push({ text: span, start: m.index ?? 0 });
  }
  return out;
}

function add(into: Map<string, Candidate>, doc: string, value: string, kind: CandidateKind): void {
  const text = value.trim();
  if (text.length < 2) return;
  const found = into.get(text) ?? { text, kinds: [], count: 0, docs: [] };
  if (!found.kinds.includes(kind)) found.kinds.push(kind);
  found.count++;
  if (!found.docs.includes(doc)) found.docs.push(doc);
  into.set(text, found);
}

export interface CandidateSpan {
  text: string;
  kind: CandidateKind;
  /** UTF-16 offset of the span (before trimming) in the text it came from. */
  start: number;
}

/** Every span one text marks as a candidate, with the kind of mark and where it starts. */
export function candidateSpans(text: string): CandidateSpan[] {
  const out: CandidateSpan[] = [];
  // The quoted text starts one code unit after its opening mark (all marks are single units).
  for (const m of text.matchAll(QUOTED))
    out.push({ text: m[1] ?? '', kind: 'quoted', start: (m.index ?? 0) + 1 });
  for (const m of text.matchAll(TITLE))
    out.push({ text: m[1] ?? '', kind: 'title', start: (m.index ?? 0) + 1 });
  for (const span of formulaSpans(text)) out.push({ ...span, kind: 'formula' });
  for (const span of namedSpansAt(text)) out.push({ ...span, kind: 'named' });
  return out;
}

/** A named thing must be seen this often to count: one mention of "…工程" is not a name yet. */
export const MIN_NAMED_COUNT = 2;

/** Candidates from simplified cleaned texts. Named things must recur (≥ 2 times) to count. */
export function extractCandidates(docs: { id: string; text: string }[]): Candidate[] {
  const found = new Map<string, Candidate>();
  const named = new Map<string, Candidate>();
  for (const { id, text } of docs) {
    for (const span of candidateSpans(text))
      add(span.kind === 'named' ? named : found, id, span.text, span.kind);
  }
  for (const [text, candidate] of named) {
    if (candidate.count < MIN_NAMED_COUNT) continue;
    const existing = found.get(text);
    if (existing) existing.kinds.push('named');
    else found.set(text, candidate);
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

export interface DatedCandidate extends Candidate {
  /** Distinct dates it was seen on, and the first and last of them (YYYY-MM-DD). */
  days: number;
  first: string;
  last: string;
}

/**
 * Candidates of dated texts (the news corpus), counted by day: a candidate is kept when it is
 * seen on at least `minDays` days. `docs` of each candidate lists at most three item ids.
 */
export function extractDatedCandidates(
  texts: { id: string; date: string; text: string }[],
  minDays: number,
): DatedCandidate[] {
  const found = new Map<
    string,
    { c: Candidate; dates: Set<string>; first: string; last: string }
  >();
  for (const { id, date, text } of texts) {
    const seenHere = new Set<string>();
    for (const span of candidateSpans(text)) {
      const value = span.text.trim();
      if (value.length < 2) continue;
      let entry = found.get(value);
      if (!entry) {
        entry = {
          c: { text: value, kinds: [], count: 0, docs: [] },
          dates: new Set(),
          first: date,
          last: date,
        };
        found.set(value, entry);
      }
      if (!entry.c.kinds.includes(span.kind)) entry.c.kinds.push(span.kind);
      entry.c.count++;
      entry.dates.add(date);
      if (date < entry.first) entry.first = date;
      if (date > entry.last) entry.last = date;
      if (!seenHere.has(value) && entry.c.docs.length < 3) entry.c.docs.push(id);
      seenHere.add(value);
    }
  }
  const out: DatedCandidate[] = [];
  for (const { c, dates, first, last } of found.values()) {
    if (dates.size >= minDays) out.push({ ...c, days: dates.size, first, last });
  }
  return out.sort((a, b) => b.days - a.days || b.count - a.count || a.text.localeCompare(b.text));
}
