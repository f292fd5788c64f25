/**
 * What the generated binding of every product package makes of its generated codes: the catalog the
 * engine takes, with each code's docs URLs. Written once, here; the generator writes each package's
 * lazy and in-memory modules around it.
 */
import type { Catalog, CatalogTexts, ErrorCodeInfo } from './catalog.js';
import type { Category, Severity } from './taxonomy.js';

/**
 * One code as the generator writes it: its metadata and its heading's anchor on the English docs
 * page (the Chinese page's anchors that differ come with the zh texts, under `docs`).
 */
export type GeneratedCode = Omit<ErrorCodeInfo, 'docsUrl'> & { readonly anchor: string };

/** A generated code with its docs URLs in place of its anchor, its own (narrower) types kept. */
export type CodeWithDocs<E extends GeneratedCode> = Omit<E, 'anchor'> & Pick<ErrorCodeInfo, 'docsUrl'>;

/**
 * The generated codes with their docs URLs: each language's page at the code's heading. The Chinese
 * page uses the English anchor unless the zh texts (`zhTexts`, their `docs`) have the code's own;
 * without them (a lazy catalog, fetched before any texts) `formatResolvedWith` puts it in.
 */
export function codesWithDocs<E extends GeneratedCode>(
  docsUrl: { readonly en: string; readonly zh: string },
  codes: readonly E[],
  zhTexts?: CatalogTexts,
): readonly CodeWithDocs<E>[] {
  // The product's own generated texts, so plain reads (no `readSafely`: it would pull a chunk of the
  // engine into the lazy catalog's).
  const docs = zhTexts?.['docs'];
  const anchors = typeof docs === 'object' && docs !== null ? (docs as Readonly<Record<string, unknown>>) : undefined;
  return codes.map(({ anchor, ...entry }) => {
    // The code's own heading, else its section's (a page whose headings are sections: Bybit's).
    const zh = anchors?.[String(entry.code)] ?? anchors?.[anchor];
    return {
      ...entry,
      docsUrl: { en: `${docsUrl.en}#${anchor}`, zh: `${docsUrl.zh}#${typeof zh === 'string' ? zh : anchor}` },
    };
  });
}

/** The product's identity in its generated module. */
export interface CatalogIdentity {
  readonly exchange: string;
  readonly product: string;
  readonly namespace: string;
}

/**
 * The catalog the engine takes, from a product's generated codes: with the zh texts, its Chinese
 * docs URLs point at the Chinese page's own headings; without them (a lazy catalog, fetched before
 * any texts, so that an English app downloads no Chinese) the formatter puts them in.
 */
export function catalogFrom<E extends GeneratedCode>(
  identity: CatalogIdentity,
  docsUrl: { readonly en: string; readonly zh: string },
  codes: readonly E[],
  zhTexts?: CatalogTexts,
): Catalog & { readonly codes: readonly CodeWithDocs<E>[] } {
  return {
    exchange: identity.exchange,
    product: identity.product,
    namespace: identity.namespace,
    codes: codesWithDocs(docsUrl, codes, zhTexts),
  };
}

/* -------------------------------------------------------------------------------------------------
 * The compact form the generator writes a catalog in
 * -----------------------------------------------------------------------------------------------*/

/** A classification, written once per catalog: `[category, retryable, severity]`. */
export type ClassRow = readonly [category: Category, retryable: boolean, severity: Severity];

/**
 * One message variant: its server text alone (the `default` variant, no values, the code's
 * classification), or `[key, server, params joined by commas, index of its own classification]`.
 */
export type VariantRow = string | readonly [key: string, server: string, params?: string, classIndex?: number];

/**
 * One code: `[code, name, index of its section, index of its classification, variants, anchor]`; the
 * variants are one server text (a lone plain `default`) or a list of rows; the anchor is left out
 * when it is `<code>-<name in lower case>`, the docs pages' own rule.
 */
export type CodeRow = readonly [
  code: number,
  name: string,
  section: number,
  classIndex: number,
  variants: string | readonly VariantRow[],
  anchor?: string,
];

function classOf(classes: readonly ClassRow[], index: number): ClassRow {
  const row = classes[index];
  if (!row) throw new Error(`generated catalog: no classification ${index}`);
  return row;
}

/** The generated codes from their compact rows (generated data: a row that does not fit is a generator bug). */
export function codesFromRows(
  rows: readonly CodeRow[],
  sections: readonly string[],
  classes: readonly ClassRow[],
): GeneratedCode[] {
  return rows.map(([code, name, section, classIndex, variants, anchor]) => {
    const [category, retryable, severity] = classOf(classes, classIndex);
    return {
      code,
      name,
      section: sections[section] ?? '',
      category,
      retryable,
      severity,
      variants: (typeof variants === 'string' ? [variants] : variants).map((row) => {
        if (typeof row === 'string') return { key: 'default', params: [], server: row };
        const [key, server, params, own] = row;
        const variant = { key, params: params ? params.split(',') : [], server };
        if (own === undefined) return variant;
        const [vCategory, vRetryable, vSeverity] = classOf(classes, own);
        return { ...variant, category: vCategory, retryable: vRetryable, severity: vSeverity };
      }),
      anchor: anchor ?? `${code}-${name.toLowerCase()}`,
    };
  });
}

/**
 * English texts with every code's `messages`, from the catalog: the exchange's English text is the
 * document's, which the catalog already holds (`server`, with `%s` where a value goes), so the
 * generated English texts leave them out and each is rebuilt here, its values named in order
 * (`{{param}}`). The generator checks that this gives the English texts exactly.
 */
export function withServerMessages<T>(texts: object, codes: readonly GeneratedCode[]): T {
  const own = (texts as { readonly codes?: Readonly<Record<string, object>> }).codes ?? {};
  const withMessages: Record<string, object> = {};
  for (const entry of codes) {
    const messages: Record<string, string> = {};
    for (const { key, params, server } of entry.variants) {
      let index = 0;
      messages[key] = server.replace(/%s/g, () => `{{${params[index++] ?? ''}}}`);
    }
    withMessages[String(entry.code)] = { ...own[String(entry.code)], messages };
  }
  return { ...texts, codes: withMessages } as T;
}
