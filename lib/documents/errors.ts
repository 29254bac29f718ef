// Why a document could not be added. Each code has a message in every locale
// (public/_locales: docError_CODE); nothing is stored when one is thrown.
export type DocumentErrorCode =
  | 'tooLarge'
  | 'unsupported'
  | 'oldWord'
  | 'pdfNoText'
  | 'pdfEncrypted'
  | 'pdfDamaged'
  | 'docxDamaged'
  | 'empty'
  | 'pageUnreadable';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DocumentError';
  }
}

/** Files above this are refused by their size, before a byte is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Text longer than this (about 1,000 pages of Chinese) is refused after reading. */
export const MAX_TEXT_CHARS = 3_000_000;
