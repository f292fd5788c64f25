/**
 * Renders a product's catalog into the files its package ships: i18next JSON v4 resources per
 * language, the same resources as typed ESM modules, and the metadata module. Pure: returns file
 * contents; writing and checking is generate.ts's job.
 */
import { LANGUAGES, type Language } from '../model.js';
import { CatalogError, type Catalog } from './model.js';
import { nameTemplate } from './placeholders.js';
import { productIdOf, type ProductConfig } from './products.js';
import { buildResources, GuidanceIndex } from './resources.js';
import { renderSectioned } from './sectioned-emit.js';
import type { ProductInputs } from './registry.js';

function tsValue(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function codesOf(catalog: Catalog, guidance: GuidanceIndex): unknown[] {
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
        const own = guidance.variant(entry, v);
        const base = { key: v.key, params: v.params, server: v.server };
        return own ? { ...base, category: own.category, retryable: own.retryable, severity: own.severity } : base;
      }),
    };
  });
}

function zhOrigins(catalog: Catalog): Record<string, Record<string, string>> {
  return Object.fromEntries(
    catalog.codes.map((c) => [String(c.code), Object.fromEntries(c.variants.map((v) => [v.key, v.zhOrigin]))]),
  );
}

function sourceOf(catalog: Catalog): Record<string, unknown> {
  return {
    url: catalog.sourceUrl,
    updatedAt: catalog.updatedAt,
    docsUrl: catalog.docsUrl,
    ...(catalog.zhSource ? { zh: catalog.zhSource } : {}),
  };
}

/** The codes' classifications, each written once: `[category, retryable, severity]`. */
class Classes {
  readonly rows: [string, boolean, string][] = [];

  indexOf({ category, retryable, severity }: { category: string; retryable: boolean; severity: string }): number {
    const at = this.rows.findIndex(([c, r, s]) => c === category && r === retryable && s === severity);
    return at >= 0 ? at : this.rows.push([category, retryable, severity]) - 1;
  }
}

/**
 * The codes as the compact rows core's `codesFromRows` reads: `[code, name, section, classification,
 * variants, anchor]`, the anchor only where it is not `<code>-<name in lower case>`, a lone plain
 * `default` variant as its text alone.
 */
function rowsOf(catalog: Catalog, guidance: GuidanceIndex) {
  const sections: string[] = [];
  const classes = new Classes();
  const rows = catalog.codes.map((entry) => {
    if (!sections.includes(entry.section)) sections.push(entry.section);
    const variants = entry.variants.map((v) => {
      const own = guidance.variant(entry, v);
      if (v.key === 'default' && v.params.length === 0 && !own) return v.server;
      const row: (string | number)[] = [v.key, v.server];
      if (v.params.length > 0 || own) row.push(v.params.join(','));
      if (own) row.push(classes.indexOf(own));
      return row;
    });
    const row: unknown[] = [
      entry.code,
      entry.name,
      sections.indexOf(entry.section),
      classes.indexOf(guidance.code(entry)),
      variants.length === 1 && typeof variants[0] === 'string' ? variants[0] : variants,
    ];
    if (entry.anchor.en !== `${entry.code}-${entry.name.toLowerCase()}`) row.push(entry.anchor.en);
    return row;
  });
  return { sections, classes: classes.rows, rows };
}

/** The codes, their variants and their values as types: the package's types, no bytes at run time. */
function entryTypes(catalog: Catalog): string {
  return catalog.codes
    .map((entry) => {
      const variants = entry.variants
        .map(
          (v) =>
            `{ readonly key: ${JSON.stringify(v.key)}; readonly params: readonly [${v.params.map((p) => JSON.stringify(p)).join(', ')}] }`,
        )
        .join(', ');
      return `  | { readonly code: ${entry.code}; readonly name: ${JSON.stringify(entry.name)}; readonly variants: readonly [${variants}] }`;
    })
    .join('\n');
}

/**
 * How many parts a product's catalog and texts also come in (a code's part: core's `codePart`, its
 * number without sign modulo this): a first error fetches only its code's part, the rest comes later.
 */
