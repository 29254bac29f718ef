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
    expect(parseRoute('#/my')).toEqual({ kind: 'library' });
    expect(parseRoute('#/my/x').kind).toBe('notFound');
    // The add form's fields are cut to what a form can hold; a missing one is empty.
    expect(parseRoute(`#/my/add?term=${'政'.repeat(300)}`)).toEqual({
      kind: 'addTerm',
      draft: { term: '政'.repeat(200), sentence: '', url: '', title: '' },
    });
    expect(parseRoute('#/my/add')).toEqual({
      kind: 'addTerm',
      draft: { term: '', sentence: '', url: '', title: '' },
    });
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

  // Each address written out by hand: a round trip through parseRoute(hrefOf(route)) would pass
  // for any pair of functions that agree with each other, however wrong both are.
  const addresses: [Route, string][] = [
    [{ kind: 'home' }, '#/'],
    [{ kind: 'category', category: 'slogan' }, '#/category/slogan'],
    [{ kind: 'topic', topic: 'education' }, '#/topic/education'],
    [{ kind: 'letter', letter: 'x' }, '#/letter/x'],
    [{ kind: 'search', query: '立德 shuren/?#' }, '#/search/%E7%AB%8B%E5%BE%B7%20shuren%2F%3F%23'],
    [{ kind: 'term', id: 'si-ge-yi-shi' }, '#/term/si-ge-yi-shi'],
    [{ kind: 'term', id: 'a/b' }, '#/term/a%2Fb'],
    [{ kind: 'documents' }, '#/docs'],
    [{ kind: 'library' }, '#/my'],
    [{ kind: 'myTerms' }, '#/my/terms'],
    [{ kind: 'candidates' }, '#/my/candidates'],
    [
      {
        kind: 'addTerm',
        draft: { term: '新质 生产力&', sentence: '', url: 'https://a.cn/?x=1#y', title: '' },
      },
      '#/my/add?term=%E6%96%B0%E8%B4%A8+%E7%94%9F%E4%BA%A7%E5%8A%9B%26&url=https%3A%2F%2Fa.cn%2F%3Fx%3D1%23y',
    ],
    [{ kind: 'doc', id: 'moe-2022', offset: 0 }, '#/doc/moe-2022/0'],
    [{ kind: 'doc', id: 'moe-2022' }, '#/doc/moe-2022'],
  ];

  it('writes each view’s address', () => {
    for (const [route, href] of addresses) expect(hrefOf(route), href).toBe(href);
  });

  it('reads each address back as its view', () => {
    for (const [route, href] of addresses) expect(parseRoute(href), href).toEqual(route);
  });

  it('matches the addresses the popup and the tooltip link to', () => {
    expect(termHref('liang-ge-que-li')).toBe('#/term/liang-ge-que-li');
    expect(docHref('moe-2022-20th-congress-notice', 1602)).toBe(
      '#/doc/moe-2022-20th-congress-notice/1602',
    );
  });
});
