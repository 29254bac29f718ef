// A match index for tests that need one of their own (a few patterns, or none): the trie is
// compiled from the patterns as the build does it, so no test ships a hand-made trie.
import { compileTrie } from '../matcher/compile.ts';
import type { BuildIndex, Category, Topic } from '../types.ts';

export function testIndex(fields: {
  hash?: string;
  ids?: string[];
  categories?: Category[];
  topics?: Topic[];
  patterns?: [string, number][];
  fold?: string;
}): BuildIndex {
  const patterns = fields.patterns ?? [];
  const fold = fields.fold ?? '';
  return {
    hash: fields.hash ?? 'h',
    ids: fields.ids ?? [],
    categories: fields.categories ?? [],
    topics: fields.topics ?? [],
    patterns,
    fold,
    trie: compileTrie({ patterns, fold }),
  };
}
