// The views of my terms, loaded on demand (App, useLazyModule): their term form makes pinyin and
// traditional forms (pinyin-pro and OpenCC's full dictionaries), which the reader and the
// glossary's other views never use.
export { AddTerm } from './AddTerm.tsx';
export { Candidates } from './Candidates.tsx';
export { MyTermRoute } from './MyTermRoute.tsx';
export { MyTerms } from './MyTerms.tsx';
