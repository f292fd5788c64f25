/**
 * Which product a document describes, from what its front matter says: the `product` field, else the
 * source URL's path. The same code means different things per product, so a document whose product
 * cannot be told is an error rather than a guess.
 */
import type { Product } from './model.js';

/** Words Binance and the mirrors use for each product, in `product` fields and URL paths. */
const PRODUCT_WORDS: readonly (readonly [Product, readonly string[]])[] = [
  ['options', ['options', 'options-trading', 'european-options']],
  ['spot', ['spot', 'binance-spot-api-docs']],
  ['usdm', ['usds-m-futures', 'usds-margined-futures', 'usdm', 'um-futures']],
  ['coinm', ['coin-m-futures', 'coin-margined-futures', 'coinm', 'cm-futures']],
  ['pm', ['portfolio-margin', 'pm', 'papi']],
];

function productOfWord(word: string): Product | undefined {
  const lower = word.toLowerCase();
  return PRODUCT_WORDS.find(([, words]) => words.includes(lower))?.[0];
}

export function productOf(frontMatter: Readonly<Record<string, string>>): Product | undefined {
  // Bybit documents every product of its v5 API on one page: the exchange is the product.
  if (frontMatter['exchange']?.trim().toLowerCase() === 'bybit') return 'bybit';
  const declared = frontMatter['product'];
  if (declared !== undefined) return productOfWord(declared);
  const url = frontMatter['source_url'];
  if (url === undefined) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const segment of path.split('/')) {
    const product = productOfWord(segment);
    if (product) return product;
  }
  return undefined;
}

/** The REST path prefixes of each product: a message naming another product's endpoint is suspect. */
export const API_PREFIXES: Readonly<Record<Product, readonly string[]>> = {
  options: ['eapi'],
  spot: ['api', 'sapi'],
  usdm: ['fapi'],
  coinm: ['dapi'],
  pm: ['papi'],
  bybit: ['v5'],
};

/** `/fapi/v1/listenKey`-shaped paths in a text, in order. */
export function apiPathsOf(text: string): string[] {
  return [...text.matchAll(/\/([a-z]+)\/v\d+(?:\/[A-Za-z0-9_]+)*/g)].map((match) => match[0]);
}
