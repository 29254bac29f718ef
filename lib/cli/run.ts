// The terms CLI as a function of its arguments and a few I/O callbacks, so all of it can be
// tested without a process; scripts/terms.ts supplies the file system and stdout/stderr.
import type { GlossaryBundle } from '../types.ts';
import { createAnnotator, textToAnnotate } from './annotate.ts';
import { parseTermsArgs, USAGE } from './args.ts';
import { decodeUtf8 } from './decode.ts';
import { formatCounts, formatList, formatOccurrences } from './format.ts';

export interface TermsIo {
  /** The file's bytes; throws a Node file-system error (code ENOENT, EISDIR, …) if it cannot. */
  readFile(path: string): Uint8Array;
  loadBundle(): GlossaryBundle;
  out(text: string): void;
  err(text: string): void;
}

/** Runs the CLI; returns the exit status. Every file is tried even when an earlier one fails. */
export function runTerms(argv: string[], io: TermsIo): number {
  const args = parseTermsArgs(argv);
  if (!args.ok) {
    io.err(`terms: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.mode === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const bundle = io.loadBundle();
  if (args.mode === 'list') {
    io.out(formatList(bundle));
    return 0;
  }
  const annotate = createAnnotator(bundle);
  let failed = 0;
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.err(`terms: ${file}: ${readProblem(error)}, skipped\n`);
      failed++;
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      io.err(`terms: ${file}: ${decoded.problem}, skipped\n`);
      failed++;
      continue;
    }
    const occurrences = annotate(textToAnnotate(file, decoded.text));
    io.out(
      args.mode === 'json' ? formatOccurrences(file, occurrences) : formatCounts(file, occurrences),
    );
  }
  if (failed > 0) {
    io.err(`terms: ${failed} of ${args.files.length} files were skipped\n`);
    return 1;
  }
  return 0;
}

/** A plain-words reason for a failed read. */
export function readProblem(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${(error as Error)?.message ?? String(error)})`;
  }
}
