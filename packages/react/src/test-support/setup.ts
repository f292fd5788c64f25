import '@testing-library/jest-dom/vitest';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerCatalogs } from '../catalogs/registry.js';
import { preloadErrorToaster } from '../ErrorToaster/lazyList.js';

// As an app does at start-up; in memory, so tests can show an error and assert on it at once.
registerCatalogs(binanceOptionsEager);
await preloadErrorToaster();

afterEach(() => {
  cleanup();
});
