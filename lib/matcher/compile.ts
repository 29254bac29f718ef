// The matcher's trie compiled once, at build time, into a double array (base/check) over a
// dense alphabet, and shipped as base64. A content script runs in every frame of every page:
// inserting 3,000 patterns into a trie there cost 10–13 ms before a page's first mark (cold
// code runs in the interpreter). Decoding base64 is native and building the two 64K lookup
// tables below takes a loop over ~2,000 code units (docs/benchmarks-glossary-scale.md).
//
// Layout: node 0 is the root. The child of node s along alphabet id c (c ≥ 1) is t = base[s] + c
// when check[t] === s. values[t] is the term index, BLOCKER, or NONE. `units` lists every raw
// UTF-16 code unit the matcher must recognise (each pattern character and every unit that folds
// to one) with its alphabet id, so the page never needs the fold table to match.
import type { BuildIndex, CompiledTrie } from '../types.ts';
import { foldCode, parseFoldTable } from './fold.ts';

/** Pattern value of a context blocker: consumes text so a short form cannot fire inside it. */
export const BLOCKER = -1;
/** Value of a node where no pattern ends. */
export const NONE = -2;

interface BuildNode {
  children: Map<number, number>;
  value: number;
}

/** Compiles the build's patterns; line-crossing and empty patterns are left out, as ever. */
export function compileTrie(index: Pick<BuildIndex, 'patterns' | 'fold'>): CompiledTrie {
  const table = parseFoldTable(index.fold);
  const alphabet = new Map<number, number>(); // folded code unit → id, from 1
  const nodes: BuildNode[] = [{ children: new Map(), value: NONE }];
  for (const [form, value] of index.patterns) {
    if (form.length === 0 || crossesLine(form)) continue;
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const code = foldCode(table, form.charCodeAt(i));
      let id = alphabet.get(code);
      if (id === undefined) alphabet.set(code, (id = alphabet.size + 1));
      const children = (nodes[node] as BuildNode).children;
      let child = children.get(id);
      if (child === undefined) {
        child = nodes.push({ children: new Map(), value: NONE }) - 1;
        children.set(id, child);
      }
      node = child;
    }
    // A real term wins over a blocker of the same spelling; otherwise the first one listed.
    const target = nodes[node] as BuildNode;
    if (target.value === NONE || (target.value === BLOCKER && value !== BLOCKER))
      target.value = value;
  }
  const { base, check, values, size } = place(nodes, alphabet.size);
  // 16-bit arrays halve what every page receives; 32-bit only when slots or term ids need it.
  const wide = size >= 0xffff || values.some((v) => v > 0x7fff);
  const pairs: number[] = [];
  for (const [code, id] of recognisedUnits(alphabet, table, index.fold)) pairs.push(code, id);
  return {
    size,
    wide,
    base: toBase64(wide ? Int32Array.from(base) : Uint16Array.from(base)),
    check: toBase64(
      wide ? Int32Array.from(check) : Uint16Array.from(check, (s) => (s < 0 ? 0xffff : s)),
    ),
    values: toBase64(wide ? Int32Array.from(values) : Int16Array.from(values)),
    units: toBase64(Uint16Array.from(pairs)),
    patternCount: index.patterns.length,
  };
}

/**
 * First-fit placement, breadth first: each node's children go to the lowest base where every
 * child's slot is free. The arrays are padded so base + any alphabet id stays in bounds.
 */
function place(
  nodes: BuildNode[],
  alphabetSize: number,
): { base: number[]; check: number[]; values: number[]; size: number } {
  const base: number[] = [];
  const check: number[] = [-1];
  const values: number[] = [(nodes[0] as BuildNode).value];
  const used: boolean[] = [true];
  let firstFree = 1;
  const queue: [node: number, slot: number][] = [[0, 0]];
  for (let q = 0; q < queue.length; q++) {
    const [node, slot] = queue[q] as [number, number];
    const ids = [...(nodes[node] as BuildNode).children.keys()].sort((a, b) => a - b);
    if (ids.length === 0) {
      base[slot] = 0;
      continue;
    }
    while (used[firstFree]) firstFree++;
    const lowest = ids[0] as number;
    let b = Math.max(0, firstFree - lowest);
    while (ids.some((id) => used[b + id])) b++;
    base[slot] = b;
    for (const id of ids) {
      const at = b + id;
      used[at] = true;
      check[at] = slot;
      const child = (nodes[node] as BuildNode).children.get(id) as number;
      values[at] = (nodes[child] as BuildNode).value;
      queue.push([child, at]);
    }
  }
  let size = used.length;
  for (const b of base) if (b !== undefined) size = Math.max(size, b + alphabetSize + 1);
  for (let i = 0; i < size; i++) {
    base[i] ??= 0;
    if (!used[i]) {
      check[i] = -1;
      values[i] = NONE;
    }
  }
  return { base, check, values, size };
}

/** Each code unit the matcher must see as a pattern character, with the id of its fold. */
function recognisedUnits(
  alphabet: Map<number, number>,
  table: ReturnType<typeof parseFoldTable>,
  pairs: string,
): Map<number, number> {
  const out = new Map<number, number>();
  // Only these code units fold to something other than themselves (see foldCode).
  const folding = [0x3000];
  for (let code = 0x41; code <= 0x5a; code++) folding.push(code);
  for (let code = 0xff01; code <= 0xff5e; code++) folding.push(code);
  for (let i = 0; i < pairs.length; i += 2) folding.push(pairs.charCodeAt(i));
  for (const [code, id] of alphabet) if (foldCode(table, code) === code) out.set(code, id);
  for (const code of folding) {
    const id = alphabet.get(foldCode(table, code));
    if (id !== undefined) out.set(code, id);
  }
  return out;
}

/** A pattern with a line break could match across blocks: such patterns are never used. */
export function crossesLine(form: string): boolean {
  return form.includes('\n') || form.includes('\r');
}

function toBase64(array: Uint16Array | Int16Array | Int32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
