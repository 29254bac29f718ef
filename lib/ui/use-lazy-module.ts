// A module fetched the first time a view needs it, then kept: code splitting for extension pages,
// so what only some views use (the term form's pinyin and OpenCC dictionaries, ~1.5 MB) is not
// parsed on every open of the page.
import { useEffect, useState } from 'preact/hooks';

export type LazyModule<T> =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; module: T }
  | { status: 'error'; error: Error };

/** `load` must be the same function on every render (a module-level `() => import(...)`). */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): LazyModule<T> {
  const [state, setState] = useState<LazyModule<T>>({ status: 'idle' });
  const started = state.status !== 'idle';
  useEffect(() => {
    if (!wanted || started) return;
    setState({ status: 'loading' });
    load().then(
      (module) => setState({ status: 'ready', module }),
      (error: unknown) =>
        setState({
          status: 'error',
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
  }, [wanted, started, load]);
  return state;
}
