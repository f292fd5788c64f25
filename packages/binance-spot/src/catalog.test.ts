/** The tests every product runs on its generated catalog and its bound exports (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binanceSpotEager, formatBinanceSpotError, resolveBinanceSpotError } from './index.js';
import { binanceSpot } from './module.js';
import { PRODUCT } from './product.js';

describeProduct('spot');

describePackage('spot', {
  generated: GENERATED,
  copy: PRODUCT,
  module: binanceSpot,
  eager: binanceSpotEager,
  resolve: resolveBinanceSpotError,
  format: formatBinanceSpotError,
});
