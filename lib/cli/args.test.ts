import { describe, expect, it } from 'vitest';
import { parseTermsArgs } from './args.ts';

describe('parseTermsArgs', () => {
  it('counts terms in the files by default', () => {
    expect(parseTermsArgs(['a.txt', 'b.html'])).toEqual({
      ok: true,
      mode: 'counts',
      files: ['a.txt', 'b.html'],
    });
  });

  it('prints occurrences with --json, wherever the flag stands', () => {
    expect(parseTermsArgs(['a.txt', '--json'])).toEqual({
      ok: true,
      mode: 'json',
      files: ['a.txt'],
    });
  });

  it('lists the glossary with --list and no files', () => {
    expect(parseTermsArgs(['--list'])).toEqual({ ok: true, mode: 'list', files: [] });
    expect(parseTermsArgs(['--list', 'a.txt'])).toEqual({
      ok: false,
      error: '--list takes no files',
    });
  });

  it('takes a file named like an option after --', () => {
    expect(parseTermsArgs(['--json', '--', '--list'])).toEqual({
      ok: true,
      mode: 'json',
      files: ['--list'],
    });
  });

  it('shows help', () => {
    expect(parseTermsArgs(['-h'])).toEqual({ ok: true, mode: 'help' });
    expect(parseTermsArgs(['--help', 'a.txt'])).toEqual({ ok: true, mode: 'help' });
  });

  it('rejects unknown options, no files, and --json with --list', () => {
    const unknown = parseTermsArgs(['--jsn', 'a.txt']);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.error).toContain('--jsn');
    expect(parseTermsArgs([])).toEqual({ ok: false, error: 'no files given' });
    expect(parseTermsArgs(['--json', '--list'])).toEqual({
      ok: false,
      error: '--json and --list exclude each other',
    });
  });

  it('extracts candidates with --extract, with or without the glossary', () => {
    expect(parseTermsArgs(['--extract', 'a.txt', 'b.pdf.txt'])).toEqual({
      ok: true,
      mode: 'extract',
      files: ['a.txt', 'b.pdf.txt'],
      glossary: true,
    });
    expect(parseTermsArgs(['a.txt', '--no-glossary', '--extract'])).toEqual({
      ok: true,
      mode: 'extract',
      files: ['a.txt'],
      glossary: false,
    });
  });

  it('rejects --extract beside another mode, --no-glossary alone, and --extract with no files', () => {
    expect(parseTermsArgs(['--extract', '--json', 'a.txt'])).toEqual({
      ok: false,
      error: '--json and --extract exclude each other',
    });
    expect(parseTermsArgs(['--no-glossary', 'a.txt'])).toEqual({
      ok: false,
      error: '--no-glossary goes with --extract',
    });
    expect(parseTermsArgs(['--extract'])).toEqual({ ok: false, error: 'no files given' });
  });
});
