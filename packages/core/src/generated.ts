/**
 * What the generated binding of every product package makes of its generated codes: the catalog the
 * engine takes, with each code's docs URLs. Written once, here; the generator writes each package's
 * lazy and in-memory modules around it.
 */
import type { Catalog, CatalogTexts, ErrorCodeInfo } from './catalog.js';

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