export const PARTS = 8;
// The whole catalog and texts (catalog.ts, locales/) stay modules of their own, not made of the parts:
// an app that loads them (at idle, or in memory: eager.ts) pays no part's overhead, compressed alone.

function partOf(code: number): number {
  return Math.abs(code) % PARTS;
}

/** The catalog with only the codes of one part, in document order. */
function catalogPart(catalog: Catalog, part: number): Catalog {
  return { ...catalog, codes: catalog.codes.filter((entry) => partOf(entry.code) === part) };
}

function identityOf(config: ProductConfig): string {
  const identity = { exchange: config.exchange.id, product: productIdOf(config), namespace: config.namespace };
  return tsValue(identity).replace(/\n\s*/g, ' ');
}

/** One part of the catalog: its codes (those whose number modulo PARTS is `part`) as rows, and the catalog they make. */
function renderCatalogPart(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex, part: number): string {
  const { sections, classes, rows } = rowsOf(catalogPart(catalog, part), guidance);
  return `${config.header}
import { catalogFrom, codesFromRows, type ClassRow, type CodeRow, type GeneratedCode } from '@exchange-errors/core/internal';
import type { CatalogTexts } from '@exchange-errors/core';

/** The exchange's docs pages, per language; each code's anchor is its heading on the English one. */
const DOCS_URL = ${tsValue(catalog.docsUrl)} as const;

/** The sections of this part's codes, in document order. */
const SECTIONS = ${JSON.stringify(sections)};

/** Every classification of this part's codes and variants: \`[category, retryable, severity]\`. */
const CLASSES: readonly ClassRow[] = [
${classes.map((c) => `  ${JSON.stringify(c)},`).join('\n')}
];

/**
 * The codes whose number (without its sign) modulo ${PARTS} is ${part}, in document order: \`[code, name, section,
 * classification, variants, anchor]\` (core's \`CodeRow\`; the anchor, its heading on the English page,
 * only where it is not \`<code>-<name in lower case>\`). A variant is ${config.exchange.name}'s English text with
 * \`%s\` where the server puts a value: a lone plain \`default\` as its text alone, else \`[key, text, the
 * values' names in order, its own classification]\`. A variant with its own classification has its
 * own \`titles.<key>\` / \`hints.<key>\` in the namespace. The English texts' messages are these texts.
 */
const ROWS: readonly CodeRow[] = [
${rows.map((r) => `  ${JSON.stringify(r)},`).join('\n')}
];

let decoded: readonly GeneratedCode[] | undefined;

/** This part's codes, read from their rows once. */
export function codes(): readonly GeneratedCode[] {
  decoded ??= codesFromRows(ROWS, SECTIONS, CLASSES);
  return decoded;
}

/** This part's codes as a catalog of their own (what an error with one of these codes needs). */
export function catalog(zhTexts?: CatalogTexts) {
  return catalogFrom(${identityOf(config)}, DOCS_URL, codes(), zhTexts);
}
`;
}

