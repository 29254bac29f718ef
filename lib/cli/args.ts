// Command line of `npm run --silent terms -- [--json | --list | --extract [--no-glossary]] FILE...`.
import { parseArgs } from 'node:util';

export type TermsMode = 'counts' | 'json' | 'list';

export type TermsArgs =
  | { ok: true; mode: TermsMode; files: string[] }
  /** `glossary: false` extracts as if the glossary were empty (--no-glossary). */
  | { ok: true; mode: 'extract'; files: string[]; glossary: boolean }
  | { ok: true; mode: 'help' }
  | { ok: false; error: string };

export const USAGE = `Usage: npm run --silent terms -- [--json | --list | --extract [--no-glossary]] FILE...

Finds the glossary's policy terms in UTF-8 text or HTML files (simplified, traditional or mixed
script) and prints, per file, how often each term occurs.

  --json   one JSON object per line per occurrence:
           {"file","start","end","text","id","term"}; start/end are UTF-16 offsets into the
           file's text (a .txt file's content; for HTML, the extracted text)
  --list   one JSON object per line per glossary entry (no FILE):
           {"id","term","forms","category","english","definition","pinyin","excerpts"}
  --extract  candidate terms of all the FILEs together, as the extension finds them in the
           user's documents: one JSON object per line, best first,
           {"term","count","files","kind","known"}; term in simplified script, kind a list
           (quoted, title, formula, named), known the id of the glossary entry it already is
           or null
  --no-glossary  with --extract: extract as if the glossary were empty (every known is null,
           nothing is dropped for being a glossary term with a particle attached)
  -h, --help  this text

HTML (.html, .htm, .xhtml, or a file that starts with <!doctype html> or <html>) is read as
the text a reader sees: scripts and styles dropped, one line per block element.
Exit status: 0 if every file was read, 1 if any was skipped, 2 on a usage error.`;

export function parseTermsArgs(argv: string[]): TermsArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, mode: 'help' };
  const modes = (['json', 'list', 'extract'] as const).filter((m) => values[m]);
  if (modes.length > 1)
    return { ok: false, error: `${modes.map((m) => `--${m}`).join(' and ')} exclude each other` };
  if (values['no-glossary'] && !values.extract)
    return { ok: false, error: '--no-glossary goes with --extract' };
  if (values.list) {
    if (positionals.length > 0) return { ok: false, error: '--list takes no files' };
    return { ok: true, mode: 'list', files: [] };
  }
  if (positionals.length === 0) return { ok: false, error: 'no files given' };
  if (values.extract)
    return { ok: true, mode: 'extract', files: positionals, glossary: !values['no-glossary'] };
  return { ok: true, mode: values.json ? 'json' : 'counts', files: positionals };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      extract: { type: 'boolean', default: false },
      'no-glossary': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
