// An HTML file or page: its main text by @mozilla/readability (navigation, ads and footers
// left out), falling back to the whole body when Readability finds no article.
import { Readability } from '@mozilla/readability';
import { paragraphsOfHtml } from './html-paragraphs.ts';

export interface ArticleText {
  title: string;
  paragraphs: string[];
  byline: string;
  published: string;
}

/** Reads `doc` without changing it (Readability edits the document it is given: a clone). */
export function articleOf(doc: Document): ArticleText {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const holder = doc.createElement('div');
  if (article?.content) {
    // Readability's output is sanitized markup of the page itself; a detached, inert element.
    const parsed = new DOMParser().parseFromString(article.content, 'text/html');
    holder.append(...parsed.body.childNodes);
  }
  const paragraphs = paragraphsOfHtml(article?.content ? holder : (doc.body ?? doc));
  return {
    title: (article?.title ?? doc.title ?? '').trim(),
    paragraphs,
    byline: (article?.byline ?? '').trim(),
    published: (article?.publishedTime ?? '').trim(),
  };
}

export function articleOfHtml(html: string): ArticleText {
  return articleOf(new DOMParser().parseFromString(html, 'text/html'));
}
