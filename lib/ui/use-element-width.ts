// The content width of an element in CSS pixels, kept current as it resizes; `fallback` until
// it is laid out (and where ResizeObserver is missing, as in some test DOMs).
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(element.clientWidth > 0 ? element.clientWidth : fallback);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
