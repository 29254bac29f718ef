// Dexie liveQuery as a Preact hook: the view updates when any extension context writes
// (the background installing a glossary update, the notebook page editing an excerpt).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  // The caller lists what the query reads in `deps`.
  useEffect(() => {
    const subscription = liveQuery(reportOpenFailure(query)).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: Error) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}

/**
 * liveQuery waits in silence on DatabaseClosedError, for a reopen that may come. When the
 * database could not be opened at all (IndexedDB unusable in this profile), nothing reopens it
 * and the page would say "Loading…" for ever: pass on why it failed instead.
 */
export function reportOpenFailure<T>(query: () => Promise<T>): () => Promise<T> {
  return async () => {
    try {
      return await query();
    } catch (error) {
      const closed = error as { name?: string; inner?: unknown } | null;
      throw closed?.name === 'DatabaseClosedError' && closed.inner ? closed.inner : error;
    }
  };
}
