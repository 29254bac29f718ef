// Accepts a message only from this extension's own contexts and only if it validates against
// the contract; anything else is ignored and logged once per kind.
//
// A content script is one of our contexts but runs in the page's renderer, which a hostile page
// may have compromised (Chromium treats content-script messages as untrusted for this reason).
// So a request from a content script may only concern the page it runs in: its own excerpts to
// list, save, report on, edit or delete, never another page's. Extension pages are unlimited.
import { parseRequest, type Request } from '../messaging.ts';
import { normalizeUrl } from '../url.ts';
import type { Handlers } from './handlers.ts';

export interface SenderInfo {
  id?: string;
  /** The sending document: an extension page, or the page a content script runs in. */
  url?: string;
}

const logged = new Set<string>();

function logOnce(kind: string, detail: unknown): void {
  if (logged.has(kind)) return;
  logged.add(kind);
  console.warn(`policy-terms: ignored a message (${kind})`, detail);
}

export function routeMessage(
  handlers: Handlers,
  ownId: string,
  message: unknown,
  sender: SenderInfo,
  /** This extension's origin (runtime.getURL('')): senders elsewhere are content scripts. */
  ownOrigin?: string,
): Promise<unknown> | undefined {
  if (sender.id !== ownId) {
    logOnce('foreign sender', sender.id);
    return undefined;
  }
  const request = parseRequest(message);
  if (!request) {
    // Tab-bound messages (page/*) pass through the background too; they are not for us.
    const type = (message as { type?: unknown })?.type;
    if (typeof type === 'string' && type.startsWith('page/')) return undefined;
    logOnce('invalid message', type);
    return undefined;
  }
  const page =
    ownOrigin !== undefined && sender.url !== undefined && !sender.url.startsWith(ownOrigin)
      ? normalizeUrl(sender.url)
      : undefined;
  if (page !== undefined && !aboutPage(request, page)) {
    logOnce('request about another page', request.type);
    return undefined;
  }
  const handler = handlers[request.type] as (
    r: typeof request,
    scope?: { page: string },
  ) => Promise<unknown>;
  return page === undefined ? handler(request) : handler(request, { page });
}

/** Whether a content script's request names only its own page (edits are checked on the row). */
function aboutPage(request: Request, page: string): boolean {
  switch (request.type) {
    case 'excerpt/forPage':
    case 'excerpt/anchored':
      return normalizeUrl(request.url) === page;
    case 'excerpt/save':
      return normalizeUrl(request.excerpt.url) === page;
    // The library is the user's: a page cannot put itself (or anything) into it.
    // Only the extension's pages write my terms; a page announcing a change would make every
    // tab re-mark itself.
    case 'document/add':
    case 'myterms/changed':
      return false;
    default:
      return true;
  }
}
