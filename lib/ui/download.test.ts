// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadText', () => {
  it('clicks a link to a blob of the text, named, then frees the blob later', async () => {
    vi.useFakeTimers();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, inPage: this.isConnected });
    });
    downloadText('pack.json', 'application/json', '{"terms":["家校共育"]}');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'pack.json', inPage: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect([blob?.type, await blob?.text()]).toEqual([
      'application/json',
      '{"terms":["家校共育"]}',
    ]);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
