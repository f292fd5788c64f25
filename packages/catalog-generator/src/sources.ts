/**
 * The vendored documents, per product: where each lives in the repository. Each product's future
 * package owns its `source/` folder; this list is the generator's only knowledge of the layout.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, ParsedDocument, Product } from './model.js';
import { parseDocuments } from './parse.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface SourceFile {
  readonly product: Product;
  /** Path from the repository root. */
  readonly path: string;
  /** The languages the file holds (the Options file holds both). */
  readonly languages: readonly Language[];
}

export const SOURCE_FILES: readonly SourceFile[] = [
  {
    product: 'options',
    path: 'packages/binance-options/source/binance-options-error-code.md',
    languages: ['en', 'zh'],
  },
  { product: 'spot', path: 'packages/binance-spot/source/binance-spot-error-code.en.md', languages: ['en'] },
  { product: 'spot', path: 'packages/binance-spot/source/binance-spot-error-code.zh.md', languages: ['zh'] },
  { product: 'usdm', path: 'packages/binance-usdm/source/binance-usdm-error-code.en.md', languages: ['en'] },
  { product: 'usdm', path: 'packages/binance-usdm/source/binance-usdm-error-code.zh.md', languages: ['zh'] },
  { product: 'coinm', path: 'packages/binance-coinm/source/binance-coinm-error-code.en.md', languages: ['en'] },
  { product: 'coinm', path: 'packages/binance-coinm/source/binance-coinm-error-code.zh.md', languages: ['zh'] },
  { product: 'pm', path: 'packages/binance-pm/source/binance-pm-error-code.en.md', languages: ['en'] },
  { product: 'pm', path: 'packages/binance-pm/source/binance-pm-error-code.zh.md', languages: ['zh'] },
  { product: 'bybit', path: 'packages/bybit/source/bybit-v5-error-code.en.md', languages: ['en'] },
  { product: 'bybit', path: 'packages/bybit/source/bybit-v5-error-code.zh-TW.md', languages: ['zh'] },
];

export function readSource(file: SourceFile, root = REPO_ROOT): string {
  return readFileSync(join(root, file.path), 'utf8');
}

/** Both language copies of a product, parsed; a file whose product or languages differ from the list is an error. */
export function loadProduct(product: Product, root = REPO_ROOT): Record<Language, ParsedDocument> {
  const found: Partial<Record<Language, ParsedDocument>> = {};
  for (const file of SOURCE_FILES.filter((f) => f.product === product)) {
    for (const document of parseDocuments(readSource(file, root))) {
      if (document.product !== product || !file.languages.includes(document.language)) {
        throw new Error(
          `${file.path}: expected ${product} ${file.languages.join('+')}, read ${document.product} ${document.language}`,
        );
      }
      found[document.language] = document;
    }
  }
  if (!found.en || !found.zh) throw new Error(`${product}: needs an en and a zh document`);
  return { en: found.en, zh: found.zh };
}
