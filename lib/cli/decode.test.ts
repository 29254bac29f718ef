import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from './decode.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it('decodes UTF-8 text and drops a byte-order mark', () => {
    expect(decodeUtf8(utf8('立德树人 ok'))).toEqual({ ok: true, text: '立德树人 ok' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' });
  });

  it('refuses binary data, naming where the NUL byte is', () => {
    expect(decodeUtf8(bytes(0x89, 0x50, 0x4e, 0x47, 0x00))).toEqual({
      ok: false,
      problem: 'binary data, not text (a NUL byte at offset 4)',
    });
  });

  it('refuses Latin-1 and GBK, naming the first bad byte', () => {
    const latin1 = decodeUtf8(bytes(0x63, 0x61, 0x66, 0xe9));
    expect(latin1).toEqual({
      ok: false,
      problem: 'not valid UTF-8 (byte 0xE9 at offset 3); convert it to UTF-8 first',
    });
    // 立德 in GBK: C1 A2 B5 C2.
    expect(decodeUtf8(bytes(0xc1, 0xa2, 0xb5, 0xc2)).ok).toBe(false);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds nothing wrong in any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(utf8(s)) === -1),
    );
  });

  it('flags overlongs, surrogates, truncated sequences and stray continuation bytes', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe4, 0xb8))).toBe(2);
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (b) => {
        let valid = true;
        try {
          strict.decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === -1).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
