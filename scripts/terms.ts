// npm run --silent terms -- [--json | --list | --extract [--no-glossary]] FILE...: the terms CLI.
// I/O only; the logic is in lib/cli/ (see lib/cli/args.ts for the usage text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTerms } from '../lib/cli/run.ts';
import type { GlossaryBundle } from '../lib/types.ts';

const bundlePath = join(import.meta.dirname, '../lib/glossary-build/generated/glossary.json');

// `terms … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = runTerms(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  loadBundle: () => JSON.parse(readFileSync(bundlePath, 'utf8')) as GlossaryBundle,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
