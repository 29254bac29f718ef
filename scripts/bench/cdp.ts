// What the harness reads through the Chrome DevTools Protocol: CPU profiles (who spent the
// main thread's time), traces (task lengths, forced layouts) and heap figures.
import type { CDPSession } from 'playwright-core';

/** CPU profiler sampling interval, µs (PTR_SAMPLING_US overrides, for checking its overhead). */
export const SAMPLING_US = Number(process.env.PTR_SAMPLING_US ?? 100);

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Attribution {
  /** ms of samples whose stack holds a frame of the script (native calls it makes included). */
  scriptMs: number;
  /** ms of garbage-collector samples between the script's first and last sample. */
  gcMs: number;
  /** Self time by function inside the script's stacks, largest first. */
  hot: { name: string; selfMs: number }[];
}

/** Splits a CPU profile's samples between one script (by URL prefix) and everything else. */
export function attribute(profile: CpuProfile, urlPrefix: string): Attribution {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const result =
      (node?.callFrame.url.startsWith(urlPrefix) ?? false) || (p !== undefined && isOurs(p));
    ours.set(id, result);
    return result;
  };
  let scriptUs = 0;
  let first = -1;
  let last = -1;
  const self = new Map<string, number>();
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    times.push(t);
  }
  // A sample stands for the time until the next one.
  const weight = (i: number) =>
    i + 1 < times.length ? (times[i + 1] as number) - (times[i] as number) : 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    if (!isOurs(id)) continue;
    const w = weight(i);
    scriptUs += w;
    if (first < 0) first = i;
    last = i;
    const f = byId.get(id)?.callFrame;
    const name = f
      ? `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : '?';
    self.set(name, (self.get(name) ?? 0) + w);
  }
  let gcUs = 0;
  for (let i = Math.max(first, 0); i <= last; i++) {
    const node = byId.get(profile.samples[i] as number);
    if (node?.callFrame.functionName === '(garbage collector)') gcUs += weight(i);
  }
  const hot = [...self]
    .map(([name, us]) => ({ name, selfMs: us / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 15);
  return { scriptMs: scriptUs / 1000, gcMs: gcUs / 1000, hot };
}

const shortUrl = (url: string) => url.replace(/^.*\//, '') || '(native)';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & {
    name?: string;
    beginData?: { stackTrace?: unknown[] };
    data?: { stackTrace?: unknown[] };
  };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream as string)),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', {
      handle: stream,
      size: 1 << 20,
    });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface TraceSummary {
  /** Longest main-thread task that ran code of the given script, in the window, ms. */
  longestOwnTaskMs: number;
  ownTasksOver50: number;
  /** Longest main-thread task of any kind in the window (the page's own layout included), ms. */
  longestTaskMs: number;
  /** Longest PrePaint (where Chromium re-validates highlight ranges) in the window, ms. */
  longestPrePaintMs: number;
  /** Layouts and style recalcs run synchronously from script (they carry a JS stack). */
  forcedLayouts: number;
  forcedStyles: number;
  /** Of those, the ones inside a task that ran the script. */
  forcedInOwnTasks: number;
}

const urlOf = (e: TraceEvent): string => {
  const data = e.args?.data as { url?: string; stackTrace?: { url?: string }[] } | undefined;
  return data?.url ?? data?.stackTrace?.[0]?.url ?? '';
};

/**
 * Reads the renderer main thread that recorded `fromMark`, between `fromMark` and `toMark`
 * (plus `tailMs` after it, for the rendering the last changes cause).
 */
export function summarizeTrace(
  events: TraceEvent[],
  fromMark: string,
  toMark: string,
  ownUrl: string,
  tailMs = 100,
): TraceSummary | null {
  const from = events.find((e) => e.name === fromMark && e.cat.includes('user_timing'));
  const to = events.findLast((e) => e.name === toMark && e.cat.includes('user_timing'));
  if (!from || !to) return null;
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === from.pid &&
      e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? from.tid;
  const end = to.ts + tailMs * 1000;
  const onMain = events.filter((e) => e.pid === from.pid && e.tid === tid && e.ph === 'X');
  const inWindow = (e: TraceEvent) => e.ts + (e.dur ?? 0) >= from.ts && e.ts <= end;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && inWindow(e));
  const own = onMain.filter((e) => urlOf(e).includes(ownUrl)).map((e) => e.ts);
  own.sort((x, y) => x - y);
  const holdsOwn = (t: TraceEvent) => {
    let lo = 0;
    let hi = own.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((own[mid] as number) < t.ts) lo = mid + 1;
      else hi = mid;
    }
    return lo < own.length && (own[lo] as number) <= t.ts + (t.dur ?? 0);
  };
  const ownTasks = tasks.filter(holdsOwn);
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const forced = (e: TraceEvent) =>
    (e.args?.beginData?.stackTrace?.length ?? 0) > 0 || (e.args?.data?.stackTrace?.length ?? 0) > 0;
  const forcedEvents = onMain.filter(
    (e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inWindow(e) && forced(e),
  );
  const inOwnTask = (e: TraceEvent) =>
    ownTasks.some((t) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  return {
    longestOwnTaskMs: Math.max(0, ...ownTasks.map(ms)),
    ownTasksOver50: ownTasks.filter((t) => ms(t) > 50).length,
    longestTaskMs: Math.max(0, ...tasks.map(ms)),
    longestPrePaintMs: Math.max(
      0,
      ...onMain.filter((e) => e.name === 'PrePaint' && inWindow(e)).map(ms),
    ),
    forcedLayouts: forcedEvents.filter((e) => e.name === 'Layout').length,
    forcedStyles: forcedEvents.filter((e) => e.name === 'UpdateLayoutTree').length,
    forcedInOwnTasks: forcedEvents.filter(inOwnTask).length,
  };
}

export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}
