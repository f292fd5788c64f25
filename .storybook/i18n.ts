/**
 * Storybook's own i18next instance, standing in for an app's: it owns the language (the toolbar
 * switches it) and the kit adds its namespaces, as in any app.
 */
import { addBinanceOptionsErrors, binanceOptionsEager } from '@exchange-errors/binance-options';
import { preloadErrorEngine, registerBinanceCatalogs } from '@exchange-errors/react';
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
await preloadErrorEngine();
