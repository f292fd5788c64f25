/**
 * `generate [--product X] [--check]`: writes every product's generated files (or one product's), or
 * with `--check` writes nothing and exits 1 when any is missing or differs (CI). Exit 2: the documents
 * and the product's inputs disagree (the message says where).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProduct } from './build/generate.js';
import { GENERATED_PRODUCTS } from './build/registry.js';
import { PRODUCTS, type Product } from './model.js';

export function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const at = argv.indexOf('--product');
  let products: readonly Product[] = GENERATED_PRODUCTS;
  if (at >= 0) {
    const wanted = argv[at + 1];
    if (!wanted || !(PRODUCTS as readonly string[]).includes(wanted)) {
      console.error(`generate: --product takes one of ${PRODUCTS.join(', ')}`);
      return 2;
    }
    products = [wanted as Product];
  }
  const unknown = argv.filter((arg, i) => arg !== '--check' && arg !== '--product' && argv[i - 1] !== '--product');
  if (unknown.length > 0) {
    console.error(`generate: unknown argument ${unknown.join(' ')} (usage: generate [--product X] [--check])`);
    return 2;
  }
  let stale = false;
  for (const product of products) {
    let outcome;
    try {
      outcome = generateProduct(product, { check });
    } catch (error) {
      console.error(`generate ${product}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    const { config, changed, total } = outcome;
    if (check && changed.length > 0) {
      stale = true;
      console.error(
        `generate --check ${product}: out of date: ${changed.join(', ')}\nrun \`pnpm --filter ${config.packageName} generate\``,
      );
    } else if (check) {
      console.log(`generate --check ${product}: ${total} generated files are current`);
    } else {
      for (const path of changed) console.log(`wrote ${config.packageDir}/${path}`);
      if (changed.length === 0) console.log(`generate ${product}: ${total} generated files already current`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
