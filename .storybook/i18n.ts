/**
 * Storybook's own i18next instance, standing in for an app's: it owns the language (the toolbar
 * switches it) and the kit adds its namespaces, as in any app.
 */
import { addBinanceOptionsErrors, binanceOptionsEager } from '@exchange-errors/binance-options';
// The stories render the kit's source, so the products go into the source's registry (the built
// package's `registerBinanceCatalogs` fills another copy, which the stories never read).
import { registerBinanceCatalogs } from '../packages/react/src/catalogs/registry.js';
import { preloadErrorToaster } from '../packages/react/src/ErrorToaster/lazyList.js';
import { preloadErrorEngine } from '../packages/react/src/store/createErrorStore.js';
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

addBinanceOptionsErrors(storybookI18n);

// As an app registers the products it talks to (here in memory, so stories render at once).
registerBinanceCatalogs(binanceOptionsEager);
// And the toaster's list chunk, as the test setups do: play functions find toasts at once.
await Promise.all([preloadErrorEngine(), preloadErrorToaster()]);
