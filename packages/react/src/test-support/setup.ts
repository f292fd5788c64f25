import '@testing-library/jest-dom/vitest';
import { binanceOptionsEager } from '@exchange-errors/binance-options';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerBinanceCatalogs } from '../catalogs/registry.js';
import { preloadErrorToaster } from '../ErrorToaster/lazyList.js';
import { preloadErrorEngine } from '../store/createErrorStore.js';

// As an app does at start-up; in memory, so tests can show an error and assert on it at once.
registerBinanceCatalogs(binanceOptionsEager);
await Promise.all([preloadErrorEngine(), preloadErrorToaster()]);

afterEach(() => {
  cleanup();
});
