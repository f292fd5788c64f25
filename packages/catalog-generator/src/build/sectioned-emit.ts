/**
 * The files of a sectioned product (Bybit): the namespace in three languages (English; Traditional
 * Chinese, the page's language; Simplified Chinese, converted from it), each as i18next JSON and as a
 * typed module, and the catalog module. Same conventions as Binance's products (emit.ts): keys
 * `codes.<code>.title|hint|messages.<variant>`, `titles.<variant>` / `hints.<variant>` for a variant
 * with guidance of its own; `PRODUCT`, `SOURCE`, `SECTIONS`, `CODES`, `ZH_ORIGIN`, plus each code's
 * sections and meanings, and where each Simplified message comes from (`ZH_HANS_ORIGIN`).
 */
import { ConversionError, HansConverter } from '../convert.js';
import type { VariantGuidance } from '../curate/guidance.js';
import { CatalogError, type Catalog } from './model.js';
import type { ProductConfig } from './products.js';
import type { ProductInputs } from './registry.js';
import { GuidanceIndex } from './resources.js';

/** The namespace's languages, as i18next names them, and the folder and module each has. */
export const SECTIONED_LANGUAGES = ['en', 'zh-Hant', 'zh'] as const;
export type SectionedLanguage = (typeof SECTIONED_LANGUAGES)[number];

const VARIABLE: Readonly<Record<SectionedLanguage, string>> = { en: 'en', 'zh-Hant': 'zhHant', zh: 'zh' };
const LANGUAGE_NAME: Readonly<Record<SectionedLanguage, string>> = {
  en: 'English',
  'zh-Hant': 'Traditional Chinese',
  zh: 'Simplified Chinese (converted from the Traditional)',
};

function tsValue(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** A code with several meanings needs words for each: the guidance of its first meaning is not the others'. */
function checkMeanings(catalog: Catalog, guidance: GuidanceIndex): void {
  for (const code of catalog.codes) {
    const meanings = code.meanings ?? [];
    if (meanings.length < 2 || guidance.code(code).sameInEveryMeaning) continue;
    const first = new Set(meanings[0]?.variants ?? []);
    for (const meaning of meanings.slice(1)) {
      for (const key of meaning.variants) {
        const variant = code.variants.find((v) => v.key === key);
        if (first.has(key) || !variant || guidance.variant(code, variant)) continue;
        throw new CatalogError(
          `curated/guidance.ts: ${code.code} means something else in ${meaning.sections.join(', ')}: give its variant "${key}" guidance of its own (or mark the code sameInEveryMeaning)`,
        );
      }
    }
  }
}

/** Traditional → Simplified for our titles and hints, with the product's phrase fixes. */
function hansOfText(converter: HansConverter, where: string, text: string): string {
  try {
    return converter.convert(text).text;
  } catch (error) {
    if (error instanceof ConversionError) throw new CatalogError(`${where}: ${error.message}`);
    throw error;
  }
}

export function sectionedResources(
  catalog: Catalog,
  inputs: ProductInputs,
): Record<SectionedLanguage, Record<string, unknown>> {
  const guidance = new GuidanceIndex(catalog, inputs.guidance, { shared: false });
  checkMeanings(catalog, guidance);
  const converter = new HansConverter(inputs.overrides.PHRASE_FIXES ?? []);
  const textOf = (where: string, entry: VariantGuidance, lng: SectionedLanguage): { title: string; hint: string } => {
    if (lng === 'en') return entry.en;
    if (lng === 'zh-Hant') return entry.zh;
    return {
      title: hansOfText(converter, `${where} title`, entry.zh.title),
      hint: hansOfText(converter, `${where} hint`, entry.zh.hint),
    };
  };
  const out = {} as Record<SectionedLanguage, Record<string, unknown>>;
  for (const lng of SECTIONED_LANGUAGES) {
    const codes: Record<string, unknown> = {};
    for (const entry of catalog.codes) {
      const text = textOf(String(entry.code), guidance.code(entry), lng);
      const messages = Object.fromEntries(
        entry.variants.map((v) => {
          if (lng === 'en') return [v.key, v.en];
          if (lng === 'zh-Hant') return [v.key, v.zh];
          if (!v.hans) throw new CatalogError(`${entry.code}.${v.key}: no Simplified text`);
          return [v.key, v.hans.text];
        }),
      );
      const node: Record<string, unknown> = { title: text.title, hint: text.hint, messages };
      const guided = entry.variants.flatMap((v) => {
        const own = guidance.variant(entry, v);
        return own ? [[v.key, textOf(`${entry.code}.${v.key}`, own, lng)] as const] : [];
      });
      if (guided.length > 0) {
        node['titles'] = Object.fromEntries(guided.map(([key, t]) => [key, t.title]));
        node['hints'] = Object.fromEntries(guided.map(([key, t]) => [key, t.hint]));
      }
      codes[String(entry.code)] = node;
    }
    out[lng] = { codes };
  }
  // Every phrase fix must be needed by a message (converted with the catalog) or by our titles and hints.
  const stale = converter.unused(catalog.codes.flatMap((c) => c.variants.flatMap((v) => v.hans?.phraseFixes ?? [])));
  if (stale.length > 0)
    throw new CatalogError(
      `phrase fixes no text needs: ${stale.map((f) => `${f.hant} → ${f.hans}`).join(', ')}: remove them`,
    );
  return out;
}

function codesOf(catalog: Catalog, guidance: GuidanceIndex): unknown[] {
  return catalog.codes.map((entry) => {
    const { category, retryable, severity } = guidance.code(entry);
    const sections = [...new Set(entry.variants.flatMap((v) => v.sections ?? []))];
    const meanings = entry.meanings ?? [];
    return {
      code: entry.code,
      sections,
      category,
      retryable,
      severity,
      ...(meanings.length > 1 ? { meanings } : {}),
      variants: entry.variants.map((v) => {
        const own = guidance.variant(entry, v);
        return {
          key: v.key,
          params: v.params,
          server: v.server,
          ...(v.deprecated ? { deprecated: true } : {}),
          ...(own ? { category: own.category, retryable: own.retryable, severity: own.severity } : {}),
        };
      }),
    };
  });
}

function originsOf(
  catalog: Catalog,
  pick: (v: Catalog['codes'][number]['variants'][number]) => string,
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    catalog.codes.map((c) => [String(c.code), Object.fromEntries(c.variants.map((v) => [v.key, pick(v)]))]),
  );
}

