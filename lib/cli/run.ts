// The terms CLI as a function of its arguments and a few I/O callbacks, so all of it can be
// tested without a process; scripts/terms.ts supplies the file system and stdout/stderr.
import type { GlossaryBundle } from '../types.ts';
import { createAnnotator, textToAnnotate } from './annotate.ts';
import { parseTermsArgs, USAGE } from './args.ts';
import { decodeUtf8 } from './decode.ts';
import { extractFromFiles, type FileText, formatCandidates } from './extract.ts';
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
  if (args.mode === 'extract') return runExtract(args.files, args.glossary, io);
  const bundle = io.loadBundle();
  if (args.mode === 'list') {
    io.out(formatList(bundle));
    return 0;
  }
  const annotate = createAnnotator(bundle);
  let failed = 0;
  for (const file of args.files) {
    const read = readText(file, io);
    if (typeof read === 'string') {
      skip(file, read, io);
      failed++;
      continue;
    }
    const occurrences = annotate(read.text);
    io.out(
      args.mode === 'json' ? formatOccurrences(file, occurrences) : formatCounts(file, occurrences),
    );
  }
  return finish(failed, args.files.length, io);
}

/** --extract: the files are read first and their candidates taken together. */
function runExtract(files: string[], glossary: boolean, io: TermsIo): number {
  const texts: FileText[] = [];
  for (const file of files) {
    const read = readText(file, io);
    const problem =
      typeof read === 'string' ? read : read.text.trim() === '' ? 'no text (empty file)' : null;
    if (problem) skip(file, problem, io);
    else texts.push(read as FileText);
  }
  if (texts.length > 0) {
    const candidates = extractFromFiles(texts, glossary ? io.loadBundle().index : null);
    if (candidates.length === 0) io.err('terms: no candidate terms in these files\n');
    io.out(formatCandidates(candidates));
  }
  return finish(files.length - texts.length, files.length, io);
}

/** A file's readable text (HTML as the text a reader sees), or why it cannot be read. */
function readText(file: string, io: TermsIo): FileText | string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    return readProblem(error);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded.problem;
  return { file, text: textToAnnotate(file, decoded.text) };
}

function skip(file: string, problem: string, io: TermsIo): void {
  io.err(`terms: ${file}: ${problem}, skipped\n`);
}

function finish(failed: number, total: number, io: TermsIo): number {
  if (failed === 0) return 0;
  io.err(`terms: ${failed} of ${total} files were skipped\n`);
  return 1;
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
