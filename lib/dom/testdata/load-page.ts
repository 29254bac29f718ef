// Loads a saved page for anchoring tests: a happy-dom window with scripts, style sheets and
// frames switched off, so the page is exactly the saved markup.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export function loadPage(file: string, html?: string): Document {
  const window = new Window({
    url: `https://news.example.cn/${file}`,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(html ?? readFileSync(`${import.meta.dirname}/${file}`, 'utf8'));
  return window.document as unknown as Document;
}

export function readPage(file: string): string {
  return readFileSync(`${import.meta.dirname}/${file}`, 'utf8');
}
