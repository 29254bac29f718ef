// The glossary page's keyboard: "/" jumps to the search box, arrows walk the list of terms, and
// in the search box arrow down enters the results and Escape clears the query. Decided here from
// plain facts about the key and where focus is; the page carries the decisions out.

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Where focus is: in a text field, or on the `at`-th of `count` term links (at = -1: neither). */
export interface FocusPlace {
  typing: boolean;
  at: number;
  count: number;
}

export type PageKeyAction =
  | { kind: 'search' } // focus the search box and select its query, to type a new one
  | { kind: 'backToSearch' } // focus the search box, the query kept as it is
  | { kind: 'term'; index: number }; // focus the index-th term link

export function pageKeyAction(press: KeyPress, place: FocusPlace): PageKeyAction | null {
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey;
  // "/" is a character to type in a field, and a browser or OS shortcut with a modifier.
  if (press.key === '/' && plain && !place.typing) return { kind: 'search' };
  if (place.at < 0 || place.at >= place.count) return null;
  if (press.key === 'ArrowDown') {
    // The last term stays put rather than wrapping round to the top.
    return place.at + 1 < place.count ? { kind: 'term', index: place.at + 1 } : null;
  }
  if (press.key === 'ArrowUp') {
    // Up from the first term goes back to where the list was reached from: the search box.
    return place.at === 0 ? { kind: 'backToSearch' } : { kind: 'term', index: place.at - 1 };
  }
  return null;
}

export type SearchKeyAction = 'enterResults' | 'clear';

/** A key in the search box holding `query`. */
export function searchKeyAction(key: string, query: string): SearchKeyAction | null {
  if (key === 'ArrowDown') return 'enterResults';
  // Escape on an empty box is left to the browser (it may leave a full-screen view, say).
  if (key === 'Escape' && query) return 'clear';
  return null;
}
