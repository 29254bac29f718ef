// Hash routes of the glossary page. Every view has its own address, so entries can be
// bookmarked and shared, and the browser's back and forward buttons walk the views:
//   #/                     browse (A–Z by pinyin)
//   #/category/CATEGORY    browse one category
//   #/topic/TOPIC          browse one topic
//   #/letter/L             browse one initial letter of the pinyin
//   #/search/QUERY         search results
//   #/term/ID              one entry
//   #/docs                 the source documents
//   #/my                   the library of the user's own documents (read at #/doc/my-…)
//   #/doc/ID[/OFFSET]      the reader, scrolled to OFFSET (UTF-16 offset in the cleaned text)
import { CATEGORIES, type Category, TOPICS, type Topic } from '../types.ts';

export type Route =
  | { kind: 'home' }
  | { kind: 'category'; category: Category }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'letter'; letter: string }
  | { kind: 'search'; query: string }
  | { kind: 'term'; id: string }
  | { kind: 'documents' }
  | { kind: 'library' }
  | { kind: 'doc'; id: string; offset?: number }
  | { kind: 'notFound'; path: string };

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  if (path === '') return { kind: 'home' };
  const [head, ...rest] = path.split('/');
  const parts = rest.map(decode);
  if (parts.some((p) => p === null)) return { kind: 'notFound', path };
  const [first, second] = parts as string[];
  switch (head) {
    case 'category':
      if (first && (CATEGORIES as readonly string[]).includes(first) && parts.length === 1)
        return { kind: 'category', category: first as Category };
      break;
    case 'topic':
      if (first && (TOPICS as readonly string[]).includes(first) && parts.length === 1)
        return { kind: 'topic', topic: first as Topic };
      break;
    case 'letter':
      if (first && /^[a-z]$/i.test(first) && parts.length === 1)
        return { kind: 'letter', letter: first.toLowerCase() };
      break;
    case 'search':
      return { kind: 'search', query: parts.join('/') };
    case 'term':
      if (first && parts.length === 1) return { kind: 'term', id: first };
      break;
    case 'docs':
      if (parts.length === 0) return { kind: 'documents' };
      break;
    case 'my':
      if (parts.length === 0) return { kind: 'library' };
      break;
    case 'doc':
      if (first && parts.length === 1) return { kind: 'doc', id: first };
      if (first && second !== undefined && /^\d+$/.test(second) && parts.length === 2)
        return { kind: 'doc', id: first, offset: Number(second) };
      break;
  }
  return { kind: 'notFound', path };
}

export function hrefOf(route: Route): string {
  const e = encodeURIComponent;
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'category':
      return `#/category/${route.category}`;
    case 'topic':
      return `#/topic/${route.topic}`;
    case 'letter':
      return `#/letter/${route.letter}`;
    case 'search':
      return `#/search/${e(route.query)}`;
    case 'term':
      return `#/term/${e(route.id)}`;
    case 'documents':
      return '#/docs';
    case 'library':
      return '#/my';
    case 'doc':
      return route.offset === undefined
        ? `#/doc/${e(route.id)}`
        : `#/doc/${e(route.id)}/${route.offset}`;
    case 'notFound':
      return `#/${route.path}`;
  }
}

export const termHref = (id: string) => hrefOf({ kind: 'term', id });
export const docHref = (id: string, offset?: number) =>
  hrefOf(offset === undefined ? { kind: 'doc', id } : { kind: 'doc', id, offset });
