// Saving text the page made (a notebook export, a glossary pack) as a file: the browser's own
// download of a blob URL through a link, no permission needed. Extension pages only.

/** Starts the download of `text` as `name`. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is freed a while after, not at once,
  // as a slow start could still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
