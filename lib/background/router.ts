// Accepts a message only from this extension's own contexts and only if it validates against
// the contract; anything else is ignored and logged once per kind.
import { parseRequest } from '../messaging.ts';
import type { Handlers } from './handlers.ts';

export interface SenderInfo {
  id?: string;
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
  const handler = handlers[request.type] as (r: typeof request) => Promise<unknown>;
  return handler(request);
}
