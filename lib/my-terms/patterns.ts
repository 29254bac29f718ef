// The patterns of a compiled trie, read back out of its double array. The extension ships the
// glossary's match index without its pattern list (glossary-index.json: the trie only), so a
// page or the background that adds the user's terms recovers the built-in patterns from the
// trie and compiles both together (combine.ts).
import { NONE } from '../matcher/compile.ts';
import { foldCode, parseFoldTable } from '../matcher/fold.ts';
import { bytesOf, decode } from '../matcher/matcher.ts';
import type { CompiledTrie } from '../types.ts';

/** Every [folded form, value] the trie holds, blockers included, in trie order. */
export function triePatterns(trie: CompiledTrie, fold: string): [string, number][] {
  const base = decode(trie.base, trie.wide);
  const check = decode(trie.check, trie.wide);
  const values = trie.wide
    ? new Int32Array(bytesOf(trie.values).buffer)
    : new Int16Array(bytesOf(trie.values).buffer);
  const unitPairs = new Uint16Array(bytesOf(trie.units).buffer);
  // Alphabet id → the folded code unit it stands for (the one that folds to itself).
  const table = parseFoldTable(fold);
  const codeOf = new Map<number, number>();
  for (let i = 0; i < unitPairs.length; i += 2) {
    const code = unitPairs[i] as number;
    const id = unitPairs[i + 1] as number;
    if (!codeOf.has(id) || foldCode(table, code) === code) codeOf.set(id, code);
  }
  const ids = [...codeOf.keys()].sort((a, b) => a - b);
  const out: [string, number][] = [];
  const walk = (node: number, prefix: string) => {
    for (const id of ids) {
      const t = (base[node] as number) + id;
      if (t >= trie.size || check[t] !== node) continue;
      const form = prefix + String.fromCharCode(codeOf.get(id) as number);
      const value = values[t] as number;
      if (value !== NONE) out.push([form, value]);
      walk(t, form);
    }
  };
  walk(0, '');
  return out;
}