/** What the engine reads errors with: the codes, and the catalog built from them. No texts. */
function renderCatalog(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex): string {
  const identity = { exchange: config.exchange.id, product: productIdOf(config), namespace: config.namespace };
  const { sections, classes, rows } = rowsOf(catalog, guidance);
  return `${config.header}
import { catalogFrom, codesFromRows, type ClassRow, type CodeRow, type GeneratedCode } from '@exchange-errors/core/internal';
import type { CatalogTexts } from '@exchange-errors/core';

/** The exchange's docs pages, per language; each code's anchor is its heading on the English one. */
const DOCS_URL = ${tsValue(catalog.docsUrl)} as const;

/** The documents' sections, in order. */
const SECTIONS = ${JSON.stringify(sections)};

/** Every classification of a code or a variant: \`[category, retryable, severity]\`. */
const CLASSES: readonly ClassRow[] = [
${classes.map((c) => `  ${JSON.stringify(c)},`).join('\n')}
];

/**
 * Every code of the documents, in document order: \`[code, name, section, classification, variants,
 * anchor]\` (core's \`CodeRow\`; the anchor, its heading on the English page, only where it is not
 * \`<code>-<name in lower case>\`). A variant is ${config.exchange.name}'s English text with \`%s\` where the
 * server puts a value: a lone plain \`default\` as its text alone, else \`[key, text, the values' names
 * in order, its own classification]\`. A variant with its own classification has its own
 * \`titles.<key>\` / \`hints.<key>\` in the namespace. The English texts' messages are these texts.
 */
const ROWS: readonly CodeRow[] = [
${rows.map((r) => `  ${JSON.stringify(r)},`).join('\n')}
];

/** Each code's name, its message variants and the values each takes, as types. */
export type CodeEntry =
${entryTypes(catalog)};

let decoded: readonly GeneratedCode[] | undefined;

/** The codes, read from their rows once. */
export function codes(): readonly GeneratedCode[] {
  decoded ??= codesFromRows(ROWS, SECTIONS, CLASSES);
  return decoded;
}

/**
 * The catalog as the engine takes it. Given the zh texts, its Chinese docs URLs point at the Chinese
 * page's own headings (the texts' \`docs\`); without them (the lazy module's catalog, fetched before any
 * texts, so that an English app downloads no Chinese) the formatter puts them in from the zh texts.
 */
export function catalog(zhTexts?: CatalogTexts) {
  return catalogFrom(${tsValue(identity).replace(/\n\s*/g, ' ')}, DOCS_URL, codes(), zhTexts);
}
`;
}

/** The parts' loaders: a chunk of its own, so that the lazy module stays small (literal imports, one chunk each). */
function renderPartsIndex(config: ProductConfig, languages: readonly string[] = LANGUAGES): string {
  const parts = Array.from({ length: PARTS }, (_, part) => part);
  const list = (file: (part: number) => string) =>
    `[\n${parts.map((part) => `  () => import('./${file(part)}.js'),`).join('\n')}\n]`;
  const others = languages.filter((lng) => lng !== 'en');
  const pick =
    others.map((lng) => `language === ${JSON.stringify(lng)} ? ${identifier(lng).toUpperCase()} : `).join('') + 'EN';
  return `${config.header}
import type { Catalog, CatalogTexts, Language } from '@exchange-errors/core';

const CATALOGS = ${list((part) => `catalog-${part}`)};

${languages.map((lng) => `const ${identifier(lng).toUpperCase()} = ${list((part) => `${lng}-${part}`)};`).join('\n\n')}

/** The catalog of one part's codes (core's \`codePart\`). */
export function catalogPart(part: number): Promise<Catalog> {
  const load = CATALOGS[part];
  return load ? load().then((m) => m.catalog()) : Promise.reject(new RangeError(\`no part \${part}\`));
}

/** One part's texts in \`language\`, with the keys that are not a code's. */
export function textsPart(language: Language, part: number): Promise<CatalogTexts> {
  const load = (${pick})[part];
  return load ? load().then((m) => m.default) : Promise.reject(new RangeError(\`no part \${part}\`));
}
`;
}

const RULE_TYPES =
  "\n/** The types of what its rules read (the `explain` option): the order, the symbol's exchangeInfo entry, … */\n" +
  "export type * from '../rules.js';\n";

function pathList(paths: readonly string[]): string {
  return paths.map((p) => `\`${p}\``).join(', ');
}

