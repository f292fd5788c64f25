import { binanceOptionsEager } from '@exchange-errors/binance-options';
import { registerBinanceCatalogs } from '../catalogs/registry.js';
import { preloadErrorToaster } from '../ErrorToaster/lazyList.js';
import { preloadErrorEngine } from '../store/createErrorStore.js';

registerBinanceCatalogs(binanceOptionsEager);
await Promise.all([preloadErrorEngine(), preloadErrorToaster()]);
