/**
 * The files of a sectioned product (Bybit): the namespace in three languages (English; Traditional
 * Chinese, the page's language; Simplified Chinese, converted from it), each as i18next JSON and as a
 * typed module, with the engine's own texts (category labels, fallbacks, the words that present values);
 * the catalog module the engine reads (every code, a code with several meanings carrying on each
 * variant the request paths of its sections); the lazy and in-memory product modules; and `data.json`,
 * the page's own data for tools (sections, each code's sections and meanings, where each Chinese message
 * comes from). Same conventions as Binance's products (emit.ts).
 */
import { ConversionError, HansConverter } from '../convert.js';
import type { VariantGuidance } from '../curate/guidance.js';
import { CatalogError, type Catalog } from './model.js';
import { renderEagerModule, renderLazyModule } from './emit.js';
import { productIdOf, type ProductConfig } from './products.js';
import type { ProductInputs } from './registry.js';
import { checkCurated, GuidanceIndex } from './resources.js';

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
  for (const [name, group] of Object.entries(inputs.texts)) checkCurated(name, group);
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
    let resource: Record<string, unknown> = { codes };
    // The Chinese page's section anchors, by the English page's (a code's anchor is its section's), where
    // they differ: link data, as Binance's products carry theirs per code. Both Chinese namespaces link
    // to the one Traditional page.
    if (lng !== 'en') {
      const docs = Object.fromEntries(
        catalog.sections.filter((s) => s.anchor.zh !== s.anchor.en).map((s) => [s.anchor.en, s.anchor.zh]),
      );
      if (Object.keys(docs).length > 0) resource['docs'] = docs;
    }
    for (const [name, group] of Object.entries(inputs.texts)) {
      const value = group[lng];
      if (typeof value !== 'object' || value === null) throw new CatalogError(`curated/${name}: no ${lng} texts`);
      for (const key of Object.keys(value))
        if (key in resource) throw new CatalogError(`two text groups define "${key}"`);
      resource = { ...resource, ...value };
    }
    out[lng] = resource;
  }
  // Every phrase fix must be needed by a message (converted with the catalog) or by our titles and hints.
  const stale = converter.unused(catalog.codes.flatMap((c) => c.variants.flatMap((v) => v.hans?.phraseFixes ?? [])));
  if (stale.length > 0)
    throw new CatalogError(
      `phrase fixes no text needs: ${stale.map((f) => `${f.hant} → ${f.hans}`).join(', ')}: remove them`,
    );
  return out;
}

/**
 * The request path prefixes of each variant of a code with several meanings: its meaning's sections'
 * (from the product's `curated/section-paths.ts`); none for a code with one meaning. A variant of every
 * meaning needs none; one of some meanings but not all cannot be told apart by path, and is refused.
 */
function variantPaths(catalog: Catalog, sectionPaths: Readonly<Record<string, readonly string[]>>) {
  for (const section of catalog.sections) {
    if (!Array.isArray(sectionPaths[section.id]))
      throw new CatalogError(`curated/section-paths.ts: no request paths for the section "${section.id}"`);
  }
  for (const id of Object.keys(sectionPaths)) {
    if (!catalog.sections.some((s) => s.id === id))
      throw new CatalogError(`curated/section-paths.ts names "${id}", which is no section of the page`);
  }
  const out = new Map<string, readonly string[]>();
  for (const code of catalog.codes) {
    const meanings = code.meanings ?? [];
    if (meanings.length < 2) continue;
    for (const variant of code.variants) {
      const mine = meanings.filter((m) => m.variants.includes(variant.key));
      if (mine.length === meanings.length) continue;
      if (mine.length !== 1)
        throw new CatalogError(
          `${code.code}.${variant.key} belongs to some of the code's meanings but not all: no request path can tell them apart`,
        );
      const paths = [...new Set(mine[0]?.sections.flatMap((id) => sectionPaths[id] ?? []) ?? [])];
      out.set(`${code.code}.${variant.key}`, paths);
    }
  }
  return out;
}

/** Every code as the engine reads it (GeneratedCode): Binance's products' shape, with `paths` where a code has meanings. */
function engineCodesOf(catalog: Catalog, guidance: GuidanceIndex, inputs: ProductInputs): unknown[] {
  const paths = variantPaths(catalog, inputs.sectionPaths ?? {});
  return catalog.codes.map((entry) => {
    const { category, retryable, severity } = guidance.code(entry);
    return {
      code: entry.code,
      name: entry.name,
      section: entry.section,
      anchor: entry.anchor.en,
      category,
      retryable,
      severity,
      variants: entry.variants.map((v) => {
        const own = guidance.variant(entry, v);
        const scoped = paths.get(`${entry.code}.${v.key}`);
        return {
          key: v.key,
          params: v.params,
          server: v.server,
          ...(own ? { category: own.category, retryable: own.retryable, severity: own.severity } : {}),
          ...(scoped ? { paths: scoped } : {}),
        };
      }),
    };
  });
}

