// "Add this page to my documents" (popup): the tab's content script hands over the page as it
// is now, Readability finds its main text here in the popup (an extension page, with DOMParser),
// and the background stores it. Pages where our content script cannot run (browser pages, the
// extension stores, the PDF viewer) do not answer: that is the 'pageUnreadable' refusal.
import { sendToBackground, sendToTab } from '../messaging.ts';
import { DocumentError } from './errors.ts';
import { articleOfHtml } from './html.ts';
import { readPageArticle } from './read-file.ts';

export interface AddPageDeps {
  readPage: (tabId: number) => Promise<{ url: string; title: string; html: string }>;
  store: typeof sendToBackground<'document/add'>;
}

const defaultDeps: AddPageDeps = {
  readPage: (tabId) => sendToTab(tabId, { type: 'page/html' }),
  store: sendToBackground,
};

/** The stored document's id and title; throws a DocumentError, or an Error from storage. */
export async function addTabToLibrary(
  tabId: number,
  deps: AddPageDeps = defaultDeps,
): Promise<{ id: string; title: string }> {
  let page: { url: string; title: string; html: string } | undefined;
  try {
    page = await deps.readPage(tabId);
  } catch {
    // No content script in the tab: nothing to read.
  }
  if (!page?.html) throw new DocumentError('pageUnreadable');
  const article = articleOfHtml(page.html);
  const doc = readPageArticle({
    url: page.url,
    title: article.title || page.title,
    paragraphs: article.paragraphs,
  });
  const result = await deps.store({ type: 'document/add', doc });
  if ('error' in result) throw new Error(result.error);
  return result;
}
