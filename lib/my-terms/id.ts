// The id prefix of the user's own terms, on its own so pages that only tell ids apart (the popup,
// the tooltip, the background) do not bundle model.ts's pinyin-pro and OpenCC.

/** Ids of the user's terms start with this, so no built-in id (kebab-case pinyin) can clash. */
export const USER_TERM_PREFIX = 'my:';

export const isMyTermId = (id: string) => id.startsWith(USER_TERM_PREFIX);
