// Command line of `npm run --silent terms -- [--json | --list] FILE...`.
import { parseArgs } from 'node:util';

export type TermsMode = 'counts' | 'json' | 'list';

export type TermsArgs =
  | { ok: true; mode: TermsMode; files: string[] }
  | { ok: true; mode: 'help' }
  | { ok: false; error: string };

export const USAGE = `Usage: npm run --silent terms -- [--json | --list] FILE...

Finds the glossary's policy terms in UTF-8 text or HTML files (simplified, traditional or mixed
script) and prints, per file, how often each term occurs.

  --json   one JSON object per line per occurrence:
           {"file","start","end","text","id","term"}; start/end are UTF-16 offsets into the
           file's text (a .txt file's content; for HTML, the extracted text)
  --list   one JSON object per line per glossary entry (no FILE):
           {"id","term","forms","category","english","definition","pinyin","excerpts"}
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
  if (values.json && values.list)
    return { ok: false, error: '--json and --list exclude each other' };
  if (values.list) {
    if (positionals.length > 0) return { ok: false, error: '--list takes no files' };
    return { ok: true, mode: 'list', files: [] };
  }
  if (positionals.length === 0) return { ok: false, error: 'no files given' };
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
