// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type LazyModule, useLazyModule } from './use-lazy-module.ts';

function Probe(props: {
  load: () => Promise<string>;
  wanted: boolean;
  seen: LazyModule<string>[];
}) {
  props.seen.push(useLazyModule(props.load, props.wanted));
  return null;
}

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('useLazyModule', () => {
  it('loads nothing until wanted, then once, and keeps it when no longer wanted', async () => {
    const load = vi.fn(async () => 'the module');
    const seen: LazyModule<string>[] = [];
    const root = document.createElement('div');
    await act(() => render(h(Probe, { load: load, wanted: false, seen }), root));
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(seen.at(-1)).toEqual({ status: 'idle' });
    await act(() => render(h(Probe, { load: load, wanted: true, seen }), root));
    await settle();
    expect(seen.at(-1)).toEqual({ status: 'ready', module: 'the module' });
    expect(seen.some((s) => s.status === 'loading')).toBe(true);
    await act(() => render(h(Probe, { load: load, wanted: false, seen }), root));
    await act(() => render(h(Probe, { load: load, wanted: true, seen }), root));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toEqual({ status: 'ready', module: 'the module' });
    render(null, root);
  });

  it('reports a failed load as an error', async () => {
    const seen: LazyModule<string>[] = [];
    const root = document.createElement('div');
    const load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await act(() => render(h(Probe, { load: load, wanted: true, seen }), root));
    await settle();
    const last = seen.at(-1);
    expect(last?.status).toBe('error');
    expect(last?.status === 'error' && last.error.message).toContain('dynamically imported');
    render(null, root);
  });
});
