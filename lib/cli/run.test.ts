import { describe, expect, it } from 'vitest';
import { readProblem, runTerms } from './run.ts';
import { readBuiltGlossary } from '../glossary-build/built.ts';

const bundle = readBuiltGlossary();

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

/** Runs the CLI against an in-memory file system; a string value is UTF-8 text. */
function run(argv: string[], files: Record<string, string | Uint8Array | Error>) {
  let out = '';
  let err = '';
  const code = runTerms(argv, {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw fsError('ENOENT');
      if (file instanceof Error) throw file;
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    loadBundle: () => bundle,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe('runTerms', () => {
  it('prints counts per file and exits 0 when every file was read', () => {
    const { code, out, err } = run(['a.txt'], { 'a.txt': '坚持立德树人，两个维护，立德树人。' });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      'a.txt: 2 terms, 3 occurrences\n  2  立德树人  (li-de-shu-ren)\n  1  两个维护  (liang-ge-wei-hu)\n',
    );
  });

  it('keeps going past bad files, names each on stderr and exits 1', () => {
    const { code, out, err } = run(['missing.txt', 'dir', 'bin', 'latin1.txt', 'ok.txt'], {
      dir: fsError('EISDIR'),
      bin: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'ok.txt': '双减',
    });
    expect(code).toBe(1);
    expect(out).toBe('ok.txt: 1 term, 1 occurrence\n  1  双减  (shuang-jian)\n');
    expect(err.split('\n')).toEqual([
      'terms: missing.txt: no such file, skipped',
      'terms: dir: is a directory, not a file, skipped',
      'terms: bin: binary data, not text (a NUL byte at offset 4), skipped',
      'terms: latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3); convert it to UTF-8 first, skipped',
      'terms: 4 of 5 files were skipped',
      '',
    ]);
  });

  it('gives offsets into the extracted text for HTML', () => {
    const html =
      '<title>两个确立</title><script>var s="双减";</script><p>深刻领悟<b>两个</b>确立</p>';
    const { out } = run(['--json', 'p.html'], { 'p.html': html });
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((o) => [o.start, o.end, o.text])).toEqual([
      [0, 4, '两个确立'],
      [9, 13, '两个确立'],
    ]);
  });

  it('lists the whole glossary with --list', () => {
    const { code, out } = run(['--list'], {});
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(bundle.terms.length);
  });

  it('exits 2 with the usage on a bad command line', () => {
    const { code, out, err } = run(['--nope'], {});
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^terms: .*--nope[\s\S]*Usage: npm run --silent terms/);
  });
});

describe('runTerms --extract', () => {
  const lines = (out: string) =>
    out
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));

  it('prints the candidates of all files together, best first, with the entry each one is', () => {
    const { code, out, err } = run(['--extract', 'a.txt', 'b.html'], {
      'a.txt': '推进“数智校园”建设，坚持“两个确立”。\n“数智校园”',
      'b.html': '<p>堅持「兩個確立」</p><script>var s="“脚本里的词”";</script>',
    });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(lines(out)).toEqual([
      {
        term: '两个确立',
        count: 2,
        files: ['a.txt', 'b.html'],
        kind: ['quoted', 'formula'],
        known: 'liang-ge-que-li',
      },
      { term: '数智校园', count: 2, files: ['a.txt'], kind: ['quoted'], known: null },
    ]);
  });

  it('with --no-glossary knows no entry and never reads the glossary', () => {
    let out = '';
    const code = runTerms(['--extract', '--no-glossary', 'a.txt'], {
      readFile: () => new TextEncoder().encode('坚持“两个确立的”'),
      loadBundle: () => {
        throw new Error('the glossary was read');
      },
      out: (text) => {
        out += text;
      },
      err: () => {},
    });
    expect(code).toBe(0);
    expect(lines(out).map((c) => [c.term, c.known])).toEqual([
      ['两个确立', null],
      ['两个确立的', null],
    ]);
  });

  it('skips missing, binary and empty files with the reason, and extracts the rest', () => {
    const { code, out, err } = run(['--extract', 'missing.txt', 'bin', 'empty.txt', 'ok.txt'], {
      bin: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]),
      'empty.txt': ' \n\n',
      'ok.txt': '“双减”',
    });
    expect(code).toBe(1);
    expect(lines(out).map((c) => c.term)).toEqual(['双减']);
    expect(err.split('\n')).toEqual([
      'terms: missing.txt: no such file, skipped',
      'terms: bin: binary data, not text (a NUL byte at offset 4), skipped',
      'terms: empty.txt: no text (empty file), skipped',
      'terms: 3 of 4 files were skipped',
      '',
    ]);
  });

  it('says so when the files hold no candidate', () => {
    const { code, out, err } = run(['--extract', 'a.txt'], { 'a.txt': '今天天气很好。' });
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toBe('terms: no candidate terms in these files\n');
  });
});

describe('readProblem', () => {
  it('says what went wrong in plain words', () => {
    expect(readProblem(fsError('EACCES'))).toBe('permission denied');
    expect(readProblem(fsError('EIO'))).toBe('cannot be read (EIO: failed)');
  });
});
