// A file chooser drawn as a button, for the library, the packs and the notebook's import. The
// label is what the user sees and clicks; the input stays in the page (keyboard, screen readers,
// the specs' setInputFiles) and each page's CSS hides it (library.css .file-button, notebook.css
// .import .file). The input is cleared after each choice, so choosing the same file again (after
// fixing it, say) is a change too.
import type { ComponentChildren } from 'preact';

export interface FileButtonProps {
  /** The label's class: the page's look for the button. */
  class: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** What the specs and assistive technology find the input by. */
  input?: { class?: string; name?: string; describedBy?: string };
  onFiles(files: File[]): void;
  /** The button's text. */
  children: ComponentChildren;
}

export function FileButton(props: FileButtonProps) {
  return (
    <label class={props.class}>
      {props.children}
      <input
        type="file"
        class={props.input?.class}
        name={props.input?.name}
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        aria-describedby={props.input?.describedBy}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
    </label>
  );
}
