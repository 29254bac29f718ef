// Candidate extraction: every span the texts themselves mark as a term (quotes, book titles,
// numbered formulas) and named things that recur. The report compares them with the glossary
// so a reviewer sees what was left out and why.

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
// Numbered formulas: a numeral, then a measure/marker, then a short tail (两个确立, 三不腐,
// 五育并举, 四风), plus the "一体两翼 / 三位一体" shapes.
const FORMULA = new RegExp(
  `(?:[一二两三四五六七八九十双][个不位育支进风大][${HAN}]{1,4}|[一二三四五]位一体|一体[两二三]翼|双[${HAN}]{1,2})`,
  'g',
);
// Named things by their head noun, kept short so a sentence does not become a "name".
const NAMED = new RegExp(
  `[${HAN}]{2,12}?(?:战略|工程|计划|行动|平台|全会|会议|规划|纲要|方案|领导小组|秘书组|党组|体系|机制|精神|思想|主题教育|学习教育)`,
  'g',
);

function collect(
  into: Map<string, Candidate>,
  doc: string,
  text: string,
  pattern: RegExp,
  kind: CandidateKind,
  group: number,
): void {
  for (const match of text.matchAll(pattern)) {
    const value = (match[group] ?? '').trim();
    if (value.length < 2) continue;
    const found = into.get(value) ?? { text: value, kinds: [], count: 0, docs: [] };
    if (!found.kinds.includes(kind)) found.kinds.push(kind);
    found.count++;
    if (!found.docs.includes(doc)) found.docs.push(doc);
    into.set(value, found);
  }
}

/** Candidates from simplified cleaned texts. Named things must recur (≥ 2 times) to count. */
export function extractCandidates(docs: { id: string; text: string }[]): Candidate[] {
  const found = new Map<string, Candidate>();
  const named = new Map<string, Candidate>();
  for (const { id, text } of docs) {
    collect(found, id, text, QUOTED, 'quoted', 1);
    collect(found, id, text, TITLE, 'title', 1);
    collect(found, id, text, FORMULA, 'formula', 0);
    collect(named, id, text, NAMED, 'named', 0);
  }
  for (const [text, candidate] of named) {
    if (candidate.count < 2) continue;
    const existing = found.get(text);
    if (existing) existing.kinds.push('named');
    else found.set(text, candidate);
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
