/**
 * Typed, read-only access to the generated metadata: one entry per code of Binance's document.
 */
import { CODES, SECTIONS, SOURCE } from './generated/catalog.js';
import { codesWithDocs, type Category, type Severity } from '@exchange-errors/core';

type Entry = (typeof CODES)[number];
type EntryOf<C> = Extract<Entry, { code: C }>;

/** Every code in Binance's Options error-code document. */
export type BinanceOptionsErrorCode = Entry['code'];
/** Every code name, e.g. `BAD_SYMBOL`. */
export type BinanceOptionsErrorName = Entry['name'];
/** Section ids of the document: `10xx`, `11xx-2xxx`, `3xxx-5xxx`. */
export type BinanceOptionsSectionId = (typeof SECTIONS)[number]['id'];
/**
 * A known code (autocompleted) or any other number a server may send. `number & {}` keeps the
 * literal union visible to editors instead of collapsing it into `number`.
 */
export type BinanceErrorCodeInput = BinanceOptionsErrorCode | (number & {});
/** Variant keys of one code, e.g. `'default' | 'param' | 'either'` for -1102. */
export type BinanceOptionsVariant<C extends BinanceOptionsErrorCode = BinanceOptionsErrorCode> =
  EntryOf<C>['variants'][number]['key'];
/** The named values one variant's message takes, e.g. `{ param: string }` for -1102 `param`. */
export type BinanceOptionsValues<C extends BinanceOptionsErrorCode, V extends BinanceOptionsVariant<C>> = {
  readonly [P in Extract<EntryOf<C>['variants'][number], { key: V }>['params'][number]]: string;
};

export interface ErrorVariantInfo {
  readonly key: string;
  /** Names of the values the server fills in, in order. */
  readonly params: readonly string[];
  /** Binance's English text with `%s` where the server puts a value. */
  readonly server: string;
}

export interface ErrorCodeInfo {
  readonly code: BinanceOptionsErrorCode;
  readonly name: BinanceOptionsErrorName;
  readonly section: BinanceOptionsSectionId;
  readonly category: Category;
  readonly retryable: boolean;
  readonly severity: Severity;
  readonly variants: readonly ErrorVariantInfo[];
  /** The code's entry on Binance's docs page, per language. */
  readonly docsUrl: { readonly en: string; readonly zh: string };
}

export interface ErrorSectionInfo {
  readonly id: BinanceOptionsSectionId;
  readonly title: { readonly en: string; readonly zh: string };
  readonly docsUrl: { readonly en: string; readonly zh: string };
}

export { SOURCE as ERROR_SOURCE };

export const ERROR_SECTIONS: readonly ErrorSectionInfo[] = SECTIONS.map((section) => ({
  id: section.id,
  title: section.title,
  docsUrl: {
    en: `${SOURCE.docsUrl.en}#${section.anchor.en}`,
    zh: `${SOURCE.docsUrl.zh}#${encodeURIComponent(section.anchor.zh)}`,
  },
}));

/** All codes in document order. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = codesWithDocs(SOURCE.docsUrl, CODES);

const BY_CODE: ReadonlyMap<number, ErrorCodeInfo> = new Map(ERROR_CODES.map((info) => [info.code, info]));
const BY_NAME: ReadonlyMap<string, ErrorCodeInfo> = new Map(ERROR_CODES.map((info) => [info.name, info]));

export function isKnownErrorCode(code: unknown): code is BinanceOptionsErrorCode {
  return typeof code === 'number' && BY_CODE.has(code);
}

/** Metadata for a code, or `undefined` for anything the document does not list. */
export function getErrorCodeInfo(code: unknown): ErrorCodeInfo | undefined {
  return typeof code === 'number' ? BY_CODE.get(code) : undefined;
}

/** Metadata by name, e.g. `getErrorCodeInfoByName('BAD_SYMBOL')`. */
export function getErrorCodeInfoByName(name: unknown): ErrorCodeInfo | undefined {
  return typeof name === 'string' ? BY_NAME.get(name) : undefined;
}
