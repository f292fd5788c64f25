/**
 * `generate`         writes locales/ and src/generated/ from source/, curated/ and scripts/overrides.ts.
 * `generate --check` writes nothing; exits 1 if any generated file is missing or differs.
 * The generator is the one every product uses: @exchange-errors/catalog-generator.
 */
import { main } from '@exchange-errors/catalog-generator/cli';

process.exitCode = main(['--product', 'bybit', ...process.argv.slice(2)]);
