/**
 * Renders a product's catalog into the files its package ships: i18next JSON v4 resources per
 * language, the same resources as typed ESM modules, and the metadata module. Pure: returns file
 * contents; writing and checking is generate.ts's job.
 */
import { LANGUAGES, type Language } from '../model.js';
import type { Catalog } from './model.js';
import type { ProductConfig } from './products.js';
import { buildResources, GuidanceIndex } from './resources.js';
import { renderSectioned } from './sectioned-emit.js';
import type { ProductInputs } from './registry.js';

function tsValue(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function codesOf(catalog: Catalog, guidance: GuidanceIndex, flavor: ProductConfig['flavor']): unknown[] {
  return catalog.codes.map((entry) => {
    const { category, retryable, severity } = guidance.code(entry);
    return {
      code: entry.code,
      name: entry.name,
      section: entry.section,
      // The English page's anchor; the Chinese page's, where it differs, comes with the zh texts (`docs`).
      anchor: entry.anchor.en,
      category,
      retryable,
      severity,
      variants: entry.variants.map((v) => {
        const own = flavor === 'product' ? guidance.variant(entry, v) : undefined;
        const base = { key: v.key, params: v.params, server: v.server };
        return own ? { ...base, category: own.category, retryable: own.retryable, severity: own.severity } : base;
      }),
    };
  });
}

function renderOptionsCatalog(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex): string {
  return `${config.header}
/** The document this catalog was generated from. */
export const SOURCE = ${tsValue({ url: catalog.sourceUrl, updatedAt: catalog.updatedAt, docsUrl: catalog.docsUrl })} as const;

/** The document's sections, in order, with their titles and anchors in both languages. */
export const SECTIONS = ${tsValue(catalog.sections)} as const;

/**
 * Every code of the document, in document order. \`variants[].server\` is Binance's English text with
 * \`%s\` where the server puts a value; \`params\` names those values in order.
 */
export const CODES = ${tsValue(codesOf(catalog, guidance, 'options'))} as const;
`;
}

function zhOrigins(catalog: Catalog): Record<string, Record<string, string>> {
  return Object.fromEntries(
    catalog.codes.map((c) => [String(c.code), Object.fromEntries(c.variants.map((v) => [v.key, v.zhOrigin]))]),
  );
}

function renderProductCatalog(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex): string {
  const product = { id: config.product, namespace: config.namespace, apiPrefixes: config.apiPrefixes };
  const source = {
    url: catalog.sourceUrl,
    updatedAt: catalog.updatedAt,
    docsUrl: catalog.docsUrl,
    zh: catalog.zhSource,
  };
  return `${config.header}
/** The product: its id, its i18next namespace, and the REST path prefixes of its requests. */
export const PRODUCT = ${tsValue(product)} as const;

/**
 * The documents this catalog was generated from (the English one; the Chinese one under \`zh\`), and
 * Binance's docs pages per language. \`anchor\` below is the code's heading on the English page; the
 * Chinese page's anchors that differ are in the zh texts (\`docs\`), so no Chinese rides in here.
 */
export const SOURCE = ${tsValue(source)} as const;

/** The documents' sections, in order, with their titles and anchors in both languages. */
export const SECTIONS = ${tsValue(catalog.sections)} as const;

/**
 * Every code of the documents, in document order. \`variants[].server\` is Binance's English text with
 * \`%s\` where the server puts a value; \`params\` names those values in order. A variant with its own
 * classification (and its own \`titles.<key>\` / \`hints.<key>\` in the namespace) carries \`category\`,
 * \`retryable\` and \`severity\`; the others take the code's.
 */
export const CODES = ${tsValue(codesOf(catalog, guidance, 'product'))} as const;

/**
 * Where each Chinese message (\`codes.<code>.messages.<variant>\` of the zh namespace) comes from:
 * \`binance\`, Binance's own Chinese (placeholders named); \`fixed\`, Binance's Chinese corrected in the
 * override table; \`ours\`, our own translation, where the Chinese page keeps English, lacks the message or
 * is broken (each with its reason in scripts/overrides.ts). Titles and hints are always ours.
 */
export const ZH_ORIGIN = ${tsValue(zhOrigins(catalog))} as const;
`;
}

function renderResourceModule(config: ProductConfig, lng: Language, resource: unknown): string {
  // Other languages are typed by English, so a key missing from a translation does not compile;
  // beside the texts they may carry their docs page's own anchors (\`docs\`, link data).
  const typed = lng === 'en' ? '' : `: typeof en & { readonly docs?: Readonly<Record<string, string>> }`;
  const importEn = lng === 'en' ? '' : `import type en from './en.js';\n`;
  return `${config.header}${importEn}
/** The \`${config.namespace}\` namespace in ${lng === 'en' ? 'English' : 'Chinese'}. */
const ${lng}${typed} = ${tsValue(resource)};

export default ${lng};
`;
}

/** The namespace per language, as the package ships it. */
export function resourcesOf(catalog: Catalog, inputs: ProductInputs): Record<Language, Record<string, unknown>> {
  return buildResources(catalog, new GuidanceIndex(catalog, inputs.guidance), inputs.texts);
}

/** Every generated file, path relative to the package root, with its exact contents. */
export function renderAll(config: ProductConfig, catalog: Catalog, inputs: ProductInputs): Map<string, string> {
  if (config.flavor === 'sectioned') return renderSectioned(config, catalog, inputs);
  const guidance = new GuidanceIndex(catalog, inputs.guidance);
  const resources = buildResources(catalog, guidance, inputs.texts);
  const files = new Map<string, string>();
  for (const lng of LANGUAGES) {
    files.set(`locales/${lng}/${config.namespace}.json`, `${JSON.stringify(resources[lng], null, 2)}\n`);
    files.set(`src/generated/locales/${lng}.ts`, renderResourceModule(config, lng, resources[lng]));
  }
  const render = config.flavor === 'options' ? renderOptionsCatalog : renderProductCatalog;
  files.set('src/generated/catalog.ts', render(config, catalog, guidance));
  return files;
}
