/** Builds a product's catalog from edited copies of its documents: how the tests feed the generator a changed page. */
import { buildCatalog } from '../build/catalog.js';
import type { Catalog } from '../build/model.js';
import type { ProductOverrides } from '../curate/overrides.js';
import { PRODUCT_CONFIGS } from '../build/products.js';
import { inputsOf } from '../build/registry.js';
import type { Language, ParsedDocument, Product } from '../model.js';
import { pairProduct } from '../pair.js';
import { parseDocuments } from '../parse.js';
import { readSource, SOURCE_FILES } from '../sources.js';

/** The product's vendored files, as text, in SOURCE_FILES order. */
export function sourceTexts(product: Product): string[] {
  return SOURCE_FILES.filter((f) => f.product === product).map((f) => readSource(f));
}

/** The catalog built from the given texts (one file holding both languages, or one per language). */
export function catalogFromTexts(
  product: Product,
  texts: readonly string[],
  overrides: ProductOverrides = inputsOf(product).overrides,
): Catalog {
  const found: Partial<Record<Language, ParsedDocument>> = {};
  for (const text of texts) for (const document of parseDocuments(text)) found[document.language] = document;
  if (!found.en || !found.zh) throw new Error('needs an en and a zh document');
  const config = PRODUCT_CONFIGS[product];
  return buildCatalog({
    en: found.en,
    zh: found.zh,
    pairing: pairProduct(found.en, found.zh),
    overrides,
    ...(config.docsUrl ? { docsUrl: config.docsUrl } : {}),
  });
}

/** Replaces `from` (which must occur) in the text. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the document has no "${from}"`);
  return text.replace(from, to);
}
