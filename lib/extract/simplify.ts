// Traditional → simplified for extraction, with opencc-js's t→cn converter only: the build's
// script.ts also makes five simplified→traditional converters at import, ~1 s of start-up a
// worker or the CLI would pay for nothing. Same conversion as script.ts's toSimplified (a test
// holds them equal on the seeds), created on first use.
import * as OpenCC from 'opencc-js';

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}
