/**
 * `tsx src/report.ts`          prints the fidelity report (per-product table, then every detection).
 * `tsx src/report.ts --write`  writes it to REPORT.md.
 * `tsx src/report.ts --check`  writes nothing; exits 1 when REPORT.md is missing or differs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRODUCTS } from './model.js';
import { pairProduct, type ProductPairing } from './pair.js';
import { renderReport } from './report-render.js';
import { loadProduct } from './sources.js';
import { catalogOf } from './build/generate.js';
import { GENERATED_PRODUCTS } from './build/registry.js';
import { summarize } from './build/summary.js';

export const REPORT_PATH = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'REPORT.md');

export function pairAll(): ProductPairing[] {
  return PRODUCTS.map((product) => {
    const { en, zh } = loadProduct(product);
    return pairProduct(en, zh);
  });
}

export function currentReport(): string {
  return renderReport(
    pairAll(),
    GENERATED_PRODUCTS.map((product) => summarize(catalogOf(product))),
  );
}

function main(argv: readonly string[]): number {
  let report: string;
  try {
    report = currentReport();
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (argv.includes('--check')) {
    const written = existsSync(REPORT_PATH) ? readFileSync(REPORT_PATH, 'utf8') : null;
    if (written !== report) {
      console.error(
        'report --check: REPORT.md is out of date; run `pnpm --filter @exchange-errors/catalog-generator generate`',
      );
      return 1;
    }
    console.log('report --check: REPORT.md is current');
    return 0;
  }
  if (argv.includes('--write')) {
    writeFileSync(REPORT_PATH, report);
    console.log(`wrote ${REPORT_PATH}`);
    return 0;
  }
  process.stdout.write(report);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
