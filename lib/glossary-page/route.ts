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
//   #/my/terms             my terms: list, edit, delete, packs
//   #/my/candidates        candidates from the library's documents: accept, merge, dismiss
//   #/my/add?term=…&sentence=…&url=…&title=…
//                          the form adding a term, filled from a selection (context menu)
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
  | { kind: 'myTerms' }
  | { kind: 'candidates' }
  | { kind: 'addTerm'; draft: TermDraft }
  | { kind: 'doc'; id: string; offset?: number }
  | { kind: 'notFound'; path: string };

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

/** What the "add to my glossary" form starts from: a selection and where it was made. */
export interface TermDraft {
  term: string;
  sentence: string;
  url: string;
  title: string;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/^\/+/, '');
  if (/^my\/add(\?|$)/.test(raw)) return { kind: 'addTerm', draft: draftOf(raw) };
  const path = raw;
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
      if (first === 'terms' && parts.length === 1) return { kind: 'myTerms' };
      if (first === 'candidates' && parts.length === 1) return { kind: 'candidates' };
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
    case 'myTerms':
      return '#/my/terms';
    case 'candidates':
      return '#/my/candidates';
    case 'addTerm': {
      const query = new URLSearchParams();
      for (const key of ['term', 'sentence', 'url', 'title'] as const)
        if (route.draft[key]) query.set(key, route.draft[key]);
      return `#/my/add?${query}`;
    }
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

/** The add-term form's address for a selection (the background opens it from the context menu). */
export const addTermHref = (draft: TermDraft) => hrefOf({ kind: 'addTerm', draft });

function draftOf(path: string): TermDraft {
  const query = new URLSearchParams(path.slice(path.indexOf('?') + 1 || path.length));
  const get = (key: string, max: number) => (query.get(key) ?? '').slice(0, max);
  return {
    term: get('term', 200),
    sentence: get('sentence', 2_000),
    url: get('url', 4_000),
    title: get('title', 1_000),
  };
}
