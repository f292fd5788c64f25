/**
 * The tests a sectioned product (Bybit) runs on its generated catalog, as describeProduct does for
 * Binance's: files current; the three languages with the same keys and placeholders; fidelity to both
 * documents (every en row a template of the catalog, Bybit's Chinese verbatim where it is Bybit's, ours
 * and fixed exactly where the table says, the Simplified the conversion of the Traditional); every
 * template recognizable; meanings cover every section that lists a code; the Chinese we own (and the
 * Simplified conversion of all of it) reads as written by a native speaker; no Simplified character
 * left on the Traditional side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { latinWords, spacedPunctuation, strayLatinWords } from '../../../../scripts/zh-text.mjs';
import { catalogOf, generatedFiles, generateProduct } from '../build/generate.js';
import type { CatalogVariant } from '../build/model.js';
import { placeholdersOf } from '../build/placeholders.js';
import { PRODUCT_CONFIGS } from '../build/products.js';
import { inputsOf } from '../build/registry.js';
import { SECTIONED_LANGUAGES } from '../build/sectioned-emit.js';
import { isZhOurs } from '../curate/overrides.js';
import { HansConverter } from '../convert.js';
import type { Product } from '../model.js';
import { pairProduct } from '../pair.js';
import { readTemplate } from '../placeholders.js';
import { loadProduct, REPO_ROOT } from '../sources.js';
import { fillNamed, fillPercent } from './product-suite.js';

type Tree = { readonly [key: string]: Tree | string };

function leaves(node: Tree | string, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') return out.set(prefix, node);
  for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const sample = (name: string, index: number): string => `<${name}-${index}>`;

/**
 * Latin words the Chinese we write for Bybit keeps: its brand, app and API names, the acronyms its own
 * Chinese page keeps (LTV, UTA, PM, IM/MM, RPI, POV, TWAP, KYB, APR), and parameter names a title or
 * hint quotes. A word written as code (camelCase, ALL CAPS, or with a digit) is allowed anywhere.
 */
const BYBIT_TERMS = [
  'Bybit',
  'App',
  'OpenAPI',
  'TR',
  'Pro',
  'LTV',
  'UTA',
  'PM',
  'IM',
  'MM',
  'RPI',
  'POV',
  'TWAP',
  'KYB',
  'APR',
  'USDC',
  'ETP',
  'UID',
  'VIP',
  'Post',
  'Only',
  'post',
  'only',
  'webhook',
  'memo',
  'tag',
  'tick',
  'note',
  'category',
  'symbol',
  'side',
  'limit',
  'cursor',
  'begin',
  'end',
  'interval',
  'copy',
  'pro',
  'uta',
  'uid',
  'settleCoin',
  'Buy',
  'Sell',
];

function codeLike(text: string): string[] {
  return latinWords(text).filter((w) => /[A-Z]/.test(w.slice(1)) || /\d/.test(w) || w === w.toUpperCase());
}

