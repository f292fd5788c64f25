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
    (${texts}).then((m) => m.default),${rules}
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
  }
  files.set('src/generated/catalog.ts', renderCatalog(config, catalog, guidance));
  files.set('src/generated/index.ts', renderLazyModule(config));
  files.set('src/generated/eager.ts', renderEagerModule(config));
  files.set('data.json', renderData(config, catalog, guidance));
  return files;
}
