import { describe, expect, it } from 'vitest';
import { docHref, hrefOf, parseRoute, type Route, termHref } from './route.ts';

describe('glossary page routes', () => {
  it('reads the home page from an empty or bare hash', () => {
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('#')).toEqual({ kind: 'home' });
    expect(parseRoute('#/')).toEqual({ kind: 'home' });
  });

  it('reads a term address, decoding its id', () => {
    expect(parseRoute('#/term/li-de-shu-ren')).toEqual({ kind: 'term', id: 'li-de-shu-ren' });
    expect(parseRoute('#/term/a%2Fb')).toEqual({ kind: 'term', id: 'a/b' });
  });

  it('reads the reader with and without an offset', () => {
    expect(parseRoute('#/doc/moe-2024')).toEqual({ kind: 'doc', id: 'moe-2024' });
    expect(parseRoute('#/doc/moe-2024/1602')).toEqual({
      kind: 'doc',
      id: 'moe-2024',
      offset: 1602,
    });
  });

  it('reads categories, letters, searches and the document list', () => {
    expect(parseRoute('#/category/formula')).toEqual({ kind: 'category', category: 'formula' });
    expect(parseRoute('#/letter/Z')).toEqual({ kind: 'letter', letter: 'z' });
    expect(parseRoute('#/search/%E7%AB%8B%E5%BE%B7')).toEqual({ kind: 'search', query: '立德' });
    expect(parseRoute('#/search/a/b')).toEqual({ kind: 'search', query: 'a/b' });
    expect(parseRoute('#/docs')).toEqual({ kind: 'documents' });
  });

  it('reports what it cannot read instead of guessing', () => {
    for (const hash of [
      '#/category/nonsense',
      '#/letter/ab',
      '#/doc/x/-3',
      '#/doc/x/12abc',
      '#/term/',
      '#/term/a/b',
      '#/what',
      '#/term/%E0%A4%A',
    ]) {
      expect(parseRoute(hash).kind, hash).toBe('notFound');
    }
  });

  it('writes addresses that read back as the same route', () => {
    const routes: Route[] = [
      { kind: 'home' },
      { kind: 'category', category: 'slogan' },
      { kind: 'letter', letter: 'x' },
      { kind: 'search', query: '立德 shuren/?#' },
      { kind: 'term', id: 'si-ge-yi-shi' },
      { kind: 'documents' },
      { kind: 'doc', id: 'moe-2022', offset: 0 },
      { kind: 'doc', id: 'moe-2022' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('matches the addresses the popup and the tooltip link to', () => {
    expect(termHref('liang-ge-que-li')).toBe('#/term/liang-ge-que-li');
    expect(docHref('moe-2022-20th-congress-notice', 1602)).toBe(
      '#/doc/moe-2022-20th-congress-notice/1602',
    );
  });
});
