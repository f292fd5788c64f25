/**
 * The normalized model every Binance error-code document is read into, whatever its origin (GitHub
 * Markdown, a docs-site export, a scrape with escaped Markdown) and language. Texts are kept as written
 * (`raw`) beside the forms the generator works with (`text`, `template`), so nothing is lost and every
 * normalization can be traced back to a line.
 */

export const PRODUCTS = ['options', 'spot', 'usdm', 'coinm', 'pm'] as const;
export type Product = (typeof PRODUCTS)[number];

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which writing system carries a line: a Chinese line may keep English terms, an English line a stray Chinese word. */
export type Script = 'latin' | 'cjk';

export interface Placeholder {
  /** The token as written with its quotes, e.g. `'%s'`, "`％s`", `%d`, `'{param}'`. */
  readonly raw: string;
  /** `s`, `d` or `b` for printf-style tokens; `named` for `{param}`. */
  readonly type: 's' | 'd' | 'b' | 'named';
  /** The name inside `{…}` for a named placeholder. */
  readonly name?: string;
  /** Written with the full-width percent sign `％`. */
  readonly fullWidth: boolean;
  /** The quote around the token (`'`, backtick, `"`), or `''` when bare. */
  readonly quote: string;
}

export interface ParsedMessage {
  /** The text as written: list marker, indentation and trailing blanks removed, nothing else. */
  readonly raw: string;
  /** Markdown read as a reader sees it: backslash escapes removed, links replaced by their text. */
  readonly text: string;
  /** `text` with every placeholder token (`％s`, `%d`, `%b`, `{param}`) written `%s`; quotes kept. */
  readonly template: string;
  readonly placeholders: readonly Placeholder[];
  readonly script: Script;
  /** In-document link targets (`#filter-failures`), without `#`. */
  readonly links: readonly string[];
  /** 1-based line in the file. */
  readonly line: number;
}

export interface ParsedSection {
  /** The heading text, Markdown read, docs-site link removed. */
  readonly title: string;
  /** The heading's anchor: the docs site's own when it links one, else the slug GitHub and Docusaurus derive. */
  readonly anchor: string;
  /** Every other id that reaches the heading: `<a id>` tags above it, and the slug when the link differs. */
  readonly aliases: readonly string[];
  readonly line: number;
}

export interface ParsedCode {
  /** Always negative: a code written without its minus sign is normalized and the fix recorded as a quirk. */
  readonly code: number;
  /** As Binance wrote it (Markdown escapes removed): misspelt, not UPPER_SNAKE, or Chinese on some zh pages. */
  readonly name: string;
  /** Index into the document's `sections`. */
  readonly section: number;
  readonly anchor: string;
  readonly aliases: readonly string[];
  readonly line: number;
  /** One per list item, in document order; on an English-then-Chinese page, both lines of each pair. */
  readonly messages: readonly ParsedMessage[];
}

export interface ParsedTableRow {
  /** Usually one; a row may hold two (`"Rest API trading is not enabled." / "WebSocket API …"`). */
  readonly messages: readonly ParsedMessage[];
  /** The description cell: `raw` as written, `text` with `<br/>` as line breaks and Markdown read. */
  readonly description: { readonly raw: string; readonly text: string };
  readonly line: number;
}

/** What a table of messages is, read off its content rather than its title (which differs per language). */
export type TableKind = 'filterFailure' | 'engineMessage';

export interface ParsedTable {
  readonly kind: TableKind;
  /** Index into `sections`. */
  readonly section: number;
  /** Codes these messages come with: named in the section's title, or whose message links to the section. */
  readonly codes: readonly number[];
  readonly header: readonly string[];
  readonly rows: readonly ParsedTableRow[];
  readonly line: number;
}

export type QuirkKind =
  | 'escaped-markdown'
  | 'indented-heading'
  | 'run-together-items'
  | 'unsigned-code'
  | 'heading-link'
  | 'html-anchor'
  | 'markdown-link'
  | 'markdown-emphasis'
  | 'duplicate-title'
  | 'non-code-heading'
  | 'prose-under-code'
  | 'stray-item'
  | 'table-cell'
  | 'unterminated-quote'
  | 'text-outside-quotes'
  | 'undecodable-anchor'
  | 'foreign-anchor'
  | 'unterminated-fence'
  | 'out-of-order-code';

/** Something the parser read past or normalized, with where: the raw material of the fidelity report. */
export interface Quirk {
  readonly kind: QuirkKind;
  readonly line: number;
  readonly detail: string;
}

/**
 * How a zh page lays out its list items:
 * - `one-per-message`: each item is one message, translated or left in English (Options, Spot);
 * - `english-then-chinese`: each message is given in English, then (usually) its Chinese translation
 *   as the next item or in a block after the English ones (USDⓈ-M, COIN-M, Portfolio Margin).
 */
export type ItemLayout = 'one-per-message' | 'english-then-chinese';

export interface ParsedDocument {
  readonly product: Product;
  readonly language: Language;
  readonly frontMatter: Readonly<Record<string, string>>;
  /** The `#` title of this language's copy. */
  readonly title: string;
  /** The docs-site page the headings link to (or `source_url`'s path on developers.binance.com). */
  readonly pagePath?: string;
  readonly layout: ItemLayout;
  readonly sections: readonly ParsedSection[];
  readonly codes: readonly ParsedCode[];
  readonly tables: readonly ParsedTable[];
  readonly quirks: readonly Quirk[];
}
