/**
 * The normalized model every error-code document is read into, whatever its exchange (Binance's
 * per-product pages with a heading per code, Bybit's one page of code tables), origin (GitHub
 * Markdown, a docs-site export, a scrape with escaped Markdown) and language. Texts are kept as written
 * (`raw`) beside the forms the generator works with (`text`, `template`), so nothing is lost and every
 * normalization can be traced back to a line.
 */

export const PRODUCTS = ['options', 'spot', 'usdm', 'coinm', 'pm', 'bybit'] as const;
export type Product = (typeof PRODUCTS)[number];

export const EXCHANGES = ['binance', 'bybit'] as const;
export type Exchange = (typeof EXCHANGES)[number];

/** Binance documents one page per product; Bybit one page for every product of its v5 API. */
export const EXCHANGE_OF: Readonly<Record<Product, Exchange>> = {
  options: 'binance',
  spot: 'binance',
  usdm: 'binance',
  coinm: 'binance',
  pm: 'binance',
  bybit: 'bybit',
};

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which writing system carries a line: a Chinese line may keep English terms, an English line a stray Chinese word. */
export type Script = 'latin' | 'cjk';

export interface Placeholder {
  /** The token as written with its quotes, e.g. `'%s'`, "`％s`", `%d`, `'{param}'`. */
  readonly raw: string;
  /**
   * `s`, `d` or `b` for printf-style tokens; `named` for `{param}`, `{{param}}` and Go's
   * `{{.param}}`; `empty` for a slot with no name (`{}`).
   */
  readonly type: 's' | 'd' | 'b' | 'named' | 'empty';
  /** The name inside the braces of a named placeholder (without Go's leading dot). */
  readonly name?: string;
  /** Written with a full-width percent sign `％` or full-width braces `｛｛…｝｝`. */
  readonly fullWidth: boolean;
  /** The quote around the token (`'`, backtick, `"`, or Go's doubled `''`), or `''` when bare. */
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
  /** Struck through on the page (`~~10018~~` in a code table): withdrawn from the documentation. */
  readonly struck?: true;
}

export interface ParsedSection {
  /** The heading text, Markdown read, docs-site link removed. */
  readonly title: string;
  /** The heading's anchor: the docs site's own when it links one, else the slug GitHub and Docusaurus derive. */
  readonly anchor: string;
  /** Every other id that reaches the heading: `<a id>` tags above it, and the slug when the link differs. */
  readonly aliases: readonly string[];
  readonly line: number;
  /** 2 for `##`, 3 for a `###` heading that opens a table of codes (Bybit's sub-sections). */
  readonly level: number;
}

export interface ParsedCode {
  /**
   * Binance's: always negative (a code written without its minus sign is normalized and the fix
   * recorded as a quirk). Bybit's: as written (`0`, `-1`, `10001`).
   */
  readonly code: number;
  /**
   * As Binance wrote it (Markdown escapes removed): misspelt, not UPPER_SNAKE, or Chinese on some zh
   * pages. Empty for a code read from a table row: Bybit's codes have no names.
   */
  readonly name: string;
  /** Index into the document's `sections`. */
  readonly section: number;
  readonly anchor: string;
  readonly aliases: readonly string[];
  readonly line: number;
  /**
   * One per list item, in document order; on an English-then-Chinese page, both lines of each pair.
   * For a code table: one per row of the code in the section (a cell giving English then Chinese is
   * read as two messages, English first; a cell listing `1. …; 2. …` as one message per item).
   */
  readonly messages: readonly ParsedMessage[];
  /** Read from rows of a code table (Bybit), not from a `### CODE NAME` heading; its anchor is the section's. */
  readonly fromTable?: true;
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
  | 'out-of-order-code'
  | 'mdx-front-matter'
  | 'struck-row'
  | 'linked-code'
  | 'html-link'
  | 'mixed-cell'
  | 'numbered-items'
  | 'repeated-code'
  | 'unbalanced-quote'
  | 'header-cell';

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
  readonly exchange: Exchange;
  readonly language: Language;
  /** The language tag the front matter gives (`en`, `zh-CN`, `zh-TW`), else the language. */
  readonly locale: string;
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
