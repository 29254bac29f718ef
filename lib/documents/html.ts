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

/**
 * Markup from a file, Readability or mammoth as an inert document: DOMParser runs no script,
 * loads nothing and fires no handler, and the document is never attached to a page (our
 * pages show only text taken out of it). The one place the extension parses HTML strings.
 */
export function inertDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Reads `doc` without changing it (Readability edits the document it is given: a clone). */
export function articleOf(doc: Document): ArticleText {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const holder = doc.createElement('div');
  if (article?.content) {
    // Readability's output, parsed inert, moved into a detached element of the inert document.
    const parsed = inertDocument(article.content);
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
  return articleOf(inertDocument(html));
}
