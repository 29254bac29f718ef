// The user's own documents: what the library stores and the reader shows. A user document has
// the shape of a seed document (SeedDocument), so the reader, its marks and its excerpt links
// work on both; it adds what only the library needs.
import type { Script, SeedDocument } from '../types.ts';

/** Where a document came from: the file type it was read from, pasted text, or a web page. */
export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'html' | 'paste' | 'page';

/** The metadata a user can edit; detected from the text where it shows it. */
export interface DocumentMetadata {
  title: string;
  issuer: string;
  /** ISO date (YYYY-MM-DD), or '' when the text names none. */
  date: string;
  /** 文号, e.g. 国发〔2024〕5号; '' when none. */
  docNumber: string;
  /** Source URL or description; '' when unknown. */
  source: string;
  script: Script;
}

/** A document as read from a file, a paste or a page, before it is stored. */
export interface ParsedDocument {
  format: DocumentFormat;
  /** The file's name, or the page's address; '' for pasted text. */
  origin: string;
  meta: DocumentMetadata;
  text: string;
  blocks: SeedDocument['blocks'];
}

/** A stored document (table userDocuments). `id` starts with USER_DOC_PREFIX. */
export interface UserDocument extends SeedDocument, Omit<DocumentMetadata, 'source'> {
  source: string;
  format: DocumentFormat;
  /** Approximate bytes the record takes in IndexedDB (UTF-8 of its text and fields). */
  size: number;
  addedAt: number;
  updatedAt: number;
}

/** Seed ids are lower-case slugs; user ids never collide with them. */
export const USER_DOC_PREFIX = 'my-';

export const isUserDocumentId = (id: string) => id.startsWith(USER_DOC_PREFIX);
