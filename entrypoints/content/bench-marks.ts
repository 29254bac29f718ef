// Performance marks for the bench build only (PTR_BENCH=1, see wxt.config.ts): scripts/bench and
// the pathological e2e read them to time the scan. Any page can read performance marks, so every
// call site tests __PTR_BENCH__ itself and a production build compiles the call out, this module
// with it (scripts/manifest.test.ts checks the built content script).
import type { TermHighlights } from '../../lib/dom/highlights.ts';

declare global {
  /** Set by wxt.config.ts (vite define): true only in the bench build. */
  const __PTR_BENCH__: boolean;
}

export type BenchMark = 'index' | 'first-highlight' | 'scan-start' | 'scanned';

export function benchMark(name: BenchMark, detail?: Record<string, number>): void {
  performance.mark(`policy-terms:${name}`, detail ? { detail } : undefined);
}

/** Marks 'first-highlight' when the first run of marks is added, then gets out of the way. */
export function markFirstHighlight(highlights: TermHighlights): void {
  const markRun = highlights.markRun;
  highlights.markRun = (...args) => {
    highlights.markRun = markRun;
    markRun.apply(highlights, args);
    benchMark('first-highlight');
  };
}
