// Shapes shared by the cleaning modules. Kept apart from clean.ts so the helpers can use them
// without importing the pipeline that imports them.

export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/**
 * One block of cleaned text. `level` is set for headings only:
 * 0 = document title, 1 = 一、 (or an unmarked section heading), 2 = (一), 3 = 1., 4 = (1).
 */
export interface CleanBlock {
  kind: BlockKind;
  text: string;
  level?: number;
}

export type NoiseKind =
  'emoji' | 'spam' | 'navigation' | 'bookmark' | 'stray-latin' | 'impossible-day' | 'broken-break';

/** What was removed (or, for broken-break, joined); `line` is the 1-based source line. */
export interface Removal {
  kind: NoiseKind;
  text: string;
  line: number;
}

export interface CleanResult {
  blocks: CleanBlock[];
  removed: Removal[];
}

/** One line after an inline cleaner ran over it. */
export interface Stripped {
  text: string;
  /** What was taken out, in order of appearance. */
  removed: string[];
}

/** A non-blank source line on its way to becoming a block. */
export interface SourceLine {
  text: string;
  /** 1-based source line where the text starts and ends (they differ once fragments are joined). */
  line: number;
  endLine: number;
  /** Blank source lines between this line and the previous kept one. */
  gapBefore: number;
}
