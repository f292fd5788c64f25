/** The generator's building blocks: parse a document, pair a product's languages, tally and report. */
export { SourceFormatError } from './errors.js';
export { parseDocument, parseDocuments, type ParseOptions } from './parse.js';
export {
  pairProduct,
  type Detection,
  type DetectionRule,
  type EnText,
  type PairedCode,
  type PairedTable,
  type PairedTableVariant,
  type PairedVariant,
  type ProductPairing,
  type ZhKind,
  type ZhText,
} from './pair.js';
export { fidelityOf, renderFidelityTable, type Fidelity } from './fidelity.js';
export { renderReport } from './report-render.js';
export { loadProduct, readSource, SOURCE_FILES, type SourceFile } from './sources.js';
export { readTemplate, typeSignature } from './placeholders.js';
export { API_PREFIXES, productOf } from './product.js';
export * from './model.js';
export { buildCatalog, type CatalogInput } from './build/catalog.js';
export { catalogOf, generatedFiles, generateProduct } from './build/generate.js';
export { renderAll, resourcesOf } from './build/emit.js';
export {
  CatalogError,
  type Catalog,
  type CatalogCode,
  type CatalogSection,
  type CatalogVariant,
  type DocumentMessage,
  type ZhOrigin,
} from './build/model.js';
export { placeholdersOf } from './build/placeholders.js';
export { PRODUCT_CONFIGS, type ProductConfig } from './build/products.js';
export { GENERATED_PRODUCTS, inputsOf, type ProductInputs } from './build/registry.js';
