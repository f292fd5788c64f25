/**
 * The products an app that trades more than Options registers, for the Products stories: every
 * product's in-memory module, imported from its package as an app imports it. The component stories
 * are an Options-only app (./i18n.ts); these stories register all five for themselves and put the
 * Options-only registration back when they end, so moving between stories never leaves one app's
 * products in another's.
 */
import { binanceCoinmEager } from '@exchange-errors/binance-coinm/eager';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binancePmEager } from '@exchange-errors/binance-pm/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
// The React package's sources, as the stories render them (the built package has a registry of its own).
import type { ProductModule } from '@exchange-errors/core';
import { catalogs, modules, registerCatalogs, registeredModules } from '../../packages/react/src/catalogs/registry';

/** Every product, in the order an undecided error lists the ones it could be from. */
export const ALL_PRODUCTS: readonly ProductModule[] = [
  binanceOptionsEager,
  binanceSpotEager,
  binanceUsdmEager,
  binanceCoinmEager,
  binancePmEager,
];

/**
 * Registers exactly `products` (the kit itself only ever adds: an app registers once at start-up) and
 * returns what puts the previous registration back: a story's `beforeEach`.
 */
export function registerOnly(products: readonly ProductModule[]): () => void {
  const before = registeredModules();
  const replace = (next: readonly ProductModule[]) => {
    modules.clear();
    catalogs.clear();
    registerCatalogs(...next);
  };
  replace(products);
  return () => replace(before);
}

/** `beforeEach` of a story file whose app talks to every product. */
export const withEveryProduct = () => registerOnly(ALL_PRODUCTS);
