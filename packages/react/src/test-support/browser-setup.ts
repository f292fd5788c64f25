import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { registerCatalogs } from '../catalogs/registry.js';
import { preloadErrorToaster } from '../ErrorToaster/lazyList.js';

registerCatalogs(binanceOptionsEager);
await preloadErrorToaster();
