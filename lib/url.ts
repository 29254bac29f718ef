// Page addresses for the notebook: the same article reached through a newsletter or a share
// button should be the same page, so tracking parameters and the fragment are dropped. One
// exception: the glossary's document reader (an extension page) names its document in the
// fragment (#/doc/ID), so an excerpt saved there is filed under that document.
const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|spm|from|share_token|_hsenc|_hsmi|ref_src)$/i;

export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input;
  }
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  const doc = readerDoc(url);
  url.hash = doc === undefined ? '' : `/doc/${encodeURIComponent(doc)}`;
  return url.toString();
}

/** The document id of a reader address (extension page, `#/doc/ID[/OFFSET]`), else undefined. */
export function readerDocOf(input: string): string | undefined {
  try {
    return readerDoc(new URL(input));
  } catch {
    return undefined;
  }
}

function readerDoc(url: URL): string | undefined {
  if (url.protocol !== 'chrome-extension:' && url.protocol !== 'moz-extension:') return undefined;
  const match = /^#\/doc\/([^/]+)/.exec(url.hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1] as string);
  } catch {
    return undefined;
  }
}

export function siteOfUrl(input: string): string {
  try {
    return new URL(input).hostname;
  } catch {
    return '';
  }
}