/** The lazy module: a few hundred bytes; the catalog, each language's texts and the rules load on first use. */
export function renderLazyModule(config: ProductConfig, languages: readonly string[] = LANGUAGES): string {
  const what = `${config.exchange.name} ${config.title} (${pathList(config.apiPrefixes)})`;
  // Literal import() per language, so that every bundler makes each its own chunk.
  const others = languages.filter((lng) => lng !== 'en');
  const texts =
    others
      .map((lng) => `language === ${JSON.stringify(lng)}\n      ? import('./locales/${lng}.js')\n      : `)
      .join('') + `import('./locales/en.js')`;
  const rules = config.rules ? `\n  loadRules: () => import('../rules.js').then((m) => m.rules),` : '';
  // The sectioned binding (Bybit) comes whole; the others also in parts (renderPartsIndex).
  const parts = config.sectioned
    ? ''
    : `\n  parts: ${PARTS},\n  loadCatalogPart: (part: number) => import('./parts/index.js').then((m) => m.catalogPart(part)),` +
      `\n  loadTextsPart: (language: Language, part: number) =>\n    import('./parts/index.js').then((m) => m.textsPart(language, part)),`;
  const chunks = config.rules
    ? "Its catalog, each language's texts and its rules"
    : "Its catalog and each language's texts";
  const nameDoc = config.sectioned
    ? `${config.exchange.name}'s page names no code: the name is always \`''\`.`
    : "Every code's name, e.g. `BAD_SYMBOL`.";
  return `${config.header}
import type { Language, ProductModule } from '@exchange-errors/core';
import { ${config.exchange.export} } from '${config.exchange.module}';
import type { CodeEntry as Entry } from './catalog.js';
import type en from './locales/en.js';

type EntryOf<C> = Extract<Entry, { code: C }>;

/** Every code in ${config.exchange.name}'s ${config.title} documents. */
export type ${config.typePrefix}ErrorCode = Entry['code'];

/** ${nameDoc} */
export type ${config.typePrefix}ErrorName = Entry['name'];

/** The message variants of one code (\`default\`, \`param\`, …). */
export type ${config.typePrefix}Variant<C extends ${config.typePrefix}ErrorCode = ${config.typePrefix}ErrorCode> =
  EntryOf<C>['variants'][number]['key'];

/** The named values one variant's message takes, e.g. \`{ param: string }\`. */
export type ${config.typePrefix}Values<C extends ${config.typePrefix}ErrorCode, V extends ${config.typePrefix}Variant<C>> = {
  readonly [P in Extract<EntryOf<C>['variants'][number], { key: V }>['params'][number]]: string;
};

/** The \`${config.namespace}\` namespace's shape, for an app's i18next \`CustomTypeOptions['resources']\`. */
export type ${config.typePrefix}Resource = typeof en;
${config.rules ? RULE_TYPES : ''}
/**
 * ${what}, as a lazy module: register it with the React kit (\`registerCatalogs(${config.exportName})\`) or
 * pass it to the engine's verbs after \`loadErrors\`. ${chunks}
 * are chunks of their own, fetched with the first error, in the trader's language only.
 */
export const ${config.exportName}: ProductModule = {
  exchange: ${config.exchange.export},
  product: ${JSON.stringify(productIdOf(config))},
  namespace: ${JSON.stringify(config.namespace)},
  paths: ${JSON.stringify(config.apiPrefixes)},
  languages: ${JSON.stringify(languages)},
  loadCatalog: () => import('./catalog.js').then((m) => m.catalog()),
  loadTexts: (language: Language) =>
    (${texts}).then((m) => m.default),${rules}${parts}
};
`;
}

/** The in-memory module: the same product with its catalog, every language and its rules loaded. */
export function renderEagerModule(config: ProductConfig, languages: readonly string[] = LANGUAGES): string {
  const imports = languages.map((lng) => `import ${identifier(lng)} from './locales/${lng}.js';`).join('\n');
  const texts = languages.map((lng) => `${JSON.stringify(lng)}: ${identifier(lng)}`).join(', ');
  const rulesImport = config.rules ? `\nimport { rules } from '../rules.js';` : '';
  return `${config.header}
import type { ProductModule } from '@exchange-errors/core';
import { catalog } from './catalog.js';
import { ${config.exportName} } from './index.js';
${imports}${rulesImport}

/**
 * ${config.exchange.name} ${config.title} with everything in memory: its catalog, its texts in every language${config.rules ? ' and its order\n * rules' : ''}.
 * For server rendering, Node services and tests: \`format(${config.exportName}Eager, error, { lng })\`.
 */
export const ${config.exportName}Eager: ProductModule = {
  ...${config.exportName},
  catalog: /* @__PURE__ */ catalog(zh),
  texts: { ${texts} },${config.rules ? '\n  rules,' : ''}
};
`;
}

