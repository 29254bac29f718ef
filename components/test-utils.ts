// Renders a Preact element into a fresh container (tests run under happy-dom).
import { type ComponentChild, render } from 'preact';

export function mount(element: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  render(element, root);
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
}
