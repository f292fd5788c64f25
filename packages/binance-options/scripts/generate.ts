/**
 * `generate`         writes the catalogs and metadata from source/ and curated/.
 * `generate --check` writes nothing; exits 1 if any generated file is missing or differs.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from './build-catalog.js';
import { renderAll } from './emit.js';
import { parseSource } from './parse-source.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_PATH = join(root, 'source', 'binance-options-error-code.md');

export function generatedFiles(): Map<string, string> {
  return renderAll(buildCatalog(parseSource(readFileSync(SOURCE_PATH, 'utf8'))));
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let files: Map<string, string>;
  try {
    files = generatedFiles();
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const stale: string[] = [];
  for (const [path, contents] of files) {
    const full = join(root, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
    if (current === contents) continue;
    if (check) {
      stale.push(path);
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, contents);
      console.log(`wrote ${path}`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`generate --check: out of date: ${stale.join(', ')}\nrun \`pnpm --filter @exchange-errors/binance-options generate\``);
      return 1;
    }
    console.log(`generate --check: ${files.size} generated files are current`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