/** Every code with the page's own data: the sections that list it, its meanings, struck messages. */
function pageCodesOf(catalog: Catalog, guidance: GuidanceIndex, inputs: ProductInputs): unknown[] {
  const engine = engineCodesOf(catalog, guidance, inputs) as { variants: object[] }[];
  return catalog.codes.map((entry, i) => {
    const sections = [...new Set(entry.variants.flatMap((v) => v.sections ?? []))];
    const meanings = entry.meanings ?? [];
    const { variants, ...rest } = engine[i] ?? { variants: [] };
    return {
      ...rest,
      sections,
      ...(meanings.length > 1 ? { meanings } : {}),
      variants: variants.map((v, j) => ({ ...v, ...(entry.variants[j]?.deprecated ? { deprecated: true } : {}) })),
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

function renderCatalogModule(
  config: ProductConfig,
  catalog: Catalog,
  guidance: GuidanceIndex,
  inputs: ProductInputs,
): string {
  const identity = { exchange: config.exchange.id, product: productIdOf(config), namespace: config.namespace };
  return `${config.header}
import { catalogFrom } from '@exchange-errors/core/internal';
import type { CatalogTexts } from '@exchange-errors/core';

/**
 * ${config.exchange.name}'s docs pages, per language (it has no Simplified page: \`zh\` is the Traditional one);
 * each code's \`anchor\` is its section's heading on the English one.
 */
const DOCS_URL = ${tsValue(catalog.docsUrl)} as const;

/**
 * Every code of the page, in order of first appearance. \`variants[].server\` is ${config.exchange.name}'s English
 * text with \`%s\` where the server puts a value; \`params\` names those values in order (a name may repeat
 * where the text repeats a value). The page names no code (\`name\` is \`''\`); \`section\` is the first
 * section that lists it. A code the page lists in other sections with another meaning (10003: too many
 * WebSocket sessions, or an invalid API key) has on each variant the request path prefixes of its
 * meaning's sections (\`paths\`), so that the request's path picks the meaning. A variant with its own
 * classification (and its own \`titles.<key>\` / \`hints.<key>\` in the namespace) carries \`category\`,
 * \`retryable\` and \`severity\`; the others take the code's. The page's own data (sections, meanings,
 * where each Chinese message comes from) is in \`data.json\`.
 */
export const CODES = ${tsValue(engineCodesOf(catalog, guidance, inputs))} as const;

/** One code's entry as a type: what the package's types read. */
export type CodeEntry = (typeof CODES)[number];

/**
 * The catalog as the engine takes it. Given Chinese texts, its Chinese docs URLs point at the Chinese
 * page's own headings (the texts' \`docs\`); without them (the lazy module's catalog, fetched before any
 * texts, so that an English app downloads no Chinese) the formatter puts them in from the texts.
 */
export function catalog(zhTexts?: CatalogTexts) {
  return catalogFrom(${tsValue(identity).replace(/\n\s*/g, ' ')}, DOCS_URL, CODES, zhTexts);
}
`;
}

/**
 * The page's data for tools (a catalog browser, a report): JSON, so it costs an app nothing. \`zhOrigin\`:
 * whose each Traditional Chinese message is (\`bybit\`, Bybit's own; \`fixed\`, Bybit's corrected in the
 * override table; \`ours\`); \`zhHansOrigin\`: whose each Simplified one is (\`converted\` by OpenCC with the
 * reviewed phrase fixes, or \`ours\`).
 */
function renderData(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex, inputs: ProductInputs): string {
  const data = {
    exchange: config.exchange.export,
    product: productIdOf(config),
    namespace: config.namespace,
    languages: SECTIONED_LANGUAGES,
    source: {
      url: catalog.sourceUrl,
      updatedAt: catalog.updatedAt,
      docsUrl: catalog.docsUrl,
      zh: catalog.zhSource,
    },
    sections: catalog.sections.map((section) => ({ ...section, paths: inputs.sectionPaths?.[section.id] ?? [] })),
    codes: pageCodesOf(catalog, guidance, inputs),
    zhOrigin: originsOf(catalog, (v) => (v.zhOrigin === 'binance' ? 'bybit' : v.zhOrigin)),
    zhHansOrigin: originsOf(catalog, (v) => v.hans?.origin ?? 'converted'),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function renderResourceModule(config: ProductConfig, lng: SectionedLanguage, resource: unknown): string {
  const name = VARIABLE[lng];
  // Beside the texts, a Chinese namespace carries its docs page's own anchors (`docs`, link data).
  const typed = lng === 'en' ? '' : `: typeof en & { readonly docs?: Readonly<Record<string, string>> }`;
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
  const guidance = new GuidanceIndex(catalog, inputs.guidance, { shared: false });
  files.set('src/generated/catalog.ts', renderCatalogModule(config, catalog, guidance, inputs));
  files.set('src/generated/index.ts', renderLazyModule(config, SECTIONED_LANGUAGES));
  files.set('src/generated/eager.ts', renderEagerModule(config, SECTIONED_LANGUAGES));
  files.set('data.json', renderData(config, catalog, guidance, inputs));
  return files;
}
