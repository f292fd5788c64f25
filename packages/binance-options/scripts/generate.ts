/**
 * `generate`         writes the catalogs and metadata from source/, curated/ and scripts/overrides.ts.
 * `generate --check` writes nothing; exits 1 if any generated file is missing or differs.
 *
 * The generator is the one every product package uses (@exchange-errors/catalog-generator); this
 * package keeps its inputs: the vendored document, curated/ and the override table.
 */
import { main } from '@exchange-errors/catalog-generator/cli';

process.exitCode = main(['--product', 'options', ...process.argv.slice(2)]);
