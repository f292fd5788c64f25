/**
 * The catalog the generator builds for one product from its documents, its pairing and its override
 * table: what the emitters write out. Every text is final here (named placeholders, fixes applied), and
 * every Chinese message says where it comes from.
 */
import type { Product, TableKind } from '../model.js';

/**
 * Where a Chinese message comes from: Binance's own Chinese, verbatim with placeholders named (and
 * reordered where the override table says) (`binance`); Binance's Chinese corrected by the override
 * table (`fixed`: a stray letter, a lost value, another endpoint); our own translation (`ours`).
 */
export type ZhOrigin = 'binance' | 'fixed' | 'ours';

/**
 * Where a Simplified Chinese message comes from, for a product whose Chinese page is Traditional
 * (Bybit): OpenCC's conversion of the Traditional message (with the product's reviewed phrase fixes;
 * `converted`), or our own Simplified text where the conversion needed a fix of its own (`ours`).
 */
export type HansOrigin = 'converted' | 'ours';

/** The Simplified form of a message converted from Traditional. */
export interface HansText {
  readonly text: string;
  readonly origin: HansOrigin;
  /** OpenCC's output before any fix: what a fix was written against. */
  readonly opencc: string;
  /** Phrase fixes (Traditional phrases) that changed OpenCC's output. */
  readonly phraseFixes: readonly string[];
}

export interface CatalogVariant {
  readonly key: string;
  readonly params: readonly string[];
  /** The server's English text, `%s` where it puts a value: what a raw message is matched against. */
  readonly server: string;
  readonly en: string;
  readonly zh: string;
  readonly zhOrigin: ZhOrigin;
  /** The zh page's text this message was built from or replaces, as written; null when the page lacks it. */
  readonly zhSource: string | null;
  /** The en server text was fixed by the override table (not the en page's text as it stands). */
  readonly enFixed: boolean;
  /** Set for a message of one of the document's tables (shared by every code the table belongs to). */
  readonly table: TableKind | null;
  /** Sectioned catalogs (Bybit): the ids of the sections whose rows carry this message. */
  readonly sections?: readonly string[];
  /** Sectioned catalogs: the Simplified message, converted from `zh` (Traditional there). */
  readonly hans?: HansText;
  /** Struck through on the en page: withdrawn from the documentation, kept because a server may still send it. */
  readonly deprecated?: true;
}

/**
 * A code's meaning in some of the document's sections (Bybit lists 10003 under WebSocket order entry
 * as "too many sessions", under UTA as "API key is invalid"): the sections, and the keys of the
 * variants those sections' rows give. The request's path tells which section, so which meaning.
 */
export interface CatalogMeaning {
  readonly sections: readonly string[];
  readonly variants: readonly string[];
}

export interface CatalogSection {
  readonly id: string;
  readonly title: { readonly en: string; readonly zh: string };
  readonly anchor: { readonly en: string; readonly zh: string };
}

export interface CatalogCode {
  readonly code: number;
  readonly name: string;
  readonly section: string;
  readonly anchor: { readonly en: string; readonly zh: string };
  readonly variants: readonly CatalogVariant[];
  /** Sectioned catalogs: every meaning of the code, in document order (one for most codes). */
  readonly meanings?: readonly CatalogMeaning[];
}

/** A message of the documents, counted once however many codes carry it (for the fidelity report). */
export interface DocumentMessage {
  readonly en: string;
  readonly zhOrigin: ZhOrigin;
  readonly table: TableKind | null;
  /** Sectioned catalogs: the Simplified message's origin. */
  readonly hansOrigin?: HansOrigin;
}

export interface Catalog {
  readonly product: Product;
  readonly sourceUrl: string;
  readonly updatedAt: string;
  readonly zhSource: { readonly url: string; readonly updatedAt: string };
  readonly docsUrl: { readonly en: string; readonly zh: string };
  readonly sections: readonly CatalogSection[];
  readonly codes: readonly CatalogCode[];
  /** Every en message kept (list items and table messages), once each, with its Chinese's origin. */
  readonly messages: readonly DocumentMessage[];
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}
