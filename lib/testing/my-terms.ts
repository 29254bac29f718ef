// One of my terms for tests, with every field filled and the given ones changed.
import { type MyTerm, myTermId } from '../my-glossary/types.ts';

export const mine = (term: string, change: Partial<MyTerm> = {}): MyTerm => ({
  id: myTermId(term),
  term,
  forms: [term],
  variants: [],
  pinyin: '',
  english: '',
  definition: '',
  category: 'concept',
  topic: 'governance',
  sources: [],
  createdAt: 1,
  updatedAt: 1,
  ...change,
});
