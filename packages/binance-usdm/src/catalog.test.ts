/** The tests every product runs on its generated catalog and its bound exports (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binanceUsdmEager, formatBinanceUsdmError, resolveBinanceUsdmError } from './index.js';
import { binanceUsdm } from './module.js';
import { PRODUCT } from './product.js';

describeProduct('usdm');

describePackage('usdm', {
  generated: GENERATED,
  copy: PRODUCT,
  module: binanceUsdm,
  eager: binanceUsdmEager,
  resolve: resolveBinanceUsdmError,
  format: formatBinanceUsdmError,
});
