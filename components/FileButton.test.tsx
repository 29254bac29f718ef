// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mount } from './test-utils.ts';
import { FileButton } from './FileButton.tsx';

const choose = (input: HTMLInputElement, files: File[]) => {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('FileButton', () => {
  it('is a label holding the input, which keeps what the specs find it by', () => {
    const { root, unmount } = mount(
      <FileButton
        class="file-button"
        accept=".pdf"
        multiple
        disabled
        input={{ class: 'import-pack', name: 'import', describedBy: 'hint' }}
        onFiles={() => undefined}
      >
        Add a file
      </FileButton>,
    );
    const label = root.querySelector('label.file-button');
    expect(label?.textContent).toBe('Add a file');
    const input = label?.querySelector('input[type=file]') as HTMLInputElement;
    expect([input.className, input.name, input.accept, input.multiple, input.disabled]).toEqual([
      'import-pack',
      'import',
      '.pdf',
      true,
      true,
    ]);
    expect(input.getAttribute('aria-describedby')).toBe('hint');
    unmount();
  });

  it('hands over every chosen file, and nothing when the choice was cancelled', () => {
    const onFiles = vi.fn();
    const { root, unmount } = mount(
      <FileButton class="file" accept=".json" onFiles={onFiles}>
        Import
      </FileButton>,
    );
    const input = root.querySelector('input') as HTMLInputElement;
    const a = new File(['{}'], 'a.json');
    const b = new File(['{}'], 'b.json');
    choose(input, [a, b]);
    expect(onFiles).toHaveBeenCalledWith([a, b]);
    choose(input, []);
    expect(onFiles).toHaveBeenCalledTimes(1);
    unmount();
  });
});