function ownsWords(text: string, server: string): string[] {
  return strayLatinWords(text, [
    ...BYBIT_TERMS,
    ...codeLike(text),
    ...latinWords(server.replace(/[^`]*`([^`]*)`[^`]*/g, ' $1 ')),
  ]);
}

/** Characters only Simplified Chinese writes: OpenCC changes them going to Traditional, and keeps them going back. */
let converters: { toHant: (text: string) => string; toHans: (text: string) => string } | undefined;

function simplifiedOnly(text: string): string[] {
  converters ??= {
    toHant: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    toHans: OpenCC.Converter({ from: 'tw', to: 'cn' }),
  };
  const { toHant, toHans } = converters;
  return [...text].filter((c) => /\p{Script=Han}/u.test(c) && toHant(c) !== c && toHans(c) === c);
}

/**
 * Characters that OpenCC's Simplified-only test flags but Traditional writes too (平台, 下游, 核准): the
 * zh-TW page uses them, and so do Taiwan's dictionaries.
 */
const ALSO_TRADITIONAL = new Set(['台', '游', '准']);

export function describeSectionedProduct(product: Product): void {
  const config = PRODUCT_CONFIGS[product];
  const dir = join(REPO_ROOT, config.packageDir);
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  const catalog = catalogOf(product);
  const { en: enDoc, zh: zhDoc } = loadProduct(product);
  const pairing = pairProduct(enDoc, zhDoc);
  const { overrides } = inputsOf(product);
  const locales = Object.fromEntries(
    SECTIONED_LANGUAGES.map((lng) => [lng, JSON.parse(read(`locales/${lng}/${config.namespace}.json`)) as Tree]),
  ) as Record<(typeof SECTIONED_LANGUAGES)[number], Tree>;
  const messageOf = (lng: (typeof SECTIONED_LANGUAGES)[number], code: number, key: string): string => {
    const node = (locales[lng]['codes'] as Tree)[String(code)] as Tree | undefined;
    const text = (node?.['messages'] as Tree | undefined)?.[key];
    return typeof text === 'string' ? text : '';
  };
  const variantsOf = (code: number): readonly CatalogVariant[] =>
    catalog.codes.find((c) => c.code === code)?.variants ?? [];

  describe(`${product}: the generated files`, () => {
    it.each([...generatedFiles(product)])('%s is current (run `pnpm generate` after a change)', (path, contents) => {
      expect(read(path)).toBe(contents);
    });

    it('nothing else is out of date (generate --check)', () => {
      expect(generateProduct(product, { check: true }).changed).toEqual([]);
    });
  });

  describe(`${product}: every language complete`, () => {
    // Texts only: `docs` (the Chinese page's anchors) is link data.
    const textsOf = (lng: (typeof SECTIONED_LANGUAGES)[number]) => {
      const { docs: _docs, ...texts } = locales[lng];
      return leaves(texts);
    };
    const en = textsOf('en');

    it.each(SECTIONED_LANGUAGES.filter((l) => l !== 'en'))('%s has the keys of en', (lng) => {
      expect([...textsOf(lng).keys()].sort()).toEqual([...en.keys()].sort());
    });

    it.each(SECTIONED_LANGUAGES.filter((l) => l !== 'en'))(
      '%s carries only the Chinese page’s anchors of the English page’s sections, free of white space and #',
      (lng) => {
        const docs = (locales[lng]['docs'] ?? {}) as Tree;
        const english = new Set(catalog.sections.map((s) => s.anchor.en));
        for (const [anchor, zh] of Object.entries(docs)) {
          expect(english.has(anchor), anchor).toBe(true);
          expect(zh, anchor).toMatch(/^[^\s#]+$/);
        }
        expect(Object.keys(docs).length).toBeGreaterThan(0);
      },
    );

    it.each(SECTIONED_LANGUAGES)('%s uses the placeholders of en in every text, and has no empty text', (lng) => {
      const texts = textsOf(lng);
      const differing = [...en].flatMap(([key, text]) => {
        const a = placeholdersOf(text).sort().join();
        const b = placeholdersOf(texts.get(key) ?? '')
          .sort()
          .join();
        return a === b ? [] : [`${key}: en {${a}} ${lng} {${b}}`];
      });
      expect(differing).toEqual([]);
      for (const [key, text] of texts) expect(text.trim(), key).not.toBe('');
    });
  });

  describe(`${product}: fidelity to Bybit's documents`, () => {
    const omitted = new Set(
      Object.entries(overrides.OVERRIDES)
        .filter(([, o]) => o.omit)
        .map(([code]) => Number(code)),
    );

    it('every en row is a template of its code, and the en text is its server text with names', () => {
      const problems: string[] = [];
      for (const paired of pairing.codes) {
        if (omitted.has(paired.code)) continue;
        const override = overrides.OVERRIDES[paired.code];
        const variants = variantsOf(paired.code);
        for (const item of paired.variants) {
          const split = override?.split?.find((s) => s.text === item.en.text);
          const parts = split
            ? item.en.text.split(split.separator).map((p) => readTemplate(p.trim()).template)
            : [item.en.template];
          for (const template of parts) {
            const fix = Object.values(override?.byVariant ?? {}).find((v) => v.en?.expectedSource === item.en.text)?.en;
            const server = fix ? fix.template : template;
            const variant = variants.find((v) => v.server === server);
            if (!variant) {
              problems.push(`${paired.code}: no variant for "${server}"`);
              continue;
            }
            const values = variant.params.map(sample);
            const named = Object.fromEntries(variant.params.map((p, j) => [p, sample(p, j)]));
            // A name the text repeats is one value: fill every %s of that name with its first sample.
            const byName = variant.params.map((p) => named[p] ?? '');
            const filledEn = fillNamed(messageOf('en', paired.code, variant.key), named);
            if (filledEn !== fillPercent(variant.server, byName))
              problems.push(`${paired.code}.${variant.key}: en text differs`);
            if (new Set(variant.params).size === variant.params.length && filledEn !== fillPercent(server, values))
              problems.push(`${paired.code}.${variant.key}: template differs`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it("uses Bybit's Chinese verbatim where it is Bybit's, ours and fixes exactly where the table says", () => {
      const problems: string[] = [];
      for (const code of catalog.codes) {
        for (const variant of code.variants) {
          const fix = overrides.OVERRIDES[code.code]?.byVariant?.[variant.key]?.zh;
          const zh = messageOf('zh-Hant', code.code, variant.key);
          if (fix && (isZhOurs(fix) || fix.template !== undefined)) {
            if (zh !== fix.template) problems.push(`${code.code}.${variant.key}: not the table's text`);
            if (variant.zhOrigin !== (isZhOurs(fix) ? 'ours' : 'fixed'))
              problems.push(`${code.code}.${variant.key}: origin`);
          } else {
            const source = readTemplate(variant.zhSource ?? '').template;
            const named = Object.fromEntries(variant.params.map((p, j) => [p, sample(p, j)]));
            if (
              fillNamed(zh, named) !==
              fillPercent(
                source.replace(/\*\*/g, ''),
                variant.params.map((p) => named[p] ?? ''),
              )
            )
              problems.push(`${code.code}.${variant.key}: not Bybit's text: ${zh} / ${variant.zhSource ?? ''}`);
            if (variant.zhOrigin !== 'binance')
              problems.push(`${code.code}.${variant.key}: origin ${variant.zhOrigin}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('writes each Simplified message as the conversion of its Traditional one, or as the table says', () => {
      const converter = new HansConverter(overrides.PHRASE_FIXES ?? []);
      for (const code of catalog.codes) {
        for (const variant of code.variants) {
          const where = `${code.code}.${variant.key}`;
          const fix = overrides.OVERRIDES[code.code]?.byVariant?.[variant.key]?.hans;
          const converted = converter.convert(messageOf('zh-Hant', code.code, variant.key)).text;
          expect(messageOf('zh', code.code, variant.key), where).toBe(fix ? fix.template : converted);
          if (fix) expect(fix.expected, where).toBe(converted);
        }
      }
    });

    it('says where each Chinese message comes from (data.json `zhOrigin`, `zhHansOrigin`), as the catalog built it', () => {
      const data = JSON.parse(read('data.json')) as {
        zhOrigin: Record<string, Record<string, string>>;
        zhHansOrigin: Record<string, Record<string, string>>;
      };
      for (const code of catalog.codes) {
        expect(data.zhOrigin[String(code.code)], String(code.code)).toEqual(
          Object.fromEntries(code.variants.map((v) => [v.key, v.zhOrigin === 'binance' ? 'bybit' : v.zhOrigin])),
        );
        expect(data.zhHansOrigin[String(code.code)], String(code.code)).toEqual(
          Object.fromEntries(code.variants.map((v) => [v.key, v.hans?.origin])),
        );
      }
    });

    it("gives every section that lists a code a meaning of it, with that section's messages", () => {
      for (const [index, paired] of pairing.codes.entries()) {
        if (omitted.has(paired.code)) continue;
        const entry = catalog.codes.find((c) => c.code === paired.code);
        const section = catalog.sections[enDoc.codes[index]?.section ?? -1]?.id ?? '';
        const meaning = entry?.meanings?.find((m) => m.sections.includes(section));
        expect(meaning, `${paired.code} in ${section}`).toBeDefined();
        for (const key of meaning?.variants ?? []) {
          expect(entry?.variants.find((v) => v.key === key)?.sections, `${paired.code}.${key}`).toContain(section);
        }
      }
    });
  });

  describe(`${product}: every template can be recognized`, () => {
    const pattern = (server: string): RegExp => {
      const body = server.replace(/\.$/, '');
      const source = body
        .split(/(['`"]?%s['`"]?)/)
        .map((part, i) => (i % 2 === 1 ? `['\`"]?(.+?)['\`"]?` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      return new RegExp(`^${source}\\.?$`, 's');
    };

    it('no two variants of one code share a server text, and each filled text is recognized by its variant only', () => {
      const problems: string[] = [];
      for (const code of catalog.codes) {
        const texts = code.variants.map((v) => v.server);
        if (new Set(texts).size !== texts.length) problems.push(`${code.code}: two variants share a text`);
        for (const variant of code.variants) {
          const message = fillPercent(
            variant.server,
            variant.params.map((p) => `v${p.length}x`),
          );
          const hits = code.variants.filter((v) => pattern(v.server).test(message));
          if (!hits.includes(variant)) problems.push(`${code.code}.${variant.key}: not recognized`);
          const rivals = hits.filter((v) => v !== variant && v.params.length <= variant.params.length);
          if (rivals.length > 0)
            problems.push(`${code.code}.${variant.key}: also ${rivals.map((v) => v.key).join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe(`${product}: the Chinese we own reads as a native speaker writes`, () => {
    const problems: string[] = [];
    const check = (where: string, text: string, server = ''): void => {
      for (const word of ownsWords(text, server)) problems.push(`${where}: "${word}" in ${text}`);
      for (const gap of spacedPunctuation(text)) problems.push(`${where}: space "${gap}" in ${text}`);
    };
    for (const lng of ['zh-Hant', 'zh'] as const) {
      // The engine's own texts (category labels, fallbacks, value words): ours in both.
      for (const group of ['categories', 'fallback', 'present']) {
        for (const [key, text] of leaves((locales[lng][group] ?? {}) as Tree)) check(`${lng} ${group}.${key}`, text);
      }
      const codes = locales[lng]['codes'] as Tree;
      for (const code of catalog.codes) {
        const node = codes[String(code.code)] as Tree;
        check(`${lng} ${code.code} title`, String(node['title']));
        check(`${lng} ${code.code} hint`, String(node['hint']));
        for (const [key, text] of leaves((node['titles'] ?? {}) as Tree))
          check(`${lng} ${code.code}.${key} title`, text);
        for (const [key, text] of leaves((node['hints'] ?? {}) as Tree)) check(`${lng} ${code.code}.${key} hint`, text);
        for (const variant of code.variants) {
          if (variant.zhOrigin !== 'ours') continue;
          check(`${lng} ${code.code}.${variant.key} message`, messageOf(lng, code.code, variant.key), variant.server);
        }
      }
    }

    it('has no stray English word and no spaced full-width punctuation in our titles, hints and messages, Traditional and Simplified', () => {
      expect(problems).toEqual([]);
    });

    it('leaves no Simplified-only character in the Traditional namespace', () => {
      const found: string[] = [];
      for (const [key, text] of leaves(locales['zh-Hant'])) {
        const chars = simplifiedOnly(text).filter((c) => !ALSO_TRADITIONAL.has(c));
        if (chars.length > 0) found.push(`${key}: ${chars.join('')} in ${text}`);
      }
      expect(found).toEqual([]);
    });
  });
}