function identifier(lng: string): string {
  return lng.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

/** The documents' own data for tools (a catalog browser, a report): JSON, so it costs an app nothing. */
function renderData(config: ProductConfig, catalog: Catalog, guidance: GuidanceIndex): string {
  const data = {
    exchange: config.exchange.export,
    product: productIdOf(config),
    namespace: config.namespace,
    source: sourceOf(catalog),
    sections: catalog.sections,
    codes: codesOf(catalog, guidance),
    zhOrigin: zhOrigins(catalog),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A resource's shape as a type: the same keys, every text a string. */
function shapeOf(node: unknown, indent: string): string {
  if (typeof node !== 'object' || node === null) return 'string';
  const inner = `${indent}  `;
  const fields = Object.entries(node).map(
    ([key, value]) => `${inner}readonly ${JSON.stringify(key)}: ${shapeOf(value, inner)};`,
  );
  return `{\n${fields.join('\n')}\n${indent}}`;
}

/** The English texts without each code's messages: the catalog holds them (core's \`withServerMessages\` puts them back). */
function withoutMessages(resource: Record<string, unknown>): Record<string, unknown> {
  const codes = resource['codes'] as Record<string, Record<string, unknown>>;
  return {
    ...resource,
    codes: Object.fromEntries(
      Object.entries(codes).map(([code, node]) => [
        code,
        Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'messages')),
      ]),
    ),
  };
}

/** Every English message is the catalog's server text with its values named in order; else the English module would read wrong. */
function checkMessagesAreServer(catalog: Catalog, resource: Record<string, unknown>): void {
  const codes = resource['codes'] as Record<string, { messages?: Record<string, unknown> }>;
  for (const entry of catalog.codes) {
    for (const v of entry.variants) {
      const message = codes[String(entry.code)]?.messages?.[v.key];
      if (message !== nameTemplate(v.server, v.params))
        throw new CatalogError(
          `${entry.code}.${v.key}: the English message is not the server's text with its values named (${JSON.stringify(message)}); the English module rebuilds it from the catalog`,
        );
    }
  }
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', zh: 'Chinese' };

/** Part `part` of a resource's codes (those of the catalog's part), in document order. */
function codesOfPart(catalog: Catalog, resource: Record<string, unknown>, part: number): Record<string, unknown> {
  const codes = resource['codes'] as Record<string, unknown>;
  return Object.fromEntries(
    catalogPart(catalog, part).codes.map((entry) => [String(entry.code), codes[String(entry.code)]]),
  );
}

function keysType(catalog: Catalog, part: number): string {
  const keys = catalogPart(catalog, part).codes.map((entry) => JSON.stringify(String(entry.code)));
  return `Pick<Texts['codes'], ${keys.length > 0 ? keys.join(' | ') : 'never'}>`;
}

/**
 * Keys the parts leave out: the codes (each part has its own) and the explanations' sentences, read
 * only with a product's order rules (an app that explains errors loads the whole texts with them).
 */
const NOT_COMMON = ['codes', 'explain'];

/** The keys of the namespace a toast reads that are not a code's (fallbacks, categories, …): every part's texts carry them. */
function renderTextsCommon(config: ProductConfig, lng: Language, resource: Record<string, unknown>): string {
  const rest = Object.fromEntries(Object.entries(resource).filter(([key]) => !NOT_COMMON.includes(key)));
  const omitted = NOT_COMMON.map((key) => JSON.stringify(key)).join(' | ');
  const type =
    lng === 'en'
      ? `Omit<Texts, ${omitted}>`
      : `Omit<Texts, ${omitted}> & { readonly docs?: Readonly<Record<string, string>> }`;
  return `${config.header}import type { Texts } from '../locales/en.js';

/** The \`${config.namespace}\` namespace in ${LANGUAGE_NAMES[lng] ?? lng}: every key a toast reads that is not a code's. */
const common: ${type} = ${tsValue(rest)};

export default common;
`;
}

/** One part's texts: its codes' (the catalog's part), with the keys that are not a code's. */
function renderTextsPart(
  config: ProductConfig,
  catalog: Catalog,
  lng: Language,
  resource: Record<string, unknown>,
  part: number,
): string {
  const codes = codesOfPart(catalog, resource, part);
  const tail = `
/** Part ${part}'s texts, with the keys of the namespace a toast reads that are not a code's. */
const texts = { ...common, codes };

export default texts;
`;
  if (lng === 'en') {
    const own = withoutMessages({ codes })['codes'];
    return `${config.header}import { withServerMessages } from '@exchange-errors/core/internal';
import type { Texts } from '../locales/en.js';
import { codes as catalogCodes } from './catalog-${part}.js';
import common from './en-common.js';

type Codes = ${keysType(catalog, part)};

/**
 * The English texts of the codes whose number (without its sign) modulo ${PARTS} is ${part}. Each code's
 * messages are the catalog's own texts (${config.exchange.name}'s English, the server's): one copy of
 * each, put in when this module loads.
 */
export const codes: Codes = withServerMessages<{ readonly codes: Codes }>(${tsValue({ codes: own })}, catalogCodes()).codes;
${tail}`;
  }
  return `${config.header}import type { Texts } from '../locales/en.js';
import common from './${lng}-common.js';

/** The ${LANGUAGE_NAMES[lng] ?? lng} texts of the codes whose number (without its sign) modulo ${PARTS} is ${part}. */
export const codes: ${keysType(catalog, part)} = ${tsValue(codes)};
${tail}`;
}

function renderResourceModule(config: ProductConfig, lng: Language, resource: Record<string, unknown>): string {
  if (lng === 'en') {
    return `${config.header}import { withServerMessages } from '@exchange-errors/core/internal';
import { codes } from '../catalog.js';

/** The \`${config.namespace}\` namespace's shape: the same keys in every language. */
export type Texts = ${shapeOf(resource, '')};

/**
 * The \`${config.namespace}\` namespace in English. Each code's messages are the catalog's own texts
 * (${config.exchange.name}'s English, the server's): one copy of each, put in when this module loads.
 */
const en: Texts = withServerMessages(${tsValue(withoutMessages(resource))}, codes());

export default en;
`;
  }
  // Other languages are typed by English, so a key missing from a translation does not compile;
  // beside the texts they may carry their docs page's own anchors (\`docs\`, link data).
  return `${config.header}import type en from './en.js';

/** The \`${config.namespace}\` namespace in Chinese. */
const ${lng}: typeof en & { readonly docs?: Readonly<Record<string, string>> } = ${tsValue(resource)};

export default ${lng};
`;
}

/** The namespace per language, as the package ships it. */
export function resourcesOf(catalog: Catalog, inputs: ProductInputs): Record<Language, Record<string, unknown>> {
  return buildResources(catalog, new GuidanceIndex(catalog, inputs.guidance), inputs.texts);
}

/** Every generated file, path relative to the package root, with its exact contents. */
export function renderAll(config: ProductConfig, catalog: Catalog, inputs: ProductInputs): Map<string, string> {
  if (config.sectioned === true) return renderSectioned(config, catalog, inputs);
  const guidance = new GuidanceIndex(catalog, inputs.guidance);
  const resources = buildResources(catalog, guidance, inputs.texts);
  checkMessagesAreServer(catalog, resources.en);
  const files = new Map<string, string>();
  for (const lng of LANGUAGES) {
    files.set(`locales/${lng}/${config.namespace}.json`, `${JSON.stringify(resources[lng], null, 2)}\n`);
    files.set(`src/generated/locales/${lng}.ts`, renderResourceModule(config, lng, resources[lng]));
    files.set(`src/generated/parts/${lng}-common.ts`, renderTextsCommon(config, lng, resources[lng]));
    for (let part = 0; part < PARTS; part++)
      files.set(`src/generated/parts/${lng}-${part}.ts`, renderTextsPart(config, catalog, lng, resources[lng], part));
  }
  for (let part = 0; part < PARTS; part++)
    files.set(`src/generated/parts/catalog-${part}.ts`, renderCatalogPart(config, catalog, guidance, part));
  files.set('src/generated/parts/index.ts', renderPartsIndex(config));
  files.set('src/generated/catalog.ts', renderCatalog(config, catalog, guidance));
  files.set('src/generated/index.ts', renderLazyModule(config));
  files.set('src/generated/eager.ts', renderEagerModule(config));
  files.set('data.json', renderData(config, catalog, guidance));
  return files;
}
