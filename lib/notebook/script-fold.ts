// The notebook's script fold: traditional → simplified with opencc-js's t2cn build (~110 KB,
// ready in tens of ms), not the full build lib/glossary-build/script.ts loads (six converters, seconds
// to set up), which would hold the notebook page's first paint.
import * as OpenCC from 'opencc-js/t2cn';
import { type Fold, scriptFold } from './search.ts';

export function createScriptFold(): Fold {
  return scriptFold(OpenCC.Converter({ from: 't', to: 'cn' }));
}
