/** The tests every product runs on its generated catalog and its bound exports (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binancePmEager, formatBinancePmError, resolveBinancePmError } from './index.js';
import { binancePm } from './module.js';
import { PRODUCT } from './product.js';

describeProduct('pm');

describePackage('pm', {
  generated: GENERATED,
  copy: PRODUCT,
  module: binancePm,
  eager: binancePmEager,
  resolve: resolveBinancePmError,
  format: formatBinancePmError,
});
