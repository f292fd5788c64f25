/**
 * One product's generated files, from its vendored documents and its package's inputs; writing them,
 * or checking that the package's copies are current.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Product } from '../model.js';
import { pairProduct } from '../pair.js';
import { loadProduct, REPO_ROOT } from '../sources.js';
import { buildCatalog } from './catalog.js';
import { buildSectionedCatalog } from './sectioned.js';
import { renderAll } from './emit.js';
import type { Catalog } from './model.js';
import { PRODUCT_CONFIGS, type ProductConfig } from './products.js';
import { inputsOf } from './registry.js';
import { summarize, withReadmeSummary } from './summary.js';

/** The product's catalog, built from its documents, their pairing and its override table. */
export function catalogOf(product: Product, root = REPO_ROOT): Catalog {
  const config = PRODUCT_CONFIGS[product];
  const { en, zh } = loadProduct(product, root);
  const build = config.sectioned === true ? buildSectionedCatalog : buildCatalog;
  return build({
    en,
    zh,
    pairing: pairProduct(en, zh),
    overrides: inputsOf(product).overrides,
    ...(config.docsUrl ? { docsUrl: config.docsUrl } : {}),
  });
}

/** Every generated file of the product, path relative to its package. */
export function generatedFiles(product: Product, root = REPO_ROOT): Map<string, string> {
  return renderAll(PRODUCT_CONFIGS[product], catalogOf(product, root), inputsOf(product));
}

export interface Outcome {
  readonly config: ProductConfig;
  /** Files that differ from (or are missing in) the package: written, or (with `check`) stale. */
  readonly changed: readonly string[];
  readonly total: number;
}

/**
 * Writes the product's generated files, or with `check` only compares them; the summary block of its
 * README (between the `catalog-summary` markers, when it has them) is generated too.
 */
export function generateProduct(product: Product, { check = false, root = REPO_ROOT } = {}): Outcome {
  const config = PRODUCT_CONFIGS[product];
  const catalog = catalogOf(product, root);
  const files = renderAll(config, catalog, inputsOf(product));
  const readmePath = join(root, config.packageDir, 'README.md');
  if (existsSync(readmePath)) {
    const readme = withReadmeSummary(readFileSync(readmePath, 'utf8'), summarize(catalog));
    if (readme !== null) files.set('README.md', readme);
  }
  const changed: string[] = [];
  for (const [path, contents] of files) {
    const full = join(root, config.packageDir, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
    if (current === contents) continue;
    changed.push(path);
    if (!check) {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, contents);
    }
  }
  return { config, changed, total: files.size };
}
