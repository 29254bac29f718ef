// Page addresses for the notebook: the same article reached through a newsletter or a share
// button should be the same page, so tracking parameters and the fragment are dropped.
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
  url.hash = '';
  return url.toString();
}

export function siteOfUrl(input: string): string {
  try {
    return new URL(input).hostname;
  } catch {
    return '';
  }
}
