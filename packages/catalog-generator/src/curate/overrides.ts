/**
 * The shape of a product's one reviewed override table (`packages/<product>/scripts/overrides.ts`):
 * everything the generator cannot read off Binance's documents by itself. Every entry says why it
 * exists, and the generator fails on an entry that no longer matches the documents, so a stale fix
 * cannot linger.
 *
 * Rules the generator applies without an entry:
 * - a code with one message gets the variant key `default`;
 * - `％s`, `%d`, `%b`, `'{param}'` are the same placeholder as `%s`; the Chinese placeholders take the
 *   English names in the same order;
 * - a message whose Chinese the pairing calls Binance's (`binance`) is used verbatim, placeholders named.
 * Everything else (English kept on the zh page, a missing or broken Chinese text) needs an entry here.
 */
import type { PhraseFix } from '../convert.js';

export type { PhraseFix };

/** A fix of Binance's own Chinese text, written against the text the zh page has. */
export interface ZhFix {
  /** Names for the Chinese text's placeholders, in the order the Chinese sentence uses them. */
  readonly order?: readonly string[];
  /** A whole replacement Chinese template (named placeholders already in) where values were lost. */
  readonly template?: string;
  /** The zh page's text (as written) this fix was written against; the generator refuses it if the page changed. */
  readonly expectedSource: string;
  readonly reason: string;
}

/**
 * What the zh page has where we put our own Chinese: the English left in place, nothing, or a text
 * that cannot be used (`broken`) or that we chose not to use (`binance`), quoted as the page writes it.
 */
export type ZhReplaced = 'english' | 'missing' | { readonly broken: string } | { readonly binance: string };

/** Our own Chinese for a message, marked as ours. */
export interface ZhOurs {
  readonly ours: true;
  /** The Chinese template, with the English placeholder names (`{{param}}`). */
  readonly template: string;
  /** What the zh page has instead; the generator fails when the page no longer says so. */
  readonly replaces: ZhReplaced;
  readonly reason: string;
}

/** A fix of the English server text (a value written as a letter, a note standing where the message goes). */
export interface EnFix {
  /** The en page's text (Markdown read) this fix was written against. */
  readonly expectedSource: string;
  /** The server's text with `%s` where it puts a value. */
  readonly template: string;
  readonly reason: string;
}

/**
 * Our Simplified text where the conversion from Traditional (OpenCC with the phrase fixes) gets one
 * message wrong in a way no phrase fix should cover. Marked as ours.
 */
export interface HansFix {
  /** The conversion's output this fix was written against; the generator refuses it if that changed. */
  readonly expected: string;
  readonly template: string;
  readonly reason: string;
}

/** `Zh` narrows what a table may hold (Options has fixes of Binance's Chinese only, no translation of ours). */
export interface VariantOverride<Zh extends ZhFix | ZhOurs = ZhFix | ZhOurs> {
  /** Names of the English `%s`, in order (a product whose document names its values uses those names by default). */
  readonly params?: readonly string[];
  readonly en?: EnFix;
  readonly zh?: Zh;
  /** Products whose Chinese page is Traditional (Bybit): a fix of the converted Simplified text. */
  readonly hans?: HansFix;
}

/** A list item the en page has under a code that is documentation, not a text a server sends. */
export interface DroppedItem {
  /** The item's text (Markdown read), exactly. */
  readonly text: string;
  readonly reason: string;
}

export interface NameFix {
  /** The name the en page gives. */
  readonly expected: string;
  readonly name: string;
  readonly reason: string;
}

/** A row whose text lists several server messages with a separator (Bybit's `A / B / C`): one variant each. */
export interface SplitItem {
  /** The row's text (Markdown read), exactly. */
  readonly text: string;
  readonly separator: string;
  readonly reason: string;
}

export interface CodeOverride<Zh extends ZhFix | ZhOurs = ZhFix | ZhOurs> {
  /**
   * Keys of the variants (the list items left after `drop`, split by `split`), in document order; for
   * a sectioned catalog, of the code's distinct messages over every section.
   */
  readonly variants?: readonly string[];
  readonly byVariant?: Readonly<Record<string, VariantOverride<Zh>>>;
  readonly drop?: readonly DroppedItem[];
  readonly split?: readonly SplitItem[];
  /** The code is no error (Bybit's `0 OK`): left out of the catalog. The reason says why. */
  readonly omit?: true;
  readonly name?: NameFix;
  readonly reason: string;
}

/** A message of one of the document's tables (Spot's matching-engine and filter-failure messages). */
export interface TableMessageOverride {
  /** The variant key the message gets under every code the table belongs to. */
  readonly key: string;
  readonly zh: ZhFix | ZhOurs;
}

/** A code the document names only in a table's heading (Spot's -1010 and -2038), with no list of its own. */
export interface TableCode {
  readonly name: string;
  readonly reason: string;
}

/** Everything a product's `scripts/overrides.ts` exports. */
export interface ProductOverrides {
  readonly OVERRIDES: Readonly<Record<number, CodeOverride>>;
  /** Keyed by the en table message as the parser reads it (its `template`). */
  readonly TABLE_MESSAGES?: Readonly<Record<string, TableMessageOverride>>;
  readonly TABLE_CODES?: Readonly<Record<number, TableCode>>;
  /** Section ids for headings that carry no `10xx`-style range, keyed by an id of the en section (its anchor, or an `<a id>` above it). */
  readonly SECTION_IDS?: Readonly<Record<string, string>>;
  /** Products whose Chinese page is Traditional (Bybit): phrases OpenCC converts wrongly, each with its reason. */
  readonly PHRASE_FIXES?: readonly PhraseFix[];
}

/**
 * The zh page's own Chinese kept as it stands although the pairing flagged it (another code's text
 * whose English differs, but which says the same): the reason says why it is right here.
 */
export function kept(expectedSource: string, reason: string): ZhFix {
  return { expectedSource, order: [], reason };
}

/** The reason every "the zh page keeps English" translation shares. */
export const KEPT_ENGLISH = 'Ours: the zh page keeps this message in English.';
/** The reason every "the zh page lacks it" translation shares. */
export const MISSING_ON_ZH = 'Ours: the zh page lacks this message (older than the en page, or never translated).';

/** Our Chinese where the zh page keeps the English text. */
export function oursForEnglish(template: string, reason: string = KEPT_ENGLISH): ZhOurs {
  return { ours: true, template, replaces: 'english', reason };
}

/** Our Chinese where the zh page lacks the message or the code. */
export function oursForMissing(template: string, reason: string = MISSING_ON_ZH): ZhOurs {
  return { ours: true, template, replaces: 'missing', reason };
}

export function isZhOurs(fix: ZhFix | ZhOurs): fix is ZhOurs {
  return 'ours' in fix && fix.ours === true;
}