function renderCatalogModule(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex): string {
  const product = {
    id: config.product,
    namespace: config.namespace,
    apiPrefixes: config.apiPrefixes,
    languages: SECTIONED_LANGUAGES,
  };
  const source = {
    url: catalog.sourceUrl,
    updatedAt: catalog.updatedAt,
    docsUrl: catalog.docsUrl,
    zh: catalog.zhSource,
  };
  return `${config.header}
/** The product: its id, its i18next namespace, the REST path prefix of its requests, and its languages. */
export const PRODUCT = ${tsValue(product)} as const;

/**
 * The documents this catalog was generated from (the English one; the Traditional Chinese one under
 * \`zh\`), and Bybit's docs pages per language (Bybit has no Simplified page: \`zh\` is the Traditional one).
 */
export const SOURCE = ${tsValue(source)} as const;

/**
 * The document's sections, in order (a \`###\` sub-section as its own), with their titles and anchors on
 * the English and the Traditional Chinese page. A request's path names the product, so the section.
 */
export const SECTIONS = ${tsValue(catalog.sections)} as const;

/**
 * Every code of the documents, in order of first appearance. \`variants[].server\` is Bybit's English
 * text with \`%s\` where the server puts a value; \`params\` names those values in order (a name may repeat
 * where the text repeats a value). \`sections\` are the sections that list the code; a code listed with
 * other meanings in other sections (10003: too many WebSocket sessions, or an invalid API key) has
 * \`meanings\`, each the sections that give it and its variants; a code without has one meaning. A variant
 * with its own classification (and its own \`titles.<key>\` / \`hints.<key>\` in the namespace) carries
 * \`category\`, \`retryable\` and \`severity\`; \`deprecated\` marks a message struck through on Bybit's page.
 */
export const CODES = ${tsValue(codesOf(catalog, guidance))} as const;

/**
 * Where each Traditional Chinese message (\`codes.<code>.messages.<variant>\` of the zh-Hant namespace)
 * comes from: \`bybit\`, Bybit's own Chinese (placeholders named); \`fixed\`, Bybit's Chinese corrected in
 * the override table (a typo, Simplified characters, a lost value); \`ours\`, our own translation, where
 * the page keeps English, lacks the message or says something else (each with its reason in
 * scripts/overrides.ts). Titles and hints are always ours.
 */
export const ZH_ORIGIN = ${tsValue(originsOf(catalog, (v) => (v.zhOrigin === 'binance' ? 'bybit' : v.zhOrigin)))} as const;

/**
 * Where each Simplified Chinese message (the zh namespace) comes from: \`converted\`, OpenCC's conversion of
 * the Traditional message (with the reviewed phrase fixes of scripts/overrides.ts); \`ours\`, our own
 * Simplified text where the conversion needed a fix of its own.
 */
export const ZH_HANS_ORIGIN = ${tsValue(originsOf(catalog, (v) => v.hans?.origin ?? 'converted'))} as const;
`;
}

function renderResourceModule(config: ProductConfig, lng: SectionedLanguage, resource: unknown): string {
  const name = VARIABLE[lng];
  const typed = lng === 'en' ? '' : ': typeof en';
  const importEn = lng === 'en' ? '' : `import type en from './en.js';\n`;
  return `${config.header}${importEn}
/** The \`${config.namespace}\` namespace in ${LANGUAGE_NAME[lng]}. */
const ${name}${typed} = ${tsValue(resource)};

export default ${name};
`;
}

export function renderSectioned(config: ProductConfig, catalog: Catalog, inputs: ProductInputs): Map<string, string> {
  const resources = sectionedResources(catalog, inputs);
  const files = new Map<string, string>();
  for (const lng of SECTIONED_LANGUAGES) {
    files.set(`locales/${lng}/${config.namespace}.json`, `${JSON.stringify(resources[lng], null, 2)}\n`);
    files.set(`src/generated/locales/${lng}.ts`, renderResourceModule(config, lng, resources[lng]));
  }
  files.set(
    'src/generated/catalog.ts',
    renderCatalogModule(config, catalog, new GuidanceIndex(catalog, inputs.guidance, { shared: false })),
  );
  return files;
}
