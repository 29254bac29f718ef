// After any write to my terms, an extension page tells the background, which rebuilds the match
// index it serves and has every tab mark its page anew (lib/background/handlers.ts).
import { trySendToBackground } from '../messaging.ts';

/** Resolves whatever happens: the write is done; at worst pages update on their next load. */
export async function announceMyTermsChanged(): Promise<void> {
  await trySendToBackground({ type: 'myterms/changed' });
}
