/**
 * Storybook's own i18next instance, standing in for an app's: it owns the language (the toolbar
 * switches it) and the kit adds its namespaces, as in any app.
 */
import { binanceCoinmEager } from '@exchange-errors/binance-coinm/eager';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binancePmEager } from '@exchange-errors/binance-pm/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { loadErrors } from '@exchange-errors/core';
// The stories render the React package's sources, so its registry and chunks are read from there too
// (the built package would be another copy, with a registry of its own).
import { registerCatalogs } from '../packages/react/src/catalogs/registry';
import { preloadErrorToaster } from '../packages/react/src/ErrorToaster/lazyList';
import i18next from 'i18next';

export const storybookI18n = i18next.createInstance();

void storybookI18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  resources: {},
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as never);

// Every product's texts up front, so stories render at once (an app lets the kit load the trader's
// language of the products it registered).
const everyProduct = [binanceOptionsEager, binanceSpotEager, binanceUsdmEager, binanceCoinmEager, binancePmEager];
await Promise.all([loadErrors(storybookI18n, everyProduct, 'en'), loadErrors(storybookI18n, everyProduct, 'zh')]);

// As an app registers the products it talks to (here in memory, so stories render at once). The
// component stories are an Options app; the Products stories register every product for themselves
// (./products/register.ts), as an app that trades Spot and futures too.
registerCatalogs(binanceOptionsEager);
// And the toaster's chunks now, so stories render at once (an app loads them with the first error).
await preloadErrorToaster();
